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
                // Eight bytes at a time while none is a digit (most of a line; `i` is never inside a run here).
                if let base = b.baseAddress {
                    while i &+ 8 <= n, ByteLanes.firstDigitLanes(ByteLanes.load(UnsafeRawPointer(base), at: i)) == 0 { i &+= 8 }
                    guard i < n else { break }
                }
                guard ASCII.isDigit(b[i]) else { i += 1; continue }
                let start = i
                while i < n && ASCII.isDigit(b[i]) { i += 1 }
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
            @inline(__always) func isLetter(_ c: UInt8) -> Bool { ASCII.isLetter(c) }
            @inline(__always) func index(_ k: Int) -> String.Index { utf8.index(line.startIndex, offsetBy: k) }
            var tokens: [DateToken] = []
            tokens.reserveCapacity(min(b.count, 24))
            let n = b.count
            var i = 0
            var spaced = true
            while i < n {
                let c = b[i]
                if TextScan.isSpaceByte(c) {
                    spaced = true
                    i += 1
                    continue
                }
                let start = i
                if ASCII.isDigit(c) {
                    var value = 0, digits = 0
                    while i < n && ASCII.isDigit(b[i]) {
                        if digits < 9 { value = value * 10 + Int(b[i] - 0x30) }
                        digits += 1
                        i += 1
                    }
                    tokens.append(DateToken(kind: .number(value: value, digits: digits), start: index(start), end: index(i), spaced: spaced))
                } else if isLetter(c) {
                    // Keep `segunda-feira` one word; a hyphen before a digit or space ends the word.
                    while i < n && (isLetter(b[i]) || (b[i] == 0x2D && i + 1 < n && isLetter(b[i + 1]))) { i += 1 }
                    let folded = String(unsafeUninitializedCapacity: i - start) { out in
                        for k in start..<i { out[k - start] = ASCII.lowered(b[k]) }
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
            } else if DateGrammar.eastAsianMarks.contains(s) {
                // `2014 年 12 月 19 日`, `2014년 12월 19일`: the year, month and day marks stand alone, so that the
                // text glued after the day's (`日に設立`) is no part of the date.
                i = scalars.index(after: i)
                tokens.append(DateToken(kind: .punct(s), start: start, end: i, spaced: spaced))
            } else if isWordScalar(s) {
                folded.removeAll(keepingCapacity: true)
                while i < scalars.endIndex {
                    let c = scalars[i]
                    if isWordScalar(c), !DateGrammar.eastAsianMarks.contains(c) {
                        Fold.appendDate(c, to: &folded)
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


// MARK: - Names

enum DateNames {
    /// Month names and abbreviations, folded, in English, French, Spanish, Portuguese, German, Italian and Dutch, and
    /// the forms a day-first date prints in Czech, Polish, Slovak, Swedish, Danish, Norwegian and Romanian
    /// (`21. května 2019`, `3 maja 2024`: the genitive after a day number).
    static let months: [String: Int] = {
        let names: [[String]] = [
            ["january", "jan", "janvier", "janv", "enero", "ene", "janeiro", "januar", "janner", "jaenner", "gennaio", "januari", "ledna", "stycznia", "januara", "ianuarie"],
            ["february", "feb", "febr", "fevrier", "fevr", "fev", "febrero", "fevereiro", "februar", "febbraio", "februari", "unora", "lutego", "februara", "februarie"],
            ["march", "mar", "mars", "marzo", "marco", "marz", "maerz", "mrz", "maart", "brezna", "marca", "marts", "martie"],
            ["april", "apr", "avril", "avr", "abril", "abr", "aprile", "dubna", "kwietnia", "aprila", "aprilie"],
            ["may", "mai", "mayo", "maio", "maggio", "mei", "kvetna", "maja", "maj"],
            ["june", "jun", "juin", "junio", "junho", "juni", "giugno", "cervna", "czerwca", "juna", "iunie"],
            ["july", "jul", "juillet", "juil", "julio", "julho", "juli", "luglio", "cervence", "lipca", "jula", "iulie"],
            ["august", "aug", "aout", "agosto", "ago", "augustus", "srpna", "sierpnia", "augusta", "augusti"],
            ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "set", "setembro", "settembre", "zari", "wrzesnia", "septembra", "septembrie"],
            ["october", "oct", "octobre", "octubre", "outubro", "out", "oktober", "okt", "ottobre", "rijna", "pazdziernika", "oktobra", "octombrie"],
            ["november", "nov", "novembre", "noviembre", "novembro", "listopadu", "listopada", "novembra", "noiembrie"],
            ["december", "dec", "decembre", "diciembre", "dic", "dezembro", "dez", "dezember", "dicembre", "prosince", "grudnia", "decembra", "desember", "decembrie"],
        ]
        var table: [String: Int] = [:]
        for (index, group) in names.enumerated() {
            for name in group { table[name] = index + 1 }
        }
        return table
    }()

    /// Abbreviations that are also common English words: accepted only day-first (`5 set 2024`).
    /// (And the genitives that are also names of people or places: `Augusta`, `Maja`, `Marca`, `Juna`, `Jula`.)
    static let wordLikeAbbreviations: Set<String> = ["set", "out", "augusta", "maja", "marca", "juna", "jula"]

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
        if i + 5 < t.count, case .punct(let mark) = t[i + 1].kind, mark == "年" || mark == "년" {
            return eastAsian(t, at: i)
        }
        return numeric(t, at: i, in: line, hints: hints)
    }

    /// The marks of a Chinese or Japanese date (`年` year, `月` month, `日` day) and of a Korean one (`년`, `월`, `일`).
    static let eastAsianMarks: Set<Unicode.Scalar> = ["年", "月", "日", "년", "월", "일"]

    /// `2014 年 12 月 19 日`, `2014年12月19日`, `2024년 3월 5일`: year, month and day, each before its mark, in
    /// that order (the order the languages always print), spaced or not.
    static func eastAsian(_ t: [DateToken], at i: Int) -> DateMatch? {
        guard let year = t[i].number, year.digits == 4, yearRange.contains(year.value),
              let month = t[i + 2].number, month.digits <= 2, let day = t[i + 4].number, day.digits <= 2,
              case .punct(let y) = t[i + 1].kind, case .punct(let m) = t[i + 3].kind, case .punct(let d) = t[i + 5].kind else { return nil }
        let chinese = y == "年" && m == "月" && d == "日"
        let korean = y == "년" && m == "월" && d == "일"
        guard chinese || korean, DateParser.isValid(year: year.value, month: month.value, day: day.value) else { return nil }
        return DateMatch(iso: DateParser.iso(year.value, month.value, day.value), range: t[i].start..<t[i + 5].end)
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
