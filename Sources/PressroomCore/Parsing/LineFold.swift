/// `TextScan.fold` (which calls it), computed on bytes: ASCII is lowered in place, and the non-ASCII
/// characters lines mostly hold (accented Latin letters, typographic quotes and dashes) come from tables
/// made once from `TextScan.foldByScalars`, the definition, so the two cannot disagree.
enum LineFold {
    /// Lower-cased, accents removed, whitespace collapsed (`TextScan.fold`).
    static func fold<S: StringProtocol>(_ s: S) -> String {
        if let r = s.utf8.withContiguousStorageIfAvailable(fold(bytes:)) { return r }
        var copy = String(s)
        return copy.withUTF8(fold(bytes:))
    }

    static func fold(bytes src: UnsafeBufferPointer<UInt8>) -> String {
        if let ascii = asciiFold(src) { return ascii }
        var out: [UInt8] = []
        out.reserveCapacity(src.count)
        var pendingSpace = false
        var i = 0
        let n = src.count
        while i < n {
            let b = src[i]
            if b < 0x80 {
                i += 1
                if TextScan.isSpaceByte(b) { pendingSpace = !out.isEmpty; continue }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(b &- 0x41 < 26 ? b + 0x20 : b)
                continue
            }
            let (value, length) = TextScan.scalar(in: src, at: i)
            i += length
            if pendingSpace { out.append(0x20); pendingSpace = false }
            if value < 0x180 {
                out.append(contentsOf: latin[Int(value) - 0x80])
            } else if value >= 0x2010 && value < 0x2040 {
                out.append(contentsOf: punctuation[Int(value) - 0x2010])
            } else if let u = Unicode.Scalar(value) {
                out.append(contentsOf: TextScan.foldByScalars(String(u)).utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The fold of plain ASCII text, written straight into the string's storage (it is never longer than
    /// the text); nil when the text holds a non-ASCII byte.
    private static func asciiFold(_ src: UnsafeBufferPointer<UInt8>) -> String? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(src.count, 1)) { out -> String? in
            var n = 0
            var pendingSpace = false
            for b in src {
                if b >= 0x80 { return nil }
                if TextScan.isSpaceByte(b) { pendingSpace = n > 0; continue }
                if pendingSpace { out[n] = 0x20; n += 1; pendingSpace = false }
                out[n] = b &- 0x41 < 26 ? b + 0x20 : b
                n += 1
            }
            return String(decoding: UnsafeBufferPointer(rebasing: out[..<n]), as: UTF8.self)
        }
    }

    /// The folded bytes of each scalar in `range`, by the definition.
    private static func folded(_ range: Range<UInt32>) -> [[UInt8]] {
        range.map { v in Unicode.Scalar(v).map { Array(TextScan.foldByScalars(String($0)).utf8) } ?? [] }
    }

    /// U+0080–U+017F: Latin-1 and Latin Extended-A.
    static let latin = folded(0x80..<0x180)
    /// U+2010–U+203F: dashes, quotes, bullets, ellipsis.
    static let punctuation = folded(0x2010..<0x2040)
}
