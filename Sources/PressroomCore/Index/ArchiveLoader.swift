import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How far a load has come, for progress bars and the browser's status bar.
public struct LoadProgress: Sendable {
    /// Files settled (taken from the index or read and parsed) of `total`.
    public var done: Int
    public var total: Int
    /// Files read and parsed so far (the slow part), of `toParse`.
    public var parsed: Int
    public var toParse: Int
    public var seconds: Double
    /// Files parsed a second over this load.
    public var rate: Double { seconds > 0 ? Double(parsed) / seconds : 0 }
}

/// What a load did: how many files were new, changed, removed, unchanged, and how long it took.
public struct LoadReport: Sendable {
    public var files = 0
    public var unchanged = 0
    public var new = 0
    public var changed = 0
    public var removed = 0
    /// Files that could not be used (read now or known from the index).
    public var problems = 0
    /// Files read and parsed in this load.
    public var parsed = 0
    /// Bytes of the files read in this load.
    public var bytesRead: Int64 = 0
    /// mboxes read to find their messages, and those whose split the index kept (not read).
    public var mailboxesSplit = 0
    public var mailboxesSplitKept = 0
    public var seconds = 0.0
    /// Why the persistent index could not be used (then everything ran from memory); nil when it was used
    /// or none was asked for.
    public var fault: CacheFault?
    /// The generation of the snapshot this load kept (`ArchiveSnapshot.generation`), nil when it kept none:
    /// what a watcher may vouch for when it saw no change since the load began.
    public var snapshotGeneration: UInt64?

    public init() {}

    /// `1,234 files: 10 new, 2 changed, 1 removed, 3 problems, 1,219 unchanged (0.8 s)`.
    public var summary: String {
        "\(files) files: \(new) new, \(changed) changed, \(removed) removed, \(problems) problem\(problems == 1 ? "" : "s"), "
            + "\(unchanged) unchanged (\(String(format: "%.1f", seconds)) s)"
    }
}

/// Loads an archive through the persistent index: files whose size and times (and, when those are unsure,
/// content hash) match their row, parsed by this parser version, are taken from the index without being
/// read; the others are read and parsed on every core and stored; rows of files that are gone are removed.
/// Without an index (none asked, or a fault), the same load runs from memory.
public final class ArchiveLoader: @unchecked Sendable {
    /// The index file, or nil to run from memory (`--no-cache`).
    public var cachePath: String?
    /// Text files larger than this are problems (`--max-size`).
    public var textLimit: Int = ArchiveReader.textSizeLimit
    public var pdf: PDFTextExtractor = .fromEnvironment()
    /// The parser (tests count its calls).
    public var parse: @Sendable (LoadedDocument) -> Release = { ReleaseParser.parse($0) }
    public var parserVersion: Int = ParserVersion.current
    public var threads: Int = ProcessInfo.processInfo.activeProcessorCount
    public var busyTimeoutMs: Int32 = 5_000
    /// Tests: the index file may not grow past this many pages, as if the disk were full.
    var maxPagesForTests: Int?
    /// Stop parsing (the browser quit or started another load).
    public var cancelled: @Sendable () -> Bool = { false }

    public init(cachePath: String?) { self.cachePath = cachePath }

    /// Seconds within which a file's modification time is too recent to trust alone.
    static let unsureNanoseconds: Int64 = 2_000_000_000
    /// How old every stamp must be for a snapshot to be kept (tests: 0, with every change of a size of its own).
    var settleNanoseconds = ArchiveLoader.unsureNanoseconds

    // MARK: The first screen

