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

    /// Recognises the style of `text` (already split into `lines`) from the marks each extractor leaves.
    static func detect(lines: [Substring], hasFormFeed: Bool, format: SourceFormat) -> TextStyle {
        if format == .markdown { return .markdown }
        var textLines = 0
        var followedByEmpty = 0
        var whitespaceOnly = 0
        var trailingSpace = 0
        var wideGaps = 0
        var deepIndent = 0
        var markdownMarks = 0
        for (i, line) in lines.enumerated() {
            if line.isEmpty { continue }
            // One pass over the line's bytes: blank or not, indent, a column gap after the indent.
            let (blank, lead, gap) = TextScan.withBytes(line) { b -> (Bool, Int, Bool) in
                var lead = 0
                while lead < b.count, b[lead] == 0x20 || b[lead] == 0x09 { lead += 1 }
                var k = lead
                while k < b.count, TextScan.isSpaceByte(b[k]) { k += 1 }
                if k == b.count { return (true, lead, false) }
                return (false, lead, Self.hasColumnGap(b, after: lead))
            }
            if blank { whitespaceOnly += 1; continue }
            textLines += 1
            if i + 1 < lines.count, lines[i + 1].isEmpty { followedByEmpty += 1 }
            if line.utf8.last == 0x20 { trailingSpace += 1 }
            if lead >= 12 { deepIndent += 1 }
            if gap { wideGaps += 1 }
            if let b = line.utf8.first, b == 0x23 || b == 0x2A, line.hasPrefix("# ") || line.hasPrefix("## ") || (line.hasPrefix("**") && line.hasSuffix("**")) {
                markdownMarks += 1
            }
        }
        guard textLines > 0 else { return format == .pdf ? .pdftotext : .plain }
        let emptyRatio = Double(followedByEmpty) / Double(textLines)
        let trailingRatio = Double(trailingSpace) / Double(textLines)
        if emptyRatio >= 0.6 && (whitespaceOnly >= 2 || trailingRatio >= 0.4) { return .tika }
        if wideGaps + deepIndent >= 2 { return .layout }
        if hasFormFeed || format == .pdf { return .pdftotext }
        if markdownMarks >= 1 && lines.contains(where: { $0.hasPrefix("# ") }) { return .markdown }
        return .plain
    }
}
