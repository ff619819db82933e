import Testing
@testable import PressroomUI

/// The frame diff: writing its changes over the old frame gives the new one, cell for cell.
@Suite struct FrameDiffTests {
    /// A terminal's cells after writing `changes` over `old`: a wide grapheme covers the cell after it.
    static func apply(_ changes: [FrameDiff.Change], to old: CellGrid?, size: Size) -> [Cell] {
        var cells = old?.size == size ? old!.cells : Array(repeating: Cell.blank, count: size.rows * size.columns)
        for change in changes {
            let i = change.position.row * size.columns + change.position.column
            cells[i] = change.cell
            if change.cell.width == 2 { cells[i + 1] = Cell(grapheme: "", width: 0, style: change.cell.style) }
        }
        return cells
    }

    static func grid(_ size: Size, _ lines: [(String, Style)]) -> CellGrid {
        var grid = CellGrid(size: size)
        for (row, (text, style)) in lines.enumerated() { grid.put(text, row: row, column: 0, style: style) }
        return grid
    }

    @Test func theSameFrameChangesNothingAndNoFrameChangesEverything() {
        let size = Size(rows: 2, columns: 6)
        let a = Self.grid(size, [("ab漢c", .plain), ("x", .plain)])
        #expect(FrameDiff.changes(from: a, to: a).isEmpty)
        #expect(!FrameDiff.isWhole(from: a, to: a))
        let whole = FrameDiff.changes(from: nil, to: a)
        #expect(FrameDiff.isWhole(from: nil, to: a))
        #expect(whole.count == 11)        // 12 cells, the wide grapheme's right half not written
        #expect(FrameDiff.changes(from: CellGrid(size: Size(rows: 3, columns: 6)), to: a).count == 11)
    }

    @Test func onlyTheChangedCellsAreWritten() {
        let size = Size(rows: 1, columns: 6)
        let old = Self.grid(size, [("abcd", .plain)])
        let new = Self.grid(size, [("abXd", .plain)])
        #expect(FrameDiff.changes(from: old, to: new) == [FrameDiff.Change(position: Position(row: 0, column: 2),
                                                                            cell: new[0, 2])])
        // A style is a change too.
        let bold = Self.grid(size, [("abcd", Style(attributes: .bold))])
        #expect(FrameDiff.changes(from: old, to: bold).map(\.position.column) == [0, 1, 2, 3])
    }

    /// Frames of narrow and wide graphemes in turn: each diff, written over the frame before, gives the next.
    @Test func writingTheChangesGivesTheNewFrame() {
        let size = Size(rows: 2, columns: 7)
        let texts = ["abcdefg", "漢字abc", "a漢字bc", "a漢 字", "", "字字字x", "x字字字", "abcdefg"]
        var previous: CellGrid?
        for (n, text) in texts.enumerated() {
            let style = n % 2 == 0 ? Style.plain : Style(attributes: .reverse)
            let frame = Self.grid(size, [(text, style), (String(text.reversed()), .plain)])
            let written = Self.apply(FrameDiff.changes(from: previous, to: frame), to: previous, size: size)
            #expect(written == frame.cells, "after \"\(text)\"")
            previous = frame
        }
    }
}
