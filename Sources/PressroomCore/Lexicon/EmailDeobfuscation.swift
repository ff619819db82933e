/// Undoes the spelling-out of e-mail addresses that releases use against harvesters:
/// `jane [at] example [dot] org`, `jane(at)example.org`, `jane AT example DOT org`.
///
/// A plain ` at ` counts only with a spelt-out ` dot ` after it (`name at org dot org`), so that
/// `available at www.example.org` stays a sentence.
enum EmailDeobfuscation {
    private static let atWords = "(?:at|@|ät|arobase|arroba|chez|bei)"
    private static let dotWords = "(?:dot|\\.|punto|point|ponto|punkt|pt)"
    private static let bracketAt = "\\s*(?:\\[\\s*\(atWords)\\s*\\]|\\(\\s*\(atWords)\\s*\\)|\\{\\s*\(atWords)\\s*\\}|<\\s*at\\s*>)\\s*"
    private static let anyDot = "(?:\\s*(?:\\[\\s*\(dotWords)\\s*\\]|\\(\\s*\(dotWords)\\s*\\)|\\{\\s*dot\\s*\\})\\s*|\\s+dot\\s+|\\.)"
    private static let bracketed = "([A-Za-z0-9_%+-]+(?:\(anyDot)[A-Za-z0-9_%+-]+)*)\(bracketAt)([A-Za-z0-9-]+(?:\(anyDot)[A-Za-z0-9-]+)+)"
    private static let bracketDot = "(?:\\s*(?:\\[\\s*\(dotWords)\\s*\\]|\\(\\s*\(dotWords)\\s*\\)|\\{\\s*dot\\s*\\})\\s*)"
    /// `jane@example[dot]org`: a real `@`, a spelt-out dot.
    private static let dottedDomain = "([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+(?:(?:\(bracketDot)|\\.)[A-Za-z0-9-]+)*\(bracketDot)[A-Za-z0-9-]+(?:(?:\(bracketDot)|\\.)[A-Za-z0-9-]+)*)"
    private static let plain = "\\b([A-Za-z0-9_%+-]+(?:(?:\\s+dot\\s+|\\.)[A-Za-z0-9_%+-]+)*)\\s+at\\s+([A-Za-z0-9-]+(?:\\s+dot\\s+[A-Za-z0-9-]+)+)\\b"

    /// `text` with every obfuscated address written as a plain one; `text` itself when there is none.
    static func deobfuscated(_ text: String) -> String {
        guard mayHoldObfuscation(text) else { return text }
        var out = text
        for pattern in [bracketed, dottedDomain, plain] {
            guard let regex = try? Regex(pattern).ignoresCase() else { continue }
            let source = out
            out = source.replacing(regex) { match -> String in
                let whole = String(source[match.range])
                guard let local = match.output[1].substring, let domain = match.output[2].substring else { return whole }
                let address = undot(local) + "@" + undot(domain)
                guard let tld = address.split(separator: ".").last, tld.count >= 2, tld.allSatisfy(\.isLetter) else {
                    return whole
                }
                return address
            }
        }
        return out
    }

    /// `example [dot] org` → `example.org`.
    private static func undot(_ s: Substring) -> String {
        guard let regex = try? Regex(anyDot).ignoresCase() else { return String(s) }
        return String(s).replacing(regex, with: ".").filter { !$0.isWhitespace }
    }

