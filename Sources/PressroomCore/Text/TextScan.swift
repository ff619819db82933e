import Foundation

/// Small string tests that layout recovery and field parsing share. They scan UTF-8 bytes where they
/// can (grapheme-by-grapheme iteration is slow and this is the parser's hot path) and never use
/// regular expressions. Text reaching them is normalised: no-break spaces are already plain spaces.
enum TextScan {
    /// Space, tab, LF, VT, FF, CR. (Most bytes are above 0x20: one comparison decides them.)
    @inline(__always) static func isSpaceByte(_ b: UInt8) -> Bool { b <= 0x20 && (b == 0x20 || b &- 0x09 < 5) }

    /// Runs `body` over the UTF-8 bytes of `s` through a buffer pointer: iterating `utf8` directly costs
    /// about ten times as much per byte. (Native strings and their substrings are contiguous; anything
    /// else is copied first.)
    @inline(__always) static func withBytes<S: StringProtocol, R>(_ s: S, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(s.utf8).withUnsafeBufferPointer(body)
    }

    /// The scalar whose UTF-8 starts at `b[i]` (a lead byte of valid UTF-8) and how many bytes it takes;
    /// continuation bytes cut off by the end of `b` count as zero bits.
    @inline(__always) static func scalar(in b: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, width: Int) {
        let x = b[i]
        if x < 0x80 { return (UInt32(x), 1) }
        let width = x >= 0xF0 ? 4 : x >= 0xE0 ? 3 : 2
        var value = UInt32(x) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for k in 1..<width { value = value << 6 | (i + k < b.count ? UInt32(b[i + k] & 0x3F) : 0) }
        return (value, width)
    }

    /// `s` as a String without a walk over its characters (the generic `String(s)` may take one).
    @inline(__always) static func string<S: StringProtocol>(_ s: S) -> String {
        if let same = s as? String { return same }
        if let slice = s as? Substring { return String(slice) }
        return String(decoding: s.utf8, as: UTF8.self)
    }

    /// `s` without leading and trailing whitespace.
    static func trim(_ s: String) -> String {
        // Already trimmed (the usual case): no copy.
        if let f = s.utf8.first, let l = s.utf8.last, !isSpaceByte(f), !isSpaceByte(l) {
            if f < 0x80 && l < 0x80 { return s }
            // A non-ASCII end that is no Unicode space (`…`, `”`, `é`): nothing to trim either.
            let scalars = s.unicodeScalars
            if f < 0x80 || scalars.first.map({ !$0.properties.isWhitespace }) == true,
               l < 0x80 || scalars.last.map({ !$0.properties.isWhitespace }) == true { return s }
        }
        return trim(s[...])
    }

    static func trim(_ s: Substring) -> String {
        let u = s.utf8
        guard let start = u.firstIndex(where: { !isSpaceByte($0) }), let last = u.lastIndex(where: { !isSpaceByte($0) }) else { return "" }
        let t = s[start..<u.index(after: last)]
        // Other Unicode spaces (U+2002, U+3000, …) at the ends: the slower path, rarely taken.
        if let f = t.utf8.first, let l = t.utf8.last, f >= 0x80 || l >= 0x80 {
            let scalars = t.unicodeScalars
            guard let a = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
                  let b = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
            return String(Substring(scalars[a...b]))
        }
        return String(t)
    }

    /// `s` without trailing whitespace.
    static func rtrim(_ s: String) -> String {
        if let l = s.utf8.last, !isSpaceByte(l) { return s }
        return rtrim(s[...])
    }

    static func rtrim(_ s: Substring) -> String {
        let u = s.utf8
        guard let last = u.lastIndex(where: { !isSpaceByte($0) }) else { return "" }
        return String(s[..<u.index(after: last)])
    }

