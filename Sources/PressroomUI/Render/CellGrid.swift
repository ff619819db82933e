/// One terminal cell: the grapheme drawn there, its width, and its style.
///
/// A wide grapheme occupies its own cell (width 2) and the next one, a continuation (width 0, empty text),
/// which the backend skips.
public struct Cell: Hashable, Sendable {
    public var grapheme: String
    /// 1 or 2 for a drawn cell; 0 for the right half of a wide grapheme.
    public var width: UInt8
    public var style: Style

    public init(grapheme: String, width: UInt8, style: Style) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    /// A space in the default style.
    public static let blank = Cell(grapheme: " ", width: 1, style: .plain)
}

/// A row and column on the screen, from the top left, zero-based.
public struct Position: Hashable, Sendable {
    public var row: Int
    public var column: Int
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}

/// A whole screen as cells: what the views draw into and what the backend copies to the terminal.
/// Every text written goes through `DisplayWidth.cell`, so control characters can never reach the terminal.
public struct CellGrid: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal's cursor should be shown (the search line while editing), or nil to hide it.
    public var cursor: Position?

    public init(size: Size) {
        self.size = Size(rows: max(0, size.rows), columns: max(0, size.columns))
        cells = Array(repeating: .blank, count: self.size.rows * self.size.columns)
    }

    public var rows: Int { size.rows }
    public var columns: Int { size.columns }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * size.columns + column]
    }

    /// Writes `text` from `column` on `row`, clipped before column `limit` (default: the right edge).
    /// With `ellipsis`, text that does not fit ends in `…` at the limit. Returns the column after the text.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, row: Int, column: Int, limit: Int? = nil,
                             style: Style = .plain, ellipsis: Bool = true) -> Int {
        let end = min(limit ?? size.columns, size.columns)
        guard row >= 0, row < size.rows, column < end else { return column }
        var col = max(0, column)
        if ellipsis, DisplayWidth.of(text) > end - col {
            for ch in DisplayWidth.truncate(text, to: end - col) {
                let (g, w) = DisplayWidth.cell(ch)
                if w == 0 { continue }
                set(g, width: w, row: row, column: col, style: style)
                col += w
            }
            // A wide grapheme that did not fit leaves one column: pad it.
            while col < end { set(" ", width: 1, row: row, column: col, style: style); col += 1 }
            return col
        }
        for ch in text {
            let (g, w) = DisplayWidth.cell(ch)
            if w == 0 { continue }
            if col + w > end {
                if col < end { set(" ", width: 1, row: row, column: col, style: style); col += 1 }
                break
            }
            set(g, width: w, row: row, column: col, style: style)
            col += w
        }
        return col
    }

    /// Fills columns `from..<to` of `row` with spaces in `style`.
    public mutating func fill(row: Int, from: Int = 0, to: Int? = nil, style: Style) {
        guard row >= 0, row < size.rows else { return }
        let end = min(to ?? size.columns, size.columns)
        var col = max(0, from)
        while col < end {
            set(" ", width: 1, row: row, column: col, style: style)
            col += 1
        }
    }

    /// Places one measured grapheme, blanking any wide grapheme it overwrites half of.
    private mutating func set(_ grapheme: String, width: Int, row: Int, column: Int, style: Style) {
        let base = row * size.columns
        let i = base + column
        if cells[i].width == 0, column > 0 {                       // right half of a wide one
            cells[i - 1] = Cell(grapheme: " ", width: 1, style: cells[i - 1].style)
        }
        let lastCovered = column + width - 1
        if lastCovered + 1 < size.columns, cells[base + lastCovered].width == 2 {   // left half of a wide one
            cells[base + lastCovered + 1] = Cell(grapheme: " ", width: 1, style: cells[base + lastCovered + 1].style)
        }
        cells[i] = Cell(grapheme: grapheme, width: UInt8(width), style: style)
        if width == 2 { cells[i + 1] = Cell(grapheme: "", width: 0, style: style) }
    }

    /// One row as `tmux capture-pane -p` prints it: a wide grapheme once, trailing blanks trimmed.
    public func line(_ row: Int) -> String {
        var out = ""
        let base = row * size.columns
        for col in 0..<size.columns where cells[base + col].width > 0 {
            out += cells[base + col].grapheme
        }
        while out.last == " " { out.removeLast() }
        return out
    }

    /// The whole screen as `tmux capture-pane -p` prints it: one line per row.
    public var text: String {
        (0..<size.rows).map { line($0) + "\n" }.joined()
    }
}
