import Foundation
import Testing

/// `pressroom list`, and `pressroom` with stdout not a terminal.
@Suite struct ListCommandTests {
    @Test func listsOneLinePerReleaseWithDateOrganisationHeadlineSource() throws {
        let result = try CommandRunner.run(["list", TmuxSession.bundledReleases])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let fields = lines[0].split(separator: "\t", omittingEmptySubsequences: false)
        #expect(fields.count == 4)
        #expect(fields.last == "kpcsc-2021-06-28.txt")
    }

    @Test func countPrintsTheNumberAlone() throws {
        let result = try CommandRunner.run(["list", "--count", TmuxSession.bundledReleases])
        #expect(result.stdout == "1\n")
    }

    @Test func jsonIsAnArrayOfObjects() throws {
        let result = try CommandRunner.run(["list", "--format", "json"])
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 1)
        #expect(parsed?.first?["source"] as? String == "kpcsc-2021-06-28.txt")
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
