/// Splits blocks where the extractor left no blank line: before list items, around end marks and
/// section headings, and (pdftotext) between paragraphs printed without spacing, told by a short last
/// line that ends a sentence.
enum BlockSplitter {
    static func split(_ blocks: [LayoutBlock], style: TextStyle, width: Int) -> [LayoutBlock] {
        var out: [LayoutBlock] = []
        out.reserveCapacity(blocks.count)
        // Where the extractor printed paragraph gaps, a missing gap is rare: split only on clearly short
        // lines. Where it printed none, any line that leaves room for the next word ends a paragraph.
        let spacedParagraphs = blocks.filter { $0.lines.count >= 2 && TextScan.endsSentence($0.lines.last?.text ?? "") }.count >= 3
        let fill = spacedParagraphs ? 0.88 : 1.0
        for block in blocks {
            if block.heading > 0 || block.lines.count <= 1 && !isListStart(block.lines.first?.text ?? "") || style == .markdown {
                out.append(block)
                continue
            }
            var current = LayoutBlock(lines: [])
            var prevSpecial = false
            for (k, line) in block.lines.enumerated() {
                let special = isSpecial(line.text)
                var startNew = false
                if k > 0, let prev = current.lines.last {
                    if isListStart(line.text) {
                        // A dash after an unfinished line is a dash, not a list marker (`… 217 05` / `– ricci@…`);
                        // a number after an unfinished full line is a number in the sentence (`… who` / `77. Education …`).
                        let dash = line.text.first.map { "–—-".contains($0) } ?? false
                        let number = line.text.first?.isNumber ?? false
                        let p = prev.text
                        let full = width > 0 ? TextScan.length(p) + 1 + TextScan.length(TextScan.firstWord(line.text)) > width : TextScan.length(p) >= 50
                        startNew = !(dash || number && full) || current.bullet || p.hasSuffix(":") || p.hasSuffix(";") || TextScan.endsSentence(p)
                    } else if prevSpecial {
                        startNew = true
                    } else if special {
                        let p = prev.text
                        startNew = TextScan.endsSentence(p) || p.hasSuffix(":") || isSpecial(p) || TextScan.length(p) < 50
                    } else if style == .pdftotext || style == .layout {
                        startNew = paragraphEnds(after: prev.text, next: line.text, width: width, fill: fill)
                    }
                }
                if startNew, !current.lines.isEmpty {
                    out.append(current)
                    current = LayoutBlock(lines: [])
                }
                if current.lines.isEmpty, let markerLength = ReleaseLexicon.listMarkerLength(line.text) {
                    current.bullet = true
                    let text = TextScan.trim(line.text.dropFirst(markerLength))
                    current.lines.append(PrintedLine(raw: line.raw, text: text))
                } else {
                    current.lines.append(line)
                }
                prevSpecial = special
            }
            if !current.lines.isEmpty { out.append(current) }
        }
        return out
    }

    static func isListStart(_ text: String) -> Bool { ReleaseLexicon.listMarkerLength(text) != nil }

    /// Lines that always stand alone: end marks, section headings, `Issued on …`.
    static func isSpecial(_ text: String) -> Bool {
        // Past 360 bytes: no end mark (200 at most), heading or `Issued` line.
        guard text.utf8.count <= 360 else { return false }
        if let answer = TextScan.withBytes(text, { SpecialLineASCII.isSpecial($0, line: text) }) { return answer }
        return isSpecialByCharacters(text)
    }

    /// `isSpecial` on Strings, for any text (`SpecialLineASCII` answers for plain ASCII lines).
    static func isSpecialByCharacters(_ text: String) -> Bool {
        if ReleaseLexicon.isEndMark(text) { return true }
        // Headings and `Issued on …` lines are a dozen words at most.
        guard text.utf8.count <= 360 else { return false }
        let words = TextScan.wordCount(text, atMost: 12)
        guard words <= 12 else { return false }
        // Eight words or more, without markdown marks that would fall away: longer than any listed notes
        // heading (four words) or contact heading (seven), so only `About …` or `Issued …` can match.
        // Most body lines end here, without folding the line.
        if words >= 8, let first = TextScan.withBytes(text, { $0.first { !TextScan.isSpaceByte($0) } }),
           first != 0x23, first != 0x2A, first != 0x5F {
            if ReleaseLexicon.isIssuedLine(text) { return true }
            let mayBeAbout = first >= 0x80 || [0x61, 0x73, 0x75, 0x7A].contains(first | 0x20)  // a, s, u, z
            return mayBeAbout && ReleaseLexicon.isNotesHeading(text)
        }
        guard let key = ReleaseLexicon.LineKey(text) else { return false }
        return ReleaseLexicon.isNotesHeading(key)
            || (ReleaseLexicon.isContactHeading(key) && !ReleaseLexicon.inlineContactHeading(text))
            || ReleaseLexicon.isIssuedLine(key)
    }

    /// pdftotext without paragraph spacing: a line that ends a sentence and leaves room for the next
    /// line's first word ended its paragraph (a typesetter would have filled the line otherwise).
    static func paragraphEnds(after prev: String, next: String, width: Int, fill: Double) -> Bool {
        guard width > 0, TextScan.endsSentence(prev), TextScan.startsUppercaseOrQuote(next) else { return false }
        let prevLength = TextScan.length(prev)
        if Double(prevLength) > Double(width) * 1.2 { return true }  // rejoined by poppler: its end is unknown
        let nextWord = TextScan.length(TextScan.firstWord(next))
        return Double(prevLength + 1 + nextWord) <= Double(width) * fill
    }
}
