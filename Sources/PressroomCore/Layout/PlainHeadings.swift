/// Headings that typed text marks with its own conventions, as markdown renders them: reStructuredText
/// and setext underlines (`Title` / `=====`, an overline above too), and AsciiDoc's `= Title` / `== Section`.
/// The marks are not text; the line they mark is a heading block of its own.
enum PlainHeadings {
    static func mark(_ blocks: [LayoutBlock]) -> [LayoutBlock] {
        // Most typed texts have neither: a first-byte test on every line passes them on as they are.
        guard blocks.contains(where: { $0.lines.contains { l in
            guard let f = l.text.utf8.first else { return false }
            return f == 0x3D || f == 0x2D || f == 0x7E || f == 0x5E
        } }) else { return blocks }
        var out: [LayoutBlock] = []
        for block in blocks {
            let lines = block.lines
            var run: [PrintedLine] = []
            var k = 0
            var changed = false
            func heading(_ text: String, _ level: Int) {
                if !run.isEmpty { out.append(LayoutBlock(lines: run)); run = [] }
                out.append(LayoutBlock(lines: [PrintedLine(raw: text)], heading: level))
                changed = true
            }
            while k < lines.count {
                let t = lines[k].text
                if k == 0 || run.isEmpty, let (level, text) = asciiDocHeading(t) {
                    heading(text, level)
                    k += 1
                    continue
                }
                if k + 1 < lines.count, let c = underline(lines[k + 1].text), !isRule(t),
                   TextScan.length(lines[k + 1].text) * 10 >= TextScan.length(t) * 6 {
                    // An overline of the same mark above the heading goes too.
                    if let last = run.last, underline(last.text) == c { run.removeLast() }
                    heading(t, c == "=" ? 1 : 2)
                    k += 2
                    continue
                }
                run.append(lines[k])
                k += 1
            }
            if !changed { out.append(block); continue }
            if !run.isEmpty { out.append(LayoutBlock(lines: run)) }
        }
        return out
    }

    /// The mark of a line that is one punctuation mark repeated (three or more): `=====`, `-----`, `~~~~`,
    /// `^^^^`. (Not `###` or `***`: those are end marks.)
    static func underline(_ t: String) -> Character? {
        guard t.utf8.count >= 3, let c = t.first, "=-~^".contains(c), t.allSatisfy({ $0 == c }) else { return nil }
        return c
    }

    private static func isRule(_ t: String) -> Bool { underline(t) != nil }

    /// `= Title` (level 1), `== Section` (level 2): the level and the text.
    static func asciiDocHeading(_ t: String) -> (Int, String)? {
        guard t.utf8.first == 0x3D else { return nil }
        let level = t.prefix(while: { $0 == "=" }).count
        let rest = t.dropFirst(level)
        guard level <= 5, rest.first == " " else { return nil }
        let text = TextScan.trim(rest)
        return text.isEmpty ? nil : (level, text)
    }
}
