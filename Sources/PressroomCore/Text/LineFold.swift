/// `Fold.line` (which calls it), computed on bytes: ASCII is lowered in place, and the non-ASCII
/// characters lines mostly hold (accented Latin letters, typographic quotes and dashes) come from tables
/// made once from `Fold.linePlain`, the definition, so the two cannot disagree.
enum LineFold {
    /// Lower-cased, accents removed, whitespace collapsed (`Fold.line`).
    static func fold<S: StringProtocol>(_ s: S) -> String {
        if let r = s.utf8.withContiguousStorageIfAvailable(fold(bytes:)) { return r }
        var copy = String(s)
        return copy.withUTF8(fold(bytes:))
    }

    static func fold(bytes src: UnsafeBufferPointer<UInt8>) -> String {
        if FastPaths.off { return Fold.linePlain(String(decoding: src, as: UTF8.self)) }
        // (Plain ASCII text takes the table fold's ASCII path; one pass, not an ASCII-only attempt first.)
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
                out.append(ASCII.lowered(b))
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
                out.append(contentsOf: Fold.linePlain(String(u)).utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The fold of text whose non-ASCII scalars all have table entries (U+0080–U+017F, U+2010–U+203F), the
    /// same bytes the general path appends; nil for text with any other scalar.
    private static func tableFold(_ src: UnsafeBufferPointer<UInt8>) -> String? {
        withTableFold(src, entries: .all) { $0.map { String(decoding: $0, as: UTF8.self) } }
    }

    /// Which table entries a table fold may use.
    enum TableEntries {
        /// None: only ASCII text folds.
        case none
        /// Every entry of `latin` and `punctuation`.
        case all
        /// Only entries that fold to plain ASCII (the lexicon's byte tests compare ASCII only).
        case asciiOnly
    }

    /// Runs `body` over the fold of `src` written into a temporary buffer: ASCII lowered, whitespace runs one
    /// space and none at the ends, each other scalar replaced by its table entry; nil when a scalar has no
    /// entry that `entries` allows. The one loop behind the ASCII, table and lexicon folds.
    static func withTableFold<R>(_ src: UnsafeBufferPointer<UInt8>, entries: TableEntries,
                                 _ body: (UnsafeBufferPointer<UInt8>?) -> R) -> R {
        let table = flatTable
        let bytes = table.bytes, starts = table.starts, isASCII = table.isASCII
        let capacity = entries == .none ? src.count : src.count * maxGrowth
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity + 1) { out -> R in
            var n = 0
            var pendingSpace = false
            var i = 0
            let count = src.count
            let base = src.baseAddress
            while i < count {
                // Eight bytes at a time while they are printable ASCII with single spaces between words: each is
                // lowered and copied, as the byte loop below would (a space at the end is left pending).
                if i &+ 8 <= count, let base, case let word = ByteLanes.load(UnsafeRawPointer(base + i)),
                   let spaces = ByteLanes.printableASCIISpaces(word),
                   spaces & 0x80 == 0 || (!pendingSpace && n > 0) {
                    if pendingSpace { out[n] = 0x20; n += 1; pendingSpace = false }
                    UnsafeMutableRawPointer(out.baseAddress! + n).storeBytes(of: ByteLanes.asciiLowered(word), as: UInt64.self)
                    if spaces >> 63 == 0 {
                        n += 8
                    } else {
                        n += 7
                        pendingSpace = true
                    }
                    i += 8
                    continue
                }
                let b = src[i]
                if b < 0x80 {
                    i += 1
                    if TextScan.isSpaceByte(b) { pendingSpace = n > 0; continue }
                    if pendingSpace { out[n] = 0x20; n += 1; pendingSpace = false }
                    out[n] = ASCII.lowered(b)
                    n += 1
                    continue
                }
                if entries == .none { return body(nil) }
                let (value, length) = TextScan.scalar(in: src, at: i)
                let entry: Int
                if value >= 0x80 && value < 0x180 {
                    entry = Int(value) - 0x80
                } else if value >= 0x2010 && value < 0x2040 {
                    entry = 0x100 + Int(value) - 0x2010
                } else {
                    return body(nil)
                }
                if entries == .asciiOnly && !isASCII[entry] { return body(nil) }
                i += length
                if pendingSpace { out[n] = 0x20; n += 1; pendingSpace = false }
                for k in Int(starts[entry])..<Int(starts[entry + 1]) {
                    out[n] = bytes[k]
                    n += 1
                }
            }
            return body(UnsafeBufferPointer(rebasing: out[..<n]))
        }
    }

    /// `fold(a + " " + b)` with `fold(b)` already made. Folding goes scalar by scalar, makes each run of
    /// whitespace one space and trims the ends, so the fold of the joined text is the two folds joined by a
    /// space — unless a scalar folds to nothing (a combining mark, U+0300–U+036F, whose UTF-8 lead byte is
    /// 0xCC or 0xCD): then the joined text is folded whole.
    static func fold(_ a: String, joinedTo b: String, foldedB: String) -> String {
        func mayHoldMark(_ s: String) -> Bool { ByteTest.contains(s) { $0 == 0xCC || $0 == 0xCD } }
        guard !FastPaths.off, !mayHoldMark(a), !mayHoldMark(b) else { return fold(a + " " + b) }
        let foldedA = fold(a)
        if foldedA.isEmpty { return foldedB }
        if foldedB.isEmpty { return foldedA }
        return foldedA + " " + foldedB
    }

    /// `latin` then `punctuation` laid flat, built once and never freed, read through pointers (the fold runs
    /// on most short lines: arrays would be retained and released at every call).
    private struct FlatTable: @unchecked Sendable {
        /// The entries, one after another.
        let bytes: UnsafeMutablePointer<UInt8>
        /// Where each entry starts (one more at the end).
        let starts: UnsafeMutablePointer<Int32>
        /// Whether each entry folds to plain ASCII.
        let isASCII: UnsafeMutablePointer<Bool>

        init(_ entries: [[UInt8]]) {
            let flat = entries.flatMap { $0 }
            bytes = .allocate(capacity: max(flat.count, 1))
            bytes.initialize(from: flat, count: flat.count)
            starts = .allocate(capacity: entries.count + 1)
            var offset: Int32 = 0
            for (k, e) in entries.enumerated() { starts[k] = offset; offset += Int32(e.count) }
            starts[entries.count] = offset
            isASCII = .allocate(capacity: entries.count)
            for (k, e) in entries.enumerated() { isASCII[k] = e.allSatisfy { $0 < 0x80 } }
        }
    }
    private static let flatTable = FlatTable(latin + punctuation)
    /// The most bytes an entry writes per byte of its scalar (two for Latin, three for punctuation), at least one.
    private static let maxGrowth: Int = max(1, latin.map { ($0.count + 1) / 2 }.max() ?? 1, punctuation.map { ($0.count + 2) / 3 }.max() ?? 1)

    /// The folded bytes of each scalar in `range`, by the definition.
    private static func folded(_ range: Range<UInt32>) -> [[UInt8]] {
        range.map { v in Unicode.Scalar(v).map { Array(Fold.linePlain(String($0)).utf8) } ?? [] }
    }

    /// U+0080–U+017F: Latin-1 and Latin Extended-A.
    static let latin = folded(0x80..<0x180)
    /// U+2010–U+203F: dashes, quotes, bullets, ellipsis.
    static let punctuation = folded(0x2010..<0x2040)
}
