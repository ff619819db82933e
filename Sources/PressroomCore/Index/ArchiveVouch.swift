import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A watcher that vouches for an archive's snapshot, so that a warm `--count` need not `stat` every file.
///
/// Why: the check of the snapshot (`ArchiveSnapshot.verify`) is one `stat` per folder and file, ~0.13 s of
/// CPU at 100,000 files, and no check that looks at every file can be ten times faster than ripgrep (see
/// DEVELOPERS.md, "The warm path of `--count`"). A process that watches the archive through inotify knows
/// instead: `pressroom index --watch` (`ArchiveWatch`) keeps the index current and answers on a Unix socket
/// beside the index whether anything happened since the load that kept the snapshot it vouches for.
///
/// The protocol, one question a connection: the client sends `PRVOUCH1`, the key's length (4 bytes, little
/// endian) and the snapshot's key (`ArchiveSnapshot.key`); the watcher reads its inotify queue to its end
/// (fsnotify queues a change's event before the call that made it returns, so every change finished before
/// the question is read) and answers `PRVOUCH1`, 1 and the generation it vouches for when no event came since
/// that load began, else `PRVOUCH1`, 0 and 0. The client uses the snapshot without a `stat` only when its
/// generation is that one; no socket, a socket it does not trust, no answer within `clientTimeout`,
/// "changed" or any fault: it checks every file as it always did.
public enum ArchiveVouch {
    public enum Answer: Sendable, Equatable {
        /// Nothing happened in the archive since the load that kept the snapshot of this generation.
        case clean(UInt64)
        /// Something did (or the watcher cannot say): check.
        case changed
    }

    /// How long a client waits for the whole answer (a watcher answers in well under a millisecond; one that
    /// is stopped, swapped out or busy must not hold the count up).
    static let clientTimeout = 0.02

    static let magic: [UInt8] = Array("PRVOUCH1".utf8)
    /// The longest path a Unix socket can have (`sun_path`, with its terminating zero).
    static let socketPathCapacity = MemoryLayout.size(ofValue: sockaddr_un().sun_path)

    /// The socket of the watcher of the snapshot `key` in the index at `cachePath`: beside the index, named
    /// from the index file's name and a hash of the key. Nil when the path would be too long for a socket.
    public static func socketPath(cachePath: String, key: String) -> String? {
        var key = key
        let hash = key.withUTF8 { Hashes.fnv1a($0) }
        let path = cachePath + ".watch-" + String(hash, radix: 16)
        return path.utf8.count < socketPathCapacity ? path : nil
    }

