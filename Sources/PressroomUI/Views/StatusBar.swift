/// The bottom line: shown / total releases, the query, the sort order, the position, problem files, and
/// the `? help` hint; or, for one key, a message (what was copied, an error).
public enum StatusBar {
    public static func draw(_ state: AppState, detail: DetailLayout?, in rect: Rect, into grid: inout CellGrid) {
        let theme = state.theme
        let end = rect.column + rect.columns
        grid.fill(row: rect.row, from: rect.column, to: end, style: theme.statusBar)
        let hint = " ? help "
        let hintWidth = rect.columns >= 30 ? DisplayWidth.of(hint) : 0
        let leftEnd = end - hintWidth
        if let message = state.message {
            grid.put(" " + message.text, row: rect.row, column: rect.column, limit: leftEnd,
                     style: message.isError ? theme.statusError : theme.statusMessage)
        } else if let error = state.queryError {
            grid.put(" Query: \(error)", row: rect.row, column: rect.column, limit: leftEnd, style: theme.statusError)
        } else {
            var text = " " + summary(state, detail: detail, compact: false).joined(separator: " · ")
            if DisplayWidth.of(text) > leftEnd - rect.column { text = " " + summary(state, detail: detail, compact: true).joined(separator: " · ") }
            grid.put(text, row: rect.row, column: rect.column, limit: leftEnd, style: theme.statusBar)
        }
        if hintWidth > 0 { grid.put(hint, row: rect.row, column: leftEnd, limit: end, style: theme.statusBar) }
    }

    /// The parts of the status line, most important first (truncation cuts from the end).
    /// `compact` drops the words, for narrow terminals.
    static func summary(_ state: AppState, detail: DetailLayout?, compact: Bool) -> [String] {
        var parts: [String] = []
        let total = state.releases.count
        let noun = compact ? "" : (total == 1 ? " release" : " releases")
        parts.append(state.matchesMask == nil ? "\(total)\(noun)" : "\(state.visible.count)/\(total)\(noun)")
        // The search line above shows the query too; narrow bars leave it there.
        if !state.query.isEmpty, state.focus != .search, !compact { parts.append("/\(state.query)") }
        if !state.visible.isEmpty {
            if state.focus == .detail, let layout = detail {
                let rows = state.layout.detailRows
                let shownTo = min(layout.lines.count, state.detailTop + rows)
                let percent = layout.lines.count <= rows ? 100 : shownTo * 100 / layout.lines.count
                parts.append("\(state.selected + 1)/\(state.visible.count) · \(percent)%")
            } else {
                parts.append("\(state.selected + 1)/\(state.visible.count)")
            }
        }
        if let release = state.selectedRelease, let embargo = state.embargoInForce(release) {
            parts.append((compact ? "embargo until " : "under embargo until ") + embargo.description)
        }
        if let loading = state.loading { parts.append(loading.text(compact: compact)) }
        if state.watching && !compact { parts.append("watching") }
        parts.append(compact ? state.sort.shortLabel : state.sort.label)
        let problems = state.catalog.problems.count
        if problems > 0 {
            parts.append(compact ? "\(problems) bad" : (problems == 1 ? "1 problem file (p)" : "\(problems) problem files (p)"))
        }
        return parts
    }
}
