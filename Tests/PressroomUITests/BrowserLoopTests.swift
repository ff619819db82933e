import Foundation
import PressroomCore
import Testing
@testable import PressroomUI

/// The whole loop without a terminal: keys in through a `ScriptedScreen`, effects performed by a test world,
/// their results worded by `update`, frames out.
@Suite struct BrowserLoopTests {
    static let size = Size(rows: 24, columns: 80)

    /// `y` on a release offers what to copy, `1` copies the headline: the world's clipboard gets it, and the
    /// frame says which tools took it (worded by `update` from `.copied`); `q` quits with status 0.
    @Test func aCopyRunsThroughTheWorldAndComesBackWorded() {
        let copied = Box<[String]>([])
        let screen = ScriptedScreen(size: Self.size, [
            .input(.key(.character("y"))), .waitFor("Headline"),
            .input(.key(.character("1"))), .waitFor("Copied headline (xclip): "),
            .input(.key(.character("q"))),
        ])
        let world = BrowserWorld(load: { _, _ in }, copy: { text, terminal in
            terminal("osc52:" + text)
            copied.value.append(text)
            return ["xclip"]
        })
        let state = AppState(releases: Fixtures.archive, size: Self.size)
        let loop = BrowserLoop(state: state, screen: screen, world: world)
        let title = state.selectedRelease!.title
        #expect(loop.run(firstFrameWait: 0) == 0)
        #expect(!screen.timedOut, "last frame:\n\(screen.lastFrame)")
        #expect(copied.value == [title])
        #expect(screen.written == ["osc52:" + title])
        #expect(screen.lastFrame.contains("Copied headline (xclip): \(title.prefix(20))"))
    }

    /// `v` on one message of an mbox: the pager gets the copy of the message the world wrote, which is removed
    /// when the pager ends; `e` gets the mbox itself; a copy that could not be written is worded.
    @Test func vOnAMessageShowsItsCopyAndRemovesItAfter() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pressroom-copy-\(UInt32.random(in: 0...UInt32.max))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let copy = folder + "/message.eml"
        let ran = Box<[(HandOver.Kind, String?, Bool)]>([])
        let screen = ScriptedScreen(size: Self.size, [
            .input(.key(.character("v"))), .input(.key(.character("e"))), .input(.key(.character("v"))),
            .waitFor("to show it: Read-only file system"), .input(.key(.character("q"))),
        ])
        let asked = Box<Int>(0)
        let world = BrowserWorld(load: { _, _ in }, run: { handOver in
            ran.value.append((handOver.kind, handOver.argument, handOver.argument.map { FileManager.default.fileExists(atPath: $0) } ?? false))
            return .exited(0)
        }, locate: { _, kind in
            asked.value += 1
            if kind == .editor { return .file("/mail/inbox.mbox") }
            if asked.value > 1 { return .notCopied("Read-only file system") }
            FileManager.default.createFile(atPath: copy, contents: Data("Subject: x\n\nbody\n".utf8))
            return .messageCopy(copy)
        })
        let loop = BrowserLoop(state: AppState(releases: Fixtures.archive, size: Self.size), screen: screen, world: world)
        #expect(loop.run(firstFrameWait: 0) == 0)
        #expect(!screen.timedOut, "last frame:\n\(screen.lastFrame)")
        #expect(ran.value.map(\.0) == [.pager, .editor])
        #expect(ran.value.first?.1 == copy && ran.value.first?.2 == true)
        #expect(ran.value.last?.1 == "/mail/inbox.mbox")
        #expect(!FileManager.default.fileExists(atPath: copy))
    }

    /// A link opened (`o`, its number, Enter) comes back as `.opened` and is worded on the status bar.
    @Test func aLinkOpenedIsWorded() {
        let opened = Box<[String]>([])
        let screen = ScriptedScreen(size: Self.size, [
            .input(.key(.character("o"))), .input(.key(.character("1"))),
            .waitFor("No $BROWSER or xdg-open to open"), .input(.key(.character("q"))),
        ])
        let world = BrowserWorld(load: { _, _ in }, openURL: { url in
            opened.value.append(url)
            return .noOpener
        })
        let loop = BrowserLoop(state: AppState(releases: [Fixtures.linked], size: Self.size), screen: screen, world: world)
        #expect(loop.run(firstFrameWait: 0) == 0)
        #expect(!screen.timedOut, "last frame:\n\(screen.lastFrame)")
        #expect(opened.value == [Fixtures.linked.links[0]])
    }

    /// Effects of the updates that follow one are run too: a change seen by the watcher while the archive
    /// loads waits for `.loaded`, whose update asks for the reread (`Effect.reread`) — while the first frame
    /// is being waited for as well as later. The reread is run, and what it merges is shown.
    @Test func theEffectsOfAFollowingUpdateAreRun() {
        let reread = Box<[[String]]>([])
        let watcherPosted = DispatchSemaphore(value: 0)
        let first = Catalog(releases: [WatchUpdateTests.release(1)], problems: [])
        let watch = BrowserWatch(start: { post in
            post(.watched(.changed(["/a/r2.txt"])))
            watcherPosted.signal()
            return nil
        }, reread: { paths, base in
            reread.value.append(paths)
            return base.merging(ArchiveChanges(sources: ["r2.txt"], releases: [WatchUpdateTests.release(2)]), paths: paths)
        })
        let world = BrowserWorld(load: { _, post in
            watcherPosted.wait()
            post(.loaded(first))
        }, watch: watch)
        var state = AppState(releases: [], size: Self.size)
        state.loading = LoadingStatus(isReload: false)
        state.searchOffKeyPath = true
        let screen = ScriptedScreen(size: Self.size, [.waitFor("1 new"), .input(.key(.character("q")))])
        let loop = BrowserLoop(state: state, screen: screen, world: world)
        #expect(loop.run(firstFrameWait: 1) == 0)
        #expect(!screen.timedOut, "last frame:\n\(screen.lastFrame)")
        #expect(reread.value == [["/a/r2.txt"]])
        #expect(loop.state.catalog.releases.map(\.id) == ["id1", "id2"])
    }
}

