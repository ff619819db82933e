/// Byte-level stand-ins for `Character`-level string work on contact lines, with the same answers.
///
/// A line is *simple* when each of its Unicode scalars is a character of its own and none is canonically
/// equivalent to another punctuation mark: no carriage return, no combining mark, joiner or emoji, only
/// ASCII and the Latin, Cyrillic, Vietnamese, punctuation, symbol and full-width blocks. On a simple line a
/// comparison of scalars (or of UTF-8 bytes against an ASCII mark) is a comparison of characters. Other
/// lines take the general, character-by-character path.
enum SimpleText {
    /// Whether `v`, outside ASCII, is a scalar that never joins a neighbour into one character and is
    /// equivalent to no other scalar that contact parsing compares against.
    @inline(__always) static func isSafe(_ v: UInt32) -> Bool {
        switch v {
        case 0x80..<0x300, 0x400..<0x483, 0x48A..<0x530, 0x1E00..<0x1F00, 0x2000...0x200B, 0x200E..<0x2070,
             0x20A0..<0x20D0, 0x2100..<0x2C00, 0xFF01..<0xFF60:
            return true
        default:
            return false
        }
    }

    /// Whether every character of the UTF-8 bytes `b` is one scalar (see `isSafe`) and none is a carriage return.
    static func isSimple(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if c == 13 { return false }
                i += 1
            } else if c >= 0xC2 && c < 0xE0 {
                guard i + 1 < n else { return false }
                if !isSafe(UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)) { return false }
                i += 2
            } else if c >= 0xE0 && c < 0xF0 {
                guard i + 2 < n else { return false }
                if !isSafe(UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)) { return false }
                i += 3
            } else {
                return false
            }
        }
        return true
    }

    static func isSimple<S: StringProtocol>(_ s: S) -> Bool {
        if let r = s.utf8.withContiguousStorageIfAvailable({ isSimple($0) }) { return r }
        return isSimple(String(s))
    }

    static func isSimple(_ s: String) -> Bool {
        var copy = s
        return copy.withUTF8 { isSimple($0) }
    }

    /// The scalar that ends just before byte `end` (a lead byte and its continuation bytes), if it is safe
    /// or ASCII other than a carriage return.
    @inline(__always) static func endsSafely(_ b: UnsafeBufferPointer<UInt8>, before end: Int) -> Bool {
        guard end > 0 else { return true }
        let last = b[end - 1]
        if last < 0x80 { return last != 13 }
        var k = end - 1
        while k > 0, b[k] & 0xC0 == 0x80, end - k < 3 { k -= 1 }
        return isSimple(UnsafeBufferPointer(rebasing: b[k..<end]))
    }

    /// The scalar that starts at byte `start`, if it is safe or ASCII other than a carriage return.
    @inline(__always) static func startsSafely(_ b: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start < b.count else { return true }
        let c = b[start]
        if c < 0x80 { return c != 13 }
        let length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
        guard start + length <= b.count else { return false }
        return isSimple(UnsafeBufferPointer(rebasing: b[start..<(start + length)]))
    }

    /// The byte offsets of `b` without the leading and trailing bytes `strip` accepts (ASCII only), or nil
    /// when the answer could differ from trimming characters: a carriage return, or a non-simple scalar
    /// next to what is stripped.
    static func trimmedBounds(_ b: UnsafeBufferPointer<UInt8>, nbsp: Bool, otherThanASCII: Bool,
                              _ strip: (UInt8) -> Bool) -> Range<Int>? {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80, c != 13, strip(c) { i += 1; continue }
            if nbsp, c == 0xC2, i + 1 < n, b[i + 1] == 0xA0 { i += 2; continue }
            break
        }
        // Nothing left: every character was a stripped one (a carriage return stops the loop).
        if i == n { return 0..<0 }
        var k = n
        while k > i {
            let c = b[k - 1]
            if c < 0x80, c != 13, strip(c) { k -= 1; continue }
            if nbsp, c == 0xA0, k - 2 >= i, b[k - 2] == 0xC2 { k -= 2; continue }
            break
        }
        // A carriage return left at an end may be `\r\n`, one character: the general path decides.
        if b[i] == 13 || b[k - 1] == 13 { return nil }
        // A set with characters beyond ASCII might strip the character at an end.
        if otherThanASCII, b[i] >= 0x80 || b[k - 1] >= 0x80 { return nil }
        if i > 0, !startsSafely(b, at: i) { return nil }
        if k < n, !endsSafely(b, before: k) { return nil }
        return i..<k
    }
}

extension SimpleText {
    /// `s.firstIndex(of: ":")` (or another ASCII mark that no other character is equivalent to), found on bytes.
    static func firstIndex(ofASCII mark: UInt8, in s: String) -> String.Index? { index(ofASCII: mark, in: s, last: false) }

    /// `s.lastIndex(of: " ")`, found on bytes.
    static func lastSpaceIndex(in s: String) -> String.Index? { index(ofASCII: 0x20, in: s, last: true) }

