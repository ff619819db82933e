import PressroomCore

/// The list pane: one row per release (date, organisation, headline), the selected row in reverse video.
public enum ListView {
    /// Column widths for a pane `width` wide: the organisation column shrinks, then goes, on narrow panes.
    static func columns(width: Int) -> (organization: Int, headline: Int) {
        let fixed = 1 + 10 + 2                                  // margin, date, gap
        let organization = width >= 36 ? min(28, (width - fixed) / 3) : 0
        let headline = max(0, width - fixed - (organization > 0 ? organization + 2 : 0))
        return (organization, headline)
    }

    public static func draw(_ state: AppState, in rect: Rect, into grid: inout CellGrid) {
        let theme = state.theme
        guard !state.visible.isEmpty else {
            drawEmpty(state, in: rect, into: &grid)
            return
        }
        let (orgWidth, _) = columns(width: rect.columns)
        let end = rect.column + rect.columns
        for row in 0..<rect.rows {
            let position = state.listTop + row
            guard state.visible.indices.contains(position) else { break }
            let release = state.releases[state.visible[position]]
            let selected = position == state.selected
            let selectedStyle = state.focus == .detail ? theme.selectedInactive : theme.selected
            let base = selected ? selectedStyle : theme.normal
            let dim = selected ? selectedStyle : theme.dim
            let highlight = selected ? theme.selectedHighlight : theme.highlight
            let y = rect.row + row
            grid.fill(row: y, from: rect.column, to: end, style: base)
            var x = rect.column + 1
            grid.put(release.date ?? "", row: y, column: x, limit: end, style: dim)
            x += 12
            if orgWidth > 0 {
                let org = release.organization ?? ""
                grid.put(org, highlighting: MatchFinder.ranges(in: org, highlights: state.highlights), row: y,
                         column: x, limit: min(end, x + orgWidth), style: selected ? base : theme.organization,
                         highlight: highlight)
                x += orgWidth + 2
            }
            let title = release.title.isEmpty ? "(no headline)" : release.title
            grid.put(title, highlighting: MatchFinder.ranges(in: title, highlights: state.highlights), row: y,
                     column: x, limit: end, style: base, highlight: highlight)
        }
    }

    static func drawEmpty(_ state: AppState, in rect: Rect, into grid: inout CellGrid) {
        let end = rect.column + rect.columns
        let lines: [String]
        if state.releases.isEmpty {
            let problems = state.catalog.problems
            if problems.isEmpty {
                lines = ["No releases here.", "Give pressroom files or folders:", "pressroom PATH…"]
            } else {
                lines = ["No releases could be read.", "\(problems.count) file\(problems.count == 1 ? "" : "s") with problems:"]
                    + problems.map(\.description)
            }
        } else {
            lines = ["No release matches “\(state.query)”.", "Esc clears the search."]
        }
        for (i, line) in lines.enumerated() where i < rect.rows {
            var wrapped = TextWrap.wrap(line, width: max(1, rect.columns - 2))
            if wrapped.isEmpty { wrapped = [""] }
            grid.put(wrapped[0], row: rect.row + 1 + i, column: rect.column + 1, limit: end,
                     style: i == 0 ? state.theme.headline : state.theme.dim)
        }
    }
}