    /// A fast test before the regular expressions: a bracketed `(at)`, `[@]`, `{at}`, `<at>`, `[arobase]`…,
    /// or both ` at ` and ` dot `.
    private static func mayHoldObfuscation(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { b -> Bool in
            let n = b.count
            var spacedAt = false
            var spacedDot = false
            func lower(_ k: Int) -> UInt8 { k < n ? b[k] | 0x20 : 0 }
            func isClose(_ c: UInt8) -> Bool {
                c == UInt8(ascii: ")") || c == UInt8(ascii: "]") || c == UInt8(ascii: "}") || c == UInt8(ascii: ">")
            }
            /// Whether the byte at `i` opens a bracketed `at`/`dot` word; notes ` at ` and ` dot ` on the way.
            func opensObfuscation(_ i: Int) -> Bool {
                let c = b[i]
                if c == UInt8(ascii: " ") {
                    if lower(i + 1) == UInt8(ascii: "a"), lower(i + 2) == UInt8(ascii: "t"), b.count > i + 3, b[i + 3] == UInt8(ascii: " ") {
                        spacedAt = true
                    }
                    if lower(i + 1) == UInt8(ascii: "d"), lower(i + 2) == UInt8(ascii: "o"), lower(i + 3) == UInt8(ascii: "t"),
                       b.count > i + 4, b[i + 4] == UInt8(ascii: " ") {
                        spacedDot = true
                    }
                    return false
                }
                guard c == UInt8(ascii: "(") || c == UInt8(ascii: "[") || c == UInt8(ascii: "{") || c == UInt8(ascii: "<") else { return false }
                var k = i + 1
                while k < n, b[k] == UInt8(ascii: " ") { k += 1 }
                let wordStart = k
                while k < n, b[k] != UInt8(ascii: " "), !isClose(b[k]), k - wordStart < 8 { k += 1 }
                // Only a word of one to seven bytes followed by a closing bracket is worth a look.
                guard k > wordStart, k - wordStart < 8 else { return false }
                var close = k
                while close < n, b[close] == UInt8(ascii: " ") { close += 1 }
                guard close < n, isClose(b[close]) else { return false }
                return isBracketWord(UnsafeBufferPointer(rebasing: b[wordStart..<k]))
            }
            var i = 0
            // Sixty-four bytes at a time: most stretches hold no bracket and no space before `at` or `do` (in
            // any case), the only places `opensObfuscation` acts on; only a stretch with one is looked at byte
            // by byte.
            if let base = b.baseAddress {
                while i + 66 <= n {
                    if Self.blockMayOpen(base + i, base + i + 1, base + i + 2) {
                        for k in i..<(i + 64) where opensObfuscation(k) { return true }
                    }
                    i += 64
                }
            }
            // A short text (a contact line) or the end of a long one: one more block test, on a copy padded
            // with zeros (which open nothing), spares the byte-by-byte look when nothing is there.
            if i < n {
                let rest = n - i
                let quiet = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 66) { pad -> Bool in
                    pad.initialize(repeating: 0)
                    for k in 0..<min(rest, 64) { pad[k] = b[i + k] }
                    if rest > 64 { pad[64] = b[i + 64] }
                    guard let p = UnsafePointer(pad.baseAddress) else { return false }
                    return !Self.blockMayOpen(p, p + 1, p + 2)
                }
                if quiet && rest <= 64 { return spacedAt && spacedDot }
            }
            while i < n {
                if opensObfuscation(i) { return true }
                i += 1
            }
            return spacedAt && spacedDot
        }
    }

    /// Whether the 64 bytes at `p0` hold a bracket of `(`, `<`, `[` or `{` (and 0x08 or 0x1C, which share their
    /// bits but for the case bit), or a space before `at` or `do` in any case; `p1` and `p2` are `p0 + 1` and
    /// `p0 + 2`. Written without branches, so that the compiler can test sixteen bytes an instruction.
    private static func blockMayOpen(_ p0: UnsafePointer<UInt8>, _ p1: UnsafePointer<UInt8>, _ p2: UnsafePointer<UInt8>) -> Bool {
        @inline(__always) func bit(_ x: Bool) -> UInt8 { unsafeBitCast(x, to: UInt8.self) }
        var any: UInt8 = 0
        for k in 0..<64 {
            let c = p0[k], folded = c | 0x20, next = p1[k] | 0x20, after = p2[k] | 0x20
            let bracket = bit(folded == 0x28) | bit(folded == 0x3C) | bit(folded == 0x7B)
            let at = bit(next == UInt8(ascii: "a")) & bit(after == UInt8(ascii: "t"))
            let dot = bit(next == UInt8(ascii: "d")) & bit(after == UInt8(ascii: "o"))
            any |= bracket | (bit(c == 0x20) & (at | dot))
        }
        return any != 0
    }

    /// The words that stand for `@` or `.` in brackets, in lower case.
    private static let bracketWords: [[UInt8]] = ["at", "@", "ät", "arobase", "arroba", "chez", "bei", "dot", "punkt", "point",
                                                  "punto", "ponto"].map { Array($0.utf8) }

    /// Whether `word`, lower-cased, is one of `bracketWords`: ASCII compared byte by byte, any other word as
    /// lower-cased strings.
    private static func isBracketWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        if word.contains(where: { $0 >= 0x80 }) {
            let lowered = String(decoding: word, as: UTF8.self).lowercased()
            return bracketWords.contains { String(decoding: $0, as: UTF8.self) == lowered }
        }
        return bracketWords.contains { w in
            w.count == word.count && zip(w, word).allSatisfy { $0 == ($1 >= 65 && $1 <= 90 ? $1 | 0x20 : $1) }
        }
    }
}
