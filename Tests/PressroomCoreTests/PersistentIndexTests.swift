import Foundation
import Testing
@testable import PressroomCore

/// Counts the parser's calls (the loader's parser is injectable).
final class ParseCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    var count: Int { lock.lock(); defer { lock.unlock() }; return value }

    func parse(_ doc: LoadedDocument) -> Release {
        lock.lock()
        value += 1
        lock.unlock()
        return ReleaseParser.parse(doc)
    }
}

/// The persistent index: what is read again, what is not, and what happens when the cache cannot be used.
/// Every test uses its own temporary folder and cache file.
@Suite struct PersistentIndexTests {
    static let release = "PRESS RELEASE\n\nKigali, 28 June 2021\n\nRivers council opens the new bridge\n\nThe council opened the bridge today.\n\nContact: Ana Lima, ana@example.org\n"

    /// A folder with three releases whose times are an hour old (so that their stamps are trusted alone).
    func archive() throws -> ReadingTempFolder {
        let folder = try ReadingTempFolder()
        for name in ["a.txt", "b.txt", "sub/c.md"] {
            let path = try folder.write(name, Self.release.replacingOccurrences(of: "bridge", with: "bridge \(name)"))
            try age(path)
        }
        return folder
    }

    func age(_ path: String, seconds: Double = 3600) throws {
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-seconds)], ofItemAtPath: path)
    }

    func loader(_ cache: String?, _ counter: ParseCounter) -> ArchiveLoader {
        let loader = ArchiveLoader(cachePath: cache)
        loader.parse = { counter.parse($0) }
        return loader
    }

    @Test func anUnchangedFileIsNotParsedAgainAndTheRecordsAreTheSame() throws {
        let folder = try archive()
        let cache = folder.path + "/.cache/index.sqlite"
        let counter = ParseCounter()
        let (first, report1) = loader(cache, counter).load([folder.path])
        #expect(counter.count == 3)
        #expect(report1.new == 3 && report1.fault == nil)
        let (second, report2) = loader(cache, counter).load([folder.path])
        #expect(counter.count == 3, "nothing parsed the second time")
        #expect(report2.unchanged == 3 && report2.new == 0 && report2.changed == 0)
        #expect(second.releases == first.releases)
        #expect(ReleaseJSON.array(second.releases) == ReleaseJSON.array(Archive.load([folder.path]).releases))
        // The list fields alone come from the index without a parse either.
        let summaries = loader(cache, counter).indexedSummaries([folder.path])
        #expect(summaries.releases.map(\.id) == first.releases.map(\.id))
        #expect(summaries.releases.map(\.source) == first.releases.map(\.source))
        #expect(summaries.releases.map(\.title) == first.releases.map(\.title))
    }

    @Test func aTouchedFileIsParsedAgainAndADeletedOneLeaves() throws {
        let folder = try archive()
        let cache = folder.path + "/.cache/index.sqlite"
        let counter = ParseCounter()
        _ = loader(cache, counter).load([folder.path])
        try age(folder.path + "/a.txt", seconds: 60)  // touched: a new modification time
        try FileManager.default.removeItem(atPath: folder.path + "/sub/c.md")
        let (archive, report) = loader(cache, counter).load([folder.path])
        #expect(counter.count == 4, "only the touched file parsed again")
        #expect(report.changed == 1 && report.removed == 1 && report.unchanged == 1)
        #expect(archive.releases.map(\.source) == ["a.txt", "b.txt"])
        let store = try IndexStore.open(path: cache).get()
        defer { store.close() }
        #expect(try store.count() == 2)
        // A changed file's new bytes are read.
        try folder.write("b.txt", Self.release.replacingOccurrences(of: "bridge", with: "tunnel"))
        let (again, _) = loader(cache, counter).load([folder.path])
        #expect(counter.count == 5)
        #expect(again.releases.first { $0.source == "b.txt" }?.title.contains("tunnel") == true)
    }

    @Test func aNewParserVersionParsesEverythingAgain() throws {
        let folder = try archive()
        let cache = folder.path + "/.cache/index.sqlite"
        let counter = ParseCounter()
        _ = loader(cache, counter).load([folder.path])
        let newer = loader(cache, counter)
        newer.parserVersion = ParserVersion.current + 1
        let (_, report) = newer.load([folder.path])
        #expect(counter.count == 6)
        #expect(report.changed == 3)
        // The index written by the new version is not used by the old one's first screen.
        #expect(loader(cache, counter).indexedSummaries([folder.path]).releases.isEmpty)
    }

    @Test func problemsAreKeptWithTheirReasonAndNotTriedAgainUntilTheFileChanges() throws {
        let folder = try archive()
        let empty = try folder.write("empty.txt", "")
        let binary = try folder.write("binary.txt", bytes: [0, 1, 2, 0, 0xFF, 0, 7, 0])
        try age(empty)
        try age(binary)
        let cache = folder.path + "/.cache/index.sqlite"
        let counter = ParseCounter()
        let (first, report) = loader(cache, counter).load([folder.path])
        #expect(first.problems.count == 2)
        #expect(report.problems == 2)
        let (second, report2) = loader(cache, counter).load([folder.path])
        #expect(second.problems == first.problems, "the stored reasons, word for word")
        #expect(report2.unchanged == 5 && report2.changed == 0)
        let summaries = loader(cache, counter).indexedSummaries([folder.path])
        #expect(summaries.problems.map(\.reason) == first.problems.map(\.reason))
        try folder.write("empty.txt", Self.release)
        let (third, _) = loader(cache, counter).load([folder.path])
        #expect(third.problems.count == 1)
        #expect(third.releases.count == 4)
    }

    @Test func aCorruptCacheFileIsReportedAndTheLoadRunsFromMemory() throws {
        let folder = try archive()
        let cache = folder.path + "/cache.sqlite"
        var random = SystemRandomNumberGenerator()
        try Data((0..<8192).map { _ in UInt8.random(in: 0...255, using: &random) }).write(to: URL(fileURLWithPath: cache))
        let before = try Data(contentsOf: URL(fileURLWithPath: cache))
        let (archive, report) = loader(cache, ParseCounter()).load([folder.path])
        let fault = try #require(report.fault)
        #expect(fault.message.contains(cache) && fault.message.contains("damaged") && fault.message.hasSuffix("running from memory"))
        #expect(!fault.message.contains("\n"))
        if case .damaged = fault.kind {} else { Issue.record("not read as damaged: \(fault.kind)") }
        #expect(archive.releases.count == 3)
        #expect(try Data(contentsOf: URL(fileURLWithPath: cache)) == before, "the damaged file is left alone")
        #expect(ArchiveLoader(cachePath: cache).indexedSummaries([folder.path]).fault != nil)
    }

    @Test func aCacheFolderThatCannotBeWrittenIsReportedAndTheLoadRunsFromMemory() throws {
        let folder = try archive()
        // A folder that cannot be made (its parent is a file) stands for a read-only one for root too;
        // for other users a folder without write permission is tried as well.
        try folder.write("plain-file", "x")
        var caches = [folder.path + "/plain-file/pressroom/index.sqlite"]
        if getuid() != 0 {
            try folder.mkdir("readonly")
            chmod(folder.path + "/readonly", 0o555)
            caches.append(folder.path + "/readonly/index.sqlite")
        }
        defer { chmod(folder.path + "/readonly", 0o755) }
        for cache in caches {
            let (archive, report) = loader(cache, ParseCounter()).load([folder.path])
            let fault = try #require(report.fault)
            #expect(fault.message.hasSuffix("; running from memory"))
            #expect(archive.releases.count == 3)
        }
    }

    @Test func aCacheLockedByAnotherProcessIsReportedAndTheLoadCompletes() throws {
        let folder = try archive()
        let cache = folder.path + "/.cache/index.sqlite"
        _ = loader(cache, ParseCounter()).load([folder.path + "/a.txt"])
        // Another connection holds the write lock for the whole load.
        let other = try SQLiteDatabase(path: cache, create: false, busyTimeoutMs: 0)
        try other.execute("BEGIN IMMEDIATE")
        defer { try? other.execute("ROLLBACK") }
        let locked = loader(cache, ParseCounter())
        locked.busyTimeoutMs = 100
        let (archive, report) = locked.load([folder.path])
        let fault = try #require(report.fault)
        #expect(fault.message.contains("locked by another process"))
        #expect(fault.kind == .locked)
        #expect(archive.releases.count == 3)
    }

    @Test func aFullDiskIsReportedAndTheLoadRunsFromMemory() throws {
        let folder = try archive()
        for k in 0..<40 { try folder.write("more/\(k).txt", Self.release + String(repeating: "Filler words. ", count: 300)) }
        let cache = folder.path + "/.cache/index.sqlite"
        _ = loader(cache, ParseCounter()).load([folder.path + "/a.txt"])
        let full = loader(cache, ParseCounter())
        full.maxPagesForTests = 8
        let (archive, report) = full.load([folder.path])
        let fault = try #require(report.fault)
        #expect(fault.message == "the disk holding the cache \(cache) is full; running from memory")
        #expect(fault.kind == .diskFull)
        #expect(archive.releases.count == 43)
        #expect(ReleaseJSON.array(archive.releases) == ReleaseJSON.array(Archive.load([folder.path]).releases))
    }

    @Test func aPDFThatHangsIsStoppedAndReportedWithoutHoldingUpTheOthers() throws {
        let folder = try archive()
        // A pdftotext that never finishes.
        let fake = try folder.write("bin/pdftotext", "#!/bin/sh\nexec sleep 30\n")
        chmod(fake, 0o755)
        try folder.write("scan.pdf", "%PDF-1.4 not really\n")
        let cache = folder.path + "/.cache/index.sqlite"
        let counter = ParseCounter()
        let loader = self.loader(cache, counter)
        loader.pdf = PDFTextExtractor(executable: URL(fileURLWithPath: fake), timeLimit: 0.5)
        let started = Date()
        let (archive, _) = loader.load([folder.path])
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(archive.releases.count == 3)
        let problem = try #require(archive.problems.first)
        #expect(problem.path.hasSuffix("scan.pdf") && problem.reason.contains("stopped"))
        // Not tried again until it changes.
        let again = self.loader(cache, counter)
        again.pdf = loader.pdf
        let quick = Date()
        let (second, _) = again.load([folder.path])
        #expect(Date().timeIntervalSince(quick) < 0.5)
        #expect(second.problems == archive.problems)
    }

    @Test func theSameFileHasTheSameIdHoweverItsArchiveIsNamed() throws {
        let folder = try archive()
        let direct = Archive.load([folder.path + "/sub/c.md"]).releases
        let viaFolder = Archive.load([folder.path + "/sub"]).releases
        let viaParent = Archive.load([folder.path + "/"]).releases.filter { $0.source == "sub/c.md" }
        let viaDots = Archive.load([folder.path + "/sub/../sub/./"]).releases
        let ids = [direct, viaFolder, viaParent, viaDots].map { $0.first?.id }
        #expect(ids.allSatisfy { $0 != nil && $0 == ids[0] })
        // And through the index, whichever spelling filled it.
        let cache = folder.path + "/.cache/index.sqlite"
        _ = loader(cache, ParseCounter()).load([folder.path + "/sub/../"])
        let summary = loader(cache, ParseCounter()).indexedSummaries([folder.path + "/sub"]).releases
        #expect(summary.map(\.id) == [ids[0]])
        #expect(summary.map(\.source) == ["c.md"])
    }

    @Test func theRecordEncodingKeepsEveryField() throws {
        var release = Release(id: "x", source: "s.txt", format: .markdown, kind: "Press Release", title: "Tïtle “quoted”",
                              subtitle: nil, date: "2021-06-28", organization: "Org", release: "For immediate release",
                              location: "NAIROBI", paragraphs: ["one", "", "three 🌍"], notes: ["n"],
                              contacts: [Contact(name: "A", role: nil, organization: "O", phones: ["+1"], emails: ["a@b.c"], urls: [])],
                              links: ["mailto:a@b.c"], warnings: ["w"])
        release.contacts[0].phoneDetails = [PhoneDetail(printed: "+1 (0)", e164: "+1", label: nil)]
        let bytes = ReleaseCodec.encode(release)
        let back = try #require(ReleaseCodec.decode(bytes, id: "x", source: "s.txt"))
        #expect(back == release)
        #expect(back.contacts[0].phoneDetails == release.contacts[0].phoneDetails)
        // Truncated or damaged bytes are refused, never misread.
        for cut in stride(from: 0, to: bytes.count, by: 7) {
            #expect(ReleaseCodec.decode(Array(bytes[..<cut]), id: "x", source: "s") == nil)
        }
    }

    @Test func anIndexOfTheFirstSchemaIsMigratedWithItsRecords() throws {
        let folder = try archive()
        let cache = folder.path + "/old.sqlite"
        let record = ReleaseCodec.encode(Release(id: "abc", source: "a.txt", format: .text, title: "Old headline"))
        do {
            let db = try SQLiteDatabase(path: cache, create: true, busyTimeoutMs: 100)
            try db.execute(IndexStore.migrations[0])
            try db.execute("PRAGMA user_version=1; PRAGMA application_id=\(IndexStore.applicationID)")
            let insert = try db.prepare("""
                INSERT INTO files VALUES ('/x/a.txt', 1, 2, 3, 4, 0, \(ParserVersion.current), NULL, 'abc', 0,
                    'Old headline', NULL, NULL, ?1)
                """)
            insert.bind(1, blob: record)
            try insert.step()
            db.close()
        }
        let store = try IndexStore.open(path: cache).get()
        defer { store.close() }
        var seen: [(IndexedFile, [UInt8]?)] = []
        try store.forEachRow(under: "/x", records: true) { row, blob in seen.append((row, blob.map { Array($0) })) }
        #expect(seen.count == 1)
        #expect(seen.first?.0.title == "Old headline")
        #expect(seen.first?.1 == record)
        let check = try SQLiteDatabase(path: cache, create: false, busyTimeoutMs: 100)
        #expect(try check.integer("PRAGMA user_version") == Int64(IndexStore.schemaVersion))
    }

    @Test func aStoredSearchIndexAnswersAsTheOneBuiltAndIsUsedOnlyForTheSameReleases() throws {
        let releases = Archive.load([ScoreTests.corpus.appendingPathComponent("releases").path]).releases
        let built = SearchIndex(releases)
        let bytes = built.storedBytes()
        let restored = try #require(bytes.withUnsafeBytes { SearchIndex.restore($0, releases: releases) })
        let summaries = releases.map(ArchiveLoader.summary(of:))
        let overSummaries = try #require(bytes.withUnsafeBytes { SearchIndex.restore($0, releases: summaries) })
        for query in ["diamond", "diam", "water OR gold", "-the", "\"civil society\"", "title:kimberley", "org:coalition",
                      "contact:263788087050", "date:2021", "has:contacts", "place:nairobi", "kind:statement", "mine*"] {
            let expected = built.search(query, typing: true)
            #expect(restored.search(query, typing: true).matches == expected.matches, "\(query)")
            #expect(restored.ranked(expected) == built.ranked(expected), "\(query)")
            if !query.contains("\"") {
                #expect(overSummaries.search(query, typing: true).matches == expected.matches, "\(query)")
            }
        }
        // Damaged or cut bytes are refused.
        #expect(Array(bytes.prefix(bytes.count / 2)).withUnsafeBytes { SearchIndex.restore($0, releases: releases) } == nil)
        // Kept in the index and taken back only for the same releases.
        let folder = try archive()
        let loader = ArchiveLoader(cachePath: folder.path + "/.cache/index.sqlite")
        let (small, _) = loader.load([folder.path])
        var builds = 0
        _ = loader.searchIndex(paths: [folder.path], releases: small.releases) { builds += 1; return small.releases }
        let again = loader.searchIndex(paths: [folder.path], releases: small.releases) { builds += 1; return small.releases }
        #expect(builds == 1)
        #expect(again.search("bridge").matches.count == 3)
        _ = loader.searchIndex(paths: [folder.path], releases: Array(small.releases.dropLast())) {
            builds += 1
            return Array(small.releases.dropLast())
        }
        #expect(builds == 2)
    }
}
