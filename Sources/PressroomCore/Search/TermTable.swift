/// Interns folded terms (UTF-8 bytes) to dense ids while an index is built: an open-addressing hash
/// table over one byte arena, so that a token costs a hash and a compare, not a `String`. Not an
/// `ASCIIWordSet`, which is read-only and ASCII: terms of any script are added while the index is built.
struct TermTable: Sendable {
    /// Every term's bytes, back to back; term `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private(set) var bytes: [UInt8] = []
    private(set) var starts: [UInt32] = [0]
    /// Per slot: the hash's high 32 bits and the term id + 1 (0 when empty). Power-of-two size,
    /// kept under 50% full; the hash bits spare most byte comparisons and a look-up elsewhere.
    private var slots: [UInt64]
    private var mask: Int
    private(set) var count = 0
    /// Words of up to 7 bytes seen lately, packed (bytes, length in the top byte; 0 = empty), and
    /// their ids: a direct-mapped cache small enough to stay in the CPU's cache. A text's words
    /// are mostly a few hundred short ones; they are found here without touching the big table.
    private var recentWords = [UInt64](repeating: 0, count: 4096)
    private var recentIDs = [UInt32](repeating: 0, count: 4096)

    init(capacity: Int = 1 << 14) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// The term's bytes.
    func term(_ id: Int) -> ArraySlice<UInt8> { bytes[Int(starts[id])..<Int(starts[id + 1])] }

    /// The id of `key`, adding it when new.
    @inline(__always)
    mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard key.count < 8, key.count > 0 else { return internInTable(key) }
        var packed = UInt64(key.count) << 56
        for i in 0..<key.count { packed |= UInt64(key[i]) << UInt64(i * 8) }
        let slot = Int((packed &* 0x9E37_79B9_7F4A_7C15) >> 52)
        if recentWords[slot] == packed { return recentIDs[slot] }
        let id = internInTable(key)
        recentWords[slot] = packed
        recentIDs[slot] = id
        return id
    }

    /// The id of `key` from the hash table, adding it when new.
    private mutating func internInTable(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let h = Hashes.term(key)
        let tag = h & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: h) & mask
        let found: UInt32? = slots.withUnsafeBufferPointer { table in
            while true {
                let entry = table[slot]
                if entry == 0 { return nil }
                if entry & 0xFFFF_FFFF_0000_0000 == tag {
                    let id = Int(entry & 0xFFFF_FFFF) - 1
                    if equals(id, key) { return UInt32(id) }
                }
                slot = (slot + 1) & mask
            }
        }
        if let found { return found }
        let id = UInt32(count)
        count += 1
        bytes.append(contentsOf: key)
        starts.append(UInt32(bytes.count))
        slots[slot] = tag | UInt64(id + 1)
        if count * 2 > slots.count { grow() }
        return id
    }

    private func equals(_ id: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        starts.withUnsafeBufferPointer { st in
            let s = Int(st[id]), e = Int(st[id + 1])
            guard e - s == key.count else { return false }
            return bytes.withUnsafeBufferPointer { all in
                var i = 0
                while i < key.count {
                    if all[s + i] != key[i] { return false }
                    i += 1
                }
                return true
            }
        }
    }

    private mutating func grow() {
        let old = slots
        let size = slots.count * 2
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        bytes.withUnsafeBufferPointer { all in
            for entry in old where entry != 0 {
                let id = Int(entry & 0xFFFF_FFFF) - 1
                let h = Hashes.term(UnsafeBufferPointer(rebasing: all[Int(starts[id])..<Int(starts[id + 1])]))
                var slot = Int(truncatingIfNeeded: h) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = entry
            }
        }
    }
}
