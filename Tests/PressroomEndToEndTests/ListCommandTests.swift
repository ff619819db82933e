import Foundation
import Testing

/// `pressroom list`, and `pressroom` with stdout not a terminal.
@Suite struct ListCommandTests {
    @Test func listsOneLinePerReleaseWithDateOrganisationHeadlineSource() throws {
        let result = try CommandRunner.run(["list", TmuxSession.bundledReleases])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == TmuxSession.bundledCount)
        let seed = try #require(lines.first { $0.hasSuffix("\tkpcsc-2021-06-28.txt") })
        let fields = seed.split(separator: "\t", omittingEmptySubsequences: false)
        #expect(fields.count == 4)
        #expect(fields[0] == "2021-06-28")
        #expect(fields[1] == "Kimberley Process Civil Society Coalition")
        #expect(fields[2] == "Attempt to silence civil society observers at Kimberley Process Intersessional meeting")
    }

    /// A release without a date or an organisation: `list` and `search` print the same line, `-` in each empty field.
    @Test func listAndSearchMarkAMissingFieldAlike() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pressroom-missing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "Allotment waiting list closes for the winter\n\nThe waiting list for allotments will close on Friday and open again in March.\n"
            .write(to: dir.appendingPathComponent("allotments.txt"), atomically: true, encoding: .utf8)
        let list = try CommandRunner.run(["list", "--no-cache", dir.path])
        let search = try CommandRunner.run(["search", "--no-cache", "allotments", dir.path])
        #expect(list.stdout == "-\t-\tAllotment waiting list closes for the winter\tallotments.txt\n")
        #expect(search.stdout == list.stdout)
    }

    /// `search --sort date` prints `list`'s lines for its matches, in `list`'s order (one line formatter, one
    /// "newest first"): on the bundled releases, a word most of them have.
    @Test func searchPrintsListsLinesInListsOrder() throws {
        let list = try CommandRunner.run(["list", "--no-cache"]).stdout.split(separator: "\n")
        let search = try CommandRunner.run(["search", "--no-cache", "the"]).stdout.split(separator: "\n")
        #expect(search.count > 3)
        #expect(list.filter { search.contains($0) } == search)
    }

    @Test func countPrintsTheNumberAlone() throws {
        let result = try CommandRunner.run(["list", "--count", TmuxSession.bundledReleases])
        #expect(result.stdout == "\(TmuxSession.bundledCount)\n")
    }

    @Test func jsonIsAnArrayOfObjects() throws {
        let result = try CommandRunner.run(["list", "--format", "json"])
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        #expect(parsed?.count == TmuxSession.bundledCount)
        #expect(parsed?.contains { $0["source"] as? String == "kpcsc-2021-06-28.txt" } == true)
        #expect(parsed?.first?.keys.sorted() == ["date", "id", "organization", "source", "title"])
    }

    @Test func thePipedBrowserPrintsTheList() throws {
        let browse = try CommandRunner.run([])
        let list = try CommandRunner.run(["list"])
        #expect(browse.status == 0)
        #expect(browse.stdout == list.stdout)
        #expect(!browse.stdout.contains("\u{1B}"))
    }

    @Test func aMissingPathSaysSoAndExits2() throws {
        let result = try CommandRunner.run(["list", "/no/such/folder"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/no/such/folder: no such file or directory"))
    }
}
