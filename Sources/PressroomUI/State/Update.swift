import PressroomCore

/// The browser's one way of changing: the next state after `action`, and the effects for the backend to
/// perform (copy, open a link, quit, reload, redraw). Pure: the same state and action give the same result.
public func update(_ state: AppState, _ action: Action) -> (state: AppState, effects: [Effect]) {
    var s = state
    var effects: [Effect] = []
    switch action {
    case .resize, .indexFault, .redraw, .loaded, .loading, .searched, .explained, .notExplained, .clock, .handedBack,
         .copied, .opened, .watched, .merged: break
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
        if s.loading != nil {
            s.message = StatusMessage("Still loading: r works when it is done")
        } else {
            s.message = StatusMessage("Reloading…")
            s.loading = LoadingStatus(isReload: true)
            effects.append(.reload)
        }
    case .startSearch:
        s.focus = .search
        s.historyPosition = nil
        s.queryCursor = s.query.count
    case .edit(let edit):
        if s.searchOffKeyPath { s.editOffKeyPath(edit, &effects) } else { s.edit(edit) }
    case .searched(let request, let result):
        if request == s.searchRequest {
            s.applySearch(result, keeping: s.selectedRelease?.id)
            if s.focus != .search, let error = s.queryError { s.message = StatusMessage("Query: \(error)", isError: true) }
        }
    case .olderQuery: s.recallHistory(older: true, &effects)
    case .newerQuery: s.recallHistory(older: false, &effects)
    case .acceptSearch:
        s.remember(s.query, &effects)
        s.acceptSearch(&effects)
        if let error = s.queryError { s.message = StatusMessage("Query: \(error)", isError: true) }
    case .cancelSearch:
        s.focus = .list
        s.query = ""
        s.queryCursor = 0
        s.runSearch()
    case .nextMatch: s.jumpToMatch(forward: true)
    case .nextRelease: s.sibling(1)
    case .previousRelease: s.sibling(-1)
    case .previousMatch: s.jumpToMatch(forward: false)
    case .jumpToContacts: s.jumpToContacts()
    case .copy where s.catalog.isSummary, .startOpenLink where s.catalog.isSummary,
         .jumpToContacts where s.catalog.isSummary:
        s.message = StatusMessage("Still reading the releases: contacts and links in a moment", isError: true)
    case .copy: s.copy(&effects)
    case .copyCard: s.copyCard(asVCard: false, &effects)
    case .copyVCard: s.copyCard(asVCard: true, &effects)
    case .openDirectory: s.openDirectory()
    case .typeInDirectory(let c): s.filterDirectory { $0.append(c) }
    case .eraseInDirectory: s.filterDirectory { if !$0.isEmpty { $0.removeLast() } }
    case .startOpenLink:
        if let release = s.selectedRelease, !release.links.isEmpty {
            s.overlay = .openLink(digits: "")
        } else {
            s.message = StatusMessage("This release has no links", isError: true)
        }
    case .digit(let digit): s.digit(digit, &effects)
    case .viewFile where s.catalog.isSummary, .editFile where s.catalog.isSummary, .startPipe where s.catalog.isSummary:
        s.message = StatusMessage("Still reading the releases: in a moment", isError: true)
    case .viewFile: s.handOverFile(.pager, &effects)
    case .editFile: s.handOverFile(.editor, &effects)
    case .startPipe:
        if s.selectedRelease != nil { s.overlay = .pipe(command: "") } else { s.message = StatusMessage("No release selected", isError: true) }
    case .typeInPrompt(let c):
        if case .pipe(let command)? = s.overlay { s.overlay = .pipe(command: command + String(c)) }
    case .eraseInPrompt:
        if case .pipe(let command)? = s.overlay { s.overlay = .pipe(command: String(command.dropLast())) }
    case .handedBack(let handOver, let outcome): s.handedBack(handOver, outcome)
    case .cycleSort:
        s.sort = s.sort.next(withQuery: s.matchesMask != nil)
        s.refilter(keeping: s.selectedRelease?.id)
        s.message = StatusMessage("Sorted \(s.sort.label)")
    case .toggleHelp:
        switch s.overlay {
        case .help?, .problems?, .explanation?: s.overlay = nil
        default: s.overlay = .help(top: 0)
        }
    case .showProblems:
        if s.catalog.problems.isEmpty {
            s.message = StatusMessage("Every file was read")
        } else {
            s.overlay = .problems(top: 0)
        }
    case .explain:
        if let release = s.selectedRelease {
            s.message = StatusMessage("Reading \(release.source) again to explain it…")
            effects.append(.explain(releaseID: release.id))
        } else {
            s.message = StatusMessage("No release selected to explain", isError: true)
        }
    case .explained(let id, let lines):
        if s.selectedRelease?.id == id {
            s.overlay = .explanation(Explanation(releaseID: id, lines: lines))
            s.message = StatusMessage("How the parser read this release · j/k scroll · Esc closes")
        }
    case .notExplained(let id):
        let source = s.catalog.releases.first { $0.id == id }?.source ?? "the release"
        s.message = StatusMessage("Cannot explain \(source): its file is gone or has changed since it was loaded (r reloads)",
                                  isError: true)
    case .copied(let text, let what, let via):
        s.message = StatusMessage("Copied \(what)" + (via.isEmpty ? "" : " (\(via.joined(separator: ", ")))") + ": \(text)")
    case .opened(let url, let outcome):
        switch outcome {
        case .opened(let program): s.message = StatusMessage("Opened with \(program): \(url)")
        case .noOpener: s.message = StatusMessage("No $BROWSER or xdg-open to open \(url)", isError: true)
        case .refused: s.message = StatusMessage("Not opened (only http, https and mailto links are opened): \(url)", isError: true)
        case .failed(let why): s.message = StatusMessage("Could not open \(url): \(why)", isError: true)
        }
    case .mouse(let event): s.mouse(event, &effects)
    case .resize(let size):
        s.size = size
        s.clampScroll()
    case .indexFault(let fault): s.message = StatusMessage(IndexFault.line(fault), isError: true)
    case .clock(let now): s.now = now
    case .loaded(let catalog):
        // The end of the first load needs no word (the status bar counts the releases); a reload's does.
        let isReload = s.loading?.isReload ?? true
        s.loading = nil
        if catalog !== s.catalog { s.replaceCatalog(catalog) }
        let problems = catalog.problems.count
        if isReload {
            s.message = StatusMessage("Reloaded \(catalog.releases.count) releases"
                                      + (problems > 0 ? ", \(problems) problem files" : ""))
        }
        s.startReread(&effects)
    case .loading(let catalog, let status):
        s.loading = status
        // While a search filters the list, the releases still arriving wait for the end of the load (its
        // catalog comes with the search index built off the key path): a search index is not rebuilt per batch.
        if let catalog, s.query.allSatisfy({ $0 == " " }) { s.replaceCatalog(catalog) }
    case .watched(let event): s.watched(event, &effects)
    case .merged(let merge): s.merged(merge, &effects)
    }
    return (s, effects)
}
