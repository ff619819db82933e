import Foundation
import Testing
@testable import PressroomCore

/// `FoldedWordSet` answers from its byte-keyed table what the `Set<String>` it was made from answers.
@Suite struct WordKeyTableTests {
    static func answer(_ set: FoldedWordSet, _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { set.containsLowered($0) }
    }

    static func lowered(_ text: String) -> String {
        String(decoding: text.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    @Test func answersAsTheSetDoes() {
        let words: Set<String> = ReleaseLexicon.organizationWords.union(["straße", "über", "s.a.s.", "a", "abcdefghijklmnop",
                                                                          "abcdefghijklmnopq", "\u{212A}g", "cafe\u{301}"])
        let set = FoldedWordSet(words)
        var probes = Array(words) + words.map { $0.uppercased() } + words.map { $0.capitalized }
        probes += ["", "x", "universities", "Universit", "LTD.", "Ltd", "S.A.S.", "Kg", "KG", "kg", "café", "CAFE\u{301}",
                   "ABCDEFGHIJKLMNOP", "abcdefghijklmnopq", "ABCDEFGHIJKLMNOPQ", "abcdefghijklmnopqr", "Über", "ÜBER",
                   "ag\u{0}", "group ", " group", "grou", "groupe", "GROUPE"]
        for probe in probes {
            #expect(Self.answer(set, probe) == words.contains(Self.lowered(probe)), "\(probe)")
        }
    }

    @Test func keysAreExactForEveryLength() {
        // Words of 1 to 16 bytes differing only in their last byte, or only in length.
        var words: Set<String> = []
        for n in 1...16 { words.insert(String(repeating: "a", count: n - 1) + "b") }
        let set = FoldedWordSet(words)
        for n in 1...18 {
            for last in ["a", "b", "c", "B"] {
                let probe = String(repeating: "a", count: n - 1) + last
                #expect(Self.answer(set, probe) == words.contains(Self.lowered(probe)), "\(probe)")
            }
        }
    }
}
