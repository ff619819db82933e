import PressroomCore
import Testing
@testable import PressroomUI

/// `i`: the parser's reasons for the selected release, asked of the backend and shown in a window.
@Suite struct ExplanationOverlayTests {
    let size = Size(rows: 12, columns: 50)

    func state() -> AppState { AppState(releases: UpdateTests.many(5), size: size) }

    @Test func iAsksTheBackendToExplainTheSelectedRelease() {
        let s = state()
        let action = KeyMap.action(for: .character("i"), in: KeyMap.context(of: s))
        #expect(action == .explain)
        let result = update(s, .explain)
        let id = s.selectedRelease!.id
        #expect(result.effects == [.explain(releaseID: id)])
        #expect(result.state.message?.text.contains("to explain it") == true)
    }

    @Test func theExplanationOpensScrollsAndCloses() {
        let s = state()
        let id = s.selectedRelease!.id
        let lines = (1...30).map { "line \($0)" }
        var opened = update(s, .explained(releaseID: id, lines: lines)).state
        #expect(opened.overlay == .explanation(Explanation(releaseID: id, lines: lines)))
        #expect(KeyMap.context(of: opened) == .help)
        opened = opened.after(keys: [.character("j"), .character("j")])
        guard case .explanation(let page)? = opened.overlay else { Issue.record("closed by j"); return }
        #expect(page.top == 2)
        let grid = render(opened.at(size))
        #expect(grid.line(1).contains("line 3"))
        #expect(grid.line(0).contains("How this release was read"))
        #expect(opened.after(keys: [.escape]).overlay == nil)
        #expect(opened.after(keys: [.character("i")]).overlay == nil)
    }

    /// A line wider than the window wraps under its own text, after the role column: every word is shown,
    /// and the window scrolls over the wrapped rows.
    @Test func longLinesWrapUnderTheirTextInANarrowWindow() {
        let line = "  body           The Harbour Trust opened its archive of ship plans and letters to the public today in Portleven."
        let rows = OverlayLayout.explanation([line, "FIELDS"], in: size).rows
        #expect(rows.count > 2)
        #expect(rows.allSatisfy { DisplayWidth.of($0) <= 46 })
        #expect(rows[0].hasPrefix("  body           The Harbour"))
        #expect(rows[1].hasPrefix(String(repeating: " ", count: 17)))
        let words = rows.joined(separator: " ").split(separator: " ")
        #expect(words == line.split(separator: " ") + ["FIELDS"])
        let s = state()
        var opened = update(s, .explained(releaseID: s.selectedRelease!.id, lines: [line] + (1...10).map { "line \($0)" })).state
        opened = opened.after(keys: [.character("G")])
        let grid = render(opened.at(size))
        #expect(grid.line(0).contains("/\(rows.count + 9)"))
        #expect((0..<12).contains { grid.line($0).contains("line 10") })
    }

    /// An answer for a release that is no longer selected (the user moved on) is dropped.
    @Test func aLateAnswerForAnotherReleaseIsDropped() {
        let s = state().after(keys: [.character("j")])
        let other = state().selectedRelease!.id
        #expect(update(s, .explained(releaseID: other, lines: ["x"])).state.overlay == nil)
    }
}
