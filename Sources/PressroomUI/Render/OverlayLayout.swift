/// Where each window over the panes stands at a screen size, and how many rows it scrolls through: pure, and
/// shared by the update (which scrolls by it) and the views (which draw in it), as `ScreenLayout` is for the
/// panes, so that the update never asks a view and the two cannot disagree.
public enum OverlayLayout {
    /// A window: its box (a frame around rows of text) and the rows it scrolls through.
    public struct Window: Hashable, Sendable {
        public var box: Rect
        /// Rows in all (0 for the directory, whose update and view count its rows from the page).
        public var total: Int
        /// Rows shown at once, inside the frame.
        public var visible: Int { max(1, box.rows - 2) }
        /// How many first rows there are to scroll to: the last page ends on the last row.
        public var tops: Int { max(1, total - visible + 1) }
        /// The first row shown when row `selected` must show (the window scrolled no further than that).
        public func top(showing selected: Int) -> Int { max(0, selected - visible + 1) }
    }

    /// A box `columns` wide and `rows` high (at most the screen above the search line and status bar), centred.
    private static func centred(_ size: Size, columns: Int, rows: Int) -> Rect {
        let columns = min(size.columns, columns)
        let rows = min(size.rows - 2, rows)
        return Rect(row: max(0, (size.rows - 2 - rows) / 2), column: max(0, (size.columns - columns) / 2),
                    rows: rows, columns: columns)
    }

    /// `?`: the key help, at most 84 columns wide, as high as its rows.
    public static func help(in size: Size) -> Window {
        let total = HelpText.rows(width: min(size.columns, 84)).count
        return Window(box: centred(size, columns: 84, rows: total + 2), total: total)
    }

    /// `y`'s chooser of what to copy: as wide as its widest row (`widest` columns, plus its frame and
    /// margins), 24 columns at least and two fewer than the screen at most, as high as its `items`.
    public static func chooser(widest: Int, items: Int, in size: Size) -> Window {
        Window(box: centred(size, columns: min(size.columns - 2, max(24, widest + 4)), rows: items + 2), total: items)
    }

    /// `p`: the files not read, one a row, at most 100 columns wide.
    public static func problems(in size: Size, count: Int) -> Window {
        Window(box: centred(size, columns: 100, rows: count + 2), total: count)
    }

    /// `i`: the explanation's lines wrapped to the window (`rows`), at most 120 columns wide, as high as the
    /// screen above the search line and status bar.
    public static func explanation(_ lines: [String], in size: Size) -> (box: Rect, rows: [String], visible: Int, tops: Int) {
        let rows = explanationRows(lines, in: size)
        let window = Window(box: explanationBox(in: size), total: rows.count)
        return (window.box, rows, window.visible, window.tops)
    }

    static func explanationBox(in size: Size) -> Rect {
        let columns = min(size.columns, 120)
        return Rect(row: 0, column: max(0, (size.columns - columns) / 2), rows: max(3, size.rows - 2), columns: columns)
    }

    /// The explanation's lines wrapped to the window: a line too long for it goes on under its own text
    /// (after its indent, and after a short label padded with spaces, such as a line's role), so that a
    /// narrow terminal shows every word and the columns stay aligned.
    static func explanationRows(_ lines: [String], in size: Size) -> [String] {
        let width = max(8, explanationBox(in: size).columns - 4)
        var out: [String] = []
        for line in lines {
            if DisplayWidth.of(line) <= width { out.append(line); continue }
            let chars = Array(line)
            var start = 0
            while start < chars.count && chars[start] == " " { start += 1 }
            // A label of a few words' length then two spaces or more: the text starts after them.
            var k = start
            while k < chars.count && k - start <= 20 && !(chars[k] == " " && k + 1 < chars.count && chars[k + 1] == " ") { k += 1 }
            if k < chars.count && k - start <= 20 {
                while k < chars.count && chars[k] == " " { k += 1 }
                start = k
            }
            let hang = min(start, width / 2)
            let prefix = String(chars[..<start])
            let wrapped = TextWrap.wrap(String(chars[start...]), width: max(4, width - hang))
            for (n, piece) in wrapped.enumerated() {
                out.append((n == 0 ? prefix : String(repeating: " ", count: hang)) + piece)
            }
            if wrapped.isEmpty { out.append(line) }
        }
        return out
    }

    /// `C`: the contacts directory, the whole screen above the search line and status bar (its rows: entries,
    /// or an entry's lines, counted by the update and the view from the page).
    public static func directory(in size: Size) -> Window {
        Window(box: Rect(row: 0, column: 0, rows: max(3, size.rows - 2), columns: size.columns), total: 0)
    }
}
