/// A date found in a line of text.
public struct DateMatch: Hashable, Sendable {
    /// `YYYY-MM-DD`.
    public var iso: String
    /// Where the date expression is in the line it was found in. It covers a leading weekday and a
    /// French/Spanish article (`le 12 mars 2024`, `Tuesday, 14 November 2023`), so that the text before
    /// it is what precedes the date (a dateline's place, a `Date:` label).
    public var range: Range<String.Index>
    /// Set when the reading was a guess (`date 03/04/2024 read as 3 April 2024 (day first)`).
    public var warning: String?

    public init(iso: String, range: Range<String.Index>, warning: String? = nil) {
        self.iso = iso
        self.range = range
        self.warning = warning
    }
}

/// What the rest of a document says about how to read numeric dates.
public struct DateHints: Hashable, Sendable {
    /// true: month/day (US); false: day/month; nil: no evidence (read day-first, with a warning).
    public var monthFirst: Bool?
    /// The document's language as far as its common words tell (`en`, `fr`, `es`, `pt`, `de`), or nil.
    public var language: String?

    public init(monthFirst: Bool? = nil, language: String? = nil) {
        self.monthFirst = monthFirst
        self.language = language
    }

    /// Evidence from the whole document, strongest first: numeric dates that can be read only one way
    /// (`17/04/2024`, `5/23/2024`); a US dateline (`BOSTON, Mass.`, `AUSTIN, Texas`); a language other
    /// than English (day-first); in English, the order of the dates written with month names
    /// (`14 May 2023` against `May 14, 2023`); British spellings (day-first).
    ///
    /// The order is only looked for when the document prints a numeric date that can be read both ways
    /// (`03/04/2024`); otherwise `monthFirst` says only what the language says (it cannot matter).
    /// Fast: one pass over the bytes for numeric dates, the rest over the first few kilobytes.
    public static func infer(from text: String) -> DateHints {
        var text = text
        return text.withUTF8 { all in
            let head = UnsafeBufferPointer(rebasing: all.prefix(headBytes))
            var hints = DateHints()
            let words = DateLanguage.scan(head)
            hints.language = words.language
            let numeric = NumericDateScan.evidence(in: all)
            if numeric.dayFirst != numeric.monthFirst {
                hints.monthFirst = numeric.monthFirst > numeric.dayFirst
                return hints
            }
            if let language = hints.language, language != "en" {
                hints.monthFirst = false
                return hints
            }
            guard numeric.ambiguous > 0 else { return hints }
            if USDateline.present(in: head) {
                hints.monthFirst = true
                return hints
            }
            let order = TextualDateOrder.count(in: head)
            if order.dayFirst != order.monthFirst {
                hints.monthFirst = order.monthFirst > order.dayFirst
                return hints
            }
            if words.britishSpellings >= 2 { hints.monthFirst = false }
            return hints
        }
    }

    /// How much of the start of a document the word-level evidence is taken from.
    static let headBytes = 6_144
}

/// Recognises dates in the formats and languages releases print them in: `28 June, 2021`,
/// `June 28, 2021`, `Sept. 5, 2024`, `Monday 3 March 2025`, `3rd March 2025`, ISO `2024-11-14`,
/// `le 12 mars 2024`, `1er juin 2024`, `12 de marzo de 2024`, `14 de maio de 2023`, `14. Mai 2023`,
/// `14.05.2023`, `17/04/2024`, `5/23/2024`, with month and weekday names in English, French, Spanish,
/// Portuguese and German (any case, with or without accents).
///
/// A date needs a printed year (a year is never taken from the clock) and must exist (no 31 April).
/// It only recognises dates; which one is the issue date is the parser's decision.
public enum DateParser {
    /// The first date in `line`, or nil.
    public static func firstDate(in line: String, hints: DateHints = DateHints()) -> DateMatch? {
        firstDate(in: Substring(line), hints: hints)
    }

    /// The first date in `line`, or nil; the range is in `line`'s (and its base string's) indices.
    public static func firstDate(in line: Substring, hints: DateHints = DateHints()) -> DateMatch? {
        // Every date holds a year of four digits from 1000 to 2999: most lines are rejected here without
        // tokenising.
        guard hasYearDigits(line) else { return nil }
        let tokens = DateTokenizer.tokens(of: line)
        var i = 0
        while i < tokens.count {
            if let match = DateGrammar.match(tokens, at: i, in: line, hints: hints) { return match }
            i += 1
        }
        return nil
    }

    /// Every date in `line`, left to right, not overlapping.
    public static func allDates(in line: String, hints: DateHints = DateHints()) -> [DateMatch] {
        let whole = Substring(line)
        guard hasYearDigits(whole) else { return [] }
        let tokens = DateTokenizer.tokens(of: whole)
        var found: [DateMatch] = []
        var i = 0
        while i < tokens.count {
            if let match = DateGrammar.match(tokens, at: i, in: whole, hints: hints) {
                found.append(match)
                while i < tokens.count && tokens[i].start < match.range.upperBound { i += 1 }
            } else {
                i += 1
            }
        }
        return found
    }

