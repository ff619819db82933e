import Foundation
import Testing
@testable import PressroomCore

/// Paragraphs and notes from the genre (issue 9, session 12, body12): a copied page's foot under its copyright
/// line, and a section heading at the top of a page. Each layout has a fixture of invented text and a look-alike that
/// the rule must leave alone.
@Suite struct BodyRulesSession12Tests {
    static func markdown(_ text: String) -> Release {
        IssueDateEvidenceTests.parse(text, name: "copied.md")
    }

    // MARK: - A copied page's foot

    /// A release as a news wire's page prints it, copied to markdown: the wire's copyright line under the release,
    /// then the site's own matter (an advertisement marker, a style sheet's rules that leaked into the copy, a call
    /// to subscribe, a pointer to more from the issuer).
    static func wirePage(endMark: Bool) -> String {
        """
        # Lakeside Rowing Club Opens Its Boathouse to Schools

        **Tuesday, 4 June 2024, 10:12 am**
        **Press Release: Lakeside Rowing Club**

        The Lakeside Rowing Club will open its boathouse to the district's primary schools every Wednesday from next term, giving some four hundred pupils their first time on the water.

        “Rowing should not depend on where you live or what your parents earn,” said the club's captain, Oriel Fenwick.

        The club has bought six training boats with a grant from the regional sports trust.
        \(endMark ? "\nENDS\n" : "")
        [© Harbour Wire](https://wire.example.net/about/terms.html)

        Advertisement - scroll to continue reading

        a.member:hover {background:#1F6E8C!important;} @media screen and (max-width: 480px) { #byline div.byline {padding-right:12px;}}

        ### Reading Harbour Wire at work?

        Harbour Wire is free to read at home, but businesses need a licence to use it. Join today with plans from a few dollars a month.

        [Join as a business](https://wire.example.net/join) [Learn more](https://wire.example.net/licence)

        Find more from [Lakeside Rowing Club](https://wire.example.net/lrc) on the wire's pages.
        """
    }

    @Test func aCopiedPagesFootIsNeitherBodyNorNotes() {
        for endMark in [false, true] {
            let r = Self.markdown(Self.wirePage(endMark: endMark))
            #expect(r.title == "Lakeside Rowing Club Opens Its Boathouse to Schools")
            #expect(r.paragraphs.count == 3, "end mark: \(endMark)")
            #expect(r.paragraphs.last == "The club has bought six training boats with a grant from the regional sports trust.")
            #expect(r.notes.isEmpty, "end mark: \(endMark)")
            #expect(!(r.paragraphs + r.notes).contains { $0.contains("licence") || $0.contains("background:") || $0.contains("Find more") })
        }
    }

    /// The look-alike: a photograph's credit (`© Name`) near the end of a release, with the release's About section and
    /// its contact under it. The credit is dropped as before; the About section is still the notes, the contact read.
    @Test func aCreditAboveTheReleasesOwnClosingMatterIsNoFoot() {
        let r = Self.markdown("""
            # Lakeside Rowing Club Opens Its Boathouse to Schools

            The Lakeside Rowing Club will open its boathouse to the district's primary schools every Wednesday from next term, giving some four hundred pupils their first time on the water.

            The club has bought six training boats with a grant from the regional sports trust.

            © Tamsin Orrell

            ### About Lakeside Rowing Club

            Lakeside Rowing Club was founded in 1921 and trains some two hundred rowers of every age on the north shore of the lake.

            Media contact: Oriel Fenwick, captain@lakeside-rowing.example.org, +44 1632 960 418
            """)
        #expect(r.paragraphs.count == 2)
        #expect(r.notes == ["Lakeside Rowing Club was founded in 1921 and trains some two hundred rowers of every age on the north shore of the lake."])
        #expect(r.contacts.first?.emails == ["captain@lakeside-rowing.example.org"])
    }

    /// The look-alike: a credit between the body's paragraphs, far from the end, ends nothing.
    @Test func aCreditInsideTheBodyIsNoFoot() {
        var text = """
            # Lakeside Rowing Club Opens Its Boathouse to Schools

            The Lakeside Rowing Club will open its boathouse to the district's primary schools every Wednesday from next term.

            © 2024 Tamsin Orrell

            """
        for k in 1...9 { text += "\nThe club's volunteer coach number \(k) will take one group of pupils out each week in a training boat.\n" }
        let r = Self.markdown(text)
        #expect(r.paragraphs.count == 10)
    }

    // MARK: - A heading at the top of a page

    static func pdfText(_ text: String) -> Release {
        IssueDateEvidenceTests.parseNormalized(text, name: "pages.pdftotext.txt")
    }

