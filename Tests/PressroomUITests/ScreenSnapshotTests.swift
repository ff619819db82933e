import Foundation
import PressroomCore
import Testing
@testable import PressroomUI

/// The whole screen, as text, at three sizes, for each view the issue names.
@Suite struct ScreenSnapshotTests {
    static let sizes = [Size(rows: 24, columns: 80), Size(rows: 12, columns: 40), Size(rows: 60, columns: 200)]

    static func state(_ releases: [Release], _ size: Size) -> AppState {
        AppState(releases: releases, size: size)
    }

    static func name(_ scene: String, _ size: Size) -> String { "\(scene)-\(size.columns)x\(size.rows)" }

    @Test(arguments: sizes) func list(size: Size) {
        let state = Self.state(Fixtures.archive, size)
        Snapshot.check(render(state.at(size)), Self.name("list", size))
    }

    /// The list's columns at 120 columns too (its pane is then 48 wide, beside the release).
    @Test func listAt120Columns() {
        let size = Size(rows: 40, columns: 120)
        let grid = render(Self.state(Fixtures.archive, size))
        #expect(grid.line(0).hasPrefix(" Date        Fmt  Headline"))
        Snapshot.check(grid, Self.name("list", size))
    }

    /// A release whose embargo has not lifted: marked in the list, said in the status bar.
    @Test(arguments: sizes) func listWithAnEmbargo(size: Size) {
        var state = Self.state(Fixtures.archive + [Fixtures.embargoed], size)
        state.now = EmbargoAndAcceptTests.june1
        let grid = render(state.at(size))
        #expect(grid.text.contains("EMBARGO Tidal"))
        Snapshot.check(grid, Self.name("list-embargo", size))
    }

    @Test(arguments: sizes) func detailOfTheSeed(size: Size) {
        let state = Self.state(Fixtures.archive, size).selecting(Fixtures.seed.id).after(keys: [.enter])
        let grid = render(state.at(size))
        #expect(grid.text.contains("Attempt to silence"))
        Snapshot.check(grid, Self.name("detail", size))
    }

    @Test(arguments: sizes) func detailWithNumberedLinks(size: Size) {
        let state = Self.state([Fixtures.linked], size).after(keys: [.enter])
        let grid = render(state.at(size))
        #expect(grid.text.contains("[1]"))
        Snapshot.check(grid, Self.name("detail-links", size))
    }

