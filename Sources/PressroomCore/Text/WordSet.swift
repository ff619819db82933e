/// Word sets looked up by the bytes of a word, with no `String` built or hashed per lookup: a `Set<String>`
/// lookup builds and SipHashes a String, which on every word of every line was a large share of the parse.
///
/// `ASCIIWordSet` is the table: ASCII words back to back in one buffer, an open-addressing table of their
/// offsets. `WordSet` adds the rest of `String` equality (canonical equivalence) for words beyond ASCII.

/// A read-only set of ASCII words, asked about bytes. The contact vocabulary asks it about lower-cased
/// words cut from ASCII lines; `WordSet` keeps its ASCII words in one.
final class ASCIIWordSet: @unchecked Sendable {
    // Written once in `init`, then only read: lookups go through the pointers (no bounds check, no
    // reference count on the buffers).
    private let bytes: UnsafeMutablePointer<UInt8>
    /// Word k is `bytes[starts[k]..<starts[k + 1]]`.
    private let starts: UnsafeMutablePointer<Int32>
    private let count: Int
    /// Slot → word index + 1 (0: empty); a power of two long, at most half full.
    private let table: UnsafeMutablePointer<Int32>
    private let mask: Int
    /// The longest word, in bytes: a longer one is not looked up.
    let longest: Int

    /// The ASCII words of `words` (the others are left out: see `WordSet` for those).
    convenience init(_ words: some Sequence<String>) {
        var ascii: [UInt8] = []
        var ends: [Int32] = []
        for word in words where word.utf8.allSatisfy({ $0 < 0x80 }) {
            ascii.append(contentsOf: word.utf8)
            ends.append(Int32(ascii.count))
        }
        self.init(ascii: ascii, ends: ends)
    }

    /// ASCII words back to back, word k ending at `ends[k]`. (A word given twice takes two slots; lookups
    /// find the first.)
    init(ascii: [UInt8], ends: [Int32]) {
        count = ends.count
        bytes = .allocate(capacity: max(ascii.count, 1))
        bytes.initialize(from: ascii, count: ascii.count)
        starts = .allocate(capacity: count + 1)
        starts[0] = 0
        (starts + 1).initialize(from: ends, count: count)
        var size = 16
        while size < count * 2 { size <<= 1 }
        table = .allocate(capacity: size)
        table.initialize(repeating: 0, count: size)
        mask = size - 1
        var longest = 0
        for k in 0..<count {
            let s = Int(starts[k]), e = Int(starts[k + 1])
            longest = max(longest, e - s)
            var slot = Int(truncatingIfNeeded: Hashes.fnv1a(UnsafeBufferPointer(start: bytes + s, count: e - s))) & mask
            while table[slot] != 0 { slot = (slot + 1) & mask }
            table[slot] = Int32(k + 1)
        }
        self.longest = longest
    }

    deinit {
        bytes.deallocate()
        starts.deallocate()
        table.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    /// Whether the set holds the word spelt by `word` (bytes compared as they are).
    @inline(__always) func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        contains(word, UnsafeBufferPointer(start: nil, count: 0))
    }