    /// Two pages of pdftotext text: the first ends on a full line that ends a sentence; the second opens with `top`.
    static func pages(top: [String]) -> Release {
        pdfText(
            PageBreakParagraphTests.page(1, of: 2, [
                "12 May 2024",
                "",
                "Harbour authority opens new ferry terminal on the east quay",
                "",
                "The Harbour Ports Authority today opened a new ferry terminal on the east",
                "quay of the harbour, which will handle up to two million passengers a year.",
                "The terminal replaces the old building, which had served since the 1960s.",
                "Passengers will board from two covered walkways at any tide, day or night.",
            ]) + PageBreakParagraphTests.page(2, of: 2, top + [
                "",
                "Media contact: Ines Varga, +45 33 12 34 56, ines.varga@harbourports.dk",
            ]))
    }

    @Test func aHeadingAtAPagesTopUnderAFinishedSentenceOpensItsOwnBlock() {
        let r = Self.pages(top: [
            "Early Results and Next Steps",
            "In its first month the terminal has handled more passengers than the old",
            "building did in its busiest quarter, and the ferry company wants two more",
            "berths by next spring.",
        ])
        #expect(r.paragraphs.count == 3)
        #expect(r.paragraphs.dropFirst().first == "Early Results and Next Steps")
        #expect(r.paragraphs.first?.hasSuffix("at any tide, day or night.") == true)
    }

    /// The look-alike: the page opens with the paragraph's own short last line, an address the writer left without a
    /// full stop. It goes on with the paragraph, as before.
    @Test func aShortLastLineWithAnAddressAtAPagesTopStaysInItsParagraph() {
        let r = Self.pages(top: ["Timetables at harbourports.example/ferry"])
        #expect(r.paragraphs.count == 1)
        #expect(r.paragraphs.first?.hasSuffix("day or night. Timetables at harbourports.example/ferry") == true)
    }

    // MARK: - A joint statement's signatories

    static let jointStatement = """
        Joint statement: county clerks call for paper ballots in every precinct

        We, the elected clerks of eleven counties, call on the state legislature to fund paper ballots in every
        precinct before the next general election.

        Voters deserve a record of their choice that they can see and that a recount can read again.

        We ask the legislature to act in its spring session.

        List of Signatories
        Marta Quillon
        County Clerk, Ashford County
        Devin Okoro
        County Clerk, Brennan County
        Sunniva Lamb
        County Clerk, Corliss County

        Media contact: Ines Varga, +1 555 014 2290, press@clerks-coalition.example.org
        """

    @Test func aListOfSignatoriesIsNeitherBodyNorNotes() {
        let r = IssueDateEvidenceTests.parse(Self.jointStatement, name: "statement.txt")
        #expect(r.paragraphs.count == 3)
        #expect(r.paragraphs.last == "We ask the legislature to act in its spring session.")
        #expect(r.notes.isEmpty)
        #expect(!(r.paragraphs + r.notes).contains { $0.contains("Quillon") || $0.contains("Signatories") })
        #expect(r.contacts.contains { $0.emails == ["press@clerks-coalition.example.org"] })
    }

    /// The look-alike: a sentence about the signatories is the statement's text, and so is the paragraph under it.
    @Test func aSentenceAboutTheSignatoriesStaysInTheBody() {
        let r = IssueDateEvidenceTests.parse("""
            Joint statement: county clerks call for paper ballots in every precinct

            We, the elected clerks of eleven counties, call on the state legislature to fund paper ballots in every
            precinct before the next general election.

            The signatories will meet the committee on 3 March.

            We ask the legislature to act in its spring session.
            """, name: "statement.txt")
        #expect(r.paragraphs.count == 3)
        #expect(r.paragraphs.last == "We ask the legislature to act in its spring session.")
    }

    // MARK: - A box of facts

    static func residency(box: String) -> Release {
        IssueDateEvidenceTests.parse("""
            Harbour Arts Fund names its first resident composer

            The Harbour Arts Fund has named its first composer in residence, who will write three works for the town's brass band over the coming year.

            \(box)

            Marchetti studied in Trieste and has written for brass bands in four countries.
            """, name: "residency.txt")
    }

    @Test func aBoxOfLabelledFactsIsAParagraphAFact() {
        let r = Self.residency(box: """
            Composer: Ilse Marchetti
            Residency: September 2024 to August 2025
            Website: https://marchetti-music.example.org
            """)
        #expect(r.paragraphs == [
            "The Harbour Arts Fund has named its first composer in residence, who will write three works for the town's brass band over the coming year.",
            "Composer: Ilse Marchetti", "Residency: September 2024 to August 2025", "Website: https://marchetti-music.example.org",
            "Marchetti studied in Trieste and has written for brass bands in four countries.",
        ])
    }

    /// The look-alike: a labelled paragraph whose value wraps onto a line of its own is one paragraph, as printed.
    @Test func aLabelWhoseValueWrapsIsOneParagraph() {
        let r = Self.residency(box: """
            Venue: the old customs house on the east quay, which the fund restored in 2019 with
            help from the town council and two local firms, and which seats two hundred people.
            """)
        #expect(r.paragraphs.count == 3)
        #expect(r.paragraphs.dropFirst().first?.hasPrefix("Venue: the old customs house") == true)
    }
}
