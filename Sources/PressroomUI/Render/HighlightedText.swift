extension CellGrid {
    /// Writes `text` like `put`, truncated with `…`, drawing the characters inside `ranges` (character
    /// offsets into `text`) in `highlight` and those inside `current` in `currentStyle`.
    @discardableResult
    public mutating func put(_ text: String, highlighting ranges: [Range<Int>], row: Int, column: Int,
                             limit: Int? = nil, style: Style, highlight: Style,
                             current: Range<Int>? = nil, currentStyle: Style? = nil) -> Int {
        guard !ranges.isEmpty else { return put(text, row: row, column: column, limit: limit, style: style) }
        let end = min(limit ?? columns, columns)
        let shown = DisplayWidth.truncate(text, to: max(0, end - column))
        var col = column
        var offset = 0
        var run = ""
        var runStyle = style
        func flush() {
            if !run.isEmpty { col = put(run, row: row, column: col, limit: end, style: runStyle, ellipsis: false) }
            run = ""
        }
        var rangeIndex = 0
        for ch in shown {
            while rangeIndex < ranges.count, ranges[rangeIndex].upperBound <= offset { rangeIndex += 1 }
            let inMatch = rangeIndex < ranges.count && ranges[rangeIndex].contains(offset)
            var chStyle = inMatch ? highlight : style
            if let current, current.contains(offset), let currentStyle { chStyle = currentStyle }
            if chStyle != runStyle { flush(); runStyle = chStyle }
            run.append(ch)
            offset += 1
        }
        flush()
        return col
    }
}
