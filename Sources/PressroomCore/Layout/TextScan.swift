/// Small, allocation-light string tests that layout recovery and field parsing share.
/// Plain scans over characters: no regular expressions (they are slow on Linux and this is a hot path).
enum TextScan {
    static func isSpace(_ c: Character) -> Bool { c == " " || c == "\t" || c == "\u{A0}" || c == "\u{2007}" || c == "\u{202F}" }

    /// `s` without leading and trailing whitespace.
    static func trim<S: StringProtocol>(_ s: S) -> String {
        guard let start = s.firstIndex(where: { !$0.isWhitespace }) else { return "" }
        guard let end = s.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(s[start...end])
    }

    /// `s` without trailing whitespace.
    static func rtrim<S: StringProtocol>(_ s: S) -> String {
        guard let end = s.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(s[...end])
    }

    /// Runs of whitespace collapsed to one space, trimmed.
    static func collapse<S: StringProtocol>(_ s: S) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for c in s {
            if c.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(c)
            }
        }
        return out
    }

    static func isBlank<S: StringProtocol>(_ s: S) -> Bool { s.allSatisfy(\.isWhitespace) }

    /// Number of leading spaces (tabs count as one).
    static func indent<S: StringProtocol>(_ s: S) -> Int {
        var n = 0
        for c in s { if c == " " || c == "\t" { n += 1 } else { break } }
        return n
    }

    /// The first whitespace-separated word.
    static func firstWord<S: StringProtocol>(_ s: S) -> Substring {
        let t = s.drop(while: { $0.isWhitespace })
        return Substring(t.prefix(while: { !$0.isWhitespace }))
    }

    /// The last whitespace-separated word.
    static func lastWord<S: StringProtocol>(_ s: S) -> Substring {
        var end = s.endIndex
        while end > s.startIndex {
            let p = s.index(before: end)
            if s[p].isWhitespace { end = p } else { break }
        }
        var start = end
        while start > s.startIndex {
            let p = s.index(before: start)
            if s[p].isWhitespace { break }
            start = p
        }
        return Substring(s[start..<end])
    }

    static let closingQuotes: Set<Character> = ["\"", "'", "”", "’", "»", "›", ")", "]", "*", "_"]
    static let openingQuotes: Set<Character> = ["\"", "'", "“", "‘", "«", "‹", "„", "‚", "(", "[", "¿", "¡"]

    /// The last character that is not whitespace, a closing quote or bracket.
    static func lastMeaningful<S: StringProtocol>(_ s: S) -> Character? {
        var i = s.endIndex
        while i > s.startIndex {
            i = s.index(before: i)
            let c = s[i]
            if c.isWhitespace || closingQuotes.contains(c) { continue }
            return c
        }
        return nil
    }

    /// The first character that is not whitespace, an opening quote or bracket.
    static func firstMeaningful<S: StringProtocol>(_ s: S) -> Character? {
        for c in s where !(c.isWhitespace || openingQuotes.contains(c)) { return c }
        return nil
    }

    /// True when the text ends a sentence (`.`, `!`, `?`, `…`, possibly inside closing quotes).
    static func endsSentence<S: StringProtocol>(_ s: S) -> Bool {
        guard let c = lastMeaningful(s) else { return false }
        return c == "." || c == "!" || c == "?" || c == "…"
    }

    static func startsLowercase<S: StringProtocol>(_ s: S) -> Bool {
        guard let c = s.first(where: { !$0.isWhitespace }) else { return false }
        return c.isLowercase
    }

    static func startsUppercaseOrQuote<S: StringProtocol>(_ s: S) -> Bool {
        guard let c = s.first(where: { !$0.isWhitespace }) else { return false }
        return c.isUppercase || openingQuotes.contains(c) || c.isNumber
    }

    /// At least two letters and none of them lower case.
    static func isAllCaps<S: StringProtocol>(_ s: S) -> Bool {
        var letters = 0
        for c in s where c.isLetter {
            if c.isLowercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    static func letterCount<S: StringProtocol>(_ s: S) -> Int { s.reduce(0) { $0 + ($1.isLetter ? 1 : 0) } }
    static func digitCount<S: StringProtocol>(_ s: S) -> Int { s.reduce(0) { $0 + ($1.isNumber ? 1 : 0) } }

    /// Lower-cased, accents removed, whitespace collapsed: the form keyword tables are written in.
    static func fold<S: StringProtocol>(_ s: S) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for c in s {
            if c.isWhitespace { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(" "); pendingSpace = false }
            if c.isASCII {
                out.append(Character(c.lowercased()))
                continue
            }
            for u in String(c).decomposedStringWithCanonicalMapping.unicodeScalars
            where !(0x300...0x36F).contains(u.value) {
                out.append(contentsOf: String(u).lowercased())
            }
        }
        return out
    }

    /// Printed cells of a `pdftotext -layout` line: text separated by runs of three or more spaces.
    static func cells<S: StringProtocol>(_ s: S) -> [String] {
        var out: [String] = []
        var current = ""
        var spaces = 0
        for c in s {
            if c == " " || c == "\t" {
                spaces += 1
                continue
            }
            if spaces >= 3, !current.isEmpty {
                out.append(current)
                current = ""
            } else if spaces > 0, !current.isEmpty {
                current.append(contentsOf: String(repeating: " ", count: spaces))
            }
            spaces = 0
            current.append(c)
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// True when `s` is an e-mail-like or web-address-like token.
    static func isAddressToken<S: StringProtocol>(_ s: S) -> Bool {
        let l = s.lowercased()
        if l.hasPrefix("http://") || l.hasPrefix("https://") || l.hasPrefix("www.") || l.hasPrefix("mailto:") { return true }
        return l.contains("@") && l.contains(".")
    }
}