    /// Asks the watcher at `socket` about the snapshot `key`; nil when there is no watcher to trust there or no
    /// answer came within `timeout` seconds. A socket is trusted only when it is a socket, owned by `owner`
    /// (this user), readable and writable by its owner alone (mode 0600), and the process listening on it
    /// runs as `owner` too (`SO_PEERCRED`): another user must not be able to make a count skip its check.
    static func ask(socket path: String, key: String, timeout: Double, owner: uid_t = geteuid()) -> Answer? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFSOCK, info.st_uid == owner,
              info.st_mode & 0o077 == 0 else { return nil }
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(timeout * 1e9)
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        // A socket left by a watcher that died refuses the connection (ECONNREFUSED): no answer, check.
        guard connect(fd, path) else { return nil }
        // `struct ucred` (pid, uid, gid: three 32-bit numbers), read as such.
        var credentials: (Int32, UInt32, UInt32) = (0, 0, 0)
        var length = socklen_t(MemoryLayout<(Int32, UInt32, UInt32)>.size)
        guard getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &credentials, &length) == 0, credentials.1 == owner else { return nil }
        var request = magic
        withUnsafeBytes(of: UInt32(key.utf8.count).littleEndian) { request.append(contentsOf: $0) }
        request.append(contentsOf: key.utf8)
        guard transfer(fd, &request, writing: true, deadline: deadline) else { return nil }
        var reply = [UInt8](repeating: 0, count: magic.count + 9)
        guard transfer(fd, &reply, writing: false, deadline: deadline), Array(reply.prefix(magic.count)) == magic else { return nil }
        let generation = reply.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: magic.count + 1, as: UInt64.self)) }
        switch reply[magic.count] {
        case 1 where generation != 0: return .clean(generation)
        case 0: return .changed
        default: return nil
        }
    }

    /// Connects `fd` to the socket at `path`; false when nothing listens there (or the path is too long).
    static func connect(_ fd: Int32, _ path: String) -> Bool {
        guard var address = address(path) else { return false }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        return result == 0
    }

    static func address(_ path: String) -> sockaddr_un? {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < socketPathCapacity else { return nil }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        return address
    }

    /// Writes or reads all of `bytes` on the non-blocking `fd` before `deadline` (uptime nanoseconds).
    static func transfer(_ fd: Int32, _ bytes: inout [UInt8], writing: Bool, deadline: UInt64) -> Bool {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { raw in
                writing ? send(fd, raw.baseAddress! + done, raw.count - done, Int32(MSG_NOSIGNAL))
                        : recv(fd, raw.baseAddress! + done, raw.count - done, 0)
            }
            if n > 0 { done += n; continue }
            if n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) { return false }
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < deadline else { return false }
            var poller = pollfd(fd: fd, events: Int16(writing ? POLLOUT : POLLIN), revents: 0)
            let wait = Int32(((deadline - now) + 999_999) / 1_000_000)
            if poll(&poller, 1, wait) < 0 && errno != EINTR { return false }
        }
        return true
    }

    /// The file system a folder is on when inotify cannot see every change there (changes made by another
    /// machine send no event): its name, or nil for a local one. By `statfs`'s `f_type`.
    static func remoteFileSystem(_ path: String) -> String? {
        fileSystemType(path).flatMap { remoteTypes[$0] }
    }

    /// `statfs(path).f_type`, nil when it fails. Glibc's Swift module leaves `statfs` out (`sys/vfs.h`): it is
    /// looked up by name, and `f_type` read where the kernel's `struct statfs` has it, first, a machine word.
    static func fileSystemType(_ path: String) -> UInt64? {
        typealias StatFS = @convention(c) (UnsafePointer<CChar>, UnsafeMutableRawPointer) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "statfs") else { return nil }
        let call = unsafeBitCast(symbol, to: StatFS.self)
        // Larger than any `struct statfs` (120 bytes on 64-bit Linux).
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: 512, alignment: 16)
        defer { buffer.deallocate() }
        buffer.initializeMemory(as: UInt8.self, repeating: 0, count: 512)
        guard call(path, buffer) == 0 else { return nil }
        return UInt64(UInt32(truncatingIfNeeded: buffer.load(as: Int.self)))
    }

    /// `f_type` of the network and user-space file systems (linux/magic.h and the file systems' sources).
    static let remoteTypes: [UInt64: String] = [
        0x6969: "NFS", 0x517B: "SMB", 0xFF53_4D42: "CIFS", 0xFE53_4D42: "SMB2", 0x6573_5546: "FUSE",
        0x0102_1997: "9P", 0x00C3_6400: "Ceph", 0x5346_414F: "AFS", 0x6B41_4653: "AFS", 0x7375_7245: "Coda",
        0x564C: "NCP", 0x0116_1970: "GFS2", 0x7461_636F: "OCFS2", 0x0BD0_0BD0: "Lustre",
    ]
}

/// `pressroom index --watch`: indexes the archive, then keeps the index current and vouches for its snapshot
/// (`ArchiveVouch`) until it is stopped.
///
/// Order matters, so that no change can fall between a look and a watch: the folders are watched
/// (`FolderWatcher`) before the first load walks them; the queue is drained just before each load and the
/// number of events read then is remembered; the load keeps a snapshot with a new generation; a question is
/// answered "clean" only while the number of events read is still that one. Files the folders' watches would
/// not hear of — a second hard link (written through a path outside) or a symbolic link — are watched by
/// themselves once a load has found them, and the archive is loaded once more, with those watches in place,
/// before anything is vouched for. A change read (by a question, or by the watching thread) makes every answer
/// "changed" at once; once no event came for `quiet` seconds, the archive is loaded again (unchanged files
/// are not read: their rows are kept), which keeps a new snapshot to vouch for.
public final class ArchiveWatch: @unchecked Sendable {
    /// What the watcher does, as facts; `pressroom index --watch` words them.
    public enum Event: Sendable {
        /// A load ended. `generation`: the snapshot now vouched for, nil when none is (see `notYet`). `changed`:
        /// how many paths the watcher reported changed since the load before (0 for the first load, and for a
        /// load made again only because the last one's files were too recent or linked).
        case loaded(LoadReport, first: Bool, generation: UInt64?, files: Int, changed: Int)
        /// Why the last load's snapshot is not vouched for yet: its files changed less than two seconds before
        /// it (loaded again once they settle), or files were found that needed watches of their own.
        case notYet(reason: NotYet)
        /// Why this watcher will not vouch at all (said once each); the index is still kept current.
        case refusing(Refusal)
        /// Watching stopped on its own (the system's reason); the watcher ends.
        case failed(reason: String)
    }

