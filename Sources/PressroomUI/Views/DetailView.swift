/// The detail pane: the selected release laid out by `DetailLayout`, scrolled to `detailTop`, with the
/// search terms highlighted and the contact chosen by `c` marked in the margin.
public enum DetailView {
    /// `layout` is the selected release's (computed once per frame by the caller).
    public static func draw(_ state: AppState, layout: DetailLayout?, in rect: Rect, into grid: inout CellGrid) {
        let theme = state.theme
        guard let layout else {
            if rect.rows > 1 {
                grid.put(state.releases.isEmpty ? "Nothing to show." : "No release selected.",
                         row: rect.row + 1, column: rect.column + 1, limit: rect.column + rect.columns,
                         style: theme.dim)
            }
            return
        }
        let end = rect.column + rect.columns
        // A pane wider than the measure: the text block stands where the alignment puts it, the contact
        // marker beside it.
        let left = rect.column + state.alignment.inset(room: rect.columns - 2, width: layout.width)
        var matchesByLine: [Int: [Range<Int>]] = [:]
        for match in layout.matches { matchesByLine[match.line, default: []].append(match.range) }
        let current = state.currentMatch.flatMap { layout.matches.indices.contains($0) ? layout.matches[$0] : nil }
        for row in 0..<rect.rows {
            let n = state.detailTop + row
            guard layout.lines.indices.contains(n) else { break }
            let line = layout.lines[n]
            let y = rect.row + row
            // (Not under an open window: a marker in the first column would show through beside it.)
            if let contact = line.contact, contact == state.selectedContact, state.focus == .detail, state.overlay == nil {
                grid.put("▌", row: y, column: left, limit: end, style: theme.contactMarker)
            }
            // The field under the contact cursor is drawn as a selection, so that `y` shows what it takes.
            let underCursor = state.focus == .detail && line.contact != nil && line.contact == state.selectedContact
                && line.field != nil && line.field == state.selectedField
            var x = left + 1
            // A label is dim; a list item's marker is drawn as its text is.
            let prefixStyle = underCursor ? theme.selected : line.role == .body ? style(line.role, theme) : theme.dim
            if !line.prefix.isEmpty { x = grid.put(line.prefix, row: y, column: x, limit: end, style: prefixStyle) }
            grid.put(line.text, highlighting: matchesByLine[n] ?? [], row: y, column: x, limit: end,
                     style: underCursor ? theme.selected : style(line.role, theme), highlight: theme.highlight,
                     current: current?.line == n ? current?.range : nil, currentStyle: theme.currentMatch)
        }
    }

    static func style(_ role: DetailLineRole, _ theme: Theme) -> Style {
        switch role {
        case .blank, .body, .contactField: theme.normal
        case .meta, .dim: theme.dim
        case .headline, .contactName: theme.headline
        case .subtitle: theme.normal
        case .organization: theme.organization
        case .heading: theme.heading
        case .link: theme.link
        case .warning: theme.warning
        }
    }
}
