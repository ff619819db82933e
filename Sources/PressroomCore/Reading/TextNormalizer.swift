import Foundation

/// Puts decoded text into the one shape the parser expects, whatever produced it.
///
/// - CRLF and lone CR become LF (a lone CR between a tab and a no-break space becomes a space); U+2028/U+2029 (line/paragraph separators) become LF.
/// - No-break spaces (U+00A0, U+2007, U+202F) and the other Unicode space characters (U+1680,
///   U+2000–U+200A, U+205F, U+3000) become spaces.
/// - Ligatures U+FB00–U+FB06 are expanded (`ﬁ` → `fi`), as PDF extractors leave them.
/// - Soft hyphens (U+00AD), byte-order marks (U+FEFF), zero-width spaces (U+200B) and word joiners
///   (U+2060) are removed.
/// - A terminal escape sequence (ESC or a C1 control, with its parameters and, for a string sequence such as
///   OSC 52, its text up to the terminator) becomes one visible marker, `␛` (U+241B): no debris such as
///   `[31m` or `]52;c;…` is left in the record to be shown, and no byte of it reaches a terminal.
/// - Other control characters are removed, except LF, tab and form feed (the page break the parser uses).
/// - The result is in Unicode NFC.
///
/// One pass over the UTF-8 bytes; NFC is applied only when a character that could change under it
/// was seen, so plain Latin text is never normalised twice. Pure and deterministic.
public enum TextNormalizer {
    public static func normalize(_ text: String) -> String {
        var text = text
        let (out, changed, needsNFC) = text.withUTF8 { pass($0) }
        var result = changed ? String(decoding: out, as: UTF8.self) : text
        if needsNFC {
            result = result.precomposedStringWithCanonicalMapping
        }
        return result
    }