    /// `s.firstIndex(of:)` or, `last`, `s.lastIndex(of:)` of the character of an ASCII mark, found on bytes.
    @inline(__always) private static func index(ofASCII mark: UInt8, in s: String, last: Bool) -> String.Index? {
        var copy = s
        let found: Int?? = FastPaths.off ? nil : copy.withUTF8 { b -> Int?? in
            guard let p = last ? b.lastIndex(of: mark) : b.firstIndex(of: mark) else { return .some(nil) }
            // The mark is a character of its own unless a neighbour joins it (rare): then ask the characters.
            if p + 1 < b.count, !startsSafely(b, at: p + 1) { return nil }
            if !endsSafely(b, before: p) { return nil }
            return .some(p)
        }
        switch found {
        case .some(.some(let p)): return s.utf8.index(s.startIndex, offsetBy: p)
        case .some(.none): return nil
        case .none:
            let character = Character(Unicode.Scalar(mark))
            return last ? s.lastIndex(of: character) : s.firstIndex(of: character)
        }
    }

    /// `s.contains(where: \.isLetter)`, deciding on the first ASCII letter when one comes before any other
    /// byte beyond ASCII.
    static func hasLetter(_ s: String) -> Bool {
        for b in s.utf8 {
            if b >= 0x80 { break }
            if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A { return true }
        }
        return s.contains(where: \.isLetter)
    }

    /// `s.split(separator: " ").joined(separator: " ")`: runs of spaces made single, none at the ends.
    static func singleSpaced(_ s: String) -> String {
        var copy = s
        let out: String?? = FastPaths.off ? nil : copy.withUTF8 { b -> String?? in
            var previous: UInt8 = 0x20
            var clean = true
            for c in b {
                if c == 0x20 && previous == 0x20 { clean = false; break }
                previous = c
            }
            if clean && previous != 0x20 { return .some(nil) }       // already single-spaced
            guard isSimple(b) else { return nil }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(b.count)
            var pendingSpace = false
            for c in b {
                if c == 0x20 {
                    pendingSpace = !bytes.isEmpty
                } else {
                    if pendingSpace { bytes.append(0x20); pendingSpace = false }
                    bytes.append(c)
                }
            }
            return .some(String(decoding: bytes, as: UTF8.self))
        }
        switch out {
        case .some(.some(let t)): return t
        case .some(.none): return s
        case .none: return s.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        }
    }
}

extension SimpleText {
    /// Whether the bytes of `b` from `i + 1`, ASCII capitals lowered, go on as `needle` does after its first
    /// byte (which the caller has matched); `b` holds `needle.count` bytes from `i`.
    @inline(__always) static func lowered(_ b: UnsafeBufferPointer<UInt8>, at i: Int, continue needle: [UInt8]) -> Bool {
        var k = 1
        while k < needle.count {
            let d = b[i + k]
            if (d >= 65 && d <= 90 ? d | 0x20 : d) != needle[k] { return false }
            k += 1
        }
        return true
    }

    /// Whether the ASCII bytes of `s`, lower-cased, hold one of `needles` (lower-case ASCII).
    static func containsASCII(_ s: String, anyOf needles: [[UInt8]]) -> Bool {
        var copy = s
        return copy.withUTF8 { b -> Bool in
            let n = b.count
            for needle in needles where n >= needle.count {
                let first = needle[0]
                var i = 0
                while i + needle.count <= n {
                    let c = b[i]
                    if (c >= 65 && c <= 90 ? c | 0x20 : c) == first, lowered(b, at: i, continue: needle) { return true }
                    i += 1
                }
            }
            return false
        }
    }

    /// `s.count`: on a simple text (each scalar a character) the number of bytes that start a scalar,
    /// counted on the buffer without breaking the text into grapheme clusters.
    static func characterCount(_ s: String) -> Int {
        let simple: Int? = FastPaths.off ? nil : TextScan.withBytes(s) { b -> Int? in
            guard isSimple(b) else { return nil }
            var n = 0
            for c in b where c & 0xC0 != 0x80 { n += 1 }
            return n
        }
        return simple ?? s.count
    }

    /// Whether `s` holds only ASCII bytes.
    static func isASCII(_ s: String) -> Bool {
        var copy = s
        return copy.withUTF8 { b in b.allSatisfy { $0 < 0x80 } }
    }
}

extension SimpleText {
    /// `Character(c).isLetter` for a scalar that is a character of its own (ASCII without a lookup).
    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A }
        return Character(c).isLetter
    }

    /// `Character(c).isLowercase` for a scalar that is a character of its own.
    @inline(__always) static func isLowercase(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value >= 0x61 && c.value <= 0x7A }
        return Character(c).isLowercase
    }
}

