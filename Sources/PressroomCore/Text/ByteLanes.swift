/// Eight bytes at a time: a `UInt64` loaded from eight bytes (little-endian: the first byte in the low eight
/// bits) is tested in all its bytes ("lanes") at once, each lane's answer 0x80 in that lane. The one home of
/// these bit tricks (the scans every line pays: digits, CRs, bytes beyond ASCII, spaces, lower-casing);
/// `ByteLanesTests` holds each to its byte-by-byte definition for every byte value in every lane beside
/// every other value. Swift's `SIMD` types compiled to scalar code here; these compile to a few
/// instructions each.
///
/// Two kinds of answer: *exact* (each lane answers for its own byte) and *first* (nonzero exactly when some
/// lane answers yes, and the lowest lane set is the first such byte; a lane above one that answers yes may be
/// set wrongly, since the subtraction borrows into it). A *first* answer is one instruction cheaper: use it to
/// ask "any?" or "where is the first?", never to count.
enum ByteLanes {
    /// 0x01 in every lane.
    @inline(__always) static var ones: UInt64 { 0x0101_0101_0101_0101 }
    /// 0x80 in every lane: where the answers stand.
    @inline(__always) static var highs: UInt64 { 0x8080_8080_8080_8080 }
    /// 0x7F in every lane.
    @inline(__always) static var lows: UInt64 { 0x7F7F_7F7F_7F7F_7F7F }

    /// `b` in every lane.
    @inline(__always) static func repeating(_ b: UInt8) -> UInt64 { ones &* UInt64(b) }

    /// The eight bytes at `offset` from `p`, unaligned.
    @inline(__always) static func load(_ p: UnsafeRawPointer, at offset: Int = 0) -> UInt64 {
        p.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    }

    /// Exact: lanes of `w` that are zero (the low seven bits added to 0x7F carry into bit 7 unless all are clear;
    /// nothing carries across lanes).
    @inline(__always) static func zeroLanes(_ w: UInt64) -> UInt64 {
        ~(((w & lows) &+ lows) | w | lows)
    }

    /// First: lanes of `w` that are zero.
    @inline(__always) static func firstZeroLanes(_ w: UInt64) -> UInt64 {
        (w &- ones) & ~w & highs
    }

    /// First: lanes of `w` equal to `b`.
    @inline(__always) static func firstLanes(_ w: UInt64, equalTo b: UInt8) -> UInt64 {
        firstZeroLanes(w ^ repeating(b))
    }

    /// Exact: lanes of `w` equal to `b`.
    @inline(__always) static func lanes(_ w: UInt64, equalTo b: UInt8) -> UInt64 {
        zeroLanes(w ^ repeating(b))
    }

    /// First: lanes of `w` below `limit` (0 < `limit` ≤ 0x80): a lane below it borrows into its own top bit.
    @inline(__always) static func firstLanes(_ w: UInt64, below limit: UInt8) -> UInt64 {
        (w &- repeating(limit)) & ~w & highs
    }

    /// First: lanes of `w` that are ASCII digits (`0`–`9`): once XORed with `0` a digit is below 10.
    @inline(__always) static func firstDigitLanes(_ w: UInt64) -> UInt64 {
        firstLanes(w ^ repeating(0x30), below: 10)
    }

    /// Exact: lanes of `w` at 0x80 or above (a byte of a scalar beyond ASCII).
    @inline(__always) static func highLanes(_ w: UInt64) -> UInt64 { w & highs }

    /// Exact: lanes of `w` that are UTF-8 continuation bytes (`10xxxxxx`: bit 7 set, bit 6 clear; the shift
    /// moves each lane's bit 6 onto its bit 7).
    @inline(__always) static func continuationLanes(_ w: UInt64) -> UInt64 {
        w & ~(w << 1) & highs
    }

    /// Exact: lanes of `w` that are `TextScan.isSpaceByte` (the space, or 0x09–0x0D).
    @inline(__always) static func spaceByteLanes(_ w: UInt64) -> UInt64 {
        let y = w & lows
        // 0x09–0x0D: plus 0x77 reaches 0x80 from 0x09 on, plus 0x72 from 0x0E on (no lane exceeds 0x7F).
        let control = (y &+ 0x7777_7777_7777_7777) & ~(y &+ 0x7272_7272_7272_7272) & ~w & highs
        return zeroLanes(w ^ repeating(0x20)) | control
    }

