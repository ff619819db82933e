/// Weekday and month names (folded) of the five languages, to tell a date part from a place.
enum CalendarWords {
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
        "segunda-feira", "terca-feira", "quarta-feira", "quinta-feira", "sexta-feira", "segunda", "terca", "quarta",
        "quinta", "sexta",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
    ]

    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
        "decembre", "janv", "fevr", "avr", "juil", "oct",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre",
        "noviembre", "diciembre", "ene", "dic",
        "janeiro", "fevereiro", "marco", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
        "fev", "set", "out", "dez",
        "januar", "februar", "marz", "juni", "juli", "oktober", "dezember", "jan", "feb", "okt", "dez",
        "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
        "januari", "februari", "maart", "mei", "augustus",
        // Day-first genitives of Czech, Polish, Slovak, Swedish, Danish, Norwegian and Romanian (`DateNames.months`).
        "ledna", "stycznia", "januara", "ianuarie", "unora", "lutego", "februara", "februarie", "brezna", "marca", "marts", "martie", "dubna", "kwietnia", "aprila", "aprilie", "kvetna", "maja", "maj", "cervna", "czerwca", "juna", "iunie", "cervence", "lipca", "jula", "iulie", "srpna", "sierpnia", "augusta", "augusti", "zari", "wrzesnia", "septembra", "septembrie", "rijna", "pazdziernika", "oktobra", "octombrie", "listopadu", "listopada", "novembra", "noiembrie", "prosince", "grudnia", "decembra", "desember", "decembrie",
    ]

    /// Words that stand in front of a date: `Date:`, `Datum:`, `le`, `den`, `am`, `el`, `em`, the Spanish
    /// `a` (`Guadalajara, Jalisco, a 9 de octubre`), a sign-off's `this` (`Dated at Kericho this 18th day …`),
    /// and the words of a publishing line (`Updated January 8, 2021`), and German `vom` (`Pressemitteilung vom 12. November 2018`).
    static let dateLabels: Set<String> = [
        "date", "dated", "datum", "fecha", "data", "le", "den", "am", "el", "em", "on", "issued", "du", "de", "del",
        "the", "at", "a", "this", "updated", "published", "posted", "released", "vom",
    ]

    /// Words of a time of day printed after a date (`– 09:15`, `at 11 AM ET`, `, 11:00 Uhr`, `à 10h`).
    private static let timeWords: Set<String> = [
        "at", "um", "a", "as", "las", "à", "h", "hrs", "hours", "uhr", "horas", "heures", "am", "pm", "a.m", "p.m",
        "noon", "midday", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "pt", "pst", "pdt", "gmt", "bst",
        "cet", "cest", "utc", "mez", "mesz", "ist", "eat", "wat", "cat", "sast", "aest", "aedt", "jst", "kst",
    ]

    /// True when `text` (what follows a date) is a time of day: numbers (`09:15`, `11`, `10h30`) with the
    /// words of `timeWords`, at least one number, nothing else.
    static func isTimeOfDay<S: StringProtocol>(_ text: S) -> Bool {
        var numbers = 0
        for raw in text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "–" || $0 == "—" || $0 == "-" || $0 == "(" || $0 == ")" }) {
            let w = Fold.line(raw).trimming(wordEdges)
            if w.isEmpty { continue }
            if let f = w.unicodeScalars.first, f.value >= 0x30 && f.value <= 0x39 {
                // `09:15`, `9.30`, `10h30`, `11am`.
                guard w.unicodeScalars.allSatisfy({ ($0.value >= 0x30 && $0.value <= 0x39) || ":.h".unicodeScalars.contains($0) })
                        || w.hasSuffix("am") || w.hasSuffix("pm") else { return false }
                numbers += 1
                continue
            }
            guard timeWords.contains(w) else { return false }
        }
        return numbers > 0
    }

    private static let wordEdges = Set<Character>(".,:;()")

    /// True when the folded word (punctuation at its ends ignored) is a weekday or month name.
    static func isCalendarWord<S: StringProtocol>(_ word: S) -> Bool {
        let w = Fold.line(word).trimming(wordEdges)
        return weekdays.contains(w) || months.contains(w)
    }

    /// True when the folded word (punctuation at its ends ignored) is a weekday name.
    static func isWeekday<S: StringProtocol>(_ word: S) -> Bool {
        weekdays.contains(Fold.line(word).trimming(wordEdges))
    }

    /// True when `text` holds a year from 1900 to 2099 as a separate number.
    static func containsYear<S: StringProtocol>(_ text: S) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable(yearInBytes), let answer { return answer }
        return containsYearPlain(text)
    }

    /// `containsYear` on bytes; nil when a digit touches a non-ASCII byte (it may then be part of a larger
    /// character, which the character path does not count as a digit).
    private static func yearInBytes(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        if FastPaths.off { return nil }
        var i = 0
        let n = b.count
        while i < n {
            guard ASCII.isDigit(b[i]) else { i += 1; continue }
            let start = i
            if start > 0, b[start - 1] >= 0x80 { return nil }
            while i < n && ASCII.isDigit(b[i]) { i += 1 }
            if i < n, b[i] >= 0x80 { return nil }
            if i - start == 4, (b[start] == 0x31 && b[start + 1] == 0x39) || (b[start] == 0x32 && b[start + 1] == 0x30) { return true }
        }
        return false
    }

    private static func containsYearPlain<S: StringProtocol>(_ text: S) -> Bool {
        var run = 0
        var start: S.Index?
        var i = text.startIndex
        while i <= text.endIndex {
            let c: Character? = i < text.endIndex ? text[i] : nil
            if let c, c.isASCII, c.isNumber {
                if run == 0 { start = i }
                run += 1
            } else {
                if run == 4, let s = start {
                    let first2 = text[s..<text.index(s, offsetBy: 2)]
                    if first2 == "19" || first2 == "20" { return true }
                }
                run = 0
            }
            if i == text.endIndex { break }
            i = text.index(after: i)
        }
        return false
    }
}
