import Foundation
import Testing
@testable import PressroomCore

/// `--watch` in the core: the watcher reports what changes under an archive (new folders too), debounced;
/// `reread` reads what those places hold now.
@Suite struct WatchTests {
    static func text(_ headline: String) -> String {
        "PRESS RELEASE\n\nKigali, 28 June 2021\n\n\(headline)\n\nThe council opened it today.\n"
    }

    /// Collects the watcher's reports.
    final class Reports: @unchecked Sendable {
        private let lock = NSLock()
        private var events: [FolderWatcher.Event] = []
        func add(_ event: FolderWatcher.Event) { lock.lock(); events.append(event); lock.unlock() }
        var all: [FolderWatcher.Event] { lock.lock(); defer { lock.unlock() }; return events }
        var paths: Set<String> {
            Set(all.flatMap { event -> [String] in if case .changed(let paths) = event { return paths } else { return [] } })
        }

        /// Waits (at most `seconds`) until `done` holds.
        func wait(_ seconds: Double = 3, until done: (Reports) -> Bool) -> Bool {
            let end = Date().addingTimeInterval(seconds)
            while Date() < end {
                if done(self) { return true }
                usleep(20_000)
            }
            return done(self)
        }
    }

    @Test func theWatcherReportsFilesAndNewFoldersDebounced() throws {
        let folder = try ReadingTempFolder()
        try folder.write("old.txt", Self.text("Old"))
        try folder.mkdir("sub")
        let reports = Reports()
        let watcher = try FolderWatcher(paths: [folder.path], quiet: 1.0, longest: 4) { reports.add($0) }
        defer { watcher.stop() }
        #expect(watcher.watchedFolders == 2)

        // Three writes of one file, one batch; hidden files and other kinds of file are not reported.
        for k in 0..<3 { try folder.write("sub/new.txt", Self.text("New \(k)")) }
        try folder.write(".hidden.txt", "x")
        try folder.write("notes.rtf", "x")
        #expect(reports.wait { $0.paths.contains(folder.path + "/sub/new.txt") })
        #expect(reports.all.count == 1)
        #expect(reports.paths == [folder.path + "/sub/new.txt"])

        // A folder made now is watched too: a file written in it later is reported.
        try folder.mkdir("2025")
        #expect(reports.wait { $0.paths.contains(folder.path + "/2025") })
        #expect(reports.wait(1) { _ in watcher.watchedFolders == 3 })
        try folder.write("2025/later.md", "# Later\n")
        #expect(reports.wait { $0.paths.contains(folder.path + "/2025/later.md") })
        try FileManager.default.removeItem(atPath: folder.path + "/old.txt")
        #expect(reports.wait { $0.paths.contains(folder.path + "/old.txt") })

        // A folder renamed is watched under its new name.
        try FileManager.default.moveItem(atPath: folder.path + "/2025", toPath: folder.path + "/2026")
        #expect(reports.wait { $0.paths.isSuperset(of: [folder.path + "/2025", folder.path + "/2026"]) })
        try folder.write("2026/renamed.txt", Self.text("Renamed"))
        #expect(reports.wait { $0.paths.contains(folder.path + "/2026/renamed.txt") })
        #expect(!reports.paths.contains(folder.path + "/2025/renamed.txt"))
    }

    @Test func rereadReadsWhatEachPlaceHoldsNow() throws {
        let folder = try ReadingTempFolder()
        let cache = try ReadingTempFolder()
        try folder.write("a.txt", Self.text("Bridge opens"))
        try folder.write("gone.txt", Self.text("Gone soon"))
        let loader = ArchiveLoader(cachePath: cache.path + "/index.sqlite")
        let (before, _) = loader.load([folder.path])
        #expect(before.releases.count == 2)

        try folder.write("a.txt", Self.text("Bridge opens again"))
        try FileManager.default.removeItem(atPath: folder.path + "/gone.txt")
        try folder.write("2025/x.txt", Self.text("Ferry starts"))
        try folder.write("2025/deeper/y.md", "# Canal dredged\n\nThe canal is dredged.\n")
        try folder.write("empty.txt", "")
        let root = folder.path + "/"
        let changes = loader.reread([folder.path], changed: [root + "a.txt", root + "gone.txt", root + "2025",
                                                             root + "2025/x.txt", root + "empty.txt", root + ".hidden.txt"])
        #expect(changes.sources == ["a.txt", "gone.txt", "2025", "empty.txt"])
        #expect(changes.releases.map(\.source) == ["2025/deeper/y.md", "2025/x.txt", "a.txt"])
        #expect(changes.releases.last?.title == "Bridge opens again")
        #expect(changes.problems.map(\.path) == [root + "empty.txt"])
        #expect(changes.covers(source: "2025/x.txt") && changes.covers(source: "gone.txt") && !changes.covers(source: "b.txt"))
        #expect(changes.covers(problemPath: root + "empty.txt"))
        // Their rows are stored: the next load parses nothing again.
        let (after, report) = loader.load([folder.path])
        #expect(report.parsed == 0)
        #expect(Set(after.releases.map(\.id)) == Set(changes.releases.map(\.id)))
    }
}