    public enum NotYet: Sendable, Equatable {
        /// A file changed less than two seconds before the load: no snapshot was kept.
        case unsettled
        /// Files with a second hard link, or symbolic links, were found and are now watched by themselves.
        case linksWatched(Int)
        /// A periodic look found a file whose stamp changed without an event (a write through `mmap`).
        case changedUnseen
    }

    public enum Refusal: Sendable, Equatable {
        /// A watched folder is on a file system whose changes may come from another machine.
        case networkFileSystem(folder: String, type: String)
        /// `fs.inotify.max_user_watches` is reached: folders past it are not watched.
        case limitReached(limit: Int?)
        /// A folder or file could not be watched, with the system's reason.
        case cannotWatch(path: String, reason: String)
        /// The queue overflowed (events were lost): "changed" until the next settled snapshot.
        case overflow
    }

    /// Why the watcher could not start.
    public struct StartFailure: Error, Sendable {
        public enum Kind: Sendable, Equatable {
            case noIndex
            case socketPathTooLong(String)
            case notASocket(String)
            case anotherWatcher(String)
            case socket(String, reason: String)
            case watching(reason: String)
        }
        public var kind: Kind
    }

    public let paths: [String]
    public let key: String
    public let socketPath: String
    let loader: ArchiveLoader
    let watcher: FolderWatcher
    let quiet: Double
    /// How often a snapshot vouched for is checked anyway (`stat` of every file, on one thread): the net under
    /// what inotify cannot see (a write through `mmap`, a hard link made later from outside the archive).
    let auditInterval: Double
    private let report: @Sendable (Event) -> Void
    private let listenFD: Int32
    private let socketIdentity: (dev: UInt64, ino: UInt64)
    private let stopPipe: (read: Int32, write: Int32)

    private let lock = NSLock()
    private let wake = DispatchSemaphore(value: 0)
    private var stopped = false
    private var changes = false
    /// The paths reported changed since the last load began.
    private var changedPaths = Set<String>()
    /// The generation vouched for and the number of events read just before its load began.
    private var vouching: (generation: UInt64, events: UInt64)?
    private var refusals: [Refusal] = []
    private var watchedFiles = Set<String>()
    private var server: Thread?
    private var serverDone = DispatchSemaphore(value: 0)

