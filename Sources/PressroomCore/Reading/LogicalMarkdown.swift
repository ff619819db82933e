/// The logical text of a structured document (a web page, a Word file) written as the markdown the parser
/// already reads: `#` headings, paragraphs with their line breaks, `- ` and `1. ` list items, a wholly bold
/// line as `**…**`, a link's address as `[](url)` after its text, and the metadata the document states about
/// itself (its title, its date) as YAML front matter, which the parser weighs as evidence and never prints.
///
/// Text is escaped where markdown would read it as markup (`\*`, `\[`, a line that would open a list or a
/// heading), so that what the document prints is what the parser reads.
struct LogicalMarkdown {
    /// The document's own title and date (as printed in its metadata: `2024-06-04T09:00:00+02:00`).
    var title: String?
    var date: String?
    private(set) var blocks: [String] = []

    /// Whether no text was written.
    var isEmpty: Bool { blocks.isEmpty }

    /// A heading of `level` (1–6), on one line.
    mutating func heading(_ level: Int, _ text: String) {
        let t = Self.collapse(text)
        guard !t.isEmpty else { return }
        blocks.append(String(repeating: "#", count: max(1, min(6, level))) + " " + t)
    }

    /// How a paragraph is printed as a whole: in bold (a kind label), in italics (a standfirst), or neither.
    enum Emphasis { case none, bold, italic }

    /// A paragraph of lines (each already escaped with `escape`), with the emphasis the document prints it
    /// in as a whole.
    mutating func paragraph(_ lines: [String], emphasis: Emphasis = .none) {
        let kept = lines.map(Self.collapse).filter { !$0.isEmpty }.map(Self.escapeLineStart)
        guard !kept.isEmpty else { return }
        let mark = emphasis == .bold ? "**" : emphasis == .italic ? "_" : ""
        if !mark.isEmpty && kept.count == 1 && !kept[0].contains(mark.prefix(1)) {
            blocks.append(mark + kept[0] + mark)
        } else {
            blocks.append(kept.joined(separator: "\n"))
        }
    }

    /// Whether one of the first blocks prints `title` (the same letters and digits, whatever the case and
    /// punctuation: `CAMBODIA: NO RETURNS` for `Cambodia: no returns`).
    func prints(_ title: String) -> Bool {
        let k = Self.key(title)
        return !k.isEmpty && blocks.prefix(12).contains { Self.key($0) == k }
    }

