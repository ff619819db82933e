import Foundation

/// Recovers the logical text of a release from what an extractor or a typist printed: recognises the
/// style, removes page furniture and extraction artefacts, and groups printed lines into blocks.
enum LayoutRecovery {
    typealias Entry = PageFurniture.Entry

    static func recover(_ input: String, format: SourceFormat) -> RecoveredText {
        let text = normalise(input)
        var rawLines: [Substring] = []
        rawLines.reserveCapacity(text.utf8.count / 40 + 1)
        // Split at newline bytes (a newline is always a character boundary in normalised text).
        let u = text.utf8
        let newlines: [Int] = TextScan.withBytes(text) { TextScan.offsets(of: 0x0A, in: $0) }
        var lineStart = u.startIndex
        for offset in newlines {
            let end = u.index(u.startIndex, offsetBy: offset)
            rawLines.append(text[lineStart..<end])
            lineStart = u.index(after: end)
        }
        rawLines.append(text[lineStart..<u.endIndex])
        let hasFormFeed = TextScan.hasByte(text, 0x0C)
        let style = TextStyle.detect(lines: rawLines, hasFormFeed: hasFormFeed, format: format)

        var annotations: [String] = []
        var blocks: [LayoutBlock]
        var furniture: [String] = []
        var width = 0
        switch style {
        case .markdown:
            blocks = MarkdownBlocks.blocks(rawLines, links: &annotations)
        case .tika:
            var continued = Set<Int>()
            let pages = tikaPages(rawLines, annotations: &annotations, continued: &continued)
            let cleaned = PageFurniture.remove(from: pages, layout: false)
            furniture = cleaned.furniture
            blocks = splitOnGaps(joinPages(cleaned.pages, continued: continued))
        case .pdftotext, .layout, .plain:
            let pages = formFeedPages(rawLines)
            let cleaned = PageFurniture.remove(from: pages, layout: style == .layout)
            furniture = cleaned.furniture
            if style != .plain { width = typicalWidth(cleaned.pages.flatMap { $0 }) }
            blocks = splitOnGaps(joinPages(cleaned.pages, width: width))
        }
        blocks = BlockSplitter.split(blocks, style: style, width: width)
        // The evidence serves two repairs only: restoring pdftotext's dropped hyphens, and judging a
        // line-end hyphen in the styles that split words at line ends. Other texts skip collecting it.
        let judged = style != .plain && style != .markdown
        let needed = style == .pdftotext
            || (judged && blocks.contains { $0.lines.contains { $0.text.utf8.last == 0x2D } })
        let evidence = needed ? HyphenationEvidence(blocks: blocks, lineEndHyphensJudged: judged)
                              : HyphenationEvidence()
        return RecoveredText(style: style, blocks: blocks, annotations: annotations, furniture: furniture,
                             lineWidth: width, hyphenation: evidence)
    }

