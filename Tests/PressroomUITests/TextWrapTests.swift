import Testing
@testable import PressroomUI

/// Word-wrapping to a pane's width: by display columns, long words and URLs split safely.
@Suite struct TextWrapTests {
    @Test func wrapsAtSpacesWithinTheWidth() {
        let lines = TextWrap.wrap("the quick brown fox jumps over the lazy dog", width: 10)
        #expect(lines == ["the quick", "brown fox", "jumps over", "the lazy", "dog"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
    }

    @Test func longWordsAndURLsAreCutBetweenGraphemes() {
        let url = "https://example.org/a/very/long/path"
        let lines = TextWrap.wrap("see \(url) now", width: 12)
        #expect(lines == ["see", "https://exam", "ple.org/a/ve", "ry/long/path", "now"])
        #expect(lines.joined().contains("example.org"))
    }

    @Test func wideCharactersCountTwice() {
        let lines = TextWrap.wrap("日本語のプレスリリース", width: 7)
        #expect(lines == ["日本語", "のプレ", "スリリ", "ース"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 7 })
        #expect(TextWrap.wrap("👍🏽 ok 👨‍👩‍👧", width: 4) == ["👍🏽", "ok", "👨‍👩‍👧"])
    }

    @Test func emptyAndSpacesGiveNoLines() {
        #expect(TextWrap.wrap("", width: 10).isEmpty)
        #expect(TextWrap.wrap("   ", width: 10).isEmpty)
        #expect(TextWrap.wrap("a  b", width: 10) == ["a b"])
    }

    @Test func widthOneStillProgresses() {
        #expect(TextWrap.wrap("日本", width: 1) == ["日", "本"])
    }
}
