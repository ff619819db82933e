import Testing
@testable import PressroomCore

@Suite struct ContactCSVTests {
    static let row = ContactRow(
        contact: Contact(name: "Daniel Hart", role: "Account Director, Europe", organization: "Brightline \"BL\" PR",
                         phones: ["+493055550217", "07700900412"], emails: ["dhart@brightline.example"]),
        date: "2024-01-09", releaseOrganization: "Saebyeok Drives Co., Ltd.", title: "Line one\nline two",
        source: "saebyeok.txt", releaseID: "r1")

    @Test func headerThenOneQuotedRowPerContactWithCRLF() {
        let csv = ContactCSV.document([Self.row])
        #expect(csv == "date,name,role,organization,phones,emails,title,source,urls,id,release_organization\r\n"
                + "2024-01-09,Daniel Hart,\"Account Director, Europe\",\"Brightline \"\"BL\"\" PR\",+493055550217; 07700900412,"
                + "dhart@brightline.example,\"Line one\nline two\",saebyeok.txt,,r1,\"Saebyeok Drives Co., Ltd.\"\r\n")
    }

    @Test func emptyValuesAreEmptyFieldsAndTheOrganisationComesFromTheReleaseAsInText() {
        let row = ContactRow(contact: Contact(emails: ["media@lakeshore.example"]), date: nil, releaseOrganization: "Lakeshore Rowing",
                             title: "T", source: "a.txt")
        #expect(ContactCSV.fields(row) == ["", "", "", "Lakeshore Rowing", "", "media@lakeshore.example", "T", "a.txt", "", "",
                                           "Lakeshore Rowing"])
        #expect(ContactTable.text([row]).contains("Lakeshore Rowing"))
    }

    @Test func namesWithDiacriticsCommasSemicolonsAndQuotes() {
        let row = ContactRow(contact: Contact(name: "Nguyễn, Thị; \"Lan\"", phones: ["+842835550112"]), date: nil,
                             releaseOrganization: nil, title: "T", source: "a.txt")
        let line = ContactCSV.document([row]).components(separatedBy: "\r\n")[1]
        #expect(line.hasPrefix(",\"Nguyễn, Thị; \"\"Lan\"\"\",,,+842835550112,"))
    }

    @Test func controlAndBidiCharactersBecomePlaceholdersLineBreaksStay() {
        let row = ContactRow(contact: Contact(name: "Evil\u{1B}[31m Name\u{7}", role: "A\u{202E}B"), date: nil,
                             releaseOrganization: nil, title: "Two\r\nlines\u{2066}", source: "a.txt")
        let csv = ContactCSV.document([row])
        #expect(csv.contains("Evil␛[31m Name␇"))
        #expect(csv.contains("A\u{FFFD}B"))
        #expect(csv.contains("\"Two\r\nlines\u{FFFD}\""))
        #expect(!csv.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E || $0.value == 0x2066 })
    }

    @Test func mergedEntriesOneRowEach() {
        var c = Contact(name: "Shamiso Mtisi", role: "Coordinator", phones: ["+263788087050"], emails: ["shamiso@zela.org"])
        c.phoneDetails = [PhoneDetail(printed: "+263 78 808 7050", e164: "+263788087050", label: "Mobile")]
        let d = ContactDirectory([
            Release(id: "a1", source: "a.txt", format: .text, title: "A", date: "2021-06-28", organization: "ZELA", contacts: [c]),
            Release(id: "b2", source: "b.txt", format: .text, title: "B", date: "2022-01-02", organization: "ZELA", contacts: [c]),
        ])
        #expect(ContactCSV.document(d.entries) == ContactCSV.mergedHeader.joined(separator: ",") + "\r\n"
                + "Shamiso Mtisi,Shamiso Mtisi,Coordinator,ZELA,+263788087050,shamiso@zela.org,,2022-01-02,2,b2; a1,b.txt; a.txt\r\n")
    }
}
