import Foundation

/// Recovers the logical text of a release from what an extractor or a typist printed: recognises the
/// style, removes page furniture and extraction artefacts, and groups printed lines into blocks.
enum LayoutRecovery {
    typealias Entry = PageFurniture.Entry

    static func recover(_ input: String, format: SourceFormat) -> RecoveredText {
        let cleaned = normalise(input)
        let normalised = ParagraphMarks.removed(cleaned) ?? cleaned
        // Front matter and HTML comments above the text are the page's metadata, not the release.
        let (body, frontMatter) = FrontMatter.split(normalised, markdown: format == .markdown)
        let text = frontMatter == nil ? normalised : String(body)
        var annotations: [String] = []
        var blocks: [LayoutBlock] = []
        var furniture: [String] = []
        var width = 0
        var tight = false
        var footnotes: [String] = []
        // The lines are byte ranges of the text: pages, style and printed lines are read from the bytes, and
        // each printed line becomes a String once. (A newline is always a character boundary in normalised text.)
        let style = TextScan.withBytes(text) { b -> TextStyle in
            let lines = lineRanges(b)
            let u = text.utf8
            func substring(_ r: Range<Int>) -> Substring {
                text[u.index(u.startIndex, offsetBy: r.lowerBound)..<u.index(u.startIndex, offsetBy: r.upperBound)]
            }
            let hasFormFeed = b.baseAddress.map { memchr($0, 0x0C, b.count) != nil } ?? false
            let style = TextStyle.detect(b, lines: lines, hasFormFeed: hasFormFeed, format: format, substring: substring)
            switch style {
            case .markdown:
                blocks = MarkdownBlocks.blocks(lines.map(substring), links: &annotations, title: frontMatter?.title,
                                               subtitle: frontMatter?.subtitle)
                if format.isStructuredDocument { blocks = splitBrokenParagraphs(blocks) }
            case .tika:
                var continued = Set<Int>()
                let pages = tikaPages(b, lines: lines, annotations: &annotations, continued: &continued, substring: substring)
                let cleaned = PageFurniture.remove(from: pages, layout: false)
                furniture = cleaned.furniture
                blocks = withoutSuperscripts(joinedBlocks(cleaned.pages, continued: continued))
            case .pdftotext, .layout, .plain:
                var pages = formFeedPages(b, lines: lines)
                // PDF text without form feeds or paragraph gaps: its few blank lines are where pages meet.
                tight = style == .pdftotext && !hasFormFeed && format != .pdf
                if tight { pages = pages.flatMap(splitAtGaps) }
                var cleaned = PageFurniture.remove(from: pages, layout: style == .layout)
                if style == .pdftotext { letterheadFooter(&cleaned) }
                furniture = cleaned.furniture
                if style != .plain { width = tight ? measure(pages: cleaned.pages) : typicalWidth(pages: cleaned.pages) }
                blocks = joinedBlocks(cleaned.pages, width: width)
                if style != .plain { blocks = withoutSuperscripts(blocks) }
                if style != .plain, let found = Footnotes.extract(blocks) {
                    blocks = found.blocks
                    footnotes = found.notes
                }
                if style == .plain { blocks = unmarkedLists(PlainHeadings.mark(rejoinBroken(withoutTagLines(blocks)))) }
            }
            return style
        }
        blocks = BlockSplitter.split(blocks, style: style, width: width, tight: tight)
        // The evidence serves two repairs only: restoring pdftotext's dropped hyphens, and judging a
        // line-end hyphen in the styles that split words at line ends. Other texts skip collecting it.
        let judged = style != .plain && style != .markdown || format.isStructuredDocument
        let needed = style == .pdftotext
            || (judged && HyphenationEvidence.hasLineEndHyphen(blocks))
        let evidence = needed ? HyphenationEvidence(blocks: blocks, lineEndHyphensJudged: judged)
                              : HyphenationEvidence()
        return RecoveredText(style: style, blocks: blocks, annotations: annotations, furniture: furniture,
                             lineWidth: width, hyphenation: evidence, frontMatter: frontMatter, footnotes: footnotes,
                             fromPageGeometry: format == .pdf)
    }

