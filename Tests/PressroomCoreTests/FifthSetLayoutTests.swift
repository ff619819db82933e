import Testing
@testable import PressroomCore

/// Layouts a fifth set of real releases showed, each in invented words: a dateline whose brackets hold the date
/// before the place, a word processor's PDF that puts `tab CR space no-break-space` between words, an issuer's
/// name with a dot that is no web address (`Node.js`), an `About the <word>` section that describes a study or
/// an event, and an About heading's name that is whole already.
@Suite struct FifthSetLayoutTests {

    @Test func theBracketsMayHoldTheDateBeforeThePlace() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            Lantern Hall Talks presents an evening with the poet Ada Quill

            (March 4, 2024, Portland, OR) – On April 12, Lantern Hall Talks welcomes the poet Ada Quill to read from her new collection.

            Tickets are free for students.
            """)
        #expect(r.date == "2024-03-04")
        #expect(r.location == "Portland, OR")
        #expect(r.paragraphs.first?.hasPrefix("On April 12") == true)
        let found = Dateline.dateThenPlace("March 4, 2024, Portland, OR", hints: DateHints())
        #expect(found?.0 == "Portland, OR")
        // A date and a clause in brackets is no dateline.
        #expect(Dateline.dateThenPlace("March 4, 2024, when the hall reopened after repairs", hints: DateHints()) == nil)
        #expect(Dateline.dateThenPlace("Portland, OR, March 4, 2024", hints: DateHints()) == nil)
    }

    @Test func aCarriageReturnBetweenWordSpacesIsAWordSpace() {
        let words = "PRESS\t\r \u{00A0}RELEASE\t\r \u{00A0}\nRiver\t\r \u{00A0}Otter\t\r \u{00A0}Trust\nSecond line\r\nThird line\rFourth"
        #expect(TextNormalizer.normalize(words) == "PRESS RELEASE \nRiver Otter Trust\nSecond line\nThird line\nFourth")
        // A CR that ends a line (nothing spaced after it) stays a line end, as a classic Mac file prints it.
        #expect(TextNormalizer.normalize("One line \rTwo") == "One line \nTwo")
        #expect(TextNormalizer.normalize("One line\r Two") == "One line\n Two")
        // Classic Mac text: lines ended by CR, a space before it and indented lines after it, blank lines of a space.
        #expect(TextNormalizer.normalize("One line \r  Two") == "One line \n  Two")
        #expect(TextNormalizer.normalize("A. \r \r  B") == "A. \n \n  B")
        #expect(TextNormalizer.normalize("A.\t\r \r  B") == "A.\t\n \n  B")
    }

    @Test func aNameWithAFileLikeDotIsStillAName() {
        #expect(!OrganizationFinder.isWebAddressWord("Node.js"))
        #expect(!OrganizationFinder.isWebAddressWord("Vue.py"))
        #expect(OrganizationFinder.isWebAddressWord("harbour-trust.org.nz"))
        #expect(OrganizationFinder.isWebAddressWord("example.com/press"))
        let r = IssueDateEvidenceTests.parseNormalized("""
            Brightwave Labs joins the Quill.js Foundation as a platinum member

            Brightwave Labs said on Tuesday that it has joined the Quill.js Foundation, which looks after the open-source Quill.js editor.

            "The editor runs inside every product we ship," said Brightwave's chief technology officer, Imran Dale.

            ### About Quill.js Foundation

