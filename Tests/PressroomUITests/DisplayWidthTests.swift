import Testing
@testable import PressroomUI

/// Widths as glibc's wcwidth gives them on this machine (TERMINAL-NOTES §b), and truncation by columns.
@Suite struct DisplayWidthTests {
    @Test func widthsMatchTheTerminal() {
        #expect(DisplayWidth.of("é") == 1)
        #expect(DisplayWidth.of("e\u{301}") == 1)                 // one grapheme: e + combining acute
        #expect(DisplayWidth.of("“quoted”") == 8)
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("한") == 2)
        #expect(DisplayWidth.of("ｱ") == 1)                         // half-width katakana
        #expect(DisplayWidth.of("Ａ") == 2)                        // fullwidth Latin
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)                       // skin tone dropped from the cell
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)                       // drawn as its first member
        #expect(DisplayWidth.of("❤️") == 1)                        // text-presentation base + VS16
        #expect(DisplayWidth.of(Unicode.Scalar(0x0301)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x09)!) == -1)
    }

    @Test func graphemeCellsKeepMarksAndStopAtZWJ() {
        #expect(DisplayWidth.cell("e\u{301}") == ("e\u{301}", 1))
        #expect(DisplayWidth.cell("👨‍👩‍👧") == ("👨", 2))
        #expect(DisplayWidth.cell("❤️") == ("❤️", 1))
        #expect(DisplayWidth.cell("\u{FEFF}").width == 0)           // a stray byte-order mark draws nothing
    }

    @Test func controlCharactersBecomeVisiblePlaceholders() {
        #expect(DisplayWidth.sanitized("a\u{1B}[31mb") == "a␛[31mb")
        #expect(DisplayWidth.sanitized("bell\u{07}tab\tnul\u{0}del\u{7F}") == "bell␇tab␉nul␀del␡")
        #expect(DisplayWidth.sanitized("c1\u{9B}31m") == "c1\u{FFFD}31m")
        #expect(DisplayWidth.sanitized("rtl\u{202E}x") == "rtl\u{FFFD}x")
        #expect(DisplayWidth.sanitized("line\u{2028}sep") == "line\u{FFFD}sep")
        #expect(DisplayWidth.of("\u{1B}[2J") == 4)
    }

    @Test func truncationNeverSplitsAGraphemeAndEndsInEllipsis() {
        #expect(DisplayWidth.truncate("日本語のプレス", to: 6) == "日本…")
        #expect(DisplayWidth.truncate("日本語のプレス", to: 7) == "日本語…")
        #expect(DisplayWidth.truncate("日本語", to: 6) == "日本語")
        #expect(DisplayWidth.truncate("Société Générale", to: 8) == "Société…")
        #expect(DisplayWidth.truncate("Cafe\u{301} noir", to: 5) == "Cafe\u{301}…")
        #expect(DisplayWidth.truncate("👍🏽👍🏽👍🏽", to: 5) == "👍👍…")
        #expect(DisplayWidth.truncate("abc", to: 0) == "")
        #expect(DisplayWidth.truncate("abc", to: 1) == "…")
        #expect(DisplayWidth.truncate("esc\u{1B}[31mred", to: 6) == "esc␛[…")
    }
}
