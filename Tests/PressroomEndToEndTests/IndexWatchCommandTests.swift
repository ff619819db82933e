import Foundation
import Testing

/// `pressroom index --watch` through the binary, as a child process: its lines, the counts of another
/// `pressroom` answered through it, a change seen by the very next count, and a clean end on SIGTERM.
@Suite struct IndexWatchCommandTests {
    static let release = "PRESS RELEASE\n\nLanterne, 3 May 2024\n\nHarbour board opens the east quay\n\nThe board opened the quay today.\n"

    /// Waits (at most `seconds`) until the file at `path` holds `text`.
    func wait(for text: String, in path: String, seconds: Double = 20) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if let now = try? String(contentsOfFile: path, encoding: .utf8), now.contains(text) { return true }
            usleep(20_000)
        }
        return false
    }

    @Test func theWatcherAnswersCountsSeesAChangeAndEndsCleanly() throws {
        let folder = try ExportFolder(["one.txt": Array(Self.release.utf8),
                                       "two.txt": Array(Self.release.replacingOccurrences(of: "east", with: "west").utf8)])
        let cache = folder.path + "-cache/index.sqlite"
        defer { try? FileManager.default.removeItem(atPath: folder.path + "-cache") }
        let archive = folder.path + "/"
        // Files written just now: the watcher indexes them, and vouches once they are two seconds old.
        let out = folder.path + "-out.txt"
        FileManager.default.createFile(atPath: out, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: out) }
        let process = Process()
        process.executableURL = CommandRun.binary
        process.arguments = ["index", "--watch", "--cache", cache, archive]
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        process.standardError = process.standardOutput
        process.standardInput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate(); process.waitUntilExit() } }
        #expect(wait(for: "pressroom: watching 2 files under \(archive): `search --count` and `list --count`", in: out),
                "\((try? String(contentsOfFile: out, encoding: .utf8)) ?? "")")
        let log = try String(contentsOfFile: out, encoding: .utf8)
        #expect(log.hasPrefix("pressroom: indexed 2 files: 2 new, 0 changed, 0 removed, 0 problems, 0 unchanged"), "\(log)")

        let count = try CommandRun.pressroom(["list", "--count", "--cache", cache, archive])
        #expect(count.stdout == "2\n" && count.status == 0)
        let search = try CommandRun.pressroom(["search", "--count", "--cache", cache, "quay", archive])
        #expect(search.stdout == "2\n")
        // A third release, counted by the very next count; then the watcher's line for the settled change.
        try Self.release.replacingOccurrences(of: "east", with: "north").write(toFile: folder.path + "/three.txt", atomically: false, encoding: .utf8)
        let after = try CommandRun.pressroom(["list", "--count", "--cache", cache, archive])
        #expect(after.stdout == "3\n")
        #expect(wait(for: "pressroom: 1 path changed; the index is current again (3 files)", in: out),
                "\((try? String(contentsOfFile: out, encoding: .utf8)) ?? "")")

        let sockets = try FileManager.default.contentsOfDirectory(atPath: folder.path + "-cache").filter { $0.hasPrefix("index.sqlite.watch-") }
        #expect(sockets.count == 1)
        process.terminate()  // SIGTERM
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8).hasSuffix("pressroom: stopped watching\n"))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path + "-cache").filter { $0.hasPrefix("index.sqlite.watch-") }
        #expect(left.isEmpty, "the socket is removed")
    }

    @Test func watchingWithoutTheIndexIsRefused() throws {
        let folder = try ExportFolder(["one.txt": Array(Self.release.utf8)])
        let run = try CommandRun.pressroom(["index", "--watch", "--no-cache", folder.path])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--watch keeps the index current: it cannot be used with --no-cache"), "\(run.stderr)")
    }
}
