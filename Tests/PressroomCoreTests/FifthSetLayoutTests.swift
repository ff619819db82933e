import Testing
@testable import PressroomCore

/// Layouts a fifth set of real releases showed, each in invented words: a dateline whose brackets hold the date
/// before the place, a word processor's PDF that puts `tab CR space no-break-space` between words, an issuer's
/// name with a dot that is no web address (`Node.js`), an `About the <word>` section that describes a study or
/// an event, and an About heading's name that is whole already.
@Suite struct FifthSetLayoutTests {
    static func parse(_ text: String, name: String = "fixture.txt") -> Release {
        IssueDateEvidenceTests.parse(TextNormalizer.normalize(text), name: name)
    }

    @Test func theBracketsMayHoldTheDateBeforeThePlace() {
        let r = Self.parse("""
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
    }

    @Test func aNameWithAFileLikeDotIsStillAName() {
        #expect(!OrganizationFinder.isWebAddressWord("Node.js"))
        #expect(!OrganizationFinder.isWebAddressWord("Vue.py"))
        #expect(OrganizationFinder.isWebAddressWord("harbour-trust.org.nz"))
        #expect(OrganizationFinder.isWebAddressWord("example.com/press"))
        let r = Self.parse("""
            Brightwave Labs joins the Quill.js Foundation as a platinum member

            Brightwave Labs said on Tuesday that it has joined the Quill.js Foundation, which looks after the open-source Quill.js editor.

            "The editor runs inside every product we ship," said Brightwave's chief technology officer, Imran Dale.

            ### About Quill.js Foundation

            The Quill.js Foundation supports the Quill.js editor and its community of contributors.
            """, name: "fixture.md")
        #expect(r.organization == "Quill.js Foundation")
    }

    @Test func anAboutSectionOfAStudyNamesNoOrganisation() {
        let r = Self.parse("""
            One in three small farms now sells online, a survey finds

            The Field Growers Network released its yearly survey of small farms on Monday.

            ## About the Survey

            The survey asked 1,200 farms across four regions about their sales in 2023.

            ## About the Field Growers Network

            The Field Growers Network links small farms in four regions.
            """, name: "fixture.md")
        #expect(r.organization == "Field Growers Network")
    }

    @Test func aWholeNameIsNotLengthenedByOneOfItsBodies() {
        #expect(OrganizationNames.longerForm(of: "Harbour Foundation", in: "the Harbour Foundation Board met") == nil)
        #expect(OrganizationNames.longerForm(of: "Harbour", in: "the Harbour Foundation Board met") == "Harbour Foundation Board")
    }
}