    /// True when `line` holds a run of exactly four ASCII digits starting with 1 or 2, as every date's year
    /// is (`DateGrammar.yearRange`; a digit run is a number token, and other digits are not numbers).
    static func hasYearDigits(_ line: Substring) -> Bool {
        TextScan.withBytes(line) { b in
            let n = b.count
            var i = 0
            while i < n {
                guard b[i] &- 0x30 < 10 else { i += 1; continue }
                let start = i
                while i < n && b[i] &- 0x30 < 10 { i += 1 }
                if i - start == 4 && b[start] &- 0x31 < 2 { return true }
            }
            return false
        }
    }

    /// True when the date exists in the Gregorian calendar (leap years included).
    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        return day <= daysIn(month: month, year: year)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func iso(_ year: Int, _ month: Int, _ day: Int) -> String {
        // Every date the grammar accepts: `YYYY-MM-DD` written straight into the string.
        if year >= 0 && year <= 9_999 && month >= 0 && month <= 99 && day >= 0 && day <= 99 {
            return String(unsafeUninitializedCapacity: 10) { out in
                out[0] = UInt8(0x30 + year / 1000)
                out[1] = UInt8(0x30 + year / 100 % 10)
                out[2] = UInt8(0x30 + year / 10 % 10)
                out[3] = UInt8(0x30 + year % 10)
                out[4] = 0x2D
                out[5] = UInt8(0x30 + month / 10)
                out[6] = UInt8(0x30 + month % 10)
                out[7] = 0x2D
                out[8] = UInt8(0x30 + day / 10)
                out[9] = UInt8(0x30 + day % 10)
                return 10
            }
        }
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// English month names for warnings.
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July",
                                "August", "September", "October", "November", "December"]
}

// MARK: - Tokens

/// A word, number or punctuation mark of a line, with where it is.
struct DateToken {
    enum Kind: Equatable {
        case number(value: Int, digits: Int)
        case word
        case punct(Unicode.Scalar)
    }
    var kind: Kind
    var start: String.Index
    var end: String.Index
    /// Whitespace stands between this token and the previous one.
    var spaced: Bool
    /// The word lower-cased without diacritics (words only).
    var folded: String = ""

    var number: (value: Int, digits: Int)? {
        if case .number(let value, let digits) = kind { return (value, digits) }
        return nil
    }

    func isPunct(_ char: Unicode.Scalar) -> Bool { kind == .punct(char) }
}

enum DateTokenizer {
    static func tokens(of line: Substring) -> [DateToken] {
        if let tokens = asciiTokens(of: line) { return tokens }
        return scalarTokens(of: line)
    }

    /// `scalarTokens` for a line of contiguous ASCII bytes (most lines), on the bytes; nil for any other.
    static func asciiTokens(of line: Substring) -> [DateToken]? {
        if FastPaths.off { return nil }
        let utf8 = line.utf8
        let found: [DateToken]?? = utf8.withContiguousStorageIfAvailable { b -> [DateToken]? in
            for c in b where c >= 0x80 { return nil }
            @inline(__always) func isLetter(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 }
            @inline(__always) func index(_ k: Int) -> String.Index { utf8.index(line.startIndex, offsetBy: k) }
            var tokens: [DateToken] = []
            tokens.reserveCapacity(min(b.count, 24))
            let n = b.count
            var i = 0
            var spaced = true
            while i < n {
                let c = b[i]
                if c == 0x20 || c &- 0x09 < 5 {
                    spaced = true
                    i += 1
                    continue
                }
                let start = i
                if c &- 0x30 < 10 {
                    var value = 0, digits = 0
                    while i < n && b[i] &- 0x30 < 10 {
                        if digits < 9 { value = value * 10 + Int(b[i] - 0x30) }
                        digits += 1
                        i += 1
                    }
                    tokens.append(DateToken(kind: .number(value: value, digits: digits), start: index(start), end: index(i), spaced: spaced))
                } else if isLetter(c) {
                    // Keep `segunda-feira` one word; a hyphen before a digit or space ends the word.
                    while i < n && (isLetter(b[i]) || (b[i] == 0x2D && i + 1 < n && isLetter(b[i + 1]))) { i += 1 }
                    let folded = String(unsafeUninitializedCapacity: i - start) { out in
                        for k in start..<i { out[k - start] = b[k] &- 0x41 < 26 ? b[k] | 0x20 : b[k] }
                        return i - start
                    }
                    tokens.append(DateToken(kind: .word, start: index(start), end: index(i), spaced: spaced, folded: folded))
                } else {
                    i += 1
                    tokens.append(DateToken(kind: .punct(Unicode.Scalar(c)), start: index(start), end: index(i), spaced: spaced))
                }
                spaced = false
            }
            return tokens
        }
        return found ?? nil
    }