    /// Whether the set holds `word` followed by `tail` (no joined buffer built).
    func contains(_ word: UnsafeBufferPointer<UInt8>, _ tail: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = word.count + tail.count
        guard n <= longest else { return false }
        var slot = Int(truncatingIfNeeded: Hashes.fnv1a(tail, from: Hashes.fnv1a(word))) & mask
        while true {
            let k = Int(table[slot])
            if k == 0 { return false }
            let s = Int(starts[k - 1])
            if Int(starts[k]) - s == n {
                var i = 0
                while i < word.count, bytes[s + i] == word[i] { i += 1 }
                if i == word.count {
                    var j = 0
                    while j < tail.count, bytes[s + i + j] == tail[j] { j += 1 }
                    if j == tail.count { return true }
                }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Whether the set holds `word` (for a `String` already at hand; a word beyond ASCII is not held).
    func contains(_ word: String) -> Bool {
        var copy = word
        return copy.withUTF8 { contains($0) }
    }

}

extension ASCIIWordSet {
    /// Runs `body` over the bytes of `text` with its ASCII capitals lower-cased, when `text` is ASCII without
    /// a carriage return (each byte then a character, and the fold of the text its lower-casing); nil for any
    /// other text.
    static func withLowercasedASCII<R>(_ text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        TextScan.withBytes(text) { b -> R? in
            for c in b where c >= 0x80 || c == 13 { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(b.count, 1)) { out -> R in
                for k in 0..<b.count { let c = b[k]; out[k] = c >= 65 && c <= 90 ? c | 0x20 : c }
                return body(UnsafeBufferPointer(rebasing: out[0..<b.count]))
            }
        }
    }
}

/// A read-only set of words whose membership follows `String` equality (canonical equivalence), asked
/// about Strings or bytes: the English word list (~100,000 words, built from bytes at start-up) and the
/// parser's vocabularies. ASCII words live in an `ASCIIWordSet`; words with other letters in a `Set<String>`.
struct WordSet: Sendable {
    private let ascii: ASCIIWordSet
    /// Words with non-ASCII scalars that are not canonically ASCII, compared as `String`s.
    private let others: Set<String>

    init() { self.init(ascii: [], ends: [], others: []) }

    /// The set of `words`, whatever their letters.
    init(_ words: some Sequence<String>) {
        var ascii: [UInt8] = []
        var ends: [Int32] = []
        var others: [String] = []
        for w in words {
            if w.utf8.allSatisfy({ $0 < 0x80 }) {
                ascii.append(contentsOf: w.utf8)
                ends.append(Int32(ascii.count))
            } else {
                others.append(w)
            }
        }
        self.init(ascii: ascii, ends: ends, others: others)
    }

    /// The set of `ascii` (ASCII words back to back, word k ending at `ends[k]`) and `others` (words with
    /// non-ASCII scalars).
    init(ascii: [UInt8], ends: [Int32], others: [String]) {
        var ascii = ascii, ends = ends
        var rest = Set<String>()
        for w in others {
            if let a = Self.asciiEquivalent(w) {
                ascii += a
                ends.append(Int32(ascii.count))
            } else {
                rest.insert(w)
            }
        }
        self.ascii = ASCIIWordSet(ascii: ascii, ends: ends)
        self.others = rest
    }

    var isEmpty: Bool { ascii.isEmpty && others.isEmpty }

    /// True when the set holds `word`, or `word` + `tail` when a tail is given (no joined string built).
    func contains(_ word: String, _ tail: String = "") -> Bool {
        var word = word, tail = tail
        return word.withUTF8 { w in
            tail.withUTF8 { t in contains(bytes: w, t) }
        }
    }

    /// True when the set holds the word spelt by `w` + `t` (UTF-8).
    private func contains(bytes w: UnsafeBufferPointer<UInt8>, _ t: UnsafeBufferPointer<UInt8>) -> Bool {
        if w.allSatisfy({ $0 < 0x80 }) && t.allSatisfy({ $0 < 0x80 }) {
            // An ASCII word equals a non-ASCII one only when that one is canonically ASCII (kept in `ascii`).
            return ascii.contains(w, t)
        }
        let joined = String(decoding: w, as: UTF8.self) + String(decoding: t, as: UTF8.self)
        if others.contains(joined) { return true }
        guard let a = Self.asciiEquivalent(joined) else { return false }
        return a.withUnsafeBufferPointer { ascii.contains($0) }
    }

    /// Whether the set holds the word spelt by `b` with its ASCII capitals lower-cased (the parser's
    /// vocabularies are lower-case; a word cut from a line is asked about as it is printed).
    func containsLowered(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var high: UInt8 = 0
        for c in b { high |= c }
        guard high < 0x80 else {
            let lowered = b.map { ASCII.lowered($0) }
            return lowered.withUnsafeBufferPointer { contains(bytes: $0, UnsafeBufferPointer(start: nil, count: 0)) }
        }
        guard b.count <= ascii.longest else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(b.count, 1)) { out in
            for k in 0..<b.count { let c = b[k]; out[k] = ASCII.lowered(c) }
            return ascii.contains(UnsafeBufferPointer(rebasing: out[0..<b.count]))
        }
    }

    /// The ASCII bytes `s` is canonically equivalent to, when it is: only three non-ASCII scalars
    /// decompose canonically to ASCII (KELVIN SIGN, GREEK QUESTION MARK, GREEK VARIA); any other
    /// non-ASCII scalar survives normalisation.
    static func asciiEquivalent(_ s: String) -> [UInt8]? {
        var out: [UInt8] = []
        for u in s.unicodeScalars {
            switch u.value {
            case 0..<0x80: out.append(UInt8(u.value))
            case 0x212A: out.append(0x4B)
            case 0x037E: out.append(0x3B)
            case 0x1FEF: out.append(0x60)
            default: return nil
            }
        }
        return out
    }
}
