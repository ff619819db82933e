import PressroomCore

/// The browser's one way of changing: the next state after `action`, and the effects for the backend to
/// perform (copy, open a link, quit, reload, redraw). Pure: the same state and action give the same result.
public func update(_ state: AppState, _ action: Action) -> (state: AppState, effects: [Effect]) {
    var s = state
    var effects: [Effect] = []
    switch action {
    case .resize, .showMessage, .redraw, .loaded: break
    default: s.message = nil
    }
    switch action {
    case .move(let motion): s.move(motion)
    case .open: s.open(&effects)
    case .back: s.back()
    case .nextPane: s.nextPane()
    case .quitOrBack:
        if s.focus == .detail { s.back() } else { effects.append(.quit) }
    case .quit: effects.append(.quit)
    case .redraw: effects.append(.redraw)
    case .reload:
        s.message = StatusMessage("Reloading…")
        effects.append(.reload)
    case .startSearch:
        s.focus = .search
        s.queryCursor = s.query.count
    case .edit(let edit): s.edit(edit)
    case .acceptSearch:
        s.focus = .list
        if let error = s.queryError { s.message = StatusMessage("Query: \(error)", isError: true) }
    case .cancelSearch:
        s.focus = .list
        s.query = ""
        s.queryCursor = 0
        s.runSearch()
    case .nextMatch: s.jumpToMatch(forward: true)
    case .previousMatch: s.jumpToMatch(forward: false)
    case .jumpToContacts: s.jumpToContacts()
    case .copy: s.copy(&effects)
    case .startOpenLink:
        if let release = s.selectedRelease, !release.links.isEmpty {
            s.overlay = .openLink(digits: "")
        } else {
            s.message = StatusMessage("This release has no links", isError: true)
        }
    case .digit(let digit): s.digit(digit, &effects)
    case .cycleSort:
        s.sort = s.sort.next(withQuery: s.matchesMask != nil)
        s.refilter(keeping: s.selectedRelease?.id)
        s.message = StatusMessage("Sorted \(s.sort.label)")
    case .toggleHelp:
        if case .help? = s.overlay { s.overlay = nil } else { s.overlay = .help(top: 0) }
    case .mouse(let event): s.mouse(event, &effects)
    case .resize(let size):
        s.size = size
        s.clampScroll()
    case .showMessage(let message): s.message = message
    case .loaded(let catalog):
        let keep = s.selectedRelease?.id
        s.catalog = catalog
        s.runSearch(keeping: keep)
        let problems = catalog.problems.count
        s.message = StatusMessage("Reloaded \(catalog.releases.count) releases"
                                  + (problems > 0 ? ", \(problems) problem files" : ""))
    }
    return (s, effects)
}

extension AppState {
    /// Rows a page moves in the pane that has the keys.
    private var pageRows: Int { max(1, layout.listRows) }

