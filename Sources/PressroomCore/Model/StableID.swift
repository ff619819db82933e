/// Stable record identifiers: FNV-1a 64 over the source path and the file's bytes, as 12 hex digits.
/// Deterministic on every machine (unlike `Hasher`, which is seeded per process).
public enum StableID {
    public static func make(source: String, bytes: some Sequence<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        for byte in source.utf8 { mix(byte) }
        mix(0)
        // Contiguous bytes (the usual `[UInt8]`) hash through a pointer: a generic iterator is far slower.
        let done: Bool? = bytes.withContiguousStorageIfAvailable { buffer -> Bool in
            for byte in buffer { mix(byte) }
            return true
        }
        if done == nil {
            for byte in bytes { mix(byte) }
        }
        let hex = String(hash, radix: 16)
        let padded = String(repeating: "0", count: max(0, 16 - hex.count)) + hex
        return String(padded.prefix(12))
    }
}
