import Foundation
import Testing
@testable import PressroomCore

/// Forms of a release's tail: `##` as the end mark, `Editor Notes:` as the notes heading, a sentence that ends
/// `… or contact:` over the contact lines. Every fixture is invented.
@Suite struct TailFormsTests {
    static func parse(_ text: String) -> Release {
        let file = SourceFile(path: "/test/tail.txt", source: "tail.txt", format: .text)
        return ReleaseParser.parse(LoadedDocument(file: file, text: TextNormalizer.normalize(text), id: "test"))
    }

    @Test func twoHashesEndTheRelease() {
        #expect(ReleaseLexicon.isEndMark("##"))
        #expect(ReleaseLexicon.isEndMark(" ## "))
        #expect(!ReleaseLexicon.isEndMark("## Contacts"))
        let r = Self.parse("""
            Orchard cooperative doubles its cider press

            The Linden Vale orchard cooperative has doubled the size of its cider press, so that members can press their apples the day they pick them.

            The new press was paid for by members' shares and a regional grant.

            About Linden Vale
            Linden Vale is a cooperative of forty orchards in the upper valley.
            ##
            """)
        #expect(r.notes == ["Linden Vale is a cooperative of forty orchards in the upper valley."], "\(r.notes)")
    }

    @Test func editorNotesHeadsTheNotes() {
        #expect(ReleaseLexicon.isNotesHeading("Editor Notes:"))
        #expect(ReleaseLexicon.isNotesHeading("Notes for the editor"))
    }

    @Test(arguments: [
        ("For further information on the day, see the festival site or contact:", true),
        ("To book an interview, please contact us:", true),
        ("Pour toute question sur la journée, merci de contacter :", true),
        ("Für Rückfragen zum Hoffest wenden Sie sich bitte an:", false),
        ("Für Rückfragen zum Hoffest wenden Sie sich an:", true),
        ("The following partners supported the event:", false),
        ("Contact:", false),  // a heading, not a sentence: `isContactHeading` reads it
    ] as [(String, Bool)])
    func aSentenceEndingInContactLeadsTheContacts(_ line: String, expected: Bool) {
        #expect(ReleaseSegmenter.endsWithContactCall(line) == expected, "\(line)")
    }

    @Test func theContactLinesUnderSuchASentenceAreContacts() {
        let r = Self.parse("""
            Harvest weekend opens the old mill to visitors

            The old mill at Linden Vale opens to visitors for the harvest weekend, with tours every hour and a market in the yard.

            Entry is free for children under twelve.

            For further information on the weekend, see the cooperative's site or contact:
            Visitor Desk: visits@lindenvale.example
            Press Office: press@lindenvale.example
            """)
        #expect(r.contacts.count == 2, "\(r.contacts)")
        #expect(r.contacts.flatMap(\.emails).sorted() == ["press@lindenvale.example", "visits@lindenvale.example"])
        #expect(!r.paragraphs.contains { $0.contains("visits@") }, "\(r.paragraphs)")
    }
}
