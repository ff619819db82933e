import PressroomCore
import Testing
@testable import PressroomUI

/// The list and the detail highlight what the search matched, through the index's own highlighter:
/// folded (case and accents), whole words or typed prefixes, offsets in characters as cells lay them out.
@Suite struct HighlightRangesTests {
    private func ranges(_ text: String, _ prefixes: String...) -> [Range<Int>] {
        MatchFinder.ranges(in: text, highlights: prefixes.map { HighlightTerm($0, isPrefix: true) })
    }

    @Test func matchesIgnoreCaseAndAccents() {
        #expect(ranges("Les eaux de Zürich", "zurich") == [12..<18])
        #expect(ranges("ÉCOLE et école", "ecole") == [0..<5, 9..<14])
    }

    @Test func termsMatchAtWordStartsOnly() {
        #expect(ranges("diamonds and the diamond", "diamond") == [0..<8, 17..<24])
        #expect(ranges("undiamond", "diamond").isEmpty)
        #expect(ranges("Once certified, ce", "ce") == [5..<14, 16..<18])
        #expect(ranges("+263 78", "263") == [1..<4])
    }

    @Test func aWholeWordTermDoesNotMatchLongerWords() {
        let exact = [HighlightTerm("diamond")]
        #expect(MatchFinder.ranges(in: "diamonds and the diamond", highlights: exact) == [17..<24])
    }

    @Test func offsetsCountCharactersNotBytes() {
        #expect(ranges("👍🏽 water", "water") == [2..<7])
        #expect(ranges("Café — diamond", "diamond") == [7..<14])
    }

    @Test func noTermsNoMatches() {
        #expect(MatchFinder.ranges(in: "anything", highlights: []).isEmpty)
        #expect(ranges("", "a").isEmpty)
    }
}
