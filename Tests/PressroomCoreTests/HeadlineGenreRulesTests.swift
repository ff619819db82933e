import Foundation
import Testing
@testable import PressroomCore

/// Headline and standfirst layouts of releases the parser was not tuned on (session 11, title11), each in invented
/// words with a near layout the rule must leave alone: a capitals headline over its deck in PDF text without gaps,
/// a wrapped headline whose last line leaves room before the deck, a contact printed above the headline without a
/// label (or its labels and values in two columns read apart), the contact's end under its data, a release
/// instruction between the headline and the body, and a news wire's shortened title above the release's own headline.
@Suite struct HeadlineGenreRulesTests {

    /// One page as pdftotext prints it without paragraph gaps: the head lines, then the body, a form feed.
    static func pdftotext(_ head: [String]) -> String {
        (head + [
            "Harbour Volunteers, the largest litter group on the coast, returns for its sixth year on Saturday,",
            "with volunteers from every town of the district set to walk the whole of the long beach at low tide.",
            "“Every bag we lift is one the sea does not take back,” said the group’s coordinator, Mara Lind.",
            "The clean-up starts at nine from the lifeboat station and ends with lunch at the surf club.",
        ]).joined(separator: "\n") + "\n\u{0C}"
    }

    // MARK: - A capitals headline over its deck

    @Test func aCapitalsHeadlineEndsWhereTheLowerCaseDeckStarts() {
        let r = IssueDateEvidenceTests.parseNormalized(Self.pdftotext([
            "FOR IMMEDIATE RELEASE", "4 March 2025", "",
            "HARBOUR VOLUNTEERS CLEAN THE LONGEST BEACH OF THE COAST",
            "Over 200 volunteers expected, four tonnes of litter to lift",
        ]))
        #expect(r.title == "HARBOUR VOLUNTEERS CLEAN THE LONGEST BEACH OF THE COAST")
        #expect(r.subtitle == "Over 200 volunteers expected, four tonnes of litter to lift")
    }

    /// A capitals headline wrapped at its measure onto a second capitals line stays one headline.
    @Test func aCapitalsHeadlineWrappedInCapitalsStaysOne() {
        let r = IssueDateEvidenceTests.parseNormalized(Self.pdftotext([
            "FOR IMMEDIATE RELEASE", "4 March 2025", "",
            "HARBOUR VOLUNTEERS CLEAN THE LONGEST BEACH OF THE COAST",
            "AS TWO HUNDRED WALKERS LIFT FOUR TONNES OF LITTER",
        ]))
        #expect(r.title == "HARBOUR VOLUNTEERS CLEAN THE LONGEST BEACH OF THE COAST AS TWO HUNDRED WALKERS LIFT FOUR TONNES OF LITTER")
        #expect(r.subtitle == nil)
    }

    /// A headline in sentence case over a line of its measure still joins it, as a wrapped headline (only a capitals
    /// headline says by its case where it ends).
    @Test func aSentenceCaseHeadlineOverALineOfItsMeasureStaysOne() {
        let r = IssueDateEvidenceTests.parseNormalized(Self.pdftotext([
            "FOR IMMEDIATE RELEASE", "4 March 2025", "",
            "Harbour volunteers clean the longest beach on the coast",
            "Two hundred walkers lift four tonnes of litter by noon",
        ]))
        #expect(r.title == "Harbour volunteers clean the longest beach on the coast Two hundred walkers lift four tonnes of litter by noon")
    }

    // MARK: - A wrapped headline's last line leaves room: the deck follows

    @Test func aLineThatLeftRoomForTheNextWordEndsTheHeadline() {
        let r = IssueDateEvidenceTests.parseNormalized(Self.pdftotext([
            "Contact: Ada Quill", "555-201-3344", "",
            "FOR IMMEDIATE RELEASE",
            "The Lantern Hall Series Presents Ada Quill and Her Collection, The",
            "Weight of Small Boats",
            "Read by the Author",
            "(March 4, 2024, Portland, OR) – On April 12, the Lantern Hall Series welcomes the poet Ada Quill",
        ]))
        #expect(r.title == "The Lantern Hall Series Presents Ada Quill and Her Collection, The Weight of Small Boats")
        #expect(r.subtitle == "Read by the Author")
        #expect(ReleaseSegmenter.leftRoomFor("Read by the Author", after: ["The Lantern Hall Series Presents Ada Quill and Her Collection, The", "Weight of Small Boats"]))
        // One line has no measure: its length says nothing.
        #expect(!ReleaseSegmenter.leftRoomFor("Read by the Author", after: ["Weight of Small Boats"]))
    }

