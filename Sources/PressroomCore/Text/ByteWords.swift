/// Bytes read as 64-bit words, the way the hashes read them (`WordHash`, `TermTable.hash`).
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
