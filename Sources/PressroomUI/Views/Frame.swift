/// A bordered, cleared box with a title in its top edge, for overlays.
enum Frame {
    static func draw(_ box: Rect, title: String, theme: Theme, into grid: inout CellGrid) {
        guard box.rows >= 2, box.columns >= 2 else { return }
        let right = box.column + box.columns - 1
        let bottom = box.row + box.rows - 1
        for y in box.row...bottom { grid.fill(row: y, from: box.column, to: right + 1, style: theme.overlay) }
        let horizontal = String(repeating: "─", count: box.columns - 2)
        grid.put("┌" + horizontal + "┐", row: box.row, column: box.column, limit: right + 1, style: theme.border,
                 ellipsis: false)
        grid.put("└" + horizontal + "┘", row: bottom, column: box.column, limit: right + 1, style: theme.border,
                 ellipsis: false)
        for y in (box.row + 1)..<bottom {
            grid.put("│", row: y, column: box.column, style: theme.border)
            grid.put("│", row: y, column: right, style: theme.border)
        }
        grid.put(" \(title) ", row: box.row, column: box.column + 2, limit: right - 1, style: theme.overlayTitle)
    }
}
