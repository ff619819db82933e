import Foundation

/// A release file found under one of the user's arguments.
public struct SourceFile: Hashable, Sendable {
    /// Where the file is on disk.
    public var url: URL
    /// The path as the record's `source` shows it: relative to the argument when that was a folder.
    public var source: String
    public var format: SourceFormat
    /// What `stat` said of it when it was found in a folder (nil for a file named as an argument).
    var stamp: FileStamp?
    /// The path with the links of its folders resolved, when discovery knew it (the persistent index's key).
    var canonicalPath: String?
    /// Index of its folder in the discovery's `folders`, -1 for a file named as an argument.
    var folder: Int32 = -1

    public init(url: URL, source: String, format: SourceFormat) {
        self.url = url
        self.source = source
        self.format = format
    }
}

/// A file that could not be read or parsed, with the reason in words a user understands.
public struct LoadProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file's path as the user can find it (the argument joined with the path under it).
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

/// A file's text after decoding and normalisation, ready for the parser.
public struct LoadedDocument: Sendable {
    public var file: SourceFile
    /// Decoded, normalised text (LF line ends, NFC, no control characters except form feed).
    public var text: String
    /// The record's id, from the file's bytes.
    public var id: String
    /// Warnings from reading (e.g. decoded as Windows-1252).
    public var warnings: [String]

    public init(file: SourceFile, text: String, id: String, warnings: [String] = []) {
        self.file = file
        self.text = text
        self.id = id
        self.warnings = warnings
    }
}

/// What `stat` says of a file that decides whether it changed.
struct FileStamp: Hashable, Sendable {
    var size: Int64
    var mtime: Int64
    var ctime: Int64

    init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    init(size: Int64, mtime: Int64, ctime: Int64) {
        self.size = size
        self.mtime = mtime
        self.ctime = ctime
    }

    init(_ info: stat) {
        size = Int64(info.st_size)
        mtime = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        ctime = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
    }
}
