import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finds release files under the user's arguments and reads each into normalised text.
public enum ArchiveReader {
    /// Text files larger than this are refused (no press release is this long; it is a log or a dump).
    public static let textSizeLimit = 20 * 1024 * 1024
    /// PDFs larger than this are refused.
    public static let pdfSizeLimit = 100 * 1024 * 1024

    /// What discovery found: files in a stable order, arguments that do not exist, folders that could
    /// not be listed.
    public struct Discovery: Sendable {
        public var files: [SourceFile] = []
        public var missing: [String] = []
        public var problems: [LoadProblem] = []
        /// Every folder walked, as named, with what `stat` said of it (the index's snapshot of the archive).
        var folders: [WalkedFolder] = []
        /// An entry was passed over because `stat` failed on it (a broken link, a file gone): no stamp can
        /// tell when it changes (its target may appear without its folder changing), so no snapshot may
        /// answer for this archive.
        var unstamped = false
    }

    /// Splits of mboxes kept by an earlier load (the persistent index's), offered to discovery so that an mbox
    /// whose stamp is the one it was split at is not read again (a warm `list` of a 1 GB mbox read it whole to
    /// find its messages); and the splits this discovery had to make, for the index to keep.
    public final class MailboxSplits: @unchecked Sendable {
        /// The messages of the mbox at a canonical path as split when it had this stamp; nil when not known.
        let known: (_ canonicalPath: String, _ stamp: FileStamp) -> [MailboxMessage]?
        /// The splits made by reading an mbox (canonical path, the stamp taken before it was read, messages).
        var made: [(path: String, stamp: FileStamp, messages: [MailboxMessage])] = []
        /// Canonical paths of the mboxes whose known split was used.
        var reused: [String] = []

        init(known: @escaping (_ canonicalPath: String, _ stamp: FileStamp) -> [MailboxMessage]?) { self.known = known }
    }

    /// A folder the walk listed: its path as named (the argument, then its folders below), and its stamp.
    struct WalkedFolder: Sendable {
        var path: String
        var stamp: FileStamp
    }

    /// Files under `paths` (files and folders, recursively), in a stable order; paths that do not exist.
    public static func discover(_ paths: [String]) -> (files: [SourceFile], missing: [String]) {
        let found = discoverAll(paths)
        return (found.files, found.missing)
    }

    /// As `discover`, also reporting folders that could not be listed.
    ///
    /// Folders are read recursively; names starting with `.` are skipped; only `.txt`, `.text`, `.md`,
    /// `.markdown`, `.pdf`, `.html`, `.htm`, `.docx`, `.doc` and `.odt` files are taken from folders (others are skipped silently), while a file
    /// named explicitly is read whatever its extension (as text when it is not one of those). Symbolic
    /// links are followed once: a folder already visited (by its device and inode) is not entered again, so
    /// links that loop do not hang. Each argument's files are in `source` order.
    /// `splits`, when given, answers for mboxes split before and collects the splits made.
    public static func discoverAll(_ paths: [String], splits: MailboxSplits? = nil) -> Discovery {
        var result = Discovery()
        var visited = Set<FolderID>()
        for path in paths {
            var info = stat()
            guard !path.isEmpty, stat(path, &info) == 0 else {
                result.missing.append(path)
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                // Straight into the result (an array per argument, appended at the end, was a second copy of
                // every file at the load's peak).
                let start = result.files.count
                walk(folder: path, canonical: realPath(path), info: info, relative: "", visited: &visited, into: &result.files,
                     folders: &result.folders, problems: &result.problems, unstamped: &result.unstamped, splits: splits)
                // The walk gives names in order, but a folder comes before a file whose name sorts first
                // ("a" then "a-b.txt", while "a-b.txt" < "a/x"): sorted when needed, each source made once.
                let files = result.files
                if !(start..<files.count).dropFirst().allSatisfy({ files[$0 - 1].source < files[$0].source }) {
                    let sources = files[start...].map(\.source)
                    let sorted = sources.indices.sorted { sources[$0] < sources[$1] }.map { files[start + $0] }
                    result.files.replaceSubrange(start..., with: sorted)
                }
            } else {
                let named = format(ofName: path) ?? (Mailbox.isMbox(path: path) ? .email : .text)
                let file = SourceFile(path: path, source: path, format: named)
                if named == .email, isMboxName(path) || Mailbox.isMbox(path: path) {
                    result.files += messages(of: file, stamp: FileStamp(info), splits: splits, problems: &result.problems)
                } else {
                    result.files.append(file)
                }
            }
        }
        return result
    }