    /// Runs of whitespace collapsed to one space, trimmed.
    static func collapse<S: StringProtocol>(_ s: S) -> String {
        // Already collapsed (most printed lines): ASCII spaces only, single, none at the ends, and no
        // byte that may start a Unicode space. Returned as it is.
        let clean: Bool? = FastPaths.off ? nil : s.utf8.withContiguousStorageIfAvailable { b -> Bool in
            guard let f = b.first, let l = b.last, f != 0x20, l != 0x20 else { return b.isEmpty }
            var previousSpace = false
            var i = 0
            // Eight bytes at a time while they are printable ASCII: a word with no byte below 0x20 or above
            // 0x7F is clean unless two spaces touch (inside it, or across its first byte).
            if let base = b.baseAddress {
                while i + 8 <= b.count {
                    let x = ByteLanes.load(UnsafeRawPointer(base + i))
                    // A byte below 0x20 or a byte with its high bit: bytewise.
                    if ByteLanes.firstLanes(x, below: 0x20) | ByteLanes.highLanes(x) != 0 { break }
                    let spaces = ByteLanes.asciiSpaceLanes(x)
                    if spaces & (spaces << 8) != 0 || (previousSpace && spaces & 0x80 != 0) { return false }
                    previousSpace = spaces >> 63 != 0
                    i += 8
                }
            }
            while i < b.count {
                let x = b[i]
                i += 1
                if x == 0x20 {
                    if previousSpace { return false }
                    previousSpace = true
                    continue
                }
                previousSpace = false
                if x < 0x20 { return false }
                if x < 0xC2 { continue }
                // The other White_Space scalars: U+0085, U+00A0 (C2 …), U+1680 (E1 9A 80), U+2000–200A,
                // U+2028, U+2029, U+202F, U+205F (E2 …), U+3000 (E3 80 80). Quotes and dashes are not.
                let y: UInt8 = i < b.count ? b[i] : 0
                let z: UInt8 = i + 1 < b.count ? b[i + 1] : 0
                switch x {
                case 0xC2: if y == 0x85 || y == 0xA0 { return false }
                case 0xE1: if y == 0x9A && z == 0x80 { return false }
                case 0xE2: if (y == 0x80 && (z <= 0x8A || z == 0xA8 || z == 0xA9 || z == 0xAF)) || (y == 0x81 && z == 0x9F) { return false }
                case 0xE3: if y == 0x80 && z == 0x80 { return false }
                default: break
                }
            }
            return true
        }
        if clean == true { return string(s) }
        // Unicode spaces other than ASCII ones (U+2000–U+200A, U+205F, U+3000, …) need the scalar path.
        if withBytes(s, { $0.contains { $0 == 0xE2 || $0 == 0xE3 || $0 == 0xE1 || $0 == 0xC2 } }),
           s.unicodeScalars.contains(where: { !$0.isASCII && $0.properties.isWhitespace }) {
            var out = String.UnicodeScalarView()
            var pendingSpace = false
            for u in s.unicodeScalars {
                if u.properties.isWhitespace {
                    pendingSpace = !out.isEmpty
                } else {
                    if pendingSpace { out.append(" "); pendingSpace = false }
                    out.append(u)
                }
            }
            return String(out)
        }
        return withBytes(s) { source in
            String(unsafeUninitializedCapacity: source.count) { out in
                var n = 0
                var pendingSpace = false
                for b in source {
                    if isSpaceByte(b) {
                        pendingSpace = n > 0
                    } else {
                        if pendingSpace { out[n] = 0x20; n += 1; pendingSpace = false }
                        out[n] = b
                        n += 1
                    }
                }
                return n
            }
        }
    }

    /// True when `s` holds the byte `byte` (scanned through a pointer when the bytes are contiguous).
    /// The next word of `b` at or after `i`: past the spaces (0x20) there, the bytes up to the next space or the
    /// end; nil when only spaces are left. The loop of the byte paths that read a line word by word.
    @inline(__always) static func nextWord(in b: UnsafeBufferPointer<UInt8>, from i: Int) -> Range<Int>? {
        var i = i
        let n = b.count
        while i < n && b[i] == 0x20 { i += 1 }
        guard i < n else { return nil }
        var j = i
        while j < n && b[j] != 0x20 { j += 1 }
        return i..<j
    }

    @inline(__always) static func hasByte<S: StringProtocol>(_ s: S, _ byte: UInt8) -> Bool {
        withBytes(s) { hasByte($0, byte) }
    }

