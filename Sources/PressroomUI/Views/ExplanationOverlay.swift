/// The `i` window: `pressroom explain` for the selected release, scrolled with the movement keys.
public enum ExplanationOverlay {
    public static func draw(theme: Theme, page: Explanation, into grid: inout CellGrid) {
        let window = OverlayLayout.explanation(page.lines, in: grid.size)
        let (box, lines) = (window.box, window.rows)
        let shown = lines.isEmpty ? 0 : min(lines.count, page.top + window.visible)
        Frame.draw(box, title: "How this release was read · \(shown)/\(lines.count) · Esc closes", theme: theme, into: &grid)
        let end = box.column + box.columns - 1
        for row in 0..<max(0, box.rows - 2) {
            let n = page.top + row
            guard lines.indices.contains(n) else { break }
            let line = lines[n]
            // Section titles and the candidates taken stand out.
            let strong = line.hasPrefix("LINES") || line.hasPrefix("FIELDS") || line.hasPrefix("    taken")
            grid.put(line, row: box.row + 1 + row, column: box.column + 2, limit: end,
                     style: strong ? theme.overlayKey : theme.overlay)
        }
    }
}
