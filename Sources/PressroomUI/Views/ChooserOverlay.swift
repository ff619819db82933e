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
        let window = OverlayLayout.chooser(widest: labels.map { DisplayWidth.of($0) }.max() ?? 0,
                                           items: chooser.items.count, in: size)
        let box = window.box
        Frame.draw(box, title: "Copy which? 1-\(chooser.items.count), Enter", theme: theme, into: &grid)
        let end = box.column + box.columns - 1
        // Scrolled so the selected item shows in a small terminal.
        let top = window.top(showing: chooser.selected)
        for row in 0..<window.visible {
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