    /// The tokens of `line`, scalar by scalar: the definition.
    static func scalarTokens(of line: Substring) -> [DateToken] {
        let scalars = line.unicodeScalars
        var tokens: [DateToken] = []
        var i = scalars.startIndex
        var spaced = true
        // One buffer for every word's folded bytes.
        var folded: [UInt8] = []
        folded.reserveCapacity(16)
        while i < scalars.endIndex {
            let s = scalars[i]
            // ASCII whitespace is 09–0D and the space; other scalars ask the Unicode tables.
            if s.isASCII ? (s.value == 0x20 || s.value &- 0x09 < 5) : s.properties.isWhitespace {
                spaced = true
                i = scalars.index(after: i)
                continue
            }
            let start = i
            if s.value >= 0x30 && s.value <= 0x39 {
                var value = 0, digits = 0
                while i < scalars.endIndex, scalars[i].value >= 0x30, scalars[i].value <= 0x39 {
                    if digits < 9 { value = value * 10 + Int(scalars[i].value - 0x30) }
                    digits += 1
                    i = scalars.index(after: i)
                }
                tokens.append(DateToken(kind: .number(value: value, digits: digits), start: start, end: i, spaced: spaced))
            } else if isWordScalar(s) {
                folded.removeAll(keepingCapacity: true)
                while i < scalars.endIndex {
                    let c = scalars[i]
                    if isWordScalar(c) {
                        DateFold.append(c, to: &folded)
                    } else if c == "-", !folded.isEmpty {
                        // Keep `segunda-feira` one word; a hyphen before a digit or space ends the word.
                        let next = scalars.index(after: i)
                        guard next < scalars.endIndex, isWordScalar(scalars[next]) else { break }
                        folded.append(0x2D)
                    } else {
                        break
                    }
                    i = scalars.index(after: i)
                }
                tokens.append(DateToken(kind: .word, start: start, end: i, spaced: spaced,
                                        folded: String(decoding: folded, as: UTF8.self)))
            } else {
                i = scalars.index(after: i)
                tokens.append(DateToken(kind: .punct(s), start: start, end: i, spaced: spaced))
            }
            spaced = false
        }
        return tokens
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A }
        return s.properties.isAlphabetic || (0x300...0x36F).contains(s.value)
    }
}

/// Lower-casing and accent stripping for the Latin letters month and weekday names use.
enum DateFold {
    static let table: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        let groups: [(String, String)] = [
            ("àáâãäåā", "a"), ("ç", "c"), ("èéêëē", "e"), ("ìíîïī", "i"), ("ñ", "n"),
            ("òóôõöø", "o"), ("ùúûüū", "u"), ("ýÿ", "y"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"),
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

    static func append(_ s: Unicode.Scalar, to out: inout String) {
        if s.isASCII {
            out.unicodeScalars.append(Unicode.Scalar(UInt8(s.value) | ((s.value >= 0x41 && s.value <= 0x5A) ? 0x20 : 0)))
        } else if (0x300...0x36F).contains(s.value) {
            return  // a combining accent (decomposed text)
        } else if let plain = table[s.value] {
            out += plain
        } else {
            out += s.properties.lowercaseMapping
        }
    }

    /// `append(_:to:)` on UTF-8 bytes.
    @inline(__always) static func append(_ s: Unicode.Scalar, to out: inout [UInt8]) {
        if s.isASCII {
            let b = UInt8(s.value)
            out.append(b &- 0x41 < 26 ? b | 0x20 : b)
        } else if (0x300...0x36F).contains(s.value) {
            return  // a combining accent (decomposed text)
        } else if let plain = table[s.value] {
            out.append(contentsOf: plain.utf8)
        } else {
            out.append(contentsOf: s.properties.lowercaseMapping.utf8)
        }
    }

    static func fold(_ text: Substring) -> String {
        var out = ""
        for s in text.unicodeScalars { append(s, to: &out) }
        return out
    }
}

// MARK: - Names

enum DateNames {
    /// Month names and abbreviations, folded, in English, French, Spanish, Portuguese and German.
    static let months: [String: Int] = {
        let names: [[String]] = [
            ["january", "jan", "janvier", "janv", "enero", "ene", "janeiro", "januar", "janner", "jaenner"],
            ["february", "feb", "febr", "fevrier", "fevr", "fev", "febrero", "fevereiro", "februar"],
            ["march", "mar", "mars", "marzo", "marco", "marz", "maerz", "mrz"],
            ["april", "apr", "avril", "avr", "abril", "abr"],
            ["may", "mai", "mayo", "maio"],
            ["june", "jun", "juin", "junio", "junho", "juni"],
            ["july", "jul", "juillet", "juil", "julio", "julho", "juli"],
            ["august", "aug", "aout", "agosto", "ago"],
            ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "set", "setembro"],
            ["october", "oct", "octobre", "octubre", "outubro", "out", "oktober", "okt"],
            ["november", "nov", "novembre", "noviembre", "novembro"],
            ["december", "dec", "decembre", "diciembre", "dic", "dezembro", "dez", "dezember"],
        ]
        var table: [String: Int] = [:]
        for (index, group) in names.enumerated() {
            for name in group { table[name] = index + 1 }
        }
        return table
    }()

    /// Abbreviations that are also common English words: accepted only day-first (`5 set 2024`).
    static let wordLikeAbbreviations: Set<String> = ["set", "out"]

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
        "segunda-feira", "terca-feira", "quarta-feira", "quinta-feira", "sexta-feira",
        "segunda", "terca", "quarta", "quinta", "sexta",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
    ]

