// Document hints for reading dates: how the rest of a document says numeric dates are written (day or month
// first, from its unambiguous dates, a US dateline, the order of its textual dates) and its language
// (`DateLanguage`). `DateParser` reads one line with them.

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

/// Counts numeric dates by how they can be read, over the raw bytes (fast on large files).
enum NumericDateScan {
    /// `dayFirst`/`monthFirst`: dates that can be read only that way (`17/04/2024`, `5/23/2024`);
    /// `ambiguous`: dates with `/` or `-` that can be read both ways (`03/04/2024`).
    static func evidence(in b: UnsafeBufferPointer<UInt8>) -> (dayFirst: Int, monthFirst: Int, ambiguous: Int) {
        var dayFirst = 0, monthFirst = 0, ambiguous = 0
        let n = b.count
        @inline(__always) func isDigit(_ k: Int) -> Bool { k >= 0 && k < n && ASCII.isDigit(b[k]) }
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
                @inline(__always) func digitBits(_ k: Int) -> UInt64 { ByteLanes.firstDigitLanes(ByteLanes.load(raw, at: k)) }
                // Sixteen bytes a step, then eight (offsets stay far below Int.max: unchecked steps).
                while i &+ 16 <= n && digitBits(i) | digitBits(i &+ 8) == 0 { i &+= 16 }
                while i &+ 8 <= n && digitBits(i) == 0 { i &+= 8 }
            }
            while i < n && !ASCII.isDigit(b[i]) { i += 1 }
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
        guard i < line.count, ASCII.isUpper(line[i]) else { return false }
        let placeStart = i
        while i < line.count && line[i] != 0x2C {
            if ASCII.isDigit(line[i]) || i - placeStart > 40 { return false }
            i += 1
        }
        i += 1  // the comma
        while i < line.count && line[i] == 0x20 { i += 1 }
        guard i < line.count, ASCII.isUpper(line[i]) else { return false }
        for state in byInitial[Int(line[i] - 0x41)] {
            guard i + state.count <= line.count else { continue }
            var same = true
            for k in 0..<state.count where (line[i + k] | (ASCII.isUpper(line[i + k]) ? 0x20 : 0)) != state[k] {
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
                if ASCII.isDigit(b[end]) { run += 1; if run == 4 { year = true } } else { run = 0 }
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
