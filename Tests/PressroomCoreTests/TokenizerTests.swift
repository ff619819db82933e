import Testing
@testable import PressroomCore

@Suite struct TokenizerTests {
    private func folded(_ text: String) -> [String] { Tokenizer.tokens(text).map(\.folded) }

    @Test func foldsCaseAndAccents() {
        #expect(Tokenizer.words("Pérez SAYS Ça") == ["perez", "says", "ca"])
        #expect(Tokenizer.words("Straße STRASSE") == ["strasse", "strasse"])
        #expect(Tokenizer.words("Müller Núñez François") == ["muller", "nunez", "francois"])
    }

    @Test func foldsCompatibilityForms() {
        // Ligature, full-width letters, decomposed accent: the same words as their plain forms.
        #expect(Tokenizer.words("ﬁnance") == ["finance"])
        #expect(Tokenizer.words("ＦＵＬＬ") == ["full"])
        #expect(Tokenizer.words("Pe\u{301}rez") == ["perez"])
    }

    @Test func slashedOStaysAsTheArchiveRuleSays() {
        // ø has no decomposition: the generator's oracle keeps it, and so do we.
        #expect(Tokenizer.words("Søren Ø") == ["søren", "ø"])
    }

    @Test func digitsAreWordsAndPunctuationSeparates() {
        #expect(Tokenizer.words("In 2021, 3.5% of 1,200 rose.") == ["in", "2021", "3", "5", "of", "1", "200", "rose"])
        #expect(Tokenizer.words("snake_case a/b") == ["snake", "case", "a", "b"])
    }

    @Test func hyphenatedCompoundIsIndexedWholeAndByParts() {
        let tokens = Tokenizer.tokens("KP-certified diamonds")
        #expect(tokens.map(\.folded) == ["kp", "certified", "kp-certified", "diamonds"])
        #expect(tokens.map(\.role) == [.part, .part, .whole, .part])
        // Positions are the word stream's: the whole sits at its first part's position.
        #expect(tokens.map(\.position) == [0, 1, 0, 2])
        #expect(tokens[2].utf8Range == 0..<12)
        // Unicode hyphens fold to '-'.
        #expect(folded("long\u{2011}term").contains("long-term"))
    }

    @Test func apostropheKeepsWordTogetherAndIndexesThePartBefore() {
        #expect(folded("the forum’s decision") == ["the", "forum", "s", "forum's", "decision"])
        #expect(folded("don't") == ["don", "t", "don't"])
        // The compound before the apostrophe is a token too.
        #expect(folded("KP-certified’s").contains("kp-certified"))
        #expect(folded("KP-certified’s").contains("kp-certified's"))
    }

    @Test func joinersAtWordEdgesAreNotPartOfWords() {
        #expect(folded("-ends- 'quoted' well-") == ["ends", "quoted", "well"])
        #expect(folded("a -- b") == ["a", "b"])
    }

    @Test func rangesPointIntoTheOriginalText() {
        let text = "Dr Pérez’s plan"
        let tokens = Tokenizer.tokens(text)
        let bytes = Array(text.utf8)
        let perez = tokens.first { $0.folded == "perez" }!
        #expect(String(decoding: bytes[perez.utf8Range], as: UTF8.self) == "Pérez")
        let whole = tokens.first { $0.folded == "perez's" }!
        #expect(String(decoding: bytes[whole.utf8Range], as: UTF8.self) == "Pérez’s")
    }

    @Test func countsWordsOfText() {
        var tokenizer = Tokenizer()
        #expect(tokenizer.scan("one two-three four’s", { _, _, _, _ in }) == 5)
    }
}
