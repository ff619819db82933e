/// The small menu `y` opens when the contact under the cursor has several things to copy.
public enum ChooserOverlay {
    public static func draw(theme: Theme, chooser: Chooser, into grid: inout CellGrid) {
        let size = grid.size
        // A value of several lines (the record as text) shows its first line.
        let labels = chooser.items.enumerated().map { item in
            let lines = item.element.value.split(separator: "\n", omittingEmptySubsequences: true)
            let shown = lines.count > 1 ? String(lines[0]).trimmingSpaces + " …" : item.element.value
            return "\(item.offset + 1)  \(item.element.label.padding(8))  \(shown)"
        }
        let widest = labels.map { DisplayWidth.of($0) }.max() ?? 0
        let columns = min(size.columns - 2, max(24, widest + 4))
        let rows = min(size.rows - 2, chooser.items.count + 2)
        let box = Rect(row: max(0, (size.rows - 2 - rows) / 2), column: max(0, (size.columns - columns) / 2),
                       rows: rows, columns: columns)
        Frame.draw(box, title: "Copy which? 1-\(chooser.items.count), Enter", theme: theme, into: &grid)
        let end = box.column + box.columns - 1
        // Scroll so the selected item is visible in small terminals.
        let visibleRows = max(1, box.rows - 2)
        let top = max(0, chooser.selected - visibleRows + 1)
        for row in 0..<visibleRows {
            let n = top + row
            guard labels.indices.contains(n) else { break }
            let y = box.row + 1 + row
            let style = n == chooser.selected ? theme.selected : theme.overlay
            grid.fill(row: y, from: box.column + 1, to: end, style: style)
            grid.put(labels[n], row: y, column: box.column + 2, limit: end, style: style)
        }
    }
}

extension String {
    /// Without spaces at either end.
    var trimmingSpaces: String { String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed()) }

    /// Padded with spaces to `width` columns.
    func padding(_ width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - DisplayWidth.of(self)))
    }
}
