import PressroomCore

/// The `p` window: each file that could not be read, with the reason, one a line.
public enum ProblemsOverlay {
    public static func draw(problems: [LoadProblem], top: Int, theme: Theme, into grid: inout CellGrid) {
        let box = OverlayLayout.problems(in: grid.size, count: problems.count).box
        let title = "\(problems.count) file\(problems.count == 1 ? "" : "s") not read · Esc closes"
        Frame.draw(box, title: title, theme: theme, into: &grid)
        let end = box.column + box.columns - 1
        for row in 0..<max(0, box.rows - 2) {
            let n = top + row
            guard problems.indices.contains(n) else { break }
            let y = box.row + 1 + row
            let x = grid.put(problems[n].path, row: y, column: box.column + 2, limit: end, style: theme.overlayKey)
            grid.put(": " + problems[n].reason, row: y, column: x, limit: end, style: theme.overlay)
        }
    }
}
