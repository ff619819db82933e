import PressroomCore
import Testing
@testable import PressroomUI

/// ↑ ↓ on the search line recall the queries accepted before; Enter adds one, which the backend saves.
@Suite struct SearchHistoryTests {
    @Test func enterKeepsTheQueryNewestLastWithoutRepeats() {
        var s = AppState(releases: Fixtures.archive)
        s.searchHistory = ["water", "diamond"]
        let typed = s.searching("water")
        let result = update(typed, .acceptSearch)
        #expect(result.state.searchHistory == ["diamond", "water"])
        #expect(result.effects.contains(.saveHistory(["diamond", "water"])))
        // Nothing new, nothing saved; a blank query is not kept.
        #expect(!update(result.state.searching(""), .acceptSearch).effects.contains { if case .saveHistory = $0 { true } else { false } })
    }

    @Test func upAndDownWalkTheHistoryAndComeBackToWhatWasTyped() {
        var s = AppState(releases: Fixtures.archive)
        s.searchHistory = ["water", "countries"]
        let typing = s.searching("zür")
        let up = typing.after(keys: [.up])
        #expect(up.query == "countries")
        #expect(up.queryCursor == "countries".count)
        #expect(up.visible.count == 2)                            // searched
        #expect(up.after(keys: [.up]).query == "water")
        #expect(up.after(keys: [.up, .up, .up]).query == "water")  // the oldest stays
        #expect(up.after(keys: [.up, .down]).query == "countries")
        let back = up.after(keys: [.down])
        #expect(back.query == "zür")
        #expect(back.visible.count == 1)
        #expect(typing.after(keys: [.down]).query == "zür")       // nothing newer
        // Ctrl-N / Ctrl-P move in the list instead.
        #expect(s.after(keys: [.character("/"), .control("n")]).selected == 1)
    }

    @Test func theFileKeepsOneQueryALine() {
        #expect(SearchHistory.decode("a b\n\n  \nc:d\n") == ["a b", "c:d"])
        #expect(SearchHistory.encode(["a b", "c:d"]) == "a b\nc:d\n")
        let many = (1...250).map { "q\($0)" }
        #expect(SearchHistory.decode(SearchHistory.encode(many)) == Array(many.suffix(SearchHistory.limit)))
    }
}
