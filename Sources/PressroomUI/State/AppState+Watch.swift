import PressroomCore

/// `--watch`: changes on disk come as `.watched`, are read off the key path (`Effect.reread`, one at a time,
/// never while the archive loads) and come back as `.merged`, which takes them in without moving the
/// selection and says what changed.
extension AppState {
    mutating func watched(_ event: FolderWatcher.Event, _ effects: inout [Effect]) {
        switch event {
        case .changed(let paths):
            pendingChanges = Self.unique(pendingChanges + paths)
            startReread(&effects)
        case .overflow:
            // Events were lost: only the whole archive read again is sure to hold every change.
            pendingChanges = []
            reloadAfterChanges = true
            startReread(&effects)
        case .limitReached(let limit):
            message = StatusMessage("The system's limit of \(limit.map(String.init) ?? "?") watched folders is reached "
                                    + "(fs.inotify.max_user_watches): changes in some folders are not seen; r reads them",
                                    isError: true)
        case .cannotWatch(let folder, let reason):
            message = StatusMessage("Cannot watch \(folder) (\(reason)): r reads its changes", isError: true)
        case .unavailable(let reason):
            watching = false
            message = StatusMessage("Cannot watch for changes (\(reason)): r reads them", isError: true)
        }
    }

    /// Asks for the changes waiting, unless the archive is loading or a reread is out (then `.loaded` or
    /// `.merged` asks).
    mutating func startReread(_ effects: inout [Effect]) {
        guard loading == nil, !rereading else { return }
        if reloadAfterChanges {
            reloadAfterChanges = false
            pendingChanges = []
            loading = LoadingStatus(isReload: true)
            message = StatusMessage("Too many changes at once to follow: reading the whole archive again")
            effects.append(.reload)
            return
        }
        guard !pendingChanges.isEmpty else { return }
        rereading = true
        effects.append(.reread(pendingChanges))
        pendingChanges = []
    }

    mutating func merged(_ merge: CatalogMerge, _ effects: inout [Effect]) {
        rereading = false
        guard merge.base === catalog else {
            // The releases were replaced meanwhile (a reload ended): read those paths again over the new ones.
            pendingChanges = Self.unique(merge.paths + pendingChanges)
            startReread(&effects)
            return
        }
        // A load running now may have walked past these files before they changed: read them again after it.
        if loading != nil { pendingChanges = Self.unique(merge.paths + pendingChanges) }
        let keep = selectedRelease.map { merge.renamed[$0.id] ?? $0.id }
        mergeCatalog(merge.catalog, keeping: keep, renamed: merge.renamed, &effects)
        if !merge.summary.isEmpty { message = StatusMessage(Self.describe(merge.summary)) }
        startReread(&effects)
    }

    /// "2 new, 1 changed, 1 removed, 1 problem file".
    static func describe(_ summary: WatchSummary) -> String {
        var parts: [String] = []
        if summary.added > 0 { parts.append("\(summary.added) new") }
        if summary.changed > 0 { parts.append("\(summary.changed) changed") }
        if summary.removed > 0 { parts.append("\(summary.removed) removed") }
        if summary.problems > 0 { parts.append(summary.problems == 1 ? "1 problem file (p)" : "\(summary.problems) problem files (p)") }
        return parts.joined(separator: ", ")
    }

    /// Takes `new` (this catalog with changes merged in): the selected release stays selected on its row (its
    /// new version when its file changed: `keep`); when it went, the release now in its place is. A search
    /// keeps its matches (by id) until it runs again over the new releases, off the key path.
    mutating func mergeCatalog(_ new: Catalog, keeping keep: String?, renamed: [String: String], _ effects: inout [Effect]) {
        let row = selected - listTop
        let before = selected
        let (top, contact, match) = (detailTop, selectedContact, currentMatch)
        let old = catalog
        catalog = new
        if query.allSatisfy({ $0 == " " }) || !searchOffKeyPath {
            runSearch(keeping: keep)
        } else {
            if let mask = matchesMask {
                var remapped = [Bool](repeating: false, count: new.releases.count)
                for (i, matched) in mask.enumerated() where matched && i < old.releases.count {
                    let id = old.releases[i].id
                    if let p = new.position(ofID: renamed[id] ?? id) { remapped[p] = true }
                }
                matchesMask = remapped
            }
            lastResult = nil
            refilter(keeping: keep)
            searchRequest += 1
            effects.append(.search(query: query, request: searchRequest, typing: isTyping, now: now))
        }
        if keep != nil, selectedRelease?.id == keep {
            listTop = max(0, selected - row)
            (detailTop, selectedContact, currentMatch) = (top, contact, match)
        } else if !visible.isEmpty {
            selected = min(before, visible.count - 1)
            listTop = max(0, selected - row)
        }
        clampScroll()
    }

    static func unique(_ paths: [String]) -> [String] {
        var seen = Set<String>()
        return paths.filter { seen.insert($0).inserted }
    }
}
