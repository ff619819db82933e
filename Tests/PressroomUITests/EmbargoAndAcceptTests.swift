import PressroomCore
import Testing
@testable import PressroomUI

/// Embargoes in the list, the detail and the status bar; the accepted filter read as `pressroom search` reads it.
@Suite struct EmbargoAndAcceptTests {
    /// 2025-06-01 00:00 UTC.
    static let june1: Int64 = Embargo.daysFromCivil(year: 2025, month: 6, day: 1) * 86400

    static func state(now: Int64 = june1, size: Size = Size(rows: 24, columns: 80)) -> AppState {
        var s = AppState(releases: [Fixtures.seed, Fixtures.embargoed], size: size)
        s.now = now
        return s
    }

    @Test func anEmbargoStillInForceIsMarkedInTheListAndTheStatusBar() {
        let s = Self.state()
        let grid = render(s)
        let row = (0..<grid.rows).first { grid.line($0).contains("Ravenscar") }!
        #expect(grid.line(row).contains("EMBARGO Tidal lab"))
        #expect(!grid.text.contains("EMBARGO Attempt"))
        // Selected (the newest first): the status bar says until when (in fewer words when narrow).
        #expect(s.selectedRelease?.id == Fixtures.embargoed.id)
        #expect(grid.line(23).contains("embargo until 2025-06-03 10:00 CET"))
        let wide = Size(rows: 30, columns: 160)
        #expect(render(s.at(wide)).line(29).contains("under embargo until 2025-06-03 10:00 CET"))
        // Not selected, the mark is drawn as a warning.
        let other = s.after(keys: [.character("j")])
        let otherGrid = render(other)
        let line = otherGrid.line(row)
        let column = line.distance(from: line.startIndex, to: line.range(of: "EMBARGO")!.lowerBound)
        #expect(otherGrid.line(row).dropFirst(column).hasPrefix("EMBARGO"))
        #expect(otherGrid[row, column].style == s.theme.warning)
        #expect(!otherGrid.line(23).contains("embargo"))
        // Once the clock passes the time, the marks go.
        let later = update(s, .clock(Self.june1 + 3 * 86400)).state
        let after = render(later)
        #expect(!after.text.contains("EMBARGO Tidal"))
        #expect(!after.line(23).contains("embargo"))
    }

    @Test func theDetailDrawsTheEmbargoInstructionAsAWarning() {
        let s = Self.state().after(keys: [.enter])
        let layout = s.detailLayout!
        let line = layout.lines.first { $0.role == .warning }
        #expect(line?.text == "Embargoed until 10:00 CET on June 3, 2025")
        #expect(layout.lines.first?.text == "Media Advisory · 2025-05-30 · PORTLAND")
        let grid = render(s)
        #expect(grid[1, 1].style == s.theme.warning)
        #expect(grid.line(1) == " Embargoed until 10:00 CET on June 3, 2025")
    }

    @Test func embargoedNowSearchesAtTheStatesTime() {
        #expect(Self.state().searching("embargoed:now").after(keys: [.enter]).visible.count == 1)
        #expect(Self.state(now: Self.june1 + 3 * 86400).searching("embargoed:now").after(keys: [.enter]).visible.count == 0)
        // Off the key path, the effect carries the time the update was given.
        var s = Self.state()
        s.searchOffKeyPath = true
        let effects = update(s.after(keys: [.character("/"), .character("x")]), .acceptSearch).effects
        #expect(effects == [.saveHistory(["x"]), .search(query: "x", request: 2, typing: false, now: Self.june1)])
    }

    /// `kimberlite NOT what` counted 76 in the browser and 80 on the command line: the accepted filter read
    /// `what` as `what*`, and so left out the releases that say `whatever`.
    @Test func theAcceptedFilterReadsItsLastWordWhole() {
        func release(_ n: Int, _ body: String) -> Release {
            Release(id: "r\(n)", source: "r\(n).txt", format: .text, title: "Kimberlite note \(n)", paragraphs: [body])
        }
        let releases = [release(1, "what was found"), release(2, "whatever it was"), release(3, "nothing here")]
        let typed = AppState(releases: releases).searching("kimberlite NOT what")
        #expect(typed.visible.count == 1)                      // while typing: NOT what*
        let accepted = typed.after(keys: [.enter])
        #expect(accepted.visible.count == SearchIndex(releases).search("kimberlite NOT what").matches.count)
        #expect(accepted.visible.count == 2)
        // Typing again makes it a prefix again; Esc clears.
        #expect(accepted.after(keys: [.character("/"), .backspace, .character("t")]).visible.count == 1)
        // A query that only parses while typed (a dangling operator) says so when accepted.
        let dangling = AppState(releases: releases).searching("kimberlite OR").after(keys: [.enter])
        #expect(dangling.message?.isError == true)
    }
}
