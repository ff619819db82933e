import PressroomCore
import Testing
@testable import PressroomUI

/// `C`: the contacts of the listed releases, one entry per person, opened with Enter, and a release of that
/// person opened from there.
@Suite struct DirectoryOverlayTests {
    let size = Size(rows: 24, columns: 80)

    func state() -> AppState { AppState(releases: Fixtures.archive, size: size) }

    @Test func cOpensThePeopleAndEnterOpensOneThenARelease() {
        let s = state().after(keys: [.character("C")])
        guard case .directory(let page)? = s.overlay else {
            Issue.record("no directory")
            return
        }
        let names = page.entries.map(\.title)
        #expect(names.contains("Shamiso Mtisi") && names.contains("Achieng Otieno"))
        let grid = render(s.at(size))
        #expect(grid.line(0).contains("Contacts · \(page.entries.count) in \(Fixtures.archive.count) releases"))
        // Down to Shamiso, Enter: the entry in full, with the phone as printed and the release.
        let k = names.firstIndex(of: "Shamiso Mtisi")!
        var opened = s
        for _ in 0..<k { opened = opened.after(keys: [.down]) }
        opened = opened.after(keys: [.enter])
        guard case .directory(let entryPage)? = opened.overlay, entryPage.open == k else {
            Issue.record("entry not opened")
            return
        }
        let entry = render(opened.at(size)).text
        #expect(entry.contains("+263 78 808 7050"))
        #expect(entry.contains("shamiso@zela.org"))
        #expect(entry.contains("2021-06-28  Attempt to silence civil society observers"))
        // Enter on the release opens it in the detail; Esc from an entry goes back to the people, then closes.
        let read = opened.after(keys: [.enter])
        #expect(read.overlay == nil && read.focus == .detail && read.selectedRelease?.id == Fixtures.seed.id)
        let back = opened.after(keys: [.escape])
        guard case .directory(let list)? = back.overlay else {
            Issue.record("Esc closed the directory from an entry")
            return
        }
        #expect(list.open == nil)
        #expect(back.after(keys: [.escape]).overlay == nil)
    }

    /// Letters typed in the directory filter it (names, organisations, phones however printed, e-mails), the
    /// last word a prefix; Backspace takes one back; Enter then opens the one found, and Enter its release.
    @Test func typingFiltersTheDirectory() {
        var s = state().after(keys: [.character("C")])
        for c in "mtis" { s = s.after(keys: [.character(c)]) }
        guard case .directory(let page)? = s.overlay else {
            Issue.record("no directory")
            return
        }
        #expect(page.filter == "mtis")
        #expect(page.entries.map(\.title) == ["Shamiso Mtisi"])
        #expect(render(s.at(size)).line(0).contains("1 of "))
        // A phone number however printed finds its person.
        var byPhone = state().after(keys: [.character("C")])
        for c in "788087050" { byPhone = byPhone.after(keys: [.character(c)]) }
        if case .directory(let p)? = byPhone.overlay { #expect(p.entries.map(\.title) == ["Shamiso Mtisi"]) }
        let read = s.after(keys: [.enter, .enter])
        #expect(read.overlay == nil && read.selectedRelease?.id == Fixtures.seed.id)
        let erased = s.after(keys: [.backspace, .backspace, .backspace, .backspace])
        if case .directory(let p)? = erased.overlay { #expect(p.filter.isEmpty && p.entries.count == page.source!.directory.entries.count) }
    }

    /// In a 40x12 terminal an open entry still shows its releases, the line Enter acts on.
    @Test func aShortWindowStillShowsTheReleases() {
        let small = Size(rows: 12, columns: 40)
        var s = AppState(releases: Fixtures.archive, size: small).after(keys: [.character("C")])
        for c in "mtisi" { s = s.after(keys: [.character(c)]) }
        s = s.after(keys: [.enter])
        let text = render(s.at(small)).text
        #expect(text.contains("Releases (1)"))
        #expect(text.contains("2021-06-28  Attempt"))
    }

    /// A filter that matches no one says so, instead of an empty window.
    @Test func aFilterMatchingNoOneSaysSo() {
        var s = state().after(keys: [.character("C")])
        for c in "zzyzx" { s = s.after(keys: [.character(c)]) }
        #expect(render(s.at(size)).line(1).contains("No one matches \"zzyzx\""))
    }

    /// With a filter on the list, the directory holds the contacts of the releases it shows, and says so.
    @Test func theDirectoryFollowsTheListsFilter() {
        let s = state().searching("diamond").after(keys: [.enter, .character("C")])
        guard case .directory(let page)? = s.overlay else {
            Issue.record("no directory")
            return
        }
        #expect(page.entries.map(\.title) == ["Shamiso Mtisi"])
        #expect(render(s.at(size)).line(0).contains("the 1 release of /diamond"))
    }
}
