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
        let list = data.withUnsafeBytes { Self.words(in: $0) }
        return list.isEmpty ? nil : list
    }

    /// The words of a list (one a line, LF or CRLF), lower-cased, without entries that hold an apostrophe
    /// or start with two capitals. Split and lower-cased on bytes into one buffer (the list has ~100,000
    /// lines and this runs at startup); only the few entries with non-ASCII letters become Strings.
    static func words(in raw: UnsafeRawBufferPointer) -> WordSet {
        let bytes = raw.bindMemory(to: UInt8.self)
        guard let src = bytes.baseAddress else { return WordSet() }
        let count = bytes.count
        var ascii = [UInt8](repeating: 0, count: count)
        var ends: [Int32] = []
        ends.reserveCapacity(count / 8)
        var others: [String] = []
        // The byte count is a local of the closure: a captured one is read and written through memory.
        // (Wrapping arithmetic: offsets stay below `count`, and overflow checks cost more than the work.)
        let n = ascii.withUnsafeMutableBufferPointer { out -> Int in
            guard let dst = out.baseAddress else { return 0 }
            var n = 0
            var start = 0
            while start < count {
                // One line, eight bytes at a time: copied lowered to the output while its marks (a byte
                // beyond ASCII, an apostrophe) are collected; kept or dropped after. Bytes copied past the
                // line's end are overwritten by the next word or cut off.
                let line = src + start
                let d = dst + n
                let rest = count &- start
                var len = 0
                var marks: UInt64 = 0
                var found = false
                while len &+ 8 <= rest {
                    let x = ByteLanes.load(UnsafeRawPointer(line + len))
                    let newline = ByteLanes.firstLanes(x, equalTo: 0x0A)
                    let mark = ByteLanes.highLanes(x) | ByteLanes.firstLanes(x, equalTo: 0x27)
                    // ASCII capitals get 0x20 (bytes above 0x7F are left as they are).
                    UnsafeMutableRawPointer(d + len).storeBytes(of: ByteLanes.lowered(x), as: UInt64.self)
                    if newline != 0 {
                        // The first newline is exact (a false hit of the zero-byte test only follows a true one).
                        let k = newline.trailingZeroBitCount >> 3
                        marks |= mark & ((1 << (UInt64(k) << 3)) &- 1)
                        len &+= k
                        found = true
                        break
                    }
                    marks |= mark
                    len &+= 8
                }
                if !found {
                    while len < rest {
                        let b = line[len]
                        if b == 0x0A { break }
                        if b >= 0x80 || b == 0x27 { marks = 1 }
                        d[len] = ASCII.lowered(b)
                        len &+= 1
                    }
                }
                let end = start &+ len
                var stop = len
                if stop > 0, line[stop &- 1] == 0x0D { stop &-= 1 }
                // An entry printed only in capitals is an abbreviation (`ING`, `MEd`): no evidence that the
                // lower-case fragment left by a line-end hyphen (`emphasis-` / `ing`) is a word.
                let abbreviation = stop >= 2 && ASCII.isUpper(line[0]) && ASCII.isUpper(line[1])
                if stop > 0, !abbreviation {
                    if marks == 0 {
                        n &+= stop
                        ends.append(Int32(truncatingIfNeeded: n))
                    } else {
                        // Beyond ASCII, or an apostrophe: kept as a String when no apostrophe.
                        let entry = UnsafeBufferPointer(start: line, count: stop)
                        if !entry.contains(0x27) {
                            others.append(String(decoding: entry, as: UTF8.self).lowercased())
                        }
                    }
                }
                start = end &+ 1
            }
            return n
        }
        ascii.removeLast(ascii.count - n)
        return WordSet(ascii: ascii, ends: ends, others: others)
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
