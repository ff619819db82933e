import Testing
@testable import PressroomUI

/// Highlighting finds the search's terms as the search matches them: folded, at word starts.
@Suite struct MatchFinderTests {
    @Test func matchesIgnoreCaseAndAccents() {
        #expect(MatchFinder.ranges(in: "Les eaux de Zürich", terms: ["zurich"]) == [12..<18])
        #expect(MatchFinder.ranges(in: "ÉCOLE et école", terms: ["ecole"]) == [0..<5, 9..<14])
        #expect(MatchFinder.ranges(in: "Straße", terms: ["strasse"]).count <= 1)
    }

    @Test func termsMatchAtWordStartsOnly() {
        #expect(MatchFinder.ranges(in: "diamonds and the diamond", terms: ["diamond"]) == [0..<7, 17..<24])
        #expect(MatchFinder.ranges(in: "undiamond", terms: ["diamond"]).isEmpty)
        #expect(MatchFinder.ranges(in: "KP-certified", terms: ["certified"]) == [3..<12])
        #expect(MatchFinder.ranges(in: "+263 78", terms: ["263"]) == [1..<4])
    }

    @Test func offsetsCountCharactersNotBytes() {
        #expect(MatchFinder.ranges(in: "日本の diamond", terms: ["diamond"]) == [4..<11])
        #expect(MatchFinder.ranges(in: "👍🏽 water", terms: ["water"]) == [2..<7])
        #expect(MatchFinder.ranges(in: "東京と서울", terms: ["서울"]) == [3..<5])
    }

    @Test func noTermsNoMatches() {
        #expect(MatchFinder.ranges(in: "anything", terms: []).isEmpty)
        #expect(MatchFinder.ranges(in: "", terms: ["a"]).isEmpty)
    }
}
