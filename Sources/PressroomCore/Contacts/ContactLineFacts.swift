/// What one pass over a line of a contact block's bytes tells: its length, its ASCII digits and `@`s, whether a
/// byte beyond ASCII is in it, and which ASCII bytes it holds (a bit each). Made once per line in
/// `ContactParser.parse` and read by the tests that walked the line again each (session 10's line table for
/// the contact stage): a test that only asks whether a byte is there answers from the bits, and a line that
/// cannot pass a test's first, byte-counting guard is not handed to it.
struct ContactLineFacts: Equatable {
    var byteCount = 0
    var digits = 0
    var ats = 0
    var beyondASCII = false
    /// Bit `c` of `low` (bytes 0–63) or `c - 64` of `high` (64–127): whether the ASCII byte `c` is in the line.
    var low: UInt64 = 0
    var high: UInt64 = 0

    init(_ line: String) {
        self = TextScan.withBytes(line) { Self(bytes: $0) }
    }

    init(bytes b: UnsafeBufferPointer<UInt8>) {
        byteCount = b.count
        var low: UInt64 = 0, high: UInt64 = 0
        var digits = 0
        var beyond = false
        for c in b {
            if c < 64 {
                low |= 1 << UInt64(c)
                if ASCII.isDigit(c) { digits += 1 }
            } else if c < 128 {
                high |= 1 << UInt64(c - 64)
            } else {
                beyond = true
            }
        }
        self.low = low
        self.high = high
        self.digits = digits
        self.beyondASCII = beyond
        // `@` is byte 64: count it only when the line holds one.
        if high & 1 != 0 { ats = b.reduce(0) { $0 + ($1 == 0x40 ? 1 : 0) } }
    }

    /// The facts of `a` and `b` joined by `separator` (ASCII, counted as its own bytes): what a line made by
    /// joining the two reads, without reading it again.
    static func joined(_ a: Self, _ separator: UInt8?, _ b: Self) -> Self {
        var out = a
        out.byteCount += b.byteCount
        out.digits += b.digits
        out.ats += b.ats
        out.beyondASCII = a.beyondASCII || b.beyondASCII
        out.low |= b.low
        out.high |= b.high
        if let separator {
            out.byteCount += 1
            if separator < 64 { out.low |= 1 << UInt64(separator) } else { out.high |= 1 << UInt64(separator - 64) }
            if ASCII.isDigit(separator) { out.digits += 1 }
            if separator == 0x40 { out.ats += 1 }
        }
        return out
    }

    /// Whether the ASCII byte `c` is in the line.
    @inline(__always) func has(_ c: UInt8) -> Bool {
        c < 64 ? low >> UInt64(c) & 1 != 0 : c < 128 ? high >> UInt64(c - 64) & 1 != 0 : beyondASCII
    }

    /// `ContactVocabulary.isHeading` is false for the line: a heading holds no digit and no `@`, and is no
    /// longer than 160 bytes (its `mayBeHeading` guard). False means the test must be asked.
    var cannotBeHeading: Bool { digits > 0 || ats > 0 || byteCount > 160 }

    /// `ContactLeadIn.splitPeople`'s first guard: at most 400 bytes, and ten digits, or an `@` and five digits,
    /// or two `@`s. A line that fails it names no people to split.
    var mayNamePeople: Bool {
        byteCount <= 400 && (digits >= 10 || (ats >= 1 && digits >= 5) || ats >= 2)
    }
}
