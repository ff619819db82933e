import PressroomCore

/// The `?` window: `HelpText` in the box `OverlayLayout.help` gives, scrolled to `top`.
public enum HelpOverlay {
    public static func draw(theme: Theme, top: Int, into grid: inout CellGrid) {
        let box = OverlayLayout.help(in: grid.size).box
        Frame.draw(box, title: "Keys · j/k scroll · Esc closes", theme: theme, into: &grid)
        let keyWidth = HelpText.keyWidth(box.columns)
        let rows = HelpText.rows(width: box.columns)
        let end = box.column + box.columns - 1
        for row in 0..<max(0, box.rows - 2) {
            let n = top + row
            guard rows.indices.contains(n) else { break }
            let line = rows[n]
            let y = box.row + 1 + row
            if line.isTitle {
                grid.put(line.keys, row: y, column: box.column + 2, limit: end, style: theme.heading)
            } else {
                grid.put(line.keys, row: y, column: box.column + 3,
                         limit: line.summary.isEmpty ? end : min(end, box.column + 3 + keyWidth),
                         style: theme.overlayKey)
                grid.put(line.summary, row: y, column: box.column + 4 + keyWidth, limit: end, style: theme.overlay)
            }
        }
    }
}
