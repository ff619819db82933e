import Foundation
import Testing
@testable import PressroomCore

/// An about section printed without its `About`: a heading that is a name, over a paragraph that opens by
/// defining that name. Every fixture is invented.
@Suite struct DefinedHeadingNotesTests {
    static func parse(_ text: String) -> Release {
        let file = SourceFile(url: URL(fileURLWithPath: "/test/depot.txt"), source: "depot.txt", format: .text)
        return ReleaseParser.parse(LoadedDocument(file: file, text: TextNormalizer.normalize(text), id: "test"))
    }

    static let release = """
        Night market returns to the old tram depot

        LYON, 3 May 2026 – The night market returns to the old tram depot on the first Saturday of June, with forty stalls and a brass band.

        Stalls and opening hours
        Forty stalls open at six in the evening and close at midnight; the depot's restored trams can be visited until ten.

        Entry is free, and the depot is a five-minute walk from the Perrache tram stop.

        Rail Heritage Lyon
        Rail Heritage Lyon is a volunteer association that restores the city's old trams and opens the depot to visitors twice a year.

        Contact
        Marie Dupont
        marie.dupont@railheritage.example
        """

    @Test func aNameDefinedUnderItsHeadingIsANote() {
        let r = Self.parse(Self.release)
        #expect(r.notes.count == 1)
        #expect(r.notes.first?.hasPrefix("Rail Heritage Lyon is a volunteer association") == true, "\(r.notes)")
        #expect(!r.paragraphs.contains { $0.contains("Rail Heritage Lyon") }, "\(r.paragraphs)")
        // A subheading over a paragraph that does not define it stays in the body.
        #expect(r.paragraphs.contains { $0.contains("Forty stalls open at six") }, "\(r.paragraphs)")
    }

    /// A product defined under its own subheading early in the body is the body's: the notes, once begun, run
    /// to the end, so only a section among the last blocks may open them.
    @Test func aProductDefinedEarlyInTheBodyStaysInTheBody() {
        let r = Self.parse("""
            Tram depot opens its restored workshop

            LYON, 3 May 2026 – The old tram depot opens its restored workshop to visitors on the first Saturday of June.

            Visitors will see three trams being restored, and can try the driver's seat of the oldest.

            Tram 12
            Tram 12 is the oldest car of the collection, built in 1911 and in service until 1957.

            The workshop opens at ten and closes at six; guided tours leave every hour.

            Entry is free, and the depot is a five-minute walk from the Perrache tram stop.

            Groups of more than ten are asked to book a tour in advance.

            Children under twelve must be accompanied by an adult in the workshop.

            The café in the old ticket hall serves lunch from noon.

            The depot's shop sells postcards and models of the trams.
            """)
        #expect(r.notes.isEmpty, "\(r.notes)")
        #expect(r.paragraphs.contains { $0.contains("The workshop opens at ten") }, "\(r.paragraphs)")
    }

    @Test func theDefinitionMayPrintAnArticleOrAnAcronym() {
        func block(_ lines: [String]) -> LayoutBlock { LayoutBlock(lines: lines.map { PrintedLine(raw: $0, text: $0) }) }
        #expect(ReleaseSegmenter.definesItsHeading(block(["Collectif Vélo Vilaine", "Le Collectif Vélo Vilaine est une association rennaise."]), next: nil))
        #expect(ReleaseSegmenter.definesItsHeading(block(["Nordrad"]), next: block(["Nordrad (NR) ist ein Verein für Radpendler."])))
        #expect(!ReleaseSegmenter.definesItsHeading(block(["Stalls and opening hours", "Stalls and opening hours vary by season."]), next: nil))
        #expect(!ReleaseSegmenter.definesItsHeading(block(["Nordrad", "Nordrad fordert breitere Wege."]), next: nil))
        #expect(!ReleaseSegmenter.definesItsHeading(block(["The results were clear.", "The results were clear is odd."]), next: nil))
    }
}
