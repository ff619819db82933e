import Foundation
import Testing
@testable import PressroomCore

/// German writes the day as an ordinal number with a full stop (`5. September 2023`): a date line, not
/// the fifth item of a numbered list.
@Suite struct GermanDateLineTests {
    @Test func aDayWithAFullStopBeforeAMonthIsNoListMarker() {
        #expect(ReleaseLexicon.listMarkerLength("5. September 2023") == nil)
        #expect(ReleaseLexicon.listMarkerLength("12. März 2024") == nil)
        #expect(ReleaseLexicon.listMarkerLength("5. Die Fähre fährt ab Montag alle zwanzig Minuten.") != nil)
    }

    @Test func aGermanDateLineUnderTheHeadlineIsTheIssueDate() {
        let text = """
            Grüne Hafenkante
            Pressemitteilung

            Neue Fähre verbindet beide Ufer der Elbe

            5. September 2023

            Die neue Fähre zwischen Finkenwerder und den Landungsbrücken fährt ab Montag alle zwanzig Minuten und bringt Pendler in einer Viertelstunde über den Fluss, teilte der Verein heute mit.

            „Wir haben zehn Jahre für diese Verbindung gekämpft“, sagte die Vorsitzende des Vereins.

            """
        let file = SourceFile(url: URL(fileURLWithPath: "/test/datum.txt"), source: "datum.txt", format: .text)
        let release = ReleaseParser.parse(LoadedDocument(file: file, text: TextNormalizer.normalize(text), id: "test"))
        #expect(release.date == "2023-09-05")
        #expect(release.title == "Neue Fähre verbindet beide Ufer der Elbe")
        #expect(release.paragraphs.count == 2)
    }
}