    /// The list fields of the releases the index already holds under `paths`, without reading a file or
    /// parsing anything (the browser's first screen): records have only `id`, `source`, `format`, `title`,
    /// `date` and `organization`. Empty when there is no index or it holds nothing there.
    public func indexedSummaries(_ paths: [String]) -> (releases: [Release], problems: [LoadProblem], fault: CacheFault?) {
        guard let cachePath, FileManager.default.fileExists(atPath: cachePath) else { return ([], [], nil) }
        let store: IndexStore
        switch IndexStore.open(path: cachePath, busyTimeoutMs: busyTimeoutMs) {
        case .success(let opened): store = opened
        case .failure(let fault): return ([], [], fault)
        }
        defer { store.close() }
        var releases: [Release] = []
        var problems: [LoadProblem] = []
        var seen = Set<String>()
        let several = paths.count > 1
        do {
            for argument in paths {
                guard let root = Self.realPath(argument) else { continue }
                var info = stat()
                let isFolder = stat(root, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
                let prefix = root.hasSuffix("/") ? root : root + "/"
                let prefixBytes = prefix.utf8.count
                let shown = argument.hasSuffix("/") ? argument : argument + "/"
                try store.forEachRow(under: root, records: false) { row, _ in
                    guard row.parserVersion == parserVersion else { return }
                    if several && !seen.insert(row.path).inserted { return }
                    let source: String
                    if !isFolder, row.path != root {
                        source = argument + String(row.path.utf8.dropFirst(root.utf8.count))!  // a message: `#042`
                    } else if isFolder {
                        guard row.path.utf8.count > prefixBytes,
                              let relative = String(row.path.utf8.dropFirst(prefixBytes)),
                              !Self.hasHiddenComponent(relative) else { return }  // a walk would not find it
                        source = relative
                    } else {
                        source = argument
                    }
                    if let reason = row.problem {
                        if reason == LoadProblem.notARelease { return }
                        problems.append(LoadProblem(path: isFolder ? shown + source : argument, reason: reason))
                    } else {
                        releases.append(Release(id: row.id, source: source, format: row.format, title: row.title,
                                                date: row.date, organization: row.organization))
                    }
                }
            }
        } catch {
            return ([], [], store.fault(for: error))
        }
        let inOrder = releases.indices.dropFirst().allSatisfy {
            (releases[$0 - 1].source, releases[$0 - 1].id) <= (releases[$0].source, releases[$0].id)
        }
        if !inOrder { releases.sort { ($0.source, $0.id) < ($1.source, $1.id) } }
        problems.sort { ($0.path, $0.reason) < ($1.path, $1.reason) }
        return (releases, problems, nil)
    }

    // MARK: The search index

    /// The search index over `releases` (the archive under `paths`, in its order): the one the index keeps
    /// when it was built over the same releases, else one built from `full()` (the whole records) and kept.
    /// `releases` may hold only list fields when the stored one is used (see `SearchIndex.restore`).
    public func searchIndex(paths: [String], releases: [Release], full: () -> [Release]) -> SearchIndex {
        let archive = paths.compactMap { Self.realPath($0) }.sorted().joined(separator: "\n")
        let fingerprint = SearchIndex.fingerprint(releases)
        guard let cachePath, case .success(let store) = IndexStore.open(path: cachePath, busyTimeoutMs: busyTimeoutMs) else {
            return SearchIndex(full())
        }
        defer { store.close() }
        let stored: SearchIndex?? = try? store.withSearchIndexBytes(archive: archive, fingerprint: fingerprint) {
            SearchIndex.restore($0, releases: releases)
        }
        if let restored = stored ?? nil { return restored }
        let records = full()
        let built = SearchIndex(records)
        if SearchIndex.fingerprint(records) == fingerprint {
            try? store.storeSearchIndex(archive: archive, fingerprint: fingerprint, bytes: built.storedBytes())
        }
        return built
    }

    // MARK: The load

    /// Every file under `paths`, through the index. With `records` false, releases taken from the index
    /// carry only the list fields (as `indexedSummaries`); parsed ones are whole.
    ///
    /// `progress` is called on this thread, about ten times a second while files are parsed, with the
    /// releases parsed since the last call (already stored in the index).
    ///
    /// `stream`, when given, receives every release in the archive's order as soon as those before it are
    /// known, on this thread, while later files are still parsed; the archive returned then holds no
    /// releases (memory stays bounded by the files in flight, not the archive). Only when two files share a
    /// source (the same file named twice), whose order the ids decide, are they all given at the end.
    public func load(_ paths: [String], records: Bool = true,
                     progress: ((LoadProgress, [Release]) -> Void)? = nil,
                     stream: ((Release) -> Void)? = nil) -> (archive: Archive, report: LoadReport) {
        let started = DispatchTime.now().uptimeNanoseconds
        let startedWall = Int64(Date().timeIntervalSince1970 * 1e9)
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 }
        var report = LoadReport()
        // The releases given out in their turn, by id and file (its source is made again at the end), for the
        // snapshot (they are not in `releases` below). Ids are 12 characters, held inline: no allocation.
        var streamedKeys: [(id: String, file: Int32)] = []
        let give = stream
        func emit(_ release: Release, _ k: Int) {
            streamedKeys.append((release.id, Int32(k)))
            give?(release)
        }
        // A stream of whole records reads each stored record when its turn comes, not all of them first.
        let lazyRecords = stream != nil && records
        let roots = paths.compactMap { Self.realPath($0) }

        // The index's rows are read on another thread while the folders are walked.
        let reading = RowReading()
        if let cachePath {
            let busy = busyTimeoutMs, pages = maxPagesForTests
            Thread.detachNewThread {
                switch IndexStore.open(path: cachePath, busyTimeoutMs: busy) {
                case .success(let opened):
                    if let pages { opened.limitPages(pages) }
                    reading.store = opened
                    do {
                        // The mboxes' kept splits first: the walk waits for them when it meets an mbox (and
                        // reads them from then on, so they are not touched after the signal).
                        var splits: [String: (stamp: FileStamp, messages: [MailboxMessage])] = [:]
                        do {
                            for root in Set(roots) {
                                try opened.forEachMailboxSplit(under: root) { path, stamp, messages in
                                    splits[path] = (stamp, messages)
                                }
                            }
                            reading.splits = splits
                        } catch {
                            reading.splitsRead.signal()
                            throw error
                        }
                        reading.splitsRead.signal()
                        // Sized first (a count over the keys alone, while the walk runs): arrays grown by
                        // doubling hold up to twice what they need.
                        var count = 0, pathBytes = 0
                        for root in Set(roots) {
                            let (rows, bytes) = try opened.rowsUnder(root)
                            count += rows
                            pathBytes += bytes
                        }
                        reading.rows.reserve(count, pathBytes: pathBytes, listFields: !lazyRecords)
                        for root in Set(roots) {
                            try opened.forEachRow(under: root, records: records && !lazyRecords, listFields: !lazyRecords) { row, blob in
                                reading.rows.add(row, record: blob, listFields: !lazyRecords)
                            }
                        }
                    } catch {
                        reading.fault = opened.fault(for: error)
                        reading.rows = StoredRows()
                    }
                    reading.done.signal()
                case .failure(let fault):
                    reading.fault = fault
                    reading.splitsRead.signal()
                    reading.done.signal()
                }
            }
        } else {
            reading.splitsRead.signal()
            reading.done.signal()
        }

        // The walk takes an mbox's kept split when its stamp is the one it was split at (see `MailboxSplits`).
        var splitsAwaited = false
        let splits = ArchiveReader.MailboxSplits { path, stamp in
            if !splitsAwaited {
                reading.splitsRead.wait()
                splitsAwaited = true
            }
            // Taken out as it is used (the walk's files hold the messages from then on).
            guard let kept = reading.splits.removeValue(forKey: path) else { return nil }
            guard kept.stamp == stamp else {
                reading.staleSplits.append(path)
                return nil
            }
            return kept.messages
        }
        let found = ArchiveReader.discoverAll(paths, splits: splits)
        var files = found.files
        report.files = files.count
        report.mailboxesSplit = splits.made.count
        report.mailboxesSplitKept = splits.reused.count
        if give != nil { streamedKeys.reserveCapacity(files.count) }

        // Canonical paths (the rows' keys): made when needed from each file's folder, which discovery resolved
        // once; those it could not give (files named as arguments, links) resolved here, each folder once.
        // (An array of 100,000 paths would be ten megabytes kept for the whole load.)
        var resolvedFolders: [String: String] = [:]
        var resolvedFiles: [Int: String] = [:]
        for (k, file) in files.enumerated() where file.canonicalPath == nil {
            if let path = Self.canonicalPath(of: file, resolved: &resolvedFolders) { resolvedFiles[k] = path }
        }
        resolvedFolders = [:]
        let otherCanonical = resolvedFiles
        @Sendable func canonicalPath(_ k: Int, _ file: SourceFile) -> String? { file.canonicalPath ?? otherCanonical[k] }

        reading.done.wait()
        var store = reading.fault == nil ? reading.store : nil
        if reading.fault != nil { reading.store?.close() }
        report.fault = reading.fault
        defer { store?.close() }
        func fail(_ error: Error) {
            if let store, report.fault == nil { report.fault = store.fault(for: error) }
            store?.close()
            store = nil
        }
        var rows = reading.rows
        reading.rows = StoredRows()
        // The splits made are kept when their mboxes' stamps are old enough to trust (a write in the same
        // clock tick as the one read would keep its stamp: the rule the rows' `unsure` flag and the snapshot
        // follow); kept splits no longer used (the mbox changed or is gone) are forgotten.
        if let opened = store {
            let limit = startedWall - settleNanoseconds
            let made = splits.made.filter { $0.stamp.mtime < limit && $0.stamp.ctime < limit }
            let stale = reading.staleSplits + reading.splits.keys
            do { try opened.storeMailboxSplits(made, removing: stale) } catch { fail(error) }
        }
        reading.splits = [:]
        splits.made = []
        // A file reached through a link to a folder outside the arguments has its row outside the roots read
        // above: read by its path (else it was parsed again on every load, as new).
        if let opened = store {
            let prefixes = Set(roots).map { $0 == "/" ? "/" : $0 + "/" }
            for k in files.indices {
                let folder = files[k].canonicalParts?.folder ?? otherCanonical[k]
                guard let folder, !prefixes.contains(where: { folder.hasPrefix($0) }),
                      let key = canonicalPath(k, files[k]), rows.find(key) == nil else { continue }
                do {
                    try opened.forEachRow(under: key, records: records && !lazyRecords, listFields: !lazyRecords) { row, blob in
                        if row.path == key { rows.add(row, record: blob, listFields: !lazyRecords) }
                    }
                } catch {
                    fail(error)
                    break
                }
            }
        }
        // Rows a file of this load matched; the others are of files that are gone.
        var matched = [Bool](repeating: false, count: rows.count)

        // What each file needs (a row by its place in `rows`). Each file's stamp is in `files` (nil: vanished).
        enum Need { case reuse(Int32), check(Int32), parse(isNew: Bool), vanished }
        var needs: [Need] = []
        needs.reserveCapacity(files.count)
        for k in files.indices {
            let r = rows.find(files[k], otherCanonical[k])
            if let r { matched[Int(r)] = true }
            if files[k].stamp == nil { files[k].stamp = FileStamp(files[k].path) }
            guard let stamp = files[k].stamp else {
                needs.append(.vanished)
                continue
            }
            guard let r else {
                needs.append(.parse(isNew: true))
                continue
            }
            let row = rows[r]
            if row.parserVersion != parserVersion
                || (records && !lazyRecords && row.problem == nil && rows.record(r) == nil) {
                needs.append(.parse(isNew: false))
            } else if row.size != stamp.size || row.mtime != stamp.mtime || row.ctime != stamp.ctime {
                // An mbox that changed (mail added or deleted) changes every message's stamp: a message whose
                // bytes are the same keeps its record (its bytes are hashed, not parsed). A file is read again.
                needs.append(files[k].message != nil ? .check(r) : .parse(isNew: false))
            } else if row.unsure {
                needs.append(.check(r))
            } else {
                needs.append(.reuse(r))
            }
        }

        // Read and parse (and hash-check) on every core; store as results arrive.
        // What became of each file read, kept small (a pointer and a flag a file: 100,000 inline records
        // would be tens of megabytes before any file is read).
        var outcomes = [Kept?](repeating: nil, count: files.count)

        let pdf = self.pdf, textLimit = self.textLimit, parse = self.parse, version = parserVersion

        // Streaming: the archive's order is `source` order, known before any file is read; each release
        // goes out once every file before it is done, and is not kept.
        var streamOrder: [Int] = []
        var streamed = 0
        // Files read again while streaming that turned out unusable.
        var rereadProblems: [LoadProblem] = []
        var emitted = [Bool]()
        if give != nil {
            streamOrder = Array(files.indices)
            if !streamOrder.indices.dropFirst().allSatisfy({ files[$0 - 1].source < files[$0].source }) {
                streamOrder.sort { files[$0].source < files[$1].source }
            }
            if streamOrder.indices.dropFirst().contains(where: { files[streamOrder[$0 - 1]].source == files[streamOrder[$0]].source }) {
                streamOrder = []  // the same source twice: ordered by id at the end
            }
            emitted = Array(repeating: false, count: files.count)
        }
        func streamReady() {
            guard give != nil else { return }
            while streamed < streamOrder.count {
                let k = streamOrder[streamed]
                switch needs[k] {
                case .vanished:
                    break
                case .reuse(let r):
                    let row = rows[r]
                    if row.problem == nil {
                        if records, let blob = lazyRecords ? canonicalPath(k, files[k]).flatMap({ store?.record(path: $0) }) : rows.record(r),
                           let release = ReleaseCodec.decode(blob, id: row.id, source: files[k].source) {
                            emit(release, k)
                            emitted[k] = true
                        } else if !records {
                            emit(Release(id: row.id, source: files[k].source, format: row.format, title: row.title,
                                         date: row.date, organization: row.organization), k)
                            emitted[k] = true
                        } else {
                            // A stored record that cannot be read or decoded (the index failed since, or an
                            // older encoding): the file is read again here, in its turn, so the order holds.
                            let outcome = Self.process(files[k], stamp: files[k].stamp!, path: canonicalPath(k, files[k]), check: nil,
                                                       storedRecord: nil, pdf: pdf, textLimit: textLimit, parse: parse,
                                                       parserVersion: version)
                            if let entry = outcome.entry, let opened = store { do { try opened.write([entry]) } catch { fail(error) } }
                            switch outcome.result {
                            case .parsed(let release, _): emit(release, k)
                            case .problem(let problem): rereadProblems.append(problem)
                            case .given: break
                            }
                            emitted[k] = true
                        }
                    }
                case .check, .parse:
                    guard let outcome = outcomes[k] else { return }
                    if case .parsed(let release, _) = outcome.result {
                        emit(release, k)
                        emitted[k] = true
                        // Kept for the report only: the release is out.
                        outcomes[k]?.result = .given
                    }
                }
                streamed += 1
            }
        }
        let work: [Int] = needs.indices.filter {
            switch needs[$0] {
            case .check, .parse: return true
            default: return false
            }
        }
        let toParse = work.count
        var done = files.count - toParse
        var parsedCount = 0
        // A problem of this machine rather than of a file (not stored): the next load tries again, so no
        // snapshot may answer for it.
        var transient = false
        let checks: [Int: IndexedFile] = Dictionary(uniqueKeysWithValues: work.compactMap { k in
            if case .check(let r) = needs[k] { return (k, rows.indexedFile(r)) }
            return nil
        })
        let storedRecords: [Int: [UInt8]] = Dictionary(uniqueKeysWithValues: work.compactMap { k in
            if case .check(let r) = needs[k],
               let record = lazyRecords ? canonicalPath(k, files[k]).flatMap({ store?.record(path: $0) }) : rows.record(r) {
                return (k, record)
            }
            return nil
        })
        progress?(LoadProgress(done: done, total: files.count, parsed: 0, toParse: toParse, seconds: elapsed()), [])
        streamReady()
        let snapshotFiles = files
        WorkPool.run(count: work.count, threads: threads, cancelled: cancelled, work: { w -> Outcome in
            let k = work[w]
            return Self.process(snapshotFiles[k], stamp: snapshotFiles[k].stamp!, path: canonicalPath(k, snapshotFiles[k]),
                                check: checks[k], storedRecord: storedRecords[k], pdf: pdf, textLimit: textLimit,
                                parse: parse, parserVersion: version)
        }, receive: { batch in
            var entries: [IndexStore.Entry] = []
            var fresh: [Release] = []
            for (w, outcome) in batch {
                let k = work[w]
                if let entry = outcome.entry { entries.append(entry) }
                if case .problem = outcome.result, outcome.entry == nil { transient = true }
                // Kept: the record without its encoding, or only its list fields when those are all asked for
                // (100,000 whole records are a gigabyte).
                var kept = Kept(result: outcome.result, wasParsed: outcome.wasParsed)
                if case .parsed(let release, _) = outcome.result {
                    fresh.append(release)
                    kept.result = .parsed(records ? release : Self.summary(of: release), record: nil)
                }
                outcomes[k] = kept
                if outcome.wasParsed { parsedCount += 1 }
            }
            done += batch.count
            if let opened = store, !entries.isEmpty {
                do { try opened.write(entries) } catch { fail(error) }
            }
            streamReady()
            progress?(LoadProgress(done: done, total: files.count, parsed: parsedCount, toParse: toParse,
                                   seconds: elapsed()), fresh)
        })

        // Rows of files that are gone.
        let removed = matched.indices.filter { !matched[$0] }.map { rows.path(Int32($0)) }
        report.removed = removed.count
        if let opened = store, !removed.isEmpty {
            do { try opened.write([], removing: removed) } catch { fail(error) }
        }

        // The archive, in the order `Archive.load` gives.
        // The releases to give, by file (a dictionary: a streamed load keeps next to none).
        var slots: [Int: Release] = [:]
        if give == nil { slots.reserveCapacity(files.count) }
        var problems = found.problems
        var reusedRecords: [(Int, [UInt8], id: String)] = []
        for (k, file) in files.enumerated() {
            switch needs[k] {
            case .vanished:
                problems.append(LoadProblem(path: ArchiveReader.displayPath(file), reason: "the file vanished while loading"))
            case .reuse(let r):
                let row = rows[r]
                report.unchanged += 1
                if let reason = row.problem {
                    problems.append(LoadProblem(path: ArchiveReader.displayPath(file), reason: reason))
                } else if give != nil && emitted[k] {
                    continue
                } else if records, let blob = rows.record(r) {
                    reusedRecords.append((k, blob, row.id))
                } else if lazyRecords {
                    // Not given in its turn (the same source twice): its record read now, decoded with the others
                    // (none: decoding fails, and the file is read again).
                    reusedRecords.append((k, canonicalPath(k, file).flatMap { store?.record(path: $0) } ?? [], row.id))
                } else {
                    slots[k] = Release(id: row.id, source: file.source, format: row.format, title: row.title,
                                       date: row.date, organization: row.organization)
                }
            case .check, .parse:
                guard let outcome = outcomes[k] else { continue }  // cancelled
                switch needs[k] {
                case .parse(let isNew): if isNew { report.new += 1 } else { report.changed += 1 }
                default:
                    if outcome.wasParsed { report.changed += 1 } else { report.unchanged += 1 }
                }
                if outcome.wasParsed {
                    report.parsed += 1
                    report.bytesRead += file.message.map { Int64($0.length) } ?? file.stamp?.size ?? 0
                }
                switch outcome.result {
                case .parsed(let release, _): if give == nil || !emitted[k] { slots[k] = release }
                case .problem(let problem): problems.append(problem)
                case .given: break
                }
            }
        }
        // Records from the index, decoded on every core.
        if !reusedRecords.isEmpty {
            let walked = files
            let decoded = ParallelMap.map(reusedRecords) { item -> Release? in
                ReleaseCodec.decode(item.1, id: item.id, source: walked[item.0].source)
            }
            for (n, release) in decoded.enumerated() {
                let k = reusedRecords[n].0
                if let release {
                    slots[k] = release
                } else {
                    // A record this code cannot decode: read the file again.
                    let outcome = Self.process(files[k], stamp: files[k].stamp!, path: canonicalPath(k, files[k]), check: nil,
                                               storedRecord: nil, pdf: pdf, textLimit: textLimit, parse: parse, parserVersion: version)
                    if let entry = outcome.entry, let opened = store { do { try opened.write([entry]) } catch { fail(error) } }
                    switch outcome.result {
                    case .parsed(let release, _): slots[k] = release
                    case .problem(let problem): problems.append(problem)
                    case .given: break
                    }
                }
            }
        }
        problems += rereadProblems
        // Messages that carry no release are no problem of the archive's (their rows keep them unread).
        problems.removeAll { $0.isPassedOver }
        var releases = slots.keys.sorted().map { slots[$0]! }
        slots = [:]
        // Discovery gives each argument's files in `source` order: sorting is needed only across arguments.
        let inOrder = releases.indices.dropFirst().allSatisfy {
            (releases[$0 - 1].source, releases[$0 - 1].id) <= (releases[$0].source, releases[$0].id)
        }
        if !inOrder { releases.sort { ($0.source, $0.id) < ($1.source, $1.id) } }
        problems.sort { ($0.path, $0.reason) < ($1.path, $1.reason) }
        report.problems = problems.count - found.problems.count

        // What this load saw, for the next `--count` (see `ArchiveSnapshot`).
        if let opened = store {
            let whole = !transient && found.missing.isEmpty && !cancelled()
                && needs.indices.allSatisfy { k in
                    switch needs[k] {
                    case .vanished: return false
                    case .reuse: return true
                    case .check, .parse: return outcomes[k] != nil
                    }
                }
            // Every stamp old enough to trust (checked before anything is made of them).
            let limit = startedWall - settleNanoseconds
            let keep = whole && !found.unstamped && found.folders.allSatisfy { $0.stamp.mtime < limit && $0.stamp.ctime < limit }
                && files.allSatisfy { $0.stamp.map { $0.mtime < limit && $0.ctime < limit } ?? false }
            var encoded: [UInt8]?
            // Never 0 (which no watcher vouches for).
            let generation = UInt64.random(in: 1...UInt64.max)
            if keep {
                // What the load held is let go first: the snapshot's bytes are the end of its peak.
                rows = StoredRows()
                outcomes = []
                let releaseCount: Int, fingerprint: Int64
                if give == nil {
                    releaseCount = releases.count
                    fingerprint = SearchIndex.fingerprint(releases)
                } else {
                    // Those given out and those still to go, in the archive's order (source, then id), as
                    // `releases` is without a stream. Streamed ones went out in source order already, unless
                    // a source came twice (then none went out in its turn).
                    var keys = streamedKeys.map { ($0.id, files[Int($0.file)].source) } + releases.map { ($0.id, $0.source) }
                    if !keys.indices.dropFirst().allSatisfy({ (keys[$0 - 1].1, keys[$0 - 1].0) <= (keys[$0].1, keys[$0].0) }) {
                        keys.sort { ($0.1, $0.0) < ($1.1, $1.0) }
                    }
                    releaseCount = keys.count
                    fingerprint = SearchIndex.fingerprint(keys: keys.map { (id: $0.0, source: $0.1) })
                }
                encoded = ArchiveSnapshot.encoded(folders: found.folders, fileCount: files.count, file: { k in
                    let file = files[k]
                    // The name the walk gave (shared, not copied), or the last part of a link's source.
                    var name = file.nameInFolder ?? file.source
                    // A message is checked by its mbox's stamp.
                    if file.message != nil, let part = Mailbox.mboxPart(of: name) { name = part.file }
                    if file.nameInFolder == nil, file.folder >= 0, let slash = name.utf8.lastIndex(of: UInt8(ascii: "/")) {
                        name = String(name[name.utf8.index(after: slash)...])
                    }
                    return (file.folder, name, file.stamp!)
                }, releaseCount: releaseCount, fingerprint: fingerprint, generation: generation, problems: problems)
            }
            do {
                try opened.storeSnapshot(archive: ArchiveSnapshot.key(paths, textLimit: textLimit, parserVersion: parserVersion),
                                         bytes: encoded)
                if encoded != nil { report.snapshotGeneration = generation }
            } catch { fail(error) }
            encoded = nil
        }
        report.seconds = elapsed()
        if let stream {
            // What could not go out in order (the same source twice, a stored record read again).
            for release in releases { stream(release) }
            return (Archive(releases: [], problems: problems, missing: found.missing), report)
        }
        return (Archive(releases: releases, problems: problems, missing: found.missing), report)
    }

