/// A read-only set of words looked up by the bytes of a lower-case ASCII word, with no `String` built or
/// hashed: the contact vocabulary's `Set<String>` lookups of folded words, for lines in ASCII.
///
/// Only the ASCII words of the list are kept. For an ASCII word the answer is the `Set<String>`'s: a word
/// with a scalar beyond ASCII equals an ASCII one only when canonically equivalent to it (three rare
/// scalars; none is in the contact word lists).
final class ASCIIWordSet: @unchecked Sendable {
    // Written once in `init` and never freed (the sets live as long as the process): lookups touch no
    // reference count.
    private let bytes: UnsafeMutablePointer<UInt8>
    /// Word k is `bytes[starts[k]..<starts[k + 1]]`.
    private let starts: UnsafeMutablePointer<Int32>
    /// Slot → word index + 1 (0: empty); a power of two long, at most half full.
    private let table: UnsafeMutablePointer<Int32>
    private let mask: Int
    /// The longest word, in bytes: a longer one is not looked up.
    let longest: Int

    init(_ words: some Sequence<String>) {
        // (A word given twice takes two slots; lookups find the first.)
        let ascii = words.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        let total = ascii.reduce(0) { $0 + $1.utf8.count }
        bytes = .allocate(capacity: max(total, 1))
        starts = .allocate(capacity: ascii.count + 1)
        var size = 16
        while size < ascii.count * 2 { size <<= 1 }
        table = .allocate(capacity: size)
        table.initialize(repeating: 0, count: size)
        mask = size - 1
        longest = ascii.map(\.utf8.count).max() ?? 0
        var offset = 0
        starts[0] = 0
        for (k, word) in ascii.enumerated() {
            for b in word.utf8 { bytes[offset] = b; offset += 1 }
            starts[k + 1] = Int32(offset)
            var slot = Int(truncatingIfNeeded: word.utf8.withContiguousStorageIfAvailable(Self.hash) ?? Self.hash(Array(word.utf8))) & mask
            while table[slot] != 0 { slot = (slot + 1) & mask }
            table[slot] = Int32(k + 1)
        }
    }

    /// Whether the set holds the word spelt by `word` (lower-case ASCII bytes).
    @inline(__always) func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count <= longest else { return false }
        var slot = Int(truncatingIfNeeded: Self.hash(word)) & mask
        while true {
            let k = Int(table[slot])
            if k == 0 { return false }
            let s = Int(starts[k - 1]), e = Int(starts[k])
            if e - s == word.count {
                var i = 0
                while i < word.count, bytes[s + i] == word[i] { i += 1 }
                if i == word.count { return true }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Whether the set holds `word` (for a `String` already at hand; any word beyond ASCII is not held).
    func contains(_ word: String) -> Bool {
        var copy = word
        return copy.withUTF8 { contains($0) }
    }

    private static func hash(_ b: [UInt8]) -> UInt64 { b.withUnsafeBufferPointer(hash) }

    /// FNV-1a over the bytes.
    @inline(__always) private static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for x in b { h = (h ^ UInt64(x)) &* 0x100_0000_01b3 }
        return h
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
