/// The shapes (first byte, length in bytes) of the words of lexicon sets, as a bit table: a plain ASCII word
/// whose folded shape no entry has is not in the set, and needs neither a folded String nor a hash.
/// Folding plain ASCII without whitespace only lowers `A`–`Z`, so the folded shape is the word's own with
/// its first byte lowered.
struct WordShapes {
    /// Bit `length` (lengths past 63 share bit 63) of entry `firstByte`.
    private let bits: [UInt64]

    init(_ sets: [Set<String>]) {
        var bits = [UInt64](repeating: 0, count: 256)
        for set in sets {
            for word in set {
                guard let first = word.utf8.first else { continue }
                bits[Int(first)] |= 1 << UInt64(min(word.utf8.count, 63))
            }
        }
        self.bits = bits
    }

    /// False when no entry can equal the fold of the word `w` (plain ASCII without whitespace: the caller
    /// checks); true when one may.
    @inline(__always) func mayHold(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = w.first else { return true }
        let lowered = ASCII.lowered(first)
        return (bits[Int(lowered)] >> UInt64(min(w.count, 63))) & 1 != 0
    }

    /// True when `w` is plain ASCII without whitespace, the words `mayHold` judges.
    @inline(__always) static func isPlainWord(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        for x in w where x >= 0x80 || TextScan.isSpaceByte(x) { return false }
        return true
    }
}
