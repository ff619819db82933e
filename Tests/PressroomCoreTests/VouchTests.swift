import Foundation
import Testing
@testable import PressroomCore

/// `pressroom index --watch` in the core (`ArchiveWatch`, `ArchiveVouch`): a watcher runs in this process,
/// and each change is followed at once by the `--count` the commands make (`quickSummary`, `quickMatches`),
/// which must not be answered "clean" and must count right; with no change the answer is clean and no file is
/// `stat`ed; a socket left by a dead watcher, or one of the wrong mode or owner, is not trusted.
@Suite(.serialized) struct VouchTests {
    /// The watcher's reports.
    final class Events: @unchecked Sendable {
        private let lock = NSLock()
        private var events: [ArchiveWatch.Event] = []
        func add(_ event: ArchiveWatch.Event) { lock.lock(); events.append(event); lock.unlock() }
        var all: [ArchiveWatch.Event] { lock.lock(); defer { lock.unlock() }; return events }
    }

    /// A running watcher over `paths`, with the index in `cache` (not in the archive).
    final class Running: @unchecked Sendable {
        let watch: ArchiveWatch
        let events = Events()
        let thread: Thread
        let ended = DispatchSemaphore(value: 0)

        init(paths: [String], loader: ArchiveLoader, quiet: Double = 0.1, auditInterval: Double = 600) throws {
            let events = self.events
            watch = try ArchiveWatch(paths: paths, loader: loader, quiet: quiet, longest: 1, auditInterval: auditInterval) { events.add($0) }
            let watch = self.watch, ended = self.ended
            thread = Thread { watch.run(); ended.signal() }
            thread.start()
        }

        private var stopped = false
        func stop() {
            guard !stopped else { return }
            stopped = true
            watch.stop()
            #expect(ended.wait(timeout: .now() + 10) == .success, "run ends once stopped")
        }
    }

    let cache: ReadingTempFolder
    init() throws { cache = try ReadingTempFolder() }

    func loader() -> ArchiveLoader {
        let loader = ArchiveLoader(cachePath: cache.path + "/index.sqlite")
        loader.settleNanoseconds = 0  // every change below changes a size or a time of its own
        return loader
    }

    func archive() throws -> ReadingTempFolder {
        let folder = try ReadingTempFolder()
        for (name, word) in [("a.txt", "bridge"), ("b.txt", "tunnel"), ("sub/c.md", "bridge ferry")] {
            try folder.write(name, PersistentIndexTests.release.replacingOccurrences(of: "the new bridge", with: "the new \(word)"))
        }
        return folder
    }