    /// A folder's identity, whatever path reached it.
    struct FolderID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// Lists `folder` and the folders under it. `canonical` is its path with every symbolic link resolved
    /// (nil when unknown): each file's `canonicalPath` is made from it, resolving again only below links.
    private static func walk(folder: String, canonical: String?, info: stat, relative: String,
                             visited: inout Set<FolderID>, into files: inout [SourceFile], folders: inout [WalkedFolder],
                             problems: inout [LoadProblem], unstamped: inout Bool, splits: MailboxSplits?,
                             maildirMessages: Bool = false) {
        guard visited.insert(FolderID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted else { return }
        let folderIndex = Int32(folders.count)
        folders.append(WalkedFolder(path: folder, stamp: FileStamp(info)))
        // readdir rather than FileManager: a 100,000-file archive is listed on every start.
        guard let dir = opendir(folder) else {
            problems.append(LoadProblem(path: folder, reason: "the folder cannot be listed (\(String(cString: strerror(errno))))"))
            return
        }
        var entries: [(name: String, plain: Bool)] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name.hasPrefix(".") { continue }  // hidden, and . and ..
            // A plain file or folder, not a link: its canonical path is its folder's plus its name.
            let type = entry.pointee.d_type
            entries.append((name, type == UInt8(DT_REG) || type == UInt8(DT_DIR)))
        }
        closedir(dir)
        entries.sort { $0.name < $1.name }
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        let canonicalBase = canonical.map { $0 == "/" ? "/" : $0 + "/" }
        // A Maildir (`cur/`, `new/` and `tmp/` side by side): every file of `cur/` and `new/` is a message,
        // whatever its name; `tmp/` holds messages still being delivered.
        let isMaildir = entries.contains { $0.name == "cur" } && entries.contains { $0.name == "new" }
        // One object for the folder, shared by the files found in it (`SourceFile` keeps it and its name).
        let here = FoundFolder(path: base, relative: relative.isEmpty ? "" : relative + "/", canonical: canonicalBase)
        for (name, plain) in entries {
            if isMaildir && name == "tmp" { continue }
            let path = base + name
            let source = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard stat(path, &info) == 0 else {  // a broken link
                unstamped = true
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                let real = plain ? canonicalBase.map { $0 + name } : realPath(path)
                walk(folder: path, canonical: real, info: info, relative: source, visited: &visited, into: &files,
                     folders: &folders, problems: &problems, unstamped: &unstamped, splits: splits,
                     maildirMessages: isMaildir && (name == "cur" || name == "new"))
            case S_IFREG:
                // A file without an extension is an mbox when it starts with a `From ` line (mutt's `inbox`).
                let named = maildirMessages ? .email
                    : format(ofName: name) ?? (!name.contains(".") && Mailbox.isMbox(path: path) ? .email : nil)
                if let format = named {
                    // A link's canonical path is its target's, resolved later: it is not the folder's plus its name.
                    var file = plain ? SourceFile(in: here, name: name, format: format)
                        : SourceFile(path: path, source: source, format: format)
                    file.stamp = FileStamp(info)
                    file.folder = folderIndex
                    if maildirMessages { file.idName = Mailbox.maildirIDName(name) }
                    if format == .email && !maildirMessages && (isMboxName(name) || Mailbox.isMbox(path: path)) {
                        files += messages(of: file, stamp: FileStamp(info), splits: splits, problems: &problems)
                    } else {
                        files.append(file)
                    }
                }
            default:
                continue  // sockets, pipes, devices
            }
        }
    }

    /// The file's path as the user can find it: the argument it came from joined with its `source` (with the
    /// message's number for a message of an mbox: `mail/inbox.mbox#042`).
    public static func displayPath(_ file: SourceFile) -> String {
        guard file.message != nil, let part = Mailbox.mboxPart(of: file.source) else { return file.path }
        return file.path + String(file.source.dropFirst(part.file.count))
    }

    /// Whether a name is an mbox's by its extension (`.mbox`; an `.eml` holds one message).
    static func isMboxName(_ name: String) -> Bool {
        name.utf8.count > 5 && name.lowercased().hasSuffix(".mbox")
    }

