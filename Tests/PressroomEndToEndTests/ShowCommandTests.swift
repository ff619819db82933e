import Foundation
import Testing

/// `pressroom show ID|PATH [--width N]`: one release as the detail pane lays it out.
@Suite struct ShowCommandTests {
    static var seedPath: String { TmuxSession.bundledReleases + "/kpcsc-2021-06-28.txt" }

    @Test func showsAFileWrappedToTheWidth() throws {
        let result = try CommandRunner.run(["show", Self.seedPath, "--width", "50"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("A week-long Kimberley Process"))
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 50 })
        #expect(result.stdout.contains("mailto:shamiso@zela.org"))
    }

    /// A list item is shown with its marker (`-` bullets as `•`, numbers as printed) and its wrapped lines hang
    /// under its text, not under the marker; the items of one list follow each other without a blank line.
    @Test func listItemsKeepTheirMarkersWithAHangingIndent() throws {
        let path = TmuxSession.bundledReleases + "/saltpan-cycling-2025-02-27.md"
        let result = try CommandRunner.run(["show", path, "--width", "60"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let bullet = try #require(lines.firstIndex { $0.hasPrefix(" • 31 bike repair stations") })
        #expect(lines[bullet + 1] == "   bottles;")
        #expect(lines[bullet + 2].hasPrefix(" • secure parking"))
        let note = try #require(lines.firstIndex { $0.hasPrefix(" 1. The Saltpan Cycling Union") })
        #expect(lines[note + 1].hasPrefix("    ") && !lines[note + 1].hasPrefix("     "))
        #expect(lines.contains { $0.hasPrefix(" 2. Route photographs") })
        #expect(lines.allSatisfy { $0.count <= 60 })
        // The exported paragraphs are the items' text alone.
        let export = try CommandRunner.run(["export", "--no-cache", "--format", "json", path])
        #expect(export.stdout.contains("\"31 bike repair stations"))
        #expect(!export.stdout.contains("•"))
    }

    @Test func widthComesFromColumnsElse80() throws {
        let narrow = try CommandRunner.run(["show", Self.seedPath], environment: ["COLUMNS": "40"])
        #expect(narrow.stdout.split(separator: "\n").allSatisfy { $0.count <= 40 })
        let wide = try CommandRunner.run(["show", Self.seedPath], environment: ["COLUMNS": ""])
        let widest = wide.stdout.split(separator: "\n").map(\.count).max() ?? 0
        #expect(widest <= 80 && widest > 60)
    }

    @Test func showsAReleaseByIdOrUniquePrefix() throws {
        let list = try CommandRunner.run(["list", "--format", "json"])
        let parsed = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]
        let seed = parsed?.first { $0["source"] as? String == "kpcsc-2021-06-28.txt" }
        let id = try #require(seed?["id"] as? String)
        let byID = try CommandRunner.run(["show", id])
        let byPrefix = try CommandRunner.run(["show", String(id.prefix(6))])
        let byPath = try CommandRunner.run(["show", Self.seedPath])
        #expect(byID.status == 0)
        #expect(byID.stdout == byPrefix.stdout)
        #expect(byID.stdout.contains("A week-long Kimberley"))
        #expect(byPath.stdout.contains("A week-long Kimberley"))
    }

    @Test func anUnknownIdFails() throws {
        let result = try CommandRunner.run(["show", "zzzzzz"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no release 'zzzzzz': give an id, a file name or a source path"))
    }

    /// A path that is not there is a missing path, as for every command (exit 2); a file that is there but
    /// cannot be used says why, once.
    @Test func aMissingFileExitsTwoAndAnUnusableOneSaysWhyOnce() throws {
        let missing = try CommandRunner.run(["show", "/nonexistent/pressroom/x.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "pressroom: /nonexistent/pressroom/x.txt: no such file or directory\n")
        let named = try CommandRunner.run(["show", "no-such-release.md"])
        #expect(named.status == 2)
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("pressroom-empty-\(UUID().uuidString).txt")
        try Data().write(to: empty)
        defer { try? FileManager.default.removeItem(at: empty) }
        let result = try CommandRunner.run(["show", empty.path])
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("the file is empty"))
    }

    /// A message of an mbox, by its id, by its source under a folder and by its path (`mail/inbox.mbox#2`), through
    /// the index and without; `explain` takes the same path, and refuses the mbox itself with the name to give.
    @Test func showsAMessageOfAnMboxByIdSourceAndPath() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pressroom-show-mbox-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        func message(_ subject: String, _ body: String) -> String {
            "From x@example Mon Feb  3 09:00:00 2025\nFrom: Desk <d@example.org>\nSubject: \(subject)\n"
                + "Date: Mon, 3 Feb 2025 09:00:00 +0000\n\n\(body)\n\n"
        }
        let mbox = message("Re: lunch", "Fine by me.")
            + message("Pier", "PRESS RELEASE\n\nLoweth Pier reopens after its winter repairs\n\nLOWETH, 3 February 2025 - The pier reopens today.\n\nENDS")
        let path = dir.appendingPathComponent("inbox.mbox").path
        try mbox.write(toFile: path, atomically: true, encoding: .utf8)
        let list = try CommandRunner.run(["list", "--format", "json", dir.path])
        let records = try #require(JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(records.map { $0["source"] as? String } == ["inbox.mbox#2"])
        let id = try #require(records.first?["id"] as? String)
        for (name, paths) in [(id, [dir.path]), ("inbox.mbox#2", [dir.path]), (path + "#2", []), (id, [path])] {
            for cache in [["--no-cache"], []] {
                let shown = try CommandRunner.run(["show", name] + paths + cache)
                #expect(shown.status == 0, "\(name) \(cache): \(shown.stderr)")
                #expect(shown.stdout.contains("Loweth Pier reopens after its winter repairs"), "\(name) \(cache)")
                // The whole record, not the list fields the index keeps (the message read from its mbox).
                #expect(shown.stdout.contains("The pier reopens today."), "\(name) \(cache)")
            }
        }
        let explained = try CommandRunner.run(["explain", path + "#2"])
        #expect(explained.status == 0 && explained.stdout.contains("Loweth Pier reopens"))
        let beyond = try CommandRunner.run(["explain", path + "#3"])
        #expect(beyond.status == 1 && beyond.stderr.contains("holds no such message"))
        let whole = try CommandRunner.run(["explain", path])
        #expect(whole.status == 2 && whole.stderr.contains("an mbox of 2 messages") && whole.stderr.contains(path + "#2"))
    }

    /// A file name or a source path as `list` shows it names a release too (from another folder as well).
    @Test func showsAReleaseByFileNameOrSourcePath() throws {
        let expected = try CommandRunner.run(["show", Self.seedPath]).stdout
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pressroom-show-\(UUID().uuidString)")
        let sub = dir.appendingPathComponent("2021/06")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(atPath: Self.seedPath, toPath: sub.appendingPathComponent("kpcsc-2021-06-28.txt").path)
        let other = dir.appendingPathComponent("2022")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try "Other release\n\nA body.\n".write(to: other.appendingPathComponent("note.txt"), atomically: true, encoding: .utf8)
        try "Copy\n\nAnother.\n".write(to: sub.appendingPathComponent("note.txt"), atomically: true, encoding: .utf8)
        func withoutSource(_ text: String) -> String {
            String(text[..<(text.range(of: " Source: ")?.lowerBound ?? text.endIndex)])
        }
        for name in ["kpcsc-2021-06-28.txt", "2021/06/kpcsc-2021-06-28.txt", "06/kpcsc-2021-06-28.txt",
                     "/elsewhere/2021/06/kpcsc-2021-06-28.txt"] {
            let result = try CommandRunner.run(["show", name, dir.path])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(withoutSource(result.stdout) == withoutSource(expected), "\(name)")
        }
        // Two files of one name: the source path tells them apart; the name alone says which there are.
        #expect(try CommandRunner.run(["show", "2021/06/note.txt", dir.path]).stdout.contains("Another."))
        #expect(try CommandRunner.run(["show", "2022/note.txt", dir.path]).stdout.contains("A body."))
        let ambiguous = try CommandRunner.run(["show", "note.txt", dir.path])
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("'note.txt' names 2 releases"), "\(ambiguous.stderr)")
    }

    @Test func aBadWidthSaysWhatIsWrongWithIt() throws {
        let result = try CommandRunner.run(["show", Self.seedPath, "--width", "5"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--width must be at least 10 (it was 5)"))
        #expect(try CommandRunner.run(["show", Self.seedPath, "--width", "-3"]).stderr.contains("(it was -3)"))
    }
}