    /// Articles printed before a date (`le 12 mars`, `el 5 de mayo`, `am 5. September`).
    static let articles: Set<String> = ["le", "el", "am"]

    /// Words printed after an ordinal day number (`3rd`, `1er`, `1º`).
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th", "er", "re", "e", "o", "a", "º", "ª"]
}

// MARK: - Grammar

enum DateGrammar {
    struct Found {
        var year: Int, month: Int, day: Int
        /// Index of the first token after the date.
        var end: Int
        var monthFirst: Bool
    }

    static let yearRange = 1000...2999

    static func match(_ t: [DateToken], at i: Int, in line: Substring, hints: DateHints) -> DateMatch? {
        if let found = textual(t, at: i) {
            return DateMatch(iso: DateParser.iso(found.year, found.month, found.day),
                             range: t[i].start..<t[found.end - 1].end)
        }
        return numeric(t, at: i, in: line, hints: hints)
    }

    /// `[le|el|am] [weekday[,]] [le|el|am] day[st|.|er|º] [de] month[.][,] [de|del] year`, or
    /// `[weekday[,]] month[.] day[st][,] year`.
    static func textual(_ t: [DateToken], at start: Int) -> Found? {
        var j = start
        func word(_ k: Int) -> String? {
            k < t.count && t[k].kind == .word ? t[k].folded : nil
        }
        // An article or weekday may start the expression, but only a day or month name completes it.
        if let w = word(j), DateNames.articles.contains(w) { j += 1 }
        if let w = word(j), DateNames.weekdays.contains(w) {
            j += 1
            if j < t.count, t[j].isPunct(",") { j += 1 }
            if let w = word(j), DateNames.articles.contains(w) { j += 1 }
        }
        if let found = dayFirst(t, at: j) { return found }
        if let found = monthFirst(t, at: j) { return found }
        return nil
    }

    private static func dayFirst(_ t: [DateToken], at start: Int) -> Found? {
        var j = start
        guard j < t.count, let day = t[j].number, day.digits <= 2, (1...31).contains(day.value) else { return nil }
        j += 1
        let afterDay = j
        j = skipOrdinal(t, j)
        // `18th day of September` (a formal sign-off), `3rd of May`, `14 de mayo`: only after an ordinal
        // day for the English words, so that `5 of May` in prose stays no date.
        if j < t.count, t[j].kind == .word {
            if t[j].folded == "de" {
                j += 1
            } else if j > afterDay {
                if t[j].folded == "day", j + 1 < t.count, t[j + 1].kind == .word, t[j + 1].folded == "of" { j += 2 }
                else if t[j].folded == "of" { j += 1 }
            }
        }
        guard j < t.count, t[j].kind == .word, let month = DateNames.months[t[j].folded] else { return nil }
        j += 1
        if j < t.count, t[j].isPunct("."), !t[j].spaced { j += 1 }
        if j < t.count, t[j].isPunct(",") { j += 1 }
        if j < t.count, t[j].kind == .word, t[j].folded == "de" || t[j].folded == "del" { j += 1 }
        guard let year = year(t, j) else { return nil }
        guard DateParser.isValid(year: year, month: month, day: day.value) else { return nil }
        return Found(year: year, month: month, day: day.value, end: j + 1, monthFirst: false)
    }

    private static func monthFirst(_ t: [DateToken], at start: Int) -> Found? {
        var j = start
        guard j < t.count, t[j].kind == .word, let month = DateNames.months[t[j].folded],
              !DateNames.wordLikeAbbreviations.contains(t[j].folded) else { return nil }
        j += 1
        if j < t.count, t[j].isPunct("."), !t[j].spaced { j += 1 }
        guard j < t.count, let day = t[j].number, day.digits <= 2, (1...31).contains(day.value) else { return nil }
        j += 1
        j = skipOrdinal(t, j)
        if j < t.count, t[j].isPunct(",") { j += 1 }
        // `Enero 29 del 2018`, `enero 29 de 2018`: Latin American month-first dates keep the article.
        if j < t.count, t[j].kind == .word, t[j].folded == "de" || t[j].folded == "del" { j += 1 }
        guard let year = year(t, j) else { return nil }
        guard DateParser.isValid(year: year, month: month, day: day.value) else { return nil }
        return Found(year: year, month: month, day: day.value, end: j + 1, monthFirst: true)
    }

    /// Skips `st`/`er`/`º`/`°`/`.` printed right after a day number.
    private static func skipOrdinal(_ t: [DateToken], _ start: Int) -> Int {
        var j = start
        if j < t.count, !t[j].spaced, t[j].isPunct(".") { j += 1 }
        if j < t.count, !t[j].spaced {
            if t[j].kind == .word, DateNames.ordinalSuffixes.contains(t[j].folded) { j += 1 }
            else if t[j].isPunct("°") { j += 1 }
        }
        return j
    }

    /// A four-digit year at `j`, not glued to a following digit group (`2024-25` is fine, `2024.5` not).
    private static func year(_ t: [DateToken], _ j: Int) -> Int? {
        guard j < t.count, let year = t[j].number, year.digits == 4, yearRange.contains(year.value) else { return nil }
        return year.value
    }

