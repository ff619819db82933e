import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a load saw of an archive, kept so that the next `--count` can answer without reading the index's
/// rows: every folder and file it walked with its `stat` stamp (size, modification and status-change times),
/// how many releases it made and their fingerprint (`SearchIndex.fingerprint`: the key of the stored search
/// index), and the problem files with their reasons.
///
/// It is trusted again only when every folder and file still has the stamp it had: a file written since
/// changes its times; a file added, removed or renamed changes its folder's times (which is why folders are
/// stamped too, and why a folder's times alone are not enough: writing a file changes only the file's). A
/// snapshot is kept only when every stamp in it is older than `ArchiveLoader.unsureNanoseconds` at the start
/// of the load, since a second change in the same clock tick would keep the times; otherwise the next load
/// walks the archive again and records one then. Checking it is one `stat` per folder and file by its whole
/// path, on every core: at 100,000 files ~0.12 s of CPU, against ~2 s for the walk, the rows and the records'
/// list fields. (Looking paths up from open folders with `fstatat` instead measured the same: the kernel's
/// cost is the last name's lookup and the attributes, not the folders above it.)
struct ArchiveSnapshot {
    typealias Folder = ArchiveReader.WalkedFolder
    struct File {
        /// Index into `folders`, or -1 when `name` is a whole path (a file named as an argument).
        var folder: Int32
        var name: String
        var stamp: FileStamp
    }
    var folders: [Folder] = []
    var files: [File] = []
    var releaseCount = 0
    var fingerprint: Int64 = 0
    /// A number drawn at random for each snapshot a load keeps: what a watcher vouches for
    /// (`ArchiveVouch`). Not the row's `rowid`: a row deleted and kept again can take the same rowid back,
    /// and a watcher must never vouch for a snapshot another load wrote.
    var generation: UInt64 = 0
    /// In the order the load reports them.
    var problems: [LoadProblem] = []

    private static let magic: UInt64 = 0x5052_534E_4150_0001  // "PRSNAP"
    private static let version: UInt64 = 2

    /// The key of the snapshot of `paths` as spelled (relative ones with the working folder, since the
    /// stamps' paths and the problems' are spelled that way), read with these settings.
    static func key(_ paths: [String], textLimit: Int, parserVersion: Int) -> String {
        let folder = FileManager.default.currentDirectoryPath
        let named = paths.map { $0.hasPrefix("/") ? $0 : folder + "/\u{0}" + $0 }
        return "v\(parserVersion) max \(textLimit)\n" + named.joined(separator: "\n")
    }

    func encoded() -> [UInt8] {
        Self.encoded(folders: folders, fileCount: files.count, file: { (files[$0].folder, files[$0].name, files[$0].stamp) },
                     releaseCount: releaseCount, fingerprint: fingerprint, generation: generation, problems: problems)
    }

