import PressroomCore

/// The search line: editing, filtering, sorting the matches, and jumping between matches in the detail.
extension AppState {
    mutating func edit(_ edit: LineEdit, search: Bool = true) {
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
        if changed && search { runSearch() }
    }

    /// Filters the list by the query, keeping the last good result (and saying why) when it is malformed.
    mutating func runSearch(keeping id: String? = nil) {
        let keep = id ?? selectedRelease?.id
        searchRequest += 1  // a search still running elsewhere is now out of date
        if query.allSatisfy({ $0 == " " }) {
            queryError = nil
            highlightTerms = []
            highlights = []
            matchesMask = nil
            lastResult = nil
            if sort == .relevance { sort = .newestFirst }
            refilter(keeping: keep)
        } else {
            applySearch(catalog.index.search(query, typing: isTyping, now: now), keeping: keep)
        }
    }

    /// Filters the list by a search's result (run here or off the key path).
    mutating func applySearch(_ result: SearchResult, keeping keep: String?) {
        if let error = result.error {
            queryError = error
            return
        }
        queryError = nil
        lastResult = result
        highlightTerms = result.highlightTerms
        // A searcher that names only terms (no match kinds) gets them highlighted as prefixes.
        highlights = result.highlights.isEmpty
            ? result.highlightTerms.map { HighlightTerm($0, isPrefix: true) } : result.highlights
        var mask = [Bool](repeating: false, count: catalog.releases.count)
        for i in result.matches where mask.indices.contains(i) { mask[i] = true }
        matchesMask = mask
        refilter(keeping: keep)
    }

    /// A search line edit when searches run off the key path: the line changes now; the search is asked
    /// of the backend (`Effect.search`), whose `.searched` result is taken only if no newer edit came since.
    mutating func editOffKeyPath(_ edit: LineEdit, _ effects: inout [Effect]) {
        let before = query
        self.edit(edit, search: false)
        guard query != before else { return }
        if query.allSatisfy({ $0 == " " }) {
            runSearch()
        } else {
            searchRequest += 1
            effects.append(.search(query: query, request: searchRequest, typing: isTyping, now: now))
        }
    }

    /// Whether the query is still being typed: its last word then matches as a prefix too (`diam` finds
    /// `diamond`). Once accepted with Enter it is read as `pressroom search` reads it, so the two agree.
    var isTyping: Bool { focus == .search }

    /// Enter on the search line: the filter is kept, its last word read whole from now on (searched again).
    mutating func acceptSearch(_ effects: inout [Effect]) {
        focus = .list
        guard !query.allSatisfy({ $0 == " " }) else { return }
        if searchOffKeyPath {
            searchRequest += 1
            effects.append(.search(query: query, request: searchRequest, typing: false, now: now))
        } else {
            runSearch()
        }
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
        if let id, let target = catalog.position(ofID: id), let position = visible.firstIndex(of: target) {
            selected = position
        } else if let id, let position = visible.firstIndex(where: { catalog.releases[$0].id == id }) {
            selected = position
        } else {
            selected = 0
        }
        if selected != previous || id != selectedRelease?.id {
            detailTop = 0
            selectedContact = nil
            selectedField = nil
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
}

extension AppState {
    /// Takes the releases of `catalog` (loaded or reloaded), keeping the selected release selected and on
    /// the same row of the list, and the search.
    mutating func replaceCatalog(_ catalog: Catalog) {
        let keep = selectedRelease?.id
        let row = selected - listTop
        let (top, contact, match) = (detailTop, selectedContact, currentMatch)
        self.catalog = catalog
        // runSearch below also makes any search still running for the old releases out of date.
        runSearch(keeping: keep)
        if keep != nil, selectedRelease?.id == keep {
            listTop = max(0, selected - row)
            (detailTop, selectedContact, currentMatch) = (top, contact, match)
            clampScroll()
        }
    }
}
