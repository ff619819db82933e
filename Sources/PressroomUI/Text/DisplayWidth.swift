import PressroomCore

/// How many terminal columns text takes, with the rules the terminal itself uses (glibc `wcwidth`, which
/// ncurses and tmux follow), in pure Swift so that rendering needs no C library.
///
/// A `Character` (grapheme) is drawn in one cell: its first scalar plus the zero-width scalars that follow,
/// stopping at a zero-width joiner; later spacing scalars (skin tones, further members of a ZWJ sequence)
/// are dropped. Its width is the first scalar's. So truncation per `Character` never splits a grapheme.
/// Control characters and escape sequences in (untrusted) text become visible one-column placeholders.
public enum DisplayWidth {
    /// The terminal width of one scalar: 0, 1 or 2; -1 for controls and unassigned code points.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x7F { return v >= 0x20 ? 1 : (v == 0 ? 0 : -1) }
        if v < 0x300 { return v < 0xA0 ? -1 : 1 }
        // Binary search for the last range starting at or before v.
        var lo = 0, hi = WidthTable.lower.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if WidthTable.lower[mid] <= v { lo = mid } else { hi = mid - 1 }
        }
        if WidthTable.lower[lo] <= v && v <= WidthTable.upper[lo] { return Int(WidthTable.width[lo]) }
        return 1
    }

    /// The columns a grapheme takes once drawn in its cell (1 or 2; 0 for a lone format character).
    public static func of(_ character: Character) -> Int { cell(character).width }

    /// The columns a string takes once drawn cell by cell.
    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for ch in text { total += cell(ch).width }
        return total
    }

    /// What is drawn for a grapheme, and how wide it is: 1 or 2 columns; 0 (and nothing drawn) for a lone
    /// invisible format character such as a byte-order mark.
    public static func cell(_ character: Character) -> (grapheme: String, width: Int) {
        if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return (String(character), 1) }
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return (" ", 1) }
        if let placeholder = placeholder(for: first) { return (String(placeholder), 1) }
        let width = of(first)
        if width == 0, first.properties.generalCategory == .format || first.value == 0 {
            return ("", 0)                                       // a stray BOM, ZWSP or ZWJ: nothing to draw
        }
        // A lone combining mark has nothing to sit on: draw it on a space.
        var text = width == 0 ? " " + String(first) : String(first)
        var kept = 1
        while let next = scalars.next(), kept < 5 {
            if next.value == 0x200D { break }                    // ZWJ: tmux drops it, ncurses garbles it
            if placeholder(for: next) != nil { break }
            guard of(next) == 0 else { continue }                // extra spacing scalars are dropped
            text.unicodeScalars.append(next)
            kept += 1
        }
        return (text, width == 2 ? 2 : 1)
    }

    /// The visible stand-in for a scalar that must never reach the terminal, or nil when it may.
    /// C0 controls become their Control Pictures (`␛` for ESC, `␉` for tab), DEL `␡`, C1 controls,
    /// bidirectional overrides and unassigned code points `�`.
    /// (One definition for the screen and the exports: `VisibleText`, in PressroomCore.)
    public static func placeholder(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        VisibleText.placeholder(for: scalar)
    }

    /// Replaces control characters and escape sequences with visible placeholders (for plain output).
    public static func sanitized(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text { out += cell(ch).grapheme }
        return out
    }

    /// `text` cut to at most `width` columns, ending in `…` when something was cut; never splits a grapheme.
    public static func truncate(_ text: some StringProtocol, to width: Int) -> String {
        guard width > 0 else { return "" }
        let whole = sanitized(text)
        if of(whole) <= width { return whole }
        var out = ""
        var used = 0
        for ch in whole {
            let (g, w) = cell(ch)
            if used + w > width - 1 { break }
            if w == 0 { continue }
            out += g
            used += w
        }
        while out.last == " " { out.removeLast() }             // "Terminal…", not "Terminal …"
        return out + "…"
    }
}
