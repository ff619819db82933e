import Foundation

/// The shape of a contact line, as the layout, the segmenter and the contact parser each ask about it:
/// a label with its value, or a phone number or e-mail address with little text around it; a line of link
/// annotations; an address broken at a line end. These read only the vocabularies and recognisers below
/// them (`ContactVocabulary`, `PhoneNumber`, `LinkExtractor`), so layout recovery can ask without
/// reaching up into contact parsing.
enum ContactLineShape {
    /// Whether a line looks like part of a contact block: a contact label with its value (`Tel: …`,
    /// `Email: …`, `Name: …`), or a phone number or e-mail address with little text around it (a name,
    /// a job title). A body sentence that mentions a year, an amount or a web address is not one; nor
    /// is a heading (see `isContactHeading`) or a line of link annotations (`mailto:…` alone).
    static func isContactLine(_ line: String) -> Bool {
        let hints = contactHints(line)
        guard hints.any else { return false }
        let text = ContactVocabulary.stripMarkdown(line).trimmed()
        // (No more characters than bytes: most lines need no count.)
        let short = text.utf8.count <= 240 || text.count <= 240
        guard !text.isEmpty, short, !isAnnotation(text) else { return false }

        // `Tel: …`, `E-mail: …`, `Name: …`, `Title: …`.
        if let colon = SimpleText.firstIndex(ofASCII: UInt8(ascii: ":"), in: text), text.distance(from: text.startIndex, to: colon) <= 24 {
            let label = text[..<colon]
            let value = text[text.index(after: colon)...].trimmed()
            if !value.isEmpty, let kind = ContactVocabulary.fieldLabel(label) {
                switch kind {
                case .phone, .fax: return !PhoneNumber.find(in: value, lenient: true).isEmpty
                case .email: return !LinkExtractor.emails(in: value).isEmpty
                case .name, .role, .organization: return (value.utf8.count <= 80 || value.count <= 80) && !value.hasSuffix(".")
                case .web, .social: return false
                }
            }
        }

        guard hints.address || hints.digits else { return false }
        let deobfuscated = EmailDeobfuscation.deobfuscated(text)
        let phones = PhoneNumber.find(in: deobfuscated).filter(\.isCertain)
        let emails = LinkExtractor.find(in: deobfuscated).filter { $0.kind == .email }
        guard !phones.isEmpty || !emails.isEmpty else { return false }
        // A sentence that gives both a number and an address is a contact sentence:
        // `For more information, please contact Jane Doe, Head of Policy, on +44 … or at jane@….`
        if !phones.isEmpty && !emails.isEmpty && short { return true }
        // What is left must be short and read like a name or a title, not a sentence.
        var scalars = Array(deobfuscated.unicodeScalars)
        for p in phones { for k in p.scalarRange { scalars[k] = " " } }
        var utf8Offset = 0
        var emailIndex = 0
        for k in scalars.indices {
            let width = scalars[k].utf8.count
            while emailIndex < emails.count, emails[emailIndex].utf8Range.upperBound <= utf8Offset { emailIndex += 1 }
            if emailIndex < emails.count, emails[emailIndex].utf8Range.contains(utf8Offset) { scalars[k] = " " }
            utf8Offset += width
        }
        var words = 0
        var lowercase = 0
        if SimpleText.isSimple(deobfuscated) {
            // Every scalar is a character: words and their first letters read on scalars, no string built.
            var k = 0
            while k < scalars.count {
                if scalars[k] == " " { k += 1; continue }
                var first: Unicode.Scalar? = nil
                while k < scalars.count, scalars[k] != " " {
                    if first == nil, SimpleText.isLetter(scalars[k]) { first = scalars[k] }
                    k += 1
                }
                guard let f = first else { continue }
                words += 1
                if SimpleText.isLowercase(f) { lowercase += 1 }
            }
        } else {
            for word in String(String.UnicodeScalarView(scalars)).split(separator: " ") {
                guard let first = word.first(where: \.isLetter) else { continue }
                words += 1
                if first.isLowercase { lowercase += 1 }
            }
        }
        return words <= 12 && lowercase <= 3
    }

    /// What a fast pass over the bytes saw: an `@` or a bracket (for `[at]`), a colon near the start
    /// (a label), a run of five or more digits joined by single separators (a phone number, not a year
    /// or an amount).
    struct Hints {
        var address = false
        var label = false
        var digits = false
        var any: Bool { address || label || digits }
    }

    static func contactHints(_ line: String) -> Hints {
        var copy = line
        return copy.withUTF8 { contactHints($0) }
    }

    private static func contactHints(_ bytes: UnsafeBufferPointer<UInt8>) -> Hints {
        var hints = Hints()
        var digits = 0
        var separators = 0
        var index = 0
        var p1: UInt8 = 0
        var p2: UInt8 = 0
        for b in bytes {
            if b == UInt8(ascii: "@") || b == UInt8(ascii: "[") || b == UInt8(ascii: "{") { hints.address = true }
            if b == UInt8(ascii: ":"), index <= 30 { hints.label = true }
            // `(at)`.
            if b == UInt8(ascii: ")"), p1 | 0x20 == UInt8(ascii: "t"), p2 | 0x20 == UInt8(ascii: "a") { hints.address = true }
            if b >= 48 && b <= 57 {
                digits += 1
                separators = 0
                if digits >= 5 { hints.digits = true }
            } else if (digits > 0 || b == UInt8(ascii: "+") || b == UInt8(ascii: "(")) && separators < 2
                        && (b == 32 || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "/")
                            || b == UInt8(ascii: "(") || b == UInt8(ascii: ")") || b == UInt8(ascii: "+")) {
                separators += 1
            } else {
                digits = 0
                separators = 0
            }
            p2 = p1
            p1 = b
            index += 1
        }
        return hints
    }

    private static let annotationPrefixes: [[UInt8]] = ["mailto:", "http://", "https://"].map { Array($0.utf8) }

    /// A line of link annotations only: `mailto:jane@x.org`, `http://www.x.org/`.
    static func isAnnotation(_ t: String) -> Bool {
        guard let first = t.utf8.first, first | 0x20 == UInt8(ascii: "m") || first | 0x20 == UInt8(ascii: "h") else {
            return false
        }
        // The first token must open with one of the prefixes, byte for byte (no other scalar lower-cases to
        // these ASCII letters).
        guard SimpleText.hasASCIIPrefix(t, anyOf: annotationPrefixes) else { return false }
        let tokens = t.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard !tokens.isEmpty else { return false }
        return tokens.allSatisfy { tok in
            let l = tok.lowercased()
            return l.hasPrefix("mailto:") || l.hasPrefix("http://") || l.hasPrefix("https://")
        }
    }

    /// Whether `line` ends in an e-mail or web address broken after a hyphen (`name@org-`, `www.org-`).
    static func endsInCutAddress(_ line: String) -> Bool {
        let s = line.trimmed()
        guard s.hasSuffix("-"), let word = s.split(separator: " ").last, word.count > 2 else { return false }
        return TextScan.hasByte(word, 0x40) || word.hasPrefix("www.") || TextScan.has(word, "://")
    }
}
