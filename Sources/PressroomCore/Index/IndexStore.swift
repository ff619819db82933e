import CSQLite
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the persistent index knows of one file: what decides whether it changed, and either the list
/// fields of its record or the reason it could not be used.
public struct IndexedFile: Sendable {
    /// The canonical absolute path (symbolic links of its folder resolved).
    public var path: String
    public var size: Int64
    /// Modification and status-change times, in nanoseconds since the epoch.
    public var mtime: Int64
    public var ctime: Int64
    /// `StableID.contentHash` of the file's bytes; kept for files whose times cannot be trusted alone.
    public var hash: Int64
    /// The file was written less than `FileStamp.unsureSeconds` before it was indexed: a later write in the
    /// same clock tick would keep size and times, so its bytes are hashed again before the row is trusted.
    public var unsure: Bool
    public var parserVersion: Int
    /// Nil for a record; the reason for a file that could not be used.
    public var problem: String?
    public var id: String
    public var format: SourceFormat
    public var title: String
    public var date: String?
    public var organization: String?
}

/// Why the persistent index cannot be used, in one line for the user; pressroom then runs from memory.
public struct CacheFault: Error, Hashable, Sendable, CustomStringConvertible {
    /// The line for stderr: what happened, to which file, and that pressroom runs from memory.
    public var message: String
    /// What happened, as data: the browser words its status line from it (PressroomUI's `update`).
    public var kind: Kind

    /// The faults of the index, each with what its wording needs (SQLite's message, the system's reason).
    public enum Kind: Hashable, Sendable {
        /// `SQLITE_NOTADB`, `SQLITE_CORRUPT`: SQLite's message.
        case damaged(String)
        /// `SQLITE_BUSY`, `SQLITE_LOCKED`: held by another process past the busy timeout.
        case locked
        case diskFull
        /// `SQLITE_READONLY`, `SQLITE_PERM`: SQLite's message.
        case notWritable(String)
        /// `SQLITE_CANTOPEN`: the folder's reason (`strerror`) when it cannot be written, else SQLite's message.
        case cannotOpen(String)
        /// `SQLITE_IOERR`: SQLite's message.
        case readOrWrite(String)
        /// Any other SQLite failure: its message.
        case unusable(String)
        /// The cache's folder could not be made: the system's reason.
        case folderNotMade(String)
        /// The file is another program's SQLite database.
        case anotherProgramsDatabase
        /// The file's schema is newer than this pressroom reads.
        case newerSchema
        /// The file cannot use a write-ahead log (the journal mode it has instead).
        case noWriteAheadLog(path: String, mode: String)
        /// Not a SQLite failure (the error, described).
        case other(path: String, error: String, opening: Bool)
    }

    public init(_ message: String, kind: Kind) {
        self.message = message
        self.kind = kind
    }
    public var description: String { message }
}

/// The persistent index: one SQLite file (WAL journal, busy timeout, every write a transaction), one row
/// per file ever loaded through it, keyed by canonical path. Not thread-safe: one owner calls it.
public final class IndexStore {
    /// The schema this code reads and writes; `migrations[k]` takes a version-k file to k+1.
    public static let schemaVersion = 5
    static let applicationID: Int32 = 0x5052_524D  // "PRRM": marks the file as pressroom's

