import Foundation

/// Phone numbers as the record keeps them: E.164 (`+263788087050`) where a country code is printed,
/// else the printed digits (`(617) 555-0142` → `6175550142`).
public enum PhoneNumber {
    /// One number found in a line, with what was printed around it.
    public struct Found: Hashable, Sendable {
        /// The number as printed, without its label or extension (`+44 (0)20 7946 0381`).
        public var printed: String
        /// The label printed just before the number (`Tel`, `Fax`, `WhatsApp`, `Mob.`), if any.
        public var label: String?
        /// The extension printed after the number (`214` from `ext. 214`), if any.
        public var extensionNumber: String?
        /// E.164 where a country code is printed, else the printed digits.
        public var normalized: String
        /// True when the label says fax (and not also telephone): such a number is not a phone.
        public var isFax: Bool
        /// True when the text is unmistakably a phone number (an international prefix, a phone label, an
        /// area code in parentheses, a trunk 0 and nine or more digits), not just a long number.
        public var isCertain: Bool
        /// Where the number (with its extension, without its label) stands, in Unicode scalars of the line.
        public var scalarRange: Range<Int>
    }

    /// E.164 when a country code is printed, else the printed digits; nil when `printed` holds no number.
    ///
    /// `(0)` and a lone trunk 0 after the country code are dropped, except where the 0 belongs to the
    /// number (`+39 06 …`); a `00` international prefix becomes `+`; an extension is split off.
    public static func normalize(_ printed: String) -> String? {
        find(in: printed, lenient: true).first?.normalized
    }

    /// The extension printed with a number (`ext. 214`, `x23`, `poste 2`, `Durchwahl 12`), if any.
    public static func extensionNumber(_ printed: String) -> String? {
        find(in: printed, lenient: true).first?.extensionNumber
    }

    /// The normalised phone numbers in `line`, fax numbers left out, in order, without repeats.
    public static func phones(in line: String) -> [String] {
        var seen = Set<String>()
        return find(in: line).filter { !$0.isFax }.map(\.normalized).filter { seen.insert($0).inserted }
    }

    /// Every phone or fax number printed in `line`, in order, with its label.
    ///
    /// Dates (`14.11.2023`, `2024-11-14`), year ranges (`2019-2023`), amounts with thousands separators
    /// (`61.240`, `1 450 000`) and short numbers are not phone numbers. `lenient` accepts any run of
    /// five or more digits (for text already known to be a phone number).
    public static func find(in line: String, lenient: Bool = false) -> [Found] {
        // Every number holds a digit: a line without one (most prose) costs one pass over its bytes.
        guard TextScan.withBytes(line, { b in b.contains { $0 >= 48 && $0 <= 57 } }) else { return [] }
        return find(scalars: Array(line.unicodeScalars), lenient: lenient)
    }

    /// `find(in:)` for a line already cut into scalars.
    static func find(scalars s: [Unicode.Scalar], lenient: Bool = false) -> [Found] {
        var out: [Found] = []
        var i = 0
        while i < s.count {
            // Only `+`, `(` or a digit opens a number: the rest is passed over here, without a call.
            let c = s[i].value
            guard c == 0x2B || c == 0x28 || (c >= 48 && c <= 57), startsNumber(s, i) else { i += 1; continue }
            let end = scanNumber(s, from: i)
            guard end > i, var found = classify(s, i..<end, lenient: lenient) else {
                i = max(end, i + 1)
                continue
            }
            let (extEnd, ext) = scanExtension(s, from: end)
            found.extensionNumber = ext
            found.scalarRange = i..<extEnd
            out.append(found)
            i = extEnd
        }
        return out
    }

