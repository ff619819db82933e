import Foundation
import Testing
@testable import PressroomCore

/// pdftotext prints a page break as a form feed between the pages' furniture, and the gap between two
/// paragraphs that meet at a page break is lost. A typesetter fills every line of a paragraph but its
/// last: a page that ends on a full line goes on with the same paragraph, one that ends on a line with
/// room left ended its paragraph there.
@Suite struct PageBreakParagraphTests {
    static func parse(_ text: String) -> Release {
        let file = SourceFile(url: URL(fileURLWithPath: "/test/pages.txt"), source: "pages.txt", format: .text)
        return ReleaseParser.parse(LoadedDocument(file: file, text: TextNormalizer.normalize(text), id: "test"))
    }

    static func page(_ n: Int, of m: Int, _ lines: [String]) -> String {
        "Harbour Ports Authority\n\n" + lines.joined(separator: "\n") + "\n\nPage \(n) of \(m)\n\u{0C}"
    }

    static let release = parse(
        page(1, of: 3, [
            "12 May 2024",
            "",
            "Harbour authority opens new ferry terminal on the east quay",
            "",
            "The Harbour Ports Authority today opened a new ferry terminal on the east",
            "quay of the harbour, which will handle up to two million passengers a year.",
            "The terminal replaces the old building, which had served since the 1960s.",
            "Passengers will be able to board from two covered walkways at any tide.",
        ]) + page(2, of: 3, [
            "Work began three years ago and was finished on time and within its budget,",
            "with most of the steel and glass made by firms based on the island itself.",
            "",
            "The ferry company will move its ticket office there in June.",
        ]) + page(3, of: 3, [
            "The old terminal will be taken down over the winter and its site turned",
            "into a car park for the ferry, with room for three hundred vehicles.",
            "",
            "Media contact: Ines Varga, +45 33 12 34 56, ines.varga@harbourports.dk",
        ]))

    @Test func aFullLastLineGoesOnAcrossThePageBreak() {
        #expect(Self.release.paragraphs.first == "The Harbour Ports Authority today opened a new ferry terminal on the east quay of the harbour, which will handle up to two million passengers a year. The terminal replaces the old building, which had served since the 1960s. Passengers will be able to board from two covered walkways at any tide. Work began three years ago and was finished on time and within its budget, with most of the steel and glass made by firms based on the island itself.")
    }

    @Test func aLastLineWithRoomLeftEndsItsParagraphAtThePageBreak() {
        #expect(Self.release.paragraphs.count == 3)
        #expect(Self.release.paragraphs.dropFirst().first == "The ferry company will move its ticket office there in June.")
        #expect(Self.release.title == "Harbour authority opens new ferry terminal on the east quay")
        #expect(Self.release.contacts.first?.name == "Ines Varga")
    }

    /// Press releases give a quotation a paragraph of its own: after a sentence end, a page that opens with a
    /// quotation mark starts a new paragraph even under a full line.
    @Test func aPageOpeningWithAQuotationAfterASentenceEndStartsAParagraph() {
        let release = Self.parse(
            Self.page(1, of: 2, [
                "12 May 2024",
                "",
                "Harbour authority opens new ferry terminal on the east quay",
                "",
                "The Harbour Ports Authority today opened a new ferry terminal on the east",
                "quay of the harbour, which will handle up to two million passengers a year.",
                "The terminal replaces the old building, which had served since the 1960s.",
                "Passengers will be able to board from two covered walkways at any tide now.",
            ]) + Self.page(2, of: 2, [
                "“The terminal gives the island a front door it can be proud of,” said the",
                "authority’s chair, Mara Quist.",
            ]))
        #expect(release.paragraphs.count == 2)
        #expect(release.paragraphs.last == "“The terminal gives the island a front door it can be proud of,” said the authority’s chair, Mara Quist.")
    }

    /// `-30-` is the newsroom's end mark, not a page number: a page that opens with it opens no paragraph
    /// of the body, and what follows it (the contact) stays out of the body.
    @Test func anEndMarkOpeningAPageIsNoPageNumber() {
        let release = Self.parse(
            Self.page(1, of: 2, [
                "12 May 2024",
                "",
                "Harbour authority opens new ferry terminal on the east quay",
                "",
                "The Harbour Ports Authority today opened a new ferry terminal on the east",
                "quay of the harbour, which will handle up to two million passengers a year.",
                "The terminal replaces the old building, which had served since the 1960s.",
                "Passengers will be able to board from two covered walkways at any tide now.",
            ]) + Self.page(2, of: 2, [
                "-30-",
                "",
                "For further information contact Ines Varga (Press Officer) on",
                "+45 33 12 34 56 or ines.varga@harbourports.dk.",
            ]))
        #expect(release.paragraphs.count == 1)
        #expect(release.contacts.first?.name == "Ines Varga")
        #expect(release.contacts.first?.emails == ["ines.varga@harbourports.dk"])
    }
}

