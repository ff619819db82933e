/// The extractor (or typist) that produced a release's text. Each leaves different debris, so
/// layout recovery reads each differently.
public enum TextStyle: String, Sendable, CaseIterable {
    /// Apache Tika: an empty line after every printed line, paragraph breaks as whitespace-only lines,
    /// link annotations after each page, outline titles tab-indented at the end.
    case tika
    /// poppler `pdftotext` (default mode): form feeds between pages, page furniture, sometimes no blank
    /// line between paragraphs, line-end hyphens already removed.
    case pdftotext
    /// `pdftotext -layout`: columns kept with runs of spaces, centred and right-aligned lines.
    case layout
    /// Typed text: blank lines between paragraphs, one paragraph a line or hard-wrapped.
    case plain
    /// Markdown.
    case markdown

    /// Whether `b` holds, after the text starting at `start` (not a space), a run of five or more spaces
    /// followed by more text. Probes every fifth byte: any run of five spaces covers one probe.
    static func hasColumnGap(_ b: UnsafeBufferPointer<UInt8>, after start: Int) -> Bool {
        var j = start + 5
        while j < b.count {
            if b[j] != 0x20 { j += 5; continue }
            var s = j, e = j + 1
            while b[s - 1] == 0x20 { s -= 1 }
            while e < b.count, b[e] == 0x20 { e += 1 }
            if e - s >= 5 && e < b.count { return true }
            j = e + 5
        }
        return false
    }

    /// A blank line (whitespace only, or nothing).
    private static func isBlankLine(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k < r.upperBound { if !TextScan.isSpaceByte(b[k]) { return false }; k += 1 }
        return true
    }

    /// Text a PDF extractor printed without paragraph gaps (pdfplumber, some scrapers): lines wrapped at one
    /// measure (the long lines within a third of each other's length) and hardly a blank line among them.
    /// Typed text has blank lines between paragraphs, or one long line a paragraph of any length.
    static func isTightlyWrapped(textLines: Int, followedByBlank: Int, longLengths: [Int]) -> Bool {
        guard textLines >= 12, followedByBlank * 8 <= textLines, longLengths.count * 4 >= textLines else { return false }
        let sorted = longLengths.sorted()
        let median = sorted[sorted.count / 2]
        // (The longest few may be a footer or a line the extractor joined.)
        let high = sorted[max(0, sorted.count - 1 - sorted.count / 10)]
        return median <= 140 && Double(high) <= Double(median) * 1.35
    }

    /// Recognises the style of a text (its bytes `b`, split into `lines`, byte ranges of `b`) from the marks
    /// each extractor leaves. `substring` gives a line as text, for the markdown marks, compared as characters.
    static func detect(_ b: UnsafeBufferPointer<UInt8>, lines: [Range<Int>], hasFormFeed: Bool, format: SourceFormat,
                       substring: (Range<Int>) -> Substring) -> TextStyle {
        // The readers of web pages and Word files write the document's structure as markdown (`LogicalMarkdown`).
        if format == .markdown || format.isStructuredDocument { return .markdown }
        var textLines = 0
        var followedByEmpty = 0
        var whitespaceOnly = 0
        var trailingSpace = 0
        var wideGaps = 0
        var deepIndent = 0
        var markdownMarks = 0
        // The lengths of lines of 50 bytes or more, for telling text wrapped at a measure.
        var longLengths: [Int] = []
        longLengths.reserveCapacity(lines.count)
        for i in lines.indices {
            let line = lines[i]
            if line.isEmpty { continue }
            // One pass over the line's bytes: blank or not, indent, a column gap after the indent.
            let slice = UnsafeBufferPointer(rebasing: b[line])
            var lead = 0
            while lead < slice.count, slice[lead] == 0x20 || slice[lead] == 0x09 { lead += 1 }
            var k = lead
            while k < slice.count, TextScan.isSpaceByte(slice[k]) { k += 1 }
            if k == slice.count { whitespaceOnly += 1; continue }
            textLines += 1
            if slice.count - lead >= 50 { longLengths.append(slice.count - lead) }
            if i + 1 < lines.count, lines[i + 1].isEmpty || isBlankLine(b, lines[i + 1]) { followedByEmpty += 1 }
            if slice[slice.count - 1] == 0x20 { trailingSpace += 1 }
            if lead >= 12 { deepIndent += 1 }
            if Self.hasColumnGap(slice, after: lead) { wideGaps += 1 }
            if slice[0] == 0x23 || slice[0] == 0x2A {
                let t = substring(line)
                if t.hasPrefix("# ") || t.hasPrefix("## ") || (t.hasPrefix("**") && t.hasSuffix("**")) { markdownMarks += 1 }
            }
        }
        guard textLines > 0 else { return format == .pdf ? .pdftotext : .plain }
        let emptyRatio = Double(followedByEmpty) / Double(textLines)
        let trailingRatio = Double(trailingSpace) / Double(textLines)
        if emptyRatio >= 0.6 && (whitespaceOnly >= 2 || trailingRatio >= 0.4) { return .tika }
        if wideGaps + deepIndent >= 2 { return .layout }
        if hasFormFeed || format == .pdf { return .pdftotext }
        if isTightlyWrapped(textLines: textLines, followedByBlank: followedByEmpty, longLengths: longLengths) { return .pdftotext }
        if markdownMarks >= 1 && lines.contains(where: { !$0.isEmpty && b[$0.lowerBound] == 0x23 && substring($0).hasPrefix("# ") }) {
            return .markdown
        }
        return .plain
    }
}
