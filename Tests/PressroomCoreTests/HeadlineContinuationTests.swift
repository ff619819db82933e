import Foundation
import Testing
@testable import PressroomCore

/// A headline wrapped over two lines of a PDF is one headline: the second line continues the first.
@Suite struct HeadlineContinuationTests {
    static func parse(_ text: String) -> Release {
        let file = SourceFile(url: URL(fileURLWithPath: "/test/headline.txt"), source: "headline.txt", format: .text)
        return ReleaseParser.parse(LoadedDocument(file: file, text: TextNormalizer.normalize(text), id: "test"))
    }

    /// One page as pdftotext prints it: the running header, the lines, the page number and a form feed.
    static func pdftotext(_ headline: [String]) -> String {
        let lines = ["Press Release", "", "2 May 2024", ""] + headline + [
            "",
            "The trust today published its annual review of the river catchment, which",
            "found that water quality improved at most of the sites it samples each month.",
            "",
            "“We are seeing the results of ten years of work by farmers and volunteers,”",
            "said the trust’s director.",
        ]
        return "Tamar Valley Rivers Trust\n\n" + lines.joined(separator: "\n") + "\n\nPage 1 of 1\n\u{0C}"
    }

    /// The block splitter ends a block after a heading line (`About …`, `Inquiry …`); in the headline's
    /// place such a line is the headline, and the lines that continue it are its wrapped rest.
    @Test(arguments: [
        ["About Those Who Stay on the River Through Every", "Flood Season and Every Drought"],
        ["Inquiry into river pollution finds farms and", "sewage works share the blame"],
    ])
    func aHeadlineOpeningWithAHeadingWordKeepsItsWrappedLines(headline: [String]) {
        let release = Self.parse(Self.pdftotext(headline))
        #expect(release.title == headline.joined(separator: " "))
        #expect(release.subtitle == nil)
        #expect(release.paragraphs.count == 2)
    }

    /// A headline's second line that opens or ends with a heading word (`About …`, `… Inquiry`) still
    /// carries the headline when it is printed in the headline's case before any body: notes and contact
    /// headings follow the body. The body stays body (it was read as notes before).
    @Test(arguments: [
        ["River Trust Publishes Review of Ten Years on the Tamar", "About Water Quality"],
        ["Announced Delegates Back Municipal Plan for Transport", "About Time"],
        ["Review of the Catchment Opens as Farmers Call for", "Public Inquiry Into Sewage"],
        ["WATER QUALITY IMPROVES AT MOST RIVER SITES AS", "SEWAGE INQUIRY OPENS"],
    ])
    func aWrappedHeadlineLineWithAHeadingWordIsTheHeadlines(headline: [String]) {
        let release = Self.parse(Self.pdftotext(headline))
        #expect(release.title == headline.joined(separator: " "))
        #expect(release.paragraphs.count == 2)
        #expect(release.notes.isEmpty)
    }

    /// After the body, `About …` opens the notes as ever.
    @Test func anAboutHeadingAfterTheBodyOpensTheNotes() {
        let text = Self.pdftotext(["River Trust Publishes Review of Ten Years on the Tamar"])
            .replacingOccurrences(of: "\n\nPage 1 of 1", with: "\n\nAbout Tamar Valley Rivers Trust\nThe trust looks after the rivers of the Tamar valley and has done since 1995, with the help of volunteers.\n\nPage 1 of 1")
        let release = Self.parse(text)
        #expect(release.title == "River Trust Publishes Review of Ten Years on the Tamar")
        #expect(release.paragraphs.count == 2)
        #expect(release.notes.count == 1)
    }

    /// Title Case leaves short words in lower case, even most of a line's words: two such lines continue.
    @Test func titleCaseLinesWithMostlyShortWordsAreOneHeadline() {
        let headline = ["Fees to Rise for All of Us on the Port", "And on the Ferry by May"]
        let release = Self.parse(Self.pdftotext(headline))
        #expect(release.title == "Fees to Rise for All of Us on the Port And on the Ferry by May")
        #expect(release.subtitle == nil)
    }

    /// A number's unit stays in lower case in Title Case (`15.6 million`, `5 percent`).
    @Test(arguments: ["15.6 million Tonnes", "€161 million Worth of Goods"])
    func aNumbersLowerCaseUnitKeepsALineTitleCase(amount: String) {
        let headline = ["Port Traffic Grows by \(amount)", "Across the Northern Coast"]
        let release = Self.parse(Self.pdftotext(headline))
        #expect(release.title == "Port Traffic Grows by \(amount) Across the Northern Coast")
        #expect(release.subtitle == nil)
    }

    /// A headline's second line can open with `About …`; under the headline, before any body, that is not
    /// the heading of an `About …` section (whether the block splitter cut before it or not).
    @Test(arguments: [
        ["Festival Brings Music and Dance to the Streets", "About the Old Harbour This Weekend"],
        ["Festival Brings Music to the Streets", "About the Old Harbour This Weekend"],
    ])
    func aHeadlineWrappedOntoAnAboutLineKeepsIt(headline: [String]) {
        let release = Self.parse(Self.pdftotext(headline))
        #expect(release.title == headline.joined(separator: " "))
        #expect(release.paragraphs.count == 2)
        #expect(release.notes.isEmpty)
    }
}
