import Foundation

// The two markdown strippers, in one place. They are two on purpose, with different outputs:
// - `ReleaseLexicon.stripMarkup` (headings): the `#` marks and an emphasis wrapping the whole line
//   (`**About Us**`), nothing else, so that a heading's words compare with the vocabularies and a line with
//   inner emphasis or a link is left as printed;
// - `ContactVocabulary.stripMarkdown` (contact lines): also a bullet or quote mark, every `**`/`__`, trailing
//   hard breaks, and `[text](url)` turned into `text url`, so that a contact's name, address and e-mail can be
//   read from a markdown line.
// One for both would change the fields parsed from markdown releases (`- **Press:** [Jane](mailto:…)`).

extension ReleaseLexicon {
    /// `TextScan.trim(stripMarkup(line))`: a line without markup is trimmed once (trimming is idempotent).
    static func stripMarkupTrimmed(_ line: String) -> String {
        let t = TextScan.trim(line)
        guard let b = t.utf8.first, b == 0x23 || b == 0x2A || b == 0x5F else { return t }
        return TextScan.trim(stripMarkup(line))
    }

    /// `line` without markdown emphasis and heading markers.
    static func stripMarkup(_ line: String) -> String {
        var t = TextScan.trim(line)
        guard let b = t.utf8.first, b == 0x23 || b == 0x2A || b == 0x5F else { return t }
        while t.hasPrefix("#") { t.removeFirst() }
        t = TextScan.trim(t)
        for m in ["**", "__", "*", "_"] where t.utf8.count > 2 * m.utf8.count && t.hasPrefix(m) && t.hasSuffix(m) {
            t = String(t.dropFirst(m.count).dropLast(m.count))
            break
        }
        return t
    }
}

extension ContactVocabulary {
    /// The line without markdown markers: `#` heading marks, `**`/`__` emphasis, a `- ` bullet, a `>`
    /// quote mark, trailing hard-break spaces or backslash, and `[text](url)` links turned into `text url`.
    static func stripMarkdown(_ line: String) -> String {
        if !mayHoldMarkdown(line) { return line }
        var t = Substring(line)
        while let last = t.last, last == " " || last == "\\" || last == "\t" { t.removeLast() }
        var lead = t.prefix(while: { $0 == " " })
        var body = t.dropFirst(lead.count)
        if body.hasPrefix("#") {
            body = body.drop(while: { $0 == "#" })
            body = body.drop(while: { $0 == " " })
            lead = ""
        } else if body.hasPrefix("> ") {
            body = body.dropFirst(2)
        } else if body.hasPrefix("- ") || body.hasPrefix("* ") || body.hasPrefix("• ") || body.hasPrefix("+ ") {
            // A list item; `+ 44 …` is not one (a country code with a space).
            if !(body.hasPrefix("+ ") && body.dropFirst(2).first?.isNumber == true) { body = body.dropFirst(2) }
        }
        var out = String(lead) + String(body)
        var stars = false
        var underscores = false
        var bracket = false
        for b in out.utf8 {
            if b == UInt8(ascii: "*") { stars = true } else if b == UInt8(ascii: "_") { underscores = true } else if b == UInt8(ascii: "]") { bracket = true }
        }
        if stars { out = out.replacingOccurrences(of: "**", with: "") }
        if underscores { out = out.replacingOccurrences(of: "__", with: "") }
        if bracket, out.contains("](") { out = unlinkMarkdown(out) }
        return out
    }

    /// A fast test on bytes: false when `line` cannot change in `stripMarkdown` (no trailing space, tab or
    /// backslash; no `*`, `_` or `]`; no `#`, `>`, `-`, `+` or `•` opening it past its spaces).
    private static func mayHoldMarkdown(_ line: String) -> Bool {
        var copy = line
        return copy.withUTF8 { b -> Bool in
            guard let last = b.last else { return false }
            if last == 0x20 || last == 0x09 || last == UInt8(ascii: "\\") { return true }
            var first: UInt8 = 0
            for c in b where c != 0x20 { first = c; break }
            if first == UInt8(ascii: "#") || first == UInt8(ascii: ">") || first == UInt8(ascii: "-") || first == UInt8(ascii: "*")
                || first == UInt8(ascii: "+") || first == 0xE2 { return true }
            // Three memchr scans cost less than one loop testing each byte three times.
            guard let base = b.baseAddress else { return false }
            return memchr(base, Int32(UInt8(ascii: "*")), b.count) != nil || memchr(base, Int32(UInt8(ascii: "_")), b.count) != nil
                || memchr(base, Int32(UInt8(ascii: "]")), b.count) != nil
        }
    }

    /// `[Jane Doe](mailto:jane@x.org)` → `Jane Doe jane@x.org`; `[www.x.org](http://www.x.org)` → `www.x.org`.
    private static func unlinkMarkdown(_ s: String) -> String {
        var out = ""
        var rest = Substring(s)
        while let open = rest.firstIndex(of: "["),
              let close = rest[open...].firstIndex(of: "]"),
              rest.index(after: close) < rest.endIndex, rest[rest.index(after: close)] == "(",
              let end = rest[close...].firstIndex(of: ")") {
            out += rest[..<open]
            let text = rest[rest.index(after: open)..<close]
            var target = rest[rest.index(close, offsetBy: 2)..<end]
            if target.lowercased().hasPrefix("mailto:") { target = target.dropFirst(7) }
            out += text
            let plainText = text.lowercased()
            let plainTarget = target.lowercased()
            if !plainTarget.hasSuffix(plainText) && !plainText.hasSuffix(plainTarget)
                && !plainTarget.replacingOccurrences(of: "http://", with: "").replacingOccurrences(of: "https://", with: "")
                    .trimmed("/").hasSuffix(plainText) {
                out += " " + target
            }
            rest = rest[rest.index(after: end)...]
        }
        return out + rest
    }
}
