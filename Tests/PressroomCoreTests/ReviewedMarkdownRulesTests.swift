import Foundation
import Testing
@testable import PressroomCore

/// Markdown layouts a second reader invented against the fifth set's markdown rules, each of which broke a first
/// version of them: the front matter's title kept when the page prints `FOR IMMEDIATE RELEASE` over its lead and
/// its title names no kind; links a lead-in sentence announces stay body; a run-in `About X:` that labels a
/// paragraph of the body (`About Parking: …`) is no note; a quotation set as a blockquote and a lead set in bold
/// under the headline are body, not the standfirst; `>50` opening a web page's paragraph keeps its `>`.
@Suite struct ReviewedMarkdownRulesTests {
    static func parse(_ text: String) -> Release { IssueDateEvidenceTests.parse(text, name: "fixture.md") }

    @Test func aTitleThatIsAHeadlineStaysOverAPrintedInstruction() {
        let r = Self.parse("""
            ---
            title: "Kestrel Robotics Names Amara Okafor Chief Engineer"
            date: 2024-09-12
            ---

            FOR IMMEDIATE RELEASE

            Kestrel Robotics today named Amara Okafor its chief engineer, effective October 1, after six years leading the company's warehouse arm program.

            Okafor joined Kestrel in 2018 from a university lab and has led the team that built its second-generation gripper.

            "Amara has shaped every machine we ship," said chief executive Paul Lindqvist.
            """)
        #expect(r.title == "Kestrel Robotics Names Amara Okafor Chief Engineer")
        #expect(r.paragraphs.first?.hasPrefix("Kestrel Robotics today named") == true)
    }

    @Test func linksALeadInAnnouncesStayBody() {
        let r = Self.parse("""
            # Trailhead App Adds Offline Maps and Live Tide Tables

            The Trailhead hiking app released version 4.0 today, with three features its users asked for most in last year's survey:

            * [Offline maps for every marked trail in the state's forty parks](https://trailhead.example.com/features/offline)
            * [A tide table for each coastal trail that updates every hour](https://trailhead.example.com/features/tides)
            * [Trail reports from rangers, posted within a day of a closure](https://trailhead.example.com/features/reports)

            The update is free for all users and can be downloaded today from both app stores.

            "Hikers told us they lose signal right where they need the map," said founder Kai Moreno.
            """)
        #expect(r.paragraphs.contains { $0.hasPrefix("Offline maps for every marked trail") })
        #expect(r.paragraphs.count == 6)
    }

    @Test func aLabelledParagraphOfTheBodyIsNoNote() {
        let r = Self.parse("""
            # Harbour Days Festival Returns to the East Quay

            PORT ELLIN, Maine, June 3, 2025 – The Harbour Days festival returns to the east quay on July 12 and 13 with boat races, a fish market and music on two stages.

            About Tickets: Tickets cost twelve dollars for adults and six for children, and go on sale at the harbour office on June 10.

            About Parking: The quay car park will be closed both days, and shuttle buses will run from the school every fifteen minutes.

            "We expect more visitors than ever this year," said festival director Ines Carvalho.

            The full programme is printed in the festival guide, free at every shop on Water Street.
            """)
        #expect(r.notes.isEmpty)
        #expect(r.paragraphs.count == 5)
    }

    @Test func aQuotationSetAsABlockquoteIsBody() {
        let r = Self.parse("""
            # Riverside Library Opens Its New Children's Wing

            > "This wing belongs to every child in the valley," said Mayor Dana Holt at the opening.

            The Riverside Library opened its new children's wing on Saturday, adding a reading room, a story corner and two thousand new picture books.

            The wing was paid for by a bond that voters approved in 2022.
            """)
        #expect(r.subtitle == nil)
        #expect(r.paragraphs.first?.hasPrefix("\"This wing belongs") == true)
    }

    @Test func aLeadSetInBoldIsBody() {
        let r = Self.parse("""
            # Kestrel Robotics Names New Chief Engineer

            **Kestrel Robotics today named Amara Okafor its chief engineer, effective October 1, after six years leading the company's warehouse arm program.**

            Okafor joined Kestrel in 2018 from a university lab and has led the team that built its second-generation gripper.

            "Amara has shaped every machine we ship," said chief executive Paul Lindqvist.
            """)
        #expect(r.subtitle == nil)
        #expect(r.paragraphs.first?.hasPrefix("Kestrel Robotics today named") == true)
    }

    @Test func aGreaterThanSignOpeningAWebParagraphStays() {
        #expect(LogicalMarkdown.escapeLineStart(">50 members ride") == "\\>50 members ride")
        #expect(LogicalMarkdown.escapeLineStart("> quoted") == "\\> quoted")
    }
}
