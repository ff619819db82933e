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
    public static func infer(from text: String) -> DateHints {
        var hints = DateHints()
        // Only the head of a very large file is looked at for words; the numeric scan covers everything.
        let head = Substring(text).prefix(65_536)
        hints.language = DateLanguage.guess(head)

        let numeric = NumericDateScan.evidence(in: text)
        if numeric.dayFirst != numeric.monthFirst {
            hints.monthFirst = numeric.monthFirst > numeric.dayFirst
            return hints
        }
        if USDateline.present(in: head) {
            hints.monthFirst = true
            return hints
        }
        if let language = hints.language, language != "en" {
            hints.monthFirst = false
            return hints
        }
        var dayFirst = 0, monthFirst = 0
        var lines = 0
        for line in head.split(separator: "\n", omittingEmptySubsequences: true) {
            lines += 1
            if lines > 400 { break }
            guard line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { continue }
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
        if dayFirst != monthFirst {
            hints.monthFirst = monthFirst > dayFirst
            return hints
        }
        if hints.language == "en", DateLanguage.britishSpellings(head) >= 2 {
            hints.monthFirst = false
        }
        return hints
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
        // Every date holds a digit: most lines are rejected here without tokenising.
        guard line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
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
        guard whole.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return [] }
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
        let scalars = line.unicodeScalars
        var tokens: [DateToken] = []
        var i = scalars.startIndex
        var spaced = true
        while i < scalars.endIndex {
            let s = scalars[i]
            if s.properties.isWhitespace {
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
                var folded = ""
                while i < scalars.endIndex {
                    let c = scalars[i]
                    if isWordScalar(c) {
                        DateFold.append(c, to: &folded)
                    } else if c == "-", !folded.isEmpty {
                        // Keep `segunda-feira` one word; a hyphen before a digit or space ends the word.
                        let next = scalars.index(after: i)
                        guard next < scalars.endIndex, isWordScalar(scalars[next]) else { break }
                        folded.append("-")
                    } else {
                        break
                    }
                    i = scalars.index(after: i)
                }
                tokens.append(DateToken(kind: .word, start: start, end: i, spaced: spaced, folded: folded))
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
        j = skipOrdinal(t, j)
        if j < t.count, t[j].kind == .word, t[j].folded == "de" { j += 1 }
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

/// Counts numeric dates that can be read only one way, over the raw bytes (fast on large files).
enum NumericDateScan {
    static func evidence(in text: String) -> (dayFirst: Int, monthFirst: Int) {
        var text = text
        return text.withUTF8 { scan($0) }
    }

    private static func scan(_ b: UnsafeBufferPointer<UInt8>) -> (dayFirst: Int, monthFirst: Int) {
        var dayFirst = 0, monthFirst = 0
        let n = b.count
        func isDigit(_ k: Int) -> Bool { k >= 0 && k < n && b[k] >= 0x30 && b[k] <= 0x39 }
        func number(_ k: Int, max: Int) -> (value: Int, next: Int)? {
            var k = k, value = 0, count = 0
            while isDigit(k) && count <= max { value = value * 10 + Int(b[k] - 0x30); k += 1; count += 1 }
            return count >= 1 && count <= max ? (value, k) : nil
        }
        var i = 0
        while i < n {
            guard isDigit(i), !isDigit(i - 1), i == 0 || (b[i - 1] != 0x2F && b[i - 1] != 0x2D && b[i - 1] != 0x2E) else {
                i += 1
                continue
            }
            guard let first = number(i, max: 2), first.next < n else { i += 1; continue }
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
            i = year.next
        }
        return (dayFirst, monthFirst)
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

    static let folded: [String] = states.map { DateFold.fold(Substring($0)) }

    static func present(in text: Substring) -> Bool {
        var lines = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            lines += 1
            if lines > 400 { break }
            if isDateline(line) { return true }
        }
        return false
    }

    /// `PLACE, State` at the start of a line, the place a few words in capitals or title case.
    static func isDateline(_ raw: Substring) -> Bool {
        let line = raw.drop(while: { $0 == " " || $0 == "\t" })
        guard let first = line.unicodeScalars.first, first.properties.isUppercase,
              let comma = line.firstIndex(of: ",") else { return false }
        let place = line[..<comma]
        guard place.count <= 40, !place.contains(where: { $0.isNumber }) else { return false }
        let rest = DateFold.fold(line[line.index(after: comma)...].prefix(24)).drop(while: { $0 == " " })
        for state in folded where rest.hasPrefix(state) {
            let after = rest.dropFirst(state.count).first
            if after == nil || state.hasSuffix(".") || ", –—-(/".contains(after!) { return true }
        }
        return false
    }
}

/// The language of a text from its commonest words.
enum DateLanguage {
    static let stopwords: [(String, Set<String>)] = [
        ("en", ["the", "and", "of", "to", "in", "is", "for", "with", "on", "that", "by", "this", "will", "are"]),
        ("fr", ["le", "la", "les", "des", "et", "est", "pour", "dans", "une", "du", "au", "sur", "qui", "avec", "aux"]),
        ("es", ["el", "los", "las", "del", "y", "para", "con", "una", "por", "que", "se", "al", "es", "su"]),
        ("pt", ["o", "os", "do", "da", "dos", "das", "para", "com", "uma", "nao", "em", "no", "na", "ao", "pelo"]),
        ("de", ["der", "die", "das", "und", "ist", "mit", "fur", "von", "den", "ein", "eine", "zu", "im", "auf", "sich"]),
    ]

    static func guess(_ text: Substring) -> String? {
        var counts = [Int](repeating: 0, count: stopwords.count)
        var word = ""
        var total = 0
        func flush() {
            guard !word.isEmpty else { return }
            total += 1
            for (k, entry) in stopwords.enumerated() where entry.1.contains(word) { counts[k] += 1 }
            word = ""
        }
        for s in text.unicodeScalars {
            if DateTokenizer.isWordScalar(s) { DateFold.append(s, to: &word) } else { flush() }
            if total > 3000 { break }
        }
        flush()
        guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] >= 3 else { return nil }
        let second = counts.enumerated().filter { $0.offset != best }.map(\.element).max() ?? 0
        // Romance languages share many short words; ask for a clear lead.
        guard Double(counts[best]) >= 1.3 * Double(second) else { return nil }
        return stopwords[best].0
    }

    static let british: [String] = ["organisation", "programme", "centre", "colour", "favour", "labour",
                                    "behaviour", "neighbour", "defence", "licence", "recognise", "realise",
                                    "whilst", "analyse", "travelled", "fulfil"]

    static func britishSpellings(_ text: Substring) -> Int {
        let lower = text.lowercased()
        return british.reduce(0) { $0 + (lower.contains($1) ? 1 : 0) }
    }
}