    /// Watches `paths` at once and opens the socket; `run` loads and vouches. `quiet`: seconds without an
    /// event before the archive is loaded again (at least the two seconds a snapshot's stamps must be old).
    public init(paths: [String], loader: ArchiveLoader, quiet: Double = 2.2, longest: Double = 10,
                auditInterval: Double = 60, report: @escaping @Sendable (Event) -> Void) throws {
        guard let cachePath = loader.cachePath else { throw StartFailure(kind: .noIndex) }
        self.paths = paths
        self.loader = loader
        self.quiet = quiet
        self.auditInterval = auditInterval
        self.report = report
        key = ArchiveSnapshot.key(paths, textLimit: loader.textLimit, parserVersion: loader.parserVersion)
        guard let socketPath = ArchiveVouch.socketPath(cachePath: cachePath, key: key) else {
            throw StartFailure(kind: .socketPathTooLong(cachePath))
        }
        self.socketPath = socketPath
        // The index's folder, made as a load would make it, since the socket lies beside the index.
        let folder = (cachePath as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let (fd, identity) = try Self.listen(at: socketPath)
        listenFD = fd
        socketIdentity = identity
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else {
            close(fd)
            unlink(socketPath)
            throw StartFailure(kind: .socket(socketPath, reason: String(cString: strerror(errno))))
        }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        stopPipe = (ends[0], ends[1])
        // Reports come on the watcher's thread (or, for the folders found now, on this one, before `watcher` is
        // set): they only record and wake `run`.
        let box = WeakBox()
        // The index's own files, should it lie in a watched folder: a count opens it for writing (an event),
        // and none of them is a release (a name pressroom would read is not left out).
        let real = ArchiveLoader.realPath(folder).map { ($0.hasSuffix("/") ? $0 : $0 + "/") + (cachePath as NSString).lastPathComponent }
        let ignoring = Set((real.map { [$0, $0 + "-wal", $0 + "-shm", $0 + "-journal", $0 + "-lock"] } ?? []) + [socketPath]
            .filter { path in
                let name = (path as NSString).lastPathComponent
                return ArchiveReader.format(ofName: name) == nil && name.contains(".")
            })
        do {
            watcher = try FolderWatcher(paths: paths, quiet: quiet, longest: longest, ignoring: ignoring) { event in
                box.owner?.watched(event) ?? box.early(event)
            }
        } catch {
            close(fd); close(ends[0]); close(ends[1])
            unlink(socketPath)
            throw StartFailure(kind: .watching(reason: "\(error)"))
        }
        box.owner = self
        for event in box.takeEarly() { watched(event) }
        let thread = Thread { [self] in serve() }
        thread.name = "pressroom.vouch"
        server = thread
        thread.start()
    }

    /// Holds reports that come while `init` is still watching the folders (before `self` can be used).
    private final class WeakBox: @unchecked Sendable {
        weak var owner: ArchiveWatch?
        private var held: [FolderWatcher.Event] = []
        private let lock = NSLock()
        func early(_ event: FolderWatcher.Event) { lock.lock(); held.append(event); lock.unlock() }
        func takeEarly() -> [FolderWatcher.Event] { lock.lock(); defer { lock.unlock() }; return held }
    }

    deinit { stop() }

    /// Ends `run` (a load under way is cancelled), closes and removes the socket. Safe from any thread, twice.
    public func stop() {
        lock.lock()
        let already = stopped
        stopped = true
        vouching = nil
        lock.unlock()
        guard !already else { return }
        var byte: UInt8 = 1
        _ = write(stopPipe.write, &byte, 1)
        close(stopPipe.write)
        wake.signal()
        watcher.stop()
        removeSocket()
    }

    var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    /// Loads, vouches, and loads again after changes, until `stop`. `progress` is given the loads' progress.
    public func run(progress: ((LoadProgress) -> Void)? = nil) {
        let previous = loader.cancelled
        loader.cancelled = { [weak self] in previous() || (self?.isStopped ?? true) }
        defer {
            loader.cancelled = previous
            serverDone.wait()
            // (`stop` removes the socket too, but on the thread that asked it: the process may end as soon as
            // `run` returns, before that thread gets there. A loaded machine showed the race: a socket left.)
            removeSocket()
        }
        var first = true
        var load = true
        var lastAudit = Self.now()
        var unreported: UInt64?
        // How long to wait before loading again when the last load kept no snapshot (files too recent):
        // doubled each time, so that a file stamped in the future does not keep the watcher loading.
        var settleWait = quiet
        while !isStopped {
            if load {
                load = false
                guard let before = watcher.drain() else { report(.failed(reason: "inotify stopped")); stop(); break }
                lock.lock()
                vouching = nil
                changes = false
                let changed = changedPaths.count
                changedPaths = []
                lock.unlock()
                var each: ((LoadProgress, [Release]) -> Void)?
                if let progress { each = { done, _ in progress(done) } }
                let (archive, loaded) = loader.load(paths, records: false, progress: each, stream: { _ in })
                if isStopped { break }
                checkFileSystems()
                let (found, newlyWatched) = watchLinkedFiles()
                let files = found ?? loaded.files
                _ = archive
                var generation = loaded.snapshotGeneration
                if newlyWatched > 0 {
                    // Those files were read before their watches existed: once more, with them.
                    generation = nil
                    load = true
                }
                let refused = hasRefused
                if let g = generation, !refused {
                    lock.lock()
                    if !stopped { vouching = (g, before) }
                    lock.unlock()
                }
                report(.loaded(loaded, first: first, generation: refused ? nil : generation, files: files, changed: changed))
                first = false
                if newlyWatched > 0 { report(.notYet(reason: .linksWatched(newlyWatched))); continue }
                if generation == nil && !refused && loaded.fault == nil {
                    report(.notYet(reason: .unsettled))
                    // No event may come: look again once the stamps are old enough (or changes settled).
                    _ = wake.wait(timeout: .now() + settleWait)
                    settleWait = min(settleWait * 2, 60)
                    load = true
                    continue
                }
                settleWait = quiet
                lastAudit = Self.now()
            }
            let untilAudit = lastAudit + auditInterval - Self.now()
            if wake.wait(timeout: .now() + max(0.01, min(untilAudit, quiet))) == .timedOut {
                // Events the watcher does not report (a hidden file, a file pressroom does not read) still end
                // the vouching, and may change a folder's stamp: once they have settled, load again.
                lock.lock()
                let vouched = vouching
                lock.unlock()
                if let vouched, let events = watcher.drain(), events != vouched.events {
                    if events == unreported { load = true; continue }
                    unreported = events
                }
                if untilAudit <= quiet {
                    lastAudit = Self.now()
                    switch audit() {
                    case .true: break
                    case .replaced: load = true
                    case .changedUnseen: report(.notYet(reason: .changedUnseen)); load = true
                    }
                }
                continue
            }
            lock.lock()
            let changed = changes
            changes = false
            lock.unlock()
            if changed { load = true }
        }
    }

    private enum Audit { case `true`, replaced, changedUnseen }

    /// Whether a snapshot vouched for is still true file by file (the periodic net); `.true` when none is.
    private func audit() -> Audit {
        lock.lock()
        let vouched = vouching
        lock.unlock()
        guard let vouched, let store = loader.openExisting() else { return .true }
        defer { store.close() }
        let generation: UInt64?? = try? store.withSnapshot(archive: key) { ArchiveSnapshot.head($0, vouched: vouched.generation)?.generation }
        guard (generation ?? nil) == vouched.generation else {
            // Another load replaced the snapshot: it is not this one's to vouch for.
            lock.lock(); vouching = nil; lock.unlock()
            return .replaced
        }
        let verified: ArchiveSnapshot.Verified?? = try? store.withSnapshot(archive: key) { ArchiveSnapshot.verify($0, threads: 1) }
        guard (verified ?? nil) != nil else {
            lock.lock(); vouching = nil; lock.unlock()
            // A change whose event came (its report still waiting for quiet) is no change unseen.
            return watcher.drain() == vouched.events ? .changedUnseen : .replaced
        }
        return .true
    }

    private var hasRefused: Bool {
        lock.lock()
        defer { lock.unlock() }
        return refusals.contains { $0 != .overflow }
    }

    private func refuse(_ refusal: Refusal) {
        lock.lock()
        vouching = nil
        let new = !refusals.contains(refusal)
        if new && refusal != .overflow { refusals.append(refusal) }
        lock.unlock()
        if new { report(.refusing(refusal)) }
    }

    /// The watcher's reports (on its thread).
    private func watched(_ event: FolderWatcher.Event) {
        switch event {
        case .changed(let paths):
            lock.lock(); changes = true; changedPaths.formUnion(paths); lock.unlock()
            wake.signal()
        case .overflow:
            refuse(.overflow)
            lock.lock(); changes = true; lock.unlock()
            wake.signal()
        case .limitReached(let limit): refuse(.limitReached(limit: limit))
        case .cannotWatch(let folder, let reason): refuse(.cannotWatch(path: folder, reason: reason))
        case .unavailable(let reason):
            report(.failed(reason: reason))
            stop()
        }
    }

    /// Refuses when a watched folder is on a network file system (each device's file system asked once).
    private func checkFileSystems() {
        for (_, folder) in watcher.watchedDevices {
            if let type = ArchiveVouch.remoteFileSystem(folder) { refuse(.networkFileSystem(folder: folder, type: type)) }
        }
    }

    /// Watches by itself each file of the snapshot just kept that has a second hard link or is a symbolic link
    /// (refusing when the file a link reaches is on a network file system): how many files it holds, and how
    /// many watches were added now.
    private func watchLinkedFiles() -> (files: Int?, added: Int) {
        guard let store = loader.openExisting() else { return (nil, 0) }
        let found: [String]?? = try? store.withSnapshot(archive: key) { ArchiveSnapshot.filePaths($0) }
        store.close()
        guard let files = found ?? nil else { return (nil, 0) }
        var added = 0
        var info = stat()
        for path in files {
            guard lstat(path, &info) == 0 else { continue }
            let isLink = info.st_mode & S_IFMT == S_IFLNK
            guard isLink || (info.st_mode & S_IFMT == S_IFREG && info.st_nlink > 1) else { continue }
            if isLink, let type = ArchiveVouch.remoteFileSystem(path) {
                refuse(.networkFileSystem(folder: path, type: type))
            }
            guard !watchedFiles.contains(path) else { continue }
            watchedFiles.insert(path)
            if watcher.watchFile(path) { added += 1 }
        }
        return (files.count, added)
    }

    // MARK: The socket

    /// Listens at `path` (mode 0600). A socket there that nothing answers on was left by a watcher that died:
    /// it is replaced. One that answers belongs to a live watcher, and anything else is not pressroom's: both
    /// are left alone and starting fails.
    static func listen(at path: String) throws -> (Int32, (dev: UInt64, ino: UInt64)) {
        var info = stat()
        if lstat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFSOCK else { throw StartFailure(kind: .notASocket(path)) }
            let probe = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
            let live = probe >= 0 && ArchiveVouch.connect(probe, path)
            if probe >= 0 { close(probe) }
            if live { throw StartFailure(kind: .anotherWatcher(path)) }
            unlink(path)
        }
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
        guard fd >= 0 else { throw StartFailure(kind: .socket(path, reason: String(cString: strerror(errno)))) }
        guard var address = ArchiveVouch.address(path) else {
            close(fd)
            throw StartFailure(kind: .socketPathTooLong(path))
        }
        // Made 0600 from the start (no moment when another user could connect).
        let mask = umask(0o177)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        let bindError = errno
        umask(mask)
        guard bound == 0 else {
            close(fd)
            throw StartFailure(kind: .socket(path, reason: String(cString: strerror(bindError))))
        }
        guard Glibc.listen(fd, 64) == 0, stat(path, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            unlink(path)
            throw StartFailure(kind: .socket(path, reason: reason))
        }
        return (fd, (UInt64(info.st_dev), UInt64(info.st_ino)))
    }