/// PDF text often prints a section heading straight above its paragraph, with no gap: the heading ends
/// early (the next word would have fitted) and the paragraph's first line fills the measure. The heading is
/// a paragraph of its own; a paragraph's first line that wraps early before a bracket or after a small
/// joining word is not a heading.
@Suite struct HeadingAboveParagraphTests {
    static let release = PageBreakParagraphTests.parse(
        PageBreakParagraphTests.page(1, of: 2, [
            "12 May 2024",
            "",
            "Harbour authority opens new ferry terminal on the east quay",
            "",
            "The Harbour Ports Authority today opened a new ferry terminal on the east",
            "quay of the harbour, which will handle up to two million passengers a year",
            "and replaces the old hall.",
            "Timetable for the Summer",
            "Ferries will leave every forty minutes from the first of June until the end",
            "of September, and every hour for the rest of the year, tides permitting.",
            "The new ticket office was designed by the island's own Kestrel Studio",
            "(Kestrel Architects and Planners) and opens at six every morning of the",
            "week, including public holidays, for passengers with or without a car.",
        ]) + PageBreakParagraphTests.page(2, of: 2, [
            "Work on the quay began three years ago and was finished on time, and the",
            "steel and glass were made by firms based on the island itself. A ferry of the",
            "Northern Line will call there twice a week, the first on the fourth of June.",
            "",
            "Media contact: Ines Varga, +45 33 12 34 56, ines.varga@harbourports.dk",
        ]))

    @Test func aHeadingAboveItsParagraphIsAParagraphOfItsOwn() {
        let paragraphs = Self.release.paragraphs
        #expect(paragraphs.contains("Timetable for the Summer"))
        #expect(paragraphs.contains { $0.hasPrefix("Ferries will leave every forty minutes") })
    }

    @Test func aFirstLineThatWrapsBeforeABracketIsNoHeading() {
        #expect(Self.release.paragraphs.contains { $0.hasPrefix("The new ticket office was designed by the island's own Kestrel Studio (Kestrel") })
    }

    @Test func theRuleInIsolation() {
        let width = 76
        #expect(BlockSplitter.headingAbove("Timetable for the Summer", "Ferries will leave every forty minutes from the first of June until the end", width: width, fill: 0.92))
        // A line that ends on a joining word, holds a comma, ends a clause or ends a sentence is no heading.
        #expect(!BlockSplitter.headingAbove("A ferry of the", "Northern Line will call there twice a week, the first on the fourth of June.", width: width, fill: 0.92))
        #expect(!BlockSplitter.headingAbove("Ferries, buses", "Northern Line will call there twice a week, the first on the fourth of June.", width: width, fill: 0.92))
        #expect(!BlockSplitter.headingAbove("The report finds that:", "Northern Line will call there twice a week, the first on the fourth of June.", width: width, fill: 0.92))
        #expect(!BlockSplitter.headingAbove("The terminal is open.", "Northern Line will call there twice a week, the first on the fourth of June.", width: width, fill: 0.92))
        // Above a short line (a contact block, an address) it is no heading either.
        #expect(!BlockSplitter.headingAbove("Ines Varga", "Press Officer", width: width, fill: 0.92))
    }
}

/// A PDF prints ordinal suffixes raised (`1st`, `2ème`); extraction puts them on a line of their own, which
/// is no part of the headline or the body.
@Suite struct SuperscriptLineTests {
    @Test func aLoneOrdinalSuffixIsDropped() {
        let r = PageBreakParagraphTests.parse(PageBreakParagraphTests.page(1, of: 1, [
            "Harbour Trust Invites Students to Its First Open Archive Day",
            "st",
            "",
            "On Saturday 1 June the Harbour Trust opens its archive of ship plans and letters to students of the",
            "island's schools, with guided tours every hour from ten in the morning until four.",
            "",
            "Media contact: Ines Varga, +45 33 12 34 56, ines.varga@harbourports.dk",
        ]))
        #expect(r.title == "Harbour Trust Invites Students to Its First Open Archive Day")
        #expect(!r.paragraphs.contains { $0.hasPrefix("st ") || $0 == "st" })
        #expect(LayoutRecovery.withoutSuperscripts([LayoutBlock(lines: [PrintedLine(raw: "st")])]).isEmpty)
        #expect(LayoutRecovery.withoutSuperscripts([LayoutBlock(lines: [PrintedLine(raw: "Staff")])]).count == 1)
    }
}

/// A line repeated at the top of two pages is a running header only where it stands at the page's edge: the
/// desk named in the letterhead and again under `For more information:` on the last page is the contact.
@Suite struct RepeatedLineUnderTextTests {
    @Test func aDeskNamedAgainUnderAContactHeadingIsTheContact() {
        let text = [
            "MINISTRY OF WATER AND RURAL SANITATION", "Communication and Image Office", "Date: 22/03/2024", "PRESS RELEASE",
            "", "Government launches programme to repair 1,500 rural water points", "",
            "The Ministry today launched a programme to repair water points in two provinces, which will serve about",
            "450,000 people when the work ends next year.", "",
            "\u{0C}For more information:", "Communication and Image Office", "Tel.: +258 21 555 012", "E-mail: cio@water.example", "",
            "\u{0C}",
        ].joined(separator: "\n")
        let r = PageBreakParagraphTests.parse(text)
        #expect(r.contacts.first?.name == "Communication and Image Office")
        #expect(r.contacts.first?.emails == ["cio@water.example"])
    }
}
