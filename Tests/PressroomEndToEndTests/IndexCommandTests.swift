import Foundation
import Testing

/// `pressroom index`, `check`, `--cache` and `--no-cache` through the binary. Each test names its own cache
/// file in a temporary folder.
@Suite struct IndexCommandTests {
    static let devReleases = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared/corpus/dev/releases").standardized.path

    @Test func exportsAreByteIdenticalWithAndWithoutTheCache() throws {
        guard FileManager.default.fileExists(atPath: Self.devReleases) else { return }
        let folder = try ExportFolder([:])
        let cache = folder.path + "/index.sqlite"
        let plain = try CommandRun.pressroom(["export", "--format", "json", "--no-cache", Self.devReleases])
        let cold = try CommandRun.pressroom(["export", "--format", "json", "--cache", cache, Self.devReleases])
        let warm = try CommandRun.pressroom(["export", "--format", "json", "--cache", cache, Self.devReleases])
        #expect(plain.status == cold.status && cold.status == warm.status)
        #expect(plain.stdout == cold.stdout)
        #expect(plain.stdout == warm.stdout)
        let index = try CommandRun.pressroom(["index", "--cache", cache, Self.devReleases])
        #expect(index.stderr.contains("0 new, 0 changed, 0 removed"), "\(index.stderr)")
        // Searches: the stored search index (made by the first, used by the second) answers as a new one.
        for query in ["diamond", "\"civil society\"", "org:coalition", "date:2021"] {
            for format in ["text", "jsonl"] {
                let args = ["search", query, "--format", format, Self.devReleases]
                let plain = try CommandRun.pressroom(args + ["--no-cache"])
                let first = try CommandRun.pressroom(args + ["--cache", cache])
                let second = try CommandRun.pressroom(args + ["--cache", cache])
                #expect(plain.stdout == first.stdout && first.stdout == second.stdout, "\(query) \(format)")
                #expect(plain.status == second.status)
            }
        }
    }

    @Test func indexSummarisesAndCheckExitsOneWithProblemsAndZeroWithout() throws {
        let folder = try ExportFolder(exportTwoReleases)
        let cache = folder.path + "/.cache/index.sqlite"
        let first = try CommandRun.pressroom(["index", "--cache", cache, folder.path])
        #expect(first.status == 0)
        #expect(first.stderr.contains("2 files: 2 new, 0 changed, 0 removed, 0 problems, 0 unchanged"), "\(first.stderr)")
        let clean = try CommandRun.pressroom(["check", "--cache", cache, folder.path])
        #expect(clean.status == 0)
        #expect(clean.stdout.isEmpty)
        try Data().write(to: URL(fileURLWithPath: folder.path + "/empty.txt"))
        let bad = try CommandRun.pressroom(["check", "--cache", cache, folder.path])
        #expect(bad.status == 1)
        let lines = bad.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix(folder.path + "/empty.txt: ") == true, "\(bad.stdout)")
        // A release without a headline is kept but listed too.
        try Data("PRESS RELEASE\nFor immediate release\n".utf8).write(to: URL(fileURLWithPath: folder.path + "/bare.txt"))
        let headless = try CommandRun.pressroom(["check", "--cache", cache, folder.path])
        #expect(headless.status == 1)
        #expect(headless.stdout.contains(folder.path + "/bare.txt: no headline found"), "\(headless.stdout)")
        try FileManager.default.removeItem(atPath: folder.path + "/bare.txt")
        let again = try CommandRun.pressroom(["index", "--cache", cache, folder.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("3 files: 0 new, 0 changed, 1 removed, 1 problem, 3 unchanged"), "\(again.stderr)")
    }

    @Test func idsAreTheSameWhateverTheArchiveIsCalledAndShowFindsThem() throws {
        let folder = try ExportFolder(exportTwoReleases.mapKeys { "releases/" + $0 })
        let cache = folder.path + "/index.sqlite"
        func ids(_ argument: String, in directory: String) throws -> [String: String] {
            let run = try CommandRun.pressroom(["list", "--format", "json", "--cache", cache, argument], in: directory)
            let list = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
            return Dictionary(uniqueKeysWithValues: list.map {
                (String(($0["source"] as? String ?? "").split(separator: "/").last ?? ""), $0["id"] as? String ?? "")
            })
        }
        let dot = try ids(".", in: folder.path)
        let releases = try ids("releases/", in: folder.path)
        let absolute = try ids(folder.path + "/releases", in: "/")
        let uncached = try CommandRun.pressroom(["list", "--format", "json", "--no-cache", "releases"], in: folder.path)
        #expect(dot.count == 2)
        #expect(dot == releases && releases == absolute)
        #expect(uncached.stdout.contains(try #require(dot["second.txt"])))
        let show = try CommandRun.pressroom(["show", try #require(dot["second.txt"]), "--cache", cache, "."], in: folder.path)
        #expect(show.status == 0)
        #expect(show.stdout.contains("The second headline"))
    }

    @Test func aCorruptCacheGivesOneLineAndTheSameOutput() throws {
        let folder = try ExportFolder(exportTwoReleases)
        let cache = folder.path + "/cache.sqlite"
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }).write(to: URL(fileURLWithPath: cache))
        let run = try CommandRun.pressroom(["list", "--cache", cache, folder.path])
        let plain = try CommandRun.pressroom(["list", "--no-cache", folder.path])
        #expect(run.status == 0)
        #expect(run.stdout == plain.stdout)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("pressroom: the cache \(cache) is damaged") == true, "\(run.stderr)")
        #expect(lines.first?.hasSuffix("running from memory") == true)
    }

    @Test func twoProcessesIndexingAtOnceLeaveAGoodIndex() throws {
        guard FileManager.default.fileExists(atPath: Self.devReleases) else { return }
        let folder = try ExportFolder([:])
        let cache = folder.path + "/index.sqlite"
        nonisolated(unsafe) var runs: [CommandRun?] = [nil, nil]
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            runs[k] = try? CommandRun.pressroom(["index", "--cache", cache, Self.devReleases])
        }
        // Both succeed. One may wait for the other's lock past the busy timeout on a loaded machine and then
        // run from memory, saying so in one line; either way the index is whole afterwards.
        for run in runs {
            #expect(run?.status == 0)
            let lines = run?.stderr.split(separator: "\n").filter { !$0.hasPrefix("pressroom: indexed") && !$0.contains(" new, ") } ?? []
            #expect(lines.allSatisfy { $0.hasSuffix("running from memory") || !$0.contains("cache") }, "\(run?.stderr ?? "")")
        }
        let after = try CommandRun.pressroom(["index", "--cache", cache, Self.devReleases])
        #expect(!after.stderr.contains("damaged") && !after.stderr.contains("running from memory"), "\(after.stderr)")
        let again = try CommandRun.pressroom(["index", "--cache", cache, Self.devReleases])
        #expect(again.stderr.contains("0 new, 0 changed, 0 removed"), "\(again.stderr)")
    }
}

extension Dictionary {
    func mapKeys(_ transform: (Key) -> Key) -> [Key: Value] {
        Dictionary(uniqueKeysWithValues: map { (transform($0.key), $0.value) })
    }
}