    // MARK: - Scanning

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    /// (In ASCII, the alphabetic scalars are exactly `A`–`Z` and `a`–`z`: no property lookup for them.)
    private static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A }
        return c.properties.isAlphabetic
    }

    /// A number starts at `+digit`, `(digit`, `(+digit` or a digit that is not inside a word or a decimal.
    private static func startsNumber(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        let c = s[i]
        // Only `+`, `(` or a digit opens a number: look no further at any other scalar.
        guard c == "+" || c == "(" || isDigit(c) else { return false }
        let next: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
        if i > 0 {
            let p = s[i - 1]
            if isLetter(p) || isDigit(p) { return false }
            switch p {
            case ".", "_", "@", "/", "#", "=", "&", "%", "$", "€", "£", "+", "-": return false
            default: break
            }
        }
        switch c {
        case "+": return next.map(isDigit) ?? false
        case "(": return next.map { isDigit($0) || $0 == "+" } ?? false
        default: return isDigit(c)
        }
    }

    /// The end of the number that starts at `start`: digits joined by single separators
    /// (space, `-`, `.`, `/` between digits, parentheses).
    private static func scanNumber(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var j = start
        var lastGood = start
        var depth = 0
        if s[j] == "+" { j += 1 }
        while j < s.count {
            let c = s[j]
            let prev: Unicode.Scalar? = j > start ? s[j - 1] : nil
            let next: Unicode.Scalar? = j + 1 < s.count ? s[j + 1] : nil
            if isDigit(c) {
                j += 1
                lastGood = j
            } else if c == "(" {
                guard depth == 0, let n = next, isDigit(n) || n == "+" else { break }
                depth += 1
                j += 1
            } else if c == "+", j == start + 1, s[start] == "(", let n = next, isDigit(n) {
                // `(+1) 248 525 2499`, `(+44) 20 7946 0381`: the calling code printed in brackets of its own.
                j += 1
            } else if c == ")" {
                guard depth > 0, let p = prev, isDigit(p) else { break }
                depth -= 1
                j += 1
                lastGood = j
            } else if c == "-" || c == "." || c == "\u{2010}" || c == "\u{2011}" {
                // `027- 295-6202`: a number hard-wrapped after its first group's hyphen, its lines joined with a
                // space; six digits or more follow, and no letter touches them (`5000- 8am`, `- 24 hours`).
                if c == "-", next == " ", (2...4).contains(j - start), s[start..<j].allSatisfy(isDigit),
                   j + 2 < s.count, isDigit(s[j + 2]) {
                    var k = j + 2, digits = 0
                    while k < s.count, isDigit(s[k]) || ((s[k] == "-" || s[k] == " " || s[k] == ".") && k + 1 < s.count && isDigit(s[k + 1])) {
                        if isDigit(s[k]) { digits += 1 }
                        k += 1
                    }
                    if digits >= 6, !(k < s.count && isLetter(s[k])) {
                        j += 2
                        continue
                    }
                }
                guard let p = prev, isDigit(p) || p == ")", let n = next, isDigit(n) || n == "(" else { break }
                j += 1
            } else if c == "/" {
                guard let p = prev, isDigit(p), let n = next, isDigit(n) else { break }
                j += 1
            } else if c == " " {
                guard let p = prev, isDigit(p) || p == ")" else { break }
                var k = j
                while k < s.count, s[k] == " ", k - j < 2 { k += 1 }
                guard k < s.count, isDigit(s[k]) || (s[k] == "(" && depth == 0) else { break }
                j = k
            } else {
                break
            }
        }
        // An opening parenthesis that never closed is not part of the number: `(tel 020 …`.
        if depth > 0, s[start] == "(" { return lastGood }
        return lastGood
    }

    private static func classify(_ s: [Unicode.Scalar], _ r: Range<Int>, lenient: Bool) -> Found? {
        var lo = r.lowerBound
        // An unbalanced leading parenthesis: `(+44 20 7946 0000` inside a sentence in brackets.
        if s[lo] == "(" {
            var depth = 0
            for k in r { if s[k] == "(" { depth += 1 } else if s[k] == ")" { depth -= 1 } }
            if depth > 0 { lo += 1 }
        }
        let hi = r.upperBound
        // The scanner only takes digits, `+`, brackets, spaces, `-`, `.`, `/` and the Unicode hyphens, each
        // a character of its own: the groups are read on scalars, without building characters.
        var digits: [UInt8] = []
        digits.reserveCapacity(hi - lo)
        var groups: [Int] = []           // digits in each group
        var separators: [Unicode.Scalar] = []
        groups.reserveCapacity(8)
        separators.reserveCapacity(8)
        var current = 0
        var hasParen = false
        for k in lo..<hi {
            let c = s[k]
            if isDigit(c) {
                digits.append(UInt8(c.value))
                current += 1
            } else {
                if c == "(" || c == ")" { hasParen = true }
                if current > 0 {
                    groups.append(current)
                    current = 0
                    if c != "(" && c != ")" { separators.append(c) }
                }
            }
        }
        if current > 0 { groups.append(current) }
        let digitCount = digits.count

        guard digitCount >= 5, digitCount <= 17 else { return nil }
        let plus = s[lo] == "+" || (s[lo] == "(" && lo + 1 < hi && s[lo + 1] == "+")
        let doubleZero = !plus && hi - lo >= 2 && s[lo] == "0" && s[lo + 1] == "0" && !(hi - lo >= 3 && s[lo + 2] == "0")
        let label = labelBefore(s, lo)
        let labelKind = label.map(ContactVocabulary.phoneLabelKind) ?? .none

        if !plus && !hasParen {
            if looksLikeDate(groups, separators) || looksLikeYearRange(groups, digits, separators) { return nil }
            // `942 000 318` is a Spanish number, not 942 million: three groups of three digits split by
            // spaces read as a phone (never a certain one).
            let spacedNine = groups == [3, 3, 3] && separators.allSatisfy { $0 == " " }
            if labelKind == .none && !lenient && !spacedNine && looksLikeAmount(groups, digits, separators) { return nil }
        }

        let intlCode = doubleZero ? CountryCallingCodes.code(prefixing: digits.dropFirst(2)) : nil
        let certain = (plus && digitCount >= 7)
            || (intlCode != nil && digitCount >= 9)
            || labelKind != .none
            || (hasParen && digitCount >= 9)
            || (digits[0] == UInt8(ascii: "0") && digitCount >= 9 && groups.count >= 2)
        if !certain && !lenient && digitCount < 7 { return nil }
        if !certain && !lenient && digitCount > 13 { return nil }
        if doubleZero && intlCode == nil && !lenient && labelKind == .none { return nil }

        let normalized = plus || (doubleZero && intlCode != nil)
            ? international(s, lo..<hi, doubleZero: !plus)
            : String(decoding: digits, as: UTF8.self)
        return Found(printed: string(s, lo..<hi), label: label, extensionNumber: nil,
                     normalized: normalized,
                     isFax: labelKind == .fax, isCertain: certain, scalarRange: r)
    }

    /// The scalars `s[r]` as a string, built on bytes.
    static func string(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(r.count)
        for k in r {
            let c = s[k]
            if c.value < 0x80 { bytes.append(UInt8(c.value)) } else { bytes.append(contentsOf: c.utf8) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `d.m.yyyy`, `dd/mm/yy`, `yyyy-mm-dd`.
    private static func looksLikeDate(_ n: [Int], _ seps: [Unicode.Scalar]) -> Bool {
        guard n.count == 3, seps.allSatisfy({ $0 == "." || $0 == "-" || $0 == "/" }) else { return false }
        return (n[0] <= 2 && n[1] <= 2 && (n[2] == 2 || n[2] == 4)) || (n[0] == 4 && n[1] <= 2 && n[2] <= 2)
    }

    /// `2019-2023`, `1998/99`.
    private static func looksLikeYearRange(_ n: [Int], _ digits: [UInt8], _ seps: [Unicode.Scalar]) -> Bool {
        guard n.count == 2, n[0] == 4, n[1] == 4 || n[1] == 2,
              seps.allSatisfy({ $0 == "-" || $0 == "/" }) else { return false }
        return digits[0] == UInt8(ascii: "1") && digits[1] == UInt8(ascii: "9")
            || digits[0] == UInt8(ascii: "2") && digits[1] == UInt8(ascii: "0")
    }

    /// `61.240`, `1,840`, `1 450 000`: a first group of one to three digits, then groups of three.
    private static func looksLikeAmount(_ n: [Int], _ digits: [UInt8], _ seps: [Unicode.Scalar]) -> Bool {
        guard n.count >= 2, n[0] <= 3, digits[0] != UInt8(ascii: "0"),
              n.dropFirst().allSatisfy({ $0 == 3 }),
              let sep = seps.first, sep == " " || sep == "." || sep == ",", seps.allSatisfy({ $0 == sep }) else { return false }
        return true
    }

    /// The label word printed just before a number (`Tel:`, `Mob.`, `WhatsApp`, `Tel./Fax:`), if any.
    private static func labelBefore(_ s: [Unicode.Scalar], _ start: Int) -> String? {
        var k = start - 1
        while k >= 0, s[k] == " " { k -= 1 }
        if k >= 0, s[k] == ":" || s[k] == "." { k -= 1 }
        while k >= 0, s[k] == " " { k -= 1 }
        let end = k + 1
        func isLabelCharacter(_ c: Unicode.Scalar) -> Bool { isLetter(c) || c == "." || c == "/" || c == "-" || c == "&" }
        while k >= 0, isLabelCharacter(s[k]) { k -= 1 }
        guard end > k + 1 else { return nil }
        let word = string(s, (k + 1)..<end)
        // Two-word labels: `Direct line`, `Mobile phone`, `Tel. fixe`.
        if k >= 1, s[k] == " ", isLetter(s[k - 1]) {
            var w = k - 1
            while w >= 0, isLabelCharacter(s[w]) { w -= 1 }
            let pair = string(s, (w + 1)..<end)
            if ContactVocabulary.phoneLabelKind(pair) != .none { return pair }
        }
        return ContactVocabulary.phoneLabelKind(word) == .none ? nil : word
    }

    /// After a number: `, ext. 214`, ` x23`, ` poste 2`, ` Durchwahl 12`, ` #4`.
    private static func scanExtension(_ s: [Unicode.Scalar], from end: Int) -> (Int, String?) {
        var k = end
        while k < s.count, s[k] == " " || s[k] == "," || s[k] == ";" || s[k] == "(" { k += 1 }
        var w = k
        while w < s.count, isLetter(s[w]) || s[w] == "#" { w += 1 }
        guard w > k else { return (end, nil) }
        let word = string(s, k..<w).lowercased()
        guard ContactVocabulary.extensionWords.contains(word) else { return (end, nil) }
        var d = w
        while d < s.count, s[d] == " " || s[d] == "." || s[d] == ":" { d += 1 }
        let digitsStart = d
        while d < s.count, isDigit(s[d]) { d += 1 }
        guard d > digitsStart, d - digitsStart <= 6 else { return (end, nil) }
        // `x` alone is an extension only when it touches the number or its digits: `x23`, `x 23`.
        var close = d
        if close < s.count, s[close] == ")", s[..<k].contains("(") { close += 1 }
        return (close, string(s, digitsStart..<d))
    }

    // MARK: - Normalising

    /// E.164 for a `+…` or `00…` number printed in `s[r]` (dropping `(0)` and a lone trunk 0 where it is
    /// not part of the number).
    private static func international(_ s: [Unicode.Scalar], _ r: Range<Int>, doubleZero: Bool) -> String {
        var digits: [UInt8] = []
        digits.reserveCapacity(r.count)
        var parenZeroAt: Int? = nil
        var i = r.lowerBound
        var skippedPrefix = 0
        while i < r.upperBound {
            let c = s[i]
            if c == "(", i + 2 < r.upperBound, s[i + 1] == "0", s[i + 2] == ")" {
                parenZeroAt = digits.count
                i += 3
                continue
            }
            if isDigit(c) {
                if doubleZero && skippedPrefix < 2 { skippedPrefix += 1 } else { digits.append(UInt8(c.value)) }
            }
            i += 1
        }
        // Built as bytes, one string at the end.
        var out: [UInt8] = []
        out.reserveCapacity(digits.count + 2)
        out.append(UInt8(ascii: "+"))
        guard let code = CountryCallingCodes.codePrefix(digits[...]) else {
            out += digits
            return String(decoding: out, as: UTF8.self)
        }
        out += digits[..<code.length]
        var national = digits.dropFirst(code.length)
        let keepsZero = CountryCallingCodes.keepsLeadingZero(code.value)
        if let at = parenZeroAt, at == code.length {
            if keepsZero { out.append(UInt8(ascii: "0")) }
        } else if national.first == UInt8(ascii: "0"), !keepsZero {
            national = national.dropFirst()
        }
        out += national
        return String(decoding: out, as: UTF8.self)
    }
}
