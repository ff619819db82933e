/// The `p` window: each file that could not be read, with the reason, one a line.
public enum ProblemsOverlay {
    static func box(in size: Size, count: Int) -> Rect {
        let columns = min(size.columns, 100)
        let rows = min(size.rows - 2, count + 2)
        return Rect(row: max(0, (size.rows - 2 - rows) / 2), column: max(0, (size.columns - columns) / 2),
                    rows: rows, columns: columns)
    }

    /// Problem lines visible at once.
    public static func bodyRows(in size: Size, count: Int) -> Int { max(1, box(in: size, count: count).rows - 2) }

    public static func draw(_ state: AppState, top: Int, into grid: inout CellGrid) {
        let problems = state.catalog.problems
        let box = box(in: grid.size, count: problems.count)
        let title = "\(problems.count) file\(problems.count == 1 ? "" : "s") not read · Esc closes"
        Frame.draw(box, title: title, theme: state.theme, into: &grid)
        let end = box.column + box.columns - 1
        for row in 0..<max(0, box.rows - 2) {
            let n = top + row
            guard problems.indices.contains(n) else { break }
            let y = box.row + 1 + row
            let x = grid.put(problems[n].path, row: y, column: box.column + 2, limit: end, style: state.theme.overlayKey)
            grid.put(": " + problems[n].reason, row: y, column: x, limit: end, style: state.theme.overlay)
        }
    }
}
