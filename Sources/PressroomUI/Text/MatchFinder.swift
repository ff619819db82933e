import PressroomCore

/// Where the search's terms occur in displayed text, through the index's own `Highlighter`.
public enum MatchFinder {
    /// The character offsets of what the search matched in `text`: the index's own highlighter, so
    /// that the list, the detail and `pressroom search` highlight the same words.
    public static func ranges(in text: String, highlights: [HighlightTerm]) -> [Range<Int>] {
        guard !highlights.isEmpty, !text.isEmpty else { return [] }
        return Highlighter(terms: highlights).characterRanges(in: text)
    }
}
