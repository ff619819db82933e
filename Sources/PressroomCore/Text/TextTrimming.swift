/// Trimming without Foundation's `CharacterSet` (which bridges through NSString and is slow on Linux).
/// Both trims work on UTF-8 bytes where that gives the same characters (see `SimpleText`), else on characters.
extension StringProtocol {
    /// Without leading and trailing spaces, tabs and line breaks.
    func trimmed() -> String {
        let u = utf8
        if let bounds = u.withContiguousStorageIfAvailable({ b -> Range<Int>? in
            // Nothing to strip at either end (the usual case): the characters at the ends start and end in
            // other ASCII bytes.
            if let f = b.first, let l = b.last, f < 0x80, l < 0x80, f > 0x20, l > 0x20 { return 0..<b.count }
            return SimpleText.trimmedBounds(b, nbsp: true, otherThanASCII: false) { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }
        }), let r = bounds {
            if r.lowerBound == 0 && r.upperBound == u.count { return String(self) }
            return String(self[u.index(startIndex, offsetBy: r.lowerBound)..<u.index(startIndex, offsetBy: r.upperBound)])
        }
        return trimmed { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{A0}" }
    }

    /// Without leading and trailing characters from `characters`.
    func trimmed(_ characters: String) -> String {
        // The ASCII bytes of `characters` as a 128-bit mask (only ASCII bytes are asked about), read once.
        var low: UInt64 = 0, high: UInt64 = 0
        var otherThanASCII = false
        TextScan.withBytes(characters) { set in
            for c in set {
                if c < 64 { low |= 1 << UInt64(c) } else if c < 128 { high |= 1 << UInt64(c - 64) } else { otherThanASCII = true }
            }
        }
        @inline(__always) func inSet(_ c: UInt8) -> Bool {
            c < 64 ? low >> UInt64(c) & 1 != 0 : c < 128 ? high >> UInt64(c - 64) & 1 != 0 : otherThanASCII
        }
        let u = utf8
        if let bounds = u.withContiguousStorageIfAvailable({ b -> Range<Int>? in
            if let f = b.first, let l = b.last, f < 0x80, l < 0x80, f != 13, l != 13, !inSet(f), !inSet(l) {
                return 0..<b.count
            }
            return SimpleText.trimmedBounds(b, nbsp: false, otherThanASCII: otherThanASCII) { inSet($0) }
        }), let r = bounds {
            if r.lowerBound == 0 && r.upperBound == u.count { return String(self) }
            return String(self[u.index(startIndex, offsetBy: r.lowerBound)..<u.index(startIndex, offsetBy: r.upperBound)])
        }
        return trimmed { characters.contains($0) }
    }

    private func trimmed(where strip: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !strip($0) }) else { return "" }
        var last = index(before: endIndex)
        while strip(self[last]) { last = index(before: last) }
        return String(self[first...last])
    }
}

extension StringProtocol {
    /// `self` without leading and trailing characters in `set`.
    func trimming(_ set: Set<Character>) -> String {
        guard let start = firstIndex(where: { !set.contains($0) }), let end = lastIndex(where: { !set.contains($0) }) else { return "" }
        return String(self[start...end])
    }
}
