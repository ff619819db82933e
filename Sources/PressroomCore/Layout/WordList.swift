import Foundation

/// An optional dictionary of English words (Debian's `wamerican`, `/usr/share/dict/words`), consulted
/// only for a line-end hyphen the document itself gives no evidence about: `fast-` + `struggle`
/// (two words, the compound kept) against `govern-` + `ment` (one word, split by the typesetter).
/// Without it those hyphens are read as splits; `PRESSROOM_WORDS` names another list (empty: none).
enum WordList {
    /// Lower-cased words, or nil when no list is installed.
    static let english: WordSet? = load()

    static func load() -> WordSet? {
        let path = ProcessInfo.processInfo.environment["PRESSROOM_WORDS"] ?? "/usr/share/dict/words"
        guard !path.isEmpty, let data = FileManager.default.contents(atPath: path), !data.isEmpty else { return nil }
        // Split and lower-cased on bytes into one buffer (the list has ~100,000 lines and this runs at
        // startup); only the few entries with non-ASCII letters become Strings.
        var ascii = [UInt8](repeating: 0, count: data.count)
        var ends: [Int32] = []
        ends.reserveCapacity(data.count / 8)
        var others: [String] = []
        // The byte count is a local of the closure: a captured one is read and written through memory.
        // Lines are found with memchr and read through raw pointers (this loop runs over ~1 MB at startup).
        let n = ascii.withUnsafeMutableBufferPointer { out -> Int in
            data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Int in
                let bytes = raw.bindMemory(to: UInt8.self)
                guard let src = bytes.baseAddress, let dst = out.baseAddress else { return 0 }
                let count = bytes.count
                var n = 0
                var start = 0
                while start < count {
                    // One line: copied lowered to the output while its marks are collected; kept or dropped after.
                    // (Wrapping arithmetic: offsets stay below `count`, and overflow checks cost more than the work.)
                    let line = src + start
                    let d = dst + n
                    let rest = count &- start
                    var len = 0
                    var high: UInt8 = 0
                    var apostrophe = false
                    while len < rest {
                        let b = line[len]
                        if b == 0x0A { break }
                        high |= b
                        apostrophe = apostrophe || b == 0x27
                        d[len] = b &- 0x41 < 26 ? b | 0x20 : b
                        len &+= 1
                    }
                    let end = start &+ len
                    var stop = len
                    if stop > 0, line[stop &- 1] == 0x0D { stop &-= 1 }
                    // An entry printed only in capitals is an abbreviation (`ING`, `MEd`): no evidence that the
                    // lower-case fragment left by a line-end hyphen (`emphasis-` / `ing`) is a word.
                    let abbreviation = stop >= 2 && line[0] &- 0x41 < 26 && line[1] &- 0x41 < 26
                    if stop > 0, !apostrophe, !abbreviation {
                        if high < 0x80 {
                            n &+= stop
                            ends.append(Int32(truncatingIfNeeded: n))
                        } else {
                            others.append(String(decoding: UnsafeBufferPointer(start: line, count: stop), as: UTF8.self).lowercased())
                        }
                    }
                    start = end &+ 1
                }
                return n
            }
        }
        ascii.removeLast(ascii.count - n)
        let words = WordSet(ascii: ascii, ends: ends, others: others)
        return words.isEmpty ? nil : words
    }

    /// What the list says about `left-` + `right` printed across a line end: true to keep the hyphen
    /// (both halves are words and the joined form is not), false to join, nil when it cannot tell.
    static func keepsHyphen(left: String, right: String) -> Bool? {
        guard let words = english, left.count >= 2, right.count >= 2 else { return nil }
        if words.contains(left, right) { return false }
        if words.contains(left) && words.contains(right) { return true }
        return nil
    }
}
