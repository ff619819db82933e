import Foundation

/// An optional dictionary of English words (Debian's `wamerican`, `/usr/share/dict/words`), consulted
/// only for a line-end hyphen the document itself gives no evidence about: `fast-` + `struggle`
/// (two words, the compound kept) against `govern-` + `ment` (one word, split by the typesetter).
/// Without it those hyphens are read as splits; `PRESSROOM_WORDS` names another list (empty: none).
enum WordList {
    /// Lower-cased words, or nil when no list is installed.
    static let english: Set<String>? = load()

    static func load() -> Set<String>? {
        let path = ProcessInfo.processInfo.environment["PRESSROOM_WORDS"] ?? "/usr/share/dict/words"
        guard !path.isEmpty, let data = FileManager.default.contents(atPath: path), !data.isEmpty else { return nil }
        var words = Set<String>()
        words.reserveCapacity(110_000)
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where !line.contains("'") {
            words.insert(line.lowercased())
        }
        return words.isEmpty ? nil : words
    }

    /// What the list says about `left-` + `right` printed across a line end: true to keep the hyphen
    /// (both halves are words and the joined form is not), false to join, nil when it cannot tell.
    static func keepsHyphen(left: String, right: String) -> Bool? {
        guard let words = english, left.count >= 2, right.count >= 2 else { return nil }
        if words.contains(left + right) { return false }
        if words.contains(left) && words.contains(right) { return true }
        return nil
    }
}
