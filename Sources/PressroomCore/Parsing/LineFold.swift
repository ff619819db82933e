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
        if let tabled = tableFold(src) { return tabled }
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

    /// The fold of text whose non-ASCII scalars all have table entries (U+0080–U+017F, U+2010–U+203F), the
    /// same bytes the general path appends, written into a buffer sized by the tables' largest growth and
    /// copied from flat storage; nil for text with any other scalar.
    private static func tableFold(_ src: UnsafeBufferPointer<UInt8>) -> String? {
        let bytes = tableBytes, starts = tableStarts
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: src.count * maxGrowth + 1) { out -> String? in
            var n = 0
            var pendingSpace = false
            var i = 0
            let count = src.count
            while i < count {
                let b = src[i]
                if b < 0x80 {
                    i += 1
                    if TextScan.isSpaceByte(b) { pendingSpace = n > 0; continue }
                    if pendingSpace { out[n] = 0x20; n += 1; pendingSpace = false }
                    out[n] = b &- 0x41 < 26 ? b + 0x20 : b
                    n += 1
                    continue
                }
                let (value, length) = TextScan.scalar(in: src, at: i)
                let entry: Int
                if value >= 0x80 && value < 0x180 {
                    entry = Int(value) - 0x80
                } else if value >= 0x2010 && value < 0x2040 {
                    entry = 0x100 + Int(value) - 0x2010
                } else {
                    return nil
                }
                i += length
                if pendingSpace { out[n] = 0x20; n += 1; pendingSpace = false }
                for k in Int(starts[entry])..<Int(starts[entry + 1]) {
                    out[n] = bytes[k]
                    n += 1
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: out[..<n]), as: UTF8.self)
        }
    }

    /// `latin` then `punctuation`, one entry after another, and where each entry starts (one more at the end).
    private static let tableBytes: [UInt8] = (latin + punctuation).flatMap { $0 }
    private static let tableStarts: [Int32] = (latin + punctuation).reduce(into: [0]) { $0.append($0.last! + Int32($1.count)) }
    /// The most bytes an entry writes per byte of its scalar (two for Latin, three for punctuation), at least one.
    private static let maxGrowth: Int = max(1, latin.map { ($0.count + 1) / 2 }.max() ?? 1, punctuation.map { ($0.count + 2) / 3 }.max() ?? 1)

    /// The folded bytes of each scalar in `range`, by the definition.
    private static func folded(_ range: Range<UInt32>) -> [[UInt8]] {
        range.map { v in Unicode.Scalar(v).map { Array(TextScan.foldByScalars(String($0)).utf8) } ?? [] }
    }

    /// U+0080–U+017F: Latin-1 and Latin Extended-A.
    static let latin = folded(0x80..<0x180)
    /// U+2010–U+203F: dashes, quotes, bullets, ellipsis.
    static let punctuation = folded(0x2010..<0x2040)
}
