import Testing
@testable import PressroomCore

@Suite struct ContactVCardTests {
    @Test func personCard() {
        let row = ContactRow(
            contact: Contact(name: "Dr. Meera Iyer", role: "Senior Fellow; Soils", phones: ["+918055550101"],
                             emails: ["meera.i@kaveri-soils.example.org"], urls: ["http://www.kaveri-soils.example.org"]),
            date: "2023-11-14", releaseOrganization: "Kaveri Soils Institute", title: "Soil, carbon", source: "k.txt")
        #expect(ContactVCard.card(row) == """
        BEGIN:VCARD\r
        VERSION:4.0\r
        FN:Dr. Meera Iyer\r
        N:Iyer;Meera;;Dr.;\r
        ORG:Kaveri Soils Institute\r
        TITLE:Senior Fellow\\; Soils\r
        TEL;VALUE=uri;TYPE=voice:tel:+918055550101\r
        EMAIL:meera.i@kaveri-soils.example.org\r
        URL:http://www.kaveri-soils.example.org\r
        NOTE:From “Soil\\, carbon” (2023-11-14)\\, k.txt\r
        END:VCARD\r

        """)
    }

    @Test func deskAndAddressOnlyCardsStandForTheOrganisation() {
        let desk = ContactRow(contact: Contact(name: "Press Office", phones: ["+441615550100"]), date: nil,
                              releaseOrganization: "Northmoor University", title: "T", source: "n.txt")
        #expect(ContactVCard.card(desk).contains("FN:Press Office\r\nKIND:org\r\nORG:Northmoor University\r\n"))
        let bare = ContactRow(contact: Contact(emails: ["media@lakeshore.example"]), date: nil, releaseOrganization: nil,
                              title: "T", source: "l.txt")
        #expect(ContactVCard.card(bare).contains("FN:media@lakeshore.example\r\nKIND:org\r\n"))
    }

    @Test func longLinesFoldAt75OctetsWithoutSplittingCharacters() {
        let line = "NOTE:" + String(repeating: "é", count: 60)
        let folded = ContactVCard.folded(line)
        let pieces = folded.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(pieces.count == 2)
        #expect(pieces.allSatisfy { $0.utf8.count <= 75 })
        #expect(pieces[1].hasPrefix(" "))
        #expect(pieces[0] + pieces[1].dropFirst() == line)
    }

    @Test func escaping() {
        #expect(ContactVCard.escaped("a\\b,c;d\ne") == "a\\\\b\\,c\\;d\\ne")
    }
}
