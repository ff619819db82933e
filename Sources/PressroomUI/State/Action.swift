import PressroomCore

/// A way of moving through the list, the detail, the help or the chooser.
public enum Motion: Hashable, Sendable {
    case lineDown, lineUp, halfPageDown, halfPageUp, pageDown, pageUp, top, bottom
}

/// An edit of the search line.
public enum LineEdit: Hashable, Sendable {
    case insert(Character)
    case backspace, deleteForward, left, right, home, end
    /// Ctrl-U: delete everything before the cursor.
    case deleteToStart
    /// Ctrl-W: delete the word before the cursor.
    case deleteWord
}

/// Something the user (or the backend) asks the browser to do. Keys become actions through the `KeyMap`.
public enum Action: Equatable, Sendable {
    case move(Motion)
    /// Enter: open or focus the detail; in a menu, take the selected item.
    case open
    /// Esc / h / ←: back to the list; in a menu, close it.
    case back
    case nextPane
    /// `q`: back, and quit from the list.
    case quitOrBack
    case quit
    case redraw
    case reload
    case startSearch
    case edit(LineEdit)
    /// Enter on the search line: keep the filter, return to the list.
    case acceptSearch
    /// ↑ / ↓ on the search line: an older / newer query of the history.
    case olderQuery, newerQuery
    /// Esc on the search line: clear the filter.
    case cancelSearch
    case nextMatch, previousMatch
    /// `J` `]` / `K` `[`: the next / previous release of the list, from the detail too.
    case nextRelease, previousRelease
    case jumpToContacts
    case copy
    /// `Y` / `V`: the contact card under the cursor as text / as a vCard.
    case copyCard
    case copyVCard
    /// `C`: the contacts directory; a character typed in it, Backspace there.
    case openDirectory
    case typeInDirectory(Character)
    case eraseInDirectory
    case startOpenLink
    /// `v` / `e`: the release's file in `$PAGER` / `$EDITOR`; `|`: the prompt for a command to pipe it to.
    case viewFile, editFile, startPipe
    /// A character typed on the `|` prompt, Backspace there.
    case typeInPrompt(Character)
    case eraseInPrompt
    /// From the backend: a program the terminal was handed to has ended (or could not run).
    case handedBack(HandOver, HandBack)
    case digit(Int)
    case cycleSort
    case toggleHelp
    case showProblems
    /// `i`: how the parser read the selected release.
    case explain
    /// From the backend: the explanation of a release, one line a row.
    case explained(releaseID: String, lines: [String])
    case mouse(MouseEvent)
    case resize(Size)
    /// From the backend: the time now, in seconds since 1970 UTC (embargoes compare with it).
    case clock(Int64)
    /// From the backend: the index failed (on the first screen or while loading); the load goes on from
    /// memory, and `update` words the status line (`IndexFault`).
    case indexFault(CacheFault)
    /// From the backend, after `Effect.copy`: `text` is on the clipboard, the terminal's (OSC 52) and, `via`,
    /// these tools' too (`wl-copy`, `xclip`).
    case copied(text: String, what: String, via: [String])
    /// From the backend, after `Effect.openURL`: what became of the link.
    case opened(url: String, LinkOpening)
    /// From the backend, after `Effect.explain`: the release's file is gone or has changed since it was loaded.
    case notExplained(releaseID: String)
    /// From the backend: the archive read again from disk.
    case loaded(Catalog)
    /// From the backend while it loads: how far it has come, and the releases read so far (nil: the same
    /// releases as before). The selected release stays selected.
    case loading(Catalog?, LoadingStatus)
    /// From the backend: the result of search `request` (see `Effect.search`).
    case searched(request: Int, result: SearchResult)
    /// From the watcher (`--watch`): files or folders changed on disk, events were lost, or a folder cannot
    /// be watched.
    case watched(FolderWatcher.Event)
    /// From the backend: the paths of `Effect.reread` read again and merged into the releases shown.
    case merged(CatalogMerge)

    public static func == (a: Action, b: Action) -> Bool {
        switch (a, b) {
        case let (.move(x), .move(y)): x == y
        case let (.edit(x), .edit(y)): x == y
        case let (.digit(x), .digit(y)): x == y
        case let (.mouse(x), .mouse(y)): x == y
        case let (.resize(x), .resize(y)): x == y
        case let (.clock(x), .clock(y)): x == y
        case let (.indexFault(x), .indexFault(y)): x == y
        case let (.loaded(x), .loaded(y)): x === y
        case let (.loading(x, a), .loading(y, b)): x === y && a == b
        case let (.searched(x, a), .searched(y, b)): x == y && a.matches == b.matches && a.error == b.error
        case let (.explained(a, x), .explained(b, y)): a == b && x == y
        case let (.copied(a, x, p), .copied(b, y, q)): a == b && x == y && p == q
        case let (.opened(a, x), .opened(b, y)): a == b && x == y
        case let (.notExplained(a), .notExplained(b)): a == b
        case let (.typeInDirectory(x), .typeInDirectory(y)): x == y
        case let (.typeInPrompt(x), .typeInPrompt(y)): x == y
        case let (.handedBack(a, x), .handedBack(b, y)): a == b && x == y
        case let (.watched(x), .watched(y)): x == y
        case let (.merged(x), .merged(y)): x == y
        case (.open, .open), (.back, .back), (.nextPane, .nextPane), (.quitOrBack, .quitOrBack), (.quit, .quit),
             (.redraw, .redraw), (.reload, .reload), (.startSearch, .startSearch), (.acceptSearch, .acceptSearch), (.olderQuery, .olderQuery), (.newerQuery, .newerQuery),
             (.cancelSearch, .cancelSearch), (.nextMatch, .nextMatch), (.previousMatch, .previousMatch),
             (.nextRelease, .nextRelease), (.previousRelease, .previousRelease),
             (.jumpToContacts, .jumpToContacts), (.copy, .copy), (.copyCard, .copyCard), (.copyVCard, .copyVCard), (.openDirectory, .openDirectory), (.eraseInDirectory, .eraseInDirectory), (.startOpenLink, .startOpenLink),
             (.cycleSort, .cycleSort), (.viewFile, .viewFile), (.editFile, .editFile), (.startPipe, .startPipe), (.eraseInPrompt, .eraseInPrompt), (.toggleHelp, .toggleHelp), (.showProblems, .showProblems), (.explain, .explain): true
        default: false
        }
    }
}
