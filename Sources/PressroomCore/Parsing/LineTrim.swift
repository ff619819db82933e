/// `TextScan.trim` with the same result, faster on a line that ends (or starts) with a non-ASCII
/// character: the Unicode whitespace at its ends is found by scalars and the kept text copied in one go,
/// not rebuilt scalar by scalar. The lexicon trims every line it tests, so this is on the hot path.
enum LineTrim {
    /// `s` without leading and trailing whitespace (`TextScan.trim`).
    static func trim(_ s: String) -> String {
        // Already trimmed (the usual case): no copy.
        if let f = s.utf8.first, let l = s.utf8.last, f < 0x80, l < 0x80, !ByteTest.isSpace(f), !ByteTest.isSpace(l) { return s }
        return trim(s[...])
    }

    static func trim(_ s: Substring) -> String {
        let u = s.utf8
        guard let start = u.firstIndex(where: { !ByteTest.isSpace($0) }),
              let last = u.lastIndex(where: { !ByteTest.isSpace($0) }) else { return "" }
        let t = s[start..<u.index(after: last)]
        if let f = t.utf8.first, let l = t.utf8.last, f >= 0x80 || l >= 0x80 {
            let scalars = t.unicodeScalars
            guard let a = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
                  let b = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
            return String(scalars[a...b])
        }
        return String(t)
    }
}