    /// True when the bytes `b` hold `byte` (found by `memchr`).
    @inline(__always) static func hasByte(_ b: UnsafeBufferPointer<UInt8>, _ byte: UInt8) -> Bool {
        guard let base = b.baseAddress else { return false }
        return memchr(base, Int32(byte), b.count) != nil
    }

    /// The offsets of every `byte` in `b`, found with memchr.
    static func offsets(of byte: UInt8, in b: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard let base = b.baseAddress else { return [] }
        var out: [Int] = []
        var from = 0
        while from < b.count, let hit = memchr(base + from, Int32(byte), b.count - from) {
            let k = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            out.append(k)
            from = k + 1
        }
        return out
    }

    /// Number of leading spaces (tabs count as one).
    static func indent<S: StringProtocol>(_ s: S) -> Int {
        withBytes(s) { b in
            var n = 0
            for x in b { if x == 0x20 || x == 0x09 { n += 1 } else { break } }
            return n
        }
    }

    /// Whether `s` holds two letters in a row (a word of any script): a line without one (`/`, `05`, `* * *`,
    /// `N E W S`) says nothing in words.
    static func holdsWord(_ s: String) -> Bool {
        var previous = false
        for c in s.unicodeScalars {
            let letter = c.properties.isAlphabetic
            if letter && previous { return true }
            previous = letter
        }
        return false
    }

    /// Number of space-separated words, counted on bytes.
    static func wordCount<S: StringProtocol>(_ s: S) -> Int {
        func count<C: Sequence<UInt8>>(_ bytes: C) -> Int {
            var n = 0
            var inWord = false
            for b in bytes {
                if isSpaceByte(b) { inWord = false } else if !inWord { inWord = true; n += 1 }
            }
            return n
        }
        return s.utf8.withContiguousStorageIfAvailable { count($0) } ?? count(s.utf8)
    }

    /// The number of words, counted only up to `limit + 1`: enough to answer `wordCount(s) <= limit`
    /// without reading the rest of a long line.
    static func wordCount<S: StringProtocol>(_ s: S, atMost limit: Int) -> Int {
        runCount(s, atMost: limit, cutAt: isSpaceByte)
    }

    /// The number of runs of `s` between space bytes (0x20 alone: a tab is part of a run), counted only up to
    /// `limit + 1` (`s.utf8.split(separator: 0x20).count` when no larger).
    static func spaceRunCount<S: StringProtocol>(_ s: S, atMost limit: Int) -> Int {
        runCount(s, atMost: limit) { $0 == 0x20 }
    }

    /// The runs of bytes between bytes that `isCut` holds for, counted up to `limit + 1`.
    @inline(__always) private static func runCount<S: StringProtocol>(_ s: S, atMost limit: Int,
                                                                      cutAt isCut: (UInt8) -> Bool) -> Int {
        withBytes(s) { bytes in
            var n = 0
            var inWord = false
            for b in bytes {
                if isCut(b) {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    n += 1
                    if n > limit { return n }
                }
            }
            return n
        }
    }

    /// Length in characters, counted cheaply (Unicode scalars; text is NFC).
    /// Counted on contiguous bytes as the bytes that start a scalar (not UTF-8 continuation bytes).
    @inline(__always) static func length<S: StringProtocol>(_ s: S) -> Int {
        s.utf8.withContiguousStorageIfAvailable { scalarCount($0) } ?? s.unicodeScalars.count
    }

    /// The number of bytes of `b` that start a scalar (all but UTF-8 continuation bytes, `10xxxxxx`),
    /// counted eight bytes at a time.
    static func scalarCount(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = b.baseAddress else { return 0 }
        var continuation = 0
        var i = 0
        while i + 8 <= b.count {
            continuation += ByteLanes.continuationLanes(ByteLanes.load(UnsafeRawPointer(base + i))).nonzeroBitCount
            i += 8
        }
        while i < b.count { if b[i] & 0xC0 == 0x80 { continuation += 1 }; i += 1 }
        return b.count - continuation
    }

    /// The first whitespace-separated word.
    static func firstWord(_ s: String) -> Substring { firstWord(s[...]) }

    static func firstWord(_ str: Substring) -> Substring {
        let u = str.utf8
        guard let start = u.firstIndex(where: { !isSpaceByte($0) }) else { return "" }
        let end = u[start...].firstIndex(where: isSpaceByte) ?? u.endIndex
        return str[start..<end]
    }

