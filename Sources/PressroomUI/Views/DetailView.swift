/// The detail pane: the selected release laid out by `DetailLayout`, scrolled to `detailTop`, with the
/// search terms highlighted and the contact chosen by `c` marked in the margin.
public enum DetailView {
    /// What the detail pane draws: the selected release's layout (nil when none is selected) and where it
    /// stands, scrolls and is marked.
    public struct Content {
        public var theme: Theme
        /// The selected release's (computed once per frame by the caller); nil: none is selected.
        public var layout: DetailLayout?
        /// No release at all (not merely none selected).
        public var nothingToShow: Bool
        public var alignment: TextAlignment
        /// The first line in view.
        public var top: Int
        /// The match `n`/`N` moved to, an index into the layout's matches.
        public var currentMatch: Int?
        /// The contact whose card is marked in the margin (the detail has the keys and no window is open).
        public var markedContact: Int?
        /// The contact field under the cursor, drawn as a selection (the detail has the keys).
        public var cursor: (contact: Int?, field: Int?)?
    }

    public static func draw(_ content: Content, in rect: Rect, into grid: inout CellGrid) {
        let theme = content.theme
        guard let layout = content.layout else {
            if rect.rows > 1 {
                grid.put(content.nothingToShow ? "Nothing to show." : "No release selected.",
                         row: rect.row + 1, column: rect.column + 1, limit: rect.column + rect.columns,
                         style: theme.dim)
            }
            return
        }
        let end = rect.column + rect.columns
        // A pane wider than the measure: the text block stands where the alignment puts it, the contact
        // marker beside it.
        let left = rect.column + content.alignment.inset(room: rect.columns - 2, width: layout.width)
        var matchesByLine: [Int: [Range<Int>]] = [:]
        for match in layout.matches { matchesByLine[match.line, default: []].append(match.range) }
        let current = content.currentMatch.flatMap { layout.matches.indices.contains($0) ? layout.matches[$0] : nil }
        for row in 0..<rect.rows {
            let n = content.top + row
            guard layout.lines.indices.contains(n) else { break }
            let line = layout.lines[n]
            let y = rect.row + row
            // (Not under an open window: a marker in the first column would show through beside it.)
            if let contact = line.contact, contact == content.markedContact {
                grid.put("▌", row: y, column: left, limit: end, style: theme.contactMarker)
            }
            // The field under the contact cursor is drawn as a selection, so that `y` shows what it takes.
            let underCursor = content.cursor.map { cursor in
                line.contact != nil && line.contact == cursor.contact && line.field != nil && line.field == cursor.field
            } ?? false
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
