import Foundation

/// Text made comparable for a lookup: lower case, accents gone. One fold in four named variants, each in the
/// form its callers' words and stored data are written in: `line` (the parser's lexicon), `contact` (contact
/// words and name keys), `date` (date words) and `search` (the search index's terms). All four lower ASCII
/// the same way and drop the combining accents U+0300–U+036F; each variant's comment says how it differs from
/// `line` and why it must. `FoldVariantsTests` holds them to that: where the comments say they agree (Latin
/// letters, quotes), they give the same bytes.
enum Fold {
    /// The variants, for callers that choose one by value.
    enum Variant: CaseIterable, Sendable { case line, contact, date, search }

    /// `text` folded by `variant` (for `search`, its word pieces joined by one space).
    static func fold(_ text: some StringProtocol, _ variant: Variant) -> String {
        switch variant {
        case .line: return line(text)
        case .contact: return contact(text)
        case .date: return date(Substring(text))
        case .search:
            return searchPieces(String(text)).map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
        }
    }

    // MARK: - line

    /// The parser's fold, the form its keyword tables and vocabularies are written in: lower-cased, the
    /// accents of Latin letters removed (U+00C0–U+024F decomposed, marks dropped), `‘` `’` as `'`, every
    /// run of ASCII whitespace one space and none at the ends. Computed on bytes by `LineFold`.
    static func line<S: StringProtocol>(_ s: S) -> String { LineFold.fold(s) }

    /// `line` of UTF-8 bytes.
    static func line(bytes: UnsafeBufferPointer<UInt8>) -> String { LineFold.fold(bytes: bytes) }

    /// `line(a + " " + b)` with `line(b)` already made (`LineFold.fold(_:joinedTo:foldedB:)`).
    static func line(_ a: String, joinedTo b: String, foldedB: String) -> String {
        LineFold.fold(a, joinedTo: b, foldedB: foldedB)
    }

    /// `line` scalar by scalar: the definition. `LineFold` computes the same on bytes, from tables made
    /// with this function, and calls it for scalars outside them.
    static func linePlain<S: StringProtocol>(_ s: S) -> String {
        var pendingSpace = false
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            if u.isASCII {
                let b = UInt8(u.value)
                if TextScan.isSpaceByte(b) { pendingSpace = !out.isEmpty; continue }
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.unicodeScalars.append(Unicode.Scalar(b >= 0x41 && b <= 0x5A ? b + 0x20 : b))
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out += lineScalar(u)
        }
        return out
    }