    /// The bundled demo with `-` bullets and `1.` `2.` notes, read by the parser: each item keeps its marker
    /// (`•`, `1.`) with its wrapped lines hanging under its text. Scrolled to the list at 80x24, whole at 120x40.
    @Test(arguments: [Size(rows: 24, columns: 80), Size(rows: 40, columns: 120)])
    func detailWithBulletsAndNumberedItems(size: Size) throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Resources/releases/saltpan-cycling-2025-02-27.md").standardized.path
        var release = try #require(Archive.load([path]).releases.first)
        release.source = "saltpan-cycling-2025-02-27.md"  // (not the checkout's path)
        var state = Self.state([release], size).after(keys: [.enter])
        let layout = try #require(state.detailLayout)
        let firstItem = try #require(layout.lines.firstIndex { $0.prefix == "• " })
        // Down to two lines above the first item, as far as the pane scrolls.
        while state.detailTop < firstItem - 2, case let top = state.detailTop,
              case let next = state.after(keys: [.character("j")]), next.detailTop > top { state = next }
        let grid = render(state.at(size))
        #expect(grid.text.contains("• secure parking"))
        #expect(grid.text.contains("1. The Saltpan Cycling Union"))
        Snapshot.check(grid, Self.name("detail-items", size))
    }

    /// A pane wider than the measure: the text block is centred in it (the default), or at its left edge; the
    /// contact cursor's marker stands beside the text either way. At 200 columns the pane is 119 wide.
    @Test func detailIsCentredOrLeftAlignedInAWidePane() {
        let size = Size(rows: 60, columns: 200)
        var state = Self.state(Fixtures.archive, size).selecting(Fixtures.seed.id).after(keys: [.enter, .character("c")])
        func column(of text: String, _ grid: CellGrid) -> Int? {
            (0..<grid.rows).lazy.compactMap { row in
                let line = grid.line(row)
                return line.range(of: text).map { DisplayWidth.of(line[..<$0.lowerBound]) }  // (columns: wide CJK in the list)
            }.first
        }
        let pane = 81, inset = (119 - 2 - 100) / 2
        let centred = render(state.at(size))
        #expect(column(of: "Attempt to silence", centred) == pane + 1 + inset)
        #expect(column(of: "▌Shamiso Mtisi", centred) == pane + inset)
        state.alignment = .left
        let left = render(state.at(size))
        #expect(column(of: "Attempt to silence", left) == pane + 1)
        #expect(column(of: "▌Shamiso Mtisi", left) == pane)
        // A narrower measure leaves more room on either side; a pane narrower than the measure none.
        #expect(TextAlignment.centre.inset(room: 117, width: 60) == 28)
        #expect(TextAlignment.centre.inset(room: 78, width: 78) == 0)
        #expect(TextAlignment.left.inset(room: 117, width: 60) == 0)
    }

    @Test(arguments: sizes) func searchWithMatches(size: Size) {
        let state = Self.state(Fixtures.archive, size).searching("countries")
        #expect(state.visible.count == 2)
        Snapshot.check(render(state.at(size)), Self.name("search-matches", size))
    }

    @Test(arguments: sizes) func searchWithNoMatches(size: Size) {
        let state = Self.state(Fixtures.archive, size).searching("zanzibar")
        #expect(state.visible.isEmpty)
        let grid = render(state.at(size))
        #expect(grid.text.contains("No release matches"))
        Snapshot.check(grid, Self.name("search-none", size))
    }

    @Test(arguments: sizes) func help(size: Size) {
        let state = Self.state(Fixtures.archive, size).after(keys: [.character("?")])
        Snapshot.check(render(state.at(size)), Self.name("help", size))
    }

    /// The end of the help: the query reference, generated from `QueryReference`.
    @Test(arguments: sizes) func helpQueryReference(size: Size) {
        let state = Self.state(Fixtures.archive, size).after(keys: [.character("?"), .character("G")])
        let grid = render(state.at(size))
        #expect(grid.text.contains("embargoed:now"))
        Snapshot.check(grid, Self.name("help-queries", size))
    }

    @Test(arguments: sizes) func contacts(size: Size) {
        let state = Self.state(Fixtures.archive, size).selecting(Fixtures.seed.id).after(keys: [.character("c")])
        let grid = render(state.at(size))
        #expect(grid.text.contains("shamiso@zela.org"))
        #expect(grid.text.contains("+263 78 808 7050"))
        Snapshot.check(grid, Self.name("contacts", size))
    }

    @Test(arguments: sizes) func emptyArchive(size: Size) {
        let state = Self.state([], size)
        let grid = render(state.at(size))
        #expect(grid.text.contains("No releases"))
        Snapshot.check(grid, Self.name("empty", size))
    }

    @Test func searchWithMatchesHighlightedInDetail() {
        let size = Size(rows: 60, columns: 200)
        let state = Self.state(Fixtures.archive, size).searching("diamond").after(keys: [.enter, .character("n")])
        let grid = render(state.at(size))
        #expect(state.visible.count == 1)
        Snapshot.check(grid, "search-detail-n-200x60")
    }

    @Test func tooSmall() {
        let size = Size(rows: 5, columns: 19)
        let grid = render(Self.state(Fixtures.archive, size))
        #expect(grid.line(0) == "Terminal too small…")
        Snapshot.check(grid, "too-small-19x5")
    }
}