    /// The messages of an mbox as files of their own (see `MailboxMessage`); none, and a problem, when it
    /// cannot be read. An mbox with no `From ` line at all is one message (an `.mbox` holding a bare message).
    ///
    /// With `splits`, an mbox whose `stamp` (taken before it is read) is the one a kept split was made at is not
    /// read: its messages are the kept ones. Size, modification and status-change times in nanoseconds decide,
    /// as they do for a file's row; a split made of an mbox written in the same clock tick as a later write could
    /// keep a stale stamp, which is why the loader keeps only splits of mboxes older than its settle time.
    static func messages(of mbox: SourceFile, stamp: FileStamp? = nil, splits: MailboxSplits? = nil,
                         problems: inout [LoadProblem]) -> [SourceFile] {
        let found: [MailboxMessage]
        let key = splits != nil ? mbox.canonicalPath ?? realPath(mbox.path) : nil
        if let splits, let key, let stamp, let kept = splits.known(key, stamp) {
            found = kept
            splits.reused.append(key)
        } else {
            switch Mailbox.messages(path: mbox.path) {
            case .success(let list): found = list
            case .failure(let failure):
                problems.append(LoadProblem(path: displayPath(mbox), reason: failure.reason))
                return []
            }
            if let splits, let key, let stamp { splits.made.append((key, stamp, found)) }
        }
        guard !found.isEmpty else {
            var whole = mbox
            whole.idName = StableID.fileName(mbox.source)
            return [whole]
        }
        return found.map { message in
            var file = mbox
            file.source = Mailbox.source(mbox.source, number: message.number, count: found.count)
            file.message = message
            file.idName = StableID.fileName(mbox.source)
            if let path = mbox.canonicalPath { file.canonicalPath = path + String(file.source.dropFirst(mbox.source.count)) }
            return file
        }
    }

    /// An `.email` file as the walk gives it: its messages when it is an mbox, else itself.
    static func messagesIfMbox(_ file: SourceFile, problems: inout [LoadProblem]) -> [SourceFile] {
        guard file.format == .email, isMboxName(file.source) || Mailbox.isMbox(path: file.path) else {
            var file = file
            if isInMaildir(file.path) { file.idName = Mailbox.maildirIDName(StableID.fileName(file.source)) }
            return [file]
        }
        return messages(of: file, problems: &problems)
    }

    /// The e-mail format of a file whose name says nothing (no extension): a message of a Maildir's `cur/` or
    /// `new/`, or an mbox that starts with a `From ` line; nil otherwise. (The watcher's look at one file; the
    /// walk decides the same from the folder's listing.)
    static func mailFormat(path: String, name: String) -> SourceFormat? {
        if isInMaildir(path) { return .email }
        return !name.contains(".") && Mailbox.isMbox(path: path) ? .email : nil
    }

    /// Whether `path` is in the `cur/` or `new/` of a Maildir (its parent holds `cur` and `new`).
    static func isInMaildir(_ path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        let last = (folder as NSString).lastPathComponent
        guard last == "cur" || last == "new" else { return false }
        let maildir = (folder as NSString).deletingLastPathComponent
        var info = stat()
        return stat(maildir + "/cur", &info) == 0 && stat(maildir + "/new", &info) == 0
    }

    /// A file's bytes, or its message's when it is one message of an mbox.
    static func bytes(of file: SourceFile, limit: Int) -> Result<[UInt8], FileBytes.Failure> {
        if let message = file.message { return Mailbox.read(message, path: file.path, limit: limit) }
        return FileBytes.read(file.path, limit: limit)
    }

    /// The largest file of `format` read: PDFs and Word files carry images, so they may be larger than text.
    static func sizeLimit(_ format: SourceFormat, textLimit: Int) -> Int {
        switch format {
        case .pdf, .docx, .odt: return max(pdfSizeLimit, textLimit)
        default: return textLimit
        }
    }

