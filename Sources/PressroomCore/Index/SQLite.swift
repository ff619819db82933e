import CSQLite
import Foundation

/// A failed SQLite call: the result code and SQLite's message.
struct SQLiteError: Error, CustomStringConvertible {
    var code: Int32
    var message: String

    /// The primary result code (SQLITE_BUSY for SQLITE_BUSY_SNAPSHOT, …).
    var primary: Int32 { code & 0xFF }
    var description: String { message }
}

/// One SQLite connection, used from one thread at a time (the index's owner serialises its calls).
final class SQLiteDatabase {
    private(set) var handle: OpaquePointer?

    /// Opens (and with `create`, creates) the database file at `path`.
    init(path: String, create: Bool, busyTimeoutMs: Int32) throws {
        var db: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
            if let db { sqlite3_close_v2(db) }
            throw SQLiteError(code: rc, message: message)
        }
        handle = db
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, busyTimeoutMs)
    }

    deinit { close() }

    func close() {
        if let handle { sqlite3_close_v2(handle) }
        handle = nil
    }

    func error(_ rc: Int32) -> SQLiteError {
        SQLiteError(code: rc, message: handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc)))
    }

    /// Runs one or more statements that return no rows.
    func execute(_ sql: String) throws {
        let rc = sqlite3_exec(handle, sql, nil, nil, nil)
        guard rc == SQLITE_OK else { throw error(rc) }
    }

    func prepare(_ sql: String) throws -> SQLiteStatement {
        var statement: OpaquePointer?
        let rc = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard rc == SQLITE_OK, let statement else { throw error(rc) }
        return SQLiteStatement(statement, database: self)
    }

    /// The rowid of the row the last INSERT made.
    var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Writes `bytes` over the blob (a zeroblob of their size) in `column` of `row`, in pieces of 1 MB: no
    /// copy of the whole is made.
    func writeBlob(table: String, column: String, row: Int64, bytes: [UInt8]) throws {
        var blob: OpaquePointer?
        var rc = sqlite3_blob_open(handle, "main", table, column, row, 1, &blob)
        guard rc == SQLITE_OK, let blob else { throw error(rc) }
        defer { sqlite3_blob_close(blob) }
        let piece = 1 << 20
        var at = 0
        while at < bytes.count {
            let count = min(piece, bytes.count - at)
            rc = bytes.withUnsafeBytes { sqlite3_blob_write(blob, $0.baseAddress! + at, Int32(count), Int32(at)) }
            guard rc == SQLITE_OK else { throw error(rc) }
            at += count
        }
    }

    /// The first `count` bytes (fewer when the blob is shorter) of the blob in `column` of `row`, and the
    /// blob's whole size: SQLite reads only the pages those bytes lie on.
    func readBlobPrefix(table: String, column: String, row: Int64, count: Int) throws -> (bytes: [UInt8], size: Int) {
        var blob: OpaquePointer?
        var rc = sqlite3_blob_open(handle, "main", table, column, row, 0, &blob)
        guard rc == SQLITE_OK, let blob else { throw error(rc) }
        defer { sqlite3_blob_close(blob) }
        let size = Int(sqlite3_blob_bytes(blob))
        var bytes = [UInt8](repeating: 0, count: min(size, count))
        rc = bytes.withUnsafeMutableBytes { sqlite3_blob_read(blob, $0.baseAddress, Int32($0.count), 0) }
        guard rc == SQLITE_OK else { throw error(rc) }
        return (bytes, size)
    }

    /// The first column of the first row of `sql` as an integer (PRAGMAs, counts).
    func integer(_ sql: String) throws -> Int64? {
        let statement = try prepare(sql)
        return try statement.step() ? statement.int64(0) : nil
    }

    /// The first column of the first row of `sql` as text.
    func text(_ sql: String) throws -> String? {
        let statement = try prepare(sql)
        return try statement.step() ? statement.text(0) : nil
    }
}

/// A prepared statement: bind (1-based), step, read columns (0-based), reset.
final class SQLiteStatement {
    private let statement: OpaquePointer
    private let database: SQLiteDatabase

    init(_ statement: OpaquePointer, database: SQLiteDatabase) {
        self.statement = statement
        self.database = database
    }

    deinit { sqlite3_finalize(statement) }

    func reset() {
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
    }

    func bind(_ index: Int32, _ value: Int64) { sqlite3_bind_int64(statement, index, value) }
    func bind(_ index: Int32, _ value: Int) { sqlite3_bind_int64(statement, index, Int64(value)) }

    func bind(_ index: Int32, _ value: String?) {
        guard let value else { sqlite3_bind_null(statement, index); return }
        var copy = value
        copy.withUTF8 { buffer in
            _ = sqlite3_bind_text(statement, index, UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self),
                                  Int32(buffer.count), cs_transient())
        }
    }

    func bind(_ index: Int32, blob: [UInt8]?) {
        guard let blob else { sqlite3_bind_null(statement, index); return }
        blob.withUnsafeBytes { buffer in
            _ = sqlite3_bind_blob(statement, index, buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(buffer.count),
                                  cs_transient())
        }
    }

    func bind(_ index: Int32, blob: UnsafeRawBufferPointer) {
        _ = sqlite3_bind_blob(statement, index, blob.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(blob.count),
                              cs_transient())
    }

    /// Advances to the next row: true when there is one, false when done.
    @discardableResult
    func step() throws -> Bool {
        let rc = sqlite3_step(statement)
        if rc == SQLITE_ROW { return true }
        if rc == SQLITE_DONE { return false }
        let failure = database.error(rc)
        sqlite3_reset(statement)
        throw failure
    }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }
    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }
    func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(statement, column)) }
    func double(_ column: Int32) -> Double { sqlite3_column_double(statement, column) }

    func text(_ column: Int32) -> String? {
        guard let pointer = sqlite3_column_text(statement, column) else { return nil }
        let count = Int(sqlite3_column_bytes(statement, column))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    /// The column's bytes, valid until the next step or reset.
    func withBlob<T>(_ column: Int32, _ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        let count = Int(sqlite3_column_bytes(statement, column))
        guard let pointer = sqlite3_column_blob(statement, column), count > 0 else {
            return try body(UnsafeRawBufferPointer(start: nil, count: 0))
        }
        return try body(UnsafeRawBufferPointer(start: pointer, count: count))
    }
}
