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
            for i in 0..<n {
                let c = b[i]
                if c == UInt8(ascii: " ") {
                    if lower(i + 1) == UInt8(ascii: "a"), lower(i + 2) == UInt8(ascii: "t"), b.count > i + 3, b[i + 3] == UInt8(ascii: " ") {
                        spacedAt = true
                    }
                    if lower(i + 1) == UInt8(ascii: "d"), lower(i + 2) == UInt8(ascii: "o"), lower(i + 3) == UInt8(ascii: "t"),
                       b.count > i + 4, b[i + 4] == UInt8(ascii: " ") {
                        spacedDot = true
                    }
                    continue
                }
                // Most bytes open no bracket.
                guard c == UInt8(ascii: "(") || c == UInt8(ascii: "[") || c == UInt8(ascii: "{") || c == UInt8(ascii: "<") else { continue }
                var k = i + 1
                while k < n, b[k] == UInt8(ascii: " ") { k += 1 }
                let wordStart = k
                while k < n, b[k] != UInt8(ascii: " "), !isClose(b[k]), k - wordStart < 8 { k += 1 }
                // Only a word of one to seven bytes followed by a closing bracket is worth a look.
                guard k > wordStart, k - wordStart < 8 else { continue }
                var close = k
                while close < n, b[close] == UInt8(ascii: " ") { close += 1 }
                guard close < n, isClose(b[close]) else { continue }
                if isBracketWord(UnsafeBufferPointer(rebasing: b[wordStart..<k])) { return true }
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