    /// Removes the socket, if the file at its path is still the one this watcher made.
    private func removeSocket() {
        var info = stat()
        if lstat(socketPath, &info) == 0, UInt64(info.st_dev) == socketIdentity.dev, UInt64(info.st_ino) == socketIdentity.ino {
            unlink(socketPath)
        }
    }

    /// The answer to a question about `asked`, now.
    func answer(_ asked: String) -> ArchiveVouch.Answer {
        guard asked == key else { return .changed }
        lock.lock()
        let vouched = stopped ? nil : vouching
        lock.unlock()
        guard let vouched, !hasRefused, let events = watcher.drain(), events == vouched.events else { return .changed }
        return .clean(vouched.generation)
    }

    /// The socket's thread: one question a connection, answered in turn.
    private func serve() {
        defer {
            close(listenFD)
            close(stopPipe.read)
            serverDone.signal()
        }
        while true {
            var fds = [pollfd(fd: listenFD, events: Int16(POLLIN), revents: 0), pollfd(fd: stopPipe.read, events: Int16(POLLIN), revents: 0)]
            if poll(&fds, 2, -1) < 0 && errno != EINTR { return }
            if fds[1].revents != 0 { return }
            guard fds[0].revents != 0 else { continue }
            let client = accept(listenFD, nil, nil)
            guard client >= 0 else { continue }
            _ = fcntl(client, F_SETFD, FD_CLOEXEC)
            _ = fcntl(client, F_SETFL, fcntl(client, F_GETFL) | O_NONBLOCK)
            respond(client)
            close(client)
        }
    }

    private func respond(_ fd: Int32) {
        let deadline = DispatchTime.now().uptimeNanoseconds + 200_000_000
        var head = [UInt8](repeating: 0, count: ArchiveVouch.magic.count + 4)
        guard ArchiveVouch.transfer(fd, &head, writing: false, deadline: deadline),
              Array(head.prefix(ArchiveVouch.magic.count)) == ArchiveVouch.magic else { return }
        let length = head.withUnsafeBytes { Int(UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: ArchiveVouch.magic.count, as: UInt32.self))) }
        guard length <= 1 << 20 else { return }
        var asked = [UInt8](repeating: 0, count: length)
        guard ArchiveVouch.transfer(fd, &asked, writing: false, deadline: deadline) else { return }
        let answer = answer(String(decoding: asked, as: UTF8.self))
        var reply = ArchiveVouch.magic
        switch answer {
        case .clean(let generation):
            reply.append(1)
            withUnsafeBytes(of: generation.littleEndian) { reply.append(contentsOf: $0) }
        case .changed:
            reply.append(0)
            reply.append(contentsOf: [UInt8](repeating: 0, count: 8))
        }
        _ = ArchiveVouch.transfer(fd, &reply, writing: true, deadline: deadline)
    }

    private static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}