    /// The last whitespace-separated word.
    static func lastWord(_ s: String) -> Substring { lastWord(s[...]) }

    static func lastWord(_ str: Substring) -> Substring {
        let u = str.utf8
        guard let last = u.lastIndex(where: { !isSpaceByte($0) }) else { return "" }
        var start = last
        while start > u.startIndex {
            let p = u.index(before: start)
            if isSpaceByte(u[p]) { break }
            start = p
        }
        return str[start..<u.index(after: last)]
    }

    /// Closing quotes and brackets; `“` and `‘` close German quotations (`„…“`).
    static let closingQuotes: Set<Character> = ["\"", "'", "”", "’", "»", "›", ")", "]", "*", "_", "“", "‘", "«"]
    static let openingQuotes: Set<Character> = ["\"", "'", "“", "‘", "«", "‹", "„", "‚", "(", "[", "¿", "¡"]

    /// The last character that is not whitespace, a closing quote or bracket.
    static func lastMeaningful<S: StringProtocol>(_ s: S) -> Character? {
        var i = s.endIndex
        while i > s.startIndex {
            i = s.index(before: i)
            let c = s[i]
            if c == " " || c == "\t" || closingQuotes.contains(c) { continue }
            return c
        }
        return nil
    }

    /// The first character that is not whitespace, an opening quote or bracket.
    static func firstMeaningful<S: StringProtocol>(_ s: S) -> Character? {
        for c in s where !(c == " " || c == "\t" || openingQuotes.contains(c)) { return c }
        return nil
    }

    /// True when the text ends a sentence (`.`, `!`, `?`, `…`, possibly inside closing quotes).
    static func endsSentence<S: StringProtocol>(_ s: S) -> Bool {
        // Fast path: the last two bytes ASCII, so the last character is the last byte alone. A letter or
        // digit there decides; punctuation that may be a closing quote goes the general way.
        // The ASCII closing quotes and brackets, spaces and tabs are stepped over on bytes too, while each byte
        // and the one before it are ASCII (so every character is one byte); anything else goes the general way.
        if !FastPaths.off {
            switch lastMeaningfulASCII(s) {
            case .byte(let x): return x == 0x2E || x == 0x21 || x == 0x3F
            case .none: return false
            case .unknown: break
            }
        }
        guard let c = lastMeaningful(s) else { return false }
        return c == "." || c == "!" || c == "?" || c == "…"
    }

    /// A byte read at a line's edge, or why there is none.
    enum EdgeByte: Equatable {
        /// The byte, a whole character (it and its neighbour are ASCII).
        case byte(UInt8)
        /// The line holds nothing but what was stepped over.
        case none
        /// The bytes cannot say (a byte beyond ASCII reached, or no contiguous storage): read the characters.
        case unknown
    }

    /// The first byte that is not a space or tab, read while each byte and the one after it are ASCII (so every
    /// character up to it is one byte).
    static func firstNonBlankASCII<S: StringProtocol>(_ s: S) -> EdgeByte {
        s.utf8.withContiguousStorageIfAvailable { b -> EdgeByte in
            var i = 0
            while i < b.count {
                let x = b[i]
                if x >= 0x80 || (i + 1 < b.count && b[i + 1] >= 0x80) { return .unknown }
                if x == 0x20 || x == 0x09 { i += 1; continue }
                return .byte(x)
            }
            return .none
        } ?? .unknown
    }

    /// The last byte that is not a space, tab, ASCII closing quote or bracket or emphasis mark (`"` `'` `)` `]`
    /// `*` `_`), as `lastMeaningful` steps over them, read while each byte and the one before it are ASCII.
    static func lastMeaningfulASCII<S: StringProtocol>(_ s: S) -> EdgeByte {
        s.utf8.withContiguousStorageIfAvailable { b -> EdgeByte in
            var i = b.count - 1
            while i >= 0 {
                let x = b[i]
                if x >= 0x80 || (i > 0 && b[i - 1] >= 0x80) { return .unknown }
                switch x {
                case 0x20, 0x09, 0x22, 0x27, 0x29, 0x5D, 0x2A, 0x5F: i -= 1
                default: return .byte(x)
                }
            }
            return .none
        } ?? .unknown
    }

