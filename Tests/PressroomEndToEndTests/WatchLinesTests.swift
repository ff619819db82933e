import Foundation
import Testing
import PressroomCore
@testable import pressroom

/// The lines `pressroom index --watch` prints, where they are composed (`WatchLines`, `WatchOutput`): those a
/// test cannot bring about through the binary (a network file system, the watch limit, an overflow) included.
@Suite struct WatchLinesTests {
    @Test func refusalsSayWhyAndWhatCountsDoInstead() {
        #expect(WatchLines.refusing(.networkFileSystem(folder: "/mnt/press", type: "NFS"))
                == "pressroom: not vouching: /mnt/press is on a network file system (NFS), whose changes made elsewhere send no event; "
                + "counts check every file (the index is still kept current)")
        #expect(WatchLines.refusing(.limitReached(limit: 8192))
                == "pressroom: not vouching: the limit of inotify watches, fs.inotify.max_user_watches (8192), is reached; "
                + "counts check every file (raise it and start again)")
        #expect(WatchLines.refusing(.limitReached(limit: nil)).contains("fs.inotify.max_user_watches, is reached"))
        #expect(WatchLines.refusing(.cannotWatch(path: "/a/b", reason: "Permission denied"))
                == "pressroom: not vouching: cannot watch /a/b: Permission denied; counts check every file")
        #expect(WatchLines.refusing(.overflow)
                == "pressroom: inotify's queue overflowed (events were lost): counts check every file until the archive is indexed again")
        // A path with a line break cannot split the line.
        #expect(!WatchLines.refusing(.networkFileSystem(folder: "/mnt/a\nb", type: "SMB")).contains("\n"))
    }

    @Test func theFirstVouchIsSaidOnceAndEachSettledChangeOnce() {
        let output = WatchOutput()
        var report = LoadReport()
        report.files = 1_234
        report.new = 1_234
        let first = output.lines(for: .loaded(report, first: true, generation: nil, files: 1_234, changed: 0), paths: ["arch"], cachePath: "/c/i.sqlite")
        #expect(first == ["pressroom: indexed " + report.summary + " → /c/i.sqlite"])
        // Loaded again once the files were old enough: no change to tell, the vouching starts.
        let settled = output.lines(for: .loaded(report, first: false, generation: 7, files: 1_234, changed: 0), paths: ["arch"], cachePath: nil)
        #expect(settled == ["pressroom: watching 1,234 files under arch: `search --count` and `list --count` of these paths need no check "
                            + "while nothing changes (Ctrl-C stops)"])
        let change = output.lines(for: .loaded(report, first: false, generation: 8, files: 1_234, changed: 1), paths: ["arch"], cachePath: nil)
        #expect(change == ["pressroom: 1 path changed; the index is current again (1,234 files)"])
        #expect(output.lines(for: .notYet(reason: .unsettled), paths: ["arch"], cachePath: nil).isEmpty)
        #expect(output.lines(for: .notYet(reason: .linksWatched(2)), paths: ["arch"], cachePath: nil)
                == ["pressroom: 2 files with another hard link or reached by a symbolic link now watched by themselves; indexing once more"])
        #expect(WatchLines.cannotStart(.anotherWatcher("/c/s"))
                == "another `pressroom index --watch` is watching these paths already (its socket: /c/s)")
    }
}
