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

    @Test func characterOffsetsForACellGrid() {
        let h = Highlighter(terms: [HighlightTerm("perez"), HighlightTerm("mi", isPrefix: true)])
        // "Pe\u{301}rez" is 5 characters but 6 scalars; the flag is 1 character, 2 scalars.
        #expect(h.characterRanges(in: "🇿🇼 Pe\u{301}rez's mine") == [2..<7, 10..<14])
        #expect(h.characterRanges(in: "Minister") == [0..<8])
        #expect(h.characterRanges(in: "nothing") == [])
    }

    @Test func nothingToHighlight() {
        #expect(Highlighter(terms: []).ranges(in: "anything").isEmpty)
        #expect(Highlighter(terms: [HighlightTerm("x")]).ranges(in: "").isEmpty)
    }
}
