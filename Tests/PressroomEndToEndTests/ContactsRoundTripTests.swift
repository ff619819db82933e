import Foundation
import Testing
import PressroomCore

/// The contacts' CSV and vCard exports read back by independent readers — Python's `csv` module and the
/// `vobject` package — give back every name, phone and e-mail exactly; and the directory of the dev corpus
/// lists every gold contact once. Run when python3 (and for vCard, vobject: `.ci/run` installs it) is there.
@Suite(.serialized) struct ContactsRoundTripTests {
    static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")
    static let releases = shared.appendingPathComponent("corpus/dev/releases").path
    static let gold = shared.appendingPathComponent("corpus/dev/gold").path

    static let corpusThere = FileManager.default.fileExists(atPath: releases)
    static let python = python3(["-c", "import csv, json"]) != nil
    static let vobject = python3(["-c", "import vobject"]) != nil

    /// Reads `path` back (`csv`: one row per contact; `csv-merged`: one per entry; `vcard`) and prints, as
    /// JSON, each record's name, phones and e-mails as the reader gives them.
    static let reader = #"""
    import csv, json, sys
    kind, path = sys.argv[1], sys.argv[2]
    out = []
    def split(field):
        return [v for v in field.split("; ")] if field else []
    if kind.startswith("csv"):
        with open(path, newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        for row in rows:
            out.append({"name": row["name"] or None, "phones": split(row["phones"]), "emails": split(row["emails"])})
    else:
        import vobject
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        assert "\n" not in text.replace("\r\n", ""), "bare LF"
        for card in vobject.readComponents(text):
            assert card.version.value == "4.0"
            phones = []
            for tel in card.contents.get("tel", []):
                value = tel.value
                if value.startswith("tel:"):
                    value = value[4:].split(";")[0]
                phones.append(value)
            org = "kind" in card.contents and card.kind.value == "org"
            out.append({"fn": card.fn.value, "org": org, "phones": phones,
                        "emails": [e.value for e in card.contents.get("email", [])]})
    json.dump(out, sys.stdout, ensure_ascii=False)
    """#

    /// `python3 args…`' standard output, nil when it cannot run or fails.
    static func python3(_ args: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + args
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }

    /// What the reader gives back for `text` written as `kind`.
    static func readBack(_ text: String, kind: String) throws -> [[String: Any]] {
        let dir = NSTemporaryDirectory() + "pressroom-roundtrip-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data(reader.utf8).write(to: URL(fileURLWithPath: dir + "/reader.py"))
        try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/export"))
        let json = try #require(python3([dir + "/reader.py", kind, dir + "/export"]), "the reader failed on \(kind)")
        return try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    }

    /// Name, phones and e-mails of each expected record against what was read back, in order.
    static func compare(_ expected: [(name: String?, phones: [String], emails: [String])], _ read: [[String: Any]],
                        vcard: Bool) {
        #expect(read.count == expected.count)
        for (e, r) in zip(expected, read) {
            if vcard {
                // FN is the name; a card without one stands for an organisation (KIND:org).
                if let name = e.name { #expect(r["fn"] as? String == name) } else { #expect(r["org"] as? Bool == true) }
            } else {
                #expect(r["name"] as? String == e.name)
            }
            #expect(r["phones"] as? [String] == e.phones, "\(e.name ?? "-")")
            #expect(r["emails"] as? [String] == e.emails, "\(e.name ?? "-")")
        }
    }

    static func rows() throws -> [(name: String?, phones: [String], emails: [String])] {
        let run = try CommandRun.pressroom(["contacts", "--format", "json", releases])
        let records = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        return records.map { ($0["name"] as? String, $0["phones"] as? [String] ?? [], $0["emails"] as? [String] ?? []) }
    }

    static func entries() throws -> [[String: Any]] {
        let run = try CommandRun.pressroom(["contacts", "--merged", "--format", "json", releases])
        #expect(run.status == 0, "\(run.stderr)")
        return try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
    }

    static func entryRecords(_ entries: [[String: Any]]) -> [(name: String?, phones: [String], emails: [String])] {
        entries.map { e in
            (e["name"] as? String, (e["phones"] as? [[String: Any]] ?? []).compactMap { $0["number"] as? String },
             (e["emails"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String })
        }
    }

    @Test(.enabled(if: corpusThere && python)) func csvOfTheDevCorpusReadsBack() throws {
        let expected = try Self.rows()
        #expect(expected.count > 50)
        let csv = try CommandRun.pressroom(["contacts", "--format", "csv", Self.releases]).stdout
        Self.compare(expected, try Self.readBack(csv, kind: "csv"), vcard: false)
        let entries = try Self.entries()
        let merged = try CommandRun.pressroom(["contacts", "--merged", "--format", "csv", Self.releases]).stdout
        Self.compare(Self.entryRecords(entries), try Self.readBack(merged, kind: "csv-merged"), vcard: false)
    }

    @Test(.enabled(if: corpusThere && python && vobject)) func vcardOfTheDevCorpusReadsBack() throws {
        let expected = try Self.rows()
        let vcf = try CommandRun.pressroom(["contacts", "--format", "vcard", Self.releases]).stdout
        Self.compare(expected, try Self.readBack(vcf, kind: "vcard"), vcard: true)
        let entries = try Self.entries()
        let merged = try CommandRun.pressroom(["contacts", "--merged", "--format", "vcard", Self.releases]).stdout
        Self.compare(Self.entryRecords(entries), try Self.readBack(merged, kind: "vcard"), vcard: true)
    }

    /// Names the corpus does not have: diacritics, commas, semicolons, quotes, backslashes, long enough to fold.
    static let crafted: [ContactRow] = [
        ("Ñúñez-Østergård, María José", ["+34915550123"], ["mj.nunez@example.es"]),
        ("Nguyễn Thị Lan; Trần Văn Minh", ["+842835550112", "02835550113"], ["lan@mekong.example.vn"]),
        ("O'Brien \"Press\" \\ Desk, Communications; Public Affairs and Government Relations Department",
         ["+35315550100"], ["press@obrien.example.ie", "desk@obrien.example.ie"]),
        ("Zoë Ångström-Ødegård", [], []),
    ].map { name, phones, emails in
        ContactRow(contact: Contact(name: name, phones: phones, emails: emails), date: "2024-01-01",
                   releaseOrganization: "Org, Inc.; Ltd.", title: "A \"title\", with; everything\nand a line break",
                   source: "dir/a,b.txt")
    }

    @Test(.enabled(if: python)) func craftedNamesReadBackFromCSV() throws {
        let expected = Self.crafted.map { ($0.contact.name, $0.contact.phones, $0.contact.emails) }
        Self.compare(expected, try Self.readBack(ContactCSV.document(Self.crafted), kind: "csv"), vcard: false)
    }

    @Test(.enabled(if: python && vobject)) func craftedNamesReadBackFromVCard() throws {
        let expected = Self.crafted.map { ($0.contact.name, $0.contact.phones, $0.contact.emails) }
        Self.compare(expected, try Self.readBack(ContactVCard.document(Self.crafted), kind: "vcard"), vcard: true)
    }

    /// `pressroom contacts --merged --format json` of the dev corpus lists every gold contact once: exactly
    /// one entry holds its phones and e-mails (and its name among the spellings, where the parser found a
    /// name), and no other entry holds any of them.
    @Test(.enabled(if: corpusThere)) func theDirectoryListsEveryGoldContactOnce() throws {
        let entries = try Self.entries()
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.gold).filter { $0.hasSuffix(".json") }
        var checked = 0, named = 0
        for file in files.sorted() {
            let data = try Data(contentsOf: URL(fileURLWithPath: Self.gold + "/" + file))
            let record = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
            for contact in record["contacts"] as? [[String: Any]] ?? [] {
                let name = contact["name"] as? String
                let ids = Set((contact["phones"] as? [String] ?? []) + (contact["emails"] as? [String] ?? []))
                let holding = entries.indices.filter { k in
                    let e = entries[k]
                    let numbers = (e["phones"] as? [[String: Any]] ?? []).compactMap { $0["number"] as? String }
                    let addresses = (e["emails"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String }
                    let names = (e["names"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String }
                    if ids.isEmpty { return name.map(names.contains) ?? false }
                    return !ids.isDisjoint(with: numbers + addresses)
                }
                #expect(holding.count == 1, "\(file): \(name ?? "-") in \(holding.count) entries")
                guard let k = holding.first else { continue }
                let e = entries[k]
                let numbers = Set((e["phones"] as? [[String: Any]] ?? []).compactMap { $0["number"] as? String })
                let addresses = Set((e["emails"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String })
                let names = (e["names"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String }
                #expect(ids.isSubset(of: numbers.union(addresses)), "\(file): \(name ?? "-")")
                if let name, !names.isEmpty {
                    #expect(names.contains(name), "\(file): \(name) not among \(names)")
                    named += 1
                }
                checked += 1
            }
        }
        #expect(checked > 90)
        #expect(named > 80)
    }
}
