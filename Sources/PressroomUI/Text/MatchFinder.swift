import Foundation
import PressroomCore

/// Where the search's terms occur in displayed text (through the index's own `Highlighter`), and the
/// folded form the list sorts by.
public enum MatchFinder {
    /// Folds text as the search does: lower case, no diacritics.
    public static func fold(_ text: some StringProtocol) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return String(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The character offsets of what the search matched in `text`: the index's own highlighter, so
    /// that the list, the detail and `pressroom search` highlight the same words.
    public static func ranges(in text: String, highlights: [HighlightTerm]) -> [Range<Int>] {
        guard !highlights.isEmpty, !text.isEmpty else { return [] }
        return Highlighter(terms: highlights).characterRanges(in: text)
    }
}