            The Quill.js Foundation supports the Quill.js editor and its community of contributors.
            """, name: "fixture.md")
        #expect(r.organization == "Quill.js Foundation")
    }

    @Test func anAboutSectionOfAStudyNamesNoOrganisation() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            # One in three small farms now sells online

            One in three small farms now sells some of its produce online, according to a yearly survey released on Monday.

            "Farms that sell online are twice as likely to hire in the spring," the survey's author, Lena Ortiz, said.

            ## About the Survey

            The Survey asked 1,200 farms across four regions about their sales in 2023.

            **About Field Growers Network**

            Field Growers Network links small farms in four regions.
            """, name: "fixture.md")
        #expect(r.organization == "Field Growers Network")
    }

    @Test(arguments: [("About the Smithsonian", "Smithsonian"), ("Über die Bundesbank", "Bundesbank"), ("Sobre a Embrava", "Embrava")])
    func anArticleBeforeAOneWordNameKeepsTheName(heading: String, name: String) {
        let r = IssueDateEvidenceTests.parseNormalized("""
            New hall opens to visitors in March

            The new hall will open to visitors on 4 March, with free entry for the first week.

            \(heading)

            \(name) runs museums and research centres.
            """)
        #expect(r.organization == name)
    }

    @Test func aNameIsNotLengthenedByOneOfItsBodies() {
        #expect(OrganizationNames.longerForm(of: "Harbour Foundation", in: "the Harbour Foundation Board met") == nil)
        #expect(OrganizationNames.longerForm(of: "Harbour Foundation", in: "chair of the Harbour Foundation Board.") == nil)
        #expect(OrganizationNames.longerForm(of: "Harbour Capital", in: "Harbour Capital Partners LLP is a fund") == "Harbour Capital Partners LLP")
        #expect(OrganizationNames.longerForm(of: "Atlas Group", in: "Atlas Group Holdings is a shipper") == "Atlas Group Holdings")
        let r = IssueDateEvidenceTests.parseNormalized("""
            Quill.js Foundation names a new chair

            The Quill.js Foundation named Ravi Menon as its chair on Tuesday.

            "It is an honour," said Menon, who has sat on the Quill.js Foundation Board.

            ### About Quill.js Foundation

            The Quill.js Foundation supports the Quill.js editor.
            """, name: "fixture.md")
        #expect(r.organization == "Quill.js Foundation")
    }

    @Test func aWireCreditInTheBracketsIsNoPlace() {
        #expect(Dateline.dateThenPlace("March 4, 2024, GLOBE NEWSWIRE, Portland, OR", hints: DateHints()) == nil)
        #expect(Dateline.dateThenPlace("March 4, 2024, PRNewswire, Portland", hints: DateHints()) == nil)
    }
}

/// An end mark of hashes between dashes (`-###-`), and an acronym defined in brackets after a name whose words do
/// not each give one of its letters (`the Lakeside Makerspace (LMS)`).
@Suite struct FifthSetMarksAndAcronymsTests {
    @Test func hashesBetweenDashesEndTheRelease() {
        for mark in ["-###-", "- ### -", "–###–", "-# # #-"] { #expect(ReleaseLexicon.isEndMark(mark), "\(mark)") }
        for line in ["-##-x", "-#-", "--###x"] { #expect(!ReleaseLexicon.isEndMark(line), "\(line)") }
        let r = IssueDateEvidenceTests.parseNormalized("""
            Harbour Trust opens a new ferry

            The Harbour Trust opened a new ferry on Monday, its chair said in a statement to the press.

            -###-

            The trust runs two ferries across the lake.
            """)
        #expect(r.paragraphs.count == 1)
    }

    @Test func aLooselySpelledAcronymIsDefinedByTheNameBeforeIt() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            LMS opens a workshop for young builders

            After ten years on the east quay, the Lakeside Makerspace (LMS) will open a workshop for young builders in March.

            LMS members will teach the first classes.

            About LMS

            LMS is a community workshop founded in 2014.
            """)
        #expect(r.organization == "Lakeside Makerspace")
    }
}

/// A contact printed without a label under the header lines, its organisation between the name and the number
/// (`Jane Roe` / `Harbour Trust` / `(+1) 555 0134 567` / `press@…`), as a right-hand column reads in default
/// pdftotext: its lines are the contact's, not the headline.
@Suite struct UnlabelledHeadContactColumnTests {
    /// A head contact with no label: name, organisation, number and address above the headline.
    static let lakeside = """
        FOR IMMEDIATE RELEASE
        12 March, 2024

        Mira Okafor
        Lakeside Robotics Club
        (+1) 416 555 0199
        press@lakesiderobotics.example

        LAKESIDE STUDENTS BUILD THE CITY'S FIRST UNDERWATER ROVER

        The Lakeside Robotics Club will launch its first underwater rover on Saturday, after a year of work by forty students.

        "We tested it in the school pool every Friday," said Mira Okafor, the club's captain.
        """

    @Test func nameOrganisationNumberAddress() {
        let r = IssueDateEvidenceTests.parseNormalized(Self.lakeside)
        #expect(r.title == "LAKESIDE STUDENTS BUILD THE CITY'S FIRST UNDERWATER ROVER")
        #expect(r.contacts.first?.name == "Mira Okafor")
        #expect(r.contacts.first?.emails == ["press@lakesiderobotics.example"])
    }

    @Test func aHeadlineAndDeckOverANumberStayTheHead() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            FOR IMMEDIATE RELEASE
            12 March, 2024

            Lakeside Rover Launch
            Forty students, one year
            Call 416 555 0199 to book a seat

            The Lakeside Robotics Club will launch its first underwater rover on Saturday, after a year of work by forty students.
            """)
        #expect(r.title.hasPrefix("Lakeside Rover Launch"))
        #expect(r.contacts.isEmpty)
    }
}
