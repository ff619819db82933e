import Foundation

/// A release cut into its parts: the lines above the headline, headline, standfirst, body, notes,
/// contact block and trailing lines. Decides where each part starts from the genre's conventions.
struct ReleaseSegments {
    struct HeaderItem {
        var text: String
        var role: HeaderRole
        /// A cell of a `-layout` line printed with other cells (a letterhead's right half).
        var isCell = false
        /// The first cell of its line.
        var isFirstCell = true
    }

    var header: [HeaderItem] = []
    var title: [String] = []
    var subtitle: [String] = []
    var body: [LayoutBlock] = []
    var notes: [LayoutBlock] = []
    /// Notes headings as printed (`About Haneul Motion Robotics`).
    var notesHeadings: [String] = []
    /// Contact block lines as printed (column spacing kept for `-layout` text), headings included.
    var contactLines: [String] = []
    /// How many of `contactLines`, from the first, were found above the headline (an unlabelled head contact);
    /// `explain` shows those where they stand rather than as letterhead.
    var headContactCount = 0
    /// Web and social lines after the body.
    var trailing: [String] = []
    /// `Issued on …` lines.
    var issued: [String] = []
}

struct ReleaseSegmenter {
    let text: RecoveredText
    let hints: DateHints
    /// The document's whole text, for the rare question whether a line is printed twice.
    var fullText: String = ""
    /// The release's `About` headings' subjects, once asked (`namesAnAboutHeading`).
    let aboutMemo = AboutSubjectsMemo()

    private var isPDFStyle: Bool { text.style == .pdftotext || text.style == .layout }

    /// A line near the top with its header items, as `titleStart` classified it (block and line indices).
    typealias Position = (block: Int, line: Int, items: [ReleaseSegments.HeaderItem])

    func segment() -> ReleaseSegments {
        var seg = ReleaseSegments()
        let blocks = text.blocks
        guard !blocks.isEmpty else { return seg }
        var next = 0
        var rest: [PrintedLine] = []
        // The first text is the body (`isBodyOpening`): no headline, and so no standfirst under one.
        var noHeadline = false
        // The lines `titleStart` classified, asked about again below.
        var known: [Position] = []

        if text.style == .markdown, var h = blocks.prefix(12).firstIndex(where: { $0.heading == 1 }) {
            // `# PRESS RELEASE`: a kind label set as the top heading is the kind; the headline is the next
            // heading, when only header lines stand between them.
            if blocks[h].lines.count == 1, case .kind(_, nil) = HeaderRole.classify(blocks[h].lines[0].text, hints: hints),
               HeadMetadata.labelAndHeadline(blocks[h].lines[0].text, hints: hints) == nil,
               let g = blocks[(h + 1)...].prefix(4).firstIndex(where: { $0.heading > 0 }),
               blocks[(h + 1)..<g].allSatisfy({ b in b.lines.allSatisfy { HeaderRole.classify($0.text, hints: hints).isMeta } }) {
                for block in blocks[...h] { for line in block.lines { seg.header += items(for: line) } }
                for block in blocks[(h + 1)..<g] { for line in block.lines { seg.header += items(for: line) } }
                h = g
            } else {
                for block in blocks[..<h] { for line in block.lines { seg.header += items(for: line) } }
            }
            // `# Press release: <headline>`, `# For Immediate Release: <headline>`: the label is a header line.
            if blocks[h].lines.count == 1, let split = HeadMetadata.labelAndHeadline(blocks[h].lines[0].text, hints: hints) {
                seg.header.append(split.item)
                seg.title = [split.headline]
            } else {
                seg.title = [blocks[h].joined]
            }
            next = h + 1
        } else {
            var headContacts: [String] = []
            let start = titleStart(blocks, header: &seg.header, known: &known, contacts: &headContacts)
            seg.contactLines = headContacts
            seg.headContactCount = headContacts.count
            guard start.block < blocks.count else { return seg }
            let block = blocks[start.block]
            var lines = Array(block.lines.dropFirst(start.line))
            if let h = start.headline { lines[0] = PrintedLine(raw: h, text: h) }
            if block.heading > 0 {
                seg.title = lines.map(\.text)
            } else if !isPDFStyle {
                var k = 0
                while k < lines.count && (k == 0 && start.headline != nil || !role(of: lines[k].text, known).isMeta) { k += 1 }
                // Text printed without blank lines (a scraper's PDF text) holds the headline and the body in one
                // block: the headline is the lines that continue its first, the rest is body.
                let n = k > 1 ? continuationCount(lines.map(\.text), maxLines: 4, headingMayContinue: true, known: known) : k
                if k >= 2, lines[1].text == lines[0].text {
                    // The headline printed twice (a page's title over the release's own): once is the headline.
                    seg.title = [lines[0].text]
                    rest = Array(lines.dropFirst(2))
                } else if n < k && (k >= 4 || lines.prefix(k).reduce(0, { $0 + TextScan.length($1.text) + 1 }) > 250) {
                    seg.title = lines.prefix(n).map(\.text)
                    rest = Array(lines.dropFirst(n))
                } else {
                    seg.title = lines.prefix(k).map(\.text)
                    for j in k..<lines.count { seg.header += items(at: start.block, start.line + j, known) }
                }
            } else {
                var n = continuationCount(lines.map(\.text), maxLines: 4, headingMayContinue: true, known: known)
                n = sameMeasureLines(lines.map(\.text), from: n, known: known)
                seg.title = lines.prefix(n).map(\.text)
                rest = Array(lines.dropFirst(n))
            }
            // A paragraph is no headline: when the only candidate is one (the release prints no headline but its
            // kind label, `Comunicado a la opinión pública`), the kind label is the title and the lines are body.
            let hasKind = seg.header.contains { if case .kind = $0.role { return true } else { return false } }
            if block.heading == 0, isParagraph(seg.title),
               let kind = seg.header.last(where: { if case .kind = $0.role { return true } else { return false } }) {
                rest = lines
                seg.title = [kind.text]
            } else if !hasKind, let running = runningHead() {
                // An institution's template may print the kind label, place, date and headline as a running
                // header on every page: its kind and date are the release's, and its headline is the title when
                // the page itself offers only a paragraph.
                seg.header += running.items
                if block.heading == 0, isParagraph(seg.title), let h = running.headline {
                    rest = lines
                    seg.title = [h]
                }
            }
            if block.heading == 0, !seg.title.isEmpty, seg.title.count <= lines.count,
               zip(seg.title, lines).allSatisfy({ $0 == $1.text }),
               Self.isBodyOpening(seg.title, hints: hints, datelineFollows: datelineAfter(lines, title: seg.title.count, block: start.block)) {
                // The release prints no headline: its first text is the body's first paragraph (the header lines
                // under it in its block stay header lines).
                rest = Array(lines.prefix(seg.title.count)) + rest
                seg.title = []
                noHeadline = true
            }
            next = start.block + 1
            // A headline that opens with a heading word (`About …`, `Inquiry …`) stands alone in its block
            // (the block splitter ends a block after a heading): its wrapped lines open the next block.
            // Likewise a headline line wrapped onto a line that opens with `About …` (split off before it).
            let wrappedOntoHeading = rest.isEmpty && seg.title.count == lines.count && next < blocks.count
                && isHeadingLine(blocks[next].lines[0].text)
            if block.heading == 0, lines.count == 1 && BlockSplitter.isSpecial(lines[0].text) || wrappedOntoHeading,
               let last = seg.title.last, next < blocks.count, !blocks[next].bullet {
                let following = blocks[next].lines
                let n = continuationCount([last] + following.map(\.text), maxLines: 5 - seg.title.count, headingMayContinue: true, known: known) - 1
                if n > 0 {
                    seg.title += following.prefix(n).map(\.text)
                    rest = Array(following.dropFirst(n))
                    next += 1
                }
            }
        }

        // A date or metadata line printed right under the headline in its block is a header line.
        while let first = rest.first, rest.count > 1 || next < blocks.count, role(of: first.text, known).isMeta {
            seg.header += items(for: first)
            rest.removeFirst()
        }
        // A picture's credit printed under the headline (`Design Credit: …`) is a caption: neither standfirst nor body.
        while let first = rest.first, rest.count > 1 || next < blocks.count, Self.isCreditLine(first.text) {
            seg.trailing.append(first.text)
            rest.removeFirst()
        }
        // The standfirst.
        if !rest.isEmpty {
            let texts = rest.map(\.text)
            var n = continuationCount(texts, maxLines: 3, known: known)
            // All above the dateline is the head: the lines left in the headline's block (three at most) over a
            // block that opens with the dateline are the standfirst whole, though a capital opens a line of it
            // (`… torna a Campo` / `Marte come spazio …`).
            if n < texts.count, texts.count <= 3, next < blocks.count, !noHeadline,
               blocks[next].lines.first.map({ Dateline.split($0.text, hints: hints) != nil }) == true,
               !texts.contains(where: { Dateline.split($0, hints: hints) != nil || role(of: $0, known).isMeta }),
               isSubtitle(texts, followedByMore: true, known: known, endedByDateline: true) {
                n = texts.count
            }
            let candidate = Array(texts.prefix(n))
            // A standfirst is three lines at most: a unit that runs on past them is the body's first paragraph.
            let runsOn = n == 3 && continuationCount(texts, maxLines: 4, known: known) == 4
            // The dateline under the candidate, in its block or opening the next.
            let datelineUnder = n < texts.count ? Dateline.split(texts[n], hints: hints) != nil
                : next < blocks.count && (blocks[next].lines.first.map { Dateline.split($0.text, hints: hints) != nil } ?? false)
            if !noHeadline, !runsOn, !Self.opensWithBracketedPlace(texts[0]),
               isSubtitle(candidate, followedByMore: rest.count > n || next < blocks.count, known: known,
                          endedByDateline: datelineUnder) {
                seg.subtitle = candidate
                rest = Array(rest.dropFirst(n))
            }
            if rest.isEmpty { next = skipMeta(blocks, from: next, into: &seg.header, known: known) }
        } else {
            next = skipMeta(blocks, from: next, into: &seg.header, known: known)
            // (Only when the head printed no date: under a release's date, a date over a paragraph is the text's,
            // an event's day.)
            let headDated = seg.header.contains { switch $0.role { case .date(_?), .placeDate(_, _?): return true; default: return false } }
            if !headDated, let k = dateLinesOverParagraph(blocks, at: next, known: known) {
                // The date printed on a line of its own right over the first paragraph, in its block (`QUILLBOX
                // Makes Budgets Simple` / `August, 2026` + `Parents of young children …`): a header line, and
                // the paragraph under it the body's first (no standfirst stands between a date and the text).
                for j in 0..<k { seg.header += items(at: next, j, known) }
                rest = Array(blocks[next].lines.dropFirst(k))
                next += 1
            } else if next < blocks.count, next + 1 < blocks.count {
                let b = blocks[next]
                let texts = b.lines.map(\.text)
                let datelineNext = blocks[next + 1].lines.first.map { Dateline.split($0.text, hints: hints) != nil } ?? false
                // (In markdown a plain paragraph under the headline is body, unless the dateline opens the next one:
                // all above the dateline is the head.)
                // (Not a quotation, a byline or an update notice: `"…," said …`, `By Jo Park, …`, `Updated on …`.)
                let marked = text.style != .markdown || b.heading >= 2 && !Self.isSectionHeading(b, before: blocks[(next + 1)...]) || b.emphasis
                    || datelineNext && b.lines.count == 1 && !b.bullet && !Self.isBoldOrQuotation(b) && !Self.isBylineOrNotice(b.joined)
                // A markdown blockquote or wholly emphasised paragraph under the headline is set apart by its
                // markup, which ends the unit as a dateline under it would: a standfirst that is a sentence
                // (`> The experiment asks who owns an idea.`) is still the standfirst.
                // (Not a bold paragraph, which is as often the lead set in bold, nor a quotation set as a blockquote.)
                let setApart = text.style == .markdown && b.emphasis && !Self.isBoldOrQuotation(b)
                if marked, b.heading != 1, texts.count <= 3, !(text.style == .markdown && Self.isQuotation(b)),
                   isSubtitle(texts, followedByMore: true, known: known, endedByDateline: datelineNext || setApart) {
                    seg.subtitle = texts
                    next += 1
                } else if let k = standfirstAboveDateline(b) {
                    // The standfirst printed without a gap above the dateline's line (PDF text): the block's
                    // lines above the dateline are the standfirst, the rest opens the body.
                    seg.subtitle = Array(texts[..<k])
                    rest = Array(b.lines[k...])
                    next += 1
                }
            }
            next = skipMeta(blocks, from: next, into: &seg.header, known: known)
        }

        var bodyBlocks: [LayoutBlock] = []
        // An event's field left under the headline (`Dates: …`) is a line of its own, not a paragraph's first line.
        if rest.count > 1, isEventField(rest[0].text) {
            bodyBlocks.append(LayoutBlock(lines: [rest[0]]))
            rest.removeFirst()
        }
        if !rest.isEmpty { bodyBlocks.append(LayoutBlock(lines: rest)) }
        if next < blocks.count { bodyBlocks += blocks[next...] }
        splitTail(bodyBlocks, into: &seg)
        return seg
    }

    /// How many date lines (a date alone, or a place and a date; two at most) open block `b` over lines of prose
    /// that go on in it: two lines or more of running text, or one that ends a sentence. nil when the block
    /// opens otherwise (a heading, a list, a line that is no date) or holds nothing but the dates.
    private func dateLinesOverParagraph(_ blocks: [LayoutBlock], at b: Int, known: [Position]) -> Int? {
        guard b < blocks.count, blocks[b].heading == 0, !blocks[b].bullet else { return nil }
        let lines = blocks[b].lines
        var k = 0
        while k < 2, k + 1 < lines.count {
            switch role(of: lines[k].text, known) {
            case .date, .placeDate(_, _?): k += 1; continue
            default: break
            }
            break
        }
        guard k > 0 else { return nil }
        let prose = lines[k...].map(\.text)
        guard !role(of: prose[0], known).isMeta,
              prose.count >= 2 || TextScan.endsSentence(prose[0]) && TextScan.wordCount(prose[0], atMost: 8) >= 8 else { return nil }
        return k
    }

    /// A markdown heading of a section (`## Summary`, `### Key facts`, `## Background`): one line of three
    /// words at most, no sentence, and another heading of its level further on (the text has sections). Printed
    /// under the headline it opens the text's first section; it is no standfirst, which says something and is
    /// the only heading of its level (`## Starting next spring`, `## Museum Reopens Saturday` under a site's
    /// `# Press releases`).
    static func isSectionHeading(_ b: LayoutBlock, before later: ArraySlice<LayoutBlock>) -> Bool {
        guard b.heading >= 2, b.lines.count == 1 else { return false }
        let t = TextScan.trim(b.lines[0].text)
        guard let last = t.last, !".!?…".contains(last), TextScan.wordCount(t) <= 3 else { return false }
        return later.contains { $0.heading == b.heading }
    }

