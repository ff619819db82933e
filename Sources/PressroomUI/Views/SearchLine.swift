/// The line above the status bar: the search query being typed (with the cursor), the filter in force,
/// the link-number prompt, or a hint.
public enum SearchLine {
    public static func draw(_ state: AppState, in rect: Rect, into grid: inout CellGrid) {
        let theme = state.theme
        let end = rect.column + rect.columns
        if case .openLink(let digits)? = state.overlay {
            let count = state.selectedRelease?.links.count ?? 0
            let x = grid.put("Open link [1–\(count)]: ", row: rect.row, column: rect.column, limit: end,
                             style: theme.searchPrompt)
            let after = grid.put(digits, row: rect.row, column: x, limit: end, style: theme.normal)
            grid.cursor = Position(row: rect.row, column: min(after, end - 1))
            return
        }
        if case .pipe(let command)? = state.overlay {
            let x = grid.put("Pipe the release to: ", row: rect.row, column: rect.column, limit: end,
                             style: theme.searchPrompt)
            // The end of a long command stays in view.
            var shown = command
            while DisplayWidth.of(shown) > max(1, end - x - 1), !shown.isEmpty { shown.removeFirst() }
            let after = grid.put(shown, row: rect.row, column: x, limit: end, style: theme.normal, ellipsis: false)
            grid.cursor = Position(row: rect.row, column: min(after, end - 1))
            return
        }
        guard state.focus == .search || !state.query.isEmpty else {
            grid.put(hint(state), row: rect.row, column: rect.column, limit: end, style: theme.dim)
            return
        }
        let x = grid.put("/", row: rect.row, column: rect.column, limit: end, style: theme.searchPrompt)
        let chars = Array(state.query)
        let cursor = min(max(0, state.queryCursor), chars.count)
        // Keep the cursor in view: when the query is wider than the line, show its end around the cursor.
        let room = max(1, end - x - 1)
        var start = 0
        while DisplayWidth.of(String(chars[start..<cursor])) > room - 1, start < cursor { start += 1 }
        let shown = String(chars[start...])
        grid.put(shown, row: rect.row, column: x, limit: end,
                 style: state.queryError == nil ? theme.normal : theme.statusError.withoutReverse, ellipsis: false)
        // Mark where the query went wrong.
        if let error = state.queryError, error.position >= start {
            let at = x + DisplayWidth.of(String(chars[start..<min(error.position, chars.count)]))
            let what = error.position < chars.count ? String(chars[error.position]) : " "
            grid.put(what, row: rect.row, column: at, limit: end, style: theme.statusError, ellipsis: false)
        }
        if state.focus == .search {
            let cursorColumn = x + DisplayWidth.of(String(chars[start..<cursor]))
            grid.cursor = Position(row: rect.row, column: min(cursorColumn, end - 1))
        }
    }
}

/// The keys a new user needs next, for the pane that has the keys.
func hint(_ state: AppState) -> String {
    if state.releases.isEmpty { return "r reload   ? help   q quit" }
    if state.focus == .detail {
        return "/ search   c contacts   y copy   o open link   q back   ? help"
    }
    return "/ search   Enter open   s sort   ? help   q quit"
}

extension Style {
    /// The same colours and attributes without reverse video.
    var withoutReverse: Style {
        var s = self
        s.attributes.remove(.reverse)
        return s
    }
}
