/// The hashes of byte strings, one home. Three stay, each for a reason of its own:
/// - `WordHash` makes the record ids (`StableID`) and content hashes the persistent index stores: it must give
///   the same value on every machine for ever, so it is never changed for speed.
/// - `Hashes.term` keys `TermTable`'s open addressing while an index is built: in memory only, a word a round.
/// - `Hashes.fnv1a` keys the byte-keyed word sets and page furniture's edge lines: it continues from a
///   previous value (`fnv1a(tail, from: fnv1a(word))` hashes a word and its suffix as one key without joining
///   them), which the word-at-a-time hashes cannot do (their rounds depend on where eight bytes start).
/// `ByteWords.tail` is the last bytes' load the two word-at-a-time hashes share.
enum Hashes {
    /// FNV-1a over the bytes, continuing from `h`: the hash of the byte-keyed tables (word sets, page
    /// furniture's edge lines), cheap for the short keys they hold.
    @inline(__always) static func fnv1a(_ b: UnsafeBufferPointer<UInt8>, from h: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var h = h
        for x in b { h = (h ^ UInt64(x)) &* 0x100_0000_01b3 }
        return h
    }

    /// `TermTable`'s hash: a multiply-mix over 8-byte words (terms are short: most take one or two rounds).
    @inline(__always)
    static func term(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        guard let base = key.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= key.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xbf58_476d_1ce4_e5b9
            h ^= h >> 31
            i += 8
        }
        if i < key.count {
            h = (h ^ ByteWords.tail(key, from: i).word) &* 0x94d0_49bb_1331_11eb
        }
        h ^= h >> 29
        h = h &* 0xbf58_476d_1ce4_e5b9
        return h ^ (h >> 32)
    }
}

/// Bytes read as 64-bit words, the way the hashes read them (`WordHash`, `Hashes.term`).
enum ByteWords {
    /// The last one to seven bytes of `b`, from `i` to its end, as one little-endian word (the byte at `i` in
    /// its low eight bits), and how many bits they fill (0 when none is left). A hash mixes in the count too,
    /// so that `ab` and `ab\0` differ.
    @inline(__always) static func tail(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> (word: UInt64, bits: UInt64) {
        var word: UInt64 = 0
        var bits: UInt64 = 0
        var i = i
        while i < b.count {
            word |= UInt64(b[i]) << bits
            bits += 8
            i += 1
        }
        return (word, bits)
    }
}

/// Eight bytes a step: each word is folded into the state by a full 64×64→128-bit multiply (the high
/// and low halves xored), which mixes every input bit into every output bit at about half a cycle a byte.
/// FNV-1a, used before, took a multiply per byte and was ~2 % of all parse time.
struct WordHash {
    private var state: UInt64 = 0x243F_6A88_85A3_08D3
    private var length: UInt64 = 0
    private static let key: UInt64 = 0x9E37_79B9_7F4A_7C15

    mutating func add(word: UInt64) {
        let product = (state ^ word).multipliedFullWidth(by: Self.key)
        state = product.high ^ product.low
    }

    mutating func add(_ buffer: UnsafeBufferPointer<UInt8>) {
        length &+= UInt64(buffer.count)
        guard let base = buffer.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= buffer.count {
            add(word: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
            i += 8
        }
        // The last one to seven bytes, with their count so `ab` and `ab\0` differ.
        let tail = ByteWords.tail(buffer, from: i)
        add(word: tail.word ^ (tail.bits << 53))
    }

    /// The state after a final avalanche (MurmurHash3's finaliser) over the state and the total length.
    func finish() -> UInt64 {
        var h = state ^ length
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }
}
