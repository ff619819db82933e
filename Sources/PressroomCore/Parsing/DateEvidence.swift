/// The issue date and the dateline's place, decided from every place a release prints them rather than
/// from the first line that matches: the lines above and around the headline, the dateline that opens the
/// body, a date on a line of its own under the headline, the sign-off after the body (`Fait à Dakar, le …`,
/// `Dated at … this …`, `Issued on …`), a header table's `Date:` cell, a running header, the front matter.
///
/// Each candidate is scored by where it stands and by how its line presents it (`DateReading.Cue`); the
/// best wins, the earliest on a tie. An embargo or event date is never a candidate (its line says so).
/// When the best candidate is weak (a running header, a date far from the headline) the release gets a
/// warning, so that a user can check it.
struct DateEvidence {
    /// Where a candidate was printed.
    enum Zone: String {
        /// Front matter (`date: 2019-07-19` in YAML or TOML at the top of the file).
        case frontMatter = "front matter"
        /// The lines above the headline, the headline and standfirst lines.
        case head = "head of the release"
        /// The dateline that opens the body (`NAIROBI, 14 May 2023 – …`).
        case dateline
        /// A short line in the first blocks of the body (a date under the headline the segmenter left there).
        case top = "first lines of the body"
        /// After the body: a sign-off, an `Issued on …` line, the contact block.
        case tail = "end of the release"
        /// A running header or footer.
        case furniture = "running header or footer"
        /// A web page's metadata (JSON-LD `datePublished`, `article:published_time`, `<time datetime>`), which its
        /// reader writes as front matter: the publisher's word, but a CMS's clock, not what the release prints.
        case pageMetadata = "the page's metadata"
        /// A Word or OpenDocument file's created date: often the template's, or the day a draft was begun.
        case fileProperties = "the file's properties"
        /// An e-mail's `Date:` (the forwarded message's in a forward): when it was sent, which may be days after
        /// the release was issued.
        case messageHeader = "the message's date"
    }

    struct Candidate {
        var match: DateMatch
        var place: String?
        var zone: Zone
        var cue: DateReading.Cue?
        var score: Int
        /// The order the candidate was added in (document order within each zone's pass).
        var order: Int
    }

    let hints: DateHints
    private(set) var candidates: [Candidate] = []
    /// The dateline's place, when the body opens with a dateline.
    private var datelinePlace: String?
    /// Places printed without a date, with where.
    private var places: [(String, Zone)] = []

    init(hints: DateHints) { self.hints = hints }

    /// A score below this makes the decision a guess worth a warning.
    static let weak = 70

    /// How much a cue weighs in a zone (nil for a cue the zone does not trust).
    static func score(_ cue: DateReading.Cue?, in zone: Zone) -> Int? {
        switch zone {
        case .frontMatter: return 90
        // Below every date the text prints in its head, dateline or sign-off: evidence, never the answer over them.
        case .pageMetadata: return 72
        // Below `weak`: a date taken from it alone comes with a warning.
        case .fileProperties, .messageHeader: return 60
        case .dateline: return 88
        case .head:
            switch cue {
            case .labelled: return 95
            case .alone, .placeDate, nil: return 90
            case .published: return 85
            case .byline: return 80
            case .leading: return 75
            }
        case .top:
            switch cue {
            case .labelled: return 85
            case .alone, .placeDate, .published, nil: return 80
            case .byline: return 70
            case .leading: return 60
            }
        case .tail:
            switch cue {
            case .published: return 85  // `Issued on …`
            case nil: return 80  // a sign-off's date
            case .placeDate: return 75
            case .labelled, .alone: return 70
            case .byline: return 60
            case .leading: return nil
            }
        case .furniture:
            switch cue {
            case .labelled: return 65
            case .alone, .placeDate, .published: return 60
            case .byline, .leading, nil: return 50
            }
        }
    }

    /// Adds a date whose role is already known (a header date line, a dateline, a sign-off).
    mutating func add(_ match: DateMatch, place: String? = nil, zone: Zone, cue: DateReading.Cue? = nil) {
        if zone == .dateline, let place { addPlace(place, zone: .dateline) }
        guard let score = Self.score(cue, in: zone) else { return }
        candidates.append(Candidate(match: match, place: place, zone: zone, cue: cue, score: score, order: candidates.count))
    }

    /// Reads `line` (`DateReading`) and adds what it says; true when it added a candidate.
    @discardableResult
    mutating func read(_ line: String, zone: Zone) -> Bool {
        guard let r = DateReading.read(line, hints: hints) else { return false }
        guard let score = Self.score(r.cue, in: zone) else { return false }
        candidates.append(Candidate(match: r.match, place: r.place, zone: zone, cue: r.cue, score: score, order: candidates.count))
        return true
    }