    // MARK: - Header

    /// `items(for:)` of line `l` of block `b`, taken from `known` when `titleStart` classified it.
    private func items(at b: Int, _ l: Int, _ known: [Position]) -> [ReleaseSegments.HeaderItem] {
        for p in known where p.block == b && p.line == l { return p.items }
        return items(for: text.blocks[b].lines[l])
    }

    /// `HeaderRole.classify(line)`, taken from `known` when a line of one item (not a cell) holds that text:
    /// its role is the classification of the same text.
    private func role(of line: String, _ known: [Position]) -> HeaderRole {
        for p in known where p.items.count == 1 && !p.items[0].isCell && p.items[0].text == line { return p.items[0].role }
        return HeaderRole.classify(line, hints: hints)
    }

    private func items(for line: PrintedLine) -> [ReleaseSegments.HeaderItem] {
        // A web page's or a mailing's line of fields between bars (`Media Release | For immediate release: 4 May
        // 2024`): each field an item, when one of them at least is a kind, release or date line.
        if TextScan.has(line.text, " | ") {
            let cells = line.text.components(separatedBy: " | ").map { TextScan.trim($0) }.filter { !$0.isEmpty }
            if (2...4).contains(cells.count) {
                let roles = cells.map { HeaderRole.classify($0, hints: hints) }
                // (Not when a cell reads as a sentence: `Walking track opens in Pine Reserve | Media Release | …` is a
                // page's title with its headline first.)
                if roles.contains(where: \.isMeta), !zip(cells, roles).contains(where: { !$0.1.isMeta && Self.isSentenceCase($0.0) }) {
                    return zip(cells, roles).enumerated().map { i, c in
                        ReleaseSegments.HeaderItem(text: c.0, role: c.1, isCell: true, isFirstCell: i == 0)
                    }
                }
            }
        }
        if text.style == .layout {
            let cells = TextScan.cells(line.raw)
            if cells.count >= 2 {
                return cells.enumerated().map { i, c in
                    ReleaseSegments.HeaderItem(text: c, role: HeaderRole.classify(c, hints: hints), isCell: true, isFirstCell: i == 0)
                }
            }
        }
        let role = HeaderRole.classify(line.text, hints: hints)
        // `le 20 janvier 2017 – Pour diffusion à partir du …`: the date and the release instruction, two items.
        if case .other = role, let split = HeadMetadata.dateAndRelease(line.text, hints: hints) {
            return [ReleaseSegments.HeaderItem(text: split.date, role: HeaderRole.classify(split.date, hints: hints)),
                    ReleaseSegments.HeaderItem(text: split.release, role: .release(split.release))]
        }
        return [ReleaseSegments.HeaderItem(text: line.text, role: role)]
    }

    /// A line of body prose (long, or a long sentence), which ends the search for header lines.
    private func isProseLine(_ t: String) -> Bool {
        // No more characters than bytes: a short line needs no count.
        guard t.utf8.count > 90 else { return false }
        let n = TextScan.length(t)
        return n > 160 || (n > 90 && TextScan.endsSentence(t) && !TextScan.isAllCaps(t))
    }

    /// Where the headline starts: after the last kind, release or date line near the top.
    private func titleStart(_ blocks: [LayoutBlock], header: inout [ReleaseSegments.HeaderItem], known: inout [Position],
                            contacts: inout [String]) -> (block: Int, line: Int, headline: String?) {
        var positions: [Position] = []
        scan: for (bi, block) in blocks.enumerated() {
            if block.bullet { break }
            for (li, line) in block.lines.enumerated() {
                if positions.count >= 14 || isProseLine(line.text) { break scan }
                // Section headings and end marks end the header; an `Issued: …` line is a date line there.
                // Notes come after a body, so an `About …` line before any headline is the headline
                // (`About Those Who Stay: a report on …`), not the notes' heading.
                // Likewise a headline that starts like a contact heading (`Inquiry finds …`).
                if BlockSplitter.isSpecial(line.text) && !ReleaseLexicon.isIssuedLine(line.text)
                    && !(readsAsHeadline(line.text) && !hasHeadlineCandidate(positions))
                    // A contact block printed above the headline is part of the head.
                    && !(opensHeadContact(line.text) && !hasHeadlineCandidate(positions)) { break scan }
                positions.append((bi, li, items(for: line)))
            }
        }
        known = positions
        // The headline: before the first header line (kind, release, date), the first line that is not
        // a letterhead (the organisation's or a department's name, an address); after it, the first
        // other line, unless it is a name between two header lines (`PRESS RELEASE / ACME / For …`).
        var isMeta = positions.map { $0.items.contains(where: { $0.role.isMeta }) }
        // A contact block printed in the head (`December 26, 2018 Contact: Jane Roe` / role / office / phone /
        // e-mail): its lines are the contact's, not the headline.
        var headContact: [Int] = []
        // (A closure, not the method itself: a method reference copies `self` at every line.)
        if let c = positions.indices.first(where: { i in contactRowText(positions[i]).map { opensHeadContact($0) } ?? false }) {
            var j = c + 1
            while j < positions.count, contactRowText(positions[j]) != nil, !positions[j].items[0].role.isLabel,
                  continuesHeadContact(j, positions) {
                isMeta[j] = true
                headContact.append(j)
                j += 1
            }
            if !headContact.isEmpty || !isMeta[c] {
                headContact.insert(c, at: 0)
                isMeta[c] = true
            }
        }
        // A contact printed under the header lines with no label (`January 13, 2014` / `Jane Roe (Union)` /
        // `jane@union.example` / `571-555-0134`): a short name line, or the data itself, straight after a
        // header line and followed by an e-mail address or phone number. Its lines are the contact's.
        // Also when the labelled contact holds its labels alone, their values printed apart below them (two columns
        // of a table read one after the other: `CONTACT:` / `PHONE:` / `Jane Roe` / `555 0134 567`).
        let labelsAlone = headContact.count == 1 && contactRowText(positions[headContact[0]])?.utf8.last == 0x3A
        if headContact.isEmpty || labelsAlone, let c = positions.indices.first(where: { i in
            i > 0 && isMeta[i - 1] && !isMeta[i] && positions[i].items.count == 1 && opensUnlabelledContact(i, positions)
        }) {
            var j = c
            var afterData = false
            while j < positions.count, positions[j].items.count == 1, !isMeta[j], !positions[j].items[0].role.isLabel,
                  continuesHeadContact(j, positions, afterData: afterData) {
                isMeta[j] = true
                headContact.append(j)
                let t = positions[j].items[0].text
                afterData = afterData || TextScan.hasByte(t, 0x40) || TextScan.digitCount(t) >= 7
                j += 1
            }
        }
        // `For Immediate Release: <headline>`, `Press release: <headline>`: the headline starts on the label's line.
        // (`classify` gave such a line the instruction alone as its release, the label alone as its kind.)
        if let l = positions.indices.first(where: { i in
            guard positions[i].items.count == 1 else { return false }
            let item = positions[i].items[0]
            switch item.role {
            case .release(let r) where r != item.text: break
            case .kind(let k, nil) where k != item.text: break
            default: return false
            }
            return HeadMetadata.labelAndHeadline(item.text, hints: hints) != nil }),
           !positions[(l + 1)...].contains(where: { $0.items.contains { $0.role.isLabel } }),
           let split = HeadMetadata.labelAndHeadline(positions[l].items[0].text, hints: hints) {
            for (i, p) in positions.prefix(l).enumerated() {
                header += p.items
                if headContact.contains(i) { contacts.append(headContactText(contactRowText(p) ?? p.items[0].text)) }
            }
            header.append(split.item)
            return (positions[l].block, positions[l].line, split.headline)
        }
        let firstMeta = isMeta.firstIndex(of: true) ?? positions.count
        var title: Int?
        // A running header names the organisation already.
        var sawLetterhead = !text.furniture.isEmpty
        var passedOver: [Int] = []
        // The kind label and the release instruction are printed above the headline, never under it: the
        // lines above the last of them are letterhead (a name, a tagline, a ministry over its department),
        // when a line that can be the headline follows it.
        let lastLabel = positions.indices.last { positions[$0].items.contains { $0.role.isLabel } }
        // Letterhead lines are short and end no sentence: a label printed below such a line only moves the
        // headline when every line it passes over has that form.
        // (Not when the label stands between the headline and the body: `jane@quill.example` / `Harbour Author Urges
        // Readers to Question the Budget` / `For Immediate Release` / the body's first paragraph. The line right above
        // the label, alone in its block, five words or more, under the letterhead or a contact, is the headline when
        // the text under the label opens a paragraph.)
        let headlineAboveLabel = lastLabel.map { l in
            guard l >= 2, !isMeta[l - 1], positions[l - 1].items.count == 1 else { return false }
            let above = positions[l - 1], text = above.items[0].text
            guard blocks[above.block].lines.count == 1, TextScan.wordCount(text, atMost: 5) >= 5, !TextScan.endsSentence(text),
                  !ReleaseLexicon.holdsAddressMark(text),
                  positions[..<(l - 1)].indices.contains(where: { i in
                      headContact.contains(i) || positions[i].items.count == 1 && !positions[i].items[0].role.isMeta && isLetterhead(positions[i].items[0].text)
                  }),
                  let under = positions.indices.first(where: { $0 > l && !isMeta[$0] }) else { return false }
            return opensParagraph(positions[under], blocks)
        } ?? false
        let labelsLead = !headlineAboveLabel && lastLabel.map { l in
            positions[..<l].indices.contains { !isMeta[$0] } && positions.indices.contains { $0 > l && !isMeta[$0] && positions[$0].items.count == 1 && !isLetterhead(positions[$0].items[0].text) }
                && positions.indices.allSatisfy { i in
                    i >= l || isMeta[i] || positions[i].items.allSatisfy { TextScan.wordCount($0.text, atMost: 16) <= 16 && !TextScan.endsSentence($0.text) }
                }
        } ?? false
        for i in positions.indices where !isMeta[i] {
            let p = positions[i]
            // A headline says something in words: a line without two letters in a row (`/`, `!`, `05`, `* * *`) is
            // debris of a date printed one part a line, of a logo or of a rule, never the headline.
            if p.items.count == 1, !TextScan.holdsWord(p.items[0].text) { continue }
            // An event's field or a picture's credit (`Dates: …`, `Photo: …`) is never the headline: the line passed
            // over above it was (`Harbour Trust Opens Its Boardwalk` / `Dates: Saturday, April 4 …`).
            if p.items.count == 1, Self.isCreditLine(p.items[0].text) || isEventField(p.items[0].text) {
                if let alt = passedOver.last { title = alt; break }
                continue
            }
            if labelsLead, let l = lastLabel, i < l { sawLetterhead = true; continue }
            let letterhead = p.items.count > 1 || isLetterhead(p.items.first?.text ?? "")
            // A line printed again lower in the header repeats the organisation's name.
            if p.items.count == 1, positions[..<i].contains(where: { $0.items.count == 1 && $0.items[0].text == p.items[0].text }) { continue }
            if i < firstMeta {
                // After the letterhead, a name-like line that wraps on into a plain line is a headline
                // (`Regional Health Partnership Principles for the Coast` / `Agreed`), not a second letterhead.
                let wrapsOn = i + 1 < positions.count && positions[i + 1].block == p.block && !isMeta[i + 1]
                    && positions[i + 1].items.count == 1 && !isLetterhead(positions[i + 1].items[0].text)
                    && !printedTwice(p.items.first?.text ?? "")
                if letterhead && !(sawLetterhead && p.items.count == 1 && wrapsOn) { sawLetterhead = true; passedOver.append(i); continue }
                // The same line printed twice at the top (a running header, then the letterhead, or again among
                // the header lines) is the organisation.
                if p.items.count == 1, let lastMeta = isMeta.lastIndex(of: true),
                   positions.indices.contains(where: { $0 > i && $0 <= lastMeta + 1 && positions[$0].items.count == 1
                                                       && positions[$0].items[0].text == p.items[0].text }) {
                    sawLetterhead = true
                    continue
                }
                // A line printed right above the header lines in their block (`Nordisk Havråd` / `Press Release`)
                // is the letterhead when a headline-shaped block follows the header lines.
                if p.items.count == 1, i + 1 == firstMeta, firstMeta < positions.count, positions[firstMeta].block == p.block,
                   positions.indices.contains(where: { $0 > firstMeta && !isMeta[$0] && headlineShaped(positions[$0], blocks) }) {
                    sawLetterhead = true
                    passedOver.append(i)
                    continue
                }
            } else if letterhead, (i + 1 < positions.count && TextScan.wordCount(p.items.first?.text ?? "") <= 6
                                         && (!sawLetterhead || printedTwice(p.items.first?.text ?? ""))
                                         && !wrapsOnAsHeadline(i, positions, isMeta))
                        || positions.indices.contains(where: { isMeta[$0] && positions[$0].block == p.block }) {
                // A name printed among the header lines (`Press Release / ACME Holdings / 5 May 2024`), unless
                // it wraps on into a line that continues it as a headline (`… Service Fish Principle` / `Between …`).
                passedOver.append(i)
                continue
            } else if p.items.count == 1, i + 1 < positions.count, isMeta[i - 1], isMeta[i + 1],
                      positions[i - 1].block == p.block, positions[i + 1].block == p.block,
                      positions.indices.contains(where: { $0 > i + 1 && !isMeta[$0] && headlineShaped(positions[$0], blocks) }) {
                // A plain name between two header lines of their block (`Press Release / Derneği Yeşil Vadi /
                // Date: …`) is the letterhead when a headline-shaped block follows.
                continue
            }
            title = i
            break
        }
        // A headline is short. When the line chosen opens a long block (a body paragraph, as Tika and typed
        // text print it, would all be the headline) and a second name-like line was passed over, that line
        // was the headline (`Fieldpoint plc` / `Automatic We Since Up School Witness Wide` / date / body).
        // Likewise when no candidate is left before the body. Where a running header, the kind label or a name
        // printed twice above names the organisation, one name-like line passed over is enough (a PDF's body
        // paragraph then opens its own block).
        if let t = title, let alt = passedOver.last, alt < t, positions[alt].items.count == 1,
           !isPDFStyle && passedOver.count >= 2 || namedByFurniture(positions[alt].items[0].text) && positions[t].line == 0
            || (namedByKindLine(positions) || namedTwice(positions[..<alt])) && (!isPDFStyle || positions[t].line == 0) {
            let lines = blocks[positions[t].block].lines.dropFirst(positions[t].line)
            if lines.count >= 4 || (lines.count == 3 && TextScan.endsSentence(lines.last?.text ?? ""))
                || lines.reduce(0, { $0 + TextScan.length($1.text) + 1 }) > 250 { title = alt }
        }
        if title == nil { title = passedOver.count >= 2 ? passedOver.last : isMeta.firstIndex(of: false) }
        guard let start = title else {
            for (i, p) in positions.enumerated() {
                header += p.items
                if headContact.contains(i) { contacts.append(headContactText(contactRowText(p) ?? p.items[0].text)) }
            }
            // The text goes on after the last header line: in its block when lines follow it there (a date
            // line over a prose paragraph printed without a gap), else in the next block.
            if let last = positions.last {
                return last.line + 1 < blocks[last.block].lines.count ? (last.block, last.line + 1, nil) : (last.block + 1, 0, nil)
            }
            return (0, 0, nil)
        }
        for (i, p) in positions.prefix(start).enumerated() {
            header += p.items
            if headContact.contains(i) { contacts.append(headContactText(contactRowText(p) ?? p.items[0].text)) }
        }
        let p = positions[start]
        return (p.block, p.line, nil)
    }

