import Testing
@testable import PressroomCore

/// The byte-table word set answers exactly what a `Set<String>` of the same words answers.
@Suite struct WordSetTests {
    private func set(_ words: [String]) -> WordSet {
        var s = WordSet()
        for w in words {
            var w = w
            w.withUTF8 { s.append($0, ascii: $0.allSatisfy { $0 < 0x80 }) }
        }
        s.seal()
        return s
    }

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
        var s = WordSet()
        s.seal()
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
}
