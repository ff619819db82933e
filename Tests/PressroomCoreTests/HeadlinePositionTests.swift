import Foundation
import Testing
@testable import PressroomCore

/// Words that open section headings (`About …`, `Media inquiries`) can open a headline too; in the
/// headline's place, before any body, they are the headline.
@Suite struct HeadlinePositionTests {
    static func parse(_ text: String) -> Release {
        let file = SourceFile(url: URL(fileURLWithPath: "/test/headline.txt"), source: "headline.txt", format: .text)
        return ReleaseParser.parse(LoadedDocument(file: file, text: TextNormalizer.normalize(text), id: "test"))
    }

    static let body = """
        The trust today published its annual review of the river catchment, which found that water quality improved at most of the sites it samples every month.

        “We are seeing the results of ten years of work by farmers and volunteers,” said the trust’s director.
        """

    @Test(arguments: ["Inquiry into river pollution reports first findings", "About the river: a decade of cleaner water"])
    func aHeadingWordOpeningTheHeadline(headline: String) {
        let release = Self.parse("Tamar Valley Rivers Trust\n\nPress Release\n\n\(headline)\n\n2024-05-02\n\n\(Self.body)\n")
        #expect(release.title == headline)
        #expect(release.date == "2024-05-02")
        #expect(release.organization == "Tamar Valley Rivers Trust")
        #expect(release.paragraphs.count == 2)
        #expect(release.notes.isEmpty)
    }
}
