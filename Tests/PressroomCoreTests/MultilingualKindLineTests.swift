import Testing
@testable import PressroomCore

/// A kind line printed in each of a bilingual issuer's languages (`Press release | Communiqué de presse`,
/// `prensa · premsa · press`) is the kind as printed, not a letterhead or a headline; a menu of genre words
/// (`News | Media`) or a label beside the issuer's name (`News Release | Riverlight Holdings`) is not one.
@Suite struct MultilingualKindLineTests {
    @Test(arguments: [
        "Press release | Communiqué de presse", "prensa · premsa · press", "News Release / Communiqué",
        "Pressemitteilung | Communiqué de presse | Comunicato stampa", "PRESSE | PRESS | STAMPA", "nieuws / news / nouvelles",
    ])
    func isOne(_ line: String) {
        #expect(ReleaseLexicon.isMultilingualKindLine(line))
    }

    @Test(arguments: [
        "News | Media", "News | Media | Press", "Press · News · Media", "Home | Press | About us", "News Release | Riverlight Holdings", "Press release", "and/or",
        "Press release | Harbour news", "Media / Press / 2024",
    ])
    func isNotOne(_ line: String) {
        #expect(!ReleaseLexicon.isMultilingualKindLine(line))
    }

    @Test func theLineAboveTheLetterheadIsTheKind() {
        let r = IssueDateEvidenceTests.parse("""
            stampa | presse | press

            Fondazione Ponte Alto

            Ponte Alto opens its river school to visitors for a week in June

            The Fondazione Ponte Alto will open its river school in Valdora to visitors from 8 to 14 June, with guided walks along the restored banks every morning.

            "The banks were bare rock five years ago," said the school's director, Carla Neri.

            Contact: Luca Fabbri, luca.fabbri@ponte-alto.example, +39 0471 555 019
            """)
        #expect(r.kind == "stampa | presse | press")
        #expect(r.title == "Ponte Alto opens its river school to visitors for a week in June")
        #expect(r.organization == "Fondazione Ponte Alto")
    }

    @Test func aMenuOfGenreWordsIsNoKind() {
        let r = IssueDateEvidenceTests.parse("""
            News | Media

            Ponte Alto opens its river school to visitors for a week in June

            The Fondazione Ponte Alto will open its river school in Valdora to visitors from 8 to 14 June, with guided walks along the restored banks every morning.
            """)
        #expect(r.kind == nil)
    }
}
