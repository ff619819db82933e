import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What some places of an archive hold now (`ArchiveLoader.reread`): for `--watch`, which merges it into the
/// releases it shows (`Catalog.merging`). A place is a path under the arguments (a file, or a folder and
/// everything under it); what it held before is replaced by what it holds now, which may be nothing.
public struct ArchiveChanges: Sendable {
    /// The sources looked at: a release with one of these sources, or whose source is under one of them as a
    /// folder (`source/…`), is replaced by the releases here.
    public var sources: Set<String> = []
    /// The files there now, read and parsed (whole records, `source` as the load gives it), in source order.
    public var releases: [Release] = []
    /// The files there that could not be used, with the reason.
    public var problems: [LoadProblem] = []
    /// The problems' paths (as `LoadProblem.path` spells them) these places cover: a problem of one of these
    /// paths, or under one of them as a folder, is replaced by those in `problems`.
    public var problemPaths: Set<String> = []
    /// Files read and parsed.
    public var parsed = 0
    /// Why the index could not be written (the changes are still shown).
    public var fault: CacheFault?

    public init(sources: Set<String> = [], releases: [Release] = [], problems: [LoadProblem] = [], problemPaths: Set<String> = []) {
        self.sources = sources
        self.releases = releases
        self.problems = problems
        self.problemPaths = problemPaths
    }

    /// Whether `source` is one of `sources` or under one of them.
    public func covers(source: String) -> Bool { Self.covered(source, by: sources) }

    /// Whether the problem of `path` is covered.
    public func covers(problemPath path: String) -> Bool { Self.covered(path, by: problemPaths) }

    static func covered(_ path: String, by places: Set<String>) -> Bool {
        if places.contains(path) { return true }
        // A message of an mbox is covered by its mbox (`inbox.mbox#042` by `inbox.mbox`).
        if let part = Mailbox.mboxPart(of: path), places.contains(part.file) { return true }
        // Each folder above it.
        var utf8 = Substring(path).utf8
        while let slash = utf8.lastIndex(of: UInt8(ascii: "/")) {
            let above = String(Substring(utf8[..<slash]))
            if places.contains(above) { return true }
            utf8 = Substring(above).utf8
        }
        return false
    }
}

extension ArchiveLoader {
    /// Reads what the places `changed` (paths as the watcher names them: an argument of `paths` joined with
    /// the path under it) hold now: each release file there is read and parsed on every core and its row
    /// stored; a place that is gone holds nothing. A path under a folder argument is looked at under every
    /// folder argument (two folders given may hold the same relative path; their releases share a source).
    /// Rows of files that went are left to the next load, which removes them.
    public func reread(_ paths: [String], changed: [String]) -> ArchiveChanges {
        var changes = ArchiveChanges()
        var isFolder: [Bool] = []
        for root in paths {
            var info = stat()
            isFolder.append(stat(root, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR)
        }
        func base(_ root: String) -> String { root.hasSuffix("/") ? root : root + "/" }
        // The relative places under folder arguments, and the file arguments named.
        var relatives = Set<String>()
        var namedFiles = Set<Int>()
        for path in changed {
            for (k, root) in paths.enumerated() {
                if isFolder[k] {
                    let prefix = base(root)
                    guard path.hasPrefix(prefix), path.utf8.count > prefix.utf8.count else { continue }
                    let relative = String(path.dropFirst(prefix.count))
                    if !Self.hasHiddenComponent(relative) { relatives.insert(relative) }
                } else if path == root {
                    namedFiles.insert(k)
                }
            }
        }

        // The files there now.
        var files: [SourceFile] = []
        var stamps: [FileStamp] = []
        for relative in relatives.sorted() {
            // A file in a folder that is looked at whole is read with it.
            if let slash = relative.utf8.lastIndex(of: UInt8(ascii: "/")),
               ArchiveChanges.covered(String(relative[..<slash]), by: relatives) { continue }
            changes.sources.insert(relative)
            for (k, root) in paths.enumerated() where isFolder[k] {
                let full = base(root) + relative
                changes.problemPaths.insert(full)
                var info = stat()
                guard stat(full, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFREG:
                    let name = relative.split(separator: "/").last.map(String.init) ?? relative
                    guard let format = ArchiveReader.format(ofName: name) ?? ArchiveReader.mailFormat(path: full, name: name) else { continue }
                    let file = SourceFile(path: full, source: relative, format: format)
                    // An mbox is its messages, each a file of its own (as the walk gives them).
                    for file in format == .email ? ArchiveReader.messagesIfMbox(file, problems: &changes.problems) : [file] {
                        files.append(file)
                        stamps.append(FileStamp(info))
                    }
                case S_IFDIR:
                    let found = ArchiveReader.discoverAll([full])
                    changes.problems += found.problems
                    for var file in found.files {
                        file.source = relative + "/" + file.source
                        files.append(file)
                        stamps.append(file.stamp ?? FileStamp(file.path) ?? FileStamp(size: 0, mtime: 0, ctime: 0))
                    }
                default:
                    continue
                }
            }
        }
        for k in namedFiles.sorted() {
            let root = paths[k]
            changes.sources.insert(root)
            changes.problemPaths.insert(root)
            guard let stamp = FileStamp(root) else { continue }
            let format = ArchiveReader.format(ofName: root) ?? (Mailbox.isMbox(path: root) ? .email : .text)
            let file = SourceFile(path: root, source: root, format: format)
            for file in format == .email ? ArchiveReader.messagesIfMbox(file, problems: &changes.problems) : [file] {
                files.append(file)
                stamps.append(stamp)
            }
        }

        // Read and parse them on every core; store their rows.
        var store: IndexStore?
        if let cachePath {
            switch IndexStore.open(path: cachePath, busyTimeoutMs: busyTimeoutMs) {
            case .success(let opened): store = opened
            case .failure(let fault): changes.fault = fault
            }
        }
        defer { store?.close() }
        var resolved: [String: String] = [:]
        let canonical: [String?] = files.map { Self.canonicalPath(of: $0, resolved: &resolved) }
        var slots = [Release?](repeating: nil, count: files.count)
        let snapshotFiles = files, snapshotStamps = stamps
        let pdf = self.pdf, textLimit = self.textLimit, parse = self.parse, version = parserVersion
        WorkPool.run(count: files.count, threads: threads, cancelled: cancelled, work: { k -> Outcome in
            Self.process(snapshotFiles[k], stamp: snapshotStamps[k], path: canonical[k], check: nil, storedRecord: nil,
                         pdf: pdf, textLimit: textLimit, parse: parse, parserVersion: version)
        }, receive: { batch in
            var entries: [IndexStore.Entry] = []
            for (k, outcome) in batch {
                if let entry = outcome.entry { entries.append(entry) }
                if outcome.wasParsed { changes.parsed += 1 }
                switch outcome.result {
                case .parsed(let release, _): slots[k] = release
                case .problem(let problem): if !problem.isPassedOver { changes.problems.append(problem) }  // a message without a release is none
                case .given: break
                }
            }
            if let opened = store, !entries.isEmpty {
                do { try opened.write(entries) } catch {
                    changes.fault = opened.fault(for: error)
                    store = nil
                }
            }
        })
        changes.releases = slots.compactMap { $0 }.sorted { ($0.source, $0.id) < ($1.source, $1.id) }
        changes.problems.sort { ($0.path, $0.reason) < ($1.path, $1.reason) }
        return changes
    }
}