    /// `2024-11-14` (never reordered), `2024/11/14`, `14.05.2023`, `17/04/2024`, `5/23/2024`, `14-05-2023`.
    static func numeric(_ t: [DateToken], at i: Int, in line: Substring, hints: DateHints) -> DateMatch? {
        guard i + 4 < t.count, let a = t[i].number, let b = t[i + 2].number, let c = t[i + 4].number else { return nil }
        guard case .punct(let sep) = t[i + 1].kind, sep == "-" || sep == "/" || sep == ".",
              t[i + 3].isPunct(sep) else { return nil }
        for k in i + 1...i + 4 where t[k].spaced { return nil }
        // Not part of a longer run of numbers (`1.2.3.2024`, `10.14.05.2023`, a version or an address).
        if i > 0, !t[i].spaced, t[i - 1].number != nil || t[i - 1].isPunct(sep) { return nil }
        if i + 6 < t.count, !t[i + 5].spaced, t[i + 5].isPunct(sep), !t[i + 6].spaced, t[i + 6].number != nil {
            return nil
        }
        let range = t[i].start..<t[i + 4].end

        if a.digits == 4, b.digits <= 2, c.digits <= 2, sep != "." {
            guard yearRange.contains(a.value), DateParser.isValid(year: a.value, month: b.value, day: c.value) else { return nil }
            return DateMatch(iso: DateParser.iso(a.value, b.value, c.value), range: range)
        }
        guard a.digits <= 2, b.digits <= 2, c.digits == 4, yearRange.contains(c.value) else { return nil }
        let year = c.value
        let dayFirstOK = DateParser.isValid(year: year, month: b.value, day: a.value)
        let monthFirstOK = DateParser.isValid(year: year, month: a.value, day: b.value)
        switch (dayFirstOK, monthFirstOK) {
        case (false, false):
            return nil
        case (true, false):
            return DateMatch(iso: DateParser.iso(year, b.value, a.value), range: range)
        case (false, true):
            return DateMatch(iso: DateParser.iso(year, a.value, b.value), range: range)
        case (true, true):
            if a.value == b.value || sep == "." {
                // Same either way, or dotted: dots are written day-first wherever they are used.
                return DateMatch(iso: DateParser.iso(year, b.value, a.value), range: range)
            }
            if let monthFirst = hints.monthFirst {
                let (month, day) = monthFirst ? (a.value, b.value) : (b.value, a.value)
                return DateMatch(iso: DateParser.iso(year, month, day), range: range)
            }
            let printed = String(line[range])
            let warning = "date \(printed) read as \(a.value) \(DateParser.englishMonths[b.value - 1]) \(year) (day first)"
            return DateMatch(iso: DateParser.iso(year, b.value, a.value), range: range, warning: warning)
        }
    }
}

// MARK: - Evidence

/// Counts numeric dates by how they can be read, over the raw bytes (fast on large files).
enum NumericDateScan {
    /// `dayFirst`/`monthFirst`: dates that can be read only that way (`17/04/2024`, `5/23/2024`);
    /// `ambiguous`: dates with `/` or `-` that can be read both ways (`03/04/2024`).
    static func evidence(in b: UnsafeBufferPointer<UInt8>) -> (dayFirst: Int, monthFirst: Int, ambiguous: Int) {
        var dayFirst = 0, monthFirst = 0, ambiguous = 0
        let n = b.count
        @inline(__always) func isDigit(_ k: Int) -> Bool { k >= 0 && k < n && b[k] &- 0x30 < 10 }
        @inline(__always) func number(_ k: Int, max: Int) -> (value: Int, next: Int)? {
            var k = k, value = 0, count = 0
            while isDigit(k) && count <= max { value = value * 10 + Int(b[k] - 0x30); k += 1; count += 1 }
            return count >= 1 && count <= max ? (value, k) : nil
        }
        var i = 0
        while i < n {
            // Most bytes are not digits: skip eight at a time while none is (a byte below 10 after
            // subtracting `0` is a digit; bytes with the high bit set never test as digits).
            if let base = b.baseAddress {
                let raw = UnsafeRawPointer(base)
                @inline(__always) func digitBits(_ k: Int) -> UInt64 {
                    let t = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self) ^ 0x3030_3030_3030_3030
                    return (t &- 0x0A0A_0A0A_0A0A_0A0A) & ~t & 0x8080_8080_8080_8080
                }
                // Sixteen bytes a step, then eight (offsets stay far below Int.max: unchecked steps).
                while i &+ 16 <= n && digitBits(i) | digitBits(i &+ 8) == 0 { i &+= 16 }
                while i &+ 8 <= n && digitBits(i) == 0 { i &+= 8 }
            }
            while i < n && b[i] &- 0x30 >= 10 { i += 1 }
            if i == n { break }
            guard i == 0 || (!isDigit(i - 1) && b[i - 1] != 0x2F && b[i - 1] != 0x2D && b[i - 1] != 0x2E),
                  let first = number(i, max: 2), first.next < n else {
                i += 1
                while isDigit(i) { i += 1 }
                continue
            }
            let sep = b[first.next]
            guard sep == 0x2F || sep == 0x2D || sep == 0x2E, let second = number(first.next + 1, max: 2),
                  second.next < n, b[second.next] == sep, let year = number(second.next + 1, max: 4),
                  year.next - second.next - 1 == 4, !isDigit(year.next) else {
                i = first.next
                continue
            }
            let a = first.value, m = second.value
            if a > 12, a <= 31, m >= 1, m <= 12 { dayFirst += 1 }
            else if m > 12, m <= 31, a >= 1, a <= 12 { monthFirst += 1 }
            else if a >= 1, a <= 12, m >= 1, m <= 12, a != m, sep != 0x2E { ambiguous += 1 }
            i = year.next
        }
        return (dayFirst, monthFirst, ambiguous)
    }
}

