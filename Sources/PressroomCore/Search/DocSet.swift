/// A set of document numbers as a bitmap: 100,000 releases take 12.5 KB, and AND/OR/NOT are
/// a pass over 1,563 words, so every operator costs the same whatever the terms' frequencies.
struct DocSet: Sendable, Equatable {
    private(set) var words: [UInt64]
    /// The number of documents (the universe).
    let universe: Int

    init(universe: Int, full: Bool = false) {
        self.universe = universe
        words = Array(repeating: full ? ~0 : 0, count: (universe + 63) / 64)
        if full { clearTail() }
    }

    @inline(__always)
    mutating func insert(_ doc: Int) { words[doc >> 6] |= 1 << UInt64(doc & 63) }

    @inline(__always)
    func contains(_ doc: Int) -> Bool { words[doc >> 6] & (1 << UInt64(doc & 63)) != 0 }

    /// Adds every document of a sorted postings list.
    mutating func insert(_ docs: UnsafeBufferPointer<UInt32>) {
        words.withUnsafeMutableBufferPointer { w in
            for d in docs { w[Int(d >> 6)] |= 1 << UInt64(d & 63) }
        }
    }

    mutating func formUnion(_ other: DocSet) {
        words.withUnsafeMutableBufferPointer { w in
            other.words.withUnsafeBufferPointer { o in
                for i in 0..<w.count { w[i] |= o[i] }
            }
        }
    }

    mutating func formIntersection(_ other: DocSet) {
        words.withUnsafeMutableBufferPointer { w in
            other.words.withUnsafeBufferPointer { o in
                for i in 0..<w.count { w[i] &= o[i] }
            }
        }
    }

    mutating func subtract(_ other: DocSet) {
        words.withUnsafeMutableBufferPointer { w in
            other.words.withUnsafeBufferPointer { o in
                for i in 0..<w.count { w[i] &= ~o[i] }
            }
        }
    }

    mutating func invert() {
        words.withUnsafeMutableBufferPointer { w in
            for i in 0..<w.count { w[i] = ~w[i] }
        }
        clearTail()
    }

    private mutating func clearTail() {
        let extra = words.count * 64 - universe
        if extra > 0, !words.isEmpty { words[words.count - 1] &= ~0 >> UInt64(extra) }
    }

    var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    var isEmpty: Bool { !words.contains { $0 != 0 } }

    /// The members in ascending order.
    var members: [Int] {
        var out: [Int] = []
        out.reserveCapacity(count)
        for (i, word) in words.enumerated() {
            var w = word
            while w != 0 {
                out.append(i << 6 | w.trailingZeroBitCount)
                w &= w - 1
            }
        }
        return out
    }
}
