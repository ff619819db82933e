import Foundation

/// A release file found under one of the user's arguments.
///
/// Kept small, since a load keeps one for every file of the archive until it ends (100,000 of them at
/// once): a file found in a folder holds that folder's spellings (shared with its siblings) and its own
/// name, and makes its path, `source` and canonical path when asked. A Foundation `URL` per file was
/// ~480 bytes, and three whole path strings beside it; this is ~100 (`ArchiveLoaderMemoryTests`). An e-mail's
/// extras (its message of an mbox, the name its id is made from) are boxed in `place`, so other files pay nothing.
public struct SourceFile: Hashable, Sendable {
    /// The folder it was found in (shared by the files there) and its name; or its spellings whole (a file
    /// named as an argument, a test's file, a source changed by the caller); with an e-mail's extras out of line.
    private var place: Place
    public var format: SourceFormat
    /// What `stat` said of it when it was found in a folder (nil for a file named as an argument).
    var stamp: FileStamp?
    /// Index of its folder in the discovery's `folders`, -1 for a file named as an argument.
    var folder: Int32 = -1

    private enum Place: Hashable, Sendable {
        case found(FoundFolder, name: String)
        indirect case given(path: String, source: String, canonical: String?)
        /// A file with an e-mail's extras: boxed, so that the other files' `SourceFile` stays as small as it was
        /// (the extras inline were 48 bytes more a file, over `ArchiveLoaderMemoryTests`' 64).
        indirect case mail(Place, MailExtras)

        var path: String {
            switch self {
            case .found(let folder, let name): return folder.path + name
            case .given(let path, _, _): return path
            case .mail(let base, _): return base.path
            }
        }

        var source: String {
            switch self {
            case .found(let folder, let name): return folder.relative + name
            case .given(_, let source, _): return source
            case .mail(let base, _): return base.source
            }
        }

        var canonical: String? {
            switch self {
            case .found(let folder, let name): return folder.canonical.map { $0 + name }
            case .given(_, _, let canonical): return canonical
            case .mail(let base, _): return base.canonical
            }
        }

        var canonicalParts: (folder: String, name: String)? {
            switch self {
            case .found(let folder, let name): return folder.canonical.map { ($0, name) }
            case .given(_, _, let canonical): return canonical.map { ($0, "") }
            case .mail(let base, _): return base.canonicalParts
            }
        }

        var nameInFolder: String? {
            switch self {
            case .found(_, let name): return name
            case .given: return nil
            case .mail(let base, _): return base.nameInFolder
            }
        }

        /// The place without its extras.
        var base: Place {
            if case .mail(let base, _) = self { return base }
            return self
        }
    }

    /// What an e-mail file may carry beyond a file's place.
    private struct MailExtras: Hashable, Sendable {
        var message: MailboxMessage?
        var idName: String?
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
    /// it opens (an mbox's for one of its messages), and what the user is shown in a problem's line.
    public var path: String { place.path }

    /// The path as the record's `source` shows it: relative to the argument when that was a folder.
    public var source: String {
        get { place.source }
        set { setBase(.given(path: path, source: newValue, canonical: canonicalPath)) }
    }

    /// The path with the links of its folders resolved, when discovery knew it (the persistent index's key).
    /// Set for a message of an mbox (the mbox's and the message's number, `/real/inbox.mbox#042`).
    var canonicalPath: String? {
        get { place.canonical }
        set { setBase(.given(path: path, source: source, canonical: newValue)) }
    }

    /// The canonical path in two parts, its folder's (ending in `/`) and its name, when discovery knew it
    /// (a lookup by it needs no new string).
    var canonicalParts: (folder: String, name: String)? { place.canonicalParts }

    /// The file's name alone when it was found in a folder (nil for a file given whole).
    var nameInFolder: String? { place.nameInFolder }

    /// Its path, absolute (relative ones joined to the working folder), as a URL.
    public var url: URL { URL(fileURLWithPath: path) }

    /// One message of an mbox (`path` is the mbox's); nil for a file read whole.
    public var message: MailboxMessage? {
        get { extras?.message }
        set { var e = extras ?? MailExtras(); e.message = newValue; extras = e }
    }

    /// The name the record's id is made from when it is not the last part of `source` (an mbox's name for
    /// its messages, a Maildir message's name without its flags).
    var idName: String? {
        get { extras?.idName }
        set { var e = extras ?? MailExtras(); e.idName = newValue; extras = e }
    }

    private var extras: MailExtras? {
        get {
            if case .mail(_, let extras) = place { return extras }
            return nil
        }
        set {
            let base = place.base
            if let newValue, newValue.message != nil || newValue.idName != nil {
                place = .mail(base, newValue)
            } else {
                place = base
            }
        }
    }

    /// Replaces the place, keeping the extras.
    private mutating func setBase(_ base: Place) {
        if case .mail(_, let extras) = place { place = .mail(base, extras) } else { place = base }
    }
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
    /// The reason given to a message that carries no release (a newsletter, a reply): it is stored in the
    /// index like a problem, so that it is not read again until its mailbox changes, but it is no problem of
    /// the archive's and no command shows it.
    public static let notARelease = "the message carries no press release"

    /// Whether this is a message passed over (`notARelease`) rather than a problem.
    public var isPassedOver: Bool { reason == Self.notARelease }

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
    /// How `text` is written, for the layout: the file's format, except for an e-mail, whose release may be
    /// its HTML part or an attached PDF or Word file (the record's `format` stays `email`).
    public var textFormat: SourceFormat

    public init(file: SourceFile, text: String, id: String, warnings: [String] = []) {
        self.file = file
        self.text = text
        self.id = id
        self.warnings = warnings
        self.textFormat = file.format
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

/// One message of an mbox file: where its bytes are, and its number in the file (1-based).
///
/// Each message is a file of its own to the rest of pressroom: its `SourceFile` has the mbox's `path` and stamp,
/// the `source` `inbox.mbox#42` and the index key `/real/path/inbox.mbox#42`, so the index, streaming in
/// `source` order, `show`, and the problem list treat it as they treat a file. The number is zero-padded to
/// the width of the mbox's count (`#007` of 120), so that `source` order, which is byte order everywhere, is the
/// messages' order in the file. Its id is made from the mbox's name and the message's bytes, not its number:
/// a message keeps its id when mail is added or deleted around it.
public struct MailboxMessage: Hashable, Sendable {
    public var number: Int
    /// The message's first byte (after its `From ` line) and its length, in the mbox.
    public var offset: Int64
    public var length: Int
}
