import Foundation
import Testing
@testable import PressroomCore

/// `ArchiveLoader.load(_:stream:)`: every release in the archive's order, each given as soon as those before
/// it are known, none kept; the same records as the load that keeps them, with the index cold or warm.
@Suite struct StreamingLoadTests {
    private static func archive(_ count: Int) throws -> ReadingTempFolder {
        let folder = try ReadingTempFolder()
        for k in 0..<count {
            let path = try folder.write(String(format: "%@/release-%03d.txt", k % 2 == 0 ? "even" : "odd", k),
                                        "PRESS RELEASE\n\nTown council \(k) opens a bridge\n\nThe council opened bridge number \(k) today.\n")
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-3600)], ofItemAtPath: path)
        }
        return folder
    }

    private static func streamed(_ loader: ArchiveLoader, _ paths: [String]) -> (given: [Release], kept: Archive) {
        var given: [Release] = []
        let (archive, _) = loader.load(paths, stream: { given.append($0) })
        return (given, archive)
    }

    @Test func theStreamGivesTheKeptArchivesReleasesInOrderAndKeepsNone() throws {
        let folder = try Self.archive(30)
        let kept = ArchiveLoader(cachePath: nil).load([folder.path]).archive
        let (given, archive) = Self.streamed(ArchiveLoader(cachePath: nil), [folder.path])
        #expect(kept.releases.count == 30)
        #expect(given == kept.releases)
        #expect(archive.releases.isEmpty)
    }

    @Test func aWarmIndexStreamsTheStoredRecordsAndATouchedFileInItsPlace() throws {
        let folder = try Self.archive(12)
        let cache = folder.path + "/.cache/index.sqlite"
        let expected = ArchiveLoader(cachePath: nil).load([folder.path]).archive.releases
        #expect(Self.streamed(ArchiveLoader(cachePath: cache), [folder.path]).given == expected)  // cold: parsed and stored
        let counter = ParseCounter()
        let warm = ArchiveLoader(cachePath: cache)
        warm.parse = { counter.parse($0) }
        #expect(Self.streamed(warm, [folder.path]).given == expected)
        #expect(counter.count == 0, "every record came from the index")
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-60)],
                                              ofItemAtPath: folder.path + "/odd/release-005.txt")
        #expect(Self.streamed(warm, [folder.path]).given == expected)
        #expect(counter.count == 1, "the touched file alone was read again")
        // The list fields alone stream too.
        var summaries: [Release] = []
        _ = warm.load([folder.path], records: false, stream: { summaries.append($0) })
        #expect(summaries.map(\.id) == expected.map(\.id))
    }

    @Test func theFirstReleaseComesBeforeTheLastFileIsParsed() throws {
        let folder = try Self.archive(40)
        let counter = ParseCounter()
        let loader = ArchiveLoader(cachePath: nil)
        loader.threads = 1
        loader.parse = { doc in
            Thread.sleep(forTimeInterval: 0.01)
            return counter.parse(doc)
        }
        var parsedAtFirst: Int?
        var given = 0
        _ = loader.load([folder.path], stream: { _ in
            if parsedAtFirst == nil { parsedAtFirst = counter.count }
            given += 1
        })
        #expect(given == 40)
        #expect((parsedAtFirst ?? 40) < 40, "the first release waited for every file")
    }

    /// Warm, the same source under two arguments takes its stored records (nothing parsed again).
    @Test func theSameSourceUnderTwoArgumentsStreamsStoredRecordsWhenWarm() throws {
        let one = try Self.archive(4), two = try Self.archive(4)
        let cache = one.path + "/.cache/index.sqlite"
        let kept = ArchiveLoader(cachePath: nil).load([one.path, two.path]).archive.releases
        _ = Self.streamed(ArchiveLoader(cachePath: cache), [one.path, two.path])
        let counter = ParseCounter()
        let warm = ArchiveLoader(cachePath: cache)
        warm.parse = { counter.parse($0) }
        #expect(Self.streamed(warm, [one.path, two.path]).given == kept)
        #expect(counter.count == 0)
    }

    @Test func theSameSourceUnderTwoArgumentsIsGivenInTheKeptOrder() throws {
        let one = try Self.archive(4), two = try Self.archive(4)
        let kept = ArchiveLoader(cachePath: nil).load([one.path, two.path]).archive
        let (given, archive) = Self.streamed(ArchiveLoader(cachePath: nil), [one.path, two.path])
        #expect(kept.releases.count == 8)
        #expect(given == kept.releases)
        #expect(archive.releases.isEmpty)
    }
}
