/// Stable record identifiers: a 64-bit hash of the file's name and bytes, as 12 hex digits.
/// The name is the last component of the path only, so the id does not depend on how the archive was named
/// (`.`, `releases/`, an absolute path) nor on the machine; two files differ in id unless they have the same
/// name and the same bytes (a copy of the same release).
/// Deterministic on every machine (unlike `Hasher`, which is seeded per process): bytes are read as
/// little-endian words whatever the CPU, and the mixing is plain integer arithmetic.
public enum StableID {
    public static func make(source: String, bytes: some Sequence<UInt8>) -> String {
        var state = WordHash()
        var source = source
        source.withUTF8 { state.add($0) }
        state.add(word: 0)  // separates the path from the bytes
        let done: Bool? = bytes.withContiguousStorageIfAvailable { buffer -> Bool in
            state.add(buffer)
            return true
        }
        if done == nil { Array(bytes).withUnsafeBufferPointer { state.add($0) } }
        let value = state.finish()
        // 12 hex digits: the top 48 bits, zero-padded.
        return hex12(value)
    }

    /// The last component of a `source` path: the part of the path that goes into an id.
    public static func fileName(_ source: String) -> String {
        guard let slash = source.utf8.lastIndex(of: UInt8(ascii: "/")) else { return source }
        return String(source[source.utf8.index(after: slash)...])
    }

    /// A 64-bit hash of `bytes` alone (the persistent index's content check).
    public static func contentHash(_ bytes: [UInt8]) -> UInt64 {
        var state = WordHash()
        bytes.withUnsafeBufferPointer { state.add($0) }
        return state.finish()
    }

    static func hex12(_ value: UInt64) -> String {
        String(unsafeUninitializedCapacity: 12) { out in
            for k in 0..<12 {
                let digit = UInt8((value >> UInt64(60 - 4 * k)) & 0xF)
                out[k] = digit < 10 ? 0x30 + digit : 0x57 + digit  // 0-9, a-f
            }
            return 12
        }
    }
}
