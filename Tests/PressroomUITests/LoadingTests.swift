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
        let screen = render(after, size: after.size).text
        #expect(screen.contains("loading 60/60 · 120/s"))
        let done = update(after, .loaded(more)).state
        #expect(done.loading == nil)
        #expect(done.message?.text == "Loaded 60 releases")
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
}