    /// The date of a release instruction that releases at once (`FOR IMMEDIATE RELEASE – March 3, 2024`) is
    /// the issue date; an embargo's (`EMBARGOED UNTIL …`, `Not for release before …`) never is.
    mutating func readRelease(_ line: String) {
        guard DateParser.hasYearDigits(Substring(line)) else { return }
        // Most instructions with a date are embargoes: the folded line is searched for the stems first.
        let folded = Fold.line(line)
        guard Self.immediateStems.contains(where: { TextScan.has(folded, $0) }) else { return }
        let words = folded.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ":" || $0 == "." })
        guard !words.contains(where: { DateReading.vetoWords.contains(String($0)) }),
              let m = DateParser.firstDate(in: line, hints: hints) else { return }
        add(m, zone: .head, cue: .published)
    }

    /// Stems of the words of a release instruction that releases at once (folded: `immediate`, `immédiate`,
    /// `inmediata`, `imediata`, `sofort`).
    static let immediateStems = ["immedia", "inmedia", "imedia", "sofort"]

    /// Reads the short lines of the body's first blocks (`top`), and takes off the blocks that are only date
    /// lines (`Saint-Malo, le 4 mars 2025`, `Tuesday 7th May 2024`, `Date: 21/11/2024`): they are not body.
    /// Inside a longer block only its first and last lines count, not one that ends a sentence (a line of
    /// wrapped prose may hold a date: `… from 1st July to` / `31st July, 2025.`), and they weigh less.
    /// A block that runs on into a dated or marked dateline (`Pune, 12th September 2024: …`, `(Dallas, Texas) –
    /// …` under lines the segmenter left with it) is cut before it: a dateline starts the body's first paragraph.
    mutating func readTop(of blocks: inout [LayoutBlock]) {
        var b = 0
        var seen = 0
        while b < blocks.count && seen < Self.topBlocks {
            seen += 1
            var lines = blocks[b].lines
            // Such a dateline is near the top, opens with a capital, a digit or a bracket, and holds a year or a
            // bracket (most lines do none of these).
            if let k = lines.indices.dropFirst().prefix(12).first(where: { k in
                let t = lines[k].text
                guard let b = t.utf8.first, ASCII.isUpper(b) || ASCII.isDigit(b) || b == 0x28 || b >= 0x80 else { return false }
                guard TextScan.hasByte(t, 0x28) || DateParser.hasYearDigits(Substring(t)) else { return false }
                return Dateline.split(t, hints: hints).map { $0.date != nil || $0.marked } ?? false
            }) {
                var head = blocks[b]
                head.lines = Array(lines[..<k])
                blocks[b].lines = Array(lines[k...])
                blocks.insert(head, at: b)
                lines = head.lines
            }
            var dateLines = 0
            for (i, line) in lines.enumerated() {
                let whole = lines.count == 1
                guard lines.count <= 3 || i == 0 || i == lines.count - 1 else { continue }
                guard TextScan.wordCount(line.text, atMost: 13) <= 12 else { continue }
                if !whole && TextScan.endsSentence(line.text) { continue }
                // (A date under an event box's label, `Eröffnung:` / `6 Mai 2021`, is the event's.)
                let above = i > 0 ? lines[i - 1].text : b > 0 ? blocks[b - 1].lines.last?.text ?? "" : ""
                if DateReading.isEventLabel(above) { continue }
                guard read(line.text, zone: .top), let last = candidates.last else { continue }
                if !whole { candidates[candidates.count - 1].score = min(last.score, 75) }
                if last.cue != .leading && last.cue != .byline { dateLines += 1 }
            }
            if dateLines == lines.count && !lines.isEmpty && !blocks[b].bullet {
                blocks.remove(at: b)
            } else {
                b += 1
            }
        }
    }

    /// How many blocks at the start of the body `readTop` reads.
    static let topBlocks = 3

    /// The dates of running headers and footers, each distinct line once.
    mutating func readFurniture(_ lines: [String]) {
        var seen = Set<String>()
        for line in lines where seen.insert(line).inserted { readFurniture(line) }
    }

    /// Any date printed in a running header or footer line (the weakest evidence).
    mutating func readFurniture(_ line: String) {
        if read(line, zone: .furniture) { return }
        guard DateParser.hasYearDigits(Substring(line)), let m = DateParser.firstDate(in: line, hints: hints) else { return }
        let before = TextScan.trim(line[..<m.range.lowerBound])
        let words = before.split(separator: " ").map { Fold.line($0) }
        if words.suffix(6).contains(where: { DateReading.vetoWords.contains($0) }) { return }
        add(m, zone: .furniture)
    }

    /// A place printed without a date (`GENEVA – …`, `Press Release – BERLIN`).
    mutating func addPlace(_ place: String, zone: Zone) {
        if zone == .dateline {
            if datelinePlace == nil { datelinePlace = place }
        } else {
            places.append((place, zone))
        }
    }

    /// The best candidate, or nil.
    var best: Candidate? {
        candidates.min { a, b in a.score != b.score ? a.score > b.score : a.order < b.order }
    }

    /// The issue date, with a warning when the evidence is weak.
    var date: (match: DateMatch, warning: String?)? {
        guard let b = best else { return nil }
        if b.score < Self.weak {
            return (b.match, "issue date \(b.match.iso) taken from the \(b.zone.rawValue): no date printed near the headline")
        }
        return (b.match, nil)
    }

    /// The dateline's place: the dateline's, else a `Place, date` line's at the head or top of the body, else
    /// the sign-off's.
    var location: String? {
        if let p = datelinePlace { return p }
        for zone in [Zone.head, .top, .tail] {
            if let c = candidates.first(where: { $0.zone == zone && $0.place != nil }) { return c.place }
            if let p = places.first(where: { $0.1 == zone }) { return p.0 }
        }
        return nil
    }
}