    /// The ordinal suffixes a PDF prints raised (`1st`, `2nd`, `1er`, `2ème`, `1º`), which extraction puts on a
    /// line of their own: not text.
    static let superscriptSuffixes: Set<String> = ["st", "nd", "rd", "th", "er", "ère", "ème", "e", "º", "ª"]

    /// `blocks` without the lines that hold only a raised ordinal suffix (PDF text), and without blocks left empty.
    static func withoutSuperscripts(_ blocks: [LayoutBlock]) -> [LayoutBlock] {
        // Most texts have none: a line of five bytes or fewer is needed for one.
        guard blocks.contains(where: { $0.lines.contains { $0.text.utf8.count <= 5 } }) else { return blocks }
        var out: [LayoutBlock] = []
        out.reserveCapacity(blocks.count)
        @inline(__always) func isSuperscript(_ l: PrintedLine) -> Bool {
            l.text.utf8.count <= 5 && superscriptSuffixes.contains(TextScan.trim(l.text))
        }
        for var block in blocks {
            // A block without such a line is passed on as it is, its lines not copied.
            guard block.lines.contains(where: isSuperscript) else { out.append(block); continue }
            let kept = block.lines.filter { !isSuperscript($0) }
            guard !kept.isEmpty else { continue }
            block.lines = kept
            out.append(block)
        }
        return out
    }

