import Foundation

/// A release file found under one of the user's arguments.
///
/// Kept small, since a load keeps one for every file of the archive until it ends (100,000 of them at
/// once): a file found in a folder holds that folder's spellings (shared with its siblings) and its own
/// name, and makes its path, `source` and canonical path when asked. A Foundation `URL` per file was
/// ~480 bytes, and three whole path strings beside it; this is ~100 (`ArchiveLoaderMemoryTests`).
public struct SourceFile: Hashable, Sendable {
    /// The folder it was found in (shared by the files there) and its name; or its spellings whole (a file
    /// named as an argument, a test's file, a source changed by the caller).
    private var place: Place
    public var format: SourceFormat
    /// What `stat` said of it when it was found in a folder (nil for a file named as an argument).
    var stamp: FileStamp?
    /// Index of its folder in the discovery's `folders`, -1 for a file named as an argument.
    var folder: Int32 = -1

    private enum Place: Hashable, Sendable {
        case found(FoundFolder, name: String)
        indirect case given(path: String, source: String, canonical: String?)
    }

    /// A file given by its URL (only its path is kept: as spelled when it is relative to the working folder,
    /// which is how a problem's line names it) and `source`.
    public init(url: URL, source: String, format: SourceFormat) {
        let relativeToHere = url.baseURL.map { $0.path == FileManager.default.currentDirectoryPath } ?? true
        self.init(path: relativeToHere ? url.relativePath : url.path, source: source, format: format)
    }

    /// A file at `path` (as the user spelled it: relative paths are relative to the working folder).
    public init(path: String, source: String, format: SourceFormat) {
        place = .given(path: path, source: source, canonical: nil)
        self.format = format
    }

    /// A file named `name` in a folder the walk listed.
    init(in folder: FoundFolder, name: String, format: SourceFormat) {
        place = .found(folder, name: name)
        self.format = format
    }

    /// Where the file is, as the walk reached it (the argument joined with the path under it): what reads
    /// it opens, and what the user is shown in a problem's line.
    public var path: String {
        switch place {
        case .found(let folder, let name): return folder.path + name
        case .given(let path, _, _): return path
        }
    }

    /// The path as the record's `source` shows it: relative to the argument when that was a folder.
    public var source: String {
        get {
            switch place {
            case .found(let folder, let name): return folder.relative + name
            case .given(_, let source, _): return source
            }
        }
        set { place = .given(path: path, source: newValue, canonical: canonicalPath) }
    }

    /// The path with the links of its folders resolved, when discovery knew it (the persistent index's key).
    var canonicalPath: String? {
        switch place {
        case .found(let folder, let name): return folder.canonical.map { $0 + name }
        case .given(_, _, let canonical): return canonical
        }
    }

    /// The canonical path in two parts, its folder's (ending in `/`) and its name, when discovery knew it
    /// (a lookup by it needs no new string).
    var canonicalParts: (folder: String, name: String)? {
        switch place {
        case .found(let folder, let name): return folder.canonical.map { ($0, name) }
        case .given(_, _, let canonical): return canonical.map { ($0, "") }
        }
    }

    /// The file's name alone when it was found in a folder (nil for a file given whole).
    var nameInFolder: String? {
        if case .found(_, let name) = place { return name }
        return nil
    }

    /// Its path, absolute (relative ones joined to the working folder), as a URL.
    public var url: URL { URL(fileURLWithPath: path) }
}

/// A folder the walk listed, as the files found in it spell it; one object shared by all of them.
final class FoundFolder: Hashable, Sendable {
    /// The folder as reached (the argument and the folders below it), ending in `/`.
    let path: String
    /// The same below the argument (`source`'s folder part): empty, or ending in `/`.
    let relative: String
    /// Its canonical path ending in `/`, nil when a file's must be resolved by itself (a link to it was
    /// followed, or `realpath` failed).
    let canonical: String?

    init(path: String, relative: String, canonical: String?) {
        self.path = path
        self.relative = relative
        self.canonical = canonical
    }

    static func == (a: FoundFolder, b: FoundFolder) -> Bool {
        a === b || (a.path == b.path && a.relative == b.relative && a.canonical == b.canonical)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(relative)
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
