/// A list item's marker as a reader is shown it. A release prints its bullets in whatever glyph its
/// typist, markdown or PDF font chose (`-`, `*`, `+`, `●`, `▪`, a symbol font's private-use glyph that no
/// terminal can draw): they all mean "an item", and are shown as one bullet, `•`. A number or letter says
/// which item (`1.`, `2)`, `a.`) and is shown as printed.
public enum ListMarker {
    /// The bullet every unnumbered item is shown with.
    public static let bullet = "•"

    /// `printed` (the marker as the line prints it, spaces around it allowed) as it is shown: `1.` and `12)` as
    /// printed, a letter (`a.`, `B)`) as printed, any other mark `•`; nil when nothing is printed.
    static func display<S: StringProtocol>(_ printed: S) -> String? {
        let t = TextScan.trim(String(printed))
        guard let first = t.first else { return nil }
        if first.isASCII && (first.isNumber || first.isLetter), let last = t.last, last == "." || last == ")" {
            return t
        }
        return bullet
    }
}
