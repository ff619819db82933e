import Testing
@testable import PressroomCore

/// Markdown from static-site generators (kramdown): attribute lists and images whose text wraps are markup,
/// not the release's text.
@Suite struct KramdownMarkupTests {
    @Test func attributeListsAndAWrappedImageShowNoText() {
        let r = IssueDateEvidenceTests.parse("""
            ---
            title: "Harbour Trust plants its first kelp line"
            date: 2026-03-02
            ---
            ![Kelp lines
            at dawn](/assets/img/kelp.jpg){:.img-fluid}

            Harbour Trust plants its first kelp line:
            "Forty volunteers, one cold morning"
            {:.text-center}

            Tacoma, March 2, 2026 – The Harbour Trust planted its first kelp line on Monday, with forty volunteers.
            {:.huge .my-3}

            The line will be harvested in the autumn.

            [Read the full report](https://harbour-trust.example/report){.xr-button}
            """, name: "kelp.md")
        #expect(r.title == "Harbour Trust plants its first kelp line: \"Forty volunteers, one cold morning\"")
        #expect(r.location == "Tacoma")
        #expect(r.paragraphs.first == "The Harbour Trust planted its first kelp line on Monday, with forty volunteers.")
        #expect(!r.paragraphs.joined().contains("{"), "\(r.paragraphs)")
        #expect(!r.paragraphs.joined().contains("Kelp lines"), "\(r.paragraphs)")
    }

    @Test func aPageTitleThatIsNotPrintedStaysTheHeadline() {
        let r = IssueDateEvidenceTests.parse("""
            ---
            title: "Harbour Trust plants its first kelp line"
            ---
            Tacoma, March 2, 2026 – The Harbour Trust planted its first kelp line on Monday, with forty volunteers.
            """, name: "kelp.md")
        #expect(r.title == "Harbour Trust plants its first kelp line")
    }

    @Test func aFirstParagraphThatOpensWithTheTitleIsNoHeadline() {
        let r = IssueDateEvidenceTests.parse("""
            ---
            title: "Harbour Trust opens new ferry terminal"
            ---
            Harbour Trust opens new ferry terminal in Portland with twelve berths, the trust said on Monday.

            Harbour Trust opens new ferry terminal — March 2, 2026
            """, name: "ferry.md")
        #expect(r.title == "Harbour Trust opens new ferry terminal")
        #expect(r.paragraphs.first?.hasPrefix("Harbour Trust opens new ferry terminal in Portland") == true)
    }

    @Test func anOpenBracketBeforeAHeadingJoinsNothing() {
        let r = IssueDateEvidenceTests.parse("""
            # Harbour Trust sets its fares

            Portland – Fares are in the range [2, 5)
            ## About the Harbour Trust
            The Harbour Trust runs the city's ferries.
            """, name: "fares.md")
        #expect(r.notes == ["The Harbour Trust runs the city's ferries."], "\(r.paragraphs)")
    }

    @Test func anAttributeLineEndsItsParagraph() {
        let r = IssueDateEvidenceTests.parse("""
            # Harbour Trust opens its terminal

            The Harbour Trust opened its terminal today.
            {: .lead}
            The terminal has twelve berths.
            """, name: "lead.md")
        #expect(r.paragraphs.count == 2, "\(r.paragraphs)")
    }

    @Test func theRecognisers() {
        #expect(MarkdownBlocks.attributeListStart("{:.text-center}") != nil)
        #expect(MarkdownBlocks.attributeListStart("Read more{.xr-button}") != nil)
        #expect(MarkdownBlocks.attributeListStart("The set {1, 2}") == nil)
        #expect(MarkdownBlocks.attributeListStart("abc{") == nil)
        #expect(MarkdownBlocks.attributeListStart("a brace {at the end}") == nil)
        #expect(MarkdownBlocks.joiningWrappedBrackets(["![Kelp", "at dawn](/k.jpg)", "", "[1] note"]) == ["![Kelp at dawn](/k.jpg)", "", "[1] note"])
    }
}
