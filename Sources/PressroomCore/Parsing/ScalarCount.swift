/// `TextScan.length` (Unicode scalars: the bytes that are not UTF-8 continuation bytes) counted eight bytes
/// at a time, for the prose tests that measure every line of a block.
enum ScalarCount {
    /// The number of scalars in `s`, as `TextScan.length(s)` counts them.
    static func of(_ s: String) -> Int {
        var copy = s
        return copy.withUTF8(of(bytes:))
    }

    static func of(bytes b: UnsafeBufferPointer<UInt8>) -> Int {
        let n = b.count
        guard let base = b.baseAddress else { return 0 }
        var continuation = 0
        var i = 0
        let raw = UnsafeRawPointer(base)
        while i + 8 <= n {
            let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            // Bit 7 of each byte set and bit 6 clear: a continuation byte; the eight flags summed by a multiply.
            let flags = (x & ~(x << 1) & 0x8080_8080_8080_8080) >> 7
            continuation += Int(truncatingIfNeeded: (flags &* 0x0101_0101_0101_0101) >> 56)
            i += 8
        }
        while i < n {
            if b[i] & 0xC0 == 0x80 { continuation += 1 }
            i += 1
        }
        return n - continuation
    }
}
