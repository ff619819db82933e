import PressroomCore

/// The whole screen for a state, at its size: a pure function, the only way anything is drawn. The state is
/// drawn as it is (the update keeps it inside what can be shown; a new size comes as `.resize`). Each view is
/// given a small value of what it draws, assembled here, and never the whole state: what a view can show is
/// read off its `Content`.
public func render(_ state: AppState) -> CellGrid {
    var grid = CellGrid(size: state.size)
    let layout = state.layout
    let theme = state.theme
    if layout.tooSmall {
        grid.put("Terminal too small (\(ScreenLayout.minimum.columns)x\(ScreenLayout.minimum.rows) needed)",
                 row: 0, column: 0, style: theme.normal)
        return grid
    }
    if let list = layout.list {
        ListView.draw(listContent(state, rows: list.rows), in: list, header: layout.listHeader, into: &grid)
    }
    if let separator = layout.separator, let list = layout.list {
        for row in (layout.listHeader?.row ?? list.row)..<(list.row + list.rows) {
            grid.put("│", row: row, column: separator,
                     style: state.focus == .detail ? theme.activeBorder : theme.border)
        }
    }
    let detailLayout = layout.detail != nil || state.focus == .detail ? state.detailLayout : nil
    if let detail = layout.detail { DetailView.draw(detailContent(state, layout: detailLayout), in: detail, into: &grid) }
    SearchLine.draw(searchLineContent(state), theme: theme, in: layout.searchLine, into: &grid)
    StatusBar.draw(statusBarContent(state, detail: detailLayout), in: layout.statusBar, into: &grid)
    switch state.overlay {
    case .help(let top)?: HelpOverlay.draw(theme: theme, top: top, into: &grid)
    case .problems(let top)?: ProblemsOverlay.draw(problems: state.catalog.problems, top: top, theme: theme, into: &grid)
    case .chooser(let chooser)?: ChooserOverlay.draw(theme: theme, chooser: chooser, into: &grid)
    case .explanation(let page)?: ExplanationOverlay.draw(theme: theme, page: page, into: &grid)
    case .directory(let page)?: DirectoryOverlay.draw(theme: theme, page: page, into: &grid)
    case .openLink?, .pipe?, nil: break
    }
    let prompting = state.overlay.map { overlay in
        switch overlay {
        case .openLink, .pipe: true
        default: false
        }
    } ?? false
    if state.focus != .search, !prompting {
        grid.cursor = nil
    }
    return grid
}

/// The list's rows in view (`rows` at most, from `listTop`), or why there are none.
func listContent(_ state: AppState, rows: Int) -> ListView.Content {
    var shown: [ListView.Row] = []
    let empty: ListView.Empty?
    if state.visible.isEmpty {
        empty = state.releases.isEmpty ? .nothingRead(problems: state.catalog.problems) : .noMatch(query: state.query)
    } else {
        empty = nil
        for position in state.listTop..<(state.listTop + max(0, rows)) {
            guard state.visible.indices.contains(position) else { break }
            let release = state.releases[state.visible[position]]
            shown.append(ListView.Row(release: release, selected: position == state.selected,
                                      embargoed: state.embargoInForce(release) != nil))
        }
    }
    return ListView.Content(theme: state.theme, rows: shown, detailFocused: state.focus == .detail,
                            highlights: state.highlights, empty: empty)
}

/// The detail pane's layout (the caller's, made once per frame) and its scroll, alignment and marks.
func detailContent(_ state: AppState, layout: DetailLayout?) -> DetailView.Content {
    let detailFocused = state.focus == .detail
    return DetailView.Content(
        theme: state.theme, layout: layout, nothingToShow: state.releases.isEmpty, alignment: state.alignment,
        top: state.detailTop, currentMatch: state.currentMatch,
        markedContact: detailFocused && state.overlay == nil ? state.selectedContact : nil,
        cursor: detailFocused ? (state.selectedContact, state.selectedField) : nil)
}

/// The prompt of an open `o` or `|`, else the query when it is typed or in force, else a hint.
func searchLineContent(_ state: AppState) -> SearchLine.Content {
    if case .openLink(let digits)? = state.overlay {
        return .openLink(digits: digits, count: state.selectedRelease?.links.count ?? 0)
    }
    if case .pipe(let command)? = state.overlay { return .pipe(command: command) }
    guard state.focus == .search || !state.query.isEmpty else {
        return .hint(SearchLine.hint(noReleases: state.releases.isEmpty, detailFocused: state.focus == .detail))
    }
    return .query(state.query, cursor: state.queryCursor, error: state.queryError, focused: state.focus == .search)
}

/// The status bar's message or the facts of its summary.
func statusBarContent(_ state: AppState, detail: DetailLayout?) -> StatusBar.Content {
    let reading = state.focus == .detail ? detail.map { (lines: $0.lines.count, top: state.detailTop, rows: state.layout.detailRows) } : nil
    let summary = StatusBar.Summary(
        total: state.releases.count, filtered: state.matchesMask == nil ? nil : state.visible.count,
        shown: state.visible.count, query: state.focus == .search ? "" : state.query, selected: state.selected,
        reading: reading, embargo: state.selectedRelease.flatMap(state.embargoInForce),
        loading: state.loading, watching: state.watching, sort: state.sort, problems: state.catalog.problems.count)
    return StatusBar.Content(theme: state.theme, message: state.message, queryError: state.queryError, summary: summary)
}
