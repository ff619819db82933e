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
    public var seconds = 0.0
    /// Why the persistent index could not be used (then everything ran from memory); nil when it was used
    /// or none was asked for.
    public var fault: CacheFault?

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
        // The releases given out, by id and source, for the snapshot (they are not in `releases` below).
        var streamedKeys: [(id: String, source: String)] = []
        let stream: ((Release) -> Void)? = stream.map { give in
            { release in
                streamedKeys.append((release.id, release.source))
                give(release)
            }
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
                        for root in Set(roots) {
                            try opened.forEachRow(under: root, records: records && !lazyRecords, listFields: !lazyRecords) { row, blob in
                                reading.rows[row.path] = (row, blob.map { Array($0) })
                            }
                        }
                    } catch {
                        reading.fault = opened.fault(for: error)
                        reading.rows = [:]
                    }
                case .failure(let fault):
                    reading.fault = fault
                }
                reading.done.signal()
            }
        } else {
            reading.done.signal()
        }

        let found = ArchiveReader.discoverAll(paths)
        let files = found.files
        report.files = files.count

        // Canonical paths: each folder resolved once.
        var folders: [String: String] = [:]
        let canonical: [String?] = files.map { file in
            if let known = file.canonicalPath { return known }
            let path = file.url.path
            // A message of an mbox: the mbox's path and the message's number (`#042`), as the walk makes it.
            let message = file.message != nil ? Mailbox.mboxPart(of: file.source).map { String(file.source.dropFirst($0.file.count)) } ?? "" : ""
            guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return nil }
            let folder = String(path[..<slash])
            let name = path[path.utf8.index(after: slash)...]
            let real: String
            if let known = folders[folder] {
                real = known
            } else {
                real = Self.realPath(folder.isEmpty ? "/" : folder) ?? ""
                folders[folder] = real
            }
            guard !real.isEmpty else { return nil }
            return (real == "/" ? "" : real) + "/" + name + message
        }

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
        let rows = reading.rows
        reading.rows = [:]

        // What each file needs.
        enum Need { case reuse(IndexedFile), check(IndexedFile), parse(isNew: Bool), vanished }
        var needs: [Need] = []
        needs.reserveCapacity(files.count)
        var stamps: [FileStamp?] = []
        stamps.reserveCapacity(files.count)
        let now = Int64(Date().timeIntervalSince1970 * 1e9)
        for (k, file) in files.enumerated() {
            guard let stamp = file.stamp ?? FileStamp(file.url.path) else {
                needs.append(.vanished)
                stamps.append(nil)
                continue
            }
            stamps.append(stamp)
            guard let path = canonical[k], let row = rows[path]?.file else {
                needs.append(.parse(isNew: true))
                continue
            }
            if row.parserVersion != parserVersion
                || (records && !lazyRecords && row.problem == nil && rows[path]?.record == nil) {
                needs.append(.parse(isNew: false))
            } else if row.size != stamp.size || row.mtime != stamp.mtime || row.ctime != stamp.ctime {
                // An mbox that changed (mail added or deleted) changes every message's stamp: a message whose
                // bytes are the same keeps its record (its bytes are hashed, not parsed). A file is read again.
                needs.append(file.message != nil ? .check(row) : .parse(isNew: false))
            } else if row.unsure {
                needs.append(.check(row))
            } else {
                needs.append(.reuse(row))
            }
        }
        _ = now

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
        if stream != nil {
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
            guard let stream else { return }
            while streamed < streamOrder.count {
                let k = streamOrder[streamed]
                switch needs[k] {
                case .vanished:
                    break
                case .reuse(let row):
                    if row.problem == nil {
                        if records, let path = canonical[k], let blob = lazyRecords ? store?.record(path: path) : rows[path]?.record,
                           let release = ReleaseCodec.decode(blob, id: row.id, source: files[k].source) {
                            stream(release)
                            emitted[k] = true
                        } else if !records {
                            stream(Release(id: row.id, source: files[k].source, format: row.format, title: row.title,
                                           date: row.date, organization: row.organization))
                            emitted[k] = true
                        } else {
                            // A stored record that cannot be read or decoded (the index failed since, or an
                            // older encoding): the file is read again here, in its turn, so the order holds.
                            let outcome = Self.process(files[k], stamp: stamps[k]!, path: canonical[k], check: nil,
                                                       storedRecord: nil, pdf: pdf, textLimit: textLimit, parse: parse,
                                                       parserVersion: version)
                            if let entry = outcome.entry, let opened = store { do { try opened.write([entry]) } catch { fail(error) } }
                            switch outcome.result {
                            case .parsed(let release, _): stream(release)
                            case .problem(let problem): rereadProblems.append(problem)
                            }
                            emitted[k] = true
                        }
                    }
                case .check, .parse:
                    guard let outcome = outcomes[k] else { return }
                    if case .parsed(let release, _) = outcome.result {
                        stream(release)
                        emitted[k] = true
                        // Kept for the report only: the release is out.
                        outcomes[k]?.result = .parsed(Self.summary(of: release), record: nil)
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
            if case .check(let row) = needs[k] { return (k, row) }
            return nil
        })
        let storedRecords: [Int: [UInt8]] = Dictionary(uniqueKeysWithValues: work.compactMap { k in
            if case .check = needs[k], let path = canonical[k],
               let record = lazyRecords ? store?.record(path: path) : rows[path]?.record { return (k, record) }
            return nil
        })
        progress?(LoadProgress(done: done, total: files.count, parsed: 0, toParse: toParse, seconds: elapsed()), [])
        streamReady()
        let snapshotFiles = files, snapshotStamps = stamps, snapshotCanonical = canonical
        WorkPool.run(count: work.count, threads: threads, cancelled: cancelled, work: { w -> Outcome in
            let k = work[w]
            return Self.process(snapshotFiles[k], stamp: snapshotStamps[k]!, path: snapshotCanonical[k],
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
        let seen = Set(canonical.compactMap { $0 })
        let removed = rows.keys.filter { !seen.contains($0) }
        report.removed = removed.count
        if let opened = store, !removed.isEmpty {
            do { try opened.write([], removing: removed) } catch { fail(error) }
        }

        // The archive, in the order `Archive.load` gives.
        // The releases to give, by file (a dictionary: a streamed load keeps next to none).
        var slots: [Int: Release] = [:]
        if stream == nil { slots.reserveCapacity(files.count) }
        var problems = found.problems
        var reusedRecords: [(Int, [UInt8], IndexedFile)] = []
        for (k, file) in files.enumerated() {
            switch needs[k] {
            case .vanished:
                problems.append(LoadProblem(path: ArchiveReader.displayPath(file), reason: "the file vanished while loading"))
            case .reuse(let row):
                report.unchanged += 1
                if let reason = row.problem {
                    problems.append(LoadProblem(path: ArchiveReader.displayPath(file), reason: reason))
                } else if stream != nil && emitted[k] {
                    continue
                } else if records, let path = canonical[k], let blob = rows[path]?.record {
                    reusedRecords.append((k, blob, row))
                } else if lazyRecords {
                    // Not given in its turn (the same source twice): its record read now, decoded with the others
                    // (none: decoding fails, and the file is read again).
                    reusedRecords.append((k, canonical[k].flatMap { store?.record(path: $0) } ?? [], row))
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
                    report.bytesRead += files[k].message.map { Int64($0.length) } ?? stamps[k]?.size ?? 0
                }
                switch outcome.result {
                case .parsed(let release, _): if stream == nil || !emitted[k] { slots[k] = release }
                case .problem(let problem): problems.append(problem)
                }
            }
        }
        // Records from the index, decoded on every core.
        if !reusedRecords.isEmpty {
            let decoded = ParallelMap.map(reusedRecords) { item -> Release? in
                ReleaseCodec.decode(item.1, id: item.2.id, source: files[item.0].source)
            }
            for (n, release) in decoded.enumerated() {
                let k = reusedRecords[n].0
                if let release {
                    slots[k] = release
                } else {
                    // A record this code cannot decode: read the file again.
                    let outcome = Self.process(files[k], stamp: stamps[k]!, path: canonical[k], check: nil, storedRecord: nil,
                                               pdf: pdf, textLimit: textLimit, parse: parse, parserVersion: version)
                    if let entry = outcome.entry, let opened = store { do { try opened.write([entry]) } catch { fail(error) } }
                    switch outcome.result {
                    case .parsed(let release, _): slots[k] = release
                    case .problem(let problem): problems.append(problem)
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
                && stamps.allSatisfy { $0.map { $0.mtime < limit && $0.ctime < limit } ?? false }
            var snapshot = ArchiveSnapshot()
            if keep {
                snapshot.folders = found.folders
                snapshot.files = files.enumerated().map { k, file in
                    var name = file.source
                    // A message is checked by its mbox's stamp.
                    if file.message != nil, let part = Mailbox.mboxPart(of: name) { name = part.file }
                    if file.folder >= 0, let slash = name.utf8.lastIndex(of: UInt8(ascii: "/")) {
                        name = String(name[name.utf8.index(after: slash)...])
                    }
                    return ArchiveSnapshot.File(folder: file.folder, name: name, stamp: stamps[k]!)
                }
                if stream == nil {
                    snapshot.releaseCount = releases.count
                    snapshot.fingerprint = SearchIndex.fingerprint(releases)
                } else {
                    // Those given out and those still to go, in the archive's order (source, then id), as
                    // `releases` is without a stream.
                    var keys = streamedKeys + releases.map { ($0.id, $0.source) }
                    keys.sort { ($0.source, $0.id) < ($1.source, $1.id) }
                    snapshot.releaseCount = keys.count
                    snapshot.fingerprint = SearchIndex.fingerprint(keys: keys)
                }
                snapshot.problems = problems
            }
            do {
                try opened.storeSnapshot(archive: ArchiveSnapshot.key(paths, textLimit: textLimit, parserVersion: parserVersion),
                                         bytes: keep ? snapshot.encoded() : nil)
            } catch { fail(error) }
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
    }

    private func quickSummary(_ paths: [String], store: IndexStore) -> QuickSummary? {
        let key = ArchiveSnapshot.key(paths, textLimit: textLimit, parserVersion: parserVersion)
        let found: ArchiveSnapshot.Verified?? = try? store.withSnapshot(archive: key, { ArchiveSnapshot.verify($0, threads: threads) })
        guard let verified = found ?? nil else { return nil }
        return QuickSummary(releaseCount: verified.releaseCount, problems: verified.problems, fingerprint: verified.fingerprint)
    }

    /// The index, when its file exists and opens (the warm path never makes one).
    private func openExisting() -> IndexStore? {
        guard let cachePath, access(cachePath, F_OK) == 0,
              case .success(let store) = IndexStore.open(path: cachePath, busyTimeoutMs: busyTimeoutMs) else { return nil }
        return store
    }

    /// What became of one file that was read (or hash-checked).
    struct Outcome: Sendable {
        enum Result: Sendable {
            indirect case parsed(Release, record: [UInt8]?)
            case problem(LoadProblem)
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
    var store: IndexStore?
    var rows: [String: (file: IndexedFile, record: [UInt8]?)] = [:]
    var fault: CacheFault?
}