    private static func pass(_ bytes: UnsafeBufferPointer<UInt8>) -> (out: [UInt8], changed: Bool, needsNFC: Bool) {
        var out: [UInt8] = []
        var changed = false
        var needsNFC = false
        let n = bytes.count
        var i = 0
        // Copy lazily: until the first change, `out` is not written and the input is returned as is.
        var copiedUpTo = 0
        guard let base = bytes.baseAddress else { return (out, false, false) }
        // Runs of printable ASCII are passed over eight bytes at a time (off: byte by byte, the definition).
        let lanes = !FastPaths.off
        @inline(__always) func beginChange(at position: Int) {
            if !changed {
                changed = true
                out.reserveCapacity(n)
            }
            if copiedUpTo < position {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<position]))
            }
        }
        while i < n {
            let b = bytes[i]
            if b >= 0x20 && b < 0x7F {
                i += 1
                // Most of any text is printable ASCII, which stays as it is: skipped up to the first byte that is
                // not (a control, DEL, a byte beyond ASCII), found in `stopLanes`.
                while lanes && i &+ 8 <= n {
                    let stop = stopLanes(ByteLanes.load(UnsafeRawPointer(base + i)))
                    if stop != 0 {
                        i &+= stop.trailingZeroBitCount >> 3
                        break
                    }
                    i &+= 8
                }
                continue
            }
            if b < 0x80 {
                switch b {
                case 0x0A, 0x09, 0x0C:  // LF, tab, form feed: kept
                    i += 1
                case 0x0D:  // CR or CRLF → LF
                    beginChange(at: i)
                    // A lone CR between a tab and a no-break space (`tab CR space no-break-space`, `tab CR
                    // no-break-space`) is a word space: some word processors' PDFs put that run between every two
                    // words. A line ended by CR may be followed by spaces (classic Mac text indents its lines), but
                    // not by a tab before and a no-break space after. The whole run becomes one space, so that no
                    // column gap is left where a word space was.
                    let nbspAt: (Int) -> Bool = { k in k + 1 < n && bytes[k] == 0xC2 && bytes[k + 1] == 0xA0 }
                    let spaced = i > 0 && bytes[i - 1] == 0x09 && (nbspAt(i + 1) || i + 1 < n && bytes[i + 1] == 0x20 && nbspAt(i + 2))
                    if spaced {
                        while let last = out.last, last == 0x09 || last == 0x20 { out.removeLast() }
                        out.append(0x20)
                        i += 1
                        while i < n, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0xC2 && i + 1 < n && bytes[i + 1] == 0xA0 {
                            i += bytes[i] == 0xC2 ? 2 : 1
                        }
                        copiedUpTo = i
                        continue
                    }
                    out.append(0x0A)
                    i += (i + 1 < n && bytes[i + 1] == 0x0A) ? 2 : 1
                    copiedUpTo = i
                case 0x1B:  // an escape sequence → one marker
                    beginChange(at: i)
                    out.append(contentsOf: escapeMarker)
                    i = Self.endOfEscape(bytes, at: i)
                    copiedUpTo = i
                default:  // other C0 controls and DEL: removed
                    beginChange(at: i)
                    i += 1
                    copiedUpTo = i
                }
                continue
            }
            // A multi-byte scalar (the input is valid UTF-8: it comes from a String).
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            var scalar = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1..<length { scalar = (scalar << 6) | (UInt32(bytes[i + k]) & 0x3F) }
            // C1 controls that open a sequence: CSI (U+009B) and the string ones (DCS, SOS, OSC, PM, APC).
            if scalar == 0x9B || scalar == 0x90 || scalar == 0x98 || scalar == 0x9D || scalar == 0x9E || scalar == 0x9F {
                beginChange(at: i)
                out.append(contentsOf: escapeMarker)
                i = Self.endOfSequence(bytes, kind: scalar == 0x9B ? .control : .string, from: i + length)
                copiedUpTo = i
                continue
            }
            // `Â` alone on its line (spaces, tabs and no-break spaces aside) is a no-break space encoded twice (UTF-8
            // read as Latin-1, then saved as UTF-8 again: `C2 A0` became `Â` and a space), as archives that extracted
            // old web pages print between paragraphs: the line is empty. `Â` is no word of any language by itself.
            if scalar == 0xC2, Self.standsAlone(bytes, from: i, length: length) {
                beginChange(at: i)
                i += length
                copiedUpTo = i
                continue
            }
            if let replacement = replacement(for: scalar) {
                beginChange(at: i)
                out.append(contentsOf: replacement)
                i += length
                copiedUpTo = i
                continue
            }
            if !needsNFC && mayChangeUnderNFC(scalar) { needsNFC = true }
            i += length
        }
        if changed { beginChange(at: n) }
        return (out, changed, needsNFC)
    }

    /// Whether the scalar of `length` bytes at `i` is alone on its line: only spaces, tabs and no-break spaces
    /// before it since the line's start and after it up to the line's end.
    static func standsAlone(_ b: UnsafeBufferPointer<UInt8>, from i: Int, length: Int) -> Bool {
        var k = i - 1
        while k >= 0, b[k] != 0x0A {
            if b[k] == 0x20 || b[k] == 0x09 || b[k] == 0x0D { k -= 1; continue }
            if b[k] == 0xA0, k >= 1, b[k - 1] == 0xC2 { k -= 2; continue }
            return false
        }
        var j = i + length
        while j < b.count, b[j] != 0x0A {
            if b[j] == 0x20 || b[j] == 0x09 || b[j] == 0x0D { j += 1; continue }
            if b[j] == 0xC2, j + 1 < b.count, b[j + 1] == 0xA0 { j += 2; continue }
            return false
        }
        return true
    }

    /// Exact: lanes of `w` that are not printable ASCII (0x20–0x7E): controls, DEL, bytes beyond ASCII. With
    /// the top bit cleared no lane exceeds 0x7F, so neither addition carries into a neighbour: plus 0x60 reaches
    /// 0x80 from 0x20 on, plus 0x01 from 0x7F on.
    @inline(__always) static func stopLanes(_ w: UInt64) -> UInt64 {
        let y = w & ByteLanes.lows
        let printable = (y &+ 0x6060_6060_6060_6060) & ~(y &+ 0x0101_0101_0101_0101) & ~w & ByteLanes.highs
        return ~printable & ByteLanes.highs
    }

    /// `␛`, what an escape sequence becomes.
    static let escapeMarker: [UInt8] = Array("\u{241B}".utf8)

    enum SequenceKind { case control, string }

    /// Where the escape sequence that starts with the ESC at `i` ends (the index after it). `ESC [` opens a
    /// control sequence (parameters 0x30–0x3F, intermediates 0x20–0x2F, a final byte 0x40–0x7E); `ESC ]`,
    /// `ESC P`, `ESC X`, `ESC ^` and `ESC _` a string ended by BEL, `ESC \\` or U+009C; otherwise ESC takes
    /// its intermediates and one final byte (`ESC ( B`, `ESC 7`), or stands alone.
    static func endOfEscape(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        var j = i + 1
        guard j < b.count else { return j }
        switch b[j] {
        case 0x5B: return endOfSequence(b, kind: .control, from: j + 1)
        case 0x5D, 0x50, 0x58, 0x5E, 0x5F: return endOfSequence(b, kind: .string, from: j + 1)
        default:
            while j < b.count, b[j] >= 0x20, b[j] <= 0x2F { j += 1 }
            if j < b.count, b[j] >= 0x30, b[j] <= 0x7E { j += 1 }
            return j
        }
    }

    /// The end of a control sequence's parameters and final byte, or of a string sequence's text and its
    /// terminator, read from `j`. Neither runs past a line end (a stray opener does not swallow the lines
    /// after it) nor past 4,096 bytes.
    static func endOfSequence(_ b: UnsafeBufferPointer<UInt8>, kind: SequenceKind, from start: Int) -> Int {
        var j = start
        let limit = min(b.count, start + 4_096)
        switch kind {
        case .control:
            while j < limit, b[j] >= 0x30, b[j] <= 0x3F { j += 1 }
            while j < limit, b[j] >= 0x20, b[j] <= 0x2F { j += 1 }
            if j < limit, b[j] >= 0x40, b[j] <= 0x7E { j += 1 }
            return j
        case .string:
            while j < limit {
                let c = b[j]
                if c == 0x07 { return j + 1 }                                   // BEL
                if c == 0x1B { return j + 1 < b.count && b[j + 1] == 0x5C ? j + 2 : j }  // ST, or the next ESC
                if c == 0xC2, j + 1 < b.count, b[j + 1] == 0x9C { return j + 2 }  // U+009C (ST)
                if c == 0x0A || c == 0x0D { return j }
                j += 1
            }
            // Cut at the limit: never inside a character (back to the byte that starts one).
            while j > start, j < b.count, b[j] & 0xC0 == 0x80 { j -= 1 }
            return j
        }
    }

    /// The bytes a scalar becomes, or nil when it stays.
    @inline(__always)
    private static func replacement(for scalar: UInt32) -> [UInt8]? {
        switch scalar {
        case 0x80...0x9F: return []  // C1 controls
        // No-break spaces, and the other Unicode spaces (en/em/thin/hair spaces, ideographic space…)
        // that PDFs print: one kind of space, so that text is single-spaced and trims everywhere.
        case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return [0x20]
        // Soft hyphen, stray byte-order mark, zero-width space and word joiner: invisible, and they
        // would split a word for search (`organi\u{200B}sation`). ZWJ/ZWNJ stay (emoji, Persian).
        case 0xAD, 0xFEFF, 0x200B, 0x2060: return []
        case 0x2028, 0x2029: return [0x0A]
        case 0xFB00: return Array("ff".utf8)
        case 0xFB01: return Array("fi".utf8)
        case 0xFB02: return Array("fl".utf8)
        case 0xFB03: return Array("ffi".utf8)
        case 0xFB04: return Array("ffl".utf8)
        case 0xFB05, 0xFB06: return Array("st".utf8)
        default: return nil
        }
    }

    /// Whether NFC could change text holding this scalar: combining marks, characters that NFC
    /// replaces (composition exclusions, singletons such as U+2126 OHM SIGN), and the scripts
    /// (Indic, Hangul jamo, …) whose vowel signs compose with the letter before them.
    @inline(__always)
    private static func mayChangeUnderNFC(_ scalar: UInt32) -> Bool {
        if scalar < 0x300 { return false }  // Latin-1 and Latin Extended: all stable starters
        if scalar >= 0x2010 && scalar < 0x20D0 { return false }  // punctuation, currency: stable
        if scalar >= 0x0900 && scalar < 0x1C00 { return true }
        if scalar >= 0x11000 && scalar < 0x1D000 { return true }
        guard let s = Unicode.Scalar(scalar) else { return false }
        return s.properties.canonicalCombiningClass.rawValue != 0 || s.properties.isFullCompositionExclusion
            || (0x3099...0x309A).contains(scalar)
    }
}
