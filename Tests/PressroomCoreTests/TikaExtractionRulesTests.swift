import Foundation
import Testing
@testable import PressroomCore

/// Rules of Apache Tika's text from a PDF: every printed line is followed by an empty line, a paragraph
/// break is a line holding one space, link annotations follow the page, and the PDF's title (the outline
/// title) is printed tab-indented at the very end.
@Suite struct TikaExtractionRulesTests {
    static func parse(_ text: String) -> Release {
        let file = SourceFile(url: URL(fileURLWithPath: "/test/tika.txt"), source: "tika.txt", format: .text)
        return ReleaseParser.parse(LoadedDocument(file: file, text: TextNormalizer.normalize(text), id: "test"))
    }

    /// Tika's rendering of blocks of printed lines: a line and an empty line each, a one-space line between blocks.
    static func tika(_ blocks: [[String]], outline: String) -> String {
        "\n \n \n\n" + blocks.map { $0.map { $0 + " \n\n" }.joined() }.joined(separator: " \n\n") + " \n\n\n\t\(outline)\n\n\n\n"
    }

    static let body: [[String]] = [
        ["The network today opened three new training centres for community health workers in the",
         "northern districts, where clinics have been short of trained staff for many years."],
        ["“Every district now has a place to train its own people,” said the network’s director."],
    ]

    /// The outline title repeats the PDF's title, here the headline: that is no sign that the headline's
    /// first line (name-like: `… Network Expansion`) is the organisation's name printed twice.
    @Test func outlineTitleRepeatingTheHeadlineIsNoEvidenceOfAName() {
        let headline = ["Health Workers Welcome Training Network Expansion", "Across the Rural North"]
        let text = Self.tika([["Northern Clinics Association", "12 March 2024"], headline] + Self.body,
                             outline: headline.joined(separator: " "))
        let release = Self.parse(text)
        #expect(release.title == "Health Workers Welcome Training Network Expansion Across the Rural North")
        #expect(release.organization == "Northern Clinics Association")
        #expect(release.paragraphs.count == 2)
    }

    /// A page break is a line that ends in a single newline, the next page's first line starting with a
    /// space. Under a body line ending in one space the paragraph goes on, even after a full stop; a
    /// paragraph's end is marked by more trailing spaces (or a break line) and stays an end.
    @Test func pageBreakUnderALineEndingInOneSpaceContinuesTheParagraph() {
        let text = "\n \n \n\nNorthern Clinics Association \n\n12 March 2024 \n\n \n\n"
            + "Clinics open training centres across the north \n\n \n\n"
            + "The association today opened three training centres for community health workers. \n"
            + " Each centre will train forty workers a year in the districts it serves. \n\n \n\n"
            + "The centres were paid for by the regional health board and local donors.   \n"
            + " The association will report on the first year of training next spring. \n\n \n\n\n\tNorthern Clinics Association\n\n\n\n"
        let release = Self.parse(text)
        #expect(release.title == "Clinics open training centres across the north")
        #expect(release.paragraphs == [
            "The association today opened three training centres for community health workers. Each centre will train forty workers a year in the districts it serves.",
            "The centres were paid for by the regional health board and local donors.",
            "The association will report on the first year of training next spring.",
        ])
    }
}
