/// Head lines that print two things on one line: the release instruction as the headline's prefix
/// (`For Immediate Release: New ferry service …`), and the date run on into the contact block
/// (`December 26, 2018 Contact: Jane Roe`). Each is cut where the second thing starts.
extension HeadMetadata {
    /// Release instructions that a headline may follow on the same line, folded, longest first.
    static let prefixingReleases: [String] = [
        "for immediate release", "immediate release", "for release", "pour diffusion immediate",
        "pour publication immediate", "para difusion inmediata", "para publicacion inmediata",
        "para su difusion inmediata", "para divulgacao imediata", "para publicacao imediata",
        "zur sofortigen veroffentlichung",
    ]

    /// `For Immediate Release: $1.2 Million Grant …` → (`For Immediate Release`, `$1.2 Million Grant …`). The
    /// instruction must end with `:` or be followed by a dash, and what follows must read as a headline: three
    /// words or more, opening with a capital, a digit or a currency sign, and not a date or time.
    private static let prefixingReleaseBytes = LabelBytes(prefixingReleases)

    static func releaseAndHeadline(_ text: String, hints: DateHints) -> (release: String, headline: String)? {
        releaseAndHeadline(text, hints: hints, prefix: nil)
    }

    /// `releaseAndHeadline(text)`, with the folded prefix the caller took of `text` (see `HeadMetadata.label(_:prefix:)`).
    static func releaseAndHeadline(_ text: String, hints: DateHints, prefix given: (prefix: FoldedPrefix?, window: Int)?)
        -> (release: String, headline: String)? {
        // Every instruction here opens with `f`, `i`, `p` or `z`; a plain start that opens none is refused at once.
        guard let b0 = text.utf8.first, b0 >= 0x80 || [0x66, 0x69, 0x70, 0x7A].contains(b0 | 0x20) else { return nil }
        let window = prefixingReleaseBytes.window
        let p = given.flatMap { g in g.prefix.flatMap { $0.truncated(to: window, window: g.window) } } ?? FoldedPrefix.of(text, limit: window)
        if let p, prefixingReleaseBytes.firstPrefix(of: p) == nil { return nil }
        guard TextScan.hasByte(text, 0x3A) || TextScan.has(text, "–") || TextScan.has(text, " - ") || TextScan.has(text, "—") else { return nil }
        let f = Fold.line(text.prefix(48))
        guard let label = prefixingReleases.first(where: { f.hasPrefix($0) }) else { return nil }
        guard case let (release, rest)? = labelAndHeadline(text, labelWords: label.split(separator: " ").count, least: 3) else { return nil }
        let headline = rest.joined(separator: " ")
        // `For release: 5 May 2024, 10:00` is an instruction with its time, not a headline.
        if ByteTest.hasDigit(headline), let d = DateParser.firstDate(in: headline, hints: hints),
           headline.distance(from: headline.startIndex, to: d.range.lowerBound) <= 12 { return nil }
        return (release, headline)
    }

    /// `Press release: Acme opens a second plant` → (`Press release`, `Acme opens a second plant`): a kind label
    /// as the headline's prefix, cut at its colon or dash. What follows must read as a headline in sentence case:
    /// four words or more, opening with a capital, a digit, a currency sign or a quote, with a word in lower
    /// case that joins no name (a name after the label, `News Release: Harbour Trust`, is the issuer).
    static func kindAndHeadline(_ text: String, hints: DateHints) -> (kind: String, headline: String)? {
        guard TextScan.hasByte(text, 0x3A) || TextScan.has(text, "–") || TextScan.has(text, " - ") || TextScan.has(text, "—"),
              let label = ReleaseLexicon.kindPrefix(ofLine: text) else { return nil }
        guard case let (kind, rest)? = labelAndHeadline(text, labelWords: label.split(separator: " ").count, least: 4),
              rest.contains(where: { w in
                  w.first?.isLowercase == true && !ReleaseLexicon.nameJoiners.contains(Fold.line(w))
                      && !ReleaseLexicon.organizationWords.contains(Fold.line(w))
              }) else { return nil }
        let headline = rest.joined(separator: " ")
        if ByteTest.hasDigit(headline), let d = DateParser.firstDate(in: headline, hints: hints),
           headline.distance(from: headline.startIndex, to: d.range.lowerBound) <= 12 { return nil }
        return (kind, headline)
    }

    /// `text`'s first `n` words as a label and the words after it, cut at the label's colon or a dash (or colon)
    /// standing alone after it; nil when neither follows the label, when fewer than `least` words follow, or
    /// when the first of them opens no headline (a capital, a digit, a currency sign or a quote).
    private static func labelAndHeadline(_ text: String, labelWords n: Int,
                                         least: Int) -> (label: String, rest: ArraySlice<Substring>)? {
        let words = text.split(separator: " ")
        guard words.count >= n + least else { return nil }
        var label = words.prefix(n).joined(separator: " ")
        var rest = words.dropFirst(n)
        if label.hasSuffix(":") {
            label.removeLast()
        } else if let d = rest.first, d == "-" || d == "–" || d == "—" || d == ":" {
            rest = rest.dropFirst()
        } else {
            return nil
        }
        guard rest.count >= least, let c = rest.first?.first, c.isUppercase || c.isNumber || c == "$" || c == "€" || c == "£"
                || TextScan.openingQuotes.contains(c) else { return nil }
        return (label, rest)
    }

