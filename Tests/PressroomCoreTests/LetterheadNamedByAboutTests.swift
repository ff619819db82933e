import Testing
@testable import PressroomCore

/// The issuer's name printed alone over the head is its letterhead whatever its words, when an `About …`
/// heading of the same release names it (`MAPLE STREET PANTRY` above, `ABOUT MAPLE STREET PANTRY` below):
/// not the headline, and the organisation before a partner whose own `About` section follows.
@Suite struct LetterheadNamedByAboutTests {
    static let release = """
        MAPLE STREET PANTRY
        CONTACT:      Dana Whitlow
        PHONE:        312.555.0187

        March 3, 2024

        Volunteers stock a free breakfast shelf for night-shift nurses at Eastgate Medical Center

        In four months, volunteers of the Maple Street Pantry have filled a breakfast shelf on the third floor of Eastgate Medical Center every night, at no cost to the hospital.

        The shelf holds cereal, fruit and bread, and the pantry restocks it before the night shift begins at seven.

        "Nobody should start a twelve-hour shift on an empty stomach," said Dana Whitlow, who founded the pantry.

        ABOUT MAPLE STREET PANTRY

        The Maple Street Pantry began in a church basement in 2019 and now feeds some 400 households a week.

        ABOUT EASTGATE MEDICAL CENTER

        Eastgate Medical Center is a 300-bed teaching hospital that serves the city's east side. Learn more at eastgatemedical.example.
        """

    @Test func theNameOverTheHeadIsTheIssuer() {
        let r = IssueDateEvidenceTests.parse(Self.release)
        #expect(r.organization == "Maple Street Pantry" || r.organization == "MAPLE STREET PANTRY")
        #expect(r.title == "Volunteers stock a free breakfast shelf for night-shift nurses at Eastgate Medical Center")
        #expect(r.date == "2024-03-03")
        #expect(r.contacts.first?.name == "Dana Whitlow")
    }

    @Test func anEventsNameOverItsDeckStaysTheHeadline() {
        let r = IssueDateEvidenceTests.parse("""
            Riverside Jazz Weekend

            Twelve bands on two stages return to Harbour Park in August

            HARBOUR CITY, March 4, 2024 – The Riverside Jazz Weekend returns to Harbour Park on 9 and 10 August with twelve bands on two stages.

            Tickets go on sale on 1 April.

            About Riverside Jazz Weekend

            The festival began in 2011 and is run by the Harbour City Arts Trust.
            """)
        #expect(r.title == "Riverside Jazz Weekend")
    }

    @Test func aNameNoAboutHeadingNamesIsLeftToTheShapes() {
        // The same head without the pantry's own About section: nothing says the first line is a name.
        let text = Self.release.replacingOccurrences(of: "ABOUT MAPLE STREET PANTRY", with: "HOW IT STARTED")
        let r = IssueDateEvidenceTests.parse(text)
        #expect(r.title != "Volunteers stock a free breakfast shelf for night-shift nurses at Eastgate Medical Center")
    }

    /// The unfolded refusal of ASCII names agrees with the fold on names of every shape.
    @Test func theQuickRefusalAgreesWithTheFold() {
        let subjects = ReleaseSegmenter.aboutSubjects(in: "## About Harbour Lights\n\nABOUT THE RIVER  TRUST:\n\nÀ propos de Réseau Vert\n")
        #expect(subjects.contains("harbour lights") && subjects.contains("river trust") && subjects.contains("reseau vert"))
        for name in ["Harbour Lights", "HARBOUR LIGHTS", "Harbour  Lights", " Harbour Lights", "harbour lights ", "Harbour Light",
                     "River Trust", "The River Trust", "RÉSEAU VERT", "Reseau Vert", "Harbour", "Lights Harbour", "River\tTrust"] {
            let fast = ReleaseSegmenter.namesAnAboutHeading(name, subjects: subjects)
            let plain = FastPaths.withOff { ReleaseSegmenter.namesAnAboutHeading(name, subjects: subjects) }
            #expect(fast == plain, "\(name)")
        }
    }

    @Test func onlyAnAboutLineCounts() {
        func names(_ name: String, _ text: String) -> Bool { ReleaseSegmenter.namesAnAboutHeading(name, in: text) }
        #expect(names("Harbour Lights", "Harbour Lights\n\nThe Harbour Lights festival returns.\n\n## About Harbour Lights:\n\nText.\n"))
        #expect(names("HARBOUR LIGHTS", "Harbour Lights\n\n## About Harbour Lights:\n"))
        #expect(!names("Harbour", "Harbour Lights\n\n## About Harbour Lights:\n"))
        #expect(!names("Harbour Lights", "Harbour Lights\n\nAbout Harbour Lights and the river, a talk.\n\nWe care about Harbour Lights\n"))
        #expect(names("Harbour Lights", "Harbour Lights\n\nABOUT HARBOUR LIGHTS\n"))
        #expect(names("Harbour Lights", "Harbour Lights\n\nÀ propos de Harbour Lights\n"))
        #expect(names("Harbour Lights", "Harbour Lights\n\n**About the Harbour Lights**\n"))
        #expect(!names("The festival returns.", "The festival returns.\n\nAbout The festival returns.\n"))
    }
}
