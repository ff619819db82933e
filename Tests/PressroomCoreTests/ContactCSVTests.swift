import Testing
@testable import PressroomCore

@Suite struct ContactCSVTests {
    static let row = ContactRow(
        contact: Contact(name: "Daniel Hart", role: "Account Director, Europe", organization: "Brightline \"BL\" PR",
                         phones: ["+493055550217", "07700900412"], emails: ["dhart@brightline.example"]),
        date: "2024-01-09", releaseOrganization: "Saebyeok Drives Co., Ltd.", title: "Line one\nline two",
        source: "saebyeok.txt")

    @Test func headerThenOneQuotedRowPerContactWithCRLF() {
        let csv = ContactCSV.document([Self.row])
        #expect(csv == "name,role,organization,phones,emails,urls,date,release_organization,title,source\r\n"
                + "Daniel Hart,\"Account Director, Europe\",\"Brightline \"\"BL\"\" PR\",+493055550217; 07700900412,"
                + "dhart@brightline.example,,2024-01-09,\"Saebyeok Drives Co., Ltd.\",\"Line one\nline two\",saebyeok.txt\r\n")
    }

    @Test func emptyValuesAreEmptyFields() {
        let row = ContactRow(contact: Contact(emails: ["media@lakeshore.example"]), date: nil, releaseOrganization: nil,
                             title: "T", source: "a.txt")
        #expect(ContactCSV.fields(row) == ["", "", "", "", "media@lakeshore.example", "", "", "", "T", "a.txt"])
    }
}