    /// Letters and digits, lower-cased.
    static func key(_ s: String) -> String {
        String(s.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    /// A table, as rows of cells of lines. Contact tables are printed three ways, each read as contact blocks:
    /// - a label column (`Tel:` | `+44 …`): each row one line, the label before its value;
    /// - people side by side (a name, role, phone, e-mail down each column; more rows than columns, and no two
    ///   rows with an address): each column one block, its cells top to bottom;
    /// - one person a row (`Name` | `Phone` | `E-mail`): each row one block, a line a cell (a cell of several
    ///   lines a block of its own).
    mutating func table(_ rows: [[[String]]]) {
        let rows = rows.map { $0.map { $0.map(Self.collapse).filter { !$0.isEmpty } } }.filter { $0.contains { !$0.isEmpty } }
        let columns = rows.map(\.count).max() ?? 0
        guard columns > 0 else { return }
        let labels = rows.compactMap { $0.first?.joined(separator: " ") }.filter { !$0.isEmpty }
        if columns >= 2, !labels.isEmpty, labels.allSatisfy({ $0.hasSuffix(":") }) {
            paragraph(rows.map { $0.map { $0.joined(separator: " ") }.filter { !$0.isEmpty }.joined(separator: " ") })
            return
        }
        let rowsWithAddress = rows.filter { $0.contains { $0.contains { $0.contains("@") } } }.count
        if columns >= 2, rows.count > columns, rowsWithAddress <= 1 {
            for c in 0..<columns { paragraph(rows.flatMap { $0.count > c ? $0[c] : [] }) }
            return
        }
        for row in rows {
            let cells = row.filter { !$0.isEmpty }
            if cells.allSatisfy({ $0.count == 1 }) {
                paragraph(cells.map { $0[0] })
            } else {
                for cell in cells { paragraph(cell) }
            }
        }
    }

    /// The block a reader of a structured document is writing (`HTMLReader`, `WordReader`): its finished lines,
    /// the line still open, and how much of its printed text is bold or italic, so that both readers end a line,
    /// weigh a paragraph's emphasis and write a block the same way.
    struct OpenBlock {
        /// The finished lines (escaped, runs of spaces collapsed, none empty) and the one being written.
        var lines: [String] = []
        var line = ""
        private var boldChars = 0
        private var italicChars = 0
        private var allChars = 0

        /// Adds printed text, escaped; `printing` counts its characters that are not spaces, `bold` and
        /// `italic` say how it is printed.
        mutating func add(_ text: String, printing: Int, bold: Bool, italic: Bool) {
            allChars += printing
            if bold { boldChars += printing }
            if italic { italicChars += printing }
            line += LogicalMarkdown.escape(text)
        }

        /// Ends the open line (kept when it has more than spaces).
        mutating func endLine() {
            let t = LogicalMarkdown.collapse(line)
            if !t.isEmpty { lines.append(t) }
            line = ""
        }

        /// Bold or italic when nine characters in ten of the block's text are (a kind label, a standfirst
        /// printed so as a whole, not a paragraph with a bold word).
        var emphasis: Emphasis {
            allChars == 0 ? .none : boldChars * 10 >= allChars * 9 ? .bold : italicChars * 10 >= allChars * 9 ? .italic : .none
        }
    }

    /// A block's finished lines: a heading of `heading` (1–6) when it is above 0, else a list item when
    /// there is an `item` marker, else a paragraph in the block's emphasis.
    mutating func write(_ block: OpenBlock, heading: Int, item: String?) {
        if heading > 0 {
            self.heading(heading, block.lines.joined(separator: " "))
        } else if let item {
            self.item(item, block.lines)
        } else {
            paragraph(block.lines, emphasis: block.emphasis)
        }
    }

    /// A list item: `marker` is `-` or a number with its `.`; the item's further lines hang under it.
    mutating func item(_ marker: String, _ lines: [String]) {
        let kept = lines.map(Self.collapse).filter { !$0.isEmpty }
        guard let first = kept.first else { return }
        blocks.append(([marker + " " + first] + kept.dropFirst().map { "  " + Self.escapeLineStart($0) }).joined(separator: "\n"))
    }

    /// The whole text: front matter (when a title or date is known), then the blocks, a blank line apart.
    var text: String {
        var out = ""
        let title = title.map(Self.collapse).flatMap { $0.isEmpty ? nil : $0 }
        let date = date.map(Self.collapse).flatMap { $0.isEmpty ? nil : $0 }
        if title != nil || date != nil {
            out += "---\n"
            if let title { out += "title: " + title + "\n" }
            if let date { out += "date: " + date + "\n" }
            out += "---\n\n"
        }
        out += blocks.joined(separator: "\n\n")
        out += "\n"
        return out
    }

    /// Text as printed, escaped where markdown's inline markup would change it: backslashes, backticks,
    /// brackets, a `<` that opens a tag, `*` / `_` not inside a word, and a `&` that opens a character reference
    /// (a document that prints `&amp;` shows those five characters, which markdown would read as `&`).
    static func escape(_ s: String) -> String {
        guard s.contains(where: { "\\`[]<*_&".contains($0) }) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 8)
        let chars = Array(s)
        for (i, (at, c)) in zip(s.indices, chars).enumerated() {
            switch c {
            case "\\", "`", "[", "]": out.append("\\")
            case "<":
                if i + 1 < chars.count, chars[i + 1].isLetter || chars[i + 1] == "/" || chars[i + 1] == "!" { out.append("\\") }
            case "&":
                if MarkdownBlocks.characterReference(in: s, at: at) != nil { out.append("\\") }
            case "*", "_":
                let inWord = i > 0 && i + 1 < chars.count && (chars[i - 1].isLetter || chars[i - 1].isNumber)
                    && (chars[i + 1].isLetter || chars[i + 1].isNumber)
                if !inWord { out.append("\\") }
            default: break
            }
            out.append(c)
        }
        return out
    }

    /// A link's address after its text, as markdown keeps it (`[](https://…)`), or nothing when the address is
    /// not one the record can hold (relative, `javascript:`) or has characters markdown cannot carry.
    static func linkMark(_ url: String) -> String {
        guard !url.contains(where: { $0 == " " || $0 == ")" || $0 == "(" || $0 == "\n" }) else { return "" }
        return "[](" + url + ")"
    }

    /// Runs of whitespace as one space, trimmed.
    static func collapse(_ s: String) -> String {
        var out = ""
        var space = false
        for c in s {
            if c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{A0}" {
                space = !out.isEmpty
            } else {
                if space { out.append(" "); space = false }
                out.append(c)
            }
        }
        return out
    }

    /// A line that markdown would read as a list item, a heading, a quotation, a rule or a fence, with its
    /// first character escaped so that it stays the text it is. End marks (`###`, `-30-`) stay as they are.
    static func escapeLineStart(_ line: String) -> String {
        guard let first = line.first else { return line }
        let second = line.dropFirst().first
        switch first {
        case ">":
            // (Markdown reads `>` as a quotation whatever follows it: `>50 members` too.)
            return "\\" + line
        case "-", "*", "+", "•", "=":
            if second == " " { return "\\" + line }
            if line.count >= 3, line.allSatisfy({ $0 == first }) { return "\\" + line }
        case "#":
            let hashes = line.prefix(while: { $0 == "#" }).count
            let rest = line.dropFirst(hashes)
            if hashes <= 6, rest.first == " ", rest.contains(where: { $0 != " " }) { return "\\" + line }
        case "`", "~":
            if line.hasPrefix("```") || line.hasPrefix("~~~") { return "\\" + line }
        default:
            if first.isNumber {
                let digits = line.prefix(while: { $0.isNumber })
                let rest = line.dropFirst(digits.count)
                if digits.count <= 3, let m = rest.first, m == "." || m == ")", rest.dropFirst().first == " " {
                    return String(digits) + "\\" + rest
                }
            }
        }
        if line.hasPrefix("_") && line.count >= 3 && line.allSatisfy({ $0 == "_" }) { return "\\" + line }
        return line
    }
}
