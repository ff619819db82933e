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
    /// Web and social lines after the body.
    var trailing: [String] = []
    /// `Issued on …` lines.
    var issued: [String] = []
}

struct ReleaseSegmenter {
    let text: RecoveredText
    let hints: DateHints

    private var isPDFStyle: Bool { text.style == .pdftotext || text.style == .layout }

    func segment() -> ReleaseSegments {
        var seg = ReleaseSegments()
        let blocks = text.blocks
        guard !blocks.isEmpty else { return seg }
        var next = 0
        var rest: [PrintedLine] = []

        if text.style == .markdown, let h = blocks.prefix(12).firstIndex(where: { $0.heading == 1 }) {
            for block in blocks[..<h] { for line in block.lines { seg.header += items(for: line) } }
            seg.title = [blocks[h].joined]
            next = h + 1
        } else {
            let start = titleStart(blocks, header: &seg.header)
            guard start.block < blocks.count else { return seg }
            let block = blocks[start.block]
            let lines = Array(block.lines.dropFirst(start.line))
            if block.heading > 0 || !isPDFStyle {
                seg.title = lines.map(\.text)
            } else {
                let n = continuationCount(lines.map(\.text), maxLines: 4)
                seg.title = lines.prefix(n).map(\.text)
                rest = Array(lines.dropFirst(n))
            }
            next = start.block + 1
        }

        // The standfirst.
        if !rest.isEmpty {
            let texts = rest.map(\.text)
            let n = continuationCount(texts, maxLines: 3)
            let candidate = Array(texts.prefix(n))
            if isSubtitle(candidate, followedByMore: rest.count > n || next < blocks.count) {
                seg.subtitle = candidate
                rest = Array(rest.dropFirst(n))
            }
        } else {
            next = skipMeta(blocks, from: next, into: &seg.header)
            if next < blocks.count, next + 1 < blocks.count {
                let b = blocks[next]
                let texts = b.lines.map(\.text)
                let marked = text.style != .markdown || b.heading >= 2 || b.emphasis
                if marked, b.heading != 1, texts.count <= 3, isSubtitle(texts, followedByMore: true) {
                    seg.subtitle = texts
                    next += 1
                }
            }
            next = skipMeta(blocks, from: next, into: &seg.header)
        }

        var bodyBlocks: [LayoutBlock] = []
        if !rest.isEmpty { bodyBlocks.append(LayoutBlock(lines: rest)) }
        if next < blocks.count { bodyBlocks += blocks[next...] }
        splitTail(bodyBlocks, into: &seg)
        return seg
    }

    // MARK: - Header

    private func items(for line: PrintedLine) -> [ReleaseSegments.HeaderItem] {
        if text.style == .layout {
            let cells = TextScan.cells(line.raw)
            if cells.count >= 2 {
                return cells.enumerated().map { i, c in
                    ReleaseSegments.HeaderItem(text: c, role: HeaderRole.classify(c, hints: hints), isCell: true, isFirstCell: i == 0)
                }
            }
        }
        return [ReleaseSegments.HeaderItem(text: line.text, role: HeaderRole.classify(line.text, hints: hints))]
    }

    /// A line of body prose (long, or a long sentence), which ends the search for header lines.
    private func isProseLine(_ t: String) -> Bool {
        let n = TextScan.length(t)
        return n > 160 || (n > 90 && TextScan.endsSentence(t) && !TextScan.isAllCaps(t))
    }

    /// Where the headline starts: after the last kind, release or date line near the top.
    private func titleStart(_ blocks: [LayoutBlock], header: inout [ReleaseSegments.HeaderItem]) -> (block: Int, line: Int) {
        var positions: [(block: Int, line: Int, items: [ReleaseSegments.HeaderItem])] = []
        scan: for (bi, block) in blocks.enumerated() {
            if block.bullet { break }
            for (li, line) in block.lines.enumerated() {
                if positions.count >= 14 || isProseLine(line.text) || BlockSplitter.isSpecial(line.text) { break scan }
                positions.append((bi, li, items(for: line)))
            }
        }
        var lastMeta = -1
        var plainRun = 0
        for (i, p) in positions.enumerated() {
            if p.items.contains(where: { $0.role.isMeta }) {
                lastMeta = i
                plainRun = 0
            } else {
                plainRun += 1
                // Two lines of headline after the header lines: later dates belong to the body.
                if lastMeta >= 0 && plainRun >= 2 { break }
            }
        }
        for p in positions.prefix(lastMeta + 1) { header += p.items }
        if lastMeta + 1 < positions.count {
            let p = positions[lastMeta + 1]
            return (p.block, p.line)
        }
        if let last = positions.last {
            // Only header lines before the prose: the headline is the next block.
            return (last.block + 1, 0)
        }
        return (0, 0)
    }

