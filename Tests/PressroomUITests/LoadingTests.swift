import PressroomCore
import Testing
@testable import PressroomUI

/// Releases arriving while the browser is open: the selection stays, the status bar shows progress.
@Suite struct LoadingTests {
    @Test func releasesArrivingKeepTheSelectedReleaseOnItsRow() {
        let releases = UpdateTests.many(60)
        var s = AppState(catalog: Catalog(releases: Array(releases.prefix(50))))
        s.loading = LoadingStatus(done: 50, total: 60)
        for _ in 0..<5 { s = update(s, .move(.lineDown)).state }
        let chosen = s.selectedRelease?.id
        let row = s.selected - s.listTop
        // Newer releases arrive above it.
        let more = Catalog(releases: releases)
        let after = update(s, .loading(more, LoadingStatus(done: 60, total: 60, rate: 120))).state
        #expect(after.selectedRelease?.id == chosen)
        #expect(after.selected == s.selected + 10)
        #expect(after.selected - after.listTop == row)
        #expect(after.loading?.done == 60)
        let screen = render(after).text
        #expect(screen.contains("loading 60/60 · 120/s"))
        let done = update(after, .loaded(more)).state
        #expect(done.loading == nil)
        #expect(done.message == nil, "the end of the first load needs no word")
        #expect(done.selectedRelease?.id == chosen)
        #expect(done.selected - done.listTop == row)
    }

    @Test func rWhileLoadingDoesNotStartAnotherLoad() {
        var s = AppState(catalog: Catalog(releases: [Fixtures.seed]))
        s.loading = LoadingStatus(done: 0, total: 5)
        let result = update(s, .reload)
        #expect(result.effects.isEmpty)
        #expect(result.state.message?.text.hasPrefix("Still loading") == true)
    }

    @Test func keysWorkWhileLoadingAndASearchKeepsItsResultUntilTheEnd() {
        var s = AppState(catalog: Catalog(releases: [Fixtures.seed, Fixtures.water]))
        s.loading = LoadingStatus(done: 2, total: 3)
        for key in "/kiosk" { s = update(s, key == "/" ? .startSearch : .edit(.insert(key))).state }
        #expect(s.visible.count == 1)
        let more = Catalog(releases: [Fixtures.seed, Fixtures.water, Fixtures.cjk])
        s = update(s, .loading(more, LoadingStatus(done: 3, total: 3))).state
        #expect(s.catalog.releases.count == 2, "no search index rebuilt per batch while a search filters")
        s = update(s, .loaded(more)).state
        #expect(s.catalog.releases.count == 3)
        #expect(s.visible.count == 1)
    }

    @Test func searchesOffTheKeyPathTakeOnlyTheNewestResult() {
        var s = AppState(catalog: Catalog(releases: [Fixtures.seed, Fixtures.water, Fixtures.cjk]))
        s.searchOffKeyPath = true
        s = update(s, .startSearch).state
        var asked: [(String, Int)] = []
        for key in "kio" {
            let result = update(s, .edit(.insert(key)))
            s = result.state
            for case .search(let query, let request, _, _) in result.effects { asked.append((query, request)) }
        }
        #expect(asked.map(\.0) == ["k", "ki", "kio"])
        #expect(s.visible.count == 3, "the list keeps the last finished result (none yet) while searches run")
        // An older search finishing late is dropped; the newest is taken.
        let old = s.catalog.index.search("k", typing: true)
        s = update(s, .searched(request: asked[0].1, result: old)).state
        #expect(s.matchesMask == nil)
        let newest = s.catalog.index.search("kio", typing: true)
        s = update(s, .searched(request: asked[2].1, result: newest)).state
        #expect(s.visible.map { s.catalog.releases[$0].id } == [Fixtures.water.id])
        // Clearing the line needs no search.
        for _ in 0..<3 { s = update(s, .edit(.backspace)).state }
        #expect(s.visible.count == 3)
    }
}