    static let migrations: [String] = [
        // 0 → 1: the files table.
        """
        CREATE TABLE files (
            path TEXT PRIMARY KEY NOT NULL,
            size INTEGER NOT NULL,
            mtime INTEGER NOT NULL,
            ctime INTEGER NOT NULL,
            hash INTEGER NOT NULL,
            unsure INTEGER NOT NULL,
            parser INTEGER NOT NULL,
            problem TEXT,
            id TEXT NOT NULL,
            format INTEGER NOT NULL,
            title TEXT NOT NULL,
            date TEXT,
            organization TEXT,
            record BLOB
        ) WITHOUT ROWID;
        """,
        // 1 → 2: the records move to their own table, so that reading the list fields of every file (the
        // first screen, `list`) scans a few megabytes instead of every record.
        """
        CREATE TABLE records (path TEXT PRIMARY KEY NOT NULL, record BLOB NOT NULL);
        INSERT INTO records (path, record) SELECT path, record FROM files WHERE record IS NOT NULL;
        ALTER TABLE files DROP COLUMN record;
        """,
        // 2 → 3: the search index of each archive opened, kept with what it was built over.
        """
        CREATE TABLE search_indexes (archive TEXT PRIMARY KEY NOT NULL, fingerprint INTEGER NOT NULL,
            bytes BLOB NOT NULL);
        """,
        // 3 → 4: the search index in chunks of `searchChunkBytes`, so that a query reads only the postings it
        // needs (one blob of 200 MB can only be reached from its start); each archive's snapshot (what the
        // last load saw of its folders and files, `ArchiveSnapshot`) for the warm path of `--count`.
        """
        DROP TABLE search_indexes;
        CREATE TABLE search_indexes (archive TEXT PRIMARY KEY NOT NULL, fingerprint INTEGER NOT NULL,
            size INTEGER NOT NULL);
        CREATE TABLE search_chunks (archive TEXT NOT NULL, chunk INTEGER NOT NULL, bytes BLOB NOT NULL,
            PRIMARY KEY (archive, chunk));
        CREATE TABLE snapshots (archive TEXT PRIMARY KEY NOT NULL, bytes BLOB NOT NULL);
        """,
        // 4 → 5: each mbox's split (where its messages are) with the stamp it was split at, so that a load
        // of an mbox that has not changed reads none of its bytes (`ArchiveReader.MailboxSplits`).
        """
        CREATE TABLE mbox_splits (path TEXT PRIMARY KEY NOT NULL, size INTEGER NOT NULL, mtime INTEGER NOT NULL,
            ctime INTEGER NOT NULL, messages BLOB NOT NULL);
        """,
    ]

    /// The size of the stored search index's pieces: a query reads a few dozen of them.
    static let searchChunkBytes = 65_536

    public let path: String
    private let db: SQLiteDatabase
    private var upsert: SQLiteStatement?
    private var upsertRecord: SQLiteStatement?
    private var remove: SQLiteStatement?
    private var removeRecord: SQLiteStatement?