    /// A head line as a contact block reads it: its one cell, or a label's cell and its value's printed apart in
    /// two columns (`CONTACT:      Jane Roe`, `PHONE:        555 0134`), joined; nil for other rows.
    private func contactRowText(_ p: Position) -> String? {
        if p.items.count == 1 { return p.items[0].text }
        guard p.items.count == 2, p.items[0].text.utf8.last == 0x3A, TextScan.wordCount(p.items[0].text, atMost: 4) <= 3 else { return nil }
        return p.items[0].text + " " + p.items[1].text
    }

    /// A head line that opens a contact block: a contact label (`Contact: Jane Roe`, `Media contact:`), alone
    /// or after the date (`December 26, 2018 Contact: Jane Roe`).
    private func opensHeadContact(_ text: String) -> Bool {
        // Every contact label holds `onta`: most lines are refused on its bytes.
        guard TextScan.has(text, "onta") || TextScan.has(text, "ONTA") else { return false }
        if !TextScan.hasByte(text, 0x3A) {
            // A label printed without its colon, as a table's first cell (`Media Contact  Jane Roe  0421 555 433`):
            // a contact's line when the contact's phone number or e-mail address is printed on it.
            guard TextScan.wordCount(text, atMost: 10) <= 10, TextScan.hasByte(text, 0x40) || Self.endsWithPhoneNumber(text) else { return false }
            let f = Fold.line(text.prefix(24))
            return HeadMetadata.contactLabels.contains { f.hasPrefix($0.dropLast() + " ") }
        }
        if HeadMetadata.dateAndContact(text, hints: hints) != nil { return true }
        let f = Fold.line(text.prefix(24))
        return HeadMetadata.contactLabels.contains { f.hasPrefix($0) } && TextScan.wordCount(text) <= 6
    }

    /// Whether `text` ends with a telephone number: seven digits or more in its tail of digits, spaces and the
    /// marks numbers are printed with (`… Jane Roe  0421 555 433`; not `… 2024/2025 Half-Year Result`).
    static func endsWithPhoneNumber(_ text: String) -> Bool {
        var digits = 0
        for c in text.utf8.reversed() {
            if ASCII.isDigit(c) { digits += 1; continue }
            if c == 0x20 || c == 0x2B || c == 0x2D || c == 0x28 || c == 0x29 || c == 0x2E || c == 0x2F { continue }
            break
        }
        return digits >= 7
    }

    /// The contact's part of a head contact line (`Contact: Jane Roe` without the date before it).
    private func headContactText(_ text: String) -> String {
        HeadMetadata.dateAndContact(text, hints: hints)?.contact ?? text
    }

    /// True when the line at `j` goes on with a head contact block: a phone or e-mail line, a letterhead line (the
    /// office), or a short name or role line when a phone or e-mail line follows within two lines.
    /// A line that opens a contact with no label: an e-mail address or phone number itself, or a short name
    /// (six words at most, opening with a capital, no sentence end, no colon) with one on the next line.
    private func opensUnlabelledContact(_ i: Int, _ positions: [Position]) -> Bool {
        // An e-mail address, or a number of seven digits or more that is not a date.
        func data(_ t: String) -> Bool {
            guard TextScan.wordCount(t, atMost: 6) <= 6 else { return false }
            return TextScan.hasByte(t, 0x40) || TextScan.digitCount(t) >= 7 && DateParser.firstDate(in: t, hints: hints) == nil
        }
        let t = positions[i].items[0].text
        if data(t) { return true }
        guard TextScan.wordCount(t, atMost: 6) <= 6, TextScan.startsUppercaseOrQuote(t), !TextScan.endsSentence(t),
              !TextScan.hasByte(t, 0x3A), i + 1 < positions.count, positions[i + 1].items.count == 1 else { return false }
        if data(positions[i + 1].items[0].text) { return true }
        // Name / organisation or role / number or address (`Jane Roe` / `Harbour Trust` / `(+1) 555 0134 567`): a
        // short line of the same shape between the name and its data.
        // (Or the contact's web address: `Jane Roe` / `https://harbourtrust.example` / `jane@…`.)
        let mid = positions[i + 1].items[0].text
        guard i + 2 < positions.count, positions[i + 2].items.count == 1, positions[i + 2].block == positions[i].block,
              TextScan.wordCount(mid, atMost: 6) <= 6, !TextScan.endsSentence(mid),
              !TextScan.hasByte(mid, 0x3A) || TextScan.wordCount(mid, atMost: 2) == 1 && ReleaseLexicon.holdsAddressMark(mid)
        else { return false }
        return data(positions[i + 2].items[0].text)
    }

    /// `afterData`: the block has given an e-mail address or number already. An organisation's name under the data
    /// then goes on with the contact only as the other lines do, with more data under it: the office line of a
    /// contact stands between its name and its data, and a line of that shape under them is the headline
    /// (`jane@union.example` / `571-555-0134` / `City Council Backs the Tenants' Union` / …).
    private func continuesHeadContact(_ j: Int, _ positions: [Position], afterData: Bool = false) -> Bool {
        func data(_ t: String) -> Bool { TextScan.hasByte(t, 0x40) || TextScan.digitCount(t) >= 7 }
        let t = contactRowText(positions[j]) ?? positions[j].items[0].text
        if data(t) && TextScan.wordCount(t) <= 6 { return true }
        if isLetterhead(t) && !(afterData && (Self.isNameLetterheadASCII(t) ?? Self.isNameLetterheadPlain(t))) { return true }
        guard TextScan.wordCount(t) <= 6, !TextScan.endsSentence(t), !TextScan.hasByte(t, 0x3A) else { return false }
        return positions[(j + 1)...].prefix(2).contains { $0.items.count == 1 && data($0.items[0].text) }
    }

    /// True when running headers name the organisation and `line` is neither one of them nor a department's
    /// name (`Corporate Communications`): a name-like line that can only be the headline.
    private func namedByFurniture(_ line: String) -> Bool {
        guard !text.furniture.isEmpty, !text.furniture.contains(line) else { return false }
        return !line.split(separator: " ").contains { ReleaseLexicon.departmentWords.contains(Fold.line($0)) }
    }

    /// True when a kind label carries the organisation's name (`Press Release Riverlight Holdings`).
    private func namedByKindLine(_ positions: [(block: Int, line: Int, items: [ReleaseSegments.HeaderItem])]) -> Bool {
        positions.contains { p in p.items.contains { if case .kind(_, let rest) = $0.role { return rest != nil } else { return false } } }
    }

    /// True when some line among `positions` is printed twice there (a running header and the letterhead).
    private func namedTwice(_ positions: ArraySlice<(block: Int, line: Int, items: [ReleaseSegments.HeaderItem])>) -> Bool {
        var seen = Set<String>()
        for p in positions where p.items.count == 1 && !seen.insert(p.items[0].text).inserted { return true }
        return false
    }

    /// True when the line at `p` opens a paragraph (`isParagraph`): the unit it starts (the lines that continue it,
    /// four at most; in text without gaps the block may go on with the body) is body, no headline.
    private func opensParagraph(_ p: Position, _ blocks: [LayoutBlock]) -> Bool {
        let lines = blocks[p.block].lines.dropFirst(p.line).prefix(4).map(\.text)
        return isParagraph(Array(lines.prefix(continuationCount(lines, maxLines: 4))))
    }

    /// True when the line at `p` opens a block shaped like a headline: one to three lines, a single cell,
    /// not ending with a sentence.
    private func headlineShaped(_ p: (block: Int, line: Int, items: [ReleaseSegments.HeaderItem]), _ blocks: [LayoutBlock]) -> Bool {
        guard p.line == 0, p.items.count == 1 else { return false }
        let lines = blocks[p.block].lines
        return lines.count <= 3 && !TextScan.endsSentence(lines[lines.count - 1].text) && !isLetterhead(lines[0].text)
    }

    /// True when the name-like line at `i` goes on, in its block, into a plain line that continues it as a
    /// headline would (`Public Athletes Succeeded Service Fish Principle` / `Between Allowing Them Thought`).
    private func wrapsOnAsHeadline(_ i: Int, _ positions: [(block: Int, line: Int, items: [ReleaseSegments.HeaderItem])], _ isMeta: [Bool]) -> Bool {
        guard i + 1 < positions.count, positions[i].items.count == 1, positions[i + 1].block == positions[i].block,
              !isMeta[i + 1], positions[i + 1].items.count == 1 else { return false }
        let line = positions[i].items[0].text, next = positions[i + 1].items[0].text
        return !isLetterhead(next) && !printedTwice(line) && continuationCount([line, next], maxLines: 2) == 2
    }