    /// The byte ranges of the lines of `b` (split at every newline; the last line may be empty).
    static func lineRanges(_ b: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        lines.reserveCapacity(b.count / 40 + 1)
        var start = 0
        if let base = b.baseAddress {
            while start < b.count, let hit = memchr(base + start, 0x0A, b.count - start) {
                let k = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                lines.append(start..<k)
                start = k + 1
            }
        }
        lines.append(start..<b.count)
        return lines
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
        // (A byte-order mark starts with the bytes EF BB BF: other texts skip the Character comparison.)
        if TextScan.withBytes(t, { $0.count >= 3 && $0[0] == 0xEF && $0[1] == 0xBB && $0[2] == 0xBF }), t.hasPrefix("\u{FEFF}") {
            t.removeFirst()
        }
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

    /// A page cut at its gaps (a gap at its top or bottom cuts nothing).
    static func splitAtGaps(_ page: [Entry]) -> [[Entry]] {
        var out: [[Entry]] = [[]]
        for e in page {
            if case .gap = e {
                if !out[out.count - 1].isEmpty { out.append([]) }
            } else {
                out[out.count - 1].append(e)
            }
        }
        if out[out.count - 1].isEmpty { out.removeLast() }
        return out
    }

    /// Pages split at form feeds; blank lines become gaps.
    static func formFeedPages(_ b: UnsafeBufferPointer<UInt8>, lines: [Range<Int>]) -> [[Entry]] {
        var pages: [[Entry]] = []
        var page: [Entry] = []
        page.reserveCapacity(lines.count)
        // A page is kept when it holds a line.
        func endPage() {
            if page.contains(where: { if case .line = $0 { return true } else { return false } }) { pages.append(page) }
            page = []
        }
        for line in lines {
            // Most lines hold no form feed: no parts for them.
            guard let base = b.baseAddress, !line.isEmpty, memchr(base + line.lowerBound, 0x0C, line.count) != nil else {
                if isBlank(b, line) {
                    page.append(.gap)
                } else {
                    page.append(.line(PrintedLine(b, line)))
                }
                continue
            }
            // Parts between form feeds (a form feed is a character of its own).
            var partStart = line.lowerBound
            var k = 0
            while true {
                var partEnd = partStart
                while partEnd < line.upperBound && b[partEnd] != 0x0C { partEnd += 1 }
                let part = partStart..<partEnd
                if k > 0 { endPage() }
                if isBlank(b, part) {
                    if k == 0 || !part.isEmpty { page.append(.gap) }
                } else {
                    page.append(.line(PrintedLine(b, part)))
                }
                k += 1
                guard partEnd < line.upperBound else { break }
                partStart = partEnd + 1
            }
        }
        endPage()
        return pages
    }

    /// Tika: empty lines follow every printed line and mean nothing; whitespace-only lines are paragraph
    /// breaks; a line starting with one space right after a non-empty line starts a new page; lines that
    /// are only a link (no trailing space) are annotations; tab-indented lines at the end are outline titles.
    /// A page that starts right under a body line ending in one space (Tika marks a paragraph's end with
    /// more spaces, a break line, or the page's links) goes on with that paragraph: its index is put in `continued`.
    /// (`lines` are byte ranges of `b`; `substring` gives one as text.)
    static func tikaPages(_ b: UnsafeBufferPointer<UInt8>, lines: [Range<Int>], annotations: inout [String],
                          continued: inout Set<Int>, substring: (Range<Int>) -> Substring) -> [[Entry]] {
        @inline(__always) func firstByte(_ r: Range<Int>) -> UInt8? { r.isEmpty ? nil : b[r.lowerBound] }
        let lastText = lines.lastIndex { !$0.isEmpty && !isBlank(b, $0) && b[$0.lowerBound] != 0x09 } ?? -1
        var pages: [[Entry]] = [[]]
        var emptyRun = 0
        for i in lines.indices {
            let line = lines[i]
            if line.isEmpty { emptyRun += 1; continue }
            defer { emptyRun = 0 }
            if isBlank(b, line) {
                pages[pages.count - 1].append(.gap)
                continue
            }
            if firstByte(line) == 0x09 && i > lastText { continue }
            if isAnnotation(UnsafeBufferPointer(rebasing: b[line])) {
                annotations.append(TextScan.trim(substring(line)))
                continue
            }
            let seam = (firstByte(line) == 0x20 && i > 0 && !lines[i - 1].isEmpty && !isBlank(b, lines[i - 1]))
                || (emptyRun >= 3 && !pages[pages.count - 1].isEmpty)
            if seam {
                if firstByte(line) == 0x20, i > 0, endsInOneSpace(b, lines[i - 1]),
                   !isAnnotation(UnsafeBufferPointer(rebasing: b[lines[i - 1]])) { continued.insert(pages.count) }
                pages.append([])
            }
            pages[pages.count - 1].append(.line(PrintedLine(b, line)))
        }
        if pages[0].isEmpty {
            pages.removeFirst()
            continued = Set(continued.map { $0 - 1 })
        }
        return pages
    }

    /// Whether the bytes `r` of `b` are all whitespace (or none).
    @inline(__always) static func isBlank(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k < r.upperBound { if !TextScan.isSpaceByte(b[k]) { return false }; k += 1 }
        return true
    }

    /// A printed line (the bytes `r` of `b`) ending in exactly one space after its text (`…in the `).
    static func endsInOneSpace(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        guard r.count >= 2, b[r.upperBound - 1] == 0x20 else { return false }
        let x = b[r.upperBound - 2]
        return x != 0x20 && x != 0x09
    }

    /// A Tika link annotation: one `mailto:`/`http(s)://` address alone, no trailing space.
    static func isAnnotation(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        // On bytes: one address alone, no space anywhere, starting with a scheme in any case.
        do {
            guard !b.isEmpty, !b.contains(0x20) else { return false }
            func starts(with scheme: StaticString) -> Bool {
                let n = scheme.utf8CodeUnitCount
                guard b.count >= n else { return false }
                let p = scheme.utf8Start
                for k in 0..<n where b[k] | (ASCII.isUpper(b[k]) ? 0x20 : 0) != p[k] { return false }
                return true
            }
            return starts(with: "mailto:") || starts(with: "http://") || starts(with: "https://")
        }
    }

    /// Concatenates pages and cuts them into blocks at paragraph gaps. A paragraph cut by a page break (no
    /// sentence end before, lower case after, or a page in `continued`) goes on across it; otherwise the
    /// break is a paragraph gap. Where the line width is known (`width` > 0), a page whose last line is full
    /// (the next page's first word would not have fitted on it) goes on too: a paragraph's last line leaves
    /// room, and a page break hides the gap. Gaps at the top and bottom of a page mean nothing.
    static func joinedBlocks(_ pages: [[Entry]], continued: Set<Int> = [], width: Int = 0) -> [LayoutBlock] {
        // First where each block ends (counted in lines), reading lines only at page tops; then each block's
        // lines copied once into an array of the right size.
        var ends: [Int] = []
        ends.reserveCapacity(pages.reduce(1) { $0 + $1.count })
        var count = 0
        var pendingBreak = false
        var last: (page: Int, entry: Int)? = nil
        for index in pages.indices {
            let page = pages[index]
            var atTop = true
            for e in page.indices {
                guard case .line = page[e] else {
                    if !atTop { pendingBreak = true }
                    continue
                }
                if atTop {
                    atTop = false
                    if let last, case .line(let prev) = pages[last.page][last.entry], case .line(let next) = page[e] {
                        pendingBreak = !continues(prev, next, page: index, continued: continued, width: width)
                    }
                }
                if pendingBreak { ends.append(count); pendingBreak = false }
                count += 1
                last = (index, e)
            }
        }
        if count > 0 { ends.append(count) }
        var blocks: [LayoutBlock] = []
        blocks.reserveCapacity(ends.count)
        var current: [PrintedLine] = []
        var k = 0
        var n = 0
        if let first = ends.first { current.reserveCapacity(first) }
        for page in pages {
            for entry in page {
                guard case .line(let l) = entry else { continue }
                current.append(l)
                n += 1
                if n == ends[k] {
                    blocks.append(LayoutBlock(lines: current))
                    k += 1
                    current = []
                    if k < ends.count { current.reserveCapacity(ends[k] - n) }
                }
            }
        }
        return blocks
    }

    /// A PDF's letterhead footer printed once, on a one-page release: the text's last line, an address of four
    /// or more parts set apart by bullets, middle dots or wide spaces, one of them with a number
    /// (`Harbour House • 12 Quay Street • Portlaw 4410 • 555-0100`). It is furniture, not the body's end.
    static func letterheadFooter(_ cleaned: inout (pages: [[Entry]], furniture: [String])) {
        guard let p = cleaned.pages.indices.last, let i = cleaned.pages[p].lastIndex(where: { $0.text != nil }),
              case .line(let line) = cleaned.pages[p][i] else { return }
        let t = line.text
        guard t.utf8.count >= 30, t.utf8.count <= 200, !TextScan.has(t, "@"), ByteTest.hasDigit(t) else { return }
        // Parts: a bullet or a middle dot starts one, and so does text after two spaces or more.
        var parts = 1
        var spaces = 0
        for c in t {
            if c == " " { spaces += 1; continue }
            // (U+F0B7 and its neighbours: a symbol font's bullet, as PDFs print it.)
            if spaces >= 2 || c == "•" || c == "·" || c.unicodeScalars.first.map({ (0xF000...0xF0FF).contains($0.value) }) == true { parts += 1 }
            spaces = 0
        }
        guard parts >= 4 else { return }
        cleaned.pages[p].remove(at: i)
        cleaned.furniture.append(t)
    }

    /// Text copied from a web page keeps the tags around it (`<pre>`, `</pre>`): a line of tags only is no text.
    static func withoutTagLines(_ blocks: [LayoutBlock]) -> [LayoutBlock] {
        guard blocks.contains(where: { $0.lines.contains { isTagLine($0.text) } }) else { return blocks }
        return blocks.compactMap { block in
            let kept = block.lines.filter { !isTagLine($0.text) }
            return kept.isEmpty ? nil : LayoutBlock(lines: kept)
        }
    }

    /// `<pre>`, `</div>`, `<br/>`: one or more HTML tags and nothing else.
    static func isTagLine(_ t: String) -> Bool {
        guard t.utf8.first == 0x3C, t.utf8.last == 0x3E else { return false }
        var rest = t[...]
        while let open = rest.first, open == "<" {
            guard let close = rest.firstIndex(of: ">") else { return false }
            let inner = rest.dropFirst().prefix(upTo: close)
            guard let f = inner.first, f.isLetter || f == "/" || f == "!" else { return false }
            rest = rest[rest.index(after: close)...].drop(while: { $0 == " " })
        }
        return rest.isEmpty
    }

    /// Typed text lists without markers, one item a line under a lead-in (`Results so far:` / `Two new wells`
    /// / `A pump house`): a block that opens with a line ending in `:` (or follows one) and goes on in lines much
    /// shorter than the document's longest is a lead-in and its items, a paragraph each. A contact block (a heading,
    /// addresses, numbers) is not such a list.
    static func unmarkedLists(_ blocks: [LayoutBlock]) -> [LayoutBlock] {
        var longest = 0
        for block in blocks { for l in block.lines where l.text.utf8.count > longest { longest = l.text.utf8.count } }
        guard longest >= 40 else { return blocks }
        var out: [LayoutBlock] = []
        for block in blocks {
            let lines = block.lines
            // The lead-in opens the block, or ends the one before.
            let leadIn = lines[0].text.hasSuffix(":") ? lines[0].text : out.last?.lines.last?.text ?? ""
            guard lines.count >= (leadIn == lines[0].text ? 3 : 2), leadIn.hasSuffix(":"), !BlockSplitter.isSpecial(leadIn),
                  lines.allSatisfy({ l in
                      l.text.utf8.count * 10 <= longest * 6 && !TextScan.has(l.text, "@")
                          && l.text.utf8.filter({ ASCII.isDigit($0) }).count < 5
                  }),
                  !lines.dropFirst().contains(where: { ContactLineShape.isContactLine($0.text) || ListItems.isBareMarker($0.text) }) else {
                out.append(block)
                continue
            }
            for l in lines { out.append(LayoutBlock(lines: [l])) }
        }
        return out
    }

    /// Typed and scanned text: a blank line between a line that stops mid-sentence (on a lower-case word or
    /// a comma) and one that goes on in lower case (`… the sheep export trade was` / `unsustainable.`) is a
    /// scanner's or a typist's break, not a paragraph's end: the paragraph goes on across it.
    static func rejoinBroken(_ blocks: [LayoutBlock]) -> [LayoutBlock] {
        var out: [LayoutBlock] = []
        out.reserveCapacity(blocks.count)
        for block in blocks {
            if let prev = out.last, let last = prev.lines.last?.text, let next = block.lines.first?.text,
               TextScan.startsLowercase(next), !BlockSplitter.isListStart(next),
               let end = last.last, end.isLowercase || end == ",", !TextScan.has(next, "@"),
               TextScan.wordCount(last, atMost: 4) >= 4 {
                out[out.count - 1].lines += block.lines
            } else {
                out.append(block)
            }
        }
        return out
    }

    /// Whether the paragraph ending `prev`, the last line of a page, goes on with `next`, the first line of
    /// page `page`.
    private static func continues(_ prev: PrintedLine, _ next: PrintedLine, page: Int, continued: Set<Int>, width: Int) -> Bool {
        let ends = TextScan.lastMeaningful(prev.text)
        return continued.contains(page) || !(ends == "." || ends == "!" || ends == "?" || ends == ":")
            && (TextScan.startsLowercase(next.text) || (prev.text.hasSuffix("-") && !prev.text.hasSuffix(" -")))
            || width > 0 && TextScan.length(prev.text) + 1 + TextScan.length(TextScan.firstWord(next.text)) > width
                && !BlockSplitter.isSpecial(next.text)
                && !(TextScan.endsSentence(prev.text) && next.text.first.map { $0 == "“" || $0 == "\"" || $0 == "«" || $0 == "„" } == true)
                && !(TextScan.endsSentence(prev.text) && headsPage(next.text, width: width))
    }

    /// A section heading at the top of a page (`Early Results and Next Steps`), under a page whose full last line
    /// ends a sentence: a short line that opens with a capital and ends no sentence or clause, eight words at
    /// most, no comma, not stopping on a joining word or holding a web address. A paragraph that ran on over the
    /// page would go on with a full line, and one that ended there would end as its sentences do; the heading
    /// opens a block of its own.
    static func headsPage(_ text: String, width: Int) -> Bool {
        guard Double(TextScan.length(text)) <= Double(width) * 0.6, TextScan.startsUppercaseOrQuote(text),
              !TextScan.endsSentence(text), !BlockSplitter.endsOnJoiningMark(text), !TextScan.hasByte(text, 0x2C),
              TextScan.wordCount(text, atMost: 9) <= 8, !TextScan.hasByte(text, 0x40) else { return false }
        if ReleaseLexicon.nameJoiners.contains(Fold.line(TextScan.lastWord(text))) { return false }
        // (`Visit Acme.example` ends a paragraph without a full stop: an address is no heading.)
        return !TextScan.has(text, "http") && !TextScan.has(text, "www.") && !BlockSplitter.endsWithWebAddress(text)
    }

    /// The length of a full body line in text without paragraph gaps, where lists of short lines (names and
    /// titles, contact blocks) may outnumber the body's lines: the longest of the lines near the upper quartile
    /// of lengths, so that neither the short lines nor a joined or footer line set it.
    /// A web page's or Word file's paragraphs whose lines are cut by breaks (`<br>`, `w:br`): text pasted from
    /// a PDF, several paragraphs and a contact block in one `<p>`. They are split as pdftotext's blocks are,
    /// at the measure of those lines (a short line that ends a sentence ends a paragraph; a list item, a
    /// contact line, an end mark stand apart). Paragraphs of one line each are left as they are.
    static func splitBrokenParagraphs(_ blocks: [LayoutBlock]) -> [LayoutBlock] {
        var lengths: [Int] = []
        for b in blocks where b.lines.count >= 2 && b.heading == 0 && !b.bullet {
            for l in b.lines where l.text.utf8.count >= 30 { lengths.append(TextScan.length(l.text)) }
        }
        guard lengths.count >= 4 else { return blocks }
        lengths.sort()
        let median = lengths[lengths.count / 2]
        let width = lengths.filter { Double($0) <= Double(median) * 1.2 }.last ?? median
        return BlockSplitter.split(blocks, style: .pdftotext, width: width)
    }

    static func measure(pages: [[Entry]]) -> Int {
        var lengths: [Int] = []
        for page in pages {
            for e in page {
                guard let text = e.text, text.utf8.count >= 30 else { continue }
                let n = TextScan.length(text)
                if n >= 30 { lengths.append(n) }
            }
        }
        guard !lengths.isEmpty else { return 0 }
        lengths.sort()
        let quartile = lengths[lengths.count * 3 / 4]
        return lengths.last { Double($0) <= Double(quartile) * 1.1 } ?? quartile
    }

    /// The length of a full body line, from the lines of the document (ignoring lines that poppler
    /// made longer by rejoining a hyphenated word).
    static func typicalWidth(pages: [[Entry]]) -> Int {
        var lengths: [Int] = []
        lengths.reserveCapacity(pages.reduce(0) { $0 + $1.count })
        for page in pages {
            for i in page.indices {
                // (A line of fewer than 30 bytes has fewer than 30 characters: no need to count them.)
                guard let text = page[i].text, text.utf8.count >= 30 else { continue }
                let n = TextScan.length(text)
                if n >= 30 { lengths.append(n) }
            }
        }
        guard !lengths.isEmpty else { return 0 }
        lengths.sort()
        let median = lengths[lengths.count / 2]
        // (Sorted: the last length within the bound is the longest, found without filtering into an array.)
        return lengths.last { Double($0) <= Double(median) * 1.2 } ?? median
    }
}
