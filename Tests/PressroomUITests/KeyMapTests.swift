import Testing
@testable import PressroomUI

/// The key map: every key gives its action where it is bound, and the help lists every binding.
@Suite struct KeyMapTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var key: Key
        var context: KeyContext
        var action: Action
        var testDescription: String { "\(key.name) in \(context)" }
    }

    /// Every (key, context) the map binds, with the action of the first binding that claims it.
    static let cases: [Case] = {
        var seen = Set<String>()
        var out: [Case] = []
        for binding in KeyMap.bindings {
            for context in KeyContext.allCases where binding.contexts.contains(context) {
                for key in binding.keys where seen.insert("\(key)|\(context)").inserted {
                    out.append(Case(key: key, context: context, action: binding.action))
                }
            }
        }
        return out
    }()

    @Test(arguments: cases) func everyBoundKeyGivesItsAction(_ c: Case) {
        #expect(KeyMap.action(for: c.key, in: c.context) == c.action)
    }

    @Test func theIssueKeysAreAllBound() {
        let list: [(Key, Action)] = [
            (.character("j"), .move(.lineDown)), (.down, .move(.lineDown)), (.character("k"), .move(.lineUp)),
            (.up, .move(.lineUp)), (.control("d"), .move(.halfPageDown)), (.control("u"), .move(.halfPageUp)),
            (.pageDown, .move(.pageDown)), (.character(" "), .move(.pageDown)), (.control("f"), .move(.pageDown)),
            (.pageUp, .move(.pageUp)), (.character("b"), .move(.pageUp)), (.control("b"), .move(.pageUp)),
            (.character("g"), .move(.top)), (.home, .move(.top)), (.character("G"), .move(.bottom)),
            (.end, .move(.bottom)), (.enter, .open), (.character("l"), .open), (.right, .open),
            (.tab, .nextPane), (.character("q"), .quitOrBack), (.character("Q"), .quit), (.control("c"), .quit),
            (.control("l"), .redraw), (.character("r"), .reload), (.character("/"), .startSearch),
            (.character("n"), .nextMatch), (.character("N"), .previousMatch), (.character("c"), .jumpToContacts),
            (.character("y"), .copy), (.character("o"), .startOpenLink), (.character("s"), .cycleSort),
            (.character("?"), .toggleHelp),
        ]
        for (key, action) in list { #expect(KeyMap.action(for: key, in: .list) == action, "\(key.name)") }
        for (key, action) in [(Key.escape, Action.back), (.character("h"), .back), (.left, .back),
                              (.character("j"), .move(.lineDown)), (.character("G"), .move(.bottom))] {
            #expect(KeyMap.action(for: key, in: .detail) == action, "\(key.name)")
        }
        let search: [(Key, Action)] = [
            (.left, .edit(.left)), (.right, .edit(.right)), (.backspace, .edit(.backspace)),
            (.delete, .edit(.deleteForward)), (.control("a"), .edit(.home)), (.control("e"), .edit(.end)),
            (.home, .edit(.home)), (.end, .edit(.end)), (.control("u"), .edit(.deleteToStart)),
            (.control("w"), .edit(.deleteWord)), (.enter, .acceptSearch), (.escape, .cancelSearch),
            (.character("q"), .edit(.insert("q"))), (.character("é"), .edit(.insert("é"))),
            (.character("?"), .edit(.insert("?"))),
        ]
        for (key, action) in search { #expect(KeyMap.action(for: key, in: .search) == action, "\(key.name)") }
    }

    @Test func digitsPickInMenusOnly() {
        #expect(KeyMap.action(for: .character("2"), in: .chooser) == .digit(2))
        #expect(KeyMap.action(for: .character("0"), in: .openLink) == .digit(0))
        #expect(KeyMap.action(for: .character("2"), in: .list) == nil)
        #expect(KeyMap.action(for: .character("x"), in: .chooser) == nil)
    }

    @Test func theHelpListsEveryBindingFromTheMap() {
        let help = HelpText.lines
        for binding in KeyMap.bindings {
            let keys = binding.keys.map(\.name).joined(separator: " ")
            #expect(help.contains { $0.keys == keys && $0.summary == binding.summary }, "\(keys)")
        }
    }

    @Test func contextFollowsOverlaysThenFocus() {
        var state = AppState(releases: Fixtures.archive)
        #expect(KeyMap.context(of: state) == .list)
        state.focus = .search
        #expect(KeyMap.context(of: state) == .search)
        state.overlay = .help(top: 0)
        #expect(KeyMap.context(of: state) == .help)
    }
}
