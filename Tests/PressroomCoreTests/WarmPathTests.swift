import Foundation
import Testing
@testable import PressroomCore

/// The warm path of `--count`: the snapshot of the last load answers only while every folder and file is as
/// it saw them, and the search index read only where a query's terms are answers as the whole one.
@Suite struct WarmPathTests {
    func archive() throws -> ReadingTempFolder {
        let folder = try ReadingTempFolder()
        for (name, word) in [("a.txt", "bridge"), ("b.txt", "tunnel"), ("sub/c.md", "bridge ferry"), ("sub/deeper/d.txt", "canal")] {
            try folder.write(name, PersistentIndexTests.release.replacingOccurrences(of: "the new bridge", with: "the new \(word)"))
        }
        try folder.write("empty.txt", "")
        return folder
    }

    /// The index beside the archive, not in it (making its folder would change the archive's).
    let cache: ReadingTempFolder

    init() throws { cache = try ReadingTempFolder() }

    func loader(_ folder: ReadingTempFolder) -> ArchiveLoader {
        let loader = ArchiveLoader(cachePath: cache.path + "/index.sqlite")
        loader.settleNanoseconds = 0  // every change below also changes the size
        return loader
    }

    @Test func theSnapshotAnswersUntilAFileOrFolderChanges() throws {
        let folder = try archive()
        let paths = [folder.path]
        #expect(loader(folder).quickSummary(paths) == nil, "no index yet")
        let (archive, _) = loader(folder).load(paths, records: false)
        let quick = try #require(loader(folder).quickSummary(paths))
        #expect(quick.releaseCount == archive.releases.count && quick.releaseCount == 4)
        #expect(quick.problems == archive.problems && quick.problems.count == 1)
        // A streamed load (export, list --count) gives its releases out (they are not in the archive it
        // returns): the snapshot it keeps counts them all, with the same fingerprint.
        let before = try #require(loader(folder).quickSummary(paths))
        var streamed = 0
        _ = loader(folder).load(paths, records: false, stream: { _ in streamed += 1 })
        #expect(streamed == 4)
        let after = try #require(loader(folder).quickSummary(paths))
        #expect(after.releaseCount == 4 && after.fingerprint == before.fingerprint)
        // The same paths spelled otherwise, or another size limit, have snapshots of their own.
        #expect(loader(folder).quickSummary([folder.path + "/"]) == nil)
        let limited = loader(folder)
        limited.textLimit = 100
        #expect(limited.quickSummary(paths) == nil)

        // A file written (same folder, so the folder's times stay), one added deep down, one removed, a
        // folder added: each is noticed, and the next load keeps a new snapshot.
        let changes: [(String, () throws -> Void)] = [
            ("written", { try folder.write("sub/c.md", PersistentIndexTests.release + "More words.\n") }),
            ("added", { try folder.write("sub/deeper/e.txt", PersistentIndexTests.release) }),
            ("removed", { try FileManager.default.removeItem(atPath: folder.path + "/b.txt") }),
            ("folder", { try folder.mkdir("new") }),
        ]
        for (what, change) in changes {
            try change()
            #expect(loader(folder).quickSummary(paths) == nil, "\(what)")
            let (again, _) = loader(folder).load(paths, records: false)
            #expect(loader(folder).quickSummary(paths)?.releaseCount == again.releases.count, "\(what)")
        }
        #expect(loader(folder).quickSummary(paths)?.releaseCount == 4)

        // A file named as an argument beside a folder.
        let mixed = [folder.path + "/a.txt", folder.path + "/sub/deeper"]
        _ = loader(folder).load(mixed, records: false)
        #expect(loader(folder).quickSummary(mixed)?.releaseCount == 3)  // a.txt, d.txt and e.txt
        try folder.write("a.txt", PersistentIndexTests.release + "And more.\n")
        #expect(loader(folder).quickSummary(mixed) == nil)
    }

    /// A broken link can come to life (its target written elsewhere) without its folder changing: while the
    /// archive holds one, no snapshot answers for it.
    @Test func aBrokenLinkKeepsTheSnapshotFromAnswering() throws {
        let folder = try archive()
        let target = cache.path + "/later.txt"
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/link.txt", withDestinationPath: target)
        let paths = [folder.path]
        let (archive, _) = loader(folder).load(paths, records: false)
        #expect(archive.releases.count == 4)
        #expect(loader(folder).quickSummary(paths) == nil)
        try PersistentIndexTests.release.write(toFile: target, atomically: false, encoding: .utf8)
        #expect(loader(folder).load(paths, records: false).archive.releases.count == 5)
    }