    /// The format a file name says, or nil when pressroom does not read that kind of file.
    public static func format(ofName name: String) -> SourceFormat? {
        // The common names without Foundation: a lower-case extension after the last dot.
        let utf8 = name.utf8
        if let dot = utf8.lastIndex(of: UInt8(ascii: ".")) {
            let ext = utf8[utf8.index(after: dot)...]
            if ext.elementsEqual("txt".utf8) || ext.elementsEqual("text".utf8) { return .text }
            if ext.elementsEqual("md".utf8) || ext.elementsEqual("markdown".utf8) { return .markdown }
            if ext.elementsEqual("pdf".utf8) { return .pdf }
        }
        guard let dot = name.lastIndex(of: "."), !name[dot...].contains("/") else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "txt", "text": return .text
        case "md", "markdown": return .markdown
        case "pdf": return .pdf
        case "html", "htm", "xhtml": return .html
        // A legacy `.doc` is taken so that it is reported with the converter to use, not skipped unseen.
        case "docx", "doc": return .docx
        case "odt": return .odt
        case "eml", "mbox": return .email
        default: return nil
        }
    }

    /// Reads, decodes and normalises one file. PDFs go through `pdftotext` found as
    /// `PDFTextExtractor.fromEnvironment()` describes.
    public static func read(_ file: SourceFile) -> Result<LoadedDocument, LoadProblem> {
        read(file, pdf: .fromEnvironment())
    }

    /// Reads, decodes and normalises one file, extracting PDFs with `pdf`.
    public static func read(_ file: SourceFile, pdf: PDFTextExtractor) -> Result<LoadedDocument, LoadProblem> {
        read(file, pdf: pdf, textLimit: textSizeLimit).document
    }

    /// As `read(_:pdf:)`, refusing text files over `textLimit` bytes; also the content hash of the file's
    /// bytes (`StableID.contentHash`), nil when they could not be read.
    public static func read(_ file: SourceFile, pdf: PDFTextExtractor, textLimit: Int)
        -> (document: Result<LoadedDocument, LoadProblem>, contentHash: UInt64?) {
        func problem(_ reason: String) -> Result<LoadedDocument, LoadProblem> {
            .failure(LoadProblem(path: displayPath(file), reason: reason))
        }
        let bytes: [UInt8]
        switch Self.bytes(of: file, limit: sizeLimit(file.format, textLimit: textLimit)) {
        case .success(let read): bytes = read
        case .failure(let failure): return (problem(failure.reason), nil)
        }
        let hash = StableID.contentHash(bytes)
        var file = file
        // A PDF saved under another name is still a PDF.
        if file.format != .pdf, bytes.starts(with: Array("%PDF-".utf8)) { file.format = .pdf }
        // The id is made from the file's name, not the path it was reached by: the same file has the same id
        // whether its archive is named `.`, `releases/` or by an absolute path.
        let id = StableID.make(source: file.idName ?? StableID.fileName(file.source), bytes: bytes)

        var textBytes = bytes
        // A Word file saved under a `.txt` name is still a Word file (`.doc` and `.docx` alike).
        if file.format != .docx && file.format != .odt && WordReader.isLegacyOffice(bytes) { file.format = .docx }
        // How the text handed to the parser is written (an e-mail's may be a web page's or a PDF's).
        var textFormat = file.format
        var readerWarnings: [String] = []
        switch file.format {
        case .email:
            switch EmailReader.read(bytes, pdf: pdf) {
            case .success(let extracted):
                textBytes = Array(extracted.text.utf8)
                textFormat = extracted.textFormat
                readerWarnings = extracted.warnings
            case .failure(let failure): return (problem(failure.reason), hash)
            }
        case .html:
            switch HTMLReader.read(bytes) {
            case .success(let text): textBytes = Array(text.utf8)
            case .failure(let failure): return (problem(failure.reason), hash)
            }
        case .docx, .odt:
            switch WordReader.read(bytes, kind: file.format == .odt ? .odt : .docx) {
            case .success(let text): textBytes = Array(text.utf8)
            case .failure(let failure): return (problem(failure.reason), hash)
            }
        default: break
        }
        if file.format == .pdf {
            switch pdf.extract(file.path) {
            case .success(let extracted): textBytes = extracted
            case .failure(let failure): return (problem(failure.reason), hash)
            }
            if textBytes.allSatisfy({ $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }) {
                return (problem("the PDF holds no text (a scanned image? pressroom does not read images)"), hash)
            }
        }
        switch TextDecoder.decode(textBytes) {
        case .success(let decoded):
            var document = LoadedDocument(file: file, text: TextNormalizer.normalize(decoded.text), id: id,
                                          warnings: readerWarnings + decoded.warnings)
            document.textFormat = textFormat
            return (.success(document), hash)
        case .failure(let failure):
            return (problem(failure.reason), hash)
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// Reads a whole file's bytes, refusing what is not a regular file or is larger than a limit.
public enum FileBytes {
    public enum Failure: Error, Hashable, Sendable {
        case cannotOpen(String), notARegularFile, tooLarge(Int, limit: Int), readError(String)

        public var reason: String {
            switch self {
            case .cannotOpen(let why): return "the file cannot be opened (\(why))"
            case .notARegularFile: return "it is not a regular file"
            case .tooLarge(let size, let limit):
                return "the file is larger than the \(limit / 1_048_576) MB limit (\(String(format: "%.1f", Double(size) / 1_048_576)) MB)"
            case .readError(let why): return "the file cannot be read (\(why))"
            }
        }
    }

    public static func read(_ path: String, limit: Int) -> Result<[UInt8], Failure> {
        // O_NONBLOCK: opening a named pipe must not wait for a writer (it is then refused below).
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return .failure(.cannotOpen(String(cString: strerror(errno)))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.readError(String(cString: strerror(errno)))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure(.notARegularFile) }
        let size = Int(info.st_size)
        guard size <= limit else { return .failure(.tooLarge(size, limit: limit)) }
        // Read straight into the array's uninitialised storage: zero-filling it first cost as much as the read.
        var failure: Failure? = nil
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            initialized = 0
            guard let base = buffer.baseAddress else { return }
            var done = 0
            while done < size {
                let count = Glibc.read(fd, base + done, size - done)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = .readError(String(cString: strerror(errno)))
                    return
                }
                if count == 0 { break }  // the file shrank while being read
                done += count
            }
            initialized = done
        }
        if let failure { return .failure(failure) }
        return .success(bytes)
    }
}