    // MARK: The warm path of `--count`

    /// What the last load of `paths` saw, when it is still true: the number of releases and the problem
    /// files, from the kept snapshot after a `stat` of every folder and file (`ArchiveSnapshot`), without
    /// reading a row. Nil when there is no index or snapshot, or anything changed: then `load` answers (and
    /// keeps a new snapshot).
    public func quickSummary(_ paths: [String]) -> QuickSummary? {
        guard let store = openExisting() else { return nil }
        defer { store.close() }
        return quickSummary(paths, store: store)
    }

    /// The releases `query` matches under `paths` (indices in the archive's order), when the snapshot is
    /// true and the search index kept for those releases is there: read only where the query's terms are
    /// (`SearchIndex.matches(_:stored:)`). Nil when that cannot answer (then `load` and `searchIndex` do).
    public func quickMatches(_ paths: [String], query: Query) -> (matches: [Int], summary: QuickSummary)? {
        guard SearchIndex.canAnswerFromStorage(query), let store = openExisting() else { return nil }
        defer { store.close() }
        guard let summary = quickSummary(paths, store: store) else { return nil }
        let archive = paths.compactMap { Self.realPath($0) }.sorted().joined(separator: "\n")
        guard let matches = try? store.withSearchIndexBytes(archive: archive, fingerprint: summary.fingerprint, {
            SearchIndex.matches(query, stored: $0, count: summary.releaseCount)
        }) else { return nil }
        return (matches, summary)
    }