    static func startsLowercase<S: StringProtocol>(_ s: S) -> Bool {
        // Fast path as in `startsUppercaseOrQuote`: the first byte past spaces and tabs decides when it and every
        // byte before it, and the byte after it, are ASCII.
        if !FastPaths.off {
            switch firstNonBlankASCII(s) {
            case .byte(let x): return ASCII.isLower(x)
            case .none: return false
            case .unknown: break
            }
        }
        return startsLowercasePlain(s)
    }

    /// The definition `startsLowercase` keeps to.
    static func startsLowercasePlain<S: StringProtocol>(_ s: S) -> Bool {
        guard let c = s.first(where: { $0 != " " && $0 != "\t" }) else { return false }
        return c.isLowercase
    }

    static func startsUppercaseOrQuote<S: StringProtocol>(_ s: S) -> Bool {
        // Fast path: spaces and tabs stepped over on bytes while each byte and the one after it are ASCII (so
        // every character up to the first other one is one byte); that byte then decides.
        if !FastPaths.off {
            switch firstNonBlankASCII(s) {
            // Capitals, digits and the ASCII opening quotes and brackets (`"`, `'`, `(`, `[`).
            case .byte(let x): return ASCII.isUpper(x) || ASCII.isDigit(x) || x == 0x22 || x == 0x27 || x == 0x28 || x == 0x5B
            case .none: return false
            case .unknown: break
            }
        }
        return startsUppercaseOrQuotePlain(s)
    }

    /// The definition `startsUppercaseOrQuote` keeps to.
    static func startsUppercaseOrQuotePlain<S: StringProtocol>(_ s: S) -> Bool {
        guard let c = s.first(where: { $0 != " " && $0 != "\t" }) else { return false }
        return c.isUppercase || openingQuotes.contains(c) || c.isNumber
    }

    /// At least two letters and none of them lower case.
    static func isAllCaps<S: StringProtocol>(_ s: S) -> Bool {
        var letters = 0
        for u in s.unicodeScalars {
            if u.isASCII {
                let v = u.value
                if v >= 0x61 && v <= 0x7A { return false }
                if v >= 0x41 && v <= 0x5A { letters += 1 }
            } else if u.properties.isAlphabetic {
                if u.properties.isLowercase { return false }
                letters += 1
            }
        }
        return letters >= 2
    }

    static func digitCount<S: StringProtocol>(_ s: S) -> Int {
        func count<C: Sequence<UInt8>>(_ bytes: C) -> Int {
            var n = 0
            for b in bytes where b >= 0x30 && b <= 0x39 { n += 1 }
            return n
        }
        return s.utf8.withContiguousStorageIfAvailable { count($0) } ?? count(s.utf8)
    }

    /// `s.lowercased()`, byte for byte, with ASCII lowered in place: the standard library maps every
    /// scalar of a string that holds any non-ASCII character, which is slow on long text.
    static func lowercased(_ s: String) -> String {
        // ASCII bytes are lowered in place; another scalar is decoded from its bytes and mapped only when
        // lower-casing changes it.
        func lower(_ b: UnsafeBufferPointer<UInt8>) -> String {
            // Written straight into the string's storage; lower-casing at most triples a scalar's bytes.
            String(unsafeUninitializedCapacity: b.count * 3) { out in
                var n = 0
                var i = 0
                while i < b.count {
                    let x = b[i]
                    if x < 0x80 {
                        out[n] = x >= 0x41 && x <= 0x5A ? x + 0x20 : x
                        n += 1
                        i += 1
                        continue
                    }
                    let length = x >= 0xF0 ? 4 : x >= 0xE0 ? 3 : 2
                    guard i + length <= b.count else {
                        while i < b.count { out[n] = b[i]; n += 1; i += 1 }
                        break
                    }
                    // The common cases without a property lookup: Latin-1 capitals (C3 80–9E but for ×)
                    // and general punctuation (E2 80–81 …), which has no case.
                    if x == 0xC3 {
                        let y = b[i + 1]
                        out[n] = 0xC3
                        out[n + 1] = y >= 0x80 && y <= 0x9E && y != 0x97 ? y + 0x20 : y
                        n += 2
                        i += 2
                        continue
                    }
                    let value = scalar(in: b, at: i).value
                    if !(x == 0xE2 && (b[i + 1] == 0x80 || b[i + 1] == 0x81)),
                       let u = Unicode.Scalar(value), u.properties.changesWhenLowercased {
                        for y in u.properties.lowercaseMapping.utf8 { out[n] = y; n += 1 }
                    } else {
                        for k in 0..<length { out[n + k] = b[i + k] }
                        n += length
                    }
                    i += length
                }
                return n
            }
        }
        if let fast = s.utf8.withContiguousStorageIfAvailable(lower) { return fast }
        var copy = s
        return copy.withUTF8(lower)
    }


