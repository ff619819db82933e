import Testing
@testable import PressroomCore

/// `explain` shows the head's contact lines as contacts where they stand, not as letterhead.
@Suite struct ExplainedHeadContactTests {
    @Test func labelledHeadContactLinesAreShownAsContacts() {
        let (release, explanation) = OrganizationEvidenceTests.explain("""
            Harbour Ferry Trust
            Contact: Jane Roe
            555-0100
            jane.roe@harbourferry.example

            Harbour Ferry Trust opens a museum of the old crossing

            The museum opens on Saturday in the former ticket hall, with the last paddle steamer's wheel at its centre.

            Entry is free for children.
            """)
        #expect(release.contacts.first?.emails == ["jane.roe@harbourferry.example"])
        let roles = Dictionary(explanation.lines.map { ($0.text, $0.role) }, uniquingKeysWith: { a, _ in a })
        #expect(roles["Harbour Ferry Trust"] == .letterhead)
        #expect(roles["Contact: Jane Roe"] == .contact)
        #expect(roles["jane.roe@harbourferry.example"] == .contact)
        // Each line once.
        #expect(explanation.lines.filter { $0.text.contains("Jane Roe") }.count == 1)
    }

    @Test func unlabelledHeadContactLinesAreShownAsContacts() {
        let (release, explanation) = OrganizationEvidenceTests.explain(UnlabelledHeadContactColumnTests.lakeside)
        #expect(release.contacts.first?.name == "Mira Okafor")
        let roles = Dictionary(explanation.lines.map { ($0.text, $0.role) }, uniquingKeysWith: { a, _ in a })
        #expect(roles["Mira Okafor"] == .contact)
        #expect(roles["press@lakesiderobotics.example"] == .contact)
        #expect(explanation.lines.filter { $0.text == "Mira Okafor" }.count == 1)
        // The head contact's lines come before the headline, where they are printed.
        let contactAt = explanation.lines.firstIndex { $0.text == "Mira Okafor" } ?? .max
        let headlineAt = explanation.lines.firstIndex { $0.role == .headline } ?? -1
        #expect(contactAt < headlineAt)
    }
}
