import Testing
@testable import PressroomCore

@Suite struct ContactTableTests {
    static let rows = [
        ContactRow(contact: Contact(name: "Nguyễn Thị Lan", role: "Communications Manager", phones: ["+842835550112"],
                                    emails: ["lan@mekong.example.vn"]),
                   date: "2024-11-14", releaseOrganization: "Mekong Solar JSC", title: "Floating solar", source: "m.txt"),
        ContactRow(contact: Contact(emails: ["media@lakeshore.example"]), date: nil,
                   releaseOrganization: "Lakeshore Rowing", title: "Statement", source: "l.txt"),
    ]

    @Test func columnsLineUp() {
        let lines = ContactTable.text(Self.rows).split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("DATE        NAME            ROLE"))
        #expect(lines[1].hasPrefix("2024-11-14  Nguyễn Thị Lan  Communications Manager  Mekong Solar JSC"))
        #expect(lines[2].hasPrefix("-           -               -                       Lakeshore Rowing  -              media@"))
        // Every row's EMAILS column starts at the same place.
        let column = lines[0].range(of: "EMAILS")!.lowerBound.utf16Offset(in: lines[0])
        #expect(lines[1].dropFirst(column - 2).hasPrefix("  lan@"))
    }

    @Test func noContacts() {
        #expect(ContactTable.text([]) == "No contacts.\n")
    }

    @Test func jsonRows() {
        #expect(ContactTable.json([Self.rows[1]]) == #"[{"name":null,"role":null,"organization":null,"phones":[],"emails":["media@lakeshore.example"],"urls":[],"phone_details":[],"id":null,"date":null,"releaseOrganization":"Lakeshore Rowing","title":"Statement","source":"l.txt"}]"#)
    }

    @Test func longTextIsShortenedButAddressesNever() {
        #expect(ContactTable.shorten("Head of Communications and Public Affairs", 20) == "Head of Communicati…")
        #expect(ContactTable.displayWidth("한국") == 4)
    }
}
