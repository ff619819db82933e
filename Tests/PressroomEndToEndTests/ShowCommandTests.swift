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
        #expect(result.stderr.contains("no release with id 'zzzzzz'"))
    }
}
