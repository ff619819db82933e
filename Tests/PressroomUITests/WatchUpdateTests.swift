import PressroomCore
import Testing
@testable import PressroomUI

/// `--watch` in the pure update: changes on disk are asked for off the key path, one reread at a time and
/// never while the archive loads; what comes back is merged without moving the selection, and the status bar
/// says what changed.
@Suite struct WatchUpdateTests {
    static func release(_ n: Int, id: String? = nil, title: String? = nil) -> Release {
        Release(id: id ?? "id\(n)", source: "r\(n).txt", format: .text, title: title ?? "Release \(n)",
                date: "2024-01-\(n < 10 ? "0" : "")\(n)", organization: "Org", paragraphs: ["Body \(n)."])
    }

    /// Ten releases, newest (r10) first; the watcher on.
    func state() -> AppState {
        var s = AppState(releases: (1...10).map { Self.release($0) })
        s.watching = true
        s.searchOffKeyPath = true
        return s
    }

    /// What `Effect.reread` would bring back: `changes` merged into the state's catalog.
    func merged(_ s: AppState, _ changes: ArchiveChanges, paths: [String] = ["/a/x.txt"]) -> Action {
        .merged(s.catalog.merging(changes, paths: paths))
    }

    @Test func aChangeOnDiskIsReadOffTheKeyPathOneReadAtATime() {
        let s = state()
        let first = update(s, .watched(.changed(["/a/r11.txt"])))
        #expect(first.effects == [.reread(["/a/r11.txt"])])
        #expect(first.state.rereading)
        // More changes while that read runs wait for it.
        let second = update(first.state, .watched(.changed(["/a/r12.txt", "/a/r11.txt"])))
        #expect(second.effects.isEmpty)
        #expect(second.state.pendingChanges == ["/a/r12.txt", "/a/r11.txt"])
        // Its result asks for them.
        let back = update(second.state, merged(second.state, ArchiveChanges(sources: ["r11.txt"], releases: [Self.release(11)])))
        #expect(back.effects == [.reread(["/a/r12.txt", "/a/r11.txt"])])
        #expect(back.state.pendingChanges.isEmpty && back.state.rereading)
    }

    @Test func changesWaitForTheLoadToEnd() {
        var s = state()
        s.loading = LoadingStatus(done: 1, total: 10)
        let during = update(s, .watched(.changed(["/a/r11.txt"])))
        #expect(during.effects.isEmpty && !during.state.rereading)
        let loaded = update(during.state, .loaded(during.state.catalog))
        #expect(loaded.effects == [.reread(["/a/r11.txt"])])
    }

    @Test func aNewReleaseAppearsWithoutMovingTheSelectionAndTheStatusBarSaysSo() {
        var s = state().after(keys: [.character("j"), .character("j")])  // r8 selected, third row
        #expect(s.selectedRelease?.id == "id8")
        s = update(s, .watched(.changed(["/a/r11.txt"]))).state
        let changes = ArchiveChanges(sources: ["r11.txt", "r3.txt", "r5.txt"],
                                     releases: [Self.release(11), Self.release(3, id: "id3b", title: "Release 3, corrected")])
        s = update(s, merged(s, changes)).state
        #expect(s.releases.count == 10)                                   // +1 new, -1 removed
        #expect(s.selectedRelease?.id == "id8")                           // still selected, now the fourth row
        #expect(s.selected == 3)
        #expect(s.message?.text == "1 new, 1 changed, 1 removed")
        #expect(!s.rereading)
        let bar = render(s).line(s.size.rows - 1)
        #expect(bar.contains("1 new, 1 changed, 1 removed"))
        // The next key clears the message; the status bar then says the list is watched.
        let after = s.after(keys: [.character("j")])
        #expect(render(after).line(after.size.rows - 1).contains("watching"))
    }

    @Test func theSelectionFollowsItsFileWhenItChangesAndMovesToItsPlaceWhenItGoes() {
        var s = state().after(keys: [.character("j")])                    // r9
        s = update(s, .watched(.changed(["/a/r9.txt"]))).state
        s = update(s, merged(s, ArchiveChanges(sources: ["r9.txt"], releases: [Self.release(9, id: "id9b", title: "Nine again")]))).state
        #expect(s.selectedRelease?.id == "id9b")
        #expect(s.selectedRelease?.title == "Nine again")
        #expect(s.message?.text == "1 changed")
        // Removed: the release that takes its row is selected, not the top of the list.
        s = update(s, .watched(.changed(["/a/r9.txt"]))).state
        s = update(s, merged(s, ArchiveChanges(sources: ["r9.txt"]))).state
        #expect(s.selected == 1)
        #expect(s.selectedRelease?.id == "id8")
        #expect(s.message?.text == "1 removed")
    }