    /// Blocks right after the headline that hold only header lines (a date or release line printed
    /// under the headline).
    private func skipMeta(_ blocks: [LayoutBlock], from start: Int, into header: inout [ReleaseSegments.HeaderItem]) -> Int {
        var i = start
        while i < blocks.count, blocks[i].lines.count <= 3, i + 1 < blocks.count {
            let its = blocks[i].lines.flatMap { items(for: $0) }
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
    func continuationCount(_ lines: [String], maxLines: Int) -> Int {
        guard !lines.isEmpty else { return 0 }
        var n = 1
        while n < lines.count, n < maxLines {
            let prev = lines[n - 1]
            let next = lines[n]
            if BlockSplitter.isSpecial(next) || ReleaseLexicon.listMarkerLength(next) != nil { break }
            if Dateline.split(next, hints: hints) != nil { break }
            if HeaderRole.classify(next, hints: hints).isMeta { break }
            let nextStart = next.first
            var continues = false
            if nextStart?.isLowercase == true || nextStart?.isNumber == true {
                continues = true
            } else if let last = prev.last, ",-–—:&/+".contains(last) {
                continues = true
            } else if ReleaseLexicon.continuingWords.contains(TextScan.fold(TextScan.lastWord(prev))) {
                continues = true
            } else if hasOpenQuote(lines[..<n].joined(separator: " ")) {
                continues = true
            } else if TextScan.isAllCaps(prev) && TextScan.isAllCaps(next) {
                continues = true
            } else if next.split(separator: " ").count <= 2 && !TextScan.endsSentence(next) && n + 1 < lines.count
                        && TextScan.startsLowercase(lines[n + 1]) {
                continues = true
            }
            if !continues { break }
            n += 1
        }
        return n
    }

    private func hasOpenQuote(_ s: String) -> Bool {
        var curly = 0, guillemets = 0, straight = 0, low = 0
        for c in s {
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
        return curly > 0 || guillemets > 0 || low > 0 || straight % 2 == 1
    }

    /// A standfirst: short, not a sentence that ends with a full stop, not a dateline, a heading or a list item.
    private func isSubtitle(_ lines: [String], followedByMore: Bool) -> Bool {
        guard followedByMore, let last = lines.last, let first = lines.first else { return false }
        let joined = TextScan.collapse(lines.joined(separator: " "))
        guard !joined.isEmpty, joined.count <= 260, !TextScan.endsSentence(joined) else { return false }
        guard !last.hasSuffix(","), !last.hasSuffix(":") else { return false }
        if BlockSplitter.isSpecial(first) || ReleaseLexicon.listMarkerLength(first) != nil { return false }
        if Dateline.split(joined, hints: hints) != nil { return false }
        if HeaderRole.classify(first, hints: hints).isMeta { return false }
        if ContactParser.isContactLine(first) || ReleaseLexicon.isWebOrSocialLine(first) { return false }
        if ReleaseLexicon.continuingWords.contains(TextScan.fold(TextScan.lastWord(last))) { return false }
        if text.lineWidth > 0, lines.contains(where: { Double($0.count) > Double(text.lineWidth) * 1.1 }) { return false }
        return true
    }

    // MARK: - Body and tail

    private enum Section { case body, notes, contacts, closed }

    private func isProse(_ block: LayoutBlock) -> Bool {
        let n = block.lines.reduce(0) { $0 + TextScan.length($1.text) + 1 }
        let long = n > 220 || (n > 100 && TextScan.endsSentence(block.lines.last?.text ?? ""))
        guard long else { return false }
        // Lines with addresses or phone numbers are a contact block, however long.
        let contactData = block.lines.filter { TextScan.has($0.text, "@") || TextScan.digitCount($0.text) >= 7 }.count
        return contactData < 2
    }

    private func looksLikeContacts(_ block: LayoutBlock) -> Bool {
        if isProse(block) { return false }
        guard block.lines.count <= 12 else { return false }
        let n = block.lines.filter { ContactParser.isContactLine($0.text) }.count
        return n > 0 && n * 2 >= block.lines.count
    }

    private func printed(_ block: LayoutBlock) -> [String] {
        text.style == .layout ? block.lines.map(\.raw) : block.lines.map(\.text)
    }

    private func splitTail(_ blocks: [LayoutBlock], into seg: inout ReleaseSegments) {
        var section = Section.body
        var pendingWeb: [LayoutBlock] = []
        for block in blocks {
            guard let first = block.lines.first?.text else { continue }
            let single = block.lines.count == 1
            if single && ReleaseLexicon.isEndMark(first) {
                section = .closed
                continue
            }
            if single || block.heading > 0 {
                if ReleaseLexicon.isNotesHeading(first) {
                    seg.notesHeadings.append(first)
                    section = .notes
                    continue
                }
                if ReleaseLexicon.isContactHeading(first) && !ReleaseLexicon.inlineContactHeading(first) {
                    seg.contactLines.append(first)
                    section = .contacts
                    continue
                }
            }
            if ReleaseLexicon.isIssuedLine(first) {
                seg.issued.append(first)
                if section == .body { section = .closed }
                continue
            }
            if block.lines.allSatisfy({ ReleaseLexicon.isWebOrSocialLine($0.text) }) {
                if section == .body { pendingWeb.append(block) } else { seg.trailing += block.lines.map(\.text) }
                continue
            }
            if ReleaseLexicon.inlineContactHeading(first) || (looksLikeContacts(block) && (section != .body || !seg.body.isEmpty)) {
                seg.contactLines += printed(block)
                section = .contacts
                continue
            }
            switch section {
            case .body:
                seg.body += pendingWeb
                pendingWeb = []
                seg.body.append(block)
            case .notes:
                seg.notes.append(block)
            case .contacts, .closed:
                if isProse(block) { seg.notes.append(block) } else { seg.contactLines += printed(block) }
            }
        }
        seg.trailing += pendingWeb.flatMap { $0.lines.map(\.text) }
    }
}
