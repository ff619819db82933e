/// A set of bytes as 256 bits: membership in two instructions, where `Set<UInt8>` hashes.
struct ByteSet {
    private let bits: (UInt64, UInt64, UInt64, UInt64)

    init(_ bytes: [UInt8]) {
        var m: [UInt64] = [0, 0, 0, 0]
        for b in bytes { m[Int(b >> 6)] |= 1 << UInt64(b & 63) }
        bits = (m[0], m[1], m[2], m[3])
    }

    @inline(__always) func contains(_ b: UInt8) -> Bool {
        let word = b < 64 ? bits.0 : b < 128 ? bits.1 : b < 192 ? bits.2 : bits.3
        return (word >> UInt64(b & 63)) & 1 != 0
    }
}
