import Testing
@testable import PressroomCore

/// A lead-in sentence that carries contact details names no one, and the same details under a named contact
/// are given once.
@Suite struct ContactLeadInSentenceTests {
    private func parse(_ block: String) -> [Contact] {
        ContactParser.parse(lines: block.components(separatedBy: "\n"))
    }

    @Test func aLeadInSentenceIsNoName() {
        let contacts = parse("""
            Para mais informações ou entrevistas com voluntários em doze cidades, por favor contacte: imprensa@rio-limpo.example
            """)
        #expect(contacts.count == 1)
        #expect(contacts.first?.name == nil)
        #expect(contacts.first?.role == nil)
        #expect(contacts.first?.emails == ["imprensa@rio-limpo.example"])
    }

    @Test func theSameDetailsUnderANamedContactAreGivenOnce() {
        let contacts = parse("""
            For more information about Tidewater's home visits or upcoming open days, visit https://tidewater.example/about or contact ada@tidewater.example.

            Media Contact
            Ada Lowe
            Tidewater Care
            ada@tidewater.example
            """)
        #expect(contacts.count == 1, "\(contacts)")
        #expect(contacts.first?.name == "Ada Lowe", "\(contacts)")
    }

    @Test func aLeadInSentenceThatNamesThePersonKeepsTheName() {
        let english = parse("""
            For more information about the new terminal contact Jane Roe at 207-555-0148 or jane@harbour-trust.example
            """)
        #expect(english.first?.name == "Jane Roe", "\(english)")
        let german = parse("""
            Weitere Informationen erhalten Sie bei Lena Brandt unter +49 431 555 0123 oder presse@nordlicht.example
            """)
        #expect(german.first?.name == "Lena Brandt", "\(german)")
    }

    @Test func aNameIsStillAName() {
        #expect(!ContactDraft.isLeadInSentence("Ada Lowe"))
        #expect(!ContactDraft.isLeadInSentence("For more information"))
        #expect(ContactDraft.isLeadInSentence("Pour plus d'informations sur nos ateliers de réparation"))
    }
}
