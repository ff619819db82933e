import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Watches an archive for changes through Linux's inotify (`inotify_init1`, `inotify_add_watch`): every folder
/// under the arguments (folders created later too, as they appear) and the files named as arguments. Reports
/// the paths that changed, as the walk names them (an argument joined with the path under it), debounced: a
/// batch once no event came for `quiet` seconds, or `longest` seconds after its first event while they keep
/// coming (a copy of a thousand files is one batch, not a thousand).
///
/// A path may be a release file (created, written, deleted, renamed from or to), a folder (created, deleted,
/// renamed: the reader looks at everything under it), or a file named as an argument. Hidden names and files
/// pressroom does not read are left out, as the walk leaves them. When the kernel's queue overflowed, events
/// were lost: `.overflow` says that everything must be looked at again. What is wrong is reported as facts
/// (`.limitReached`, `.cannotWatch`); the browser's update words them.
///
/// A watcher that vouches for the index (`ArchiveVouch`, `pressroom index --watch`) also asks `drain()`: the
/// queue read to its end on the asking thread, and the number of events ever read. fsnotify queues a change's
/// event before the call that made it returns, so a change finished before `drain()` is counted by it.
public final class FolderWatcher: @unchecked Sendable {
    public enum Event: Sendable, Hashable {
        /// These paths changed (sorted, each once).
        case changed([String])
        /// Events were lost (the kernel's queue overflowed): look at the whole archive again.
        case overflow
        /// The system's limit of watched folders (`fs.inotify.max_user_watches`, its value when it could be
        /// read) is reached: the folders past it are not watched. Reported once.
        case limitReached(limit: Int?)
        /// A folder could not be watched, with the system's reason. Reported once per reason.
        case cannotWatch(folder: String, reason: String)
        /// Watching could not start at all (the system's reason): sent by whoever made the watcher.
        case unavailable(reason: String)
    }

    /// Why watching could not start at all: the system's reason (`strerror`).
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    private let fd: Int32
    private let stopPipe: (read: Int32, write: Int32)
    /// Written by `drain()` when it took events off the queue, so that the thread's `poll` wakes to report them.
    private let wakePipe: (read: Int32, write: Int32)
    /// Held while the queue is read and its events handled (by the thread or by `drain()`); guards what
    /// follows, and `visited`, `namedFiles`, `reported` once the thread runs.
    private let readLock = NSLock()
    private var pending = Set<String>()
    private var overflowed = false
    private var first = 0.0, last = 0.0
    /// Every event read off the queue, of any kind, since the watcher started.
    private var eventCount: UInt64 = 0
    /// The descriptors are closed (the thread ended).
    private var closed = false
    /// The folders given (watched again whole after an overflow, since folders made meanwhile have no watch).
    private var roots: [String] = []
    /// Whole real paths whose events are not counted by `drain()` (the index's own files, when it lies in a
    /// watched folder: every count opens it for writing, which would otherwise end the vouching each time).
    private let ignoring: Set<String>
    /// Files watched by themselves (`watchFile`): watch → path.
    private var fileWatches: [Int32: String] = [:]
    private let quiet: Double
    private let longest: Double
    private let report: @Sendable (Event) -> Void
    private let lock = NSLock()
    private var thread: Thread?
    private var stopped = false
    /// Read and written under `readLock` (and in `init`, before the thread starts).
    private var folders: [Int32: (path: String, key: [UInt64])] = [:]
    private var visited = Set<[UInt64]>()
    /// Folders watched only for the files named in them (not folders of the archive).
    private var onlyNamed = Set<String>()
    /// Files named as arguments, by their folder's watch: folder path → names.
    private var namedFiles: [String: Set<String>] = [:]
    private var reported = Set<String>()

