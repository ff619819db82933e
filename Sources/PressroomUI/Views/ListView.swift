import PressroomCore

/// The list's columns at a width, as mutt's index scales its format: the date and a narrow format marker
/// keep their width, the organisation takes a fair share (a third of what is left, 14 to 40 columns), and the
/// headline takes the rest but a margin at the right. Narrow panes drop the organisation, then the format.
public struct ListColumns: Hashable, Sendable {
    public static let date = 10
    public static let format = 3
    public static let gap = 2
    /// 0 when the column is not shown.
    public var format: Int
    public var organization: Int
    public var headline: Int

    public init(width: Int) {
        let fixed = 1 + Self.date + Self.gap
        format = width >= 44 ? Self.format : 0
        let spare = max(0, width - fixed - (format > 0 ? format + Self.gap : 0))
        organization = spare >= 42 ? min(40, max(14, spare / 3)) : 0
        headline = max(0, spare - (organization > 0 ? organization + Self.gap : 0) - 1)   // a margin at the right
    }

    /// The format marker of a file: `pdf`, `txt`, `md`, `htm`, `eml`, `doc`, `odt`.
    public static func marker(_ format: SourceFormat) -> String {
        switch format {
        case .pdf: "pdf"
        case .text: "txt"
        case .markdown: "md"
        case .html: "htm"
        case .email: "eml"
        case .docx: "doc"
        case .odt: "odt"
        }
    }
}

/// The list pane: a header row naming the columns, then one row per release (date, format, organisation,
/// headline), the selected row in reverse video; search matches highlighted; an embargo still in force
/// marked before the headline.
public enum ListView {
    /// Marks a release whose embargo has not lifted yet.
    public static let embargoMark = "EMBARGO "

    /// What the list pane draws: the releases of the rows in view, top first, or why there are none.
    public struct Content {
        public var theme: Theme
        /// The rows in view, top first (no more than the pane has rows).
        public var rows: [Row]
        /// The detail has the keys: the selected row is drawn as an inactive selection.
        public var detailFocused: Bool
        /// What the search matched, highlighted in the organisation and the headline.
        public var highlights: [HighlightTerm]
        /// Set when no release is listed: why.
        public var empty: Empty?
    }

    /// One row: its release, whether the cursor is on it, whether its embargo is still in force.
    public struct Row {
        public var release: Release
        public var selected: Bool
        public var embargoed: Bool
    }

    /// Why the list is empty: nothing was read (with the files that could not be), or nothing matches.
    public enum Empty {
        case nothingRead(problems: [LoadProblem])
        case noMatch(query: String)
    }

    public static func draw(_ content: Content, in rect: Rect, header: Rect? = nil, into grid: inout CellGrid) {
        let theme = content.theme
        if let empty = content.empty {
            drawEmpty(empty, theme: theme, in: rect, into: &grid)
            return
        }
        let columns = ListColumns(width: rect.columns)
        let end = rect.column + rect.columns
        if let header, header.rows > 0 {
            let y = header.row
            let hEnd = header.column + header.columns
            grid.fill(row: y, from: header.column, to: hEnd, style: theme.columnHeader)
            var x = header.column + 1
            grid.put("Date", row: y, column: x, limit: hEnd, style: theme.columnHeader)
            x += ListColumns.date + ListColumns.gap
            if columns.format > 0 {
                grid.put("Fmt", row: y, column: x, limit: hEnd, style: theme.columnHeader)
                x += columns.format + ListColumns.gap
            }
            if columns.organization > 0 {
                grid.put("Organisation", row: y, column: x, limit: min(hEnd, x + columns.organization), style: theme.columnHeader)
                x += columns.organization + ListColumns.gap
            }
            grid.put("Headline", row: y, column: x, limit: hEnd, style: theme.columnHeader)
        }
        for (row, line) in content.rows.prefix(max(0, rect.rows)).enumerated() {
            let release = line.release
            let selected = line.selected
            let selectedStyle = content.detailFocused ? theme.selectedInactive : theme.selected
            let base = selected ? selectedStyle : theme.normal
            let dim = selected ? selectedStyle : theme.dim
            let highlight = selected ? theme.selectedHighlight : theme.highlight
            let y = rect.row + row
            grid.fill(row: y, from: rect.column, to: end, style: base)
            var x = rect.column + 1
            grid.put(release.date ?? "", row: y, column: x, limit: end, style: dim)
            x += ListColumns.date + ListColumns.gap
            if columns.format > 0 {
                grid.put(ListColumns.marker(release.format), row: y, column: x, limit: end, style: dim)
                x += columns.format + ListColumns.gap
            }
            if columns.organization > 0 {
                let org = release.organization ?? ""
                grid.put(org, highlighting: MatchFinder.ranges(in: org, highlights: content.highlights), row: y,
                         column: x, limit: min(end, x + columns.organization), style: selected ? base : theme.organization,
                         highlight: highlight)
                x += columns.organization + ListColumns.gap
            }
            if line.embargoed {
                x = grid.put(embargoMark, row: y, column: x, limit: max(x, end - 1), style: selected ? base : theme.warning, ellipsis: false)
            }
            let title = release.title.isEmpty ? "(no headline)" : release.title
            grid.put(title, highlighting: MatchFinder.ranges(in: title, highlights: content.highlights), row: y,
                     column: x, limit: max(x, end - 1), style: base, highlight: highlight)
        }
    }

    static func drawEmpty(_ empty: Empty, theme: Theme, in rect: Rect, into grid: inout CellGrid) {
        let end = rect.column + rect.columns
        let lines: [String]
        switch empty {
        case .nothingRead(let problems):
            if problems.isEmpty {
                lines = ["No releases here.", "Give pressroom files or folders:", "pressroom PATH…"]
            } else {
                lines = ["No releases could be read.", "\(problems.count) file\(problems.count == 1 ? "" : "s") with problems:"]
                    + problems.map(\.description)
            }
        case .noMatch(let query):
            lines = ["No release matches “\(query)”.", "Esc clears the search."]
        }
        for (i, line) in lines.enumerated() where i < rect.rows {
            var wrapped = TextWrap.wrap(line, width: max(1, rect.columns - 2))
            if wrapped.isEmpty { wrapped = [""] }
            grid.put(wrapped[0], row: rect.row + 1 + i, column: rect.column + 1, limit: end,
                     style: i == 0 ? theme.headline : theme.dim)
        }
    }
}