    /// What a snapshot still true says of the archive.
    public struct QuickSummary: Sendable {
        public var releaseCount: Int
        public var problems: [LoadProblem]
        var fingerprint: Int64
        /// What the watcher answered (nil: none answered), and how many `stat`s the check made (tests).
        var vouch: ArchiveVouch.Answer?
        var stats: Int
    }

    /// How much of a vouched-for snapshot is read for its head (more problems than fit: the whole is read).
    static let snapshotHeadBytes = 64 * 1024

    /// How long a `--count` waits for a watcher's answer before it checks every file itself.
    var vouchTimeout = ArchiveVouch.clientTimeout

    private func quickSummary(_ paths: [String], store: IndexStore) -> QuickSummary? {
        let key = ArchiveSnapshot.key(paths, textLimit: textLimit, parserVersion: parserVersion)
        // A watcher is asked before the snapshot is read: "clean at G" says nothing changed since the load that
        // kept generation G, so the snapshot read after it, when it is G, is still true without a `stat`.
        var answer: ArchiveVouch.Answer?
        if let cachePath, let socket = ArchiveVouch.socketPath(cachePath: cachePath, key: key) {
            answer = ArchiveVouch.ask(socket: socket, key: key, timeout: vouchTimeout)
        }
        var vouched: UInt64?
        if case .clean(let generation) = answer { vouched = generation }
        // Vouched for: the snapshot's head alone (count, fingerprint, problems), its stamps not even read.
        if let vouched, let prefix = try? store.snapshotPrefix(archive: key, count: Self.snapshotHeadBytes),
           let head = prefix.bytes.withUnsafeBytes({ ArchiveSnapshot.head($0, vouched: vouched) }) {
            return QuickSummary(releaseCount: head.releaseCount, problems: head.problems, fingerprint: head.fingerprint,
                                vouch: answer, stats: 0)
        }
        let found: ArchiveSnapshot.Verified?? = try? store.withSnapshot(archive: key, {
            ArchiveSnapshot.verify($0, threads: threads, vouched: vouched)
        })
        guard let verified = found ?? nil else { return nil }
        return QuickSummary(releaseCount: verified.releaseCount, problems: verified.problems, fingerprint: verified.fingerprint,
                            vouch: answer, stats: verified.stats)
    }

