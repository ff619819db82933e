import Foundation
import Testing
@testable import PressroomCore

/// Headline and standfirst layouts of releases the parser was not tuned on (session 11, title11), each in invented
/// words with a near layout the rule must leave alone: a capitals headline over its deck in PDF text without gaps,
/// a wrapped headline whose last line leaves room before the deck, a contact printed above the headline without a
/// label (or its labels and values in two columns read apart), and a news wire's shortened title above the release's own headline.
@Suite struct HeadlineGenreRulesTests {
    static func parse(_ text: String, name: String = "fixture.txt") -> Release {
        IssueDateEvidenceTests.parse(TextNormalizer.normalize(text), name: name)
    }

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
        let r = Self.parse(Self.pdftotext([
            "FOR IMMEDIATE RELEASE", "4 March 2025", "",
            "HARBOUR VOLUNTEERS CLEAN THE LONGEST BEACH OF THE COAST",
            "Over 200 volunteers expected, four tonnes of litter to lift",
        ]))
        #expect(r.title == "HARBOUR VOLUNTEERS CLEAN THE LONGEST BEACH OF THE COAST")
        #expect(r.subtitle == "Over 200 volunteers expected, four tonnes of litter to lift")
    }

    /// A capitals headline wrapped at its measure onto a second capitals line stays one headline.
    @Test func aCapitalsHeadlineWrappedInCapitalsStaysOne() {
        let r = Self.parse(Self.pdftotext([
            "FOR IMMEDIATE RELEASE", "4 March 2025", "",
            "HARBOUR VOLUNTEERS CLEAN THE LONGEST BEACH OF THE COAST",
            "AS TWO HUNDRED WALKERS LIFT FOUR TONNES OF LITTER",
        ]))
        #expect(r.title == "HARBOUR VOLUNTEERS CLEAN THE LONGEST BEACH OF THE COAST AS TWO HUNDRED WALKERS LIFT FOUR TONNES OF LITTER")
        #expect(r.subtitle == nil)
    }

    // MARK: - A wrapped headline's last line leaves room: the deck follows

    @Test func aLineThatLeftRoomForTheNextWordEndsTheHeadline() {
        let r = Self.parse(Self.pdftotext([
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
        let r = Self.parse(Self.pdftotext([
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
        let r = Self.parse("""
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

    /// A name over a web address with no e-mail or number under it is no contact: the line stays the headline.
    @Test func aNameOverAWebAddressAloneStaysTheHeadline() {
        let r = Self.parse("""
            May 2024

            Harbour Votes Opens Its Election Guide
            https://harbourvotes.example
            Every candidate

            A group of volunteers has built a guide to the council election that lists every candidate and every hustings in the district.
            """, name: "fixture.md")
        #expect(r.title == "Harbour Votes Opens Its Election Guide")
    }

    /// A contact table's labels and values read one column after the other (`CONTACT:` / `PHONE:` / name /
    /// number): the values are the contact, not the headline.
    @Test func contactLabelsPrintedApartFromTheirValuesLeaveTheHeadline() {
        let r = Self.parse("""
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
            """ + "\n\u{0C}")
        #expect(r.title == "Local pantry opens a second kitchen for families of the east side")
        #expect(r.contacts.contains { $0.name == "Jane Roe" })
    }

    /// A contact label with its value on its line is read as before, and a plain line under it that no number or
    /// address follows is not taken for a contact.
    @Test func aLabelWithItsValueKeepsTheHeadlineBelow() {
        let r = Self.parse("""
            MAPLE STREET PANTRY
            CONTACT: Jane Roe
            PHONE:

            Local Pantry Opens a Second Kitchen
            East Side Families

            The pantry opened its second kitchen on Monday, six months after a neighbour's gift paid for the ovens.
            """)
        #expect(r.title == "Local Pantry Opens a Second Kitchen")
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
        let spelled = Self.parse(Self.wirePage("New Zealand harbour trust opens its archive to schools"), name: "fixture.md")
        #expect(spelled.title == "New Zealand harbour trust opens its archive to schools")
        #expect(spelled.paragraphs.first?.hasPrefix("The Harbour Trust has opened") == true)
        let labelled = Self.parse(Self.wirePage("Harbour Trust media release: New Zealand harbour trust opens its archive to schools, readers"), name: "fixture.md")
        #expect(labelled.title == "New Zealand harbour trust opens its archive to schools, readers")
        #expect(HeadlineRestated.isFuller("New Zealand harbour trust opens its archive", than: "NZ harbour trust opens its archive"))
    }

    /// The body's first sentence that says the same (a full stop), or a line that spells the capitals otherwise,
    /// stays body.
    @Test func aFirstSentenceSayingTheSameStaysBody() {
        let sentence = Self.parse(Self.wirePage("New Zealand harbour trust opens its archive to schools on Monday."), name: "fixture.md")
        #expect(sentence.title == "NZ harbour trust opens its archive to schools")
        #expect(sentence.paragraphs.first?.hasPrefix("New Zealand harbour trust") == true)
        let other = Self.parse(Self.wirePage("Harbour trust opens its archive to schools and readers"), name: "fixture.md")
        #expect(other.title == "NZ harbour trust opens its archive to schools")
        #expect(!HeadlineRestated.isFuller("North Zone harbour trust opens its archive", than: "NZ harbour trust shuts its archive"))
        #expect(HeadlineRestated.fullerHeadline("Harbour Trust says: New Zealand harbour trust opens its archive", than: "NZ harbour trust opens its archive") == nil)
    }
}
