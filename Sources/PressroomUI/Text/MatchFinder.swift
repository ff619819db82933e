import Foundation
import PressroomCore

/// Finds where search terms occur in displayed text, the way the search matches: case- and
/// accent-insensitively, each term at the start of a word (a term is a folded word or prefix).
public enum MatchFinder {
    /// Folds text as the search does: lower case, no diacritics.
    public static func fold(_ text: some StringProtocol) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return String(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The character offsets of every match of any of `terms` in `text`, in order, not overlapping.
    public static func ranges(in text: String, terms: [String]) -> [Range<Int>] {
        let terms = terms.map(fold).filter { !$0.isEmpty }
        guard !terms.isEmpty, !text.isEmpty else { return [] }
        // Most lines hold no term at all: one fold of the whole line rules them out.
        let foldedLine = fold(text)
        guard terms.contains(where: { foldedLine.contains($0) }) else { return [] }
        let chars = Array(text)
        let foldedChars = Array(foldedLine)
        // Folding usually maps each character to one character; then the line's fold gives them all at once.
        let folded: [String] = foldedChars.count == chars.count ? foldedChars.map { String($0) } : chars.map { ch in
            if let a = ch.asciiValue { return a >= 65 && a <= 90 ? String(UnicodeScalar(a + 32)) : String(ch) }
            return fold(String(ch))
        }
        var out: [Range<Int>] = []
        var i = 0
        while i < chars.count {
            let atWordStart = i == 0 || !isWordCharacter(chars[i - 1]) || !isWordCharacter(chars[i])
                || isUnspaced(chars[i])
            var matchedEnd: Int?
            if atWordStart {
                for term in terms {
                    var acc = ""
                    var j = i
                    while acc.utf8.count < term.utf8.count, j < chars.count {
                        acc += folded[j]
                        j += 1
                    }
                    if acc.utf8.starts(with: term.utf8), j > i { matchedEnd = max(matchedEnd ?? j, j) }
                }
            }
            if let end = matchedEnd {
                out.append(i..<end)
                i = end
            } else {
                i += 1
            }
        }
        return out
    }

    /// The character offsets of what the search matched in `text`: the index's own highlighter, so
    /// that the list, the detail and `pressroom search` highlight the same words.
    public static func ranges(in text: String, highlights: [HighlightTerm]) -> [Range<Int>] {
        guard !highlights.isEmpty, !text.isEmpty else { return [] }
        return Highlighter(terms: highlights).characterRanges(in: text)
    }

    static func isWordCharacter(_ ch: Character) -> Bool { ch.isLetter || ch.isNumber }

    /// Han, kana and Hangul: scripts written without spaces between words, where a term may start anywhere.
    static func isUnspaced(_ ch: Character) -> Bool {
        guard let v = ch.unicodeScalars.first?.value else { return false }
        return (0x3040...0x30FF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)
            || (0xAC00...0xD7AF).contains(v) || (0x1100...0x11FF).contains(v) || (0xF900...0xFAFF).contains(v)
            || (0x20000...0x2FFFF).contains(v)
    }
}