    /// Folded forms of the Latin letters with accents (computed once).
    private static let latinFolds: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        for v in UInt32(0xC0)...UInt32(0x24F) {
            guard let u = Unicode.Scalar(v) else { continue }
            let kept = String(u).decomposedStringWithCanonicalMapping.unicodeScalars.filter { !(0x300...0x36F).contains($0.value) }
            table[v] = String(String.UnicodeScalarView(kept)).lowercased()
        }
        return table
    }()

    /// One scalar beyond ASCII by the line variant.
    private static func lineScalar(_ u: Unicode.Scalar) -> String {
        if let f = latinFolds[u.value] { return f }
        if u.value == 0x2019 || u.value == 0x2018 { return "'" }
        if (0x300...0x36F).contains(u.value) { return "" }
        return String(u).lowercased()
    }

    // MARK: - contact

    /// The contact words' fold (`ContactVocabulary`'s lists, name keys, labels), so `Téléphone` and
    /// `telephone` compare equal. Differs from `line`: whitespace is left as it is (the callers cut words
    /// after folding, and a label's spacing is theirs to read), and beyond Latin every nonspacing mark goes
    /// (a name in Greek or Vietnamese keys without its accents). Why two: a contact's name key and the
    /// directory's merges are made from this form, so changing it would merge other contacts.
    static func contact(_ s: some StringProtocol) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.lowercased() }
        if let simple = s.utf8.withContiguousStorageIfAvailable(contactSimple), let folded = simple { return folded }
        return contactPlain(s)
    }

    /// `contact` character by character, the definition: decomposed, marks dropped, quotes unified, lower-cased.
    static func contactPlain(_ s: some StringProtocol) -> String {
        var out = ""
        for scalar in String(s).decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar == "\u{2019}" || scalar == "\u{2018}" { out.append("'"); continue }
            out.unicodeScalars.append(scalar)
        }
        return out.lowercased()
    }

    /// `contact` of a simple text (see `SimpleText`), on bytes; nil for any other. Decomposition, dropping marks
    /// and lower-casing all work scalar by scalar, and in a simple text no mark follows a scalar, so the fold
    /// is the folds of its scalars one after the other: ASCII lowered in place, any other scalar folded once
    /// (by `foldCharacters`, so the two cannot disagree) and remembered.
    private static func contactSimple(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        guard SimpleText.isSimple(b) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 {
                out.append(c >= 0x41 && c <= 0x5A ? c + 0x20 : c)
                i += 1
                continue
            }
            let (v, width) = TextScan.scalar(in: b, at: i)
            i += width
            out.append(contentsOf: contactScalar(v))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The folded bytes of the Latin-1 and Latin Extended-A scalars (U+0080 to U+017F), the letters beyond
    /// ASCII of the five languages; no lock, no shared state written while parsing.
    static let contactLatin: [[UInt8]] = contactLatinFolds.map { Array($0.utf8) }

    /// The same for the dashes, quotes, bullets and ellipsis of General Punctuation (U+2010 to U+202F), the marks
    /// of contact lines (`Jane Doe – Press Officer`): each was folded through Foundation, ~17 K instructions a
    /// line.
    static let contactPunctuation: [[UInt8]] = contactPunctuationFolds.map { Array($0.utf8) }

    /// `contactPlain` of each scalar from U+0080 to U+017F, written out: computing them through Foundation cost
    /// ~2 M instructions in the first release's contact block. `FoldVariantsTests` holds each to `contactPlain`.
    static let contactLatinFolds: [String] = [
        "\u{80}", "\u{81}", "\u{82}", "\u{83}", "\u{84}", "\u{85}", "\u{86}", "\u{87}", "\u{88}", "\u{89}", "\u{8A}", "\u{8B}", "\u{8C}", "\u{8D}", "\u{8E}", "\u{8F}",
        "\u{90}", "\u{91}", "\u{92}", "\u{93}", "\u{94}", "\u{95}", "\u{96}", "\u{97}", "\u{98}", "\u{99}", "\u{9A}", "\u{9B}", "\u{9C}", "\u{9D}", "\u{9E}", "\u{9F}",
        "\u{A0}", "\u{A1}", "\u{A2}", "\u{A3}", "\u{A4}", "\u{A5}", "\u{A6}", "\u{A7}", "\u{A8}", "\u{A9}", "\u{AA}", "\u{AB}", "\u{AC}", "\u{AD}", "\u{AE}", "\u{AF}",
        "\u{B0}", "\u{B1}", "\u{B2}", "\u{B3}", "\u{B4}", "\u{B5}", "\u{B6}", "\u{B7}", "\u{B8}", "\u{B9}", "\u{BA}", "\u{BB}", "\u{BC}", "\u{BD}", "\u{BE}", "\u{BF}",
        "a", "a", "a", "a", "a", "a", "\u{E6}", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "\u{F0}", "n", "o", "o", "o", "o", "o", "\u{D7}", "\u{F8}", "u", "u", "u", "u", "y", "\u{FE}", "\u{DF}",
        "a", "a", "a", "a", "a", "a", "\u{E6}", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "\u{F0}", "n", "o", "o", "o", "o", "o", "\u{F7}", "\u{F8}", "u", "u", "u", "u", "y", "\u{FE}", "y",
        "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
        "\u{111}", "\u{111}", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
        "g", "g", "g", "g", "h", "h", "\u{127}", "\u{127}", "i", "i", "i", "i", "i", "i", "i", "i",
        "i", "\u{131}", "\u{133}", "\u{133}", "j", "j", "k", "k", "\u{138}", "l", "l", "l", "l", "l", "l", "\u{140}",
        "\u{140}", "\u{142}", "\u{142}", "n", "n", "n", "n", "n", "n", "\u{149}", "\u{14B}", "\u{14B}", "o", "o", "o", "o",
        "o", "o", "\u{153}", "\u{153}", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
        "s", "s", "t", "t", "t", "t", "\u{167}", "\u{167}", "u", "u", "u", "u", "u", "u", "u", "u",
        "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "\u{17F}",
    ]

    /// `contactPlain` of each scalar from U+2010 to U+202F, written out (see `contactLatinFolds`).
    static let contactPunctuationFolds: [String] = [
        "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2016}", "\u{2017}", "'", "'", "\u{201A}", "\u{201B}", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}",
        "\u{2020}", "\u{2021}", "\u{2022}", "\u{2023}", "\u{2024}", "\u{2025}", "\u{2026}", "\u{2027}", "\u{2028}", "\u{2029}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{202F}",
    ]

    private static func contactScalar(_ v: UInt32) -> [UInt8] {
        if v >= 0x80 && v < 0x180 { return contactLatin[Int(v) - 0x80] }
        if !FastPaths.off, v >= 0x2010 && v < 0x2030 { return contactPunctuation[Int(v) - 0x2010] }
        return Unicode.Scalar(v).map { Array(contactPlain(String($0)).utf8) } ?? []
    }

    // MARK: - date

    /// The date words' fold (month and weekday names, the language guesser's words), one scalar at a time
    /// (a date word is cut first). Differs from `line`: only the letters of its table lose their accents,
    /// and `ß` `æ` `œ` are spelled out (`ss`, `ae`, `oe`) and `ø` is `o`; any other scalar is only lowered.
    /// Why two: the date reader's name tables and the language guesser's counts were written and measured in
    /// this form; a word that folds otherwise would be another month or no word at all.
    private static let dateLetters: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        let groups: [(String, String)] = [
            ("àáâãäåā", "a"), ("ç", "c"), ("èéêëē", "e"), ("ìíîïī", "i"), ("ñ", "n"),
            ("òóôõöø", "o"), ("ùúûüū", "u"), ("ýÿ", "y"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"),
            // Latin Extended-A, as Central and Eastern European month names print it (`května`, `października`,
            // `septembrie` with `ș` elsewhere in its line).
            ("ăą", "a"), ("ćč", "c"), ("ď", "d"), ("ěęė", "e"), ("ğ", "g"), ("ńň", "n"),
            ("ő", "o"), ("řŕ", "r"), ("śšşș", "s"), ("ťţț", "t"), ("ůűų", "u"), ("źżž", "z"),
        ]
        for (letters, plain) in groups {
            for ch in letters.unicodeScalars {
                table[ch.value] = plain
                for upper in ch.properties.uppercaseMapping.unicodeScalars where upper != ch {
                    table[upper.value] = plain
                }
            }
        }
        return table
    }()

    /// Appends the date fold of `s` to `out`.
    static func appendDate(_ s: Unicode.Scalar, to out: inout String) {
        if s.isASCII {
            out.unicodeScalars.append(Unicode.Scalar(UInt8(s.value) | ((s.value >= 0x41 && s.value <= 0x5A) ? 0x20 : 0)))
        } else if (0x300...0x36F).contains(s.value) {
            return  // a combining accent (decomposed text)
        } else if let plain = dateLetters[s.value] {
            out += plain
        } else {
            out += s.properties.lowercaseMapping
        }
    }

    /// `appendDate(_:to:)` on UTF-8 bytes.
    @inline(__always) static func appendDate(_ s: Unicode.Scalar, to out: inout [UInt8]) {
        if s.isASCII {
            let b = UInt8(s.value)
            out.append(ASCII.lowered(b))
        } else if (0x300...0x36F).contains(s.value) {
            return  // a combining accent (decomposed text)
        } else if let plain = dateLetters[s.value] {
            out.append(contentsOf: plain.utf8)
        } else {
            out.append(contentsOf: s.properties.lowercaseMapping.utf8)
        }
    }

    /// The date fold of `text`, scalar by scalar.
    static func date(_ text: Substring) -> String {
        var out = ""
        for s in text.unicodeScalars { appendDate(s, to: &out) }
        return out
    }

    /// The date fold of the scalars U+00C0–U+00FF (UTF-8 `C3 xx`) by their second byte, where it is one ASCII
    /// letter (0 elsewhere): the language guesser's byte path (`DateLanguage.tally`). Made from `appendDate`,
    /// so the two cannot disagree.
    static let dateLatin1: [UInt8] = (0x80..<0xC0).map { second -> UInt8 in
        var out: [UInt8] = []
        appendDate(Unicode.Scalar(UInt32(0xC0 + second - 0x80))!, to: &out)
        return out.count == 1 && ASCII.isLetter(out[0]) ? out[0] : 0
    }

    // MARK: - search

    /// The search's fold of one word (`Tokenizer`, the query parser, the highlighter): NFKD, case fold,
    /// combining marks stripped, `ß` `ẞ` as `ss`, `ſ` as `s`, final sigma as `σ`; split where folding produced
    /// a non-word character (`ﬁ` is `fi`, `½` is `1` and `2`). Differs from `line`: compatibility decomposition
    /// and the splits. Why two: the stored search index's terms are in this form (a byte changed here is a
    /// new index format, `InvertedIndex.storageVersion`), and the line fold's lexicon is in the other.
    static func searchPieces(_ word: String) -> [[UInt8]] {
        var folded = String.UnicodeScalarView()
        for scalar in word.decomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.canonicalCombiningClass != .notReordered { continue }
            switch scalar.value {
            case 0xDF, 0x1E9E: folded.append("s"); folded.append("s")  // ß, ẞ
            case 0x17F: folded.append("s")                              // ſ
            case 0x3C2: folded.append("\u{3C3}")                        // final sigma
            default:
                if scalar.properties.changesWhenLowercased {
                    // A lower-case mapping can bring a mark back (İ → i + dot) or need decomposing.
                    for l in scalar.properties.lowercaseMapping.decomposedStringWithCompatibilityMapping.unicodeScalars
                    where l.properties.canonicalCombiningClass == .notReordered {
                        folded.append(l)
                    }
                } else {
                    folded.append(scalar)
                }
            }
        }
        var pieces: [[UInt8]] = []
        var current: [UInt8] = []
        for scalar in folded {
            if isSearchWordCharacter(scalar) {
                current.append(contentsOf: String(scalar).utf8)
            } else if !current.isEmpty {
                pieces.append(current)
                current = []
            }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    /// The search's word characters: letters, digits (any numeric) and combining marks; `_` is not one.
    @inline(__always)
    static func isSearchWordCharacter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return ASCII.isLetterOrDigit(UInt8(truncatingIfNeeded: v)) }
        // Fast answers for the common non-ASCII characters (property look-ups are slow).
        if v >= 0xC0 && v < 0x250 { return v != 0xD7 && v != 0xF7 }  // Latin letters but × and ÷
        if v < 0xC0 {  // Latin-1 punctuation and symbols, but ª ² ³ µ ¹ º ¼ ½ ¾
            switch v {
            case 0xAA, 0xB2, 0xB3, 0xB5, 0xB9, 0xBA, 0xBC, 0xBD, 0xBE: return true
            default: return false
            }
        }
        if v >= 0x2000 && v < 0x2070 { return false }  // general punctuation: dashes, quotes, spaces
        let p = s.properties
        if p.isAlphabetic || p.numericType != nil { return true }
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
