import Testing
@testable import PressroomCore

@Suite struct ContactVCardTests {
    @Test func personCard() {
        var contact = Contact(name: "Dr. Meera Iyer", role: "Senior Fellow; Soils", phones: ["+918055550101", "02079460000"],
                              emails: ["meera.i@kaveri-soils.example.org"], urls: ["http://www.kaveri-soils.example.org"])
        contact.phoneDetails = [PhoneDetail(printed: "+91 80 5555 0101 ext. 12", e164: "+918055550101", label: "Mobile"),
                                PhoneDetail(printed: "020 7946 0000", label: "Fax")]
        let row = ContactRow(contact: contact, date: "2023-11-14", releaseOrganization: "Kaveri Soils Institute",
                             title: "Soil, carbon", source: "k.txt")
        #expect(ContactVCard.card(row) == """
        BEGIN:VCARD\r
        VERSION:4.0\r
        FN:Dr. Meera Iyer\r
        N:;;;;\r
        ORG:Kaveri Soils Institute\r
        TITLE:Senior Fellow\\; Soils\r
        TEL;TYPE=cell;VALUE=uri:tel:+918055550101;ext=12\r
        TEL;TYPE=fax;VALUE=text:02079460000\r
        EMAIL:meera.i@kaveri-soils.example.org\r
        URL:http://www.kaveri-soils.example.org\r
        NOTE:From “Soil\\, carbon” (2023-11-14)\\, k.txt\r
        END:VCARD\r

        """)
    }

    @Test func theFamilyNameOnlyWhereTheNameSaysWhichItIs() {
        // Unknown order: the whole name in FN, N's parts empty (never a reversed name).
        #expect(ContactVCard.structuredName("Meera Iyer") == ";;;;")
        #expect(ContactVCard.structuredName("Nguyễn Thị Lan") == ";;;;")
        // A comma puts the family name first; capitals mark it.
        #expect(ContactVCard.structuredName("Mtisi, Shamiso") == "Mtisi;Shamiso;;;")
        #expect(ContactVCard.structuredName("Dupont, Dr. Marie-Claire") == "Dupont;Marie-Claire;;Dr.;")
        #expect(ContactVCard.structuredName("NGUYỄN Thị Lan") == "NGUYỄN;Thị Lan;;;")
        #expect(ContactVCard.structuredName("Mme Claire DUPONT") == "DUPONT;Claire;;Mme;")
        #expect(ContactVCard.structuredName("Smith, Jr.") == ";;;;")
        #expect(ContactVCard.structuredName("WHO Press") == ";;;;" || ContactVCard.structuredName("WHO Press") == "WHO;Press;;;")
    }

    @Test func deskAndAddressOnlyCardsStandForTheOrganisation() {
        let desk = ContactRow(contact: Contact(name: "Press Office", phones: ["+441615550100"]), date: nil,
                              releaseOrganization: "Northmoor University", title: "T", source: "n.txt")
        #expect(ContactVCard.card(desk).contains("FN:Press Office\r\nN:;;;;\r\nKIND:org\r\nORG:Northmoor University\r\n"))
        #expect(ContactVCard.card(desk).contains("TEL;TYPE=voice;VALUE=uri:tel:+441615550100\r\n"))
        let bare = ContactRow(contact: Contact(emails: ["media@lakeshore.example"]), date: nil, releaseOrganization: nil,
                              title: "T", source: "l.txt")
        #expect(ContactVCard.card(bare).contains("FN:media@lakeshore.example\r\nN:;;;;\r\nKIND:org\r\n"))
    }

    @Test func longLinesFoldAt75OctetsWithoutSplittingCharacters() {
        let line = "NOTE:" + String(repeating: "é", count: 60) + String(repeating: "😀", count: 30)
        let folded = ContactVCard.folded(line)
        #expect(folded.hasSuffix("\r\n"))
        let pieces = folded.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(pieces.count == 4)
        #expect(pieces.allSatisfy { $0.utf8.count <= 75 })
        #expect(pieces.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(pieces[0] + pieces.dropFirst().map { String($0.dropFirst()) }.joined() == line)
        // Every piece is valid UTF-8 on its own: no sequence was split.
        #expect(pieces.allSatisfy { String(validatingUTF8: $0) != nil })
    }

    @Test func escapingAndVisibleText() {
        #expect(ContactVCard.escaped("a\\b,c;d\ne\r\nf") == "a\\\\b\\,c\\;d\\ne\\nf")
        #expect(ContactVCard.escaped("x\u{1B}]52;c;AAAA\u{7}y\u{202D}") == "x␛]52\\;c\\;AAAA␇y\u{FFFD}")
    }

    @Test func aNameWithDiacriticsCommasAndSemicolonsFolds() {
        let name = "Ñúñez-Østergård, María José; Comunicación y Relaciones con los Medios de Comunicación"
        let card = ContactVCard.card(ContactRow(contact: Contact(name: name), date: nil, releaseOrganization: nil,
                                                title: "T", source: "a.txt"))
        let lines = card.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        let unfolded = card.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("FN:Ñúñez-Østergård\\, María José\\; Comunicación y Relaciones con los Medios de Comunicación\r\n"))
    }

    @Test func directoryEntryCardListsItsReleases() {
        let c = Contact(name: "Shamiso Mtisi", emails: ["shamiso@zela.org"])
        let d = ContactDirectory([
            Release(id: "a1", source: "a.txt", format: .text, title: "A", date: "2021-06-28", organization: "ZELA", contacts: [c]),
            Release(id: "b2", source: "b.txt", format: .text, title: "B", date: "2022-01-02", organization: "ZELA",
                    contacts: [Contact(name: "S. Mtisi", emails: ["shamiso@zela.org"])]),
        ])
        let card = ContactVCard.card(d.entries[0]).replacingOccurrences(of: "\r\n ", with: "")
        #expect(card.contains("FN:Shamiso Mtisi\r\n"))
        #expect(card.contains("NOTE:Also printed as: S. Mtisi\\n2022-01-02 “B” (b.txt\\, id b2)\\n2021-06-28 “A” (a.txt\\, id a1)\r\n"))
    }
}
