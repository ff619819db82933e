/// Moving through the list, the detail and the overlays; panes and focus.
extension AppState {
    /// Rows a page moves in the pane that has the keys.
    private var pageRows: Int { max(1, layout.listRows) }

    mutating func move(_ motion: Motion) {
        switch overlay {
        case .help(let top)?:
            let window = OverlayLayout.help(in: size)
            overlay = .help(top: Self.moved(top, motion, page: window.visible, count: window.tops))
            return
        case .explanation(var page)?:
            let window = OverlayLayout.explanation(page.lines, in: size)
            page.top = Self.moved(page.top, motion, page: window.visible, count: window.tops)
            overlay = .explanation(page)
            return
        case .problems(let top)?:
            let window = OverlayLayout.problems(in: size, count: catalog.problems.count)
            overlay = .problems(top: Self.moved(top, motion, page: window.visible, count: window.tops))
            return
        case .chooser(var chooser)?:
            chooser.selected = Self.moved(chooser.selected, motion, page: 5, count: chooser.items.count)
            overlay = .chooser(chooser)
            return
        case .openLink?, .pipe?: return
        case .directory(var page)?:
            moveInDirectory(&page, motion)
            overlay = .directory(page)
            return
        case nil: break
        }
        if focus == .detail {
            guard let detail = detailLayout else { return }
            // With the field cursor on a card, j and k move it from field to field, across the cards.
            if selectedField != nil, motion == .lineDown || motion == .lineUp {
                moveField(motion == .lineDown ? 1 : -1, in: detail)
                return
            }
            selectedField = nil
            let maxTop = max(0, detail.lines.count - layout.detailRows)
            detailTop = Self.moved(detailTop, motion, page: layout.detailRows, count: maxTop + 1)
            return
        }
        guard !visible.isEmpty else { return }
        select(Self.moved(selected, motion, page: pageRows, count: visible.count))
    }

    /// `J`/`K`: the next or previous release of the list, read in the pane that has the keys (as mutt's
    /// pager and newsboat's article view go on to the next message); the search's highlights stay.
    mutating func sibling(_ step: Int) {
        guard !visible.isEmpty else { return }
        let target = selected + step
        guard visible.indices.contains(target) else {
            message = StatusMessage(step > 0 ? "This is the last release of the list" : "This is the first release of the list")
            return
        }
        select(target)
        let title = selectedRelease.map { $0.title.isEmpty ? "(no headline)" : $0.title } ?? ""
        message = StatusMessage("\(selected + 1)/\(visible.count): \(title)")
    }

    /// `position` moved by `motion` within `0..<count`.
    static func moved(_ position: Int, _ motion: Motion, page: Int, count: Int) -> Int {
        let next: Int
        switch motion {
        case .lineDown: next = position + 1
        case .lineUp: next = position - 1
        case .halfPageDown: next = position + max(1, page / 2)
        case .halfPageUp: next = position - max(1, page / 2)
        case .pageDown: next = position + page
        case .pageUp: next = position - page
        case .top: next = 0
        case .bottom: next = count - 1
        }
        return min(max(0, next), max(0, count - 1))
    }

    /// Selects the release at `position` in the list, resetting the detail if it changed.
    mutating func select(_ position: Int) {
        let position = min(max(0, position), max(0, visible.count - 1))
        if position != selected {
            selected = position
            detailTop = 0
            selectedContact = nil
            selectedField = nil
            currentMatch = nil
        }
        clampScroll()
    }

    /// Keeps the selection and the detail's first line inside what can be shown.
    mutating func clampScroll() {
        selected = min(max(0, selected), max(0, visible.count - 1))
        let rows = layout.listRows
        if selected < listTop { listTop = selected }
        if selected >= listTop + rows { listTop = selected - rows + 1 }
        listTop = min(max(0, listTop), max(0, visible.count - rows))
        if let detail = detailLayout {
            detailTop = min(max(0, detailTop), max(0, detail.lines.count - layout.detailRows))
        } else {
            detailTop = 0
        }
    }

    mutating func open(_ effects: inout [Effect]) {
        switch overlay {
        case .chooser(let chooser)?:
            overlay = nil
            if chooser.items.indices.contains(chooser.selected) { copyItem(chooser.items[chooser.selected], &effects) }
            return
        case .openLink(let digits)?:
            overlay = nil
            openLink(Int(digits), &effects)
            return
        case .directory(let page)?:
            openInDirectory(page)
            return
        case .pipe(let command)?:
            runPipe(command, &effects)
            return
        case .help?, .problems?, .explanation?, nil: break
        }
        guard selectedRelease != nil else { return }
        focus = .detail
        clampScroll()
    }

    mutating func back() {
        switch overlay {
        case .chooser?, .openLink?, .pipe?:
            overlay = nil
            return
        case .directory(var page)?:
            // From an open entry back to the list of people; from there, closed.
            if page.open != nil {
                page.open = nil
                overlay = .directory(page)
            } else {
                overlay = nil
            }
            return
        case .help?, .problems?, .explanation?:
            overlay = nil
            return
        case nil: break
        }
        // Esc first leaves the contact cursor, then the release.
        if focus == .detail, selectedField != nil {
            selectedField = nil
            return
        }
        if focus == .detail { focus = .list }
        clampScroll()
    }

    mutating func nextPane() {
        if focus == .list, selectedRelease != nil { focus = .detail } else { focus = .list }
        clampScroll()
    }
}
