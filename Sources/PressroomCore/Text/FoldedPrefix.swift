/// The start of `Fold.line(line)` computed on bytes, for the lexicon's prefix tests (kind labels,
/// release instructions, `Issued on`, `About`): most lines are decided from their first few dozen bytes,
/// without folding (and allocating) the whole line.
///
/// Only plain ASCII is folded here; a line with a non-ASCII byte inside the window gives nil and the caller
/// takes the general (Unicode) path, so the two paths agree by construction. Because every byte of the window
/// is ASCII, comparing bytes agrees with `String.hasPrefix` (no grapheme cluster spans an ASCII boundary
/// other than CR LF, and folding turns CR and LF into spaces).
struct FoldedPrefix {
    /// The first folded bytes, at most the `limit` asked for, kept inline (no allocation).
    private var storage: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
    /// How many bytes of `storage` are folded text.
    private(set) var count = 0
    /// True when the folded bytes are the whole folded line.
    private(set) var complete = false

    /// The longest window a caller may ask for.
    static let maxLimit = 64

    @inline(__always) subscript(i: Int) -> UInt8 { withUnsafeBytes(of: storage) { $0[i] } }

    var first: UInt8? { count > 0 ? self[0] : nil }

    /// The folded prefix of `s`, or nil when a non-ASCII byte comes before `limit` folded bytes.
    static func of<S: StringProtocol>(_ s: S, limit: Int) -> FoldedPrefix? {
        if let r = s.utf8.withContiguousStorageIfAvailable({ of(bytes: $0, limit: limit) }) { return r }
        var copy = String(s)
        return copy.withUTF8 { of(bytes: $0, limit: limit) }
    }

    /// The folded prefix of the text in `src`.
    static func of(bytes src: UnsafeBufferPointer<UInt8>, limit: Int) -> FoldedPrefix? {
        precondition(limit <= maxLimit)
        var p = FoldedPrefix()
        var n = 0
        var complete = true
        let ok = withUnsafeMutableBytes(of: &p.storage) { out -> Bool in
            var pendingSpace = false
            var i = 0
            let count = src.count
            while i < count {
                // Eight bytes at a time while they are printable ASCII with single spaces between words and fit in
                // the window with room to spare: each is lowered and copied, as the byte steps below would (a space
                // at the end is left pending). (`LineFold.withTableFold` takes the same step.)
                if i &+ 8 <= count, n &+ 9 <= limit, let base = src.baseAddress,
                   case let word = ByteLanes.load(UnsafeRawPointer(base + i)),
                   let spaces = ByteLanes.printableASCIISpaces(word),
                   spaces & 0x80 == 0 || (!pendingSpace && n > 0) {
                    if pendingSpace { out[n] = 0x20; n &+= 1; pendingSpace = false }
                    out.storeBytes(of: ByteLanes.asciiLowered(word), toByteOffset: n, as: UInt64.self)
                    if spaces >> 63 == 0 {
                        n &+= 8
                    } else {
                        n &+= 7
                        pendingSpace = true
                    }
                    i &+= 8
                    continue
                }
                let b = src[i]
                i &+= 1
                if TextScan.isSpaceByte(b) { pendingSpace = n > 0; continue }
                if pendingSpace {
                    if n >= limit { complete = false; return true }
                    out[n] = 0x20
                    n += 1
                    pendingSpace = false
                }
                if n >= limit { complete = false; return true }
                // A non-ASCII byte inside the window: the Unicode path decides.
                if b >= 0x80 { return false }
                out[n] = ASCII.lowered(b)
                n += 1
            }
            return true
        }
        guard ok else { return nil }
        p.count = n
        p.complete = complete
        return p
    }

    /// The prefix `of(line, limit: limit)` gives, made from this one when it was taken with a limit of `limit` or
    /// more (`window`); nil when it was not (then the caller folds the line again). The fold writes the same bytes
    /// whatever the limit and stops at the first byte past it: the shorter prefix is this one cut to `limit`, no
    /// longer complete when bytes were cut.
    @inline(__always) func truncated(to limit: Int, window: Int) -> FoldedPrefix? {
        guard window >= limit else { return nil }
        if count <= limit { return self }
        var p = FoldedPrefix()
        withUnsafeBytes(of: storage) { from in
            withUnsafeMutableBytes(of: &p.storage) { to in
                for k in 0..<limit { to[k] = from[k] }
            }
        }
        p.count = limit
        p.complete = false
        return p
    }

    /// True when the folded line starts with `label` (ASCII). Exact when the window holds more than
    /// `label` (the byte after it is ASCII, so no character straddles the end of the label) or is complete.
    @inline(__always) func hasPrefix(_ label: [UInt8]) -> Bool {
        guard count >= label.count else { return false }
        return withUnsafeBytes(of: storage) { raw in
            var k = 0
            while k < label.count {
                if raw[k] != label[k] { return false }
                k += 1
            }
            return true
        }
    }

    /// True when the first folded byte is a markdown marker (`#`, `*`, `_`), which `stripMarkup` removes.
    var startsWithMarkup: Bool {
        guard let b = first else { return false }
        return b == 0x23 || b == 0x2A || b == 0x5F
    }
}

/// Labels of the lexicon as bytes, with the window a `FoldedPrefix` needs to decide them exactly. Not an
/// `ASCIIWordSet`: it answers which label a line *opens with* (a prefix of several words), not whether a word is one.
struct LabelBytes {
    let labels: [String]
    let bytes: [[UInt8]]
    /// The longest label plus two: the label, the character after it, and one more to know that character
    /// is not followed by a combining mark.
    let window: Int

    /// Label indices by first byte, in list order.
    private let byFirstByte: [[Int]]
    /// Bit `b0 << 8 | b1` set when a label starts with the bytes b0 b1 (every label has two bytes or more):
    /// most windows are refused on their first two bytes, without reading the labels.
    private let pairs: [UInt64]

    init(_ labels: [String]) {
        self.labels = labels
        bytes = labels.map { Array($0.utf8) }
        window = (bytes.map(\.count).max() ?? 0) + 2
        var table = [[Int]](repeating: [], count: 256)
        for (i, b) in bytes.enumerated() { table[Int(b[0])].append(i) }
        byFirstByte = table
        var pairs = [UInt64](repeating: 0, count: 1024)
        for b in bytes {
            // A one-byte label sets every pair of its byte.
            let seconds: [UInt8] = b.count >= 2 ? [b[1]] : Array(0...255)
            for b1 in seconds {
                let pair = Int(b[0]) << 8 | Int(b1)
                pairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        self.pairs = pairs
    }

    /// The index of the first label (in list order, from `from`) that `p` starts with, or nil.
    @inline(__always) func firstPrefix(of p: FoldedPrefix, from start: Int = 0) -> Int? {
        guard let fb = p.first else { return nil }
        if p.count >= 2 {
            let pair = Int(fb) << 8 | Int(p[1])
            guard (pairs[pair >> 6] >> UInt64(pair & 63)) & 1 != 0 else { return nil }
        }
        for i in byFirstByte[Int(fb)] where i >= start && p.hasPrefix(bytes[i]) { return i }
        return nil
    }
}
