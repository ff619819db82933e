import Foundation
import Testing

/// File names, release text and what the user types are untrusted: no human-readable output lets an escape
/// sequence, a bell, a C1 control or a bidirectional override reach the terminal (issue 14).
@Suite struct HostileTextTests {
    static let unsafe: [Character] = ["\u{1B}", "\u{07}", "\u{9B}", "\u{202E}", "\u{2066}"]

    static func clean(_ s: String) -> Bool { !s.contains { unsafe.contains($0) } }

    /// A folder with an empty file whose name renames the terminal's window, and a release whose headline,
    /// organisation and body carry ESC, OSC 0, OSC 52, BEL, a C1 control and U+202E.
    static func hostileFolder() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        TestFolders.removeAtExit(dir.path)
        try Data().write(to: dir.appendingPathComponent("e\u{1B}]0;pwned\u{07}.txt"))
        let text = """
            Harbour Trust\u{1B}]52;c;aGk=\u{07}

            PRESS RELEASE

            Archive day\u{1B}[31m opens \u{202E}today\u{9B}2J with ferries

            The Harbour Trust opened its archive today.\u{1B}]0;title\u{07}

            Contact: Ines Varga\u{1B}[5m, ines@harbour.example, +45 33 12 34 56
            """
        try Data(text.utf8).write(to: dir.appendingPathComponent("release.txt"))
        return dir.path
    }

    @Test func everyTextOutputShowsPlaceholders() throws {
        let dir = try Self.hostileFolder()
        for args in [["list", dir], ["search", "archive", dir], ["contacts", dir], ["contacts", "--format", "csv", dir],
                     ["contacts", "--format", "vcard", dir], ["search", "archive \u{1B}[31m(", dir],
                     ["show", "no-such-id\u{1B}]0;x\u{07}", dir], ["list", dir + "/missing\u{1B}[2J"]] {
            let r = try CommandRunner.run(args + ["--no-cache"])
            #expect(Self.clean(r.stdout), "stdout of \(args.first!)")
            #expect(Self.clean(r.stderr), "stderr of \(args.first!): \(r.stderr.debugDescription)")
            // Every line of stderr is a message of its own (`pressroom: …`, or a bad query's indented lines):
            // no name or typed text breaks one into two.
            for line in r.stderr.split(separator: "\n") {
                #expect(line.hasPrefix("pressroom: ") || line.hasPrefix("  "), "a split line: \(line.debugDescription)")
            }
        }
        // The placeholders are visible: the empty file is reported by a name with ␛ in it.
        let listed = try CommandRunner.run(["list", dir, "--no-cache"])
        #expect(listed.stderr.contains("e␛]0;pwned␇.txt"))
    }

    /// The browser draws the placeholders, and the terminal receives none of the release's sequences: every
    /// byte the program writes to the pane (tmux `pipe-pane`) is read back.
    @Test(.enabled(if: TmuxSession.available, "tmux is not installed"))
    func theBrowserShowsMarkersAndTheTerminalGetsNoSequence() throws {
        let dir = try Self.hostileFolder()
        let raw = dir + "/tty.raw"
        let tmux = try TmuxSession([dir + "/release.txt"], columns: 100, rows: 30)
        try tmux.tmux("pipe-pane -o \(TmuxSession.quote("cat >> " + TmuxSession.quote(raw)))")
        tmux.waitFor("? help")
        try tmux.send("Enter")
        // Each sequence is one marker, whole (no `[31m` or `]0;title` left over).
        tmux.waitFor("The Harbour Trust opened its archive today.␛")
        #expect(tmux.screen.contains("Archive day␛ opens"))
        #expect(!tmux.screen.contains("[31m") && !tmux.screen.contains("]0;title") && !tmux.screen.contains("[5m"))
        try tmux.send("q")
        try tmux.send("q")
        tmux.waitFor("[exit 0]")
        let bytes = try String(decoding: Data(contentsOf: URL(fileURLWithPath: raw)), as: UTF8.self)
        #expect(!bytes.isEmpty)
        for sequence in ["\u{1B}]52;c;aGk=", "\u{1B}]0;title", "\u{1B}[31m opens", "\u{1B}[5m,", "\u{9B}2J", "\u{202E}"] {
            #expect(!bytes.contains(sequence), "the terminal received \(sequence.debugDescription)")
        }
    }
}

/// A failed write to standard output is one line on stderr and a non-zero exit, never a crash; a closed
/// pipe ends the program quietly, as SIGPIPE ends any tool.
@Suite struct FailedWriteTests {
    /// `sh -c SCRIPT` with `$P` the pressroom binary: its status and stderr.
    static func shell(_ script: String, _ interpreter: String = "/bin/sh") throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: interpreter)
        process.arguments = ["-c", script]
        var env = ProcessInfo.processInfo.environment
        env.merge(TestCache.environment) { $1 }
        env["P"] = TmuxSession.binary
        process.environment = env
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stderr, as: UTF8.self))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func aFullDiskIsReportedInOneLine() throws {
        for command in ["list", "export", "contacts --format csv", "search kimberley"] {
            let r = try Self.shell("\"$P\" \(command) --no-cache > /dev/full")
            #expect(r.status == 1, "\(command)")
            #expect(r.stderr == "pressroom: cannot write the output: No space left on device\n", "\(command): \(r.stderr)")
        }
    }

    @Test func aClosedOutputIsReportedBeforeAnyWork() throws {
        let r = try Self.shell("\"$P\" export --no-cache >&-")
        #expect(r.status == 1)
        #expect(r.stderr == "pressroom: cannot write the output: standard output is closed\n")
    }

    /// (Over the dev corpus, whose export is larger than a pipe holds, so that the write meets the closed pipe.)
    @Test(.enabled(if: FileManager.default.fileExists(atPath: FailedWriteTests.devReleases)))
    func aClosedPipeEndsQuietly() throws {
        let r = try Self.shell("\"$P\" export --format jsonl --no-cache '\(Self.devReleases)' | head -c 1 > /dev/null")
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty, "\(r.stderr)")
        // The exporter itself ended by SIGPIPE (128 + 13), as any tool at the head of a closed pipe.
        guard FileManager.default.fileExists(atPath: "/bin/bash") else { return }
        let alone = try Self.shell("set -o pipefail; \"$P\" export --format jsonl --no-cache '\(Self.devReleases)' | head -c 1 > /dev/null", "/bin/bash")
        #expect(alone.status == 141)
    }

    static let devReleases = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared/corpus/dev/releases").standardized.path
}
