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
            // Eight bytes at a time: most stretches hold no bracket and no space before an `a` or a `d`, the
            // only bytes `opensObfuscation` acts on. (Each mask has 0x80 in every byte equal to the pattern's.)
            if let base = b.baseAddress, n >= 9 {
                let raw = UnsafeRawPointer(base)
                @inline(__always) func equal(_ v: UInt64, _ byte: UInt8) -> UInt64 {
                    let x = v ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
                    let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
                    return ~(((x & low7) &+ low7) | x | low7)
                }
                while i + 9 <= n {
                    let v = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    let next = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i + 1, as: UInt64.self)) | 0x2020_2020_2020_2020
                    let spaced = equal(v, 0x20) & (equal(next, UInt8(ascii: "a")) | equal(next, UInt8(ascii: "d")))
                    let bracket = equal(v, UInt8(ascii: "(")) | equal(v, UInt8(ascii: "[")) | equal(v, UInt8(ascii: "{"))
                        | equal(v, UInt8(ascii: "<"))
                    if spaced | bracket != 0 {
                        for k in i..<(i + 8) where opensObfuscation(k) { return true }
                    }
                    i += 8
                }
            }
            while i < n {
                if opensObfuscation(i) { return true }
                i += 1
            }
            return spacedAt && spacedDot
        }
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
