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
    /// One message of an mbox (`url` is the mbox's); nil for a file read whole.
    public var message: MailboxMessage?
    /// The name the record's id is made from when it is not the last part of `source` (an mbox's name for
    /// its messages, a Maildir message's name without its flags).
    var idName: String?

    public init(url: URL, source: String, format: SourceFormat) {
        self.url = url
        self.source = source
        self.format = format
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
/// Each message is a file of its own to the rest of pressroom: its `SourceFile` has the mbox's `url` and stamp,
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
