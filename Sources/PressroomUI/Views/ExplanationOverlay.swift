/// The `i` window: `pressroom explain` for the selected release, scrolled with the movement keys.
public enum ExplanationOverlay {
    static func box(in size: Size) -> Rect {
        let columns = min(size.columns, 120)
        let rows = max(3, size.rows - 2)
        return Rect(row: 0, column: max(0, (size.columns - columns) / 2), rows: rows, columns: columns)
    }

    /// Explanation lines visible at once.
    public static func bodyRows(in size: Size) -> Int { max(1, box(in: size).rows - 2) }

    public static func draw(_ state: AppState, page: Explanation, into grid: inout CellGrid) {
        let box = box(in: grid.size)
        let shown = page.lines.isEmpty ? 0 : min(page.lines.count, page.top + bodyRows(in: grid.size))
        Frame.draw(box, title: "How this release was read · \(shown)/\(page.lines.count) · Esc closes", theme: state.theme, into: &grid)
        let end = box.column + box.columns - 1
        for row in 0..<max(0, box.rows - 2) {
            let n = page.top + row
            guard page.lines.indices.contains(n) else { break }
            let line = page.lines[n]
            // Section titles and the candidates taken stand out.
            let strong = line.hasPrefix("LINES") || line.hasPrefix("FIELDS") || line.hasPrefix("    taken")
            grid.put(line, row: box.row + 1 + row, column: box.column + 2, limit: end,
                     style: strong ? state.theme.overlayKey : state.theme.overlay)
        }
    }
}
