import Testing
@testable import PressroomCore

@Suite struct ReleaseCSVTests {
    @Test func oneRowPerReleaseContactsAsNameAndAddress() {
        let r = Release(id: "abc", source: "dir/a.txt", format: .text, kind: "Press Release", title: "Gold, \"silver\"",
                        date: "2021-06-28", organization: "ZELA", release: "For immediate release", location: "HARARE",
                        contacts: [Contact(name: "Shamiso Mtisi", emails: ["shamiso@zela.org"]),
                                   Contact(name: "Press Office"), Contact(emails: ["media@zela.org", "info@zela.org"]),
                                   Contact(phones: ["+263788087050"])])
        #expect(ReleaseCSV.document([r]) == "id,source,date,organization,kind,title,location,release,contacts\r\n"
                + "abc,dir/a.txt,2021-06-28,ZELA,Press Release,\"Gold, \"\"silver\"\"\",HARARE,For immediate release,"
                + "\"Shamiso Mtisi <shamiso@zela.org>; Press Office; <media@zela.org>, <info@zela.org>\"\r\n")
    }
}