    /// The index, when its file exists and opens (the warm path never makes one).
    func openExisting() -> IndexStore? {
        guard let cachePath, access(cachePath, F_OK) == 0,
              case .success(let store) = IndexStore.open(path: cachePath, busyTimeoutMs: busyTimeoutMs) else { return nil }
        return store
    }

    /// What became of one file that was read (or hash-checked).
    struct Outcome: Sendable {
        enum Result: Sendable {
            indirect case parsed(Release, record: [UInt8]?)
            case problem(LoadProblem)
            /// Given out by the stream already (what the load keeps of it then, for the report).
            case given
        }
        var result: Result
        /// The row to store, nil when nothing is to be stored (a problem of the machine, not the file).
        var entry: IndexStore.Entry?
        var wasParsed: Bool
    }

    /// What the load keeps of an outcome once its row is stored.
    struct Kept: Sendable {
        var result: Outcome.Result
        var wasParsed: Bool
    }

    /// Reads, parses and makes the row of one file. With `check`, the file's bytes are hashed first and
    /// the stored record kept when they are the same.
    static func process(_ file: SourceFile, stamp: FileStamp, path: String?, check: IndexedFile?, storedRecord: [UInt8]?,
                        pdf: PDFTextExtractor, textLimit: Int, parse: (LoadedDocument) -> Release,
                        parserVersion: Int) -> Outcome {
        let now = Int64(Date().timeIntervalSince1970 * 1e9)
        let unsure = now - stamp.mtime < unsureNanoseconds || stamp.mtime > now
        if let row = check {
            let limit = ArchiveReader.sizeLimit(file.format, textLimit: textLimit)
            if case .success(let bytes) = ArchiveReader.bytes(of: file, limit: limit),
               Int64(bitPattern: StableID.contentHash(bytes)) == row.hash {
                var kept = row
                kept.unsure = unsure
                // A message of an mbox checked because its mbox changed: the row takes the mbox's new stamp.
                kept.size = stamp.size
                kept.mtime = stamp.mtime
                kept.ctime = stamp.ctime
                if let reason = row.problem {
                    return Outcome(result: .problem(LoadProblem(path: ArchiveReader.displayPath(file), reason: reason)),
                                   entry: IndexStore.Entry(file: kept, record: nil), wasParsed: false)
                }
                if let storedRecord, let release = ReleaseCodec.decode(storedRecord, id: row.id, source: file.source) {
                    return Outcome(result: .parsed(release, record: storedRecord),
                                   entry: IndexStore.Entry(file: kept, record: storedRecord), wasParsed: false)
                }
                if storedRecord == nil {
                    // Asked for list fields only.
                    let release = Release(id: row.id, source: file.source, format: row.format, title: row.title,
                                          date: row.date, organization: row.organization)
                    return Outcome(result: .parsed(release, record: nil), entry: nil, wasParsed: false)
                }
            }
        }
        let (document, hash) = ArchiveReader.read(file, pdf: pdf, textLimit: textLimit)
        var row = IndexedFile(path: path ?? "", size: stamp.size, mtime: stamp.mtime, ctime: stamp.ctime,
                              hash: Int64(bitPattern: hash ?? 0), unsure: unsure, parserVersion: parserVersion,
                              problem: nil, id: "", format: file.format, title: "", date: nil, organization: nil)
        switch document {
        case .success(let doc):
            let release = parse(doc)
            row.id = release.id
            row.format = release.format
            row.title = release.title
            row.date = release.date
            row.organization = release.organization
            let record = ReleaseCodec.encode(release)
            return Outcome(result: .parsed(release, record: record),
                           entry: path == nil ? nil : IndexStore.Entry(file: row, record: record), wasParsed: true)
        case .failure(let problem):
            row.problem = problem.reason
            // Problems of this machine rather than of the file are tried again next time.
            let lasting = hash != nil && problem.reason != PDFTextExtractor.missingMessage
                && !problem.reason.hasPrefix("pdftotext could not be started")
            return Outcome(result: .problem(problem),
                           entry: lasting && path != nil ? IndexStore.Entry(file: row, record: nil) : nil, wasParsed: true)
        }
    }

