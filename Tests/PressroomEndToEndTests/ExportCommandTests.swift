import Foundation
import Testing

/// Runs the built `pressroom` binary (it sits beside the test bundle) and captures what it prints.
struct CommandRun {
    var status: Int32
    var stdout: String
    var stderr: String

    static var binary: URL {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return exe.deletingLastPathComponent().appendingPathComponent("pressroom")
    }

    static func pressroom(_ arguments: [String], in directory: String? = nil) throws -> CommandRun {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe(), err = Pipe()
        process.environment = ProcessInfo.processInfo.environment.merging(TestCache.environment) { $1 }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes at once so that a full pipe never blocks the child.
        nonisolated(unsafe) var errData = Data()
        let reader = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !reader.isFinished { usleep(1_000) }
        return CommandRun(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                          stderr: String(decoding: errData, as: UTF8.self))
    }

    /// The records printed by `--format json`.
    func records() throws -> [[String: Any]] {
        try #require(JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [[String: Any]])
    }
}

/// A temporary folder with release files, removed at the end of the test.
final class ExportFolder {
    let path = NSTemporaryDirectory() + "pressroom-export-" + UUID().uuidString

    init(_ files: [String: [UInt8]]) throws {
        for (name, bytes) in files {
            let full = path + "/" + name
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: full))
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

let exportTwoReleases: [String: [UInt8]] = [
    "b/second.txt": Array("PRESS RELEASE\n\nThe second headline\n\nIts body.\n".utf8),
    "a-first.md": Array("# The first headline\n\nIts body.\n".utf8),
]

@Suite(.serialized) struct ExportCommandTests {
    @Test func aPathThatDoesNotExistIsNamedOnOneLineAndExitsTwo() throws {
        let dir = try ExportFolder(exportTwoReleases)
        let run = try CommandRun.pressroom(["export", dir.path, dir.path + "/no-such-file.txt"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains(dir.path + "/no-such-file.txt") == true)
    }

    @Test func anUnreadableFileIsNamedWithItsReasonTheOthersArePrintedAndItExitsOne() throws {
        var files = exportTwoReleases
        files["c-binary.txt"] = [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]
        files["d-empty.md"] = []
        let dir = try ExportFolder(files)
        let run = try CommandRun.pressroom(["export", "--format", "json", dir.path])
        #expect(run.status == 1)
        #expect(try run.records().compactMap { $0["source"] as? String } == ["a-first.md", "b/second.txt"])
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines == ["pressroom: \(dir.path)/c-binary.txt: the file is binary (it holds NUL bytes), not text",
                          "pressroom: \(dir.path)/d-empty.md: the file is empty"])
    }

    @Test func allGoodFilesExitZeroInSourceOrder() throws {
        let dir = try ExportFolder(exportTwoReleases)
        let run = try CommandRun.pressroom(["export", dir.path])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let records = try run.records()
        #expect(records.compactMap { $0["source"] as? String } == ["a-first.md", "b/second.txt"])
        #expect(records.compactMap { $0["format"] as? String } == ["markdown", "text"])
        // Same bytes out on a second run.
        #expect(try CommandRun.pressroom(["export", dir.path]).stdout == run.stdout)
    }

    @Test func jsonlPrintsOneRecordALine() throws {
        let dir = try ExportFolder(exportTwoReleases)
        let run = try CommandRun.pressroom(["export", "--format", "jsonl", dir.path])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let sources = try lines.map { line in
            let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return object["source"] as? String
        }
        #expect(sources == ["a-first.md", "b/second.txt"])
    }

    @Test func aFileArgumentKeepsThePathAsGiven() throws {
        let dir = try ExportFolder(exportTwoReleases)
        let run = try CommandRun.pressroom(["export", "b/second.txt"], in: dir.path)
        #expect(run.status == 0)
        #expect(try run.records().compactMap { $0["source"] as? String } == ["b/second.txt"])
    }

    @Test func withoutAPathTheBundledReleasesAreExportedSeedFirst() throws {
        let run = try CommandRun.pressroom(["export"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let sources = try run.records().compactMap { $0["source"] as? String }
        #expect(sources.first == "kpcsc-2021-06-28.txt")
        #expect(sources == sources.sorted())
    }

    @Test func anUnknownFormatIsRefused() throws {
        let run = try CommandRun.pressroom(["export", "--format", "xml"])
        #expect(run.status != 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("xml"))
    }
}
