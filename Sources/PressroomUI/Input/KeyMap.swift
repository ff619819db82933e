/// Where keys are going: a pane, the search line, or an open overlay.
public enum KeyContext: Hashable, Sendable, CaseIterable {
    case list, detail, search, help, chooser, openLink, directory
    /// The `|` prompt: a command line being typed.
    case prompt
}

/// One entry of the key map: keys, the action they give in which contexts, and what the help says.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var action: Action
    public var contexts: Set<KeyContext>
    /// The heading the help lists it under.
    public var section: String
    public var summary: String
}

/// Keys → actions, per context (the conventions of mutt, tig, glow and aerc). The help overlay is
/// generated from `bindings`, so it lists exactly the keys that work.
public enum KeyMap {
    private static let panes: Set<KeyContext> = [.list, .detail]
    private static let movers: Set<KeyContext> = [.list, .detail, .help, .chooser]

    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.character("j"), .down], action: .move(.lineDown), contexts: movers,
                   section: "Move", summary: "next release / scroll down"),
        KeyBinding(keys: [.character("k"), .up], action: .move(.lineUp), contexts: movers,
                   section: "Move", summary: "previous release / scroll up"),
        KeyBinding(keys: [.control("d")], action: .move(.halfPageDown), contexts: movers,
                   section: "Move", summary: "half a page down"),
        KeyBinding(keys: [.control("u")], action: .move(.halfPageUp), contexts: movers,
                   section: "Move", summary: "half a page up"),
        KeyBinding(keys: [.pageDown, .character(" "), .control("f")], action: .move(.pageDown), contexts: movers,
                   section: "Move", summary: "a page down"),
        KeyBinding(keys: [.pageUp, .character("b"), .control("b")], action: .move(.pageUp), contexts: movers,
                   section: "Move", summary: "a page up"),
        KeyBinding(keys: [.character("g"), .home], action: .move(.top), contexts: movers,
                   section: "Move", summary: "first / top"),
        KeyBinding(keys: [.character("G"), .end], action: .move(.bottom), contexts: movers,
                   section: "Move", summary: "last / bottom"),

        KeyBinding(keys: [.enter, .character("l"), .right], action: .open, contexts: [.list],
                   section: "Panes", summary: "open the release"),
        KeyBinding(keys: [.escape, .character("h"), .left], action: .back, contexts: [.detail],
                   section: "Panes", summary: "back to the list"),
        KeyBinding(keys: [.escape], action: .cancelSearch, contexts: [.list],
                   section: "Panes", summary: "clear the filter (in the list)"),
        KeyBinding(keys: [.tab], action: .nextPane, contexts: panes,
                   section: "Panes", summary: "next pane"),
        KeyBinding(keys: [.character("q")], action: .quitOrBack, contexts: panes,
                   section: "Panes", summary: "back; quit from the list"),
        KeyBinding(keys: [.character("Q"), .control("c")], action: .quit,
                   contexts: [.list, .detail, .search, .help, .chooser, .openLink],
                   section: "Panes", summary: "quit at once"),
        KeyBinding(keys: [.control("l")], action: .redraw, contexts: panes,
                   section: "Panes", summary: "redraw the screen"),
        KeyBinding(keys: [.character("r")], action: .reload, contexts: panes,
                   section: "Panes", summary: "reload the archive from disk"),
        KeyBinding(keys: [.character("s")], action: .cycleSort, contexts: panes,
                   section: "Panes", summary: "sort: newest, oldest, organisation, headline, relevance"),
        KeyBinding(keys: [.character("?"), .function(1)], action: .toggleHelp, contexts: panes,
                   section: "Panes", summary: "this help"),
        KeyBinding(keys: [.character("p")], action: .showProblems, contexts: panes,
                   section: "Panes", summary: "the files that could not be read, and why"),
        KeyBinding(keys: [.character("i")], action: .explain, contexts: panes,
                   section: "Panes", summary: "explain: each line's role, each field's candidates"),

        KeyBinding(keys: [.character("/")], action: .startSearch, contexts: panes,
                   section: "Search", summary: "search: the list filters as you type"),
        KeyBinding(keys: [.character("J"), .character("]")], action: .nextRelease, contexts: panes,
                   section: "Move", summary: "next release, from the release too"),
        KeyBinding(keys: [.character("K"), .character("[")], action: .previousRelease, contexts: panes,
                   section: "Move", summary: "previous release, from the release too"),
        KeyBinding(keys: [.character("n")], action: .nextMatch, contexts: panes,
                   section: "Search", summary: "next match in the release"),
        KeyBinding(keys: [.character("N")], action: .previousMatch, contexts: panes,
                   section: "Search", summary: "previous match in the release"),
        KeyBinding(keys: [.enter], action: .acceptSearch, contexts: [.search],
                   section: "Search line", summary: "keep the filter, back to the list"),
        KeyBinding(keys: [.escape], action: .cancelSearch, contexts: [.search],
                   section: "Search line", summary: "clear the filter"),
        KeyBinding(keys: [.up], action: .olderQuery, contexts: [.search],
                   section: "Search line", summary: "an earlier query (the history, kept between runs)"),
        KeyBinding(keys: [.down], action: .newerQuery, contexts: [.search],
                   section: "Search line", summary: "a later query; past the newest, what you typed"),
        KeyBinding(keys: [.control("n")], action: .move(.lineDown), contexts: [.search],
                   section: "Search line", summary: "next release"),
        KeyBinding(keys: [.control("p")], action: .move(.lineUp), contexts: [.search],
                   section: "Search line", summary: "previous release"),
        KeyBinding(keys: [.left], action: .edit(.left), contexts: [.search],
                   section: "Search line", summary: "cursor left"),
        KeyBinding(keys: [.right], action: .edit(.right), contexts: [.search],
                   section: "Search line", summary: "cursor right"),
        KeyBinding(keys: [.control("a"), .home], action: .edit(.home), contexts: [.search],
                   section: "Search line", summary: "start of the line"),
        KeyBinding(keys: [.control("e"), .end], action: .edit(.end), contexts: [.search],
                   section: "Search line", summary: "end of the line"),
        KeyBinding(keys: [.backspace, .control("h")], action: .edit(.backspace), contexts: [.search],
                   section: "Search line", summary: "delete before the cursor"),
        KeyBinding(keys: [.delete, .control("d")], action: .edit(.deleteForward), contexts: [.search],
                   section: "Search line", summary: "delete under the cursor"),
        KeyBinding(keys: [.control("u")], action: .edit(.deleteToStart), contexts: [.search],
                   section: "Search line", summary: "delete to the start"),
        KeyBinding(keys: [.control("w")], action: .edit(.deleteWord), contexts: [.search],
                   section: "Search line", summary: "delete the word before"),

        KeyBinding(keys: [.character("c")], action: .jumpToContacts, contexts: panes,
                   section: "Contacts and links", summary: "cursor to the first contact card (again: the next card); j k move between its fields"),
        KeyBinding(keys: [.character("y")], action: .copy, contexts: panes,
                   section: "Contacts and links", summary: "copy the field under the cursor; elsewhere choose: headline, link, source, record"),
        KeyBinding(keys: [.character("C")], action: .openDirectory, contexts: panes,
                   section: "Contacts and links", summary: "the contacts directory of the listed releases: Enter opens a person, then a release"),
        KeyBinding(keys: [.character("Y")], action: .copyCard, contexts: panes,
                   section: "Contacts and links", summary: "copy the contact card as text"),
        KeyBinding(keys: [.character("V")], action: .copyVCard, contexts: panes,
                   section: "Contacts and links", summary: "copy the contact card as a vCard"),
        KeyBinding(keys: [.character("o")], action: .startOpenLink, contexts: panes,
                   section: "Contacts and links", summary: "open link [n]: o, then its number"),

        KeyBinding(keys: [.character("v")], action: .viewFile, contexts: panes,
                   section: "Hand over the terminal", summary: "view the release's file in $PAGER (default less)"),
        KeyBinding(keys: [.character("e")], action: .editFile, contexts: panes,
                   section: "Hand over the terminal", summary: "edit the release's file in $EDITOR (default vi)"),
        KeyBinding(keys: [.character("|")], action: .startPipe, contexts: panes,
                   section: "Hand over the terminal", summary: "pipe the release's text to a command you type (Enter runs it)"),
        KeyBinding(keys: [.enter], action: .open, contexts: [.prompt],
                   section: "Hand over the terminal", summary: "run the command typed"),
        KeyBinding(keys: [.backspace, .control("h")], action: .eraseInPrompt, contexts: [.prompt],
                   section: "Hand over the terminal", summary: "delete the last character typed"),
        KeyBinding(keys: [.escape, .control("c")], action: .back, contexts: [.prompt],
                   section: "Hand over the terminal", summary: "cancel"),

        KeyBinding(keys: [.down, .control("n")], action: .move(.lineDown), contexts: [.directory],
                   section: "Contacts directory", summary: "next person (typed letters filter the list)"),
        KeyBinding(keys: [.up, .control("p")], action: .move(.lineUp), contexts: [.directory],
                   section: "Contacts directory", summary: "previous person"),
        KeyBinding(keys: [.pageDown], action: .move(.pageDown), contexts: [.directory],
                   section: "Contacts directory", summary: "a page down"),
        KeyBinding(keys: [.pageUp], action: .move(.pageUp), contexts: [.directory],
                   section: "Contacts directory", summary: "a page up"),
        KeyBinding(keys: [.backspace, .control("h")], action: .eraseInDirectory, contexts: [.directory],
                   section: "Contacts directory", summary: "delete the last typed character"),
        KeyBinding(keys: [.enter], action: .open, contexts: [.directory],
                   section: "Contacts directory", summary: "show the person; on a release, open it"),
        KeyBinding(keys: [.escape], action: .back, contexts: [.directory],
                   section: "Contacts directory", summary: "back to the people; close"),
        KeyBinding(keys: [.enter], action: .open, contexts: [.chooser, .openLink],
                   section: "Menus", summary: "take the choice"),
        KeyBinding(keys: [.escape, .character("q")], action: .back, contexts: [.chooser, .openLink],
                   section: "Menus", summary: "cancel"),
        KeyBinding(keys: [.escape, .character("q"), .character("?"), .character("i"), .function(1)], action: .toggleHelp,
                   contexts: [.help], section: "Menus", summary: "close the help, the problem list or the explanation"),
    ]

    /// Lookups by (context, key), built once from `bindings`.
    private static let table: [KeyContext: [Key: Action]] = {
        var table: [KeyContext: [Key: Action]] = [:]
        for binding in bindings {
            for context in binding.contexts {
                for key in binding.keys where table[context]?[key] == nil {
                    table[context, default: [:]][key] = binding.action
                }
            }
        }
        return table
    }()

    /// The action `key` gives in `context`, or nil when it does nothing there. Typed characters edit the
    /// search line; digits pick a menu item or a link number.
    public static func action(for key: Key, in context: KeyContext) -> Action? {
        if let action = table[context]?[key] { return action }
        switch (context, key) {
        case (.search, .character(let c)): return .edit(.insert(c))
        case (.directory, .character(let c)): return .typeInDirectory(c)
        case (.prompt, .character(let c)): return .typeInPrompt(c)
        case (.chooser, .character(let c)), (.openLink, .character(let c)):
            if let digit = c.wholeNumberValue, c.isASCII { return .digit(digit) }
            return nil
        default: return nil
        }
    }

    /// The context keys go to in `state`.
    public static func context(of state: AppState) -> KeyContext {
        switch state.overlay {
        case .help?, .problems?, .explanation?: return .help
        case .chooser?: return .chooser
        case .directory?: return .directory
        case .openLink?: return .openLink
        case .pipe?: return .prompt
        case nil:
            switch state.focus {
            case .list: return .list
            case .detail: return .detail
            case .search: return .search
            }
        }
    }

    /// The action for an input event in `state`.
    public static func action(for event: InputEvent, in state: AppState) -> Action? {
        switch event {
        case .key(let key): action(for: key, in: context(of: state))
        case .mouse(let mouse): .mouse(mouse)
        case .resize(let size): .resize(size)
        }
    }
}