    /// `$XDG_CACHE_HOME/pressroom/index.sqlite`, else `~/.cache/pressroom/index.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/pressroom/index.sqlite" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.cache/pressroom/index.sqlite"
    }

    /// Opens (creating when needed) the index at `path`, its folder too, and brings its schema up to date.
    /// Every failure is a `CacheFault` whose message says what happened and that pressroom runs from memory.
    public static func open(path: String, busyTimeoutMs: Int32 = 5_000) -> Result<IndexStore, CacheFault> {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                return .failure(fault("cannot create the cache folder \(folder) (\(posixReason(error)))",
                                      kind: .folderNotMade(posixReason(error))))
            }
        }
        let db: SQLiteDatabase
        do {
            db = try SQLiteDatabase(path: path, create: true, busyTimeoutMs: busyTimeoutMs)
        } catch let error as SQLiteError {
            return .failure(describe(error, path: path))
        } catch {
            return .failure(fault("cannot open the cache \(path) (\(error))", kind: .other(path: path, error: "\(error)", opening: true)))
        }
        let store = IndexStore(path: path, db: db)
        do {
            try store.prepareSchema()
        } catch let fault as CacheFault {
            return .failure(fault)
        } catch let error as SQLiteError {
            return .failure(describe(error, path: path))
        } catch {
            return .failure(fault("cannot use the cache \(path) (\(error))", kind: .other(path: path, error: "\(error)", opening: false)))
        }
        return .success(store)
    }

    private init(path: String, db: SQLiteDatabase) {
        self.path = path
        self.db = db
    }

    private func prepareSchema() throws {
        // Reading the header first: random bytes fail here with "file is not a database".
        let applicationID = try db.integer("PRAGMA application_id") ?? 0
        var version = Int(try db.integer("PRAGMA user_version") ?? 0)
        let tables = try db.integer("SELECT count(*) FROM sqlite_master") ?? 0
        if applicationID != Int64(Self.applicationID) && (tables > 0 || version != 0) {
            throw Self.fault("the cache \(path) is not a pressroom index (another program's database?); "
                             + "delete it or name another with --cache", kind: .anotherProgramsDatabase)
        }
        if version > Self.schemaVersion {
            throw Self.fault("the cache \(path) was written by a newer pressroom (schema \(version), this one reads "
                             + "\(Self.schemaVersion))", kind: .newerSchema)
        }
        let mode = try db.text("PRAGMA journal_mode=WAL")?.lowercased()
        if mode != "wal" {
            throw Self.fault("the cache \(path) cannot use a write-ahead log (journal mode \(mode ?? "?"))",
                             kind: .noWriteAheadLog(path: path, mode: mode ?? "?"))
        }
        try db.execute("PRAGMA synchronous=NORMAL")
        while version < Self.schemaVersion {
            try transaction {
                // Another process may have migrated it meanwhile.
                let now = Int(try db.integer("PRAGMA user_version") ?? 0)
                if now == version {
                    try db.execute(Self.migrations[version])
                    try db.execute("PRAGMA user_version=\(version + 1); PRAGMA application_id=\(Self.applicationID)")
                }
            }
            version = Int(try db.integer("PRAGMA user_version") ?? 0)
        }
    }

    public func close() { db.close() }

    /// Tests: SQLite refuses to grow the file past `pages` pages (SQLITE_FULL, as on a full disk).
    func limitPages(_ pages: Int) { _ = try? db.integer("PRAGMA max_page_count=\(pages)") }

    // MARK: Reading

    /// The rows of every file at `root` or under it (a folder), by path. With `records`, `body` also gets
    /// each row's record bytes (nil for a problem or a missing record), valid only during the call.
    /// With `listFields` false the title, date and organisation are left empty (a reader that takes each
    /// record from the index in its turn needs only what decides a change: a tenth of the memory).
    public func forEachRow(under root: String, records: Bool, listFields: Bool = true,
                           _ body: (IndexedFile, UnsafeRawBufferPointer?) -> Void) throws {
        let columns = "f.path, size, mtime, ctime, hash, unsure, parser, problem, id, format, "
            + (listFields ? "title, date, organization" : "'', NULL, NULL")
            + (records ? ", r.record" : "")
        let join = records ? " LEFT JOIN records r ON r.path = f.path" : ""
        // The root itself, the files under it (a folder), and its messages (an mbox: `root#042`). The messages'
        // range is a second SELECT, not a third term of the OR: SQLite's OR of three ranges keeps 2 MB more
        // (100,000 rows; a warm export's peak 91 → 89 MB), and the ranges cannot overlap.
        let select = "SELECT \(columns) FROM files f\(join) WHERE "
        let statement = try db.prepare(select + "f.path = ?1 OR (f.path >= ?2 AND f.path < ?3)"
                                       + " UNION ALL " + select + "f.path >= ?4 AND f.path < ?5")
        let prefix = root.hasSuffix("/") ? root : root + "/"
        statement.bind(1, root)
        statement.bind(2, prefix)
        statement.bind(3, String(prefix.dropLast()) + "0")  // "0" follows "/" in byte order
        let bare = root.hasSuffix("/") ? String(root.dropLast()) : root
        statement.bind(4, bare + "#")
        statement.bind(5, bare + "$")  // "$" follows "#"
        while try statement.step() {
            let row = IndexedFile(
                path: statement.text(0) ?? "", size: statement.int64(1), mtime: statement.int64(2),
                ctime: statement.int64(3), hash: statement.int64(4), unsure: statement.int64(5) != 0,
                parserVersion: statement.int(6), problem: statement.text(7), id: statement.text(8) ?? "",
                format: ReleaseCodec.format(UInt8(truncatingIfNeeded: statement.int(9))) ?? .text,
                title: statement.text(10) ?? "", date: statement.text(11), organization: statement.text(12))
            if records, !statement.isNull(13) {
                statement.withBlob(13) { body(row, $0) }
            } else {
                body(row, nil)
            }
        }
    }

    /// How many rows `forEachRow(under:)` would give, and the bytes of their paths (to size what holds them).
    func rowsUnder(_ root: String) throws -> (count: Int, pathBytes: Int) {
        let statement = try db.prepare("SELECT count(*), total(length(CAST(path AS BLOB))) FROM files WHERE path = ?1 OR (path >= ?2 AND path < ?3)")
        let prefix = root.hasSuffix("/") ? root : root + "/"
        statement.bind(1, root)
        statement.bind(2, prefix)
        statement.bind(3, String(prefix.dropLast()) + "0")
        guard try statement.step() else { return (0, 0) }
        return (statement.int(0), Int(statement.double(1)))
    }

    /// The record bytes stored for the file at `path`, nil when there are none: one indexed lookup, for a
    /// reader that goes through the archive without holding every record at once (`ArchiveLoader.load`'s
    /// `stream`). The statement is prepared once per store.
    func record(path: String) -> [UInt8]? {
        if recordLookup == nil { recordLookup = try? db.prepare("SELECT record FROM records WHERE path = ?1") }
        guard let statement = recordLookup else { return nil }
        defer { statement.reset() }
        statement.bind(1, path)
        guard (try? statement.step()) == true, !statement.isNull(0) else { return nil }
        return statement.withBlob(0) { Array($0) }
    }
    private var recordLookup: SQLiteStatement?

    /// The stored search index of `archive` (its roots), if it was built over releases with `fingerprint`.
    /// `body` reads any range of its bytes, from the chunks that hold it (a range within one chunk is read
    /// once and kept for the next reads near it): a whole restore reads every chunk once, a single query a
    /// few dozen. Valid during the call only, inside one read transaction.
    public func withSearchIndexBytes<T>(archive: String, fingerprint: Int64, _ body: (StoredBytes) -> T?) throws -> T? {
        try db.execute("BEGIN")
        defer { try? db.execute("COMMIT") }
        let statement = try db.prepare("SELECT size FROM search_indexes WHERE archive = ?1 AND fingerprint = ?2")
        statement.bind(1, archive)
        statement.bind(2, fingerprint)
        guard try statement.step() else { return nil }
        let size = statement.int(0)
        let chunk = try db.prepare("SELECT bytes FROM search_chunks WHERE archive = ?1 AND chunk = ?2")
        let chunkBytes = Self.searchChunkBytes
        var kept: [UInt8] = []
        var keptNumber = -1
        // Copies the part of chunk `number` from `start` (within it) to `destination`; false when it is missing.
        func copy(_ number: Int, from start: Int, count: Int, to destination: UnsafeMutableRawPointer, keep: Bool) -> Bool {
            if number == keptNumber {
                kept.withUnsafeBytes { destination.copyMemory(from: $0.baseAddress! + start, byteCount: count) }
                return true
            }
            chunk.reset()
            chunk.bind(1, archive)
            chunk.bind(2, number)
            guard (try? chunk.step()) == true else { return false }
            return chunk.withBlob(0) { bytes in
                guard bytes.count >= start + count, count > 0 || bytes.count >= start else { return false }
                if count > 0 { destination.copyMemory(from: bytes.baseAddress! + start, byteCount: count) }
                if keep {
                    kept = Array(bytes)
                    keptNumber = number
                }
                return true
            }
        }
        let source = StoredBytes(count: size) { destination, offset, count in
            var done = 0
            while done < count {
                let at = offset + done
                let number = at / chunkBytes, start = at % chunkBytes
                let piece = min(count - done, chunkBytes - start)
                // Small reads (counts, a term's offsets) come in runs near each other: keep their chunk.
                guard copy(number, from: start, count: piece, to: destination + done, keep: piece < chunkBytes / 4) else { return false }
                done += piece
            }
            return true
        }
        return body(source)
    }

    /// Keeps `bytes` as the search index of `archive` (replacing the one it had), in chunks.
    public func storeSearchIndex(archive: String, fingerprint: Int64, bytes: [UInt8]) throws {
        let header = try db.prepare("INSERT OR REPLACE INTO search_indexes (archive, fingerprint, size) VALUES (?1, ?2, ?3)")
        let clear = try db.prepare("DELETE FROM search_chunks WHERE archive = ?1")
        let insert = try db.prepare("INSERT INTO search_chunks (archive, chunk, bytes) VALUES (?1, ?2, ?3)")
        try transaction {
            clear.bind(1, archive)
            try clear.step()
            var number = 0
            var at = 0
            while at < bytes.count {
                let end = min(bytes.count, at + Self.searchChunkBytes)
                insert.reset()
                insert.bind(1, archive)
                insert.bind(2, number)
                bytes.withUnsafeBytes { insert.bind(3, blob: UnsafeRawBufferPointer(rebasing: $0[at..<end])) }
                try insert.step()
                number += 1
                at = end
            }
            header.bind(1, archive)
            header.bind(2, fingerprint)
            header.bind(3, bytes.count)
            try header.step()
        }
    }

    /// The snapshot kept for `archive` (`ArchiveSnapshot.key`), read by `body` while valid; nil when none.
    public func withSnapshot<T>(archive: String, _ body: (UnsafeRawBufferPointer) -> T) throws -> T? {
        let statement = try db.prepare("SELECT bytes FROM snapshots WHERE archive = ?1")
        statement.bind(1, archive)
        guard try statement.step() else { return nil }
        return statement.withBlob(0, body)
    }

    /// The first `count` bytes of the snapshot kept for `archive` and its whole size; nil when none. A watcher
    /// that vouches for it needs only its head (`ArchiveSnapshot.head`), not its 11 MB of stamps.
    public func snapshotPrefix(archive: String, count: Int) throws -> (bytes: [UInt8], size: Int)? {
        let statement = try db.prepare("SELECT rowid FROM snapshots WHERE archive = ?1")
        statement.bind(1, archive)
        guard try statement.step() else { return nil }
        let row = statement.int64(0)
        return try db.readBlobPrefix(table: "snapshots", column: "bytes", row: row, count: count)
    }

    /// Keeps `bytes` as the snapshot of `archive`; nil removes it.
    public func storeSnapshot(archive: String, bytes: [UInt8]?) throws {
        // The bytes go in through incremental blob I/O into a zeroblob: binding them would copy them once, and
        // the statement would make its record with them a second time (23 MB at 100,000 files, at the end of a
        // load, when its memory is at its peak).
        let statement = try db.prepare(bytes == nil ? "DELETE FROM snapshots WHERE archive = ?1"
                                       : "INSERT OR REPLACE INTO snapshots (archive, bytes) VALUES (?1, zeroblob(?2))")
        // The most recently kept snapshots only (a replaced row takes a new rowid): each `show FILE`, working
        // folder and parser version keys one of its own, and old ones would otherwise stay for good.
        let prune = try db.prepare("DELETE FROM snapshots WHERE rowid NOT IN (SELECT rowid FROM snapshots ORDER BY rowid DESC LIMIT \(Self.keptSnapshots))")
        try transaction {
            statement.bind(1, archive)
            if let bytes { statement.bind(2, bytes.count) }
            try statement.step()
            if let bytes {
                try db.writeBlob(table: "snapshots", column: "bytes", row: db.lastInsertRowID, bytes: bytes)
                try prune.step()
            }
        }
    }

    /// The kept splits of the mboxes at `root` or under it: each one's canonical path, the stamp it was split
    /// at, and its messages.
    func forEachMailboxSplit(under root: String, _ body: (String, FileStamp, [MailboxMessage]) -> Void) throws {
        let statement = try db.prepare("SELECT path, size, mtime, ctime, messages FROM mbox_splits "
                                       + "WHERE path = ?1 OR (path >= ?2 AND path < ?3)")
        let prefix = root.hasSuffix("/") ? root : root + "/"
        statement.bind(1, root)
        statement.bind(2, prefix)
        statement.bind(3, String(prefix.dropLast()) + "0")
        while try statement.step() {
            let stamp = FileStamp(size: statement.int64(1), mtime: statement.int64(2), ctime: statement.int64(3))
            guard let messages = statement.withBlob(4, { Self.decodeMessages($0) }) else { continue }
            body(statement.text(0) ?? "", stamp, messages)
        }
    }

    /// Keeps the splits `made` (replacing those of the same paths) and forgets those of `removed`, in one
    /// transaction.
    func storeMailboxSplits(_ made: [(path: String, stamp: FileStamp, messages: [MailboxMessage])], removing removed: [String]) throws {
        if made.isEmpty && removed.isEmpty { return }
        let insert = try db.prepare("INSERT OR REPLACE INTO mbox_splits (path, size, mtime, ctime, messages) VALUES (?1, ?2, ?3, ?4, ?5)")
        let delete = try db.prepare("DELETE FROM mbox_splits WHERE path = ?1")
        try transaction {
            for path in removed {
                delete.reset()
                delete.bind(1, path)
                try delete.step()
            }
            for split in made {
                insert.reset()
                insert.bind(1, split.path)
                insert.bind(2, split.stamp.size)
                insert.bind(3, split.stamp.mtime)
                insert.bind(4, split.stamp.ctime)
                insert.bind(5, blob: Self.encodeMessages(split.messages))
                try insert.step()
            }
        }
    }

    /// A split's messages as stored: each one's offset and length, 8 bytes each, little-endian (its number is
    /// its place). 16 bytes a message: 2.5 MB for the 155,792 messages of a 1 GB mbox.
    static func encodeMessages(_ messages: [MailboxMessage]) -> [UInt8] {
        var bytes = [UInt8]()
        bytes.reserveCapacity(messages.count * 16)
        for message in messages {
            withUnsafeBytes(of: UInt64(bitPattern: message.offset).littleEndian) { bytes += $0 }
            withUnsafeBytes(of: UInt64(message.length).littleEndian) { bytes += $0 }
        }
        return bytes
    }

    /// The messages of `encodeMessages`' bytes; nil when they are not a whole number of messages, or a message
    /// would start before the previous one ends (a damaged row is split again rather than trusted).
    static func decodeMessages(_ bytes: UnsafeRawBufferPointer) -> [MailboxMessage]? {
        guard bytes.count % 16 == 0 else { return nil }
        var messages: [MailboxMessage] = []
        messages.reserveCapacity(bytes.count / 16)
        var end: Int64 = 0
        for n in 0..<(bytes.count / 16) {
            let offset = Int64(bitPattern: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: n * 16, as: UInt64.self)))
            let length = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: n * 16 + 8, as: UInt64.self))
            guard offset >= end, length <= UInt64(Int64.max - offset) else { return nil }
            messages.append(MailboxMessage(number: n + 1, offset: offset, length: Int(length)))
            end = offset + Int64(length)
        }
        return messages
    }

    /// How many archives' snapshots the index keeps.
    static let keptSnapshots = 32

    /// How many files the index holds (records and problems).
    public func count() throws -> Int { Int(try db.integer("SELECT count(*) FROM files") ?? 0) }

    // MARK: Writing

    /// One file's row to store: what decides a change, and the record (or the problem).
    public struct Entry: Sendable {
        public var file: IndexedFile
        public var record: [UInt8]?
        public init(file: IndexedFile, record: [UInt8]?) {
            self.file = file
            self.record = record
        }
    }

    /// Stores `entries` and deletes the rows of `removed`, in one transaction.
    public func write(_ entries: [Entry], removing removed: [String] = []) throws {
        if entries.isEmpty && removed.isEmpty { return }
        if upsert == nil {
            upsert = try db.prepare("""
                INSERT OR REPLACE INTO files (path, size, mtime, ctime, hash, unsure, parser, problem, id, format,
                    title, date, organization) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
                """)
            upsertRecord = try db.prepare("INSERT OR REPLACE INTO records (path, record) VALUES (?1, ?2)")
            remove = try db.prepare("DELETE FROM files WHERE path = ?1")
            removeRecord = try db.prepare("DELETE FROM records WHERE path = ?1")
        }
        guard let upsert, let upsertRecord, let remove, let removeRecord else { return }
        try transaction {
            for entry in entries {
                let f = entry.file
                upsert.reset()
                upsert.bind(1, f.path)
                upsert.bind(2, f.size)
                upsert.bind(3, f.mtime)
                upsert.bind(4, f.ctime)
                upsert.bind(5, f.hash)
                upsert.bind(6, f.unsure ? 1 : 0)
                upsert.bind(7, f.parserVersion)
                upsert.bind(8, f.problem)
                upsert.bind(9, f.id)
                upsert.bind(10, Int(ReleaseCodec.formatCode(f.format)))
                upsert.bind(11, f.title)
                upsert.bind(12, f.date)
                upsert.bind(13, f.organization)
                try upsert.step()
                if let record = entry.record {
                    upsertRecord.reset()
                    upsertRecord.bind(1, f.path)
                    upsertRecord.bind(2, blob: record)
                    try upsertRecord.step()
                } else {
                    removeRecord.reset()
                    removeRecord.bind(1, f.path)
                    try removeRecord.step()
                }
            }
            for path in removed {
                for statement in [remove, removeRecord] {
                    statement.reset()
                    statement.bind(1, path)
                    try statement.step()
                }
            }
        }
        for statement in [upsert, upsertRecord, remove, removeRecord] { statement.reset() }
    }

    private func transaction(_ body: () throws -> Void) throws {
        try db.execute("BEGIN IMMEDIATE")
        do {
            try body()
            try db.execute("COMMIT")
        } catch {
            try? db.execute("ROLLBACK")
            throw error
        }
    }

    // MARK: Faults

    /// The fault for a SQLite failure on the cache at `path`.
    public func fault(for error: Error) -> CacheFault {
        if let error = error as? SQLiteError { return Self.describe(error, path: path) }
        if let fault = error as? CacheFault { return fault }
        return Self.fault("cannot use the cache \(path) (\(error))", kind: .other(path: path, error: "\(error)", opening: false))
    }

    static func describe(_ error: SQLiteError, path: String) -> CacheFault {
        switch error.primary {
        case SQLITE_NOTADB, SQLITE_CORRUPT:
            return fault("the cache \(path) is damaged (\(error.message)); delete it to start a new one", kind: .damaged(error.message))
        case SQLITE_BUSY, SQLITE_LOCKED:
            return fault("the cache \(path) is locked by another process (\(error.message))", kind: .locked)
        case SQLITE_FULL:
            return fault("the disk holding the cache \(path) is full", kind: .diskFull)
        case SQLITE_READONLY, SQLITE_PERM:
            return fault("the cache \(path) cannot be written (\(error.message))", kind: .notWritable(error.message))
        case SQLITE_CANTOPEN:
            let folder = (path as NSString).deletingLastPathComponent
            let reason = access(folder, W_OK) != 0 ? String(cString: strerror(errno)) : error.message
            return fault("cannot open the cache \(path) (\(reason))", kind: .cannotOpen(reason))
        case SQLITE_IOERR:
            return fault("cannot read or write the cache \(path) (\(error.message))", kind: .readOrWrite(error.message))
        default:
            return fault("cannot use the cache \(path) (\(error.message))", kind: .unusable(error.message))
        }
    }

    /// The fault: `what` happened (the line for stderr), of `kind` (for the browser to word).
    static func fault(_ what: String, kind: CacheFault.Kind) -> CacheFault {
        CacheFault(what + "; running from memory", kind: kind)
    }

    private static func posixReason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSCocoaErrorDomain && ns.code == NSFileWriteNoPermissionError { return "Permission denied" }
        return ns.localizedDescription
    }
}
