import Testing
@testable import PressroomCore

/// The headline continuation tests take byte paths (title case of a plain ASCII line, open quotes counted
/// line by line without joining the lines); each must agree with its character definition.
@Suite struct HeadlineContinuationBytesTests {
    static let lines = [
        "Target Represent My Avoided Budget", "Prohibition for to Core She the at Children", "Revenue rose 15.6 million in the year",
        "Acme Reports Record Profits", "acme reports record profits", "A new plan", "\"Quoted Headline Words Here\"",
        "(Bracketed) Start of Words", "Two words", "Regional Health Partnership Principles for the Coast",
        "Ministry   of  Water\tand Parks", "Über die Stiftung Grünes Tal", "Los Ángeles Celebra su Aniversario", "über uns und die anderen",
        "3 Ways to Save 2024 percent approximately", "The [Draft] Plan Approved", "'Single Quoted' Words Again",
        "Strong Growth in Third Quarter\r", "", "   ", "A b c d e f g h i j",
    ]

    @Test func titleCaseOnBytesAgreesWithCharacters() {
        for line in Self.lines {
            #expect(ReleaseSegmenter.isTitleCase(line) == ReleaseSegmenter.isTitleCasePlain(line), "\(line)")
        }
        #expect(ReleaseSegmenter.isTitleCase("Target Represent My Avoided Budget"))
        #expect(!ReleaseSegmenter.isTitleCase("Revenue rose sharply in the year"))
    }

    @Test func openQuotesCountedLineByLineAgreeWithTheJoinedLines() {
        let groups: [[String]] = [
            ["\"Our plan", "works\""], ["\"Our plan works", "today"], ["“Notre plan", "fonctionne”"], ["„Unser Plan", "wirkt“ sagt sie"],
            ["«\u{A0}Notre plan", "marche\u{A0}»"], ["« Notre", "plan"], ["\"Mixed “quotes", "here”"], ["a \"b\" c", "d"],
            ["Plain text", "without quotes"], ["\"\u{301}combining", "mark\""], ["“", "”", "“"], ["\"x\r", "y"],
        ]
        for lines in groups {
            for n in 1...lines.count {
                let slice = lines[..<n]
                #expect(ReleaseSegmenter.hasOpenQuote(slice) == ReleaseSegmenter.hasOpenQuote(slice.joined(separator: " ")), "\(slice)")
            }
        }
        #expect(ReleaseSegmenter.hasOpenQuote(["\"Our plan", "works"][...]))
        #expect(!ReleaseSegmenter.hasOpenQuote(["“Notre plan", "fonctionne”"][...]))
    }
}
