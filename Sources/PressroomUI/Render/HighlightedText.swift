extension CellGrid {
    /// Writes `text` like `put`, truncated with `…`, drawing the characters inside `ranges` (character
    /// offsets into `text`) in `highlight` and those inside `current` in `currentStyle`.
    @discardableResult
    public mutating func put(_ text: String, highlighting ranges: [Range<Int>], row: Int, column: Int,
                             limit: Int? = nil, style: Style, highlight: Style,
                             current: Range<Int>? = nil, currentStyle: Style? = nil) -> Int {
        guard !ranges.isEmpty else { return put(text, row: row, column: column, limit: limit, style: style) }
        let end = min(limit ?? columns, columns)
        let fits = DisplayWidth.of(text) <= end - column
        let room = fits ? end : end - 1                 // leave a column for `…`
        var col = column
        var rangeIndex = 0
        for (offset, ch) in text.enumerated() {
            let (grapheme, width) = DisplayWidth.cell(ch)
            if width == 0 { continue }
            if col + width > room { break }
            while rangeIndex < ranges.count, ranges[rangeIndex].upperBound <= offset { rangeIndex += 1 }
            var chStyle = rangeIndex < ranges.count && ranges[rangeIndex].contains(offset) ? highlight : style
            if let current, current.contains(offset), let currentStyle { chStyle = currentStyle }
            col = put(grapheme, row: row, column: col, limit: room, style: chStyle, ellipsis: false)
        }
        if !fits { col = put("…", row: row, column: col, limit: end, style: style, ellipsis: false) }
        while !fits, col < end { col = put(" ", row: row, column: col, limit: end, style: style, ellipsis: false) }
        return col
    }
}
