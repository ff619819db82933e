import Foundation
import Testing

/// `pressroom contacts` (`--merged`, `--query`, the formats) and `pressroom export --format csv` through the binary.
@Suite(.serialized) struct ContactsCommandTests {
    static let releases: [String: [UInt8]] = [
        "a.md": Array("""
        # Gold exports rise

        **PRESS RELEASE**

        Harare, 28 June 2021 — Exports rose.

        ## About ZELA

        The Zimbabwe Environmental Law Association (ZELA) is a public interest law group.

        ## Contacts

        Shamiso Mtisi, Coordinator
        Mobile: +263 78 808 7050
        shamiso@zela.org

        """.utf8),
        "b.md": Array("""
        # Diamond audit published

        **PRESS RELEASE**

        Harare, 3 March 2022 — The audit was published.

        ## About ZELA

        The Zimbabwe Environmental Law Association (ZELA) is a public interest law group.

        ## Contacts

        S. Mtisi, Programme Officer
        Tel: 078 808 7050
        shamiso@zela.org

        Amelia Hart, Head of Media
        amelia.hart@example.org

        """.utf8),
    ]

    @Test func mergedGivesOneEntryPerPersonWithItsReleases() throws {
        let dir = try ExportFolder(Self.releases)
        let run = try CommandRun.pressroom(["contacts", "--merged", "--format", "json", dir.path])
        #expect(run.status == 0, "\(run.stderr)")
        let entries = try run.records()
        let names = entries.map { ($0["names"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String } }
        #expect(names.count == 2, "\(names)")
        let mtisi = try #require(entries.first { ($0["emails"] as? [[String: Any]])?.first?["value"] as? String == "shamiso@zela.org" })
        let sources = (mtisi["releases"] as? [[String: Any]] ?? []).compactMap { $0["source"] as? String }
        #expect(sources == ["b.md", "a.md"])
        #expect((mtisi["releases"] as? [[String: Any]] ?? []).allSatisfy { ($0["id"] as? String)?.isEmpty == false })
    }

    @Test func queryFiltersRowsAndEntries() throws {
        let dir = try ExportFolder(Self.releases)
        let rows = try CommandRun.pressroom(["contacts", "--query", "contact:hart", "--format", "json", dir.path])
        #expect(rows.status == 0)
        #expect(try rows.records().compactMap { $0["name"] as? String } == ["Amelia Hart"])
        let byPhone = try CommandRun.pressroom(["contacts", "--merged", "--query", "contact:\"+263 78 808 7050\"",
                                                "--format", "csv", dir.path])
        #expect(byPhone.status == 0)
        let lines = byPhone.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("name,names,roles,") == true)
        #expect(lines.last?.contains("shamiso@zela.org") == true)
    }

    @Test func aMalformedQueryExitsTwoWithTheMessage() throws {
        let dir = try ExportFolder(Self.releases)
        let run = try CommandRun.pressroom(["contacts", "--query", "contact:(hart", dir.path])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("bad query"))
    }

    @Test func csvFillsTheOrganisationAsTextDoes() throws {
        let dir = try ExportFolder(Self.releases)
        let text = try CommandRun.pressroom(["contacts", dir.path]).stdout
        let csv = try CommandRun.pressroom(["contacts", "--format", "csv", dir.path]).stdout
        let header = csv.components(separatedBy: "\r\n")[0].split(separator: ",").map(String.init)
        #expect(Array(header.prefix(8)) == ["date", "name", "role", "organization", "phones", "emails", "title", "source"])
        // The contacts print no organisation: text and CSV both give the release's.
        #expect(text.components(separatedBy: "Zimbabwe Environmental Law Associat").count == 4)
        let rows = csv.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        #expect(rows.count == 3)
        for row in rows {
            #expect(row.split(separator: ",", omittingEmptySubsequences: false)[3] == "Zimbabwe Environmental Law Association")
        }
    }

    @Test func exportCSVOneRowPerRelease() throws {
        let dir = try ExportFolder(Self.releases)
        let run = try CommandRun.pressroom(["export", "--format", "csv", dir.path])
        #expect(run.status == 0)
        let lines = run.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "id,source,date,organization,kind,title,location,release,contacts")
        #expect(lines.count == 3)
        #expect(lines.last?.contains("Amelia Hart <amelia.hart@example.org>") == true)
        #expect(lines.last?.contains("; ") == true)
    }

    @Test func vcardCardsEndInCRLF() throws {
        let dir = try ExportFolder(Self.releases)
        let run = try CommandRun.pressroom(["contacts", "--merged", "--format", "vcard", dir.path])
        #expect(run.status == 0)
        #expect(run.stdout.components(separatedBy: "BEGIN:VCARD\r\nVERSION:4.0\r\n").count == 3)
        #expect(!run.stdout.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(run.stdout.contains("TEL;TYPE=cell;VALUE=uri:tel:+263788087050\r\n"))
    }
}
