import PressroomCore

/// The line above the status bar: the search query being typed (with the cursor), the filter in force,
/// the link-number prompt, or a hint.
public enum SearchLine {
    /// What the line shows, one of four.
    public enum Content {
        /// The link-number prompt of `o`: the digits typed, of how many links.
        case openLink(digits: String, count: Int)
        /// The command prompt of `|`.
        case pipe(command: String)
        /// The query, being typed (`focused`, with the cursor) or in force; where it went wrong, if it did.
        case query(String, cursor: Int, error: QueryError?, focused: Bool)
        /// The keys a new user needs next.
        case hint(String)
    }

    public static func draw(_ content: Content, theme: Theme, in rect: Rect, into grid: inout CellGrid) {
        let end = rect.column + rect.columns
        switch content {
        case .openLink(let digits, let count):
            let x = grid.put("Open link [1–\(count)]: ", row: rect.row, column: rect.column, limit: end,
                             style: theme.searchPrompt)
            let after = grid.put(digits, row: rect.row, column: x, limit: end, style: theme.normal)
            grid.cursor = Position(row: rect.row, column: min(after, end - 1))
        case .pipe(let command):
            let x = grid.put("Pipe the release to: ", row: rect.row, column: rect.column, limit: end,
                             style: theme.searchPrompt)
            // The end of a long command stays in view.
            var shown = command
            while DisplayWidth.of(shown) > max(1, end - x - 1), !shown.isEmpty { shown.removeFirst() }
            let after = grid.put(shown, row: rect.row, column: x, limit: end, style: theme.normal, ellipsis: false)
            grid.cursor = Position(row: rect.row, column: min(after, end - 1))
        case .hint(let hint):
            grid.put(hint, row: rect.row, column: rect.column, limit: end, style: theme.dim)
        case .query(let query, let queryCursor, let queryError, let focused):
            let x = grid.put("/", row: rect.row, column: rect.column, limit: end, style: theme.searchPrompt)
            let chars = Array(query)
            let cursor = min(max(0, queryCursor), chars.count)
            // Keep the cursor in view: when the query is wider than the line, show its end around the cursor.
            let room = max(1, end - x - 1)
            var start = 0
            while DisplayWidth.of(String(chars[start..<cursor])) > room - 1, start < cursor { start += 1 }
            let shown = String(chars[start...])
            grid.put(shown, row: rect.row, column: x, limit: end,
                     style: queryError == nil ? theme.normal : theme.statusError.withoutReverse, ellipsis: false)
            // Mark where the query went wrong.
            if let error = queryError, error.position >= start {
                let at = x + DisplayWidth.of(String(chars[start..<min(error.position, chars.count)]))
                let what = error.position < chars.count ? String(chars[error.position]) : " "
                grid.put(what, row: rect.row, column: at, limit: end, style: theme.statusError, ellipsis: false)
            }
            if focused {
                let cursorColumn = x + DisplayWidth.of(String(chars[start..<cursor]))
                grid.cursor = Position(row: rect.row, column: min(cursorColumn, end - 1))
            }
        }
    }

    /// The keys a new user needs next, for the pane that has the keys.
    static func hint(noReleases: Bool, detailFocused: Bool) -> String {
        if noReleases { return "r reload   ? help   q quit" }
        if detailFocused {
            return "/ search   c contacts   y copy   o open link   q back   ? help"
        }
        return "/ search   Enter open   s sort   ? help   q quit"
    }
}

extension Style {
    /// The same colours and attributes without reverse video.
    var withoutReverse: Style {
        var s = self
        s.attributes.remove(.reverse)
        return s
    }
}
