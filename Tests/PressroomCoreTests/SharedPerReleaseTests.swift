import Foundation
import Testing
@testable import PressroomCore

/// Session 9's paths that do once, or on scalars, what the parser did per question or per character: each must
/// give what its plain definition beside it gives, on crafted text that takes each branch and on every line and
/// paragraph of the dev corpus (`SpaceWordsTests.texts`). The crafted text is invented.
@Suite struct SharedPerReleaseTests {
    static let quoted: [String] = [
        "“Harbour Trust opens its doors”", "“Harbour Trust opens”, says the mayor", "“A “nested” quote”", "“”", "“x”",
        "‘Single’", "‘It’s open’", "«Guillemets de la ville»", "«a»b»", "\"Plain quotes\"", "\"One \" two\"", "\"\"", "\"",
        "„Tief unten“", "'Apostrophes'", "'It's'", "‹Angled›", "‹a‹b›", "“Curly with a mark\u{301}”", "“e\u{301}”",
        "“Carriage\r\nreturn”", "“ Spaced inside ”", "“Unclosed", "Unopened”", "“Mixed close\"", "“Text” then more",
        "Élan Trust opens", "“Trailing mark”\u{301}", "“🙂 emoji headline”", "“Ünter den Linden”", "“a”", "“ab”", "“”x",
    ]

    @Test func quotedHeadlinesOnScalarsMatchTheirDefinition() {
        var simple = 0, stripped = 0
        for text in Self.quoted + SpaceWordsTests.texts {
            guard let quick = ReleaseParser.removeEnclosingQuotesSimple(text) else { continue }
            simple += 1
            let plain = ReleaseParser.removeEnclosingQuotesPlain(text)
            #expect(quick == plain, "\(text)")
            if plain != text { stripped += 1 }
            #expect(ReleaseParser.removeEnclosingQuotes(text) == plain, "\(text)")
        }
        #expect(simple >= 1_000)
        #expect(stripped >= 8)
    }

    /// Blocks of the corpus lines, a few lines each, with lines repeated so that the headline's lines stand
    /// at the ends, in the middle and twice.
    static var blockSets: [[LayoutBlock]] {
        let lines = Array(SpaceWordsTests.texts.prefix(3_000))
        var sets: [[LayoutBlock]] = []
        var k = 0
        var size = 1
        while k < lines.count {
            let n = min(lines.count - k, 3 + size % 40)
            var blocks: [LayoutBlock] = []
            var j = k
            while j < k + n {
                let m = min(k + n - j, 1 + j % 5)
                blocks.append(LayoutBlock(lines: lines[j..<(j + m)].map { PrintedLine(raw: $0) }))
                j += m
            }
            sets.append(blocks)
            k += n
            size += 7
        }
        sets.append([])
        sets.append([LayoutBlock(lines: [])])
        let headline = [PrintedLine(raw: "Harbour Trust opens"), PrintedLine(raw: "its doors")]
        sets.append([LayoutBlock(lines: headline), LayoutBlock(lines: [PrintedLine(raw: "Body line")] + headline)])
        return sets
    }

    @Test func printedEndsAreTheEndsOfEveryPrintedLine() {
        var compared = 0, left = 0
        for blocks in Self.blockSets {
            let texts = blocks.flatMap { $0.lines.map(\.text) }
            var leavings: [[String]] = [[], ["Harbour Trust opens", "its doors"]]
            if let first = texts.first { leavings.append([first]) }
            if texts.count > 3 { leavings.append([texts[texts.count / 2], texts[texts.count - 1]]) }
            for leaving in leavings {
                let all = ReleaseParser.printedPlain(blocks, leaving: leaving)
                left += texts.count - all.count
                for (head, tail) in [(8, 15), (0, 0), (1, 40), (30, 2)] {
                    let ends = ReleaseParser.printedEnds(blocks, leaving: leaving, head: head, tail: tail)
                    #expect(ends.head == Array(all.prefix(head)), "\(leaving) in \(texts.prefix(4))")
                    #expect(ends.tail == Array(all.suffix(tail)), "\(leaving) in \(texts.suffix(4))")
                    compared += 1
                }
            }
        }
        #expect(compared >= 200)
        #expect(left >= 100)
    }
}