    /// The check reads the snapshot's files in parts, each from a mark its first pass left, keeping a folder's
    /// path while its files follow each other: whatever the parts' size and the threads, an archive as it was
    /// answers (every path is built right) and one stamp that differs anywhere — a folder's, a file's in the
    /// first, a middle or the last part, one named as an argument between folders' files — does not (every
    /// entry is looked at), nor do bytes cut short.
    @Test func theCheckInPartsLooksAtEveryFolderAndFile() throws {
        let folder = try ReadingTempFolder()
        var folders: [ArchiveSnapshot.Folder] = []
        var files: [ArchiveSnapshot.File] = []
        for f in 0..<3 {
            try folder.mkdir("f\(f)")
            for k in 0..<4 { try folder.write("f\(f)/a\(k).txt", String(repeating: "x", count: f * 10 + k + 1)) }
        }
        for f in 0..<3 {
            let path = folder.path + "/f\(f)"
            folders.append(.init(path: path, stamp: try #require(FileStamp(path))))
            for k in 0..<4 {
                files.append(.init(folder: Int32(f), name: "a\(k).txt", stamp: try #require(FileStamp(path + "/a\(k).txt"))))
            }
            if f == 1 {  // a file named as an argument: its whole path, no folder
                let named = try folder.write("named.md", "named")
                files.append(.init(folder: -1, name: named, stamp: try #require(FileStamp(named))))
            }
        }
        // The archive's own folder last, once everything is in it (the walk's order is not the check's concern).
        folders.append(.init(path: folder.path, stamp: try #require(FileStamp(folder.path))))
        func snapshot(_ change: (inout ArchiveSnapshot) -> Void = { _ in }) -> [UInt8] {
            var s = ArchiveSnapshot(folders: folders, files: files, releaseCount: 13, fingerprint: 42)
            change(&s)
            return s.encoded()
        }
        func verified(_ bytes: [UInt8], threads: Int, part: Int) -> ArchiveSnapshot.Verified? {
            bytes.withUnsafeBytes { ArchiveSnapshot.verify($0, threads: threads, filesPerPart: part) }
        }
        let settings = [1, 2, 3, 5, 512].flatMap { part in [1, 2].map { (threads: $0, part: part) } }
        for (threads, part) in settings {
            let found = verified(snapshot(), threads: threads, part: part)
            #expect(found?.releaseCount == 13 && found?.fingerprint == 42, "threads \(threads), parts of \(part)")
        }
        func later(_ stamp: FileStamp) -> FileStamp { FileStamp(size: stamp.size, mtime: stamp.mtime + 1, ctime: stamp.ctime) }
        for k in folders.indices {
            let bytes = snapshot { $0.folders[k].stamp = later($0.folders[k].stamp) }
            for (threads, part) in settings { #expect(verified(bytes, threads: threads, part: part) == nil, "folder \(k), \(threads), \(part)") }
        }
        for k in files.indices {
            let bytes = snapshot { $0.files[k].stamp = later($0.files[k].stamp) }
            for (threads, part) in settings { #expect(verified(bytes, threads: threads, part: part) == nil, "file \(k), \(threads), \(part)") }
        }
        let whole = snapshot()
        for cut in [1, 30, whole.count / 2] {
            #expect(verified(Array(whole.dropLast(cut)), threads: 2, part: 2) == nil, "cut by \(cut)")
        }
        // On the disk: the last file written again.
        try folder.write("f2/a3.txt", "changed")
        for (threads, part) in settings { #expect(verified(snapshot(), threads: threads, part: part) == nil, "written, \(threads), \(part)") }
    }

    @Test func aSnapshotIsNotKeptWhileItsStampsAreTooRecentToTrust() throws {
        let folder = try archive()
        let loader = ArchiveLoader(cachePath: cache.path + "/index.sqlite")  // the 2 s rule
        _ = loader.load([folder.path], records: false)
        #expect(loader.quickSummary([folder.path]) == nil)
    }

    @Test func theQuickCountIsTheSearchCount() throws {
        let folder = try archive()
        let paths = [folder.path]
        let loader = loader(folder)
        let (archive, _) = loader.load(paths)
        #expect(loader.quickMatches(paths, query: try Query.parse("bridge").get()) == nil, "no search index kept yet")
        let index = loader.searchIndex(paths: paths, releases: archive.releases) { archive.releases }
        for text in ["bridge", "BRIDGE", "br*", "b*", "bridge OR canal", "bridge -ferry", "NOT bridge", "title:tunnel",
                     "contact:ana", "org:rivers", "date:2021", "has:contacts", "zzz", "kigali bridge"] {
            let query = try Query.parse(text).get()
            let quick = try #require(loader.quickMatches(paths, query: query), "\(text)")
            #expect(quick.matches == index.search(text).matches, "\(text)")
        }
        // A phrase needs the word streams: the full path answers it.
        #expect(loader.quickMatches(paths, query: try Query.parse("\"new bridge\"").get()) == nil)
    }

    /// `search --count` from the kept index never answers for a file written since: not when its size and
    /// modification time are put back as they were (its status-change time tells), nor for a file added.
    @Test func aFileChangedAfterTheIndexWasMadeIsSeenBySearch() throws {
        let folder = try archive()
        let paths = [folder.path]
        let loader = loader(folder)
        func warmCount(_ text: String) throws -> Int? {
            try loader.quickMatches(paths, query: Query.parse(text).get())?.matches.count
        }
        func fullCount(_ text: String) throws -> Int {
            let (archive, _) = loader.load(paths)
            return loader.searchIndex(paths: paths, releases: archive.releases) { archive.releases }.search(text).matches.count
        }
        #expect(try fullCount("zeppel") == 0)
        #expect(try warmCount("zeppel") == 0, "the kept index answers")
        // The same number of bytes, one word changed, and the old modification time set back.
        let path = folder.path + "/b.txt"
        var before = stat()
        #expect(stat(path, &before) == 0)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "tunnel", with: "zeppel").write(toFile: path, atomically: false, encoding: .utf8)
        let times = [before.st_atim, before.st_mtim]  // to the nanosecond
        #expect(utimensat(AT_FDCWD, path, times, 0) == 0)
        var after = stat()
        #expect(stat(path, &after) == 0)
        #expect(after.st_size == before.st_size && after.st_mtim.tv_sec == before.st_mtim.tv_sec
                && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec, "only the status-change time differs")
        #expect(try warmCount("zeppel") == nil, "a file written since: the kept index does not answer")
        #expect(try fullCount("zeppel") == 1)
        #expect(try warmCount("zeppel") == 1, "answered again once the load has seen it")
        try folder.write("sub/deeper/new.txt", PersistentIndexTests.release.replacingOccurrences(of: "the new bridge", with: "the new zeppel"))
        #expect(try warmCount("zeppel") == nil, "a file added")
        #expect(try fullCount("zeppel") == 2)
    }

    @Test func aQueryReadsOnlyThePostingsItNeedsAndAnswersAsTheWholeIndex() throws {
        let releases = Archive.load([ScoreTests.corpus.appendingPathComponent("releases").path]).releases
        let built = SearchIndex(releases)
        let bytes = built.storedBytes()
        var read = 0
        let source = StoredBytes(count: bytes.count) { destination, offset, count in
            read += count
            bytes.withUnsafeBytes { destination.copyMemory(from: $0.baseAddress! + offset, byteCount: count) }
            return true
        }
        for text in ["diamond", "diam*", "d*", "water OR gold", "-the", "title:kimberley", "org:coalition",
                     "contact:263788087050", "date:2021", "has:contacts", "place:nairobi", "kind:statement",
                     "(gold OR silver) mine", "mine* -gold", "nosuchwordanywhere"] {
            let query = try Query.parse(text).get()
            read = 0
            let matches = try #require(SearchIndex.matches(query, stored: source, count: releases.count), "\(text)")
            #expect(matches == built.search(text).matches, "\(text)")
            if !text.contains("*") && !text.hasPrefix("-") { #expect(read < bytes.count / 4, "\(text) read \(read) of \(bytes.count)") }
        }
        // Cut bytes are refused.
        let cut = StoredBytes(count: bytes.count / 2) { destination, offset, count in
            bytes.withUnsafeBytes { destination.copyMemory(from: $0.baseAddress! + offset, byteCount: count) }
            return true
        }
        #expect(SearchIndex.matches(try Query.parse("diamond").get(), stored: cut, count: releases.count) == nil)
    }
}