    /// A release instruction or a kind label printed as the headline's prefix (`releaseAndHeadline`,
    /// `kindAndHeadline`): the label's header item and the headline.
    static func labelAndHeadline(_ text: String, hints: DateHints) -> (item: ReleaseSegments.HeaderItem, headline: String)? {
        if let split = releaseAndHeadline(text, hints: hints) {
            return (ReleaseSegments.HeaderItem(text: split.release, role: .release(split.release)), split.headline)
        }
        if let split = kindAndHeadline(text, hints: hints) {
            return (ReleaseSegments.HeaderItem(text: split.kind, role: .kind(split.kind, rest: nil)), split.headline)
        }
        return nil
    }

    /// Folded contact labels that can follow a date on a head line.
    static let contactLabels: [String] = ["media contact:", "press contact:", "contacts:", "contact:", "contacto:", "contato:",
                                          "kontakt:", "pressekontakt:", "contact presse:", "contact :"]

    /// `December 26, 2018 Contact: Jane Roe` → (`December 26, 2018`, `Contact: Jane Roe`): a date line run on
    /// into the first line of a contact block. nil unless the part before the label is a date (or a place and date).
    static func dateAndContact(_ text: String, hints: DateHints) -> (date: String, contact: String)? {
        // Every label holds `onta` (contact, contacto, contato, kontakt), in either case.
        guard TextScan.hasByte(text, 0x3A), TextScan.has(text, "onta") || TextScan.has(text, "ONTA"), ByteTest.hasDigit(text) else { return nil }
        let words = text.split(separator: " ")
        guard words.count >= 3 else { return nil }
        for k in 1..<words.count {
            let tail = Fold.line(words[k...].prefix(3).joined(separator: " "))
            guard contactLabels.contains(where: { tail.hasPrefix($0) }) else { continue }
            let date = words[..<k].joined(separator: " ").trimming(Set(" ,;|–—-"))
            guard !date.isEmpty, Dateline.placeAndDate(date, hints: hints, requirePlace: false) != nil else { return nil }
            return (date, words[k...].joined(separator: " "))
        }
        return nil
    }

    /// `le 20 janvier 2017 – Pour diffusion à partir du 15 février 2017`, `March 3, 2024 | Embargoed until …`: the
    /// issue date (a place may come with it) and the release instruction printed on one head line, a dash or a
    /// bar between them. The date's part and the instruction as printed; nil for any other line.
    static func dateAndRelease(_ text: String, hints: DateHints) -> (date: String, release: String)? {
        // (Asked of head lines and the body's first lines: a digit and a dash or bar, then the cut.)
        guard text.utf8.count <= 160, ByteTest.hasDigit(text),
              TextScan.has(text, " – ") || TextScan.has(text, " — ") || TextScan.has(text, " - ") || TextScan.has(text, " | ") else { return nil }
        for sep in [" – ", " — ", " - ", " | "] {
            guard let r = TextScan.find(sep, in: text[...]) else { continue }
            let date = TextScan.trim(text[..<r.lowerBound])
            let release = TextScan.trim(text[r.upperBound...])
            guard !date.isEmpty, ReleaseLexicon.isReleaseInstruction(release),
                  let (_, d) = Dateline.placeAndDate(date, hints: hints, requirePlace: false), d != nil else { continue }
            return (date, release)
        }
        return nil
    }

    /// Folded words that open an addressee after a kind label (`Comunicado a la opinión pública`,
    /// `Communiqué aux médias`, `Statement to the press`): with them the whole line is the kind.
    static let addresseeOpeners: [String] = ["a la ", "a las ", "a los ", "al ", "aos ", "as ", "a ", "aux ", "au ", "to the ",
                                             "an die ", "an alle ", "a l'", "para la ", "para a ", "para o "]

    /// True when `rest`, what follows a kind label, names whom the statement is addressed to: an opener
    /// and at most four more words, no sentence.
    static func isAddressee(_ rest: String) -> Bool {
        let f = Fold.line(rest) + " "
        guard addresseeOpeners.contains(where: { f.hasPrefix($0) }) else { return false }
        return TextScan.wordCount(rest) <= 6 && !TextScan.endsSentence(rest)
    }

    /// A tagline printed in a letterhead: two or more short parts between middle dots, bullets or pipes,
    /// each one to three words (`Housing · Advice · Shelter`).
    static func isTagline(_ text: String) -> Bool {
        guard TextScan.has(text, "·") || TextScan.has(text, "•") || TextScan.has(text, "|") else { return false }
        let parts = text.split(whereSeparator: { $0 == "·" || $0 == "•" || $0 == "|" }).map { TextScan.trim($0) }
        guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty }) else { return false }
        return parts.allSatisfy { p in
            let n = TextScan.wordCount(p)
            return n >= 1 && n <= 3 && !TextScan.endsSentence(p) && p.first.map { $0.isUppercase } == true
        }
    }

    /// An acronym alone on its line (`KWTU`, `URSMS`): an organisation's short name in a letterhead.
    static func isAcronym(_ text: String) -> Bool {
        let u = text.utf8
        guard u.count >= 2, u.count <= 10 else { return false }
        return u.allSatisfy { ASCII.isUpper($0) || $0 == 0x2E || $0 == 0x26 } && u.contains { ASCII.isUpper($0) }
    }
}