    /// Printed cells of a `pdftotext -layout` line: text separated by runs of three or more spaces.
    static func cells<S: StringProtocol>(_ s: S) -> [String] {
        withBytes(s) { bytes in
            var out: [String] = []
            var current: [UInt8] = []
            var spaces = 0
            for b in bytes {
                if b == 0x20 || b == 0x09 { spaces += 1; continue }
                if spaces >= 3, !current.isEmpty {
                    out.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                } else if spaces > 0, !current.isEmpty {
                    current.append(contentsOf: repeatElement(0x20, count: spaces))
                }
                spaces = 0
                current.append(b)
            }
            if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)) }
            return out
        }
    }

    /// True when the line holds a run of three or more spaces between printed text (a column gap).
    static func hasColumnGap<S: StringProtocol>(_ s: S) -> Bool {
        withBytes(s) { bytes in
            var spaces = 0
            var seen = false
            for b in bytes {
                if b == 0x20 { spaces += 1; continue }
                if seen && spaces >= 3 { return true }
                spaces = 0
                seen = true
            }
            return false
        }
    }

    /// True when `s` is an e-mail-like or web-address-like token.
    static func isAddressToken<S: StringProtocol>(_ s: S) -> Bool {
        let l = s.lowercased()
        if l.hasPrefix("http://") || l.hasPrefix("https://") || l.hasPrefix("www.") || l.hasPrefix("mailto:") { return true }
        return TextScan.has(l, "@") && TextScan.has(l, ".")
    }

    /// True when `hay` contains `needle` (bytes compared; no Foundation, no locale).
    static func has(_ hay: String, _ needle: String) -> Bool { find(needle, in: hay[...]) != nil }
    static func has(_ hay: Substring, _ needle: String) -> Bool { find(needle, in: hay) != nil }

    /// True when the bytes `n` occur in `h`.
    static func contains(_ h: UnsafeBufferPointer<UInt8>, _ n: [UInt8]) -> Bool {
        guard !n.isEmpty else { return true }
        return n.withUnsafeBufferPointer { offset(of: $0, in: h) != nil }
    }

    /// The offset of the first occurrence of the bytes `n` (not empty) in `h` at or after `from`: memchr finds
    /// each candidate first byte; the last byte, then memcmp, check the rest.
    static func offset(of n: UnsafeBufferPointer<UInt8>, in h: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        let nc = n.count
        guard nc > 0, let hb = h.baseAddress, let nb = n.baseAddress, h.count - from >= nc else { return nil }
        let last = h.count - nc
        let first = nb[0], final = nb[nc - 1]
        var i = from
        while i <= last, let hit = memchr(hb + i, Int32(first), last - i + 1) {
            let at = hb.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if nc == 1 || hb[at + nc - 1] == final && memcmp(hb + at + 1, nb + 1, nc - 1) == 0 { return at }
            i = at + 1
        }
        return nil
    }

    /// The first occurrence of `needle` in `hay`, by bytes (no Foundation, no locale).
    static func find(_ needle: String, in hay: Substring) -> Range<Substring.Index>? {
        var needle = needle
        var hay = hay
        return needle.withUTF8 { n -> Range<Substring.Index>? in
            guard !n.isEmpty, let o = hay.withUTF8({ offset(of: n, in: $0) }) else { return nil }
            let u = hay.utf8
            let a = u.index(u.startIndex, offsetBy: o)
            return a..<u.index(a, offsetBy: n.count)
        }
    }
}