/// A dateline naming a US state: `BOSTON, Mass.`, `AUSTIN, Texas`, `NEW YORK, N.Y.`.
enum USDateline {
    static let states: [String] = [
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
        "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana",
        "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana",
        "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
        "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina",
        "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
        "Wisconsin", "Wyoming",
        // AP-style abbreviations, as datelines print them.
        "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.",
        "Kan.", "Kans.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.",
        "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.",
        "S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.", "D.C.",
    ]

    /// The names as lower-case bytes, by their first letter.
    static let byInitial: [[[UInt8]]] = {
        var buckets = [[[UInt8]]](repeating: [], count: 26)
        for state in states {
            let bytes = Array(state.lowercased().utf8)
            buckets[Int(bytes[0] - 0x61)].append(bytes)
        }
        return buckets
    }()

    static func present(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { present(in: $0) }
    }

    /// Looks at the first 60 lines of `b`.
    static func present(in b: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0, lines = 0
        while start < b.count && lines < 60 {
            var end = start
            while end < b.count && b[end] != 0x0A { end += 1 }
            if isDateline(UnsafeBufferPointer(rebasing: b[start..<end])) { return true }
            start = end + 1
            lines += 1
        }
        return false
    }

    /// `PLACE, State` at the start of a line, the place a few words without digits.
    static func isDateline(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < line.count && (line[i] == 0x20 || line[i] == 0x09) { i += 1 }
        guard i < line.count, line[i] &- 0x41 < 26 else { return false }
        let placeStart = i
        while i < line.count && line[i] != 0x2C {
            if line[i] &- 0x30 < 10 || i - placeStart > 40 { return false }
            i += 1
        }
        i += 1  // the comma
        while i < line.count && line[i] == 0x20 { i += 1 }
        guard i < line.count, line[i] &- 0x41 < 26 else { return false }
        for state in byInitial[Int(line[i] - 0x41)] {
            guard i + state.count <= line.count else { continue }
            var same = true
            for k in 0..<state.count where (line[i + k] | (line[i + k] &- 0x41 < 26 ? 0x20 : 0)) != state[k] {
                same = false
                break
            }
            guard same else { continue }
            let after = i + state.count
            if after == line.count || state.last == 0x2E { return true }
            // `,`, space, `(`, `/`, `-`, or an en/em dash (E2 80 93/94).
            if [0x2C, 0x20, 0x28, 0x2F, 0x2D, 0xE2].contains(line[after]) { return true }
        }
        return false
    }
}

/// Whether the dates written with month names put the day or the month first.
enum TextualDateOrder {
    static func count(in b: UnsafeBufferPointer<UInt8>) -> (dayFirst: Int, monthFirst: Int) {
        var dayFirst = 0, monthFirst = 0
        var start = 0
        while start < b.count {
            var end = start
            var year = false
            var run = 0
            while end < b.count && b[end] != 0x0A {
                // A textual date needs a four-digit year: skip lines without one, untokenised.
                if b[end] &- 0x30 < 10 { run += 1; if run == 4 { year = true } } else { run = 0 }
                end += 1
            }
            if year {
                let line = String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
                let tokens = DateTokenizer.tokens(of: Substring(line))
                var i = 0
                while i < tokens.count {
                    if let found = DateGrammar.textual(tokens, at: i) {
                        if found.monthFirst { monthFirst += 1 } else { dayFirst += 1 }
                        i = found.end
                    } else {
                        i += 1
                    }
                }
            }
            start = end + 1
        }
        return (dayFirst, monthFirst)
    }
}

/// The language of a text from its commonest words, and how many British spellings it uses.
enum DateLanguage {
    static let languages = ["en", "fr", "es", "pt", "de"]

    static let stopwords: [[String]] = [
        ["the", "and", "of", "to", "in", "is", "for", "with", "on", "that", "by", "this", "will", "are"],
        ["le", "la", "les", "des", "et", "est", "pour", "dans", "une", "du", "au", "sur", "qui", "avec", "aux"],
        ["el", "los", "las", "del", "y", "para", "con", "una", "por", "que", "se", "al", "es", "su"],
        ["o", "os", "do", "da", "dos", "das", "para", "com", "uma", "nao", "em", "no", "na", "ao", "pelo"],
        ["der", "die", "das", "und", "ist", "mit", "fur", "von", "den", "ein", "eine", "zu", "im", "auf", "sich"],
    ]