    /// The bytes of a snapshot whose files are given one by one by `file` (folder, name, stamp), so that a
    /// load encodes them from its own list without a second one: sized first, then written once (an array
    /// grown by appending held twice its final size while it grew, at the end of a load's peak).
    static func encoded(folders: [Folder], fileCount: Int, file: (Int) -> (folder: Int32, name: String, stamp: FileStamp),
                        releaseCount: Int, fingerprint: Int64, generation: UInt64, problems: [LoadProblem]) -> [UInt8] {
        var size = 8 * 6 + folders.reduce(0) { $0 + 8 + $1.path.utf8.count + 24 } + 8 + 8
        for k in 0..<fileCount { size += 8 + 8 + file(k).name.utf8.count + 24 }
        for p in problems { size += 16 + p.path.utf8.count + p.reason.utf8.count }
        var out: [UInt8] = []
        out.reserveCapacity(size)
        func integer(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        func text(_ s: String) {
            var s = s
            s.withUTF8 { integer(UInt64($0.count)); out.append(contentsOf: $0) }
        }
        func stamp(_ s: FileStamp) {
            integer(UInt64(bitPattern: s.size))
            integer(UInt64(bitPattern: s.mtime))
            integer(UInt64(bitPattern: s.ctime))
        }
        integer(Self.magic)
        integer(Self.version)
        integer(UInt64(releaseCount))
        integer(UInt64(bitPattern: fingerprint))
        integer(generation)
        // The problems before the stamps, so that a snapshot a watcher vouches for is read no further.
        integer(UInt64(problems.count))
        for p in problems { text(p.path); text(p.reason) }
        integer(UInt64(folders.count))
        for f in folders { text(f.path); stamp(f.stamp) }
        integer(UInt64(fileCount))
        for k in 0..<fileCount {
            let f = file(k)
            integer(UInt64(bitPattern: Int64(f.folder)))
            text(f.name)
            stamp(f.stamp)
        }
        return out
    }

    /// What a snapshot still true says: the releases' count and fingerprint, and the problems.
    struct Verified: Sendable {
        var releaseCount: Int
        var fingerprint: Int64
        var problems: [LoadProblem]
        var generation: UInt64 = 0
        /// How many `stat` calls the check made (none when a watcher vouched for the snapshot): tests count
        /// them through this.
        var stats = 0
    }

    /// Reads the snapshot in `bytes` and `stat`s every folder and file in it (on `threads` threads): the
    /// summary when each still has its stamp, nil when one differs or is gone, or the bytes are not a
    /// snapshot of this version.
    ///
    /// The files are checked in the snapshot's bytes where they lie: one pass validates them and marks where
    /// every `filesPerPart`-th begins, and each part is read again from its mark by the thread that checks it
    /// (no array of 100,000 entries is made; it cost 4.8 MB of fresh pages). A file's path is built in its
    /// part's buffer after its folder's, which stays there while the files of one folder follow each other
    /// (the walk keeps them together), so only the name is copied.
    ///
    /// `vouched`: the generation a watcher answered "clean" for (`ArchiveVouch`). When it is this snapshot's,
    /// nothing is `stat`ed: the watcher has seen no change since the load that kept it (the bytes are still
    /// read through, so that damaged ones are refused as always).
    static func verify(_ bytes: UnsafeRawBufferPointer, threads: Int, filesPerPart: Int = partSize,
                       vouched: UInt64? = nil) -> Verified? {
        let filesPerPart = max(1, filesPerPart)
        var r = Reader(bytes: bytes)
        guard r.integer() == magic, r.integer() == version, let releases = r.integer(), let fingerprint = r.integer(),
              let generation = r.integer(), let problemCount = r.count() else { return nil }
        var problems: [LoadProblem] = []
        for _ in 0..<problemCount {
            guard let path = r.text(), let reason = r.text() else { return nil }
            problems.append(LoadProblem(path: r.string(path), reason: r.string(reason)))
        }
        guard let folderCount = r.count() else { return nil }
        // Places of the folders' paths in `bytes`, checked once here; the threads below only read.
        var folders: [(at: Int, count: Int, stamp: FileStamp)] = []
        folders.reserveCapacity(folderCount)
        for _ in 0..<folderCount {
            guard let path = r.text(), path.count < pathCapacity - 1, let stamp = r.stamp() else { return nil }
            folders.append((path.at, path.count, stamp))
        }
        guard let fileCount = r.count() else { return nil }
        var marks: [Int] = []
        marks.reserveCapacity(fileCount / filesPerPart + 1)
        for k in 0..<fileCount {
            if k % filesPerPart == 0 { marks.append(r.at) }
            guard let folder = r.integer().map({ Int(Int64(bitPattern: $0)) }), folder >= -1, folder < folders.count,
                  let name = r.text(), (folder < 0 ? 0 : folders[folder].count + 1) + name.count < pathCapacity - 1,
                  r.stamp() != nil else { return nil }
        }
        guard r.atEnd else { return nil }
        var verified = Verified(releaseCount: Int(releases), fingerprint: Int64(bitPattern: fingerprint), problems: problems,
                                generation: generation)
        if let vouched, vouched != 0, vouched == generation { return verified }

        // Parts: the folders in runs of `filesPerPart`, then the files' parts.
        let folderParts = (folders.count + filesPerPart - 1) / filesPerPart
        let parts = folderParts + marks.count
        guard parts > 0 else { return verified }
        let results = UnsafeMutableBufferPointer<Bool>.allocate(capacity: parts)
        results.initialize(repeating: false)
        defer { results.deallocate() }
        let out = SendableBuffer(results)
        // Each part's count of `stat` calls in a slot of its own (no counter shared between threads).
        let statCounts = UnsafeMutableBufferPointer<Int>.allocate(capacity: parts)
        statCounts.initialize(repeating: 0)
        defer { statCounts.deallocate() }
        let counted = SendableBuffer(statCounts)
        let base = SendableRaw(bytes)
        let folderList = folders, markList = marks
        // One part an iteration: Dispatch hands them out to its threads as they come free, so a thread the
        // machine holds back does not hold the others up.
        @Sendable func check(_ part: Int) {
            let path = UnsafeMutablePointer<CChar>.allocate(capacity: pathCapacity)
            defer { path.deallocate() }
            let raw = base.bytes.baseAddress!
            var info = stat()
            var calls = 0
            defer { counted.buffer[part] = calls }
            func matches(_ stamp: FileStamp, folder: Bool) -> Bool {
                calls += 1
                guard stat(path, &info) == 0 else { return false }
                guard info.st_mode & S_IFMT == (folder ? S_IFDIR : S_IFREG) else { return false }
                return FileStamp(info) == stamp
            }
            if part < folderParts {
                for k in (part * filesPerPart)..<min(folderList.count, (part + 1) * filesPerPart) {
                    let f = folderList[k]
                    UnsafeMutableRawPointer(path).copyMemory(from: raw + f.at, byteCount: f.count)
                    path[f.count] = 0
                    guard matches(f.stamp, folder: true) else { return }
                }
            } else {
                let first = (part - folderParts) * filesPerPart
                var reader = Reader(bytes: base.bytes, at: markList[part - folderParts])
                var current = -2, prefix = 0
                for _ in first..<min(fileCount, first + filesPerPart) {
                    // Validated by the first pass: these reads cannot fail.
                    let folder = Int(Int64(bitPattern: reader.integer()!))
                    let name = reader.text()!
                    let stamp = reader.stamp()!
                    if folder != current {
                        current = folder
                        prefix = 0
                        if folder >= 0 {
                            let f = folderList[folder]
                            UnsafeMutableRawPointer(path).copyMemory(from: raw + f.at, byteCount: f.count)
                            prefix = f.count
                            if prefix == 0 || path[prefix - 1] != CChar(UInt8(ascii: "/")) {
                                path[prefix] = CChar(UInt8(ascii: "/"))
                                prefix += 1
                            }
                        }
                    }
                    UnsafeMutableRawPointer(path + prefix).copyMemory(from: raw + name.at, byteCount: name.count)
                    path[prefix + name.count] = 0
                    guard matches(stamp, folder: false) else { return }
                }
            }
            out.buffer[part] = true
        }
        if threads > 1 {
            DispatchQueue.concurrentPerform(iterations: parts, execute: check)
        } else {
            for part in 0..<parts { check(part) }
        }
        guard results.allSatisfy({ $0 }) else { return nil }
        verified.stats = statCounts.reduce(0, +)
        return verified
    }

    /// What the head of a snapshot says (`bytes`: its first bytes, or all of them), when a watcher vouched for
    /// this generation: the count, fingerprint and problems, with nothing `stat`ed and the stamps not read. Nil
    /// when `vouched` is not this snapshot's generation, or the head is not all in `bytes` (then the whole
    /// snapshot is read and `verify` answers).
    static func head(_ bytes: UnsafeRawBufferPointer, vouched: UInt64) -> Verified? {
        var r = Reader(bytes: bytes)
        guard vouched != 0, r.integer() == magic, r.integer() == version, let releases = r.integer(),
              let fingerprint = r.integer(), let generation = r.integer(), generation == vouched,
              let problemCount = r.integer(), problemCount <= UInt64(bytes.count) else { return nil }
        var problems: [LoadProblem] = []
        for _ in 0..<Int(problemCount) {
            guard let path = r.text(), let reason = r.text() else { return nil }
            problems.append(LoadProblem(path: r.string(path), reason: r.string(reason)))
        }
        return Verified(releaseCount: Int(releases), fingerprint: Int64(bitPattern: fingerprint), problems: problems,
                        generation: generation)
    }

    /// The whole paths of the snapshot's files (not its folders), nil when the bytes are not a snapshot of
    /// this version: the watcher looks at each once after a load for a second hard link or a symbolic link,
    /// whose writes its folders' watches would not see.
    static func filePaths(_ bytes: UnsafeRawBufferPointer) -> [String]? {
        var r = Reader(bytes: bytes)
        guard r.integer() == magic, r.integer() == version, r.integer() != nil, r.integer() != nil, r.integer() != nil,
              let problemCount = r.count() else { return nil }
        for _ in 0..<problemCount { guard r.text() != nil, r.text() != nil else { return nil } }
        guard let folderCount = r.count() else { return nil }
        var folders: [String] = []
        for _ in 0..<folderCount {
            guard let path = r.text(), r.stamp() != nil else { return nil }
            let folder = r.string(path)
            folders.append(folder.hasSuffix("/") ? folder : folder + "/")
        }
        guard let fileCount = r.count() else { return nil }
        var paths: [String] = []
        paths.reserveCapacity(fileCount)
        for _ in 0..<fileCount {
            guard let folder = r.integer().map({ Int(Int64(bitPattern: $0)) }), folder >= -1, folder < folders.count,
                  let name = r.text(), r.stamp() != nil else { return nil }
            paths.append(folder < 0 ? r.string(name) : folders[folder] + r.string(name))
        }
        return paths
    }

    /// Folders or files a thread checks at a time, and how often the first pass marks where a file begins
    /// (tests give smaller parts, to put their boundaries between a folder's files).
    static let partSize = 512
    /// The longest path checked (`PATH_MAX`); a longer one is not a snapshot this code wrote.
    static let pathCapacity = 4096

    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var at = 0

        init(bytes: UnsafeRawBufferPointer, at: Int = 0) {
            self.bytes = bytes
            self.at = at
        }

        var atEnd: Bool { at == bytes.count }

        mutating func integer() -> UInt64? {
            guard bytes.count - at >= 8 else { return nil }
            let v = bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self)
            at += 8
            return UInt64(littleEndian: v)
        }

        mutating func count() -> Int? {
            guard let n = integer(), n <= UInt64(bytes.count) else { return nil }
            return Int(n)
        }

        /// Where a length-prefixed text is.
        mutating func text() -> (at: Int, count: Int)? {
            guard let n = count(), n <= bytes.count - at else { return nil }
            defer { at += n }
            return (at, n)
        }

        mutating func stamp() -> FileStamp? {
            guard let size = integer(), let mtime = integer(), let ctime = integer() else { return nil }
            return FileStamp(size: Int64(bitPattern: size), mtime: Int64(bitPattern: mtime), ctime: Int64(bitPattern: ctime))
        }

        func string(_ place: (at: Int, count: Int)) -> String {
            String(decoding: UnsafeRawBufferPointer(rebasing: bytes[place.at..<(place.at + place.count)]), as: UTF8.self)
        }
    }
}

/// Bytes read by several threads at once (never written while they are).
private struct SendableRaw: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }
}
