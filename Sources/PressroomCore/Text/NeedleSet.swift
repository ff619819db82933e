/// Byte strings (of two bytes or more) found anywhere in a text in one pass: a 65,536-bit set of the
/// needles' first two bytes rejects most positions, and the needles that start with the pair are compared
/// from flat storage. Not an `ASCIIWordSet`: it finds its needles anywhere in a text, not whole words.
struct NeedleSet {
    /// Bit `b0 << 8 | b1` set when a needle starts with the bytes b0 b1.
    private let pairs: [UInt64]
    /// The needles' bytes, one after another.
    private let flat: [UInt8]
    /// `(offset in flat, count)` of each needle, grouped by first byte.
    private let entries: [(offset: Int, count: Int)]
    /// The entries of first byte b are `entries[groups[b]..<groups[b + 1]]`.
    private let groups: [Int]
    /// Bit `quadHash(first four bytes)` set for each needle, when every needle has four bytes or more:
    /// a sharper filter than the pair (pairs like `co`, `in`, `re` are common in any text).
    private let quads: [UInt64]
    /// The fewest bytes of a needle.
    private let shortest: Int

    /// A 12-bit hash of four bytes (multiplicative: the top bits of the product).
    @inline(__always) private static func quadHash(_ q: UInt32) -> Int { Int(truncatingIfNeeded: (q &* 0x9E37_79B1) >> 20) }

    init(_ needles: [[UInt8]]) {
        precondition(needles.allSatisfy { $0.count >= 2 })
        var pairs = [UInt64](repeating: 0, count: 1024)
        var flat: [UInt8] = []
        var entries: [(offset: Int, count: Int)] = []
        var groups = [0]
        for b in 0..<256 {
            for n in needles where Int(n[0]) == b {
                let pair = b << 8 | Int(n[1])
                pairs[pair >> 6] |= 1 << UInt64(pair & 63)
                entries.append((flat.count, n.count))
                flat.append(contentsOf: n)
            }
            groups.append(entries.count)
        }
        var quads = [UInt64](repeating: 0, count: 64)
        for n in needles where n.count >= 4 {
            let q = UInt32(n[0]) | UInt32(n[1]) << 8 | UInt32(n[2]) << 16 | UInt32(n[3]) << 24
            let h = Self.quadHash(q)
            quads[h >> 6] |= 1 << UInt64(h & 63)
        }
        self.quads = quads
        self.shortest = needles.map(\.count).min() ?? 0
        self.pairs = pairs
        self.flat = flat
        self.entries = entries
        self.groups = groups
    }

    /// True when one of the needles occurs in `hay`.
    func occurs(in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = hay.count
        guard n >= 2 else { return false }
        if shortest >= 4 {
            // No needle starts in the last three bytes; elsewhere the four bytes at i must hash to a needle's.
            guard n >= 4, let base = hay.baseAddress else { return false }
            let raw = UnsafeRawPointer(base)
            return quads.withUnsafeBufferPointer { quads in
                flat.withUnsafeBufferPointer { flat in
                    var i = 0
                    while i &+ 4 <= n {
                        let h = Self.quadHash(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt32.self)))
                        if (quads[h >> 6] >> UInt64(h & 63)) & 1 != 0 {
                            for (offset, count) in entries[groups[Int(hay[i])]..<groups[Int(hay[i]) + 1]] where i + count <= n {
                                var j = 1
                                while j < count && hay[i + j] == flat[offset + j] { j += 1 }
                                if j == count { return true }
                            }
                        }
                        i &+= 1
                    }
                    return false
                }
            }
        }
        return pairs.withUnsafeBufferPointer { pairs in
            flat.withUnsafeBufferPointer { flat in
                var i = 0
                while i + 1 < n {
                    let pair = Int(hay[i]) << 8 | Int(hay[i + 1])
                    if (pairs[pair >> 6] >> UInt64(pair & 63)) & 1 != 0 {
                        for (offset, count) in entries[groups[Int(hay[i])]..<groups[Int(hay[i]) + 1]] where i + count <= n {
                            var j = 1
                            while j < count && hay[i + j] == flat[offset + j] { j += 1 }
                            if j == count { return true }
                        }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
