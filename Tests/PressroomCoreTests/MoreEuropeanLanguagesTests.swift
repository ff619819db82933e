import Testing
@testable import PressroomCore

/// Releases of the languages of Europe beyond the seven the lexicon began with: the kind label on its own line
/// and a day-first date whose month is printed in the genitive (`12. března 2026`, `3 maja 2024`). Invented text.
@Suite struct MoreEuropeanLanguagesTests {

    @Test func aCzechReleaseGivesItsKindDateAndPlace() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            TISKOVÁ ZPRÁVA

            Knihovna v Hradci otevírá novou čítárnu pro děti

            Hradec, 12. března 2026 – Městská knihovna v Hradci otevře v sobotu novou čítárnu pro děti a jejich rodiče, s místem pro tři sta knih.

            Čítárna bude otevřena každý den od devíti do šesti hodin.
            """)
        #expect(r.kind != nil)
        #expect(r.title == "Knihovna v Hradci otevírá novou čítárnu pro děti")
        #expect(r.date == "2026-03-12")
        #expect(r.location == "Hradec")
        #expect(r.paragraphs.first?.hasPrefix("Městská knihovna") == true)
    }

    @Test func dayFirstGenitivesOfSevenLanguagesAreMonths() {
        let cases: [(String, String)] = [
            ("21. května 2019", "2019-05-21"),      // Czech
            ("3 maja 2024", "2024-05-03"),          // Polish
            ("14. októbra 2022", "2022-10-14"),     // Slovak
            ("7 augusti 2023", "2023-08-07"),       // Swedish
            ("2. desember 2021", "2021-12-02"),     // Norwegian
            ("9 martie 2020", "2020-03-09"),        // Romanian
            ("30 października 2025", "2025-10-30"), // Polish, folded past its accents
        ]
        for (line, iso) in cases {
            #expect(DateParser.firstDate(in: line, hints: DateHints())?.iso == iso, "\(line)")
        }
        // A genitive that is also a name (`Augusta`, `Maja`) is a month only after a day number.
        #expect(DateParser.firstDate(in: "Augusta 3, 2026", hints: DateHints()) == nil)
        #expect(DateParser.firstDate(in: "3 Augusta 2026", hints: DateHints())?.iso == "2026-08-03")
        let town = IssueDateEvidenceTests.parseNormalized("""
            Harbour Arts Trust

            Ferry Murals Unveiled on the Riverfront

            AUGUSTA, Ga., March 3, 2026 -- Six murals painted by local students were unveiled on the riverfront today.
            """)
        #expect(town.location?.hasPrefix("AUGUSTA") == true)
        #expect(town.date == "2026-03-03")
    }

    @Test func theKindLabelInMoreLanguagesIsNoHeadline() {
        for label in ["TISKOVÁ ZPRÁVA", "Komunikat prasowy", "PRESSMEDDELANDE", "Pressemeddelelse", "Tiedote", "Sajtóközlemény", "Comunicat de presă"] {
            #expect(ReleaseLexicon.kindPrefix(ofLine: label) != nil, "\(label)")
        }
        #expect(ReleaseLexicon.kindPrefix(ofLine: "Tidewater Credit Union") == nil)
    }
}