    @Test func aResultOverReleasesSinceReplacedIsReadAgain() {
        let s = update(state(), .watched(.changed(["/a/r11.txt"]))).state
        let stale = s.catalog.merging(ArchiveChanges(sources: ["r11.txt"], releases: [Self.release(11)]), paths: ["/a/r11.txt"])
        let reloaded = update(s, .loaded(Catalog(releases: (1...10).map { Self.release($0) }))).state
        let back = update(reloaded, .merged(stale))
        #expect(back.state.releases.count == 10, "not merged into the new releases")
        #expect(back.effects == [.reread(["/a/r11.txt"])])
    }

    @Test func aSearchKeepsItsMatchesAndRunsAgainOffTheKeyPath() {
        var s = state()
        s = update(s, .startSearch).state
        s = update(s, .edit(.insert("x"))).state
        let request = s.searchRequest
        // Say the search matched r2 and r4.
        s = update(s, .searched(request: request, result: SearchResult(matches: [1, 3]))).state
        #expect(s.visible.count == 2)
        s = update(s, .watched(.changed(["/a/r1.txt"]))).state
        let back = update(s, merged(s, ArchiveChanges(sources: ["r1.txt", "r4.txt"], releases: [Self.release(4, id: "id4b")])))
        #expect(back.state.visible.map { back.state.releases[$0].id } == ["id4b", "id2"])
        #expect(back.effects == [.search(query: "x", request: back.state.searchRequest, typing: true, now: back.state.now)])
        #expect(back.state.searchRequest > request)
    }

    @Test func lostEventsReadTheWholeArchiveAndAFolderThatCannotBeWatchedIsSaid() {
        let lost = update(state(), .watched(.overflow))
        #expect(lost.effects == [.reload])
        #expect(lost.state.message?.text == "Too many changes at once to follow: reading the whole archive again")
        let denied = update(state(), .watched(.cannotWatch(folder: "/a/b", reason: "Permission denied")))
        #expect(denied.state.message == StatusMessage("Cannot watch /a/b (Permission denied): r reads its changes", isError: true))
        #expect(denied.effects.isEmpty && denied.state.watching)
        let limit = update(state(), .watched(.limitReached(limit: 8192))).state
        #expect(limit.message?.text == "The system's limit of 8192 watched folders is reached (fs.inotify.max_user_watches): "
                + "changes in some folders are not seen; r reads them")
        // Watching could not start: the status bar no longer says "watching".
        let none = update(state(), .watched(.unavailable(reason: "Too many open files"))).state
        #expect(none.message?.text == "Cannot watch for changes (Too many open files): r reads them")
        #expect(!none.watching)
        let bar = render(none.after(keys: [.character("j")]))
        #expect(!bar.line(none.size.rows - 1).contains("watching"))
    }

    @Test func mergingKeepsTheArchiveOrderAndCountsEachKindOfChange() {
        let catalog = Catalog(releases: (1...5).map { Self.release($0) },
                              problems: [LoadProblem(path: "/a/bad.txt", reason: "the file is empty")])
        let changes = ArchiveChanges(sources: ["r2.txt", "r4.txt", "r35.txt", "bad.txt", "worse.txt"],
                                     releases: [Self.release(2), Self.release(35), Self.release(4, id: "id4b")],
                                     problems: [LoadProblem(path: "/a/worse.txt", reason: "the file is empty")],
                                     problemPaths: ["/a/bad.txt", "/a/worse.txt"])
        let merge = catalog.merging(changes)
        #expect(merge.catalog.releases.map(\.source) == ["r1.txt", "r2.txt", "r3.txt", "r35.txt", "r4.txt", "r5.txt"])
        #expect(merge.summary == WatchSummary(added: 1, changed: 1, removed: 0, problems: 1))
        #expect(merge.renamed == ["id4": "id4b"])
        #expect(merge.catalog.problems.map(\.path) == ["/a/worse.txt"])
        // A folder stands for everything under it.
        let folder = Catalog(releases: [Release(id: "a", source: "2024/a.txt", format: .text, title: "A"),
                                        Release(id: "b", source: "2024b.txt", format: .text, title: "B")])
        let gone = folder.merging(ArchiveChanges(sources: ["2024"]))
        #expect(gone.catalog.releases.map(\.id) == ["b"])
        #expect(gone.summary == WatchSummary(removed: 1))
    }
}