    static let folderMask: UInt32 = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO
        | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR | IN_EXCL_UNLINK)

    /// Starts watching `paths` (folders and files, as given to the loader); `report` is called on the watching
    /// thread. Fails when inotify cannot be had at all (too many instances); a folder that cannot be watched
    /// is reported as a `.problem` and the others are watched.
    public init(paths: [String], quiet: Double = 0.25, longest: Double = 2, ignoring: Set<String> = [],
                report: @escaping @Sendable (Event) -> Void) throws {
        self.ignoring = ignoring
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        var ends: [Int32] = [0, 0]
        var wake: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else {
            close(fd)
            throw Failure(reason: String(cString: strerror(errno)))
        }
        guard pipe(&wake) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd); close(ends[0]); close(ends[1])
            throw Failure(reason: reason)
        }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        for end in wake {
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
        }
        self.fd = fd
        stopPipe = (ends[0], ends[1])
        wakePipe = (wake[0], wake[1])
        self.quiet = quiet
        self.longest = longest
        self.report = report
        var named: [String] = []
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR { roots.append(path); addTree(path) } else { named.append(path) }
        }
        for path in named {
            let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
            let folder = slash.map { String(path[..<$0]) }.map { $0.isEmpty ? "/" : $0 } ?? "."
            let name = slash.map { String(path[path.utf8.index(after: $0)...]) } ?? path
            namedFiles[folder, default: []].insert(name)
            // The folder by its device and inode, not its spelling (`dir/` and `dir` are one folder): one
            // already watched for its whole tree stays so.
            var info = stat()
            guard stat(folder, &info) == 0 else { continue }
            let key = [UInt64(info.st_dev), UInt64(info.st_ino)]
            if !folders.values.contains(where: { $0.key == key }), add(folder, key: key) { onlyNamed.insert(folder) }
        }
        let thread = Thread { [self] in run() }
        thread.name = "pressroom.watch"
        self.thread = thread
        thread.start()
    }

    deinit { stop() }

    /// Stops watching (the thread ends; no report comes after this returns... except one already running).
    public func stop() {
        // The pipe's write end is this side's: written and closed under the lock, once, so that a watching
        // thread that ended on its own (and closed its ends) is never written to through a reused number.
        lock.lock()
        defer { lock.unlock() }
        guard !writeEndClosed else { return }
        if !stopped {
            stopped = true
            var byte: UInt8 = 1
            _ = write(stopPipe.write, &byte, 1)
        }
        close(stopPipe.write)
        writeEndClosed = true
    }
    private var writeEndClosed = false

    /// How many folders are watched (tests).
    public var watchedFolders: Int {
        lock.lock()
        defer { lock.unlock() }
        return folders.count
    }

    /// One watched folder of each device the watched folders are on (the device number, a folder's path):
    /// the watcher that vouches asks each one's file system whether inotify sees every change there.
    public var watchedDevices: [(device: UInt64, folder: String)] {
        lock.lock()
        defer { lock.unlock() }
        var seen: [UInt64: String] = [:]
        for (_, folder) in folders where seen[folder.key[0]] == nil { seen[folder.key[0]] = folder.path }
        return seen.sorted { $0.key < $1.key }.map { (device: $0.key, folder: $0.value) }
    }

    /// Reads the queue to its end on this thread and handles what it holds as the watching thread would (new
    /// folders are watched, paths wait for the next report); the number of events read since the watcher
    /// started, of any kind (an overflow too), or nil when watching has ended. Two calls that return the same
    /// number saw no event between them.
    public func drain() -> UInt64? {
        readLock.lock()
        guard !closed else { readLock.unlock(); return nil }
        let before = eventCount
        readEvents()
        let count = eventCount
        if count != before {
            var byte: UInt8 = 1
            _ = write(wakePipe.write, &byte, 1)  // full: the thread is waking already
        }
        readLock.unlock()
        return count
    }

    /// Watches one file by itself (its inode, whatever link reaches it): a file with a second hard link, or
    /// reached through a symbolic link, is written through a path whose folder is not watched. Its events are
    /// reported under `path`. False when it could not be watched (the limit, with `.limitReached`).
    @discardableResult
    public func watchFile(_ path: String) -> Bool {
        readLock.lock()
        defer { readLock.unlock() }
        guard !closed else { return false }
        let wd = inotify_add_watch(fd, path, Self.fileMask)
        guard wd >= 0 else {
            let error = errno
            if error == ENOSPC {
                problem(.limitReached(limit: Self.watchLimit()), kind: "limit")
            } else if error != ENOENT {
                let reason = String(cString: strerror(error))
                problem(.cannotWatch(folder: path, reason: reason), kind: reason)
            }
            return false
        }
        fileWatches[wd] = path
        return true
    }

    static let fileMask: UInt32 = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    static func watchLimit() -> Int? {
        (try? String(contentsOfFile: "/proc/sys/fs/inotify/max_user_watches", encoding: .utf8))
            .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    // MARK: Watches

    /// Watches `folder`; false when it could not be.
    @discardableResult
    private func add(_ folder: String, key: [UInt64]) -> Bool {
        let wd = inotify_add_watch(fd, folder, Self.folderMask)
        guard wd >= 0 else {
            let error = errno
            if error == ENOSPC {
                problem(.limitReached(limit: Self.watchLimit()), kind: "limit")
            } else if error != ENOENT && error != ENOTDIR {
                let reason = String(cString: strerror(error))
                problem(.cannotWatch(folder: folder, reason: reason), kind: reason)
            }
            return false
        }
        lock.lock()
        folders[wd] = (folder, key)
        lock.unlock()
        return true
    }

    /// Watches `folder` and every folder under it (hidden ones aside, each once however reached). A folder
    /// that appears may already hold files and folders made before its watch was added: the reader looks
    /// under it whole.
    private func addTree(_ folder: String) {
        var info = stat()
        guard stat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return }
        let identity = [UInt64(info.st_dev), UInt64(info.st_ino)]
        guard visited.insert(identity).inserted else { return }
        guard add(folder, key: identity) else { visited.remove(identity); return }
        guard let dir = opendir(folder) else { return }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        closedir(dir)
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        for name in names.sorted() {
            var child = stat()
            if stat(base + name, &child) == 0, (child.st_mode & S_IFMT) == S_IFDIR { addTree(base + name) }
        }
    }

    /// Stops watching `path` and every folder under it.
    private func unwatch(below path: String) {
        lock.lock()
        let gone = folders.filter { $0.value.path == path || $0.value.path.hasPrefix(path + "/") }
        for (wd, folder) in gone {
            folders[wd] = nil
            visited.remove(folder.key)
        }
        lock.unlock()
        for wd in gone.keys { inotify_rm_watch(fd, wd) }
    }

    private func problem(_ event: Event, kind: String) {
        guard reported.insert(kind).inserted else { return }
        report(event)
    }

    // MARK: The watching thread

    private func run() {
        var failure: String?
        defer {
            lock.lock()
            let asked = stopped
            stopped = true
            lock.unlock()
            readLock.lock()
            closed = true
            close(fd)
            close(wakePipe.read)
            close(wakePipe.write)
            readLock.unlock()
            close(stopPipe.read)
            // Watching that ends without being asked to (the system refused to wait on it) says so: the status
            // bar must not go on saying "watching".
            if !asked, let failure { report(.unavailable(reason: failure)) }
        }
        var scratch = [UInt8](repeating: 0, count: 64)
        while true {
            var timeout: Int32 = -1
            readLock.lock()
            if !pending.isEmpty || overflowed {
                let due = min(last + quiet, first + longest)
                timeout = Int32(max(0, (due - Self.now()) * 1000).rounded(.up))
            }
            readLock.unlock()
            var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: stopPipe.read, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: wakePipe.read, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 3, timeout)
            if ready < 0 && errno != EINTR {
                failure = String(cString: strerror(errno))
                return
            }
            if fds[1].revents != 0 { return }
            if fds[2].revents != 0 { while read(wakePipe.read, &scratch, scratch.count) > 0 {} }
            readLock.lock()
            if ready > 0 && fds[0].revents & Int16(POLLIN) != 0 { readEvents() }
            var batch: Event?
            if (!pending.isEmpty || overflowed) && Self.now() >= min(last + quiet, first + longest) {
                if overflowed {
                    // Folders made while events were lost have no watch yet: watch every folder again (those
                    // watched already are passed over), before whoever is told looks at the archive again.
                    for root in roots { addTree(root) }
                    batch = .overflow
                } else {
                    batch = .changed(pending.sorted())
                }
                pending = []
                overflowed = false
            }
            readLock.unlock()
            if let batch {
                lock.lock()
                let done = stopped
                lock.unlock()
                if done { return }
                report(batch)
            }
        }
    }

    private static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    /// Reads the queue until it is empty, handling each event (`readLock` held).
    private func readEvents() {
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let count = read(fd, buffer, size)
            if count <= 0 { break }
            let t = Self.now()
            if pending.isEmpty && !overflowed { first = t }
            last = t
            var at = 0
            while at + MemoryLayout<inotify_event>.size <= count {
                let event = buffer.load(fromByteOffset: at, as: inotify_event.self)
                let nameBytes = Int(event.len)
                var name = ""
                if nameBytes > 0 {
                    name = String(cString: (buffer + at + MemoryLayout<inotify_event>.size).assumingMemoryBound(to: CChar.self))
                }
                at += MemoryLayout<inotify_event>.size + nameBytes
                if !ignoring.isEmpty, !name.isEmpty, isIgnored(wd: event.wd, name: name) { continue }
                eventCount += 1
                if event.mask & UInt32(IN_Q_OVERFLOW) != 0 { overflowed = true; continue }
                handle(wd: event.wd, mask: event.mask, name: name, into: &pending)
            }
        }
    }

    /// Whether the event of `name` in the folder of `wd` is one of `ignoring`'s (by the folder's real path).
    private func isIgnored(wd: Int32, name: String) -> Bool {
        lock.lock()
        let folder = folders[wd]?.path
        lock.unlock()
        guard let folder, let resolved = realpath(folder, nil) else { return false }
        defer { free(resolved) }
        let real = String(cString: resolved)
        return ignoring.contains((real.hasSuffix("/") ? real : real + "/") + name)
    }

    private func handle(wd: Int32, mask: UInt32, name: String, into pending: inout Set<String>) {
        if let file = fileWatches[wd] {
            if mask & UInt32(IN_IGNORED) != 0 { fileWatches[wd] = nil } else { pending.insert(file) }
            return
        }
        lock.lock()
        let watched = folders[wd]
        if mask & UInt32(IN_IGNORED) != 0, let watched {
            // The folder is gone (or unmounted): a new one may come with the same inode.
            folders[wd] = nil
            visited.remove(watched.key)
        }
        lock.unlock()
        guard let folder = watched?.path, !name.isEmpty, !name.hasPrefix(".") else { return }
        let path = (folder.hasSuffix("/") ? folder : folder + "/") + name
        if let named = namedFiles[folder], named.contains(name) { pending.insert(path) }
        if onlyNamed.contains(folder) { return }
        if mask & UInt32(IN_ISDIR) != 0 {
            // A folder moved away keeps its watches, under its old path: drop them (if it moved within the
            // archive, its new place comes as IN_MOVED_TO and is watched again under its new path).
            if mask & UInt32(IN_MOVED_FROM) != 0 { unwatch(below: path) }
            // A folder appeared (watch it and the folders already in it) or went: the reader looks under it.
            if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { addTree(path) }
            if mask & UInt32(IN_CREATE | IN_MOVED_TO | IN_DELETE | IN_MOVED_FROM) != 0 { pending.insert(path) }
            return
        }
        // A file with no extension may be an mbox or a Maildir's message (a deleted one can no longer be looked
        // at: the reader finds nothing there, which is what a deletion is).
        guard ArchiveReader.format(ofName: name) != nil || !name.contains(".") || ArchiveReader.isInMaildir(path) else { return }
        if mask & UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB) != 0 {
            pending.insert(path)
        }
    }
}
