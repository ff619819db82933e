/// A read-only set of lower-cased words kept as one byte buffer with an open-addressing table of
/// offsets: building it hashes each word's bytes once, with no `String` per word (a `Set<String>` of
/// the ~100,000 words of a dictionary cost ~100 M instructions at startup). Membership follows
/// `String` equality (canonical equivalence): words with non-ASCII letters live in a `Set<String>`.
struct WordSet: Sendable {
    /// The ASCII words, back to back.
    private var bytes: [UInt8] = []
    /// Word k is `bytes[starts[k]..<starts[k + 1]]`.
    private var starts: [Int32] = [0]
    /// Slot → word index + 1 (0: empty); a power of two long, at most half full.
    private var table: [Int32] = []
    /// Words with non-ASCII scalars, compared as `String`s.
    private var others = Set<String>()

    init() {}

    /// The set of `ascii` (lower-cased ASCII words back to back, word k ending at `ends[k]`) and `others`
    /// (lower-cased words with non-ASCII letters), sealed.
    init(ascii: [UInt8], ends: [Int32], others: [String]) {
        bytes = ascii
        starts = [0] + ends
        for var w in others { w.withUTF8 { append($0, ascii: false) } }
        seal()
    }

    var isEmpty: Bool { starts.count == 1 && others.isEmpty }

    /// Adds one lower-cased word given as UTF-8 bytes (`ascii`: all bytes below 0x80).
    mutating func append(_ word: UnsafeBufferPointer<UInt8>, ascii: Bool) {
        if ascii { bytes.append(contentsOf: word); starts.append(Int32(bytes.count)); return }
        let s = String(decoding: word, as: UTF8.self)
        if let a = Self.asciiEquivalent(s) {
            bytes.append(contentsOf: a); starts.append(Int32(bytes.count))
        } else {
            others.insert(s)
        }
    }

    /// Builds the lookup table once every word is appended.
    mutating func seal() {
        let n = starts.count - 1
        var size = 16
        while size < n * 2 { size <<= 1 }
        var table = [Int32](repeating: 0, count: size)
        let mask = size - 1
        bytes.withUnsafeBufferPointer { b in
            starts.withUnsafeBufferPointer { st in
                for k in 0..<n {
                    var slot = Int(truncatingIfNeeded: Self.hash(UnsafeBufferPointer(rebasing: b[Int(st[k])..<Int(st[k + 1])]))) & mask
                    while table[slot] != 0 { slot = (slot + 1) & mask }
                    table[slot] = Int32(k + 1)
                }
            }
        }
        self.table = table
    }

    /// True when the set holds `word`, or `word` + `tail` when a tail is given (no joined string built).
    func contains(_ word: String, _ tail: String = "") -> Bool {
        var word = word, tail = tail
        return word.withUTF8 { w in
            tail.withUTF8 { t in
                if w.allSatisfy({ $0 < 0x80 }) && t.allSatisfy({ $0 < 0x80 }) {
                    if containsBytes(w, t) { return true }
                    // An ASCII word equals a non-ASCII one only when that one is canonically ASCII (kept in the table).
                    return false
                }
                let joined = String(decoding: w, as: UTF8.self) + String(decoding: t, as: UTF8.self)
                if others.contains(joined) { return true }
                guard let a = Self.asciiEquivalent(joined) else { return false }
                return a.withUnsafeBufferPointer { containsBytes($0, UnsafeBufferPointer(start: nil, count: 0)) }
            }
        }
    }

    private func containsBytes(_ w: UnsafeBufferPointer<UInt8>, _ t: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !table.isEmpty else { return false }
        var h = Self.hash(w)
        h = Self.hash(t, from: h)
        let mask = table.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        return bytes.withUnsafeBufferPointer { b in
            while true {
                let k = Int(table[slot])
                if k == 0 { return false }
                let s = Int(starts[k - 1]), e = Int(starts[k])
                if e - s == w.count + t.count {
                    var same = true
                    for i in 0..<w.count where b[s + i] != w[i] { same = false; break }
                    if same { for i in 0..<t.count where b[s + w.count + i] != t[i] { same = false; break } }
                    if same { return true }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// FNV-1a over the bytes, continuing from `h`.
    @inline(__always) private static func hash(_ b: UnsafeBufferPointer<UInt8>, from h: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var h = h
        for x in b { h = (h ^ UInt64(x)) &* 0x100_0000_01b3 }
        return h
    }

    /// The ASCII bytes `s` is canonically equivalent to, when it is: only three non-ASCII scalars
    /// decompose canonically to ASCII (KELVIN SIGN, GREEK QUESTION MARK, GREEK VARIA); any other
    /// non-ASCII scalar survives normalisation.
    static func asciiEquivalent(_ s: String) -> [UInt8]? {
        var out: [UInt8] = []
        for u in s.unicodeScalars {
            switch u.value {
            case 0..<0x80: out.append(UInt8(u.value))
            case 0x212A: out.append(0x4B)
            case 0x037E: out.append(0x3B)
            case 0x1FEF: out.append(0x60)
            default: return nil
            }
        }
        return out
    }
}
