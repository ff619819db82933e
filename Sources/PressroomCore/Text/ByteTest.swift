/// Byte predicates over a string's UTF-8, through a buffer pointer when the bytes are contiguous
/// (`String.UTF8View.contains(where:)` goes index by index, several times slower).
enum ByteTest {
    @inline(__always) static func contains<S: StringProtocol>(_ s: S, where test: (UInt8) -> Bool) -> Bool {
        if let r = s.utf8.withContiguousStorageIfAvailable({ b -> Bool in
            for x in b where test(x) { return true }
            return false
        }) { return r }
        return s.utf8.contains(where: test)
    }

    /// True when `s` holds a byte of a non-ASCII character or a CR (then characters are not bytes).
    @inline(__always) static func hasNonASCIIOrCR<S: StringProtocol>(_ s: S) -> Bool {
        contains(s) { $0 >= 0x80 || $0 == 0x0D }
    }

    /// True when `s` holds an ASCII digit.
    @inline(__always) static func hasDigit<S: StringProtocol>(_ s: S) -> Bool {
        if let r = s.utf8.withContiguousStorageIfAvailable(hasDigit(bytes:)) { return r }
        return s.utf8.contains { ASCII.isDigit($0) }
    }

    /// True when `b` holds an ASCII digit; eight bytes at a time (`ByteLanes.firstDigitLanes`).
    static func hasDigit(bytes b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        var i = 0
        if let base = b.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                if ByteLanes.firstDigitLanes(ByteLanes.load(raw, at: i)) != 0 { return true }
                i += 8
            }
        }
        while i < n {
            if ASCII.isDigit(b[i]) { return true }
            i += 1
        }
        return false
    }
}
