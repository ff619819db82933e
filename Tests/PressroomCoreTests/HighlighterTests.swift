import Testing
@testable import PressroomCore

@Suite struct HighlighterTests {
    private func marked(_ text: String, _ terms: [HighlightTerm]) -> String {
        let h = Highlighter(terms: terms)
        var out = ""
        var at = text.startIndex
        for r in h.ranges(in: text) {
            out += text[at..<r.lowerBound] + "[" + text[r] + "]"
            at = r.upperBound
        }
        return out + text[at...]
    }

    @Test func wholeWordsFoldedForCaseAndAccents() {
        #expect(marked("Minister PÉREZ met Perezoso.", [HighlightTerm("perez")]) == "Minister [PÉREZ] met Perezoso.")
    }

    @Test func prefixesMarkTheWholeWord() {
        #expect(marked("Diamonds and a diamond; adiamond.", [HighlightTerm("diam", isPrefix: true)])
            == "[Diamonds] and a [diamond]; adiamond.")
    }

    @Test func compoundWholeOrPart() {
        #expect(marked("KP-certified stones", [HighlightTerm("kp-certified")]) == "[KP-certified] stones")
        #expect(marked("KP-certified stones", [HighlightTerm("certified")]) == "KP-[certified] stones")
        #expect(marked("the forum’s view", [HighlightTerm("forum")]) == "the [forum]’s view")
    }

    @Test func sameHighlightsAsTheSearch() {
        let index = SearchIndex([Release(id: "a", source: "a", format: .text, title: "Straße works",
                                         paragraphs: ["Road works on the Straße end."])])
        let result = index.search("strasse wor", typing: true)
        #expect(result.matches == [0])
        let h = Highlighter(result)
        #expect(h.scalarRanges(in: "Straße works") == [0..<6, 7..<12])
        #expect(h.utf8Ranges(in: "Straße works") == [0..<7, 8..<13])
    }

    @Test func nothingToHighlight() {
        #expect(Highlighter(terms: []).ranges(in: "anything").isEmpty)
        #expect(Highlighter(terms: [HighlightTerm("x")]).ranges(in: "").isEmpty)
    }
}
