/// The `i` window: `pressroom explain` for the selected release, scrolled with the movement keys.
public enum ExplanationOverlay {
    static func box(in size: Size) -> Rect {
        let columns = min(size.columns, 120)
        let rows = max(3, size.rows - 2)
        return Rect(row: 0, column: max(0, (size.columns - columns) / 2), rows: rows, columns: columns)
    }

    /// Explanation lines visible at once.
    public static func bodyRows(in size: Size) -> Int { max(1, box(in: size).rows - 2) }

    /// The explanation's lines wrapped to the window: a line too long for it goes on under its own text
    /// (after its indent, and after a short label padded with spaces, such as a line's role), so that a
    /// narrow terminal shows every word and the columns stay aligned.
    public static func rows(_ lines: [String], in size: Size) -> [String] {
        let width = max(8, box(in: size).columns - 4)
        var out: [String] = []
        for line in lines {
            if DisplayWidth.of(line) <= width { out.append(line); continue }
            let chars = Array(line)
            var start = 0
            while start < chars.count && chars[start] == " " { start += 1 }
            // A label of a few words' length then two spaces or more: the text starts after them.
            var k = start
            while k < chars.count && k - start <= 20 && !(chars[k] == " " && k + 1 < chars.count && chars[k + 1] == " ") { k += 1 }
            if k < chars.count && k - start <= 20 {
                while k < chars.count && chars[k] == " " { k += 1 }
                start = k
            }
            let hang = min(start, width / 2)
            let prefix = String(chars[..<start])
            let wrapped = TextWrap.wrap(String(chars[start...]), width: max(4, width - hang))
            for (n, piece) in wrapped.enumerated() {
                out.append((n == 0 ? prefix : String(repeating: " ", count: hang)) + piece)
            }
            if wrapped.isEmpty { out.append(line) }
        }
        return out
    }

    public static func draw(_ state: AppState, page: Explanation, into grid: inout CellGrid) {
        let box = box(in: grid.size)
        let lines = rows(page.lines, in: grid.size)
        let shown = lines.isEmpty ? 0 : min(lines.count, page.top + bodyRows(in: grid.size))
        Frame.draw(box, title: "How this release was read · \(shown)/\(lines.count) · Esc closes", theme: state.theme, into: &grid)
        let end = box.column + box.columns - 1
        for row in 0..<max(0, box.rows - 2) {
            let n = page.top + row
            guard lines.indices.contains(n) else { break }
            let line = lines[n]
            // Section titles and the candidates taken stand out.
            let strong = line.hasPrefix("LINES") || line.hasPrefix("FIELDS") || line.hasPrefix("    taken")
            grid.put(line, row: box.row + 1 + row, column: box.column + 2, limit: end,
                     style: strong ? state.theme.overlayKey : state.theme.overlay)
        }
    }
}