    mutating func move(_ motion: Motion) {
        switch overlay {
        case .help(let top)?:
            let total = HelpOverlay.lines.count
            let rows = HelpOverlay.bodyRows(in: size)
            let next = Self.moved(top, motion, page: rows, count: max(1, total - rows + 1))
            overlay = .help(top: next)
            return
        case .chooser(var chooser)?:
            chooser.selected = Self.moved(chooser.selected, motion, page: 5, count: chooser.items.count)
            overlay = .chooser(chooser)
            return
        case .openLink?: return
        case nil: break
        }
        if focus == .detail {
            guard let detail = detailLayout else { return }
            let maxTop = max(0, detail.lines.count - layout.detailRows)
            detailTop = Self.moved(detailTop, motion, page: layout.detailRows, count: maxTop + 1)
            return
        }
        guard !visible.isEmpty else { return }
        select(Self.moved(selected, motion, page: pageRows, count: visible.count))
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
        case .help?, nil: break
        }
        guard selectedRelease != nil else { return }
        focus = .detail
        clampScroll()
    }

    mutating func back() {
        switch overlay {
        case .chooser?, .openLink?:
            overlay = nil
            return
        case .help?:
            overlay = nil
            return
        case nil: break
        }
        if focus == .detail { focus = .list }
        clampScroll()
    }

    mutating func nextPane() {
        if focus == .list, selectedRelease != nil { focus = .detail } else { focus = .list }
        clampScroll()
    }

    // MARK: Search

    mutating func edit(_ edit: LineEdit) {
        var chars = Array(query)
        var cursor = min(max(0, queryCursor), chars.count)
        switch edit {
        case .insert(let c):
            chars.insert(c, at: cursor)
            cursor += 1
        case .backspace:
            if cursor > 0 { chars.remove(at: cursor - 1); cursor -= 1 }
        case .deleteForward:
            if cursor < chars.count { chars.remove(at: cursor) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(chars.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = chars.count
        case .deleteToStart:
            chars.removeSubrange(0..<cursor)
            cursor = 0
        case .deleteWord:
            var start = cursor
            while start > 0, chars[start - 1] == " " { start -= 1 }
            while start > 0, chars[start - 1] != " " { start -= 1 }
            chars.removeSubrange(start..<cursor)
            cursor = start
        }
        let changed = String(chars) != query
        query = String(chars)
        queryCursor = cursor
        if changed { runSearch() }
    }

    /// Filters the list by the query, keeping the last good result (and saying why) when it is malformed.
    mutating func runSearch(keeping id: String? = nil) {
        let keep = id ?? selectedRelease?.id
        if query.allSatisfy({ $0 == " " }) {
            queryError = nil
            highlightTerms = []
            matchesMask = nil
            lastResult = nil
            if sort == .relevance { sort = .newestFirst }
        } else {
            let result = catalog.index.search(query, typing: true)
            if let error = result.error {
                queryError = error
                return
            }
            queryError = nil
            lastResult = result
            highlightTerms = result.highlightTerms
            var mask = [Bool](repeating: false, count: catalog.releases.count)
            for i in result.matches where mask.indices.contains(i) { mask[i] = true }
            matchesMask = mask
        }
        refilter(keeping: keep)
    }

    /// Rebuilds `visible` from the current matches and sort order, keeping the release `id` selected.
    mutating func refilter(keeping id: String?) {
        let order = catalog.ordering(sort)
        if sort == .relevance, let result = lastResult {
            visible = catalog.index.ranked(result)
        } else if let mask = matchesMask {
            visible = order.filter { mask.indices.contains($0) && mask[$0] }
        } else {
            visible = order
        }
        let previous = selected
        if let id, let position = visible.firstIndex(where: { catalog.releases[$0].id == id }) {
            selected = position
        } else {
            selected = 0
        }
        if selected != previous || id != selectedRelease?.id {
            detailTop = 0
            selectedContact = nil
        }
        currentMatch = nil
        if visible.isEmpty, focus == .detail { focus = .list }
        clampScroll()
    }

    mutating func jumpToMatch(forward: Bool) {
        guard let detail = detailLayout else { return }
        guard !detail.matches.isEmpty else {
            message = StatusMessage(highlightTerms.isEmpty ? "No search: press / first" : "No match in this release",
                                    isError: true)
            return
        }
        let count = detail.matches.count
        let next: Int
        if let current = currentMatch, current < count {
            next = forward ? (current + 1) % count : (current - 1 + count) % count
        } else if forward {
            next = detail.matches.firstIndex { $0.line >= detailTop } ?? 0
        } else {
            next = detail.matches.lastIndex { $0.line < detailTop + layout.detailRows } ?? count - 1
        }
        currentMatch = next
        if focus != .detail { focus = .detail }
        let line = detail.matches[next].line
        let rows = layout.detailRows
        if line < detailTop || line >= detailTop + rows { detailTop = max(0, line - rows / 3) }
        clampScroll()
        message = StatusMessage("Match \(next + 1) of \(count)")
    }

    // MARK: Contacts, copying, links

    mutating func jumpToContacts() {
        guard let release = selectedRelease, let detail = detailLayout, !detail.contactStarts.isEmpty else {
            message = StatusMessage("No contacts in this release", isError: true)
            return
        }
        let count = DetailLayout.contacts(of: release).count
        if let current = selectedContact, focus == .detail {
            selectedContact = (current + 1) % count
        } else {
            selectedContact = 0
        }
        focus = .detail
        let start = selectedContact == 0 ? (detail.contactsLine ?? detail.contactStarts[0]) : detail.contactStarts[selectedContact!]
        detailTop = start
        clampScroll()
        if count > 1 { message = StatusMessage("Contact \(selectedContact! + 1) of \(count): y copies, c next") }
    }

    /// The contact whose card is under the cursor: the one `c` chose if it is in view, else the first in view.
    var contactUnderCursor: Int? {
        guard focus == .detail, let detail = detailLayout else { return nil }
        let rows = detailTop..<(detailTop + layout.detailRows)
        func inView(_ n: Int) -> Bool {
            detail.lines.indices.filter { detail.lines[$0].contact == n }.contains { rows.contains($0) }
        }
        if let chosen = selectedContact, inView(chosen) { return chosen }
        return detail.contactStarts.indices.first(where: inView)
    }

    mutating func copy(_ effects: inout [Effect]) {
        guard let release = selectedRelease else { return }
        var items: [Chooser.Item] = []
        if let n = contactUnderCursor {
            let contact = DetailLayout.contacts(of: release)[n]
            items += contact.emails.map { Chooser.Item(label: "E-mail", value: $0) }
            items += contact.phones.map { Chooser.Item(label: "Phone", value: $0) }
            if let name = contact.name { items.append(Chooser.Item(label: "Name", value: name)) }
            items += contact.urls.map { Chooser.Item(label: "Web", value: $0) }
        }
        if items.count == 1 {
            copyItem(items[0], &effects)
        } else if items.isEmpty {
            copyItem(Chooser.Item(label: "Headline", value: release.title), &effects)
        } else {
            items.append(Chooser.Item(label: "Headline", value: release.title))
            overlay = .chooser(Chooser(items: items))
        }
    }

    mutating func copyItem(_ item: Chooser.Item, _ effects: inout [Effect]) {
        effects.append(.copy(text: item.value, what: item.label.lowercased()))
        message = StatusMessage("Copied \(item.label.lowercased()): \(item.value)")
    }

    mutating func digit(_ digit: Int, _ effects: inout [Effect]) {
        switch overlay {
        case .chooser(var chooser)?:
            guard digit >= 1, digit <= chooser.items.count else { return }
            chooser.selected = digit - 1
            overlay = nil
            copyItem(chooser.items[chooser.selected], &effects)
        case .openLink(let digits)?:
            let typed = digits + String(digit)
            let count = selectedRelease?.links.count ?? 0
            guard let number = Int(typed), number <= count, !(typed == "0") else {
                overlay = nil
                message = StatusMessage("No link [\(typed)]: this release has \(count)", isError: true)
                return
            }
            // Open as soon as no further digit could make another valid number.
            if number * 10 > count {
                overlay = nil
                openLink(number, &effects)
            } else {
                overlay = .openLink(digits: typed)
            }
        default: break
        }
    }

    mutating func openLink(_ number: Int?, _ effects: inout [Effect]) {
        guard let release = selectedRelease, let number, number >= 1, number <= release.links.count else {
            message = StatusMessage("No such link", isError: true)
            return
        }
        let url = release.links[number - 1]
        effects.append(.openURL(url))
        message = StatusMessage("Opening [\(number)] \(url)")
    }

    // MARK: Mouse

    mutating func mouse(_ event: MouseEvent, _ effects: inout [Effect]) {
        guard overlay == nil else { return }
        let layout = self.layout
        if let list = layout.list, list.contains(row: event.row, column: event.column) {
            switch event.kind {
            case .wheelUp, .wheelDown:
                let step = event.kind == .wheelUp ? -3 : 3
                listTop = min(max(0, listTop + step), max(0, visible.count - layout.listRows))
                // Keep the selection on screen, as mutt does.
                if selected < listTop { select(listTop) }
                if selected >= listTop + layout.listRows { select(listTop + layout.listRows - 1) }
            case .click, .doubleClick:
                let position = listTop + event.row - list.row
                guard visible.indices.contains(position) else { return }
                if focus == .search { focus = .list }
                select(position)
                if focus == .detail { focus = .list }
                if event.kind == .doubleClick { open(&effects) }
            }
        } else if let detail = layout.detail, detail.contains(row: event.row, column: event.column) {
            switch event.kind {
            case .wheelUp, .wheelDown:
                guard let d = detailLayout else { return }
                let step = event.kind == .wheelUp ? -3 : 3
                detailTop = min(max(0, detailTop + step), max(0, d.lines.count - layout.detailRows))
            case .click, .doubleClick:
                if selectedRelease != nil { focus = .detail }
            }
        } else if layout.searchLine.contains(row: event.row, column: event.column), event.kind == .click {
            focus = .search
            queryCursor = query.count
        }
    }
}
