/// Words of up to 16 ASCII bytes keyed exactly by their bytes (little-endian, zero-padded), mapped to values;
/// open addressing, so that a lookup costs no allocation and no SipHash. Filled once, then only read
/// (hence `@unchecked Sendable`). Not an `ASCIIWordSet`: the language guesser looks words up as the two
/// 64-bit keys its eight-byte scan already holds in registers, and gets a value (languages) back, not a yes.
struct WordKeyTable: @unchecked Sendable {
    struct Entry {
        var k0: UInt64 = 0
        var k1: UInt64 = 0
        var value: UInt64 = 0
    }
    static let size = 512
    /// Allocated once per table and never freed: the tables are built once, as static constants, and read
    /// through the pointer in hot loops (no retain, no bounds check, no exclusivity check).
    let entries: UnsafeMutableBufferPointer<Entry> = {
        let entries = UnsafeMutableBufferPointer<Entry>.allocate(capacity: size)
        entries.initialize(repeating: Entry())
        return entries
    }()

    @inline(__always) static func slot(_ k0: UInt64, _ k1: UInt64) -> Int {
        Int(truncatingIfNeeded: ((k0 ^ (k1 &* 0x9E37_79B9_7F4A_7C15)) &* 0xFF51_AFD7_ED55_8CCD) >> 55)
    }

    static func key(_ word: String) -> (UInt64, UInt64) {
        var k0: UInt64 = 0, k1: UInt64 = 0
        for (k, c) in word.utf8.enumerated() {
            precondition(k < 16 && c != 0 && c < 0x80, "a keyed word is at most 16 ASCII bytes")
            if k < 8 { k0 |= UInt64(c) << (8 * k) } else { k1 |= UInt64(c) << (8 * (k - 8)) }
        }
        return (k0, k1)
    }

    /// The key of `b` with ASCII capitals lowered, or nil when `b` is empty, longer than 16 bytes, not
    /// ASCII or holds a NUL (which the zero padding could not tell from the end).
    @inline(__always) static func loweredKey(_ b: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64)? {
        guard b.count > 0 && b.count <= 16 else { return nil }
        var k0: UInt64 = 0, k1: UInt64 = 0
        for k in 0..<b.count {
            let c = b[k]
            if c &- 1 >= 0x7F { return nil }  // a NUL or a non-ASCII byte
            let lowered = UInt64(ASCII.lowered(c))
            if k < 8 { k0 |= lowered &<< (8 * k) } else { k1 |= lowered &<< (8 * (k - 8)) }
        }
        return (k0, k1)
    }

    func add(_ word: String, value: UInt64) {
        let (k0, k1) = Self.key(word)
        add(k0, k1, value: value)
    }

    func add(_ k0: UInt64, _ k1: UInt64, value: UInt64) {
        var slot = Self.slot(k0, k1)
        while entries[slot].k0 != 0 && (entries[slot].k0 != k0 || entries[slot].k1 != k1) { slot = (slot + 1) & (Self.size - 1) }
        entries[slot].k0 = k0
        entries[slot].k1 = k1
        entries[slot].value |= value
    }

    /// The value of the word keyed (k0, k1), 0 when it is not listed.
    @inline(__always) static func lookup(_ entries: UnsafeMutableBufferPointer<Entry>, _ k0: UInt64, _ k1: UInt64) -> UInt64 {
        var slot = slot(k0, k1)
        while true {
            let e = entries[slot]
            if e.k0 == k0 && e.k1 == k1 { return e.value }
            if e.k0 == 0 { return 0 }
            slot = (slot + 1) & (size - 1)
        }
    }
}
