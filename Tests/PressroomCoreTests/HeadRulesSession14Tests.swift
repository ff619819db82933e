import Foundation
import Testing
@testable import PressroomCore

/// Head rules written in session 14, each a property of releases with a fixture in our own words: a change of
/// type size ends the headline or the deck, a date printed over the first paragraph is the date, a participle of
/// making is no place, a double-encoded no-break space alone on its line is an empty line, a line without a word
/// is never the headline, and a front matter's title printed where the standfirst was sought is the headline.
@Suite struct HeadRulesSession14Tests {
    typealias Line = PDFLayoutText.Line

    // MARK: - A change of type size

    @Test func aChangeOfTypeSizeOpensAParagraph() {
        // A headline of two lines at 18 pt over a deck of two lines at 15 pt, set as tight as their own lines.
        let flow = [Line(text: "Harbour Trust Opens the Longest", top: 100, bottom: 118, typeSize: 18),
                    Line(text: "Boardwalk on the Coast", top: 121, bottom: 139, typeSize: 18),
                    Line(text: "Volunteers From Nine Towns Laid", top: 142, bottom: 157, typeSize: 15),
                    Line(text: "Every Plank in Under a Year", top: 160, bottom: 175, typeSize: 15)]
        #expect(PDFLayoutText.text([[flow]]) ==
            "Harbour Trust Opens the Longest\nBoardwalk on the Coast\n\nVolunteers From Nine Towns Laid\nEvery Plank in Under a Year\n\n\u{0C}")
        // pdftotext's own text is kept where no paragraph gaps are asked for.
        #expect(!PDFLayoutText.text([[flow]], paragraphGaps: false).contains("Coast\n\n"))
    }

    @Test func sizesCloseTogetherOrMixedInALineSayNothing() {
        let a = Line(text: "The boardwalk runs for four", top: 100, bottom: 112, typeSize: 12)
        // Within a tenth: one size, as two fonts' boxes of one size differ.
        #expect(!PDFLayoutText.changesTypeSize(Line(text: "kilometres along the dunes.", top: 114, bottom: 127, typeSize: 13), after: a))
        // A line of mixed sizes (a superscript, an emoji) has no size of its own.
        #expect(!PDFLayoutText.changesTypeSize(Line(text: "kilometres¹ along the dunes.", top: 114, bottom: 130, typeSize: nil), after: a))
        // A line beside the one before (a table's next cell) is no line under it.
        #expect(!PDFLayoutText.changesTypeSize(Line(text: "Phone", top: 100, bottom: 109, typeSize: 9), after: a))
        #expect(PDFLayoutText.changesTypeSize(Line(text: "Footnote", top: 114, bottom: 123, typeSize: 9), after: a))
        let words = [PDFLayoutText.Word(text: "Quay", xMin: 0, xMax: 20, yMin: 100, yMax: 110),
                     PDFLayoutText.Word(text: "1", xMin: 20, xMax: 23, yMin: 100, yMax: 105)]
        #expect(PDFLayoutText.typeSize(words) == nil)
        #expect(PDFLayoutText.typeSize(Array(words.prefix(1))) == 10)
    }

    // MARK: - The date over the first paragraph

    static let datedParagraph = """
        QUILLBOX Makes Household Budgets Simple and Cheap for Young Families

        August 12, 2026
        Parents of young children spend hours every month on bills, and many give up on keeping a budget at
        all. QUILLBOX is changing that with a free planner.

        The planner runs on any phone and needs no account.
        """

    @Test func aDateLineOverTheFirstParagraphIsTheDate() {
        let release = IssueDateEvidenceTests.parse(Self.datedParagraph)
        #expect(release.title == "QUILLBOX Makes Household Budgets Simple and Cheap for Young Families")
        #expect(release.date == "2026-08-12")
        #expect(release.paragraphs.first?.hasPrefix("Parents of young children") == true)
        #expect(!release.paragraphs.contains { $0.contains("August 12") })
    }

    @Test func aLineThatIsNoDateStaysInItsParagraph() {
        let plain = Self.datedParagraph.replacingOccurrences(of: "August 12, 2026\n", with: "Across the country,\n")
        let release = IssueDateEvidenceTests.parse(plain)
        #expect(release.paragraphs.first?.hasPrefix("Across the country, Parents") == true)
    }

    // MARK: - A participle of making is no place

    @Test func aParticipleOfMakingBeforeADateIsNoPlace() {
        #expect(!Dateline.isPlace("Cryptocurrency Quillcoin, Created"))
        #expect(!Dateline.isPlace("Harbour Trust, Founded"))
        #expect(Dateline.isPlace("Kelso, Washington"))
        #expect(Dateline.isPlace("Rio de Janeiro"))
        let text = """
            Press Release

            January 5th, 2022

            A First Look at the Open, Decentralised
            Ledger Quillcoin, Created 1/1/2022

            The ledger's makers said on Monday that it would open its code to the public, and hire forty people over the next year.
            """
        let release = IssueDateEvidenceTests.parse(text)
        #expect(release.title == "A First Look at the Open, Decentralised Ledger Quillcoin, Created 1/1/2022")
        #expect(release.location == nil)
        #expect(release.date == "2022-01-05")
    }

    // MARK: - A double-encoded no-break space alone on its line

    @Test func aLoneDoubleEncodedNoBreakSpaceIsAnEmptyLine() {
        #expect(TextNormalizer.normalize("Media Release\n\nÂ\n\nHARBOUR TRUST\n") == "Media Release\n\n\n\nHARBOUR TRUST\n")
        #expect(TextNormalizer.normalize("a\n  Â\u{00A0} \nb") == "a\n    \nb")
        // `Â` in a word or beside one stays.
        #expect(TextNormalizer.normalize("ÂME\nLÂ\nÂ b\n") == "ÂME\nLÂ\nÂ b\n")
        let text = """
            MEDIA RELEASE

            Â

            Harbour lanterns relit on the east pier

            Â

            The trust relit the twelve lanterns of the east pier on Friday after a winter of repairs paid for by 300 donors.

            Â

            Each lantern was cleaned and fitted with a new burner by volunteers from the boat club.
            """
        let release = IssueDateEvidenceTests.parseNormalized(text)
        #expect(release.title == "Harbour lanterns relit on the east pier")
        #expect(release.paragraphs.count == 2)
    }

    // MARK: - A line without a word is never the headline

    @Test func aLineWithoutAWordIsNeverTheHeadline() {
        #expect(!ReleaseSegmenter.holdsWord("/"))
        #expect(!ReleaseSegmenter.holdsWord("05"))
        #expect(!ReleaseSegmenter.holdsWord("* * *"))
        #expect(!ReleaseSegmenter.holdsWord("!"))
        #expect(ReleaseSegmenter.holdsWord("Go"))
        #expect(ReleaseSegmenter.holdsWord("日本"))
        let text = """
            /

            Harbour lanterns relit on the east pier

            The trust relit the twelve lanterns of the east pier on Friday after a winter of repairs paid for by 300 donors.

            Each lantern was cleaned and fitted with a new burner by volunteers from the boat club.
            """
        #expect(IssueDateEvidenceTests.parse(text).title == "Harbour lanterns relit on the east pier")
    }

    // MARK: - The front matter's title where the standfirst was sought

    @Test func theFrontMatterTitlePrintedUnderDebrisIsTheHeadline() {
        let text = """
            ---
            title: "Harbour lanterns: relit at last"
            date: "1990-06-07"
            ---

            Qx Harbour Trust 18/90 issued 7 June 1990

            HARBOUR LANTERNS: RELIT AT LAST

            The trust relit the twelve lanterns of the east pier on Friday after a winter of repairs paid for by 300 donors.

            Each lantern was cleaned and fitted with a new burner by volunteers from the boat club.
            """
        let release = IssueDateEvidenceTests.parse(text, name: "fixture.txt")
        #expect(release.title == "HARBOUR LANTERNS: RELIT AT LAST")
        #expect(release.subtitle == nil)
    }
}
