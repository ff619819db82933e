import Foundation
import Testing
@testable import PressroomCore

/// `Dateline.split` starts on bytes for ASCII paragraphs; it must find the head and separator that the
/// character definition finds (first 130 characters, earliest separator, the one listed first on a tie).
@Suite struct DatelineStartTests {
    static func definition(_ paragraph: String) -> (head: Substring, separator: Range<String.Index>?)? {
        guard let first = paragraph.first, first.isUppercase || first.isNumber || first == "(" else { return nil }
        let head = paragraph.prefix(130)
        var best: Range<Substring.Index>?
        for sep in Dateline.separators {
            if let r = TextScan.find(sep, in: head), best.map({ r.lowerBound < $0.lowerBound }) ?? true { best = r }
        }
        return (head, best)
    }

    @Test func asciiStartAgreesWithTheDefinition() {
        var paragraphs = [
            "GENEVA -- The", "GENEVA - The", "GENEVA --The", "GENEVA---The", "GENEVA - -- The", "x -- lower", "14 May 2023 - The",
            "A", "", " GENEVA -- leading space", "GENEVA", "A-B - C -- D", "A -", "A --", "A  -  B", "(GENEVA) -- The",
            String(repeating: "A", count: 127) + " - tail", String(repeating: "A", count: 128) + " - tail",
            String(repeating: "A", count: 128) + "--", String(repeating: "A", count: 129) + "--",
            String(repeating: "A", count: 130) + "\u{301} -- accent after the head", String(repeating: "B", count: 200),
            "GENEVA\r\n-- CRLF", "GENEVA – en dash", "ÉCOLE -- accent", "MADRID, 2024.- El", "A.-B", "A .- B", "A.--B",
        ]
        let alphabet = Array("A- z-.(".utf8)
        var state: UInt64 = 0x1234_5678_9ABC_DEF1
        for _ in 0..<400 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            var bytes: [UInt8] = [0x41]
            for _ in 0..<Int(state % 160) {
                state ^= state << 13; state ^= state >> 7; state ^= state << 17
                bytes.append(alphabet[Int(state % UInt64(alphabet.count))])
            }
            paragraphs.append(String(decoding: bytes, as: UTF8.self))
        }
        for p in paragraphs {
            let want = Self.definition(p)
            switch Dateline.asciiStart(p) {
            case nil:
                // Only for text that is not plain ASCII in its first 131 bytes.
                #expect(p.utf8.prefix(131).contains { $0 >= 0x80 || $0 == 0x0D }, "\(p)")
            case .notADateline:
                #expect(want == nil, "\(p)")
            case .head(let head, let separator):
                #expect(want?.head == head, "\(p)")
                #expect(want?.head.endIndex == head.endIndex, "\(p)")
                #expect(want?.separator == separator, "\(p)")
            }
        }
    }
}