    /// A notes or contact heading that could be a headline instead: an `About …` line, or four words
    /// or more without a colon, an address or a number (`Inquiry remains open on health`).
    private func readsAsHeadline(_ text: String) -> Bool {
        if ReleaseLexicon.isNotesHeading(text) { return true }
        guard ReleaseLexicon.isContactHeading(text), TextScan.wordCount(text) >= 4 else { return false }
        return !text.utf8.contains { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "@") || ($0 >= 0x30 && $0 <= 0x39) }
    }

    /// True when some line seen so far could be the headline: neither a header line nor a letterhead.
    private func hasHeadlineCandidate(_ positions: [(block: Int, line: Int, items: [ReleaseSegments.HeaderItem])]) -> Bool {
        positions.contains { p in
            !p.items.contains(where: { $0.role.isMeta }) && p.items.count == 1 && !isLetterhead(p.items[0].text)
        }
    }

    /// True when `name` is printed at least twice in the document (an organisation's name is; a headline rarely).
    /// A Tika outline title (a tab-indented line) does not count: it repeats the PDF's title, which is the
    /// headline as often as the organisation.
    private func printedTwice(_ name: String) -> Bool {
        guard !name.isEmpty else { return false }
        var count = 0
        var rest = fullText[...]
        while let r = TextScan.find(name, in: rest) {
            if !onTabIndentedLine(r.lowerBound) { count += 1 }
            if count >= 2 { return true }
            rest = fullText[r.upperBound...]
        }
        return false
    }

    /// True when the line holding `index` of the full text starts with a tab.
    private func onTabIndentedLine(_ index: String.Index) -> Bool {
        let u = fullText.utf8
        var i = index
        while i > u.startIndex {
            let p = u.index(before: i)
            if u[p] == 0x0A { break }
            i = p
        }
        return i < u.endIndex && u[i] == 0x09
    }

    /// A letterhead line: an organisation's or department's name, a web or e-mail address, a postal
    /// address or phone line; or a name that an `About …` heading of the same release names (`AARON'S
    /// COFFEE CORNER` over the head, `ABOUT AARON'S COFFEE CORNER` over its boilerplate): the issuer's own
    /// name, whatever its words.
    private func isLetterhead(_ text: String) -> Bool {
        // (Asked again and again of the same head lines while the headline is sought: each text's answer is kept.)
        if let known = aboutMemo.letterhead[text] { return known }
        let t = ReleaseLexicon.stripMarkup(text)
        let answer = isLetterheadByShape(t) || namesAnAboutHeading(t)
        aboutMemo.letterhead[text] = answer
        return answer
    }

    /// The subjects of the release's `About …` heading lines, folded (`## ABOUT THE HARBOUR TRUST:` gives
    /// `the harbour trust` and `harbour trust`): lines of 100 bytes at most that open, after markup, with an
    /// about word. The lines are walked by their first bytes: only one whose first two letters may open an about
    /// word is folded.
    static func aboutSubjects(in fullText: String) -> [String] {
        var subjects: [String] = []
        var text = fullText
        text.withUTF8 { b in
            let n = b.count
            var i = 0
            while i < n {
                // The line [i, end).
                let end = memchr(b.baseAddress! + i, 0x0A, n - i).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - b.baseAddress! } ?? n
                var k = i
                while k < end, b[k] == 0x20 || b[k] == 0x09 || b[k] == 0x23 || b[k] == 0x2A || b[k] == 0x5F || b[k] == 0x3E { k += 1 }
                if k < end, end - k <= 100 {
                    // `ab`out, `a ` propos, `ac`erca, `so`bre, `ub`er; `Ü`/`ü`ber, `À`/`à` propos.
                    let f = b[k] | 0x20, g = k + 1 < end ? b[k + 1] | 0x20 : 0
                    let opens = f == 0x61 && (g == 0x62 || g == 0x63 || g == 0x20) || f == 0x73 && g == 0x6F || f == 0x75 && g == 0x62
                        || b[k] == 0xC3 && k + 1 < end && (b[k + 1] | 0x20 == 0xBC || b[k + 1] | 0x20 == 0xA0)
                    // The line's folded start, when plain ASCII, must hold an about word and a space: the fold of the
                    // trimmed line below starts as it does (`So far …`, `A new …` are refused here, unfolded).
                    if opens, !FastPaths.off, let p = FoldedPrefix.of(bytes: UnsafeBufferPointer(rebasing: b[k..<end]), limit: aboutWordWindow),
                       !aboutWordPrefixes.contains(where: { p.hasPrefix($0) }) {
                        i = end + 1
                        continue
                    }
                    if opens {
                        let line = String(decoding: UnsafeBufferPointer(rebasing: b[k..<end]), as: UTF8.self)
                        let folded = Fold.line(line.trimming(aboutLineEdges))
                        // After the about word (`ReleaseLexicon.aboutWords`), the subject with each of its leading
                        // small words and without (`the harbour trust`, `harbour trust`), as a letterhead may print it.
                        for word in ReleaseLexicon.aboutWords where folded.hasPrefix(word + " ") {
                            if !FastPaths.off, folded.utf8.allSatisfy({ $0 < 0x80 }) {
                                // Plain ASCII folded (single spaces, none at the ends): each subject is the rest of
                                // the line from one of its words, cut on bytes (splitting and joining the words by
                                // characters cost more than the rest of the scan).
                                var rest = folded.utf8.dropFirst(word.utf8.count + 1)
                                while !rest.isEmpty {
                                    subjects.append(String(Substring(rest)))
                                    guard let space = rest.firstIndex(of: 0x20),
                                          ReleaseLexicon.nameJoiners.contains(String(Substring(rest[..<space]))) else { break }
                                    rest = rest[rest.index(after: space)...]
                                }
                                continue
                            }
                            var rest = folded.dropFirst(word.utf8.count + 1).split(separator: " ")[...]
                            while !rest.isEmpty {
                                subjects.append(rest.joined(separator: " "))
                                guard let w = rest.first, ReleaseLexicon.nameJoiners.contains(String(w)) else { break }
                                rest = rest.dropFirst()
                            }
                        }
                    }
                }
                i = end + 1
            }
        }
        return subjects
    }

    private static let aboutLineEdges = Set<Character>(" \t#*_:>\r")
    /// Each about word and the space after it, as `aboutSubjects` tests a folded line's start.
    private static let aboutWordPrefixes: [[UInt8]] = ReleaseLexicon.aboutWords.map { Array(($0 + " ").utf8) }
    private static let aboutWordWindow = aboutWordPrefixes.map(\.count).max()! + 1

    /// True when an `About` heading of the release names `name` exactly (case and accents aside): `About
    /// Lakeside Trust`, `## ABOUT LAKESIDE TRUST:`. Short names only (eight words).
    static func namesAnAboutHeading(_ name: String, in fullText: String) -> Bool {
        namesAnAboutHeading(name, subjects: aboutSubjects(in: fullText))
    }

    static func namesAnAboutHeading(_ name: String, subjects: [String]) -> Bool {
        guard !subjects.isEmpty, name.utf8.count >= 3, name.utf8.count <= 90 else { return false }
        // A trimmed ASCII name folds to as many bytes, its first letter lowered: most names are refused unfolded.
        // (Single spaces only: the fold collapses a run of them.)
        if !FastPaths.off, let quick = TextScan.withBytes(name, { b -> Bool? in
            guard b.allSatisfy({ $0 &- 0x21 < 0x5E || $0 == 0x20 }), let f = b.first, f != 0x20, b.last != 0x20,
                  !b.indices.dropFirst().contains(where: { b[$0] == 0x20 && b[$0 - 1] == 0x20 }) else { return nil }
            let first = ASCII.lowered(f)
            return subjects.contains { $0.utf8.count == b.count && $0.utf8.first == first }
        }), !quick { return false }
        guard !TextScan.endsSentence(name), TextScan.wordCount(name, atMost: 9) <= 8 else { return false }
        return subjects.contains(Fold.line(TextScan.trim(name)))
    }

    /// `aboutSubjects(in: fullText)`, found once a release (the letterhead test asks it of every head line).
    final class AboutSubjectsMemo: @unchecked Sendable {
        var subjects: [String]?
        /// `isLetterhead`'s answers by text (it depends on nothing else of the release once made).
        var letterhead: [String: Bool] = [:]
    }

    /// A head line that an `About` heading names is the letterhead when header lines follow it (a contact's label,
    /// a date, a release instruction: `MAPLE STREET PANTRY` / `CONTACT: …`); one a headline-shaped line follows
    /// is a headline that names an event or a product (`Riverside Jazz Weekend` / `Twelve bands return …`).
    private func namesAnAboutHeading(_ name: String) -> Bool {
        if aboutMemo.subjects == nil { aboutMemo.subjects = Self.aboutSubjects(in: fullText) }
        guard Self.namesAnAboutHeading(name, subjects: aboutMemo.subjects!) else { return false }
        var lines = fullText.split(separator: "\n", maxSplits: 60, omittingEmptySubsequences: false).prefix(60).makeIterator()
        while let line = lines.next() {
            guard ReleaseLexicon.stripMarkupTrimmed(String(line)) == name else { continue }
            while let next = lines.next() {
                let t = TextScan.trim(next)
                if t.isEmpty { continue }
                return opensHeadContact(t) || HeaderRole.classify(t, hints: hints).isMeta
            }
            return false
        }
        return false
    }

    private func isLetterheadByShape(_ t: String) -> Bool {
        if ReleaseLexicon.holdsAddressMark(t) || TextScan.has(t, " | ") { return true }
        if ReleaseLexicon.looksLikeBareDomain(t) { return true }
        // A tagline between middle dots (`Housing · Advice · Shelter`), an acronym alone (`KWTU`).
        if HeadMetadata.isTagline(t) || HeadMetadata.isAcronym(t) { return true }
        // A line that acts (`Jane Roe Announces Campaign for Tarnside Harbour Council`) is a headline, no name.
        if OrganizationNames.readsAsClause(t) { return false }
        if let answer = Self.isNameLetterheadASCII(t) { return answer }
        return Self.isNameLetterheadPlain(t)
    }

    /// The name test of `isLetterhead` (after the address tests), on Characters: the definition
    /// `isNameLetterheadASCII` agrees with.
    static func isNameLetterheadPlain(_ t: String) -> Bool {
        guard let first = t.first, !TextScan.openingQuotes.contains(first), !TextScan.endsSentence(t),
              TextScan.wordCount(t) <= (TextScan.isAllCaps(t) ? 6 : 9) else { return false }
        // Plain ASCII (no `·`, no CR): the words are cut on bytes, as the characters would cut them.
        let words: [Substring] = ByteTest.hasNonASCIIOrCR(t)
            ? t.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "·" })
            : t.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x2C }).map { Substring($0) }
        // A name: every word capitalised, or a small joining word (`Ministry of Culture`).
        guard words.allSatisfy({ w in
            w.first.map { $0.isUppercase || $0.isNumber || $0 == "&" } == true || ReleaseLexicon.nameJoiners.contains(Fold.line(w))
                || ReleaseLexicon.organizationWords.contains(Fold.line(w))
        }) else { return false }
        return words.contains { w in
            let f = Fold.line(w)
            return ReleaseLexicon.organizationWords.contains(f) || ReleaseLexicon.departmentWords.contains(f)
        }
    }

    /// The shapes of the words `isNameLetterheadASCII` looks up.
    private static let letterheadWordShapes = WordShapes([ReleaseLexicon.organizationWords, ReleaseLexicon.nameJoiners,
                                                          ReleaseLexicon.departmentWords])
    /// The three lexicons `isNameLetterheadASCII` looks plain words up in, as byte sets (their ASCII words: a plain
    /// word's fold is ASCII, so only those can equal it).
    private static let letterheadOrganizationWords = ASCIIWordSet(ReleaseLexicon.organizationWords)
    private static let letterheadJoiners = ASCIIWordSet(ReleaseLexicon.nameJoiners)
    private static let letterheadDepartmentWords = ASCIIWordSet(ReleaseLexicon.departmentWords)

    /// The name test of `isLetterhead` (after the address tests) on the bytes of a plain ASCII line without CR,
    /// where characters are bytes; nil for any other line. Each word is folded once, for both lexicon tests.
    static func isNameLetterheadASCII(_ t: String) -> Bool? {
        if FastPaths.off { return nil }
        var copy = t
        return copy.withUTF8 { b -> Bool? in
            var capitals = 0
            for x in b {
                if x >= 0x80 || x == 0x0D { return nil }
                if ASCII.isUpper(x) { capitals += 1 }
            }
            guard let first = b.first, first != 0x22, first != 0x27, first != 0x28, first != 0x5B,
                  !TextScan.endsSentence(t) else { return false }
            // `isAllCaps`: at least two letters, none in lower case.
            let allCaps = capitals >= 2 && !b.contains { ASCII.isLower($0) }
            guard TextScan.wordCount(t, atMost: 9) <= (allCaps ? 6 : 9) else { return false }
            // The words, cut at spaces and commas; a name: every word capitalised, a number, `&`, or a small
            // joining word or an organisation word (`Ministry of Culture`); and one organisation or department word.
            var named = false
            var i = 0
            let n = b.count
            while i < n {
                while i < n && (b[i] == 0x20 || b[i] == 0x2C) { i += 1 }
                guard i < n else { break }
                var j = i
                while j < n && b[j] != 0x20 && b[j] != 0x2C { j += 1 }
                let w0 = b[i]
                let capitalised = ASCII.isUpper(w0) || ASCII.isDigit(w0) || w0 == 0x26
                // Folded only when a test needs it: a capitalised word after an organisation word needs none, and
                // a word of a shape no lexicon word has is in no set.
                let w = UnsafeBufferPointer(rebasing: b[i..<j])
                if !capitalised || !named {
                    let plain = WordShapes.isPlainWord(w)
                    if plain && Self.letterheadWordShapes.mayHold(w) {
                        // A plain word folds to its lower case: looked up on those bytes, no String made or hashed.
                        let answer = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: w.count) { low -> Bool? in
                            for k in 0..<w.count { low[k] = ASCII.lowered(w[k]) }
                            let f = UnsafeBufferPointer(low)
                            let organization = Self.letterheadOrganizationWords.contains(f)
                            if !capitalised && !organization && !Self.letterheadJoiners.contains(f) { return false }
                            if organization || Self.letterheadDepartmentWords.contains(f) { named = true }
                            return nil
                        }
                        if let answer { return answer }
                    } else if !plain {
                        let f = Fold.line(bytes: w)
                        let organization = ReleaseLexicon.organizationWords.contains(f)
                        if !capitalised && !organization && !ReleaseLexicon.nameJoiners.contains(f) { return false }
                        if organization || ReleaseLexicon.departmentWords.contains(f) { named = true }
                    } else if !capitalised {
                        // In no set: neither a joining word nor an organisation word.
                        return false
                    }
                }
                i = j
            }
            return named
        }
    }

    /// Blocks right after the headline that hold only header lines (a date or release line printed
    /// under the headline).
    private func skipMeta(_ blocks: [LayoutBlock], from start: Int, into header: inout [ReleaseSegments.HeaderItem],
                          known: [Position]) -> Int {
        var i = start
        while i < blocks.count, blocks[i].lines.count <= 3, i + 1 < blocks.count {
            let its = blocks[i].lines.indices.flatMap { items(at: i, $0, known) }
            guard its.allSatisfy({ $0.role.isMeta }) else { break }
            header += its
            i += 1
        }
        return i
    }

    // MARK: - Headline and standfirst

    /// How many of `lines` belong to the unit (headline, standfirst) that starts with the first:
    /// a following line continues it when it starts in lower case or with a digit, when the unit's
    /// last line ends with a joining word or mark, when a quote is still open, or when both are capitals.
    /// `headingMayContinue`: the second line may be a notes or contact heading in form (`About …`, `… Inquiry`),
    /// cut off by the block splitter: before the body, such a line in the headline's case carries the headline.
    func continuationCount(_ lines: [String], maxLines: Int, headingMayContinue: Bool = false, known: [Position] = []) -> Int {
        guard !lines.isEmpty else { return 0 }
        var n = 1
        while n < lines.count, n < maxLines {
            let prev = lines[n - 1]
            let next = lines[n]
            if BlockSplitter.isSpecial(next) && !(headingMayContinue && n == 1 && isHeadingLine(next)) { break }
            if ReleaseLexicon.listMarkerLength(next) != nil { break }
            // The headline printed twice, a page's title over the release's own (`Harbour Trust Opens Its Boardwalk`
            // twice): the repeat is no second line of it.
            if next == prev { break }
            // A line that closes a quotation opened above goes on with it: `… LAUNCHES "RED` / `BLUE - GRAVEYARD
            // SHIFT," …` opens no dateline. (An inch mark, `A 27" MONITOR`, leaves no quotation for it to close.)
            if Dateline.split(next, hints: hints) != nil && !(Self.hasOpenQuote(lines[..<n]) && Self.closesQuote(next)) { break }
            if role(of: next, known).isMeta { break }
            // An event's field or a picture's credit (`Dates: …`, `Photo credit: …`) goes on with no headline or deck.
            if Self.isCreditLine(next) || isEventField(next) { break }
            let nextStart = next.first
            var continues = false
            if nextStart?.isLowercase == true || nextStart?.isNumber == true {
                continues = true
            } else if let last = prev.last, ",-–—:&/+".contains(last), !Self.endsWithGluedPlus(prev) {
                continues = true
            } else if ReleaseLexicon.continuingWords.contains(Fold.line(TextScan.lastWord(prev))) {
                continues = true
            } else if Self.hasOpenQuote(lines[..<n]) {
                continues = true
            } else if TextScan.isAllCaps(prev) && TextScan.isAllCaps(next) {
                continues = !Self.leftRoomFor(next, after: lines[..<n])
            } else if TextScan.isAllCaps(prev) && !TextScan.isAllCaps(next) && Self.isTitleCase(next) {
                // A headline set in capitals is set in capitals on every line it wraps to: a title-case line under
                // it opens the deck (`HARBOUR TRUST OPENS ITS BOARDWALK` / `Volunteers From Nine Towns Laid …`).
                continues = false
            } else if Self.isTitleCase(prev) && Self.isTitleCase(next) {
                continues = !Self.leftRoomFor(next, after: lines[..<n])
            } else if next.split(separator: " ").count <= 2 && !TextScan.endsSentence(next)
                        && (n + 1 == lines.count || TextScan.startsLowercase(lines[n + 1])) {
                continues = true
            }
            if !continues { break }
            n += 1
        }
        return n
    }

    /// Whether the unit's last line ended with room to spare for `next`'s first word: a line wrapped by the
    /// measure is full, so a line well short of the unit's longest with that word fitting (a fifth of the measure
    /// to spare, for proportional type) ended the unit, and `next` opens another one (`… Her Book, The` /
    /// `Violet Hour` / `Read by the Author`: the deck under a wrapped headline, in the same case).
    /// Only a wrapped unit has a measure: a unit of one line says nothing.
    private static let continuingOpeners: Set<String> = [
        "of", "in", "with", "for", "to", "and", "as", "at", "on", "from", "by", "&", "or", "into", "after", "before",
        "without", "over", "under", "through", "amid", "against",
    ]

    static func leftRoomFor(_ next: String, after unit: ArraySlice<String>) -> Bool {
        guard unit.count >= 2, let last = unit.last else { return false }
        // A line opening with a preposition or conjunction goes on with the headline above it (a headline broken
        // by hand or centred: `… Begins the Second Phase` / `Of Its Flu Vaccine Trial` / `With Four Hundred …`).
        let first = Fold.line(String(next.prefix { $0 != " " }))
        if Self.continuingOpeners.contains(first) { return false }
        var measure = 0
        for line in unit.dropLast() { measure = max(measure, TextScan.length(line)) }
        let word = next.utf8.prefix { $0 != 0x20 }.count
        return (TextScan.length(last) + 1 + word) * 5 <= measure * 4
    }

    /// `(Dallas, Texas) – On Tuesday …`: a dateline whose place stands in brackets, opening the body.
    static func opensWithBracketedPlace(_ line: String) -> Bool {
        guard line.hasPrefix("("), let close = line.prefix(48).firstIndex(of: ")") else { return false }
        let after = line[line.index(after: close)...].drop(while: { $0 == " " })
        guard let dash = after.first, dash == "–" || dash == "—" || dash == "-" else { return false }
        return Dateline.isPlace(String(line[line.index(after: line.startIndex)..<close]))
    }

    /// The running header's head: from its kind label on (at most four lines), the kind and date cells as
    /// header items, and the first other cell of three words or more that is no place, code or letterhead as
    /// the headline. nil when the running header prints no kind label.
    private func runningHead() -> (items: [ReleaseSegments.HeaderItem], headline: String?)? {
        guard !text.furniture.isEmpty else { return nil }
        var cells: [String] = []
        for line in text.furniture.prefix(8) { cells += TextScan.cells(line) }
        guard let k = cells.firstIndex(where: { if case .kind(_, nil) = HeaderRole.classify($0, hints: hints) { return true } else { return false } })
        else { return nil }
        var items: [ReleaseSegments.HeaderItem] = []
        var headline: String?
        for c in cells[k...].prefix(6) {
            let role = HeaderRole.classify(c, hints: hints)
            switch role {
            case .kind, .date, .placeDate, .release:
                items.append(ReleaseSegments.HeaderItem(text: c, role: role))
            default:
                if headline == nil, TextScan.wordCount(c) >= 3, !Dateline.isPlace(c), !isLetterhead(c), !TextScan.endsSentence(c) {
                    headline = c
                }
            }
        }
        return (items, headline)
    }

    /// Whether a dateline follows the headline's `title` lines: on the block's next line, or opening the next block.
    private func datelineAfter(_ lines: [PrintedLine], title: Int, block: Int) -> Bool {
        if title < lines.count { return Dateline.split(lines[title].text, hints: hints) != nil }
        guard block + 1 < text.blocks.count, let first = text.blocks[block + 1].lines.first else { return false }
        return Dateline.split(first.text, hints: hints) != nil
    }

    /// Whether the lines taken for the headline are the body's first paragraph, in a release that prints no
    /// headline (a logo, perhaps a date, then the text): they open with a dateline that carries a date
    /// (`Bogotá, 30 de octubre de 2014. Acme Labs ha lanzado …`) — a headline never does — or, with no dateline
    /// under them, they hold two sentences or more, ended by full stops, the first of eight words or more,
    /// twenty words in all (a headline is one sentence, or a few short ones: `Strike ends. Buses run again.`).
    static func isBodyOpening(_ lines: [String], hints: DateHints, datelineFollows: Bool) -> Bool {
        let joined = lines.joined(separator: " ")
        if let found = Dateline.split(joined, hints: hints), found.date != nil, !found.rest.isEmpty {
            if found.location != nil { return true }
            // A date alone as the dateline (`12 SEPTEMBER 2011: The Group announces …`) before a sentence of twenty
            // words or more that ends: a headline may open with a date, but it is never that long a sentence.
            if TextScan.wordCount(found.rest, atMost: 20) >= 20, TextScan.endsSentence(found.rest) { return true }
        }
        // Above a dateline all is head: sentences there are a headline and its standfirst, not the body.
        guard !datelineFollows, joined.hasSuffix("."), joined.utf8.count >= 100 else { return false }
        let words = joined.split(separator: " ")
        guard words.count >= 20 else { return false }
        // The first sentence's end: a word ending in a full stop, followed by a capitalised word.
        for k in 7..<(words.count - 1) where words[k].hasSuffix(".") && words[k + 1].first?.isUppercase == true {
            let w = words[k].dropLast()
            // `Inc.`, `U.S.`, `Dr.`: an abbreviation or an initial ends no sentence.
            if w.count <= 3 || w.contains(".") { continue }
            return true
        }
        return false
    }

    /// Lines too long for a headline: more than 250 characters, or four lines or more ending a sentence; or
    /// three lines or more ending in a colon, a lead-in that introduces the text under it (`El Departamento …,
    /// la Comunidad … informan:`), which a headline never is.
    private func isParagraph(_ lines: [String]) -> Bool {
        let n = lines.reduce(0) { $0 + TextScan.length($1) + 1 }
        return n > 250 || (lines.count >= 4 && TextScan.endsSentence(lines.last ?? ""))
            || (lines.count >= 3 && TextScan.lastMeaningful(lines.last ?? "") == ":")
    }

    /// A headline broken by the PDF's own line breaking fills its lines to the same measure: when the headline's
    /// single line is followed by a line of about its length (within a tenth) that no break separates, and the
    /// first does not end a sentence or a clause, the second goes on with the headline (a standfirst, set
    /// smaller, runs to a longer measure). Returns the headline's line count.
    private func sameMeasureLines(_ lines: [String], from n: Int, known: [Position]) -> Int {
        // (A line that repeats the headline is no second line of it.)
        guard n == 1, lines.count >= 2, lines[1] != lines[0] else { return n }
        let a = TextScan.length(lines[0]), b = TextScan.length(lines[1])
        guard a >= 40, abs(a - b) * 10 <= a, let last = lines[0].last, !".:;!?".contains(last) else { return n }
        let next = lines[1]
        // A headline set in capitals is set in capitals on every line it wraps to: a line in lower case under it
        // is the standfirst, whatever its measure (`HARBOUR TRUST OPENS …` / `Over 300 volunteers expected …`).
        if TextScan.isAllCaps(lines[0]) && !TextScan.isAllCaps(next) { return n }
        // So is a headline set in title case: a line in sentence case under it (two words of five letters or more
        // in lower case) is the standfirst, set smaller to a measure near the headline's (`Harbour Trust Opens the
        // Longest Boardwalk on the Coast` / `Volunteers from nine towns finished the planks in under a year`).
        if !TextScan.isAllCaps(lines[0]) && Self.isTitleCase(lines[0]) && Self.isSentenceCase(next) { return n }
        if BlockSplitter.isSpecial(next) || ReleaseLexicon.listMarkerLength(next) != nil || Dateline.split(next, hints: hints) != nil
            || role(of: next, known).isMeta { return n }
        let more = continuationCount(Array(lines.dropFirst()), maxLines: 3, known: known)
        return isParagraph(Array(lines.prefix(1 + more))) ? n : 1 + more
    }

    /// A line in sentence case: it opens with a capital and holds two words or more of five letters or more that
    /// start in lower case and are no small joining word (`… help the organization expand efforts to`), which a
    /// line of a title-case headline never does (a brand's lower-case word, `ezCater`, is one such word).
    static func isSentenceCase(_ s: String) -> Bool {
        guard let first = TextScan.firstMeaningful(s), first.isUppercase else { return false }
        var lower = 0
        for w in s.split(separator: " ") {
            guard let c = TextScan.firstMeaningful(w), c.isLowercase, w.count >= 5,
                  !ReleaseLexicon.nameJoiners.contains(Fold.line(w)) else { continue }
            lower += 1
            if lower >= 2 { return true }
        }
        return false
    }

    /// A line ending in a `+` glued to the word before it (`LGBTQIA+`, `Disney+`, `C++`): the mark is part of a
    /// name, not a joining mark (`Bread +` / `Butter`) that carries the line on to the next.
    static func endsWithGluedPlus(_ line: String) -> Bool {
        guard line.last == "+" else { return false }
        guard let before = line.reversed().first(where: { $0 != "+" }) else { return false }
        return before.isLetter || before.isNumber
    }

    /// A notes or contact heading in form (`About …`, `Media Inquiries`).
    private func isHeadingLine(_ line: String) -> Bool {
        ReleaseLexicon.isNotesHeading(line) || ReleaseLexicon.isContactHeading(line)
    }

    /// Every word capitalised (`Target Represent My Avoided Budget`), at least three words. Short words may
    /// stay in lower case, even most of them (`Prohibition for to Core She the at Children`), when the
    /// line starts with a capital and has another.
    static func isTitleCase(_ s: String) -> Bool {
        if let answer = isTitleCaseASCII(s) { return answer }
        return isTitleCasePlain(s)
    }

    /// `isTitleCase` on characters, for any line: the definition the byte path is tested against.
    static func isTitleCasePlain(_ s: String) -> Bool {
        let words = s.split(separator: " ")
        guard words.count >= 3 else { return false }
        var capitalised = 0
        for (k, w) in words.enumerated() {
            guard let c = TextScan.firstMeaningful(w) else { continue }
            if c.isUppercase || c.isNumber { capitalised += 1; continue }
            // Small words stay in lower case in Title Case (`at`, `of`, `and`), and so does a number's
            // unit (`15.6 million`, `€161 million`, `5 percent`).
            if k > 0, words[k - 1].contains(where: \.isNumber) { continue }
            if w.count > 4 && !ReleaseLexicon.nameJoiners.contains(Fold.line(w)) { return false }
        }
        return capitalised * 2 > words.count || (capitalised >= 2 && TextScan.firstMeaningful(words[0])?.isUppercase == true)
    }

    /// `isTitleCase` on the bytes of a plain ASCII line without CR (characters are bytes: words cut at space
    /// bytes, the opening quotes and brackets are `"`, `'`, `(`, `[`); nil for any other line.
    private static func isTitleCaseASCII(_ s: String) -> Bool? {
        if FastPaths.off { return nil }
        var copy = s
        return copy.withUTF8 { b -> Bool? in
            guard !b.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            // Word bounds, cut at spaces.
            var starts: [Int] = [], ends: [Int] = []
            var i = 0
            let n = b.count
            while i < n {
                while i < n && b[i] == 0x20 { i += 1 }
                guard i < n else { break }
                starts.append(i)
                while i < n && b[i] != 0x20 { i += 1 }
                ends.append(i)
            }
            let count = starts.count
            guard count >= 3 else { return false }
            /// `TextScan.firstMeaningful` of a word: its first byte that is not a tab or an opening quote.
            func firstMeaningful(_ k: Int) -> UInt8? {
                for j in starts[k]..<ends[k] {
                    let x = b[j]
                    if x != 0x09 && x != 0x22 && x != 0x27 && x != 0x28 && x != 0x5B { return x }
                }
                return nil
            }
            var capitalised = 0
            for k in 0..<count {
                guard let c = firstMeaningful(k) else { continue }
                if ASCII.isUpper(c) || ASCII.isDigit(c) { capitalised += 1; continue }
                if k > 0, ByteTest.hasDigit(bytes: UnsafeBufferPointer(rebasing: b[starts[k - 1]..<ends[k - 1]])) { continue }
                let w = UnsafeBufferPointer(rebasing: b[starts[k]..<ends[k]])
                if w.count > 4 && !ReleaseLexicon.nameJoiners.contains(Fold.line(bytes: w)) { return false }
            }
            return capitalised * 2 > count || (capitalised >= 2 && firstMeaningful(0).map { ASCII.isUpper($0) } == true)
        }
    }

    /// `hasOpenQuote` of the lines joined with spaces, without joining them: a space stands between two lines'
    /// characters (no quote joins with it), and the counts run on from line to line. A plain ASCII line (no CR)
    /// only has straight quotes, each a byte.
    /// Whether `line` prints a closing quotation mark: a straight or closing curly quote after a letter or a
    /// comma or full stop (`SHIFT,"`, `Shift”`), not before a word.
    static func closesQuote(_ line: String) -> Bool {
        var previous: Character? = nil
        for c in line {
            if c == "”" || c == "»" { return true }
            if c == "\"", let p = previous, p.isLetter || p == "," || p == "." || p == "!" || p == "?" { return true }
            previous = c
        }
        return false
    }

    static func hasOpenQuote(_ lines: ArraySlice<String>) -> Bool {
        var balance = QuoteBalance()
        for line in lines {
            if !ByteTest.hasNonASCIIOrCR(line) {
                balance.straight += TextScan.withBytes(line) { b in b.reduce(0) { $1 == 0x22 ? $0 + 1 : $0 } }
                continue
            }
            for c in line { balance.add(c) }
        }
        return balance.isOpen
    }

    /// An opening quote not closed in `s`: the definition the line-by-line count is tested against.
    static func hasOpenQuote(_ s: String) -> Bool {
        // Plain ASCII (no CR): only straight quotes, each a character of its own.
        if !ByteTest.hasNonASCIIOrCR(s) {
            var straight = 0
            for b in s.utf8 where b == 0x22 { straight += 1 }
            return straight % 2 == 1
        }
        var balance = QuoteBalance()
        for c in s { balance.add(c) }
        return balance.isOpen
    }

    /// Quotes opened and not yet closed: English and German curly quotes (`“…”`, `„…“`), guillemets, and
    /// straight quotes (open when odd).
    struct QuoteBalance {
        var curly = 0, guillemets = 0, straight = 0, low = 0

        mutating func add(_ c: Character) {
            switch c {
            case "“": curly += 1
            case "”": if low > 0 { low -= 1 } else { curly -= 1 }
            case "«": guillemets += 1
            case "»": guillemets -= 1
            case "„": low += 1
            case "\"": straight += 1
            default: break
            }
        }

        var isOpen: Bool { curly > 0 || guillemets > 0 || low > 0 || straight % 2 == 1 }
    }

    /// In a block of PDF text under the headline, the number of lines (one to three) above a line that opens
    /// with the dateline, when they form one unit that is a standfirst; nil otherwise. A dateline opens the
    /// body, so what the block prints above it is no paragraph of the body.
    private func standfirstAboveDateline(_ b: LayoutBlock) -> Int? {
        guard text.style == .pdftotext || text.style == .layout, b.heading == 0, !b.bullet, b.lines.count >= 2 else { return nil }
        let texts = b.lines.prefix(4).map(\.text)
        guard let k = (1..<texts.count).first(where: { Dateline.split(texts[$0], hints: hints) != nil }),
              continuationCount(Array(texts[..<k]), maxLines: 3) == k else { return nil }
        let lines = Array(texts[..<k])
        return isSubtitle(lines, followedByMore: true, known: [], endedByDateline: true) ? k : nil
    }

    /// A standfirst: short, not a sentence that ends with a full stop, not a dateline, a heading or a list item.
    /// `endedByDateline`: the line after it opens with the dateline, which ends the unit above it whatever its
    /// last word (`… geben monatlich 38 Euro für Parken aus` ends on a verb's particle, not a preposition).
    private func isSubtitle(_ lines: [String], followedByMore: Bool, known: [Position], endedByDateline: Bool = false) -> Bool {
        guard followedByMore, let last = lines.last, let first = lines.first else { return false }
        let joined = TextScan.collapse(lines.joined(separator: " "))
        // No more characters than bytes, and as many in plain ASCII without CR: most lines need no count.
        // (Right above the dateline a deck of one printed paragraph that is no sentence may run longer: all above
        // the dateline is the head, `Port Ellin's guild awarded …; the guild also …` over `Port Ellin, ME – …`.)
        let limit = endedByDateline && lines.count == 1 && !TextScan.endsSentence(joined) ? 360 : 260
        let short = joined.utf8.count <= limit || (ByteTest.hasNonASCIIOrCR(joined) && joined.count <= limit)
        // A sentence is body, unless the dateline follows it: all above the dateline is the head, so a tagline
        // that ends in a full stop or `!` (`Turn spare minutes into real meals!`) is the standfirst there.
        guard !joined.isEmpty, short, endedByDateline || !TextScan.endsSentence(joined) else { return false }
        guard !last.hasSuffix(","), !last.hasSuffix(":") else { return false }
        if BlockSplitter.isSpecial(first) || ReleaseLexicon.listMarkerLength(first) != nil { return false }
        if Dateline.split(joined, hints: hints) != nil { return false }
        if role(of: first, known).isMeta { return false }
        if ContactLineShape.isContactLine(first) || ReleaseLexicon.isWebOrSocialLine(first) { return false }
        if lines.count == 1, Self.isCreditLine(first) || isEventField(first) { return false }
        if !endedByDateline, ReleaseLexicon.continuingWords.contains(Fold.line(TextScan.lastWord(last))) { return false }
        if text.lineWidth > 0, lines.contains(where: { Double($0.utf8.count) > Double(text.lineWidth) * 1.1 && Double($0.count) > Double(text.lineWidth) * 1.1 }) { return false }
        return true
    }

    /// Labels of a picture's or a design's credit, folded (the label's last word): `Design Credit:`, `Photo:`.
    private static let creditLabelWords: Set<String> = [
        "credit", "credits", "photo", "photos", "photograph", "image", "images", "picture", "illustration",
        "foto", "fotos", "bild", "bildnachweis", "fotonachweis", "credito", "creditos", "crediti", "photographie",
    ]

    /// A picture's or a design's credit (`Design Credit: Seize Studio`, `Photo: Jo Park`, `Foto: …`): a caption,
    /// printed under the headline where a deck would stand or between paragraphs, and no part of the release's text.
    /// Asked of every one-line block of the body: `mayBeLabelled` rejects most lines on their first bytes.
    static func isCreditLine(_ line: String) -> Bool {
        if !FastPaths.off, !mayBeLabelled(line, creditOnly: true) { return false }
        return isCreditLinePlain(line)
    }

    /// `isCreditLine` without the byte prefilter: the definition the fast path is tested against.
    static func isCreditLinePlain(_ line: String) -> Bool {
        guard let (label, value) = labelAndValue(line), let lastWord = label.split(separator: " ").last else { return false }
        // A credit names who made the picture (`Photo: Jane Roe/Harbour Trust`): a few words, no address, no
        // sentence (`Photos: the trust will post pictures …`, `Download photos: https://…` are the release's).
        return !value.isEmpty && creditLabelWords.contains(Fold.line(lastWord))
            && TextScan.wordCount(value, atMost: 9) <= 8 && !TextScan.endsSentence(value)
            && !TextScan.has(value, "http") && !TextScan.has(value, "www.")
    }

    /// Whether `line` may be `Label: value` as `labelAndValue` reads it, on its bytes: after the leading blanks a
    /// capital or a non-ASCII byte, and a colon soon after (40 bytes, and 8 more for a leading Unicode space that the
    /// trim removes) with at most three words before it. False says it is none; true only that `labelAndValue` must look.
    /// `creditOnly`: also false when the label's last word is plain ASCII letters and no credit's word (`Contact:`),
    /// as `Fold.line` of such a word is its lower case.
    static func mayBeLabelled(_ line: String, creditOnly: Bool = false) -> Bool {
        TextScan.withBytes(line) { b in
            var i = 0
            while i < b.count, TextScan.isSpaceByte(b[i]) { i += 1 }
            guard i < b.count, ASCII.isUpper(b[i]) || b[i] >= 0x80 else { return false }
            var words = 1
            var j = i + 1
            while j < b.count && j < i + 48 {
                let x = b[j]
                if x == 0x3A { return !creditOnly || mayBeCreditWord(b, before: j, from: i) }
                // A space before a word's first byte opens another word (`Design Credit:` is two).
                if x == 0x20, j + 1 < b.count, b[j + 1] != 0x20, b[j + 1] != 0x3A {
                    words += 1
                    if words > 3 { return false }
                }
                j += 1
            }
            return false
        }
    }

    /// Whether the word before the colon at `colon` (after `start`) may be a credit's: false only for a word of
    /// ASCII letters alone whose lower case is no credit word.
    private static func mayBeCreditWord(_ b: UnsafeBufferPointer<UInt8>, before colon: Int, from start: Int) -> Bool {
        var end = colon
        while end > start, TextScan.isSpaceByte(b[end - 1]) { end -= 1 }
        var k = end
        while k > start, !TextScan.isSpaceByte(b[k - 1]) { k -= 1 }
        guard end > k else { return true }
        for x in b[k..<end] where !(ASCII.isUpper(x) || ASCII.isLower(x)) { return true }
        let n = end - k
        return asciiCreditWords.contains { w in
            w.count == n && w.indices.allSatisfy { b[k + $0] | 0x20 == w[$0] }
        }
    }

    /// `creditLabelWords` in plain ASCII, as bytes.
    private static let asciiCreditWords: [[UInt8]] = creditLabelWords.filter { $0.utf8.allSatisfy(ASCII.isLower) }.map { Array($0.utf8) }

    /// A field of an event's box (`Dates: Friday, April 4, and Saturday, April 5, 2008`, `Symposium: 18 Mai 2021,
    /// 10-18 Uhr`): a label naming the event or its times (`DateReading.isEventLabel`) and a value holding a date.
    /// The release's details, printed under the headline where a deck would stand; a deck says what the news is.
    func isEventField(_ line: String) -> Bool {
        if !FastPaths.off, !Self.mayBeLabelled(line) { return false }
        guard let (label, value) = Self.labelAndValue(line), ByteTest.hasDigit(value) else { return false }
        return DateReading.isEventLabel(label + ":") && DateParser.firstDate(in: value, hints: hints) != nil
    }

    /// `Label: value` with a label of one to three words that opens with a capital, its colon in the first 40 bytes.
    static func labelAndValue(_ line: String) -> (label: String, value: String)? {
        let t = TextScan.trim(line)
        guard let f = t.utf8.first, f >= 0x41, f <= 0x5A || f >= 0x80,
              let colon = t.utf8.prefix(40).firstIndex(of: 0x3A) else { return nil }
        let label = t[..<colon]
        guard (1...3).contains(label.split(separator: " ").count) else { return nil }
        return (String(label), TextScan.trim(t[t.index(after: colon)...]))
    }

    // MARK: - Body and tail

    /// Folded last words of a sentence that hands over to the contact lines under it (`For further information
    /// on the event, see our site or contact:`, `… merci de contacter :`).
    private static let contactCallWords: Set<String> = [
        "contact", "contacts", "contacting", "contactez", "contacter", "contactar", "contacte", "contate", "contatar",
        "kontakt", "kontaktieren", "us", "nous", "an",
    ]

    /// A sentence of twenty words at most that ends in a colon after a contact word (`… or contact:`,
    /// `please contact us:`): the lead-in of the contact lines below it.
    static func endsWithContactCall(_ line: String) -> Bool {
        // (A line whose last byte is no colon ends with no `:` character: most are refused before they are trimmed.)
        guard let last = line.utf8.last, last == 0x3A || TextScan.isSpaceByte(last) || last >= 0x80 else { return false }
        let t = TextScan.trim(line)
        guard t.hasSuffix(":"), t.utf8.count <= 200 else { return false }
        let words = t.dropLast().split(separator: " ")
        guard (2...20).contains(words.count), let last = words.last else { return false }
        let w = Fold.line(last)
        // `… contact us:`, `… contactez-nous :`, `… wenden Sie sich an:`: the word before tells.
        if w == "us" || w == "nous" || w == "an" {
            let before = words.count >= 3 ? Fold.line(words[words.count - 2]) : ""
            return w == "an" ? before == "sich" : ["contact", "contactez", "contacter"].contains(before)
        }
        return contactCallWords.contains(w)
    }

    /// Words that open a definition after a name (`X is a …`, `X est une …`, `X ist ein …`), folded (`é` → `e`).
    private static let definingVerbs: Set<String> = [
        "is", "was", "are", "est", "etait", "sont", "ist", "war", "sind", "es", "fue", "era", "e", "foi", "sao",
    ]
    /// Articles a definition may print before the name its heading gives bare.
    private static let nameArticles = ["The ", "Le ", "La ", "L’", "L'", "Les ", "Die ", "Der ", "Das ", "El ", "Los ", "Las ", "O ", "A "]

    /// A short heading line (a name: one to six words, no closing mark) whose section opens by defining it
    /// (`Alsace Numérique` / `Alsace Numérique est une association qui …`): the boilerplate about the issuer
    /// or a partner, printed without its `About`. The definition is the block's second line, or the first
    /// line of `next` when the heading stands alone.
    static func definesItsHeading(_ block: LayoutBlock, next: LayoutBlock?) -> Bool {
        let heading = TextScan.trim(block.lines[0].text)
        guard heading.utf8.count <= 60, let c = heading.first, c.isUppercase, let last = heading.last,
              !".,;:!?…”\")".contains(last), (1...6).contains(TextScan.wordCount(heading, atMost: 7)) else { return false }
        let line: String
        if block.lines.count >= 2 { line = block.lines[1].text } else if let next, let l = next.lines.first?.text { line = l } else { return false }
        var rest = TextScan.trim(line)[...]
        if !rest.hasPrefix(heading), let article = nameArticles.first(where: { rest.hasPrefix($0) }) { rest = rest.dropFirst(article.count) }
        guard rest.hasPrefix(heading) else { return false }
        rest = rest.dropFirst(heading.count)
        // An acronym in brackets may follow the name (`Alsace Numérique (AN) est …`).
        if rest.hasPrefix(" ("), let close = rest.firstIndex(of: ")") { rest = rest[rest.index(after: close)...] }
        guard rest.hasPrefix(" ") else { return false }
        let words = rest.split(separator: " ", maxSplits: 2)
        return words.count >= 2 && definingVerbs.contains(Fold.line(words[0]))
    }

    /// `foot`: under a copied page's copyright line (`isPageFoot`), where only the site's furniture follows;
    /// `signatures`: under a joint statement's list of signatories.
    private enum Section { case body, notes, contacts, closed, foot, signatures }

    private func isProse(_ block: LayoutBlock) -> Bool {
        // One pass over the lines: lengths summed only until the block is long enough, and lines with
        // addresses or phone numbers counted (two make a contact block, however long; not prose either way).
        var n = 0
        var contactData = 0
        let lines = block.lines
        for i in lines.indices {
            let t = lines[i].text
            if n <= 220 { n += TextScan.length(t) + 1 }
            if Self.holdsContactData(t) {
                contactData += 1
                if contactData >= 2 { return false }
            }
        }
        return n > 220 || (n > 100 && TextScan.endsSentence(lines.last?.text ?? ""))
    }

    /// At least half the lines (and one) are contact lines. Stops testing lines once the count is decided.
    /// An `@` or at least seven digits, found in one pass that stops when either is seen.
    static func holdsContactData(_ s: String) -> Bool {
        func scan(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
            var digits = 0
            var i = 0
            let n = b.count
            while i < n {
                // Eight bytes at a time while none is a digit or `@` (prose is mostly neither).
                if let base = b.baseAddress {
                    let raw = UnsafeRawPointer(base)
                    while i + 8 <= n {
                        let x = ByteLanes.load(raw, at: i)
                        if ByteLanes.firstDigitLanes(x) | ByteLanes.firstLanes(x, equalTo: 0x40) != 0 { break }
                        i += 8
                    }
                }
                let end = min(n, i + 8)
                while i < end {
                    let x = b[i]
                    if x == 0x40 { return true }
                    if ASCII.isDigit(x) { digits += 1; if digits >= 7 { return true } }
                    i += 1
                }
            }
            return false
        }
        if let r = s.utf8.withContiguousStorageIfAvailable(scan) { return r }
        return TextScan.hasByte(s, 0x40) || TextScan.digitCount(s) >= 7
    }

    private func looksLikeContacts(_ block: LayoutBlock) -> Bool {
        let count = block.lines.count
        guard count <= 12, !isProse(block) else { return false }
        let need = max(1, (count + 1) / 2)
        var n = 0
        for (i, line) in block.lines.enumerated() {
            if ContactLineShape.isContactLine(line.text) {
                n += 1
                if n >= need { return true }
            }
            if n + (count - i - 1) < need { return false }
        }
        return false
    }

    /// `For further information contact Amanda Jackson on +31 20 … or jackson@…`: a contact in a sentence.
    private func isContactSentence(_ block: LayoutBlock) -> Bool {
        guard block.lines.count <= 4, let first = block.lines.first?.text, first.utf8.count <= 400 else { return false }
        guard ReleaseLexicon.startsContactSentence(first) else { return false }
        // A lead-in that ends in a colon over lines that are each a contact's (`… or contact:` / `Visitor Desk:
        // visits@…`) is no sentence wrapped over them: the lines stay lines.
        if first.hasSuffix(":"), block.lines.count >= 2, block.lines.dropFirst().allSatisfy({ ContactLineShape.isContactLine($0.text) }) {
            return false
        }
        return block.lines.contains { TextScan.has($0.text, "@") || TextScan.digitCount($0.text) >= 7 }
    }

    private func printed(_ block: LayoutBlock) -> [String] {
        text.style == .layout ? block.lines.map(\.raw) : block.lines.map(\.text)
    }

    /// Adds a block of the contact block, a blank line before it (the contact parser starts a new
    /// contact at a blank line).
    private func addContactLines(_ lines: [String], to seg: inout ReleaseSegments) {
        if !seg.contactLines.isEmpty { seg.contactLines.append("") }
        seg.contactLines += lines
    }

    /// A block of two to eight lines in the body, each a label of one to three words, a colon and its value on the
    /// same line (`Launch date: 18 May` / `Price: $2.99`, `Grantee: Jon Roe` / `Github: https://…`): a box of facts that
    /// the release prints one a line, not a paragraph whose lines wrap. (A label whose value wraps onto the next line
    /// makes a line without a label: no box.)
    static func isFactBox(_ block: LayoutBlock) -> Bool {
        guard (2...8).contains(block.lines.count), !block.bullet, block.heading == 0 else { return false }
        return block.lines.allSatisfy { l in
            // (A colon first, found by `memchr`: most lines of prose have none.)
            guard l.text.utf8.count <= 100, TextScan.hasByte(l.text, 0x3A), opensWithLabel(l.text),
                  let colon = l.text.firstIndex(of: ":") else { return false }
            return !TextScan.trim(l.text[l.text.index(after: colon)...]).isEmpty
        }
    }

    /// `WHEN: …`, `Where:` — a line that opens with a label of one to three words and a colon.
    static func opensWithLabel(_ line: String) -> Bool {
        let t = ReleaseLexicon.stripMarkupTrimmed(line)
        if let quick = opensWithLabelASCII(t) { return quick }
        return opensWithLabelPlain(t)
    }

    /// `opensWithLabel` of the trimmed, markup-free `t` on its bytes, when the bytes up to its first colon (or its
    /// first 31, without one) are plain ASCII without CR, and so is the byte after the colon: there every character
    /// is a byte, so the colon's byte offset is its distance; nil for any other text.
    static func opensWithLabelASCII(_ t: String) -> Bool? {
        if FastPaths.off { return nil }
        return TextScan.withBytes(t) { b -> Bool? in
            var k = 0
            while k < b.count && k <= 30 {
                let x = b[k]
                if x >= 0x80 || x == 0x0D { return nil }
                if x == 0x3A {
                    // (A combining mark after the colon would make it another character.)
                    if k + 1 < b.count && b[k + 1] >= 0x80 { return nil }
                    guard k > 0, ASCII.isUpper(b[0]) else { return false }
                    // One to three words cut at spaces, no digit.
                    var words = 0, inWord = false
                    for j in 0..<k {
                        if b[j] == 0x20 { inWord = false; continue }
                        if ASCII.isDigit(b[j]) { return false }
                        if !inWord { inWord = true; words += 1 }
                    }
                    return words >= 1 && words <= 3
                }
                k += 1
            }
            // No colon in the text, or none among its first 31 characters.
            return false
        }
    }

    /// `opensWithLabel` on Characters: the definition.
    static func opensWithLabelPlain(_ t: String) -> Bool {
        guard let colon = t.firstIndex(of: ":"), colon > t.startIndex, t.distance(from: t.startIndex, to: colon) <= 30 else { return false }
        let label = t[..<colon]
        return label.first?.isUppercase == true && (1...3).contains(label.split(separator: " ").count) && !label.contains(where: \.isNumber)
    }

    /// Every line of `block` a web address or a social handle, alone or after its label (`Appstore: https://…`),
    /// or the block a markdown list item that is a link alone.
    private static func isWebOnly(_ block: LayoutBlock) -> Bool {
        block.linkAlone || block.lines.allSatisfy { ReleaseLexicon.isWebOrSocialLine($0.text) || ReleaseLexicon.isLabelledAddressLine($0.text) }
    }

    /// `About Acme: Acme is …` (or `About Acme. Acme is …`, in emphasis or not): the heading (`About Acme`) and the
    /// paragraph after it, when a name in capitals follows the about word, a colon or full stop ends it, and a
    /// sentence of six words or more follows.
    static func runInAbout(_ line: String) -> (heading: String, rest: String)? {
        // (Asked of every paragraph of the body: after emphasis marks it must open with an about word and a space,
        // read on bytes, or with a letter beyond ASCII, `À propos`, `Über`.)
        let mayOpen = TextScan.withBytes(line) { b -> Bool in
            var i = 0
            while i < b.count, b[i] == 0x20 || b[i] == 0x2A || b[i] == 0x5F { i += 1 }
            guard i < b.count else { return false }
            if b[i] >= 0x80 { return true }
            return ReleaseLexicon.aboutPrefixes.contains { w in
                guard i + w.count <= b.count else { return false }
                for k in 0..<w.count where (b[i + k] &- 0x41 < 26 ? b[i + k] | 0x20 : b[i + k]) != w[k] { return false }
                return true
            }
        }
        guard mayOpen else { return nil }
        var t = Substring(TextScan.trim(line))
        let opening = t.prefix { $0 == "*" || $0 == "_" }
        t = t.dropFirst(opening.count)
        guard let subject = OrganizationNames.runInAboutSubject(String(t)),
              let at = TextScan.find(subject, in: t) else { return nil }
        var after = t[at.upperBound...]
        guard let mark = after.first, mark == ":" || mark == "." else { return nil }
        after = after.dropFirst()
        // The emphasis that opened the heading closes on it (`**About Acme:**`).
        if !opening.isEmpty { guard after.hasPrefix(opening) else { return nil }; after = after.dropFirst(opening.count) }
        let rest = TextScan.trim(after)
        guard TextScan.wordCount(rest, atMost: 6) >= 6 else { return nil }
        return (TextScan.trim(t[..<at.upperBound]), rest)
    }

    /// A block printed in bold (`**…**`, `__…__`), or a quotation (opening with a quotation mark, or a speaker's
    /// `said` / `says`): neither is set apart as a standfirst by its markup alone.
    static func isBoldOrQuotation(_ b: LayoutBlock) -> Bool {
        let raw = TextScan.trim(b.lines.first?.raw ?? "")
        return raw.hasPrefix("**") || raw.hasPrefix("__") || isQuotation(b)
    }

    /// A quotation: opening with a quotation mark, or a speaker's `said` / `says` in it.
    static func isQuotation(_ b: LayoutBlock) -> Bool {
        let t = TextScan.trim(b.joined)
        if let f = t.first, "“\"«„‘".contains(f) { return true }
        let folded = " " + Fold.line(t) + " "
        return [" said ", " says ", " said,", " says,"].contains { folded.contains($0) }
    }

    /// A byline or a notice about the page rather than the news (`By Jo Park, …`, `Updated on February 6 …`,
    /// `Correction: …`, `Editor's note: …`), which a markdown page prints under the headline as a deck would stand.
    static func isBylineOrNotice(_ t: String) -> Bool {
        let f = Fold.line(t.prefix(40))
        return ["by ", "updated ", "update:", "correction", "corrected ", "editor's note", "editors note", "editor’s note",
                "photo:", "photo by", "pictured"].contains { f.hasPrefix($0) }
    }

    /// A run-in about heading's paragraph describes its subject (`About Acme: Acme is …`, `The Acme …`,
    /// `Founded in …`): `About Parking: The quay car park will close …` is a paragraph of the body with a label.
    static func definesItsSubject(_ cut: (heading: String, rest: String)) -> Bool {
        let subject = Fold.line(cut.heading).split(separator: " ").dropFirst().joined(separator: " ")
        let rest = Fold.line(cut.rest.prefix(200))
        guard !subject.isEmpty else { return false }
        let subjectCore = subject.hasPrefix("the ") ? String(subject.dropFirst(4)) : subject
        return rest.hasPrefix(subject) || rest.hasPrefix(subjectCore) || rest.hasPrefix("the " + subjectCore)
            || ["founded ", "established ", "since ", "created ", "formed ", "launched "].contains { rest.hasPrefix($0) }
    }

    /// After block `index`, until the end mark, nothing but the closing matter of a release: no quotation and
    /// no paragraph of prose other than another run-in about heading's (the boilerplate closes the text).
    static func onlyClosingMatter(after index: Int, of blocks: [LayoutBlock]) -> Bool {
        var k = index + 1
        while k < blocks.count {
            let b = blocks[k]
            if b.lines.count == 1 && ReleaseLexicon.isEndMark(b.lines[0].text) { return true }
            if let first = b.lines.first?.text, runInAbout(first) != nil { k += 1; continue }
            let joined = b.joined
            let prose = TextScan.wordCount(joined, atMost: 8) >= 8 && TextScan.endsSentence(joined)
            if prose || joined.contains("“") || joined.contains("\"") || joined.contains("«") { return false }
            k += 1
        }
        return true
    }

    /// A block that points to files elsewhere: up to four lines, thirty words at most, every line holding a link
    /// (`[here](…)`, an address).
    static func pointsToFiles(_ block: LayoutBlock) -> Bool {
        guard block.lines.count <= 4, TextScan.wordCount(block.joined, atMost: 31) <= 30 else { return false }
        // A line with an e-mail address or a telephone number is a contact under a `## Media` heading, not a file.
        let digits = block.joined.utf8.reduce(0) { $0 + (ASCII.isDigit($1) ? 1 : 0) }
        if TextScan.hasByte(block.joined, 0x40) || digits >= 7 { return false }
        return block.lines.allSatisfy { l in
            TextScan.has(l.raw, "](") || TextScan.has(l.text, "http") || TextScan.has(l.text, "www.")
        }
    }

    /// `About the coalition`, `À propos de nos partenaires`: an about word and one to four words, in any case, no
    /// sentence and no question.
    static func isAboutHeadingInAnyCase(_ line: String) -> Bool {
        guard let key = ReleaseLexicon.LineKey(line), let f0 = key.heading.utf8.first, ReleaseLexicon.aboutFirstBytes.contains(f0),
              let word = ReleaseLexicon.aboutWords.first(where: { key.heading.hasPrefix($0 + " ") }) else { return false }
        let after = key.heading.dropFirst(word.utf8.count).split(separator: " ")
        guard (1...4).contains(after.count), let last = key.text.last else { return false }
        return !".?!,;".contains(last)
    }

    /// After block `index`, to the end mark or the end, at most eight blocks and no quotation among them: the
    /// closing matter of a release, not a section of its body.
    static func onlyClosingSection(after index: Int, of blocks: [LayoutBlock]) -> Bool {
        var k = index + 1
        while k < blocks.count {
            let b = blocks[k]
            if b.lines.count == 1 && ReleaseLexicon.isEndMark(b.lines[0].text) { return true }
            if k > index + 8 || isQuotation(b) { return false }
            k += 1
        }
        return true
    }

    /// A short paragraph (four lines, 600 bytes at most) that gives an e-mail address or a number and uses a verb
    /// of contacting (`… please contact us at: info@….`).
    static func asksToBeContacted(_ block: LayoutBlock) -> Bool {
        guard block.lines.count <= 4 else { return false }
        let joined = block.joined
        guard joined.utf8.count <= 600, holdsContactData(joined) else { return false }
        let folded = Fold.line(joined)
        return TextScan.has(folded, "contact") || TextScan.has(folded, "kontakt") || TextScan.has(folded, "write to")
            || TextScan.has(folded, "e-mail us") || TextScan.has(folded, "email us")
    }

    /// Whether the contact block at `index` is printed in the release's head rather than at its end: a short
    /// block (three lines at most) above the running text — the body so far 2,000 bytes at most, and at least
    /// three paragraphs of prose under it (before any end mark, notes heading or contact heading) that hold more
    /// than twice the text of the body above it. A release ends with its contacts and an About section or two; it
    /// does not print its story under them: the paragraphs that open by defining a name (`X is a …`) are that
    /// boilerplate, not story, and are not counted. (Asked once a release, at the first contact block of the body.)
    static func isHeadContact(_ block: LayoutBlock, at index: Int, of blocks: [LayoutBlock], body: [LayoutBlock]) -> Bool {
        guard block.lines.count <= 3 else { return false }
        var before = 0
        for b in body {
            var bytes = 0
            for l in b.lines { bytes += l.text.utf8.count + 1 }
            before += bytes
            if before > 2_000 { return false }
        }
        var proseBlocks = 0
        var proseBytes = 0
        for b in blocks[(index + 1)...] {
            guard let first = b.lines.first?.text else { continue }
            if b.lines.count == 1 || b.heading > 0 {
                if ReleaseLexicon.isEndMark(first) { break }
                if let key = ReleaseLexicon.LineKey(first), ReleaseLexicon.isNotesHeading(key) || ReleaseLexicon.isContactHeading(key) { break }
            }
            let joined = b.joined
            // (An About section's boilerplate, `X is a …`, is what a release prints under its contacts: no story.)
            if TextScan.wordCount(joined, atMost: 20) >= 20, TextScan.endsSentence(joined), !opensWithDefinition(joined) {
                proseBlocks += 1
                proseBytes += joined.utf8.count
            }
        }
        return proseBlocks >= 3 && proseBytes > 2 * before
    }

    /// A paragraph of running prose: 20 words or more ending a sentence, not a list of names (fewer than one comma
    /// in three words, and at least a third of its words in lower case: a list of signatories or partners is
    /// commas and capitals).
    static func isProse(_ text: String) -> Bool {
        guard text.utf8.count >= 60, TextScan.wordCount(text, atMost: 20) >= 20, TextScan.endsSentence(text) else { return false }
        let words = text.split(separator: " ")
        let commas = TextScan.withBytes(text) { b in b.reduce(0) { $1 == 0x2C ? $0 + 1 : $0 } }
        let lower = words.reduce(0) { $0 + ($1.first?.isLowercase == true ? 1 : 0) }
        return commas * 3 < words.count && lower * 3 >= words.count
    }

    /// A paragraph that opens by defining a name (`Harbour Trust is a charity …`, `… ist ein Verein`, `… est une
    /// association`): an About section's boilerplate, printed under a release's contacts, not its story.
    static func opensWithDefinition(_ text: String) -> Bool {
        guard let f = text.unicodeScalars.first, f.properties.isUppercase else { return false }
        let head = String(text.prefix(140))
        for verb in definitionVerbs where TextScan.find(verb, in: head[...]) != nil { return true }
        return false
    }

    private static let definitionVerbs = [
        " is a ", " is an ", " is the ", " was founded", " was established", " are a ", " ist ein", " ist die ",
        " ist der ", " est un", " est la ", " est le ", " es un", " es una ", " es la ", " è un", " é um", " é uma ",
    ]

    /// Whether the copyright line at `index` is a copied page's foot rather than a credit inside the release (`©
    /// Jane Roe` under a photograph): it stands among the last eight blocks, and none of the release's own closing
    /// matter follows it — no end mark, notes or contact heading, and no contact block. A site prints its
    /// copyright under the article it carries; a release prints its About section and contacts under its text,
    /// never under the page's foot. (Asked only of copyright lines.)
    static func isPageFoot(_ index: Int, of blocks: [LayoutBlock]) -> Bool {
        guard blocks.count - index <= 9 else { return false }
        // A paragraph of prose right under a dated credit goes on with the release (`© Harbour Trust 2026`, a
        // photograph's credit between two of the story's paragraphs). A site's credit names the site alone (`© Harbour
        // Wire`), and what it prints under it, prose or not, is its own.
        if index + 1 < blocks.count, let line = blocks[index].lines.first?.text, ByteTest.hasDigit(line),
           isProse(blocks[index + 1].joined) { return false }
        for b in blocks[(index + 1)...] {
            guard let first = b.lines.first?.text else { continue }
            if b.lines.count == 1 || b.heading > 0 {
                if ReleaseLexicon.isEndMark(first) { return false }
                if let key = ReleaseLexicon.LineKey(first), ReleaseLexicon.isNotesHeading(key) || ReleaseLexicon.isContactHeading(key) {
                    return false
                }
            }
            if b.lines.contains(where: { ContactLineShape.isContactLine($0.text) }) { return false }
        }
        return true
    }

    /// Block `index` is followed by six blocks at most before the end mark or the end of `blocks`.
    private static func nearTheEnd(_ index: Int, of blocks: [LayoutBlock]) -> Bool {
        var k = index + 1
        while k < blocks.count && k <= index + 6 {
            if blocks[k].lines.count == 1 && ReleaseLexicon.isEndMark(blocks[k].lines[0].text) { return true }
            k += 1
        }
        return k >= blocks.count
    }

    private func splitTail(_ blocks: [LayoutBlock], into seg: inout ReleaseSegments) {
        var section = Section.body
        var pendingWeb: [LayoutBlock] = []
        // The web and social lines right under a head contact (`isHeadContact`) are its, not the body's.
        var underHeadContact = false
        /// A notes heading run into its paragraph opens the notes there, the heading left out of the note.
        func openNotes(_ block: LayoutBlock, _ cut: (heading: String, rest: String)) {
            seg.notesHeadings.append(cut.heading)
            section = .notes
            var opened = block
            opened.lines[0].text = cut.rest
            seg.notes.append(opened)
        }
        // The block under a media heading (`## Photos and videos`), a pointer to files.
        var mediaBlock = -1
        for (index, block) in blocks.enumerated() {
            guard let first = block.lines.first?.text else { continue }
            let single = block.lines.count == 1
            if index == mediaBlock {
                seg.trailing += block.lines.map(\.text)
                continue
            }
            if single && ReleaseLexicon.isEndMark(first) {
                section = .closed
                continue
            }
            // A news site's advertisement marker between two paragraphs of a copied page; a copyright line.
            // (A one-word mark over a paragraph that opens with the same word is a subheading: `Werbung` over
            // `Werbung für Sportwetten …`.)
            if single && (ReleaseLexicon.isAdvertisementMark(first) || ReleaseLexicon.isCopyrightLine(first) || Self.isCreditLine(first)),
               !(index + 1 < blocks.count && blocks[index + 1].lines.first.map { ReleaseLexicon.opensWithWord(of: first, $0.text) } == true) {
                seg.trailing.append(first)
                // A copied page's copyright line under the release (`[© Harbour Wire](…/terms)`): the page's foot.
                // What the site prints under it (its advertisement, a style sheet's rules, a call to subscribe,
                // `Find more from X on …`) is neither body nor notes.
                // (Not from the notes: a company's copyright over its trademark notice closes its own About section.)
                if section != .foot && section != .notes, !seg.body.isEmpty, ReleaseLexicon.isCopyrightLine(first),
                   Self.isPageFoot(index, of: blocks) {
                    section = .foot
                }
                continue
            }
            // The statement goes on under its list of signatories (a paragraph of prose): the body again.
            if section == .signatures, Self.isProse(block.joined) { section = .body }
            // The folded heading form of a heading-like first line, computed once for the lexicon tests below
            // (the other tests need only its start).
            let headingLike = single || block.heading > 0
            let key = headingLike ? ReleaseLexicon.LineKey(first) : nil
            if section == .foot || section == .signatures {
                // (A contact block under the foot or the signatures is still read as contacts, and notes under the
                // signatures as notes, through the tests below.)
                let contactHeading = key.map(ReleaseLexicon.isContactHeading) ?? false
                let notesHeading = section == .signatures && (key.map(ReleaseLexicon.isNotesHeading) ?? false)
                guard contactHeading || notesHeading || looksLikeContacts(block) else {
                    seg.trailing += block.lines.map(\.text)
                    continue
                }
                section = section == .foot ? .contacts : .closed
            }
            // `List of Signatories` over the names (in its block or the blocks under it) after the body: the
            // statement's signature, not its text. (A heading is short: longer first lines are not folded.)
            if section == .body, !seg.body.isEmpty, first.utf8.count <= 40,
               let key = headingLike ? key : ReleaseLexicon.LineKey(first), ReleaseLexicon.isSignatoriesHeading(key) {
                seg.trailing += block.lines.map(\.text)
                section = .signatures
                continue
            }
            if headingLike {
                if key.map(ReleaseLexicon.isNotesHeading) ?? false {
                    seg.notesHeadings.append(first)
                    section = .notes
                    continue
                }
                if (key.map(ReleaseLexicon.isContactHeading) ?? false) && !ReleaseLexicon.inlineContactHeading(first) {
                    addContactLines([first], to: &seg)
                    section = .contacts
                    continue
                }
                // `## Photos and videos` over `Media from the launch can be found [here](…)`: where the files are,
                // neither body nor notes (the link counts).
                if index + 1 < blocks.count, key.map(ReleaseLexicon.isMediaHeading) ?? false, Self.pointsToFiles(blocks[index + 1]) {
                    seg.trailing.append(first)
                    mediaBlock = index + 1
                    continue
                }
                // `## About the coalition`, `## About our partners`: an about heading set as a heading, whatever the
                // case of its words, over nothing but the release's closing matter (lists, link lines, boilerplate; no
                // quotation) at its end: the notes. (`## About the vote` over quoted paragraphs stays the body's.)
                if block.heading >= 2, section == .body, seg.body.count >= 2, Self.isAboutHeadingInAnyCase(first),
                   Self.onlyClosingSection(after: index, of: blocks) {
                    seg.notesHeadings.append(first)
                    section = .notes
                    continue
                }
            }
            // `Alsace Numérique` over `Alsace Numérique est une association …`: an about section without its
            // `About`, after the body's first paragraphs.
            // (Among the last blocks only: a product or a programme defined under its own subheading earlier
            // in the body is the body's, and the notes, once begun, run to the end.)
            if section == .body, seg.body.count >= 2, index + 6 >= blocks.count, block.heading == 0, !block.bullet,
               Self.definesItsHeading(block, next: index + 1 < blocks.count ? blocks[index + 1] : nil) {
                seg.notesHeadings.append(first)
                section = .notes
                if block.lines.count > 1 { seg.notes.append(LayoutBlock(lines: Array(block.lines.dropFirst()))) }
                continue
            }
            // `Background: The scheme …` after the body's first paragraphs: the notes begin with that paragraph,
            // the heading word left out of it.
            // (Not among an advisory's labelled lines, `BACKGROUND:` between `WHAT:` and `WHEN:`.)
            if section == .body || section == .notes, !seg.body.isEmpty, !block.bullet, let cut = ReleaseLexicon.runInNotesHeading(first),
               !(index + 1 < blocks.count && blocks[index + 1].lines.first.map {
                   Self.opensWithLabel($0.text) && ReleaseLexicon.runInNotesHeading($0.text) == nil } == true) {
                openNotes(block, cut)
                continue
            }
            // `About Acme: Acme is …`, a run-in about heading opening a paragraph at the end of the release (before
            // its end mark, or among its last blocks): the issuer's boilerplate, a note, the heading left out of it.
            if section == .body, seg.body.count >= 2, !block.bullet, block.heading == 0,
               let cut = Self.runInAbout(first), Self.nearTheEnd(index, of: blocks), Self.definesItsSubject(cut),
               Self.onlyClosingMatter(after: index, of: blocks) {
                openNotes(block, cut)
                continue
            }
            // After the contact block or the end mark, `About Acme: Acme is …` is the issuer's boilerplate, a note as
            // any paragraph there is, and its run-in heading is left out of it as it is before the contacts.
            if section == .contacts || section == .closed, !block.bullet, block.heading == 0,
               let cut = Self.runInAbout(first), Self.definesItsSubject(cut) {
                openNotes(block, cut)
                continue
            }
            if headingLike ? (key.map(ReleaseLexicon.isIssuedLine) ?? false) : ReleaseLexicon.isIssuedLine(first) {
                seg.issued.append(first)
                if section == .body { section = .closed }
                continue
            }
            // A block of web and social lines, with the label that heads such a list (`Social media:` over
            // `Website: https://…` lines, or alone over a list of bare links, `**Documentation:**`).
            if Self.isWebOnly(block)
                || (ReleaseLexicon.isLinkListLabel(first)
                    && (single ? index + 1 < blocks.count && Self.isWebOnly(blocks[index + 1])
                               : block.lines.dropFirst().allSatisfy { ReleaseLexicon.isWebOrSocialLine($0.text) })) {
                // (A list of links alone is no body wherever it stands: `* [Sponsor us](/sponsors/)` between two
                // paragraphs is still a reference, not a paragraph. Other web lines wait for the next paragraph.)
                // (Under a lead-in that ends in a colon, `This year's winners are:`, the list is what the sentence
                // announces: it waits with the other web lines and rejoins the body when a paragraph follows.)
                // (Links named by phrases of six words or more, `Offline maps for every marked trail …`, under a
                // lead-in that ends in a colon are the features the sentence announces; short ones, `Sponsor us`,
                // are calls to act, references.)
                var lead = index - 1
                while lead >= 0, blocks[lead].linkAlone { lead -= 1 }
                var end = index
                while end < blocks.count, blocks[end].linkAlone { end += 1 }
                let announced = block.linkAlone && lead >= 0 && blocks[lead].lines.last.map { TextScan.trim($0.text).hasSuffix(":") } == true
                    && !ReleaseLexicon.isLinkListLabel(blocks[lead].lines.last?.text ?? "")
                    && blocks[(lead + 1)..<end].contains { TextScan.wordCount($0.joined, atMost: 6) >= 6 }
                if section == .body && (!block.linkAlone || announced) && !underHeadContact { pendingWeb.append(block) } else { seg.trailing += block.lines.map(\.text) }
                continue
            }
            underHeadContact = false
            if !seg.body.isEmpty && isContactSentence(block) {
                // A contact in a sentence wrapped over lines: one logical line.
                addContactLines([block.joined], to: &seg)
                section = .contacts
                continue
            }
            // Once the contact block has begun or the release is closed (two sections treated alike), a block
            // that looks like contacts goes to the contacts as any other non-prose block does: no need to ask.
            let contactsOrClosed = section == .contacts || section == .closed
            // A contact call in a block of its own (`For further information, see our site or contact:`, a gap
            // under it on the page) over a block of contact lines: it opens the contact block. (Read where the
            // page's geometry set the gap; typed and extracted text keep their records as they were.)
            if single, text.fromPageGeometry, !contactsOrClosed, !seg.body.isEmpty, Self.endsWithContactCall(first), index + 1 < blocks.count,
               blocks[index + 1].lines.contains(where: { ContactLineShape.isContactLine($0.text) }) {
                addContactLines([first], to: &seg)
                section = .contacts
                continue
            }
            // (A heading with the contact's lines under it in one block, as markdown hard breaks print it:
            // `Investor Contact:` / name / company / phone / e-mail.)
            if ReleaseLexicon.inlineContactHeading(first)
                || (!contactsOrClosed && (section != .body || !seg.body.isEmpty) && looksLikeContacts(block))
                || (!single && !contactsOrClosed && block.lines.count <= 12 && first.utf8.count <= 300
                    && (ContactParser.isContactHeading(first) || Self.endsWithContactCall(first))
                    && block.lines.dropFirst().contains { ContactLineShape.isContactLine($0.text) }) {
                // A contact line above the running text (`Press contact: press@…` under the date, `Kommunikation:
                // Name, e-mail` in an event box) is the head's: the body goes on under it.
                if section == .body, Self.isHeadContact(block, at: index, of: blocks, body: seg.body) {
                    addContactLines(printed(block), to: &seg)
                    underHeadContact = true
                    continue
                }
                // A lead-in sentence that ends the paragraph above (`Jane Doe can be contacted at:`) opens the block.
                if section == .body, let k = seg.body.indices.last, seg.body[k].lines.count > 1,
                   let lead = seg.body[k].lines.last?.text, ContactLeadIn.read(lead) != nil {
                    seg.body[k].lines.removeLast()
                    addContactLines([lead], to: &seg)
                }
                addContactLines(printed(block), to: &seg)
                section = .contacts
                continue
            }
            switch section {
            case .body:
                seg.body += pendingWeb
                pendingWeb = []
                // A box of facts, one labelled fact a line (`Grantee: Jon Roe` / `Website: https://…`): a paragraph a fact.
                if Self.isFactBox(block) {
                    seg.body += block.lines.map { LayoutBlock(lines: [$0]) }
                } else {
                    seg.body.append(block)
                }
            case .notes:
                seg.notes.append(block)
            case .foot, .signatures:
                seg.trailing += block.lines.map(\.text)
            case .contacts, .closed:
                // (`### Contact Information` over `If you would like to learn more …, please contact us at: info@….`:
                // the sentence right under the heading is the contact, not a note.)
                if isProse(block), !(section == .contacts && seg.contactLines.last.map({ ReleaseLexicon.isContactHeading($0) }) == true
                                      && Self.asksToBeContacted(block)) {
                    // A contact printed in the head, above the body's first paragraph (`_Press contact: …_` under the
                    // date, in a page whose headline is its front matter's), does not end a body that has not begun:
                    // the first paragraph of prose under it opens the body.
                    if section == .contacts, seg.body.isEmpty, seg.notes.isEmpty, seg.notesHeadings.isEmpty {
                        section = .body
                        seg.body += pendingWeb
                        pendingWeb = []
                        seg.body.append(block)
                    } else {
                        seg.notes.append(block)
                    }
                } else {
                    addContactLines(isProse(block) ? [block.joined] : printed(block), to: &seg)
                }
            }
        }
        seg.trailing += pendingWeb.flatMap { $0.lines.map(\.text) }
    }
}
