import Testing
@testable import PressroomUI

/// The cell grid: what lands in which column, and its text as `capture-pane -p` shows it.
@Suite struct CellGridTests {
    @Test func wideCharactersTakeTwoCellsAndAppearOnceInText() {
        var grid = CellGrid(size: Size(rows: 1, columns: 12))
        let after = grid.put("日本語", row: 0, column: 0)
        #expect(after == 6)
        #expect(grid[0, 0].width == 2)
        #expect(grid[0, 1].width == 0)
        grid.put("|", row: 0, column: after)
        #expect(grid.line(0) == "日本語|")
    }

    @Test func textLinesUpLikeTmuxAfterEmojiAccentsAndCJK() {
        var grid = CellGrid(size: Size(rows: 3, columns: 10))
        grid.put("日本語のプレス", row: 0, column: 0, limit: 6)
        grid.put("|", row: 0, column: 6)
        grid.put("👍🏽e\u{301}x", row: 1, column: 0)
        grid.put("|", row: 1, column: 6)
        grid.put("a\u{1B}b", row: 2, column: 0)
        #expect(grid.text == "日本… |\n👍éx  |\na␛b\n")     // 日本… is 5 columns: one pad
    }

    @Test func aWideCharacterThatDoesNotFitLeavesABlank() {
        var grid = CellGrid(size: Size(rows: 1, columns: 5))
        grid.put("ab日本", row: 0, column: 0, ellipsis: false)
        #expect(grid.line(0) == "ab日")
        #expect(grid[0, 4].grapheme == " ")
        var cut = CellGrid(size: Size(rows: 1, columns: 5))
        cut.put("abcd日本", row: 0, column: 0)
        #expect(cut.line(0) == "abcd…")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = CellGrid(size: Size(rows: 1, columns: 6))
        grid.put("日本語", row: 0, column: 0)
        grid.put("x", row: 0, column: 1)                     // the right half of 日
        #expect(grid.line(0) == " x本語")
        grid.put("y", row: 0, column: 2)                     // the left half of 本
        #expect(grid.line(0) == " xy 語")
        #expect(grid[0, 3].width == 1)
    }

    @Test func trailingBlanksAreTrimmedEvenWhenStyled() {
        var grid = CellGrid(size: Size(rows: 1, columns: 8))
        grid.fill(row: 0, style: Style(attributes: .reverse))
        grid.put("ok", row: 0, column: 0, style: Style(attributes: .reverse))
        #expect(grid.line(0) == "ok")
        #expect(grid[0, 7].style.attributes.contains(.reverse))
    }

    @Test func writesOutsideTheGridAreIgnored() {
        var grid = CellGrid(size: Size(rows: 2, columns: 4))
        grid.put("x", row: 5, column: 0)
        grid.put("x", row: -1, column: 0)
        grid.put("abcdef", row: 0, column: -2, ellipsis: false)
        #expect(grid.line(0) == "abcd")
    }
}