    /// Lines wrapped at the measure, each full, stay one headline however many.
    @Test func fullLinesOfAWrappedHeadlineStayOne() {
        let r = IssueDateEvidenceTests.parseNormalized(Self.pdftotext([
            "FOR IMMEDIATE RELEASE", "4 March 2025", "",
            "Harbour Trust Opens Its Restored Archive on the Old Quay",
            "With Free Entry for Schools, Readers and Historians",
            "From Across the Region",
        ]))
        #expect(r.title == "Harbour Trust Opens Its Restored Archive on the Old Quay With Free Entry for Schools, Readers and Historians From Across the Region")
        #expect(r.subtitle == nil)
    }

    // MARK: - A contact above the headline

    /// Name, web address and e-mail under the date, no label: the contact's lines, and the heading under them is
    /// the headline.
    @Test func aContactWithItsWebAddressAboveTheHeadlineIsNoHeadline() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            May 2024

            Jane Roe
            https://harbourvotes.example
            [jane.roe@harbourvotes.example](mailto:jane.roe@harbourvotes.example)

            ## Harbour Votes opens a guide to the council election

            A group of volunteers has built a guide to the council election that lists every candidate and every hustings in the district.

            "Voting should not take a search engine," said Jane Roe, one of the volunteers.
            """, name: "fixture.md")
        #expect(r.title == "Harbour Votes opens a guide to the council election")
        #expect(r.contacts.contains { $0.name == "Jane Roe" })
    }

    /// The web address may stand between the name and its data only as an address alone: a line that says more
    /// (`Guide online: https://…`) leaves the lines as they were, a headline.
    @Test func aLineThatSaysMoreThanAnAddressOpensNoContact() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            May 2024

            Harbour Votes Opens Election Guide
            Guide online: https://harbourvotes.example
            Questions to jane.roe@harbourvotes.example

            A group of volunteers has built a guide to the council election that lists every candidate and every hustings in the district.
            """, name: "fixture.md")
        #expect(r.title.hasPrefix("Harbour Votes Opens Election Guide"))
    }

    /// A contact table's labels and values read one column after the other (`CONTACT:` / `PHONE:` / name /
    /// number): the values are the contact, not the headline.
    @Test func contactLabelsPrintedApartFromTheirValuesLeaveTheHeadline() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            MAPLE STREET PANTRY
            CONTACT:
            PHONE:

            Jane Roe
            555.201.3344

            January 1, 2019
            Local pantry opens a second kitchen for families of the east side
            The pantry opened its second kitchen on Monday, six months after a neighbour's gift paid for the ovens.
            “No family should have to choose between rent and dinner,” said Jane Roe, who runs the pantry.
            The kitchen serves hot meals on weekdays from five to seven, and takes no booking.
            The pantry thanks the bakers of Maple Street for the bread they give each morning.
            ABOUT MAPLE STREET PANTRY
            Maple Street Pantry has fed families of the east side since 2009.
            """ + "\n\u{0C}")
        #expect(r.title == "Local pantry opens a second kitchen for families of the east side")
        #expect(r.contacts.contains { $0.name == "Jane Roe" })
    }

    /// A contact label with its value on its line is read as before: no contact is looked for under it, so a
    /// headline with a long number (`1,000,000th`) stays the headline.
    @Test func aLabelWithItsValueKeepsTheHeadlineBelow() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            MAPLE STREET PANTRY
            CONTACT: Jane Roe
            PHONE:

            Pantry Serves Its 1,000,000th Meal

            The pantry served its millionth meal on Monday, six months after a neighbour's gift paid for the ovens.

            ABOUT MAPLE STREET PANTRY

            Maple Street Pantry has fed families of the east side since 2009.
            """)
        #expect(r.title == "Pantry Serves Its 1,000,000th Meal")
    }

    // MARK: - The head contact's end, and a release instruction between the headline and the body

    /// Under a contact's e-mail and number, a line shaped like an organisation's name that no more data follows is
    /// the headline, not the contact's office.
    @Test func aNameLineUnderTheContactsDataIsTheHeadline() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            January 13, 2014

            Jane Roe (Union)
            jane@tenants.example
            571-555-0134

            City Council Backs the Tenants Union

            The city council on Monday passed a resolution that backs the tenants of Harbour Court in their claim for repairs to the building.

            The resolution asks the landlord to meet the tenants within a month.
            """)
        #expect(r.title == "City Council Backs the Tenants Union")
        #expect(r.contacts.contains { $0.name == "Jane Roe" })
    }

    /// An office line under the contact's number with more of its data under it (its e-mail) is the contact's.
    @Test func anOfficeLineWithMoreDataUnderItStaysTheContacts() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            January 13, 2014

            Jane Roe
            571-555-0134
            Harbour Tenants Union
            jane@tenants.example

            Tenants Win Repairs at Harbour Court

            The city council on Monday passed a resolution that backs the tenants of Harbour Court in their claim for repairs to the building.
            """)
        #expect(r.title == "Tenants Win Repairs at Harbour Court")
    }

    @Test func anInstructionUnderTheHeadlineLeavesTheHeadlineAboveIt() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            PRESS RELEASE
            jane@quillbooks.example
            www.quillbooks.example

            Harbour Author Urges Readers to Question Local Government

            For Immediate Release

            Author Jane Quill has published her first book, “Harbour Budgets for the Puzzled, the Worried, and the
            Curious.” The book is for readers who want to know how the council spends its money, what works and
            what does not, and how the budget could be planned in other ways by the people who pay for it.

            The idea came from her years of reporting on council meetings for the local paper.
            """)
        #expect(r.title == "Harbour Author Urges Readers to Question Local Government")
        #expect(r.release == "For Immediate Release")
    }

    /// A name and its tagline over the instruction, the body under it (a release with no headline), stay the
    /// letterhead: no letterhead or contact above them, and the name shares its block.
    @Test func aLetterheadOverTheInstructionIsNoHeadline() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            HARBOUR TENANTS UNION
            A union for the tenants of the harbour estates and their families

            For Immediate Release

            The union calls on every tenant of the harbour estates to join the meeting on Monday, where the council's
            answer to the claim for repairs will be read out and the next steps of the campaign will be decided by
            the members present, whatever the council's answer is. The meeting starts at seven in the hall of
            Harbour Court and is open to every tenant.
            """)
        #expect(r.title != "A union for the tenants of the harbour estates and their families")
        #expect(r.title != "HARBOUR TENANTS UNION")
    }

    // MARK: - A news wire's shortened title above the release's own headline

    static func wirePage(_ firstParagraph: String) -> String {
        """
        ---
        title: "NZ harbour trust opens its archive to schools"
        date: 2013-11-15
        ---
        NZ harbour trust opens its archive to schools
        =============================================

        **Friday, 15 November 2013, 12:22 pm**
        **Press Release: Harbour Trust**

        \(firstParagraph)

        The Harbour Trust has opened its archive of ship plans and harbour photographs to every school in the country, free of charge.

        "Children should see how their harbour was built," said the trust's archivist, Tom Beck.
        """
    }

    @Test func theReleasesOwnHeadlineUnderAWiresShortTitleIsTheHeadline() {
        let spelled = IssueDateEvidenceTests.parseNormalized(Self.wirePage("New Zealand harbour trust opens its archive to schools"), name: "fixture.md")
        #expect(spelled.title == "New Zealand harbour trust opens its archive to schools")
        #expect(spelled.paragraphs.first?.hasPrefix("The Harbour Trust has opened") == true)
        let labelled = IssueDateEvidenceTests.parseNormalized(Self.wirePage("Harbour Trust media release: New Zealand harbour trust opens its archive to schools, readers"), name: "fixture.md")
        #expect(labelled.title == "New Zealand harbour trust opens its archive to schools, readers")
        #expect(HeadlineRestated.isFuller("New Zealand harbour trust opens its archive", than: "NZ harbour trust opens its archive"))
    }

    /// The body's first sentence that says the same (a full stop), or a line that spells the capitals otherwise,
    /// stays body.
    @Test func aFirstSentenceSayingTheSameStaysBody() {
        let sentence = IssueDateEvidenceTests.parseNormalized(Self.wirePage("New Zealand harbour trust opens its archive to schools on Monday."), name: "fixture.md")
        #expect(sentence.title == "NZ harbour trust opens its archive to schools")
        #expect(sentence.paragraphs.first?.hasPrefix("New Zealand harbour trust") == true)
        let other = IssueDateEvidenceTests.parseNormalized(Self.wirePage("Harbour trust opens its archive to schools and readers"), name: "fixture.md")
        #expect(other.title == "NZ harbour trust opens its archive to schools")
        #expect(!HeadlineRestated.isFuller("North Zone harbour trust opens its archive", than: "NZ harbour trust shuts its archive"))
        #expect(HeadlineRestated.fullerHeadline("Harbour Trust chair Tom Beck says: New Zealand harbour trust opens its archive", than: "NZ harbour trust opens its archive") == nil)
    }
}