    /// Defensive normalisation (the reader normally did it): line ends, byte-order mark, no-break spaces.
    static func normalise(_ text: String) -> String {
        var t = text
        if TextScan.hasByte(t, 0x0D) {
            // CRLF and lone CR to LF, on bytes (Foundation's replacingOccurrences is slow on Linux).
            var out: [UInt8] = []
            out.reserveCapacity(t.utf8.count)
            var afterCR = false
            for b in t.utf8 {
                if b == 0x0A && afterCR { afterCR = false; continue }
                afterCR = b == 0x0D
                out.append(afterCR ? 0x0A : b)
            }
            t = String(decoding: out, as: UTF8.self)
        }
        if t.hasPrefix("\u{FEFF}") { t.removeFirst() }
        let hasNoBreakSpace = TextScan.withBytes(t) { b -> Bool in
            // U+00A0 is C2 A0, U+2007 is E2 80 87, U+202F is E2 80 AF.
            for i in TextScan.offsets(of: 0xC2, in: b) where i + 1 < b.count && b[i + 1] == 0xA0 { return true }
            for i in TextScan.offsets(of: 0xE2, in: b) where i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0x87 || b[i + 2] == 0xAF) {
                return true
            }
            return false
        }
        if hasNoBreakSpace {
            t = String(String.UnicodeScalarView(t.unicodeScalars.map {
                $0 == "\u{A0}" || $0 == "\u{2007}" || $0 == "\u{202F}" ? " " : $0
            }))
        }
        return t
    }

    // MARK: - Pages

    /// Pages split at form feeds; blank lines become gaps.
    static func formFeedPages(_ lines: [Substring]) -> [[Entry]] {
        var pages: [[Entry]] = [[]]
        for line in lines {
            // Most lines hold no form feed: no array of parts for them.
            guard TextScan.hasByte(line, 0x0C) else {
                if TextScan.isBlank(line) {
                    pages[pages.count - 1].append(.gap)
                } else {
                    pages[pages.count - 1].append(.line(PrintedLine(line: line)))
                }
                continue
            }
            var parts = line.split(separator: "\u{0C}", omittingEmptySubsequences: false)[...]
            if parts.isEmpty { parts = [line] }
            for (k, part) in parts.enumerated() {
                if k > 0 { pages.append([]) }
                if TextScan.isBlank(part) {
                    if k == 0 || !part.isEmpty { pages[pages.count - 1].append(.gap) }
                } else {
                    pages[pages.count - 1].append(.line(PrintedLine(line: part)))
                }
            }
        }
        return pages.filter { page in page.contains { if case .line = $0 { return true } else { return false } } }
    }

    /// Tika: empty lines follow every printed line and mean nothing; whitespace-only lines are paragraph
    /// breaks; a line starting with one space right after a non-empty line starts a new page; lines that
    /// are only a link (no trailing space) are annotations; tab-indented lines at the end are outline titles.
    /// A page that starts right under a body line ending in one space (Tika marks a paragraph's end with
    /// more spaces, a break line, or the page's links) goes on with that paragraph: its index is put in `continued`.
    static func tikaPages(_ lines: [Substring], annotations: inout [String], continued: inout Set<Int>) -> [[Entry]] {
        let lastText = lines.lastIndex { !$0.isEmpty && !TextScan.isBlank($0) && firstByte($0) != 0x09 } ?? -1
        var pages: [[Entry]] = [[]]
        var emptyRun = 0
        for (i, line) in lines.enumerated() {
            if line.isEmpty { emptyRun += 1; continue }
            defer { emptyRun = 0 }
            if TextScan.isBlank(line) {
                pages[pages.count - 1].append(.gap)
                continue
            }
            if firstByte(line) == 0x09 && i > lastText { continue }
            if isAnnotation(line) {
                annotations.append(TextScan.trim(line))
                continue
            }
            let seam = (firstByte(line) == 0x20 && i > 0 && !lines[i - 1].isEmpty && !TextScan.isBlank(lines[i - 1]))
                || (emptyRun >= 3 && !pages[pages.count - 1].isEmpty)
            if seam {
                if firstByte(line) == 0x20, i > 0, endsInOneSpace(lines[i - 1]), !isAnnotation(lines[i - 1]) { continued.insert(pages.count) }
                pages.append([])
            }
            pages[pages.count - 1].append(.line(PrintedLine(line: line)))
        }
        if pages[0].isEmpty {
            pages.removeFirst()
            continued = Set(continued.map { $0 - 1 })
        }
        return pages
    }

    /// A printed line ending in exactly one space after its text (`…in the `).
    static func endsInOneSpace(_ line: Substring) -> Bool {
        let u = line.utf8
        guard u.count >= 2, u.last == 0x20 else { return false }
        let b = u[u.index(u.endIndex, offsetBy: -2)]
        return b != 0x20 && b != 0x09
    }

    /// A Tika link annotation: one `mailto:`/`http(s)://` address alone, no trailing space.
    static func isAnnotation(_ line: Substring) -> Bool {
        // On bytes: one address alone, no space anywhere, starting with a scheme in any case.
        TextScan.withBytes(line) { b in
            guard !b.isEmpty, !b.contains(0x20) else { return false }
            func starts(with scheme: StaticString) -> Bool {
                let n = scheme.utf8CodeUnitCount
                guard b.count >= n else { return false }
                let p = scheme.utf8Start
                for k in 0..<n where b[k] | (b[k] &- 0x41 < 26 ? 0x20 : 0) != p[k] { return false }
                return true
            }
            return starts(with: "mailto:") || starts(with: "http://") || starts(with: "https://")
        }
    }

    /// The first byte of `line` (a tab or a space is a whole character in normalised text).
    @inline(__always) private static func firstByte(_ line: Substring) -> UInt8? { line.utf8.first }

    /// Concatenates pages. A paragraph cut by a page break (no sentence end before, lower case after, or
    /// a page in `continued`) goes on across it; otherwise the break is a paragraph gap. Where the line
    /// width is known (`width` > 0), a page whose last line is full (the next page's first word would not
    /// have fitted on it) goes on too: a paragraph's last line leaves room, and a page break hides the gap.
    static func joinPages(_ pages: [[Entry]], continued: Set<Int> = [], width: Int = 0) -> [Entry] {
        var out: [Entry] = []
        for (index, page) in pages.enumerated() {
            var body = page[...]
            while let first = body.first, first == .gap { body = body.dropFirst() }
            guard !body.isEmpty else { continue }
            if !out.isEmpty {
                while let last = out.last, last == .gap { out.removeLast() }
                var continues = false
                if case .line(let prev) = out.last, case .line(let next) = body.first {
                    let ends = TextScan.lastMeaningful(prev.text)
                    continues = continued.contains(index) || !(ends == "." || ends == "!" || ends == "?" || ends == ":")
                        && (TextScan.startsLowercase(next.text) || (prev.text.hasSuffix("-") && !prev.text.hasSuffix(" -")))
                        || width > 0 && TextScan.length(prev.text) + 1 + TextScan.length(TextScan.firstWord(next.text)) > width
                            && !BlockSplitter.isSpecial(next.text)
                            && !(TextScan.endsSentence(prev.text) && next.text.first.map { $0 == "“" || $0 == "\"" || $0 == "«" || $0 == "„" } == true)
                }
                if !continues { out.append(.gap) }
            }
            out.append(contentsOf: body)
        }
        return out
    }

    static func splitOnGaps(_ entries: [Entry]) -> [LayoutBlock] {
        var blocks: [LayoutBlock] = []
        var current: [PrintedLine] = []
        for e in entries {
            switch e {
            case .gap:
                if !current.isEmpty { blocks.append(LayoutBlock(lines: current)); current = [] }
            case .line(let l):
                current.append(l)
            }
        }
        if !current.isEmpty { blocks.append(LayoutBlock(lines: current)) }
        return blocks
    }

    /// The length of a full body line, from the lines of the document (ignoring lines that poppler
    /// made longer by rejoining a hyphenated word).
    static func typicalWidth(_ entries: [Entry]) -> Int {
        var lengths: [Int] = []
        for e in entries {
            guard case .line(let l) = e else { continue }
            // (A line of fewer than 30 bytes has fewer than 30 characters: no need to count them.)
            guard l.text.utf8.count >= 30 else { continue }
            let n = TextScan.length(l.text)
            if n >= 30 { lengths.append(n) }
        }
        guard !lengths.isEmpty else { return 0 }
        lengths.sort()
        let median = lengths[lengths.count / 2]
        let normal = lengths.filter { Double($0) <= Double(median) * 1.2 }
        return normal.last ?? median
    }
}