/// What an effect did comes back as an action, and `update` words it.
@Suite struct EffectResultWordingTests {
    let state = AppState(releases: Fixtures.archive, size: Size(rows: 24, columns: 80))

    @Test func copiedSaysWhatAndWhichToolsTookIt() {
        #expect(update(state, .copied(text: "x@y.org", what: "e-mail", via: [])).state.message
                == StatusMessage("Copied e-mail: x@y.org"))
        #expect(update(state, .copied(text: "x@y.org", what: "e-mail", via: ["wl-copy"])).state.message
                == StatusMessage("Copied e-mail (wl-copy): x@y.org"))
    }

    @Test func openedSaysWhatBecameOfTheLink() {
        let url = "https://example.org/a"
        func said(_ outcome: LinkOpening) -> StatusMessage? { update(state, .opened(url: url, outcome)).state.message }
        #expect(said(.opened(with: "firefox")) == StatusMessage("Opened with firefox: \(url)"))
        #expect(said(.noOpener) == StatusMessage("No $BROWSER or xdg-open to open \(url)", isError: true))
        #expect(said(.refused) == StatusMessage("Not opened (only http, https and mailto links are opened): \(url)", isError: true))
        #expect(said(.failed("ENOENT")) == StatusMessage("Could not open \(url): ENOENT", isError: true))
    }

    @Test func onlyWebAndMailLinksAreOpened() {
        for url in ["https://example.org/a", "http://example.org", "HTTPS://EXAMPLE.ORG", "mailto:desk@example.org"] {
            #expect(LinkOpening.opens(url), "\(url)")
        }
        for url in ["file:///etc/passwd", "javascript:alert(1)", "ftp://example.org/x", "example.org", "", " https://example.org"] {
            #expect(!LinkOpening.opens(url), "\(url)")
        }
    }

    @Test func notExplainedNamesTheFile() {
        let release = Fixtures.seed
        #expect(update(state, .notExplained(releaseID: release.id)).state.message
                == StatusMessage("Cannot explain \(release.source): its file is gone or has changed since it was loaded (r reloads)",
                                 isError: true))
    }
}
