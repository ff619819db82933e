/// The whole screen for a state, at its size: a pure function, the only way anything is drawn. The state is
/// drawn as it is (the update keeps it inside what can be shown; a new size comes as `.resize`).
public func render(_ state: AppState) -> CellGrid {
    var grid = CellGrid(size: state.size)
    let layout = state.layout
    if layout.tooSmall {
        grid.put("Terminal too small (\(ScreenLayout.minimum.columns)x\(ScreenLayout.minimum.rows) needed)",
                 row: 0, column: 0, style: state.theme.normal)
        return grid
    }
    if let list = layout.list { ListView.draw(state, in: list, header: layout.listHeader, into: &grid) }
    if let separator = layout.separator, let list = layout.list {
        for row in (layout.listHeader?.row ?? list.row)..<(list.row + list.rows) {
            grid.put("│", row: row, column: separator,
                     style: state.focus == .detail ? state.theme.activeBorder : state.theme.border)
        }
    }
    let detailLayout = layout.detail != nil || state.focus == .detail ? state.detailLayout : nil
    if let detail = layout.detail { DetailView.draw(state, layout: detailLayout, in: detail, into: &grid) }
    SearchLine.draw(state, in: layout.searchLine, into: &grid)
    StatusBar.draw(state, detail: detailLayout, in: layout.statusBar, into: &grid)
    switch state.overlay {
    case .help(let top)?: HelpOverlay.draw(state, top: top, into: &grid)
    case .problems(let top)?: ProblemsOverlay.draw(state, top: top, into: &grid)
    case .chooser(let chooser)?: ChooserOverlay.draw(state, chooser: chooser, into: &grid)
    case .explanation(let page)?: ExplanationOverlay.draw(state, page: page, into: &grid)
    case .directory(let page)?: DirectoryOverlay.draw(state, page: page, into: &grid)
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