    /// Waits until the watcher vouches for the snapshot the client reads (a count answered with no `stat`).
    func waitUntilVouched(_ paths: [String], seconds: Double = 10) -> ArchiveLoader.QuickSummary? {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if let quick = loader().quickSummary(paths), case .clean = quick.vouch, quick.stats == 0 { return quick }
            usleep(10_000)
        }
        return nil
    }

    /// What `list --count` prints: the quick summary's count, else a load's.
    func count(_ paths: [String]) -> (count: Int, vouch: ArchiveVouch.Answer?) {
        if let quick = loader().quickSummary(paths) { return (quick.releaseCount, quick.vouch) }
        return (loader().load(paths, records: false).archive.releases.count, nil)
    }

    @Test func noChangeIsAnsweredCleanWithoutAStat() throws {
        let folder = try archive()
        let paths = [folder.path]
        let (loaded, _) = loader().load(paths)
        _ = loader().searchIndex(paths: paths, releases: loaded.releases) { loaded.releases }  // kept for `search --count`
        let unwatched = try #require(loader().quickSummary(paths))
        #expect(unwatched.vouch == nil && unwatched.stats == 5, "no watcher: two folders and three files looked at")
        let running = try Running(paths: paths, loader: loader())
        defer { running.stop() }
        let quick = try #require(waitUntilVouched(paths))
        #expect(quick.releaseCount == 3 && quick.stats == 0)
        // Asked again and again with nothing changed: clean each time, still no stat; a search count too.
        for _ in 0..<5 {
            let again = try #require(loader().quickSummary(paths))
            #expect(again.stats == 0 && again.releaseCount == 3)
            guard case .clean = again.vouch else { Issue.record("not clean: \(String(describing: again.vouch))"); return }
        }
        let matches = try #require(loader().quickMatches(paths, query: try Query.parse("ferry").get()))
        #expect(matches.matches.count == 1 && matches.summary.stats == 0)
        // Another spelling of the paths is another snapshot: the watcher does not vouch for it.
        _ = loader().load([folder.path + "/"], records: false)
        let other = try #require(loader().quickSummary([folder.path + "/"]))
        #expect(other.vouch == nil && other.stats > 0)
    }

    @Test func eachChangeIsSeenByTheNextCountAtOnce() throws {
        let folder = try archive()
        let outside = try ReadingTempFolder()  // on the same file system: a rename from there is a move
        let paths = [folder.path]
        let running = try Running(paths: paths, loader: loader())
        defer { running.stop() }
        let changes: [(what: String, count: Int, change: () throws -> Void)] = [
            ("a write in place", 3, { try folder.write("sub/c.md", PersistentIndexTests.release + "A second paragraph.\n") }),
            ("a touch", 3, {
                guard utimes(folder.path + "/a.txt", nil) == 0 else { throw POSIXError(.EIO) }  // now, same bytes
            }),
            ("a rename in", 4, {
                let made = try outside.write("moved.txt", PersistentIndexTests.release.replacingOccurrences(of: "bridge", with: "quay"))
                guard rename(made, folder.path + "/sub/moved.txt") == 0 else { throw POSIXError(.EIO) }
            }),
            ("a removal", 3, { try FileManager.default.removeItem(atPath: folder.path + "/b.txt") }),
            ("a new folder and a file written in it", 4, {
                try folder.mkdir("new/deeper")
                try folder.write("new/deeper/e.txt", PersistentIndexTests.release.replacingOccurrences(of: "bridge", with: "lock"))
            }),
        ]
        for (what, expected, change) in changes {
            let before = try #require(waitUntilVouched(paths), "vouched before \(what)")
            try change()
            let (count, vouch) = count(paths)
            if case .clean = vouch { Issue.record("\(what): answered clean") }
            #expect(count == expected, "\(what)")
            _ = before
        }
        #expect(waitUntilVouched(paths)?.releaseCount == 4, "vouched again once the changes settled")
    }

    /// A file with a second hard link outside the archive is written through that link: the folder's watch
    /// hears nothing (the event goes to the other link's folder), the file's own watch does.
    @Test func aWriteThroughAHardLinkFromOutsideIsSeen() throws {
        let folder = try archive()
        let outside = try ReadingTempFolder()
        let other = outside.path + "/other-link.txt"
        guard link(folder.path + "/a.txt", other) == 0 else { throw POSIXError(.EIO) }
        let paths = [folder.path]
        let running = try Running(paths: paths, loader: loader())
        defer { running.stop() }
        _ = try #require(waitUntilVouched(paths))
        let linked = running.events.all.contains { if case .notYet(.linksWatched(1)) = $0 { true } else { false } }
        #expect(linked, "\(running.events.all)")
        let handle = try #require(FileHandle(forWritingAtPath: other))
        handle.seekToEndOfFile()
        handle.write(Data("A line written through the other link.\n".utf8))
        try handle.close()
        let (count, vouch) = count(paths)
        if case .clean = vouch { Issue.record("answered clean after a write through the other link") }
        #expect(count == 3)
    }

    @Test func aDeadWatchersSocketFallsBackToTheCheckAndIsReplaced() throws {
        let folder = try archive()
        let paths = [folder.path]
        _ = loader().load(paths, records: false)
        let key = ArchiveSnapshot.key(paths, textLimit: loader().textLimit, parserVersion: loader().parserVersion)
        let socketPath = try #require(ArchiveVouch.socketPath(cachePath: cache.path + "/index.sqlite", key: key))
        // A socket bound and closed without being removed: what a killed watcher leaves.
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        try #require(fd >= 0)
        var address = try #require(ArchiveVouch.address(socketPath))
        let mask = umask(0o177)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        umask(mask)
        #expect(bound == 0)
        close(fd)
        let started = Date()
        let quick = try #require(loader().quickSummary(paths))
        #expect(quick.vouch == nil && quick.stats == 5 && quick.releaseCount == 3)
        #expect(Date().timeIntervalSince(started) < 1, "no wait on a dead socket")
        // A new watcher replaces it, and vouches; a second one is refused while the first answers.
        let running = try Running(paths: paths, loader: loader())
        defer { running.stop() }
        #expect(waitUntilVouched(paths) != nil)
        #expect(throws: ArchiveWatch.StartFailure.self) { _ = try ArchiveWatch(paths: paths, loader: loader()) { _ in } }
        #expect(waitUntilVouched(paths) != nil, "the first still answers")
        running.stop()
        #expect(access(socketPath, F_OK) != 0, "a watcher that stops removes its socket")
    }

    /// The index inside the watched folder (`--cache ./index.sqlite`): every count opens it for writing, which
    /// is an event in that folder; the watcher leaves its own files out, and still sees a release written there.
    @Test func anIndexInsideTheArchiveDoesNotEndTheVouching() throws {
        let folder = try archive()
        let paths = [folder.path]
        let inside = ArchiveLoader(cachePath: folder.path + "/index.sqlite")
        inside.settleNanoseconds = 0
        let running = try Running(paths: paths, loader: inside)
        defer { running.stop() }
        func vouched() -> ArchiveLoader.QuickSummary? {
            let end = Date().addingTimeInterval(10)
            while Date() < end {
                let loader = ArchiveLoader(cachePath: folder.path + "/index.sqlite")
                if let quick = loader.quickSummary(paths), case .clean = quick.vouch, quick.stats == 0 { return quick }
                usleep(10_000)
            }
            return nil
        }
        #expect(vouched()?.releaseCount == 3)
        for _ in 0..<3 {
            let quick = try #require(ArchiveLoader(cachePath: folder.path + "/index.sqlite").quickSummary(paths))
            guard case .clean = quick.vouch else { Issue.record("a count of its own ended the vouching"); return }
        }
        try folder.write("d.txt", PersistentIndexTests.release.replacingOccurrences(of: "bridge", with: "weir"))
        let after = ArchiveLoader(cachePath: folder.path + "/index.sqlite").quickSummary(paths)
        if case .clean = after?.vouch { Issue.record("a release written beside the index was answered clean") }
    }

    /// A write through a shared `mmap` sends no inotify event (the gap the README states): the watcher's periodic
    /// look at every file finds its new modification time, says so, and vouches again only for a new snapshot.
    @Test func aWriteThroughMmapIsFoundByThePeriodicLook() throws {
        let folder = try archive()
        let paths = [folder.path]
        let running = try Running(paths: paths, loader: loader(), auditInterval: 0.3)
        defer { running.stop() }
        // Mapped, its descriptor closed: the mapping keeps the file open, so no IN_CLOSE_WRITE comes until it
        // is unmapped (at the end); the write through it sends nothing at all.
        let path = folder.path + "/a.txt"
        let fd = open(path, O_RDWR)
        try #require(fd >= 0)
        var info = stat()
        fstat(fd, &info)
        let size = Int(info.st_size)
        let mapped = try #require(mmap(nil, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0))
        try #require(mapped != MAP_FAILED)
        close(fd)
        defer { munmap(mapped, size) }
        let before = try #require(waitUntilVouched(paths))
        mapped.storeBytes(of: UInt8(ascii: "p"), toByteOffset: 0, as: UInt8.self)  // "PRESS" → "pRESS"
        msync(mapped, size, MS_SYNC)
        let end = Date().addingTimeInterval(10)
        var found = false
        while Date() < end && !found {
            found = running.events.all.contains { if case .notYet(.changedUnseen) = $0 { true } else { false } }
            usleep(20_000)
        }
        #expect(found, "\(running.events.all)")
        let after = try #require(waitUntilVouched(paths))
        #expect(after.vouch != before.vouch, "a new snapshot is vouched for")
        #expect(after.releaseCount == 3)
    }

    /// `statfs` through `dlsym`: the kernel's magic numbers come back (/proc is PROC_SUPER_MAGIC), and the
    /// folders the tests use are not taken for a network file system.
    @Test func theFileSystemTypeIsReadAsTheKernelGivesIt() throws {
        #expect(ArchiveVouch.fileSystemType("/proc") == 0x9FA0)
        #expect(ArchiveVouch.fileSystemType("/no/such/folder") == nil)
        #expect(ArchiveVouch.remoteFileSystem(cache.path) == nil)
        #expect(ArchiveVouch.remoteTypes[0x6969] == "NFS")
    }

    @Test func aSocketOfTheWrongModeOrOwnerIsNotTrusted() throws {
        let folder = try archive()
        let paths = [folder.path]
        let running = try Running(paths: paths, loader: loader())
        defer { running.stop() }
        _ = try #require(waitUntilVouched(paths))
        let socketPath = running.watch.socketPath
        var info = stat()
        #expect(lstat(socketPath, &info) == 0 && info.st_mode & 0o777 == 0o600)
        let key = running.watch.key
        #expect(ArchiveVouch.ask(socket: socketPath, key: key, timeout: 1) != nil)
        // Another owner expected (as if the socket were someone else's).
        #expect(ArchiveVouch.ask(socket: socketPath, key: key, timeout: 1, owner: getuid() &+ 1) == nil)
        // Writable by others: not trusted, the count checks every file.
        chmod(socketPath, 0o666)
        #expect(ArchiveVouch.ask(socket: socketPath, key: key, timeout: 1) == nil)
        let quick = try #require(loader().quickSummary(paths))
        #expect(quick.vouch == nil && quick.stats > 0)
        chmod(socketPath, 0o600)
        #expect(waitUntilVouched(paths) != nil)
        // Owned by another user.
        if getuid() == 0 {
            chown(socketPath, 65534, 65534)
            #expect(ArchiveVouch.ask(socket: socketPath, key: key, timeout: 1) == nil)
            chown(socketPath, 0, 0)
        }
    }
}
