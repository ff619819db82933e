import Foundation

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
        let chars = Array(text)
        let folded: [String] = chars.map { ch in
            if let a = ch.asciiValue { return a >= 65 && a <= 90 ? String(UnicodeScalar(a + 32)) : String(ch) }
            return fold(String(ch))
        }
        var out: [Range<Int>] = []
        var i = 0
        while i < chars.count {
            let atWordStart = i == 0 || !isWordCharacter(chars[i - 1]) || !isWordCharacter(chars[i])
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

    static func isWordCharacter(_ ch: Character) -> Bool { ch.isLetter || ch.isNumber }
}
