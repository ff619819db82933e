import Foundation
import Testing
@testable import PressroomCore

/// The byte-table word set answers exactly what a `Set<String>` of the same words answers.
@Suite struct WordSetTests {
    private func set(_ words: [String]) -> WordSet { WordSet(words) }

    @Test func findsEveryWordAndNoOther() {
        let words = ["government", "fast", "struggle", "café", "naïve", "a", "zoo"]
        let s = set(words)
        for w in words { #expect(s.contains(w)) }
        for w in ["govern", "governments", "cafe", "naive", "", "zo", "zooo"] { #expect(!s.contains(w)) }
    }

    @Test func joinsTheTwoHalvesOfALookup() {
        let s = set(["government", "café"])
        #expect(s.contains("govern", "ment"))
        #expect(s.contains("caf", "é"))
        #expect(!s.contains("govern", "ments"))
    }

    /// `Set<String>` compares canonically: a decomposed `é` is the same word as a precomposed one.
    @Test func comparesLikeStrings() {
        let s = set(["café", "\u{212A}elvin"])
        #expect(s.contains("cafe\u{301}"))
        #expect(s.contains("caf", "e\u{301}"))
        #expect(s.contains("Kelvin"))
        #expect(!s.contains("kelvin"))
    }

    @Test func anEmptySetIsEmpty() {
        let s = WordSet()
        #expect(s.isEmpty)
        #expect(!s.contains("a"))
    }

    /// Against the installed dictionary: its words are found, its capitals-only abbreviations (`ING`) are not.
    @Test(.enabled(if: WordList.english != nil, "no word list installed (Debian wamerican)"))
    func knowsTheDictionarysWordsButNotItsAbbreviations() throws {
        let english = try #require(WordList.english)
        #expect(english.contains("fast") && english.contains("struggle") && english.contains("government"))
        #expect(!english.contains("ing") && !english.contains("governmentt"))
    }

    static func answerLowered(_ set: WordSet, _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { set.containsLowered($0) }
    }

    static func lowered(_ text: String) -> String {
        String(decoding: text.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// Asked about bytes as printed, the set answers what the `Set<String>` of its words answers for the
    /// word with ASCII capitals lowered (the parser's vocabularies, asked about words cut from lines).
    @Test func loweredBytesAnswerAsTheSetDoes() {
        let words: Set<String> = ReleaseLexicon.organizationWords.union(["straße", "über", "s.a.s.", "a", "abcdefghijklmnop",
                                                                          "abcdefghijklmnopq", "\u{212A}g", "cafe\u{301}"])
        let set = WordSet(words)
        var probes = Array(words) + words.map { $0.uppercased() } + words.map { $0.capitalized }
        probes += ["", "x", "universities", "Universit", "LTD.", "Ltd", "S.A.S.", "Kg", "KG", "kg", "café", "CAFE\u{301}",
                   "ABCDEFGHIJKLMNOP", "abcdefghijklmnopq", "ABCDEFGHIJKLMNOPQ", "abcdefghijklmnopqr", "Über", "ÜBER",
                   "ag\u{0}", "group ", " group", "grou", "groupe", "GROUPE"]
        for probe in probes {
            #expect(Self.answerLowered(set, probe) == words.contains(Self.lowered(probe)), "\(probe)")
        }
    }

    @Test func loweredBytesAreExactForEveryLength() {
        // Words of 1 to 16 bytes differing only in their last byte, or only in length.
        var words: Set<String> = []
        for n in 1...16 { words.insert(String(repeating: "a", count: n - 1) + "b") }
        let set = WordSet(words)
        for n in 1...18 {
            for last in ["a", "b", "c", "B"] {
                let probe = String(repeating: "a", count: n - 1) + last
                #expect(Self.answerLowered(set, probe) == words.contains(Self.lowered(probe)), "\(probe)")
            }
        }
    }
}