extension SimpleText {
    /// `s.split(whereSeparator: { !$0.isLetter && $0 != keep })`: the runs of letters (and `keep`, an ASCII
    /// mark), read on bytes when `s` is simple.
    static func letterRuns(_ s: String, keeping keep: UInt8) -> [Substring] {
        var copy = s
        let runs: [Range<Int>]? = FastPaths.off ? nil : copy.withUTF8 { b -> [Range<Int>]? in
            guard isSimple(b) else { return nil }
            var out: [Range<Int>] = []
            var start = -1
            var i = 0
            let n = b.count
            while i < n {
                let c = b[i]
                var width = 1
                let inWord: Bool
                if c < 0x80 {
                    inWord = c == keep || (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A
                } else {
                    let (v, w) = TextScan.scalar(in: b, at: i)
                    width = w
                    inWord = Unicode.Scalar(v).map { Character($0).isLetter } ?? false
                }
                if inWord {
                    if start < 0 { start = i }
                } else if start >= 0 {
                    out.append(start..<i)
                    start = -1
                }
                i += width
            }
            if start >= 0 { out.append(start..<n) }
            return out
        }
        guard let runs else {
            let mark = Character(Unicode.Scalar(keep))
            return s.split(whereSeparator: { !$0.isLetter && $0 != mark })
        }
        let u = s.utf8
        return runs.map { s[u.index(s.startIndex, offsetBy: $0.lowerBound)..<u.index(s.startIndex, offsetBy: $0.upperBound)] }
    }
}

extension SimpleText {
    /// `s.split(whereSeparator: { marks($0) })` for ASCII marks, cut on bytes when `s` is simple.
    static func split(_ s: String, at marks: (UInt8) -> Bool) -> [Substring] {
        var copy = s
        let runs: [Range<Int>]? = FastPaths.off ? nil : copy.withUTF8 { b -> [Range<Int>]? in
            guard isSimple(b) else { return nil }
            var out: [Range<Int>] = []
            var start = -1
            for i in 0..<b.count {
                if b[i] < 0x80 && marks(b[i]) {
                    if start >= 0 { out.append(start..<i); start = -1 }
                } else if start < 0 {
                    start = i
                }
            }
            if start >= 0 { out.append(start..<b.count) }
            return out
        }
        guard let runs else {
            return s.split(whereSeparator: { $0.isASCII && $0.unicodeScalars.count == 1 && marks(UInt8($0.unicodeScalars.first!.value)) })
        }
        let u = s.utf8
        return runs.map { s[u.index(s.startIndex, offsetBy: $0.lowerBound)..<u.index(s.startIndex, offsetBy: $0.upperBound)] }
    }

    /// `s.split(whereSeparator: \.isWhitespace).joined(separator: " ")`, on bytes when `s` is simple.
    static func singleSpacedWhitespace(_ s: String) -> String {
        var copy = s
        let out: String?? = FastPaths.off ? nil : copy.withUTF8 { b -> String?? in
            // An ASCII text without whitespace other than single spaces between words (the usual case) is
            // left as it is, without building a copy.
            var clean = true
            var previous: UInt8 = 0x20
            for c in b {
                if c >= 0x80 || (c >= 0x09 && c <= 0x0D) || (c == 0x20 && previous == 0x20) { clean = false; break }
                previous = c
            }
            if clean && previous != 0x20 { return .some(nil) }
            guard isSimple(b) else { return nil }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(b.count)
            var pendingSpace = false
            var changed = false
            var i = 0
            while i < b.count {
                let c = b[i]
                var width = 1
                let white: Bool
                if c < 0x80 {
                    white = c == 0x20 || (c >= 0x09 && c <= 0x0D)
                    if white && c != 0x20 { changed = true }
                } else {
                    let (v, w) = TextScan.scalar(in: b, at: i)
                    width = w
                    white = Unicode.Scalar(v).map { Character($0).isWhitespace } ?? false
                    if white { changed = true }
                }
                if white {
                    if pendingSpace || bytes.isEmpty { changed = true }
                    pendingSpace = !bytes.isEmpty
                } else {
                    if pendingSpace { bytes.append(0x20); pendingSpace = false }
                    if width == 1 { bytes.append(c) } else { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<(i + width)])) }
                }
                i += width
            }
            if pendingSpace { changed = true }
            return changed ? .some(String(decoding: bytes, as: UTF8.self)) : .some(nil)
        }
        switch out {
        case .some(.some(let t)): return t
        case .some(.none): return s
        case .none: return s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
    }
}

extension SimpleText {
    /// Whether the bytes of `s`, ASCII letters lower-cased, open with one of `prefixes` (lower-case ASCII).
    static func hasASCIIPrefix(_ s: String, anyOf prefixes: [[UInt8]]) -> Bool {
        var copy = s
        return copy.withUTF8 { b -> Bool in
            prefixes.contains { p in
                p.count <= b.count && p.indices.allSatisfy { k in
                    let c = b[k]
                    return (c >= 65 && c <= 90 ? c | 0x20 : c) == p[k]
                }
            }
        }
    }
}
