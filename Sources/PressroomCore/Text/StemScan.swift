/// A list of ASCII stems (lower case, two bytes or more) sought in text in one pass: at each byte, lowered, only
/// the stems that open with it and the byte after it are compared, and a bit per pair of bytes says that most
/// pairs open none. The contact headings' triggers and the verbs of contacting are read so.
struct StemScan: Sendable {
    private let pairs: [UInt64]
    private let byFirstByte: [[[UInt8]]]

    init(_ stems: [[UInt8]]) {
        var pairs = [UInt64](repeating: 0, count: 128 * 128 / 64)
        var byFirstByte = Array(repeating: [[UInt8]](), count: 128)
        for stem in stems {
            precondition(stem.count >= 2 && stem.allSatisfy { $0 < 128 }, "a stem is two ASCII bytes or more")
            let pair = Int(stem[0]) << 7 | Int(stem[1])
            pairs[pair >> 6] |= 1 << UInt64(pair & 63)
            byFirstByte[Int(stem[0])].append(stem)
        }
        self.pairs = pairs
        self.byFirstByte = byFirstByte
    }

    /// Whether the bytes, ASCII letters lowered, hold one of the stems.
    func holds(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        guard n >= 2 else { return false }
        for i in 0..<(n - 1) {
            let c = ASCII.lowered(b[i]), next = ASCII.lowered(b[i + 1])
            guard c < 128, next < 128 else { continue }
            let pair = Int(c) << 7 | Int(next)
            guard pairs[pair >> 6] >> UInt64(pair & 63) & 1 != 0 else { continue }
            for stem in byFirstByte[Int(c)] where i + stem.count <= n {
                if SimpleText.lowered(b, at: i, continue: stem) { return true }
            }
        }
        return false
    }
}