    static let british = [
        "organisation", "organisations", "organised", "programme", "programmes", "centre", "centres", "colour",
        "colours", "favour", "favourite", "labour", "behaviour", "neighbour", "neighbours", "neighbourhood",
        "neighbourhoods", "defence", "licence", "recognise", "recognised", "realise", "realised", "whilst",
        "analyse", "analysed", "travelled", "fulfil", "catalogue", "metres", "kilometres", "litres",
    ]

    /// Folds the second byte of a two-byte UTF-8 letter starting with 0xC3 (U+00C0–U+00FF).
    static let latin1Fold: [UInt8] = {
        var fold = [UInt8](repeating: 0, count: 64)
        let groups: [(String, Character)] = [("àáâãäå", "a"), ("ç", "c"), ("èéêë", "e"), ("ìíîï", "i"), ("ñ", "n"),
                                             ("òóôõöø", "o"), ("ùúûü", "u"), ("ýÿ", "y")]
        for (letters, plain) in groups {
            for ch in letters.unicodeScalars {
                for form in [ch] + ch.properties.uppercaseMapping.unicodeScalars {
                    let second = Array(String(form).utf8)
                    if second.count == 2, second[0] == 0xC3 { fold[Int(second[1] - 0x80)] = plain.asciiValue! }
                }
            }
        }
        return fold
    }()

    /// No listed word is longer (in letters): longer words need no lookup.
    static let longestWord = (stopwords.joined() + british).map(\.utf8.count).max() ?? 0

    /// Counts the listed words of `b` (folded: lower case, Latin-1 accents dropped) by language, and the
    /// British spellings. A word is a run of letters (ASCII or any non-ASCII byte); only words whose letters
    /// all fold to ASCII can be listed ones.
    static func scan(_ b: UnsafeBufferPointer<UInt8>) -> (language: String?, britishSpellings: Int) {
        let (counts, british) = counts(b)
        // The first language with the most words, and the most words of another.
        var best = 0
        for k in counts.indices where counts[k] > counts[best] { best = k }
        guard counts[best] >= 3 else { return (nil, british) }
        var second = 0
        for k in counts.indices where k != best { second = max(second, counts[k]) }
        // Romance languages share many short words; ask for a clear lead.
        guard Double(counts[best]) >= 1.3 * Double(second) else { return (nil, british) }
        return (languages[best], british)
    }

    /// The listed words of `b` by language (in `languages` order), and the British spellings.
    static func counts(_ b: UnsafeBufferPointer<UInt8>) -> (counts: [Int], british: Int) {
        var counts = [Int](repeating: 0, count: languages.count)
        var british = 0
        // In pieces of about 2,000 bytes cut before a byte that is not part of a word (so no word is cut):
        // a word takes two bytes at least (a letter and what ends it), so no count of a piece reaches 1,024.
        var start = 0
        while start < b.count {
            var end = min(b.count, start + 2_000)
            while end < b.count && WordBytes.isWordByte(b[end]) { end += 1 }
            let t = tally(UnsafeBufferPointer(rebasing: b[start..<end]))
            for k in 0..<counts.count { counts[k] += Int(truncatingIfNeeded: (t &>> (10 * k)) & 0x3FF) }
            british += Int(truncatingIfNeeded: (t &>> 50) & 0x3FF)
            start = end
        }
        return (counts, british)
    }