    /// Whether a relative path has a component starting with `.` (hidden files and folders are not loaded).
    static func hasHiddenComponent(_ relative: String) -> Bool {
        var atStart = true
        for byte in relative.utf8 {
            if atStart && byte == UInt8(ascii: ".") { return true }
            atStart = byte == UInt8(ascii: "/")
        }
        return false
    }

    /// The list fields of a record alone.
    static func summary(of r: Release) -> Release {
        Release(id: r.id, source: r.source, format: r.format, title: r.title, date: r.date, organization: r.organization)
    }

    /// The canonical path of `file` (its folder's `realpath` and its name): the one discovery knew, else its
    /// folder resolved now (`resolved` keeps each folder's answer for the next file); nil when the folder
    /// cannot be resolved.
    static func canonicalPath(of file: SourceFile, resolved: inout [String: String]) -> String? {
        if let known = file.canonicalPath { return known }
        let path = file.path
        let folder: String, name: Substring
        if let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) {
            folder = slash == path.startIndex ? "/" : String(path[..<slash])
            name = path[path.utf8.index(after: slash)...]
        } else {
            folder = "."  // a name alone: in the working folder
            name = Substring(path)
        }
        let real: String
        if let known = resolved[folder] {
            real = known
        } else {
            real = realPath(folder) ?? ""
            resolved[folder] = real
        }
        guard !real.isEmpty, !name.isEmpty else { return nil }
        // A message of an mbox: the mbox's path and the message's number (`#042`), as the walk makes it.
        let message = file.message != nil ? Mailbox.mboxPart(of: file.source).map { String(file.source.dropFirst($0.file.count)) } ?? "" : ""
        return (real == "/" ? "" : real) + "/" + name + message
    }

    static func realPath(_ path: String) -> String? {
        guard !path.isEmpty, let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// The index's rows, read on a thread of their own while discovery walks the folders; read by the loader
/// only after `done` is signalled.
private final class RowReading: @unchecked Sendable {
    let done = DispatchSemaphore(value: 0)
    /// Signalled once `splits` is read (before the rows), or the index failed.
    let splitsRead = DispatchSemaphore(value: 0)
    /// The kept splits not taken by the walk yet, and those it found stale (their mbox's stamp changed).
    var splits: [String: (stamp: FileStamp, messages: [MailboxMessage])] = [:]
    var staleSplits: [String] = []
    var store: IndexStore?
    var rows = StoredRows()
    var fault: CacheFault?
}

/// The rows of the files under a load's arguments, found by canonical path, kept small: 100,000 of them
/// are held for a whole load. Each row's fixed fields are one array element (~70 bytes); the paths are one
/// byte buffer, found through a table from a 64-bit hash of the path to the row, and compared whole on
/// every lookup (two paths of the same hash are chained), so a file never takes another file's row. The
/// list fields are kept only when read. (A dictionary by path holding each `IndexedFile` inline took 46 MB
/// at 100,000 rows, most of it empty buckets of 190 bytes, plus 15 MB of path strings: 2.4 KB a row while it
/// grew; this is ~200 bytes. `ArchiveLoaderMemoryTests`.)
struct StoredRows {
    /// What decides whether a file changed, and its record's id, or its problem.
    struct Row {
        var size: Int64
        var mtime: Int64
        var ctime: Int64
        var hash: Int64
        var parserVersion: Int32
        var unsure: Bool
        var format: SourceFormat
        var id: String
        var problem: String?
    }
    /// A row as the loader reads it: its fixed fields and its list fields (empty when they were not read).
    @dynamicMemberLookup
    struct Entry {
        var row: Row
        var title: String
        var date: String?
        var organization: String?
        subscript<T>(dynamicMember field: KeyPath<Row, T>) -> T { row[keyPath: field] }
    }
    private struct ListFields {
        var title: String
        var date: String?
        var organization: String?
    }

    private var rows: [Row] = []
    private var listFields: [ListFields] = []
    /// Every row's path, one after the other; row `r`'s ends at `pathEnds[r]`.
    private var pathBytes: [UInt8] = []
    private var pathEnds: [Int] = []
    /// The first row of each path hash, and the next row of the same hash (-1: none).
    private var firstOfHash: [UInt64: Int32] = [:]
    private var nextOfHash: [Int32] = []
    /// The stored records, by row, when they were read with the rows.
    private var records: [Int32: [UInt8]] = [:]
    /// The paths' hash (tests give one that makes every path collide).
    private let hash: (String, String) -> UInt64

    init(hash: @escaping (String, String) -> UInt64 = StoredRows.hash) { self.hash = hash }

    var count: Int { rows.count }

    mutating func reserve(_ count: Int, pathBytes bytes: Int, listFields withList: Bool) {
        rows.reserveCapacity(count)
        if withList { listFields.reserveCapacity(count) }
        pathBytes.reserveCapacity(bytes)
        pathEnds.reserveCapacity(count)
        nextOfHash.reserveCapacity(count)
        firstOfHash.reserveCapacity(count)
    }

    /// Adds `file`'s row (a path seen again replaces its row), with its record's bytes when given.
    mutating func add(_ file: IndexedFile, record: UnsafeRawBufferPointer?, listFields withList: Bool) {
        let row = Row(size: file.size, mtime: file.mtime, ctime: file.ctime, hash: file.hash,
                      parserVersion: Int32(truncatingIfNeeded: file.parserVersion), unsure: file.unsure, format: file.format,
                      id: file.id, problem: file.problem)
        let list = ListFields(title: file.title, date: file.date, organization: file.organization)
        let at: Int32
        if let known = find(file.path) {
            at = known
            rows[Int(at)] = row
            if withList { listFields[Int(at)] = list }
        } else {
            at = Int32(rows.count)
            rows.append(row)
            if withList { listFields.append(list) }
            var path = file.path
            path.withUTF8 { pathBytes.append(contentsOf: $0) }
            pathEnds.append(pathBytes.count)
            let h = hash(path, "")
            nextOfHash.append(firstOfHash[h] ?? -1)
            firstOfHash[h] = at
        }
        if let record { records[at] = Array(record) } else { records[at] = nil }
    }

    subscript(_ r: Int32) -> Entry {
        let list = listFields.isEmpty ? nil : listFields[Int(r)]
        return Entry(row: rows[Int(r)], title: list?.title ?? "", date: list?.date, organization: list?.organization)
    }

    /// The whole row, path and all (to be written back).
    func indexedFile(_ r: Int32) -> IndexedFile {
        let e = self[r]
        return IndexedFile(path: path(r), size: e.size, mtime: e.mtime, ctime: e.ctime, hash: e.hash, unsure: e.unsure,
                           parserVersion: Int(e.parserVersion), problem: e.problem, id: e.id, format: e.format,
                           title: e.title, date: e.date, organization: e.organization)
    }

    func path(_ r: Int32) -> String {
        let start = r == 0 ? 0 : pathEnds[Int(r) - 1]
        return String(decoding: pathBytes[start..<pathEnds[Int(r)]], as: UTF8.self)
    }

    func record(_ r: Int32) -> [UInt8]? { records[r] }

    /// The row of the path `prefix + name` (given in two parts so that a file's path need not be made).
    func find(_ prefix: String, _ name: String) -> Int32? {
        guard var r = firstOfHash[hash(prefix, name)] else { return nil }
        var prefix = prefix, name = name
        return prefix.withUTF8 { a in
            name.withUTF8 { b in
                pathBytes.withUnsafeBufferPointer { all in
                    while r >= 0 {
                        let start = r == 0 ? 0 : pathEnds[Int(r) - 1], end = pathEnds[Int(r)]
                        if end - start == a.count + b.count,
                           memcmp(all.baseAddress! + start, a.baseAddress ?? all.baseAddress!, a.count) == 0,
                           memcmp(all.baseAddress! + start + a.count, b.baseAddress ?? all.baseAddress!, b.count) == 0 {
                            return r
                        }
                        r = nextOfHash[Int(r)]
                    }
                    return nil
                }
            }
        }
    }

    func find(_ path: String) -> Int32? { find(path, "") }

    /// The row of a file of the walk: by its folder's canonical path and its name, or by `canonical` (its
    /// path resolved by the loader) when the walk did not know it.
    func find(_ file: SourceFile, _ canonical: String?) -> Int32? {
        if let (folder, name) = file.canonicalParts { return find(folder, name) }
        return canonical.map { find($0) } ?? nil
    }

    /// FNV-1a over the bytes of `prefix` then `name`, with a final mix: the same for a path in one part or two.
    static func hash(_ prefix: String, _ name: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in prefix.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        for byte in name.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        return h
    }
}
