/// Release text made safe to print in exports (CSV, vCard, plain text): control characters, bidirectional
/// overrides and isolates, line and paragraph separators and unassigned code points become visible
/// placeholders, as the browser draws them (`DisplayWidth.placeholder(for:)` in PressroomUI, which this
/// agrees with): C0 controls their Control Pictures (`␛` for ESC, `␇` for BEL), DEL `␡`, the others `�`.
/// Text in a release is untrusted: a file could otherwise move a reader's cursor or reverse a phone number
/// on screen when the export is printed or opened.
public enum VisibleText {
    /// What the text outputs (`list`, `search`, the `contacts` table) print for a field with nothing in it: one
    /// mark everywhere, so that a script tests one value and a reader sees the column is empty, not shifted.
    /// CSV leaves the field empty and JSON writes `null` or `[]`, as their readers expect.
    public static let missingField = "-"

    /// `text` made visible, or `missingField` when there is none.
    public static func field(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return missingField }
        return sanitized(text)
    }

    /// The visible stand-in for a scalar that must not be printed, or nil when it may.
    public static func placeholder(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        if v < 0x20 { return Unicode.Scalar(0x2400 + v) }
        if v == 0x7F { return "\u{2421}" }
        if v < 0xA0 { return v >= 0x80 ? "\u{FFFD}" : nil }
        if v < 0x300 { return nil }
        if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) { return "\u{FFFD}" }
        if v == 0x2028 || v == 0x2029 { return "\u{FFFD}" }
        return isUnprintable(v) ? "\u{FFFD}" : nil
    }

    /// `text` with every scalar that must not be printed replaced by its placeholder; with
    /// `keepingLineBreaks`, LF, CR and CR LF stay (for formats that quote or escape them).
    public static func sanitized(_ text: String, keepingLineBreaks: Bool = false) -> String {
        // Most text has nothing to replace: answer without copying.
        if !text.unicodeScalars.contains(where: { needsReplacing($0, keepingLineBreaks) }) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsReplacing(scalar, keepingLineBreaks), let p = placeholder(for: scalar) {
                out.append(p)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    @inline(__always)
    private static func needsReplacing(_ s: Unicode.Scalar, _ keepingLineBreaks: Bool) -> Bool {
        if keepingLineBreaks && (s == "\n" || s == "\r") { return false }
        let v = s.value
        if v >= 0x20 && v < 0x7F { return false }
        return placeholder(for: s) != nil
    }

    /// True for a code point at or above U+0300 that a terminal has no glyph for (binary search).
    static func isUnprintable(_ v: UInt32) -> Bool {
        let lower = UnprintableRanges.lower
        var lo = 0, hi = lower.count - 1
        guard hi >= 0, v >= lower[0] else { return false }
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lower[mid] <= v { lo = mid } else { hi = mid - 1 }
        }
        return v <= UnprintableRanges.upper[lo]
    }
}