    /// The listed words of `b` counted in 10-bit fields: one per language in `languages` order, then British
    /// spellings (`b` holds fewer than 1,024 words).
    ///
    /// Words are found eight bytes at a time and keyed by their folded bytes (exact, no hash to collide);
    /// a word with a non-ASCII byte takes the byte-by-byte path.
    static func tally(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = b.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let n = b.count
        let longest = Self.longestWord
        let latin1Fold = Self.latin1Fold
        let entries = Self.keyTable.entries
        var tally: UInt64 = 0
        @inline(__always) func load(_ k: Int) -> UInt64 { raw.loadUnaligned(fromByteOffset: k, as: UInt64.self) }
        @inline(__always) func count(_ k0: UInt64, _ k1: UInt64) { tally &+= WordKeyTable.lookup(entries, k0, k1) }
        var i = 0
        scanning: while i < n {
            // Skip to the next word byte (an ASCII letter or any non-ASCII byte).
            while i &+ 8 <= n {
                let m = WordBytes.wordMask(load(i))
                if m != 0 { i &+= m.trailingZeroBitCount &>> 3; break }
                i &+= 8
            }
            while i < n && !WordBytes.isWordByte(b[i]) { i &+= 1 }
            if i == n { break }
            // Words of ASCII letters ended by an ASCII byte (most words): keyed, looked up and stepped over
            // from one load (two for eight letters or more), which also tells where the next word starts.
            while i &+ 8 <= n {
                let w = load(i)
                let other = ~WordBytes.letterMask(w) & 0x8080_8080_8080_8080
                // The high bit of the byte that ends the run of letters.
                let end = other & (0 &- other)
                if end == 0 {
                    // Eight letters or more: the same with the next eight bytes, for words of up to 15.
                    guard i &+ 16 <= n else { break }
                    let w2 = load(i &+ 8)
                    let other2 = ~WordBytes.letterMask(w2) & 0x8080_8080_8080_8080
                    let end2 = other2 & (0 &- other2)
                    guard end2 != 0, w2 & end2 == 0 else { break }
                    if 8 + (end2.trailingZeroBitCount &>> 3) <= longest {
                        count(w | 0x2020_2020_2020_2020, (w2 | 0x2020_2020_2020_2020) & ((end2 &>> 7) &- 1))
                    }
                    let next = WordBytes.wordMask(w2) & ~((end2 &<< 1) &- 1)
                    if next == 0 { i &+= 16; continue scanning }
                    i &+= 8 &+ next.trailingZeroBitCount &>> 3
                    continue
                }
                guard w & end == 0 else { break }
                count((w | 0x2020_2020_2020_2020) & ((end &>> 7) &- 1), 0)
                let next = WordBytes.wordMask(w) & ~((end &<< 1) &- 1)
                if next == 0 { i &+= 8; continue scanning }
                i &+= next.trailingZeroBitCount &>> 3
            }
            let start = i
            // The run of ASCII letters.
            var j = i
            var found = false
            while j + 8 <= n {
                let other = ~WordBytes.letterMask(load(j)) & 0x8080_8080_8080_8080
                if other != 0 { j += other.trailingZeroBitCount >> 3; found = true; break }
                j += 8
            }
            if !found { while j < n && WordBytes.isASCIILetter(b[j]) { j += 1 } }
            if j < n && b[j] >= 0x80 {
                // Accented or non-Latin letters: fold byte by byte.
                var k0: UInt64 = 0, k1: UInt64 = 0
                var length = 0
                var plain = true
                j = start
                while j < n {
                    let c = b[j]
                    var folded: UInt8 = 0
                    if WordBytes.isASCIILetter(c) {
                        folded = c | 0x20
                        j += 1
                    } else if c == 0xC3, j + 1 < n, b[j + 1] &- 0x80 < 64 {
                        folded = latin1Fold[Int(b[j + 1] - 0x80)]
                        j += 2
                    } else if c >= 0x80 {
                        j += 1
                    } else {
                        break
                    }
                    if folded == 0 { plain = false }
                    if plain && length < 16 {
                        if length < 8 { k0 |= UInt64(folded) &<< (8 * length) } else { k1 |= UInt64(folded) &<< (8 * (length - 8)) }
                    }
                    length += 1
                }
                if plain, length <= longest { count(k0, k1) }
            } else {
                let length = j - start
                if length <= longest {
                    var k0: UInt64 = 0, k1: UInt64 = 0
                    if start + 16 <= n {
                        let lo = load(start) | 0x2020_2020_2020_2020
                        if length <= 8 {
                            k0 = lo & (~0 &>> (64 - 8 * length))
                        } else {
                            k0 = lo
                            k1 = (load(start + 8) | 0x2020_2020_2020_2020) & (~0 &>> (128 - 8 * length))
                        }
                    } else {
                        for k in 0..<length {
                            let folded = UInt64(b[start + k] | 0x20)
                            if k < 8 { k0 |= folded &<< (8 * k) } else { k1 |= folded &<< (8 * (k - 8)) }
                        }
                    }
                    count(k0, k1)
                }
            }
            i = j
        }
        return tally
    }

    /// The listed words keyed by their bytes. A word's value is what it adds to `scan`'s tally: 1 in the
    /// 10-bit field of each language that lists it (field k = `languages[k]`), 1 in field 5 for a British spelling.
    static let keyTable: WordKeyTable = {
        let table = WordKeyTable()
        for (k, words) in stopwords.enumerated() {
            for word in words { table.add(word, value: 1 << (10 * k)) }
        }
        for word in british { table.add(word, value: 1 << 50) }
        return table
    }()
}

/// Byte classes of `DateLanguage.scan`, eight bytes at a time (one per byte of a little-endian word:
/// 0x80 set in each byte of the class).
enum WordBytes {
    @inline(__always) static func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isWordByte(_ c: UInt8) -> Bool { c >= 0x80 || (c | 0x20) &- 0x61 < 26 }

    /// ASCII letters.
    @inline(__always) static func letterMask(_ w: UInt64) -> UInt64 {
        // Lower-cased with the high bit cleared, no byte exceeds 0x7F, so the additions carry into no
        // neighbour: 0x61 + 0x1F and 0x7B + 0x05 reach 0x80.
        let t = (w | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
        let atLeastA = t &+ 0x1F1F_1F1F_1F1F_1F1F
        let pastZ = t &+ 0x0505_0505_0505_0505
        return atLeastA & ~pastZ & ~w & 0x8080_8080_8080_8080
    }

    /// ASCII letters and non-ASCII bytes.
    @inline(__always) static func wordMask(_ w: UInt64) -> UInt64 {
        letterMask(w) | (w & 0x8080_8080_8080_8080)
    }
}
