/// A date found in a line of text.
public struct DateMatch: Hashable, Sendable {
    /// `YYYY-MM-DD`.
    public var iso: String
    /// Where the date expression is in the line it was found in.
    public var range: Range<String.Index>
    /// Set when the reading was a guess (`date 03/04/2024 read as 3 April (day first)`).
    public var warning: String?

    public init(iso: String, range: Range<String.Index>, warning: String? = nil) {
        self.iso = iso
        self.range = range
        self.warning = warning
    }
}

/// What the rest of a document says about how to read numeric dates.
public struct DateHints: Hashable, Sendable {
    /// true: month/day (US); false: day/month; nil: no evidence (read day-first, with a warning).
    public var monthFirst: Bool?

    public init(monthFirst: Bool? = nil) { self.monthFirst = monthFirst }

    /// Evidence from the whole document: other dates, the language, a US dateline.
    /// PLACEHOLDER (skeleton); the dates work replaces it.
    public static func infer(from text: String) -> DateHints { DateHints() }
}

/// Recognises dates in the formats and languages releases print them in.
/// PLACEHOLDER implementation (skeleton): ISO only; the dates work replaces it.
public enum DateParser {
    /// The first date in `line`, or nil.
    public static func firstDate(in line: String, hints: DateHints = DateHints()) -> DateMatch? {
        let chars = Array(line.unicodeScalars)
        _ = chars
        guard let range = line.range(of: #"\b\d{4}-\d{2}-\d{2}\b"#, options: .regularExpression) else { return nil }
        return DateMatch(iso: String(line[range]), range: range)
    }
}