    /// Exact: lanes of `w` that are ASCII letters (`A`–`Z`, `a`–`z`). Lower-cased with the high bit cleared,
    /// no lane exceeds 0x7F, so the additions carry into no neighbour: 0x61 + 0x1F and 0x7B + 0x05 reach 0x80.
    @inline(__always) static func letterLanes(_ w: UInt64) -> UInt64 {
        let t = (w | repeating(0x20)) & lows
        let atLeastA = t &+ 0x1F1F_1F1F_1F1F_1F1F
        let pastZ = t &+ 0x0505_0505_0505_0505
        return atLeastA & ~pastZ & ~w & highs
    }

    /// Exact: lanes of `w` that are ASCII letters or bytes beyond ASCII (a word's bytes, for `DateLanguage`).
    @inline(__always) static func wordLanes(_ w: UInt64) -> UInt64 {
        letterLanes(w) | highLanes(w)
    }

    /// `w` with each capital `A`–`Z` lowered (0x20 added), every other lane as it is, bytes beyond ASCII too.
    @inline(__always) static func lowered(_ w: UInt64) -> UInt64 {
        // Bit 7 of each lane's low seven bits plus 0x3F is set from `A` on, plus 0x25 from `[` on.
        let low7 = w & lows
        let upper = (low7 &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(low7 &+ 0x2525_2525_2525_2525) & ~w & highs
        return w | (upper >> 2)
    }

    /// `lowered` for a word of ASCII bytes only (no lane at 0x80 or above, which would carry): two
    /// instructions fewer.
    @inline(__always) static func asciiLowered(_ w: UInt64) -> UInt64 {
        let atLeastA = w &+ 0x3F3F_3F3F_3F3F_3F3F
        let aboveZ = w &+ 0x2525_2525_2525_2525
        let upper = atLeastA & ~aboveZ & highs
        return w | (upper >> 2)
    }

    /// Exact, for a word of ASCII bytes only: lanes of `w` that are spaces (no lane above 0x7F: no carries).
    @inline(__always) static func asciiSpaceLanes(_ w: UInt64) -> UInt64 {
        let t = w ^ repeating(0x20)
        return ~((t &+ lows) | t) & highs
    }

    /// For `w` when each lane is printable ASCII (0x20–0x7F) and no two spaces stand side by side: its space
    /// lanes; else nil. (A lane below 0x80 is 0x20 or more when adding 0x60 sets its high bit, 0x21 or more
    /// when adding 0x5F does; no carry between lanes.)
    @inline(__always) static func printableASCIISpaces(_ w: UInt64) -> UInt64? {
        guard w & highs == 0, (w &+ 0x6060_6060_6060_6060) & highs == highs else { return nil }
        let spaces = ~(w &+ 0x5F5F_5F5F_5F5F_5F5F) & highs
        return spaces & (spaces << 8) == 0 ? spaces : nil
    }

    /// How many lanes of an answer are set, summed by a multiply (`nonzeroBitCount` has no popcount
    /// instruction on baseline x86-64).
    @inline(__always) static func count(_ answer: UInt64) -> Int {
        Int(truncatingIfNeeded: ((answer >> 7) &* ones) >> 56)
    }
}

/// One byte's ASCII classes, the definitions `ByteLanes` computes eight at a time: the one home of the
/// `b &- 0x30 < 10` idioms (a subtraction that wraps below the range's start, then one comparison).
enum ASCII {
    /// `0`–`9`.
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    /// `A`–`Z`.
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    /// `a`–`z`.
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    /// `A`–`Z` or `a`–`z` (0x20 set turns a capital into its small letter and no other byte into a letter).
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    /// A letter or a digit.
    @inline(__always) static func isLetterOrDigit(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) }
    /// Printable ASCII, the space to `~` (0x20–0x7E).
    @inline(__always) static func isPrintable(_ b: UInt8) -> Bool { b &- 0x20 < 0x5F }
    /// `b` with a capital lowered, any other byte as it is.
    @inline(__always) static func lowered(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }
}
