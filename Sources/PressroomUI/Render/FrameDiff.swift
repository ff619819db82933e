/// What changed between two frames: the cells a backend must write to turn the screen showing `old` into one
/// showing `new`. Pure, so that what reaches the terminal is tested without one (`FrameDiffTests`).
public enum FrameDiff {
    /// One cell to write: a grapheme (its width 1 or 2) at a position, in a style.
    public struct Change: Hashable, Sendable {
        public var position: Position
        public var cell: Cell
    }

    /// The cells of `new` to write over a screen showing `old`, row by row. With no `old`, or one of another
    /// size, every drawn cell (the caller clears the screen first). The right half of a wide grapheme is never
    /// written (it comes with its left half); a wide grapheme is written again when the cell after it changed,
    /// since writing that cell on its own would have cut it in half.
    public static func changes(from old: CellGrid?, to new: CellGrid) -> [Change] {
        let previous = old?.size == new.size ? old : nil
        var out: [Change] = []
        for row in 0..<new.rows {
            for column in 0..<new.columns {
                let cell = new[row, column]
                guard cell.width > 0 else { continue }
                if let previous, previous[row, column] == cell,
                   cell.width == 1 || previous[row, column + 1] == new[row, column + 1] { continue }
                out.append(Change(position: Position(row: row, column: column), cell: cell))
            }
        }
        return out
    }

    /// Whether `changes(from: old, to: new)` is the whole frame (the screen must be cleared first).
    public static func isWhole(from old: CellGrid?, to new: CellGrid) -> Bool { old?.size != new.size }
}
