import Foundation
import Testing
@testable import PressroomCore

/// PDF text's footnotes: the reference number glued to its word, the note led by its number. Every fixture is
/// invented.
@Suite struct FootnotesTests {
    static func parse(_ text: String) -> Release {
        let file = SourceFile(url: URL(fileURLWithPath: "/test/survey.txt"), source: "survey.txt", format: .text)
        return ReleaseParser.parse(LoadedDocument(file: file, text: TextNormalizer.normalize(text), id: "test"))
    }

    static let release = """
        Tidal turbines off the northern cape outlast their design life

        Harwick, 3 March 2026 - Engineers at the Northern Cape Marine Institute have shown that the first row of tidal
        turbines installed in the strait will outlast their twenty-year design life by a decade. The team measured
        blade wear1 over six winters and compared it with the wear predicted for the blades before they were built.

        The blades lost less material than expected because the strait's sand is finer than the survey2 assumed.
        The institute will publish its data in the spring so that other operators can compare their own blades.

        For further information, please contact:
        Ola Brenning
        ola.brenning@ncmi.example

        1 Measured as the loss of blade mass per thousand hours of turning.
        2 The seabed survey of 2019, made before the turbines were placed.

        \u{0C}1

        """

    @Test func theNotesLeaveTheTextAndTheirNumbersLeaveTheWords() {
        let r = Self.parse(Self.release)
        #expect(r.notes == [
            "Measured as the loss of blade mass per thousand hours of turning.",
            "The seabed survey of 2019, made before the turbines were placed.",
        ], "\(r.notes)")
        #expect(r.paragraphs.contains { $0.contains("measured blade wear over six winters") }, "\(r.paragraphs)")
        #expect(r.paragraphs.contains { $0.contains("finer than the survey assumed") }, "\(r.paragraphs)")
        #expect(r.contacts.count == 1)
        #expect(!r.contacts.contains { $0.name?.contains("Measured") == true })
    }

    /// Lines led by numbers with no reference in the text are a list, not notes.
    @Test func aNumberedListWithoutReferencesStays() {
        func block(_ lines: [String]) -> LayoutBlock { LayoutBlock(lines: lines.map { PrintedLine(raw: $0, text: $0) }) }
        let blocks = [block(["Applications open on Monday for the forty places of the course."]),
                      block(["1 Apply online before the end of May", "2 Bring your certificate to the first lesson"])]
        #expect(Footnotes.extract(blocks) == nil)
        // With the first reference but not the second, only the first line is a note.
        let referenced = [block(["Applications open on Monday for the forty places of the course1."]), blocks[1]]
        let found = try? #require(Footnotes.extract(referenced))
        #expect(found?.notes == ["Apply online before the end of May"])
        #expect(found?.blocks.first?.lines.first?.text == "Applications open on Monday for the forty places of the course.")
        // A note wraps while its line ends no sentence; a line after a finished note is not the note's.
        let wrapped = [block(["The clinic treated more patients this winter1."]),
                       block(["1 Counted from the first of December to the", "end of February.", "Page furniture after the note."])]
        #expect(Footnotes.extract(wrapped)?.notes == ["Counted from the first of December to the end of February."])
        #expect(Footnotes.extract(wrapped)?.blocks.last?.lines.map(\.text) == ["Page furniture after the note."])
        // A capital before the number (`COVID19`, `A4`) is no reference.
        #expect(Footnotes.extract([block(["Paper sizes such as A1 and A4 are common."]), blocks[1]]) == nil)
    }
}
