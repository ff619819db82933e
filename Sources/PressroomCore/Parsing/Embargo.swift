import Foundation

/// An embargo read from a release instruction: `EMBARGOED UNTIL 00:01 BST, WEDNESDAY 3 JULY 2024`,
/// `Sperrfrist: 5. September 2023, 11:00 Uhr`, `Sous embargo jusqu’au jeudi 6 juin 2024 à 11 h`,
/// `Embargo: not for publication before 10:00 12 March 2025`.
///
/// The date is read by `DateParser` (every language it knows); the time is the first `hh:mm`, `hh.mm`,
/// `11 h`, `11h30`, `3 pm` or `11 Uhr` outside the date, else midnight; the zone is an abbreviation printed
/// after the time (`GMT`, `BST`, `CET`, `EST`, `UTC+2` …), else UTC. An instruction that names an embargo
/// with no date in it is an embargo (`has:embargo`) with no time (`embargoed:` never matches it).
public struct Embargo: Hashable, Sendable {
    /// When the embargo lifts, in seconds since 1970-01-01 UTC.
    public var lifts: Int64
    /// The local date and time printed, `2024-07-03 00:01`.
    public var printed: String
    /// The zone printed after the time (`BST`), nil when none was (the time is then read as UTC).
    public var zone: String?

    /// How the embargo's end is shown: `2024-07-03 00:01 BST`.
    public var description: String { zone.map { "\(printed) \($0)" } ?? printed }

    /// Whether the embargo is still in force at `now` (seconds since 1970 UTC).
    public func isInForce(at now: Int64) -> Bool { lifts > now }

    /// Whether a release instruction is an embargo (`embargo`, `Sperrfrist`, `not for publication before`).
    public static func isEmbargo(_ instruction: String) -> Bool {
        let lower = instruction.lowercased()
        return lower.contains("embargo") || lower.contains("sperrfrist")
            || lower.contains("not for publication before") || lower.contains("not for release before")
            || lower.contains("not to be published before")
    }

    /// The embargo an instruction states, when it is one and gives a date.
    public init?(instruction: String) {
        guard Self.isEmbargo(instruction), let date = DateParser.firstDate(in: instruction) else { return nil }
        let parts = date.iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        // The time: searched before and after the date, never inside it (`12.03.2025` is a date).
        let before = instruction[..<date.range.lowerBound]
        let after = instruction[date.range.upperBound...]
        let time = Self.time(in: before) ?? Self.time(in: after)
        let (hour, minute) = (time?.hour ?? 0, time?.minute ?? 0)
        let zone = time.flatMap { Self.zone(in: $0.rest) }
        let days = Self.daysFromCivil(year: parts[0], month: parts[1], day: parts[2])
        lifts = (days * 24 + Int64(hour)) * 3600 + Int64(minute) * 60 - Int64(zone?.offsetMinutes ?? 0) * 60
        printed = date.iso + (time == nil ? "" : " " + Self.twoDigits(hour) + ":" + Self.twoDigits(minute))
        self.zone = zone?.name
    }

    /// The embargo `release.release` states, if any.
    public init?(_ release: Release) {
        guard let instruction = release.release else { return nil }
        self.init(instruction: instruction)
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    // MARK: - Time and zone

    private struct Time {
        var hour: Int
        var minute: Int
        /// The text after the time (where a zone is printed).
        var rest: Substring
    }

    /// The first time of day in `text`: `00:01`, `9.30`, `11 h`, `11h30`, `3 pm`, `3.30 p.m.`, `11 Uhr`.
    private static func time(in text: Substring) -> Time? {
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            guard chars[i].isASCII, chars[i].isNumber, i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber) else {
                i += 1
                continue
            }
            var j = i
            var hour = 0
            while j < chars.count, j - i < 2, chars[j].isASCII, let d = chars[j].wholeNumberValue { hour = hour * 10 + d; j += 1 }
            if j < chars.count, chars[j].isNumber { i = j; continue }   // three digits or more: not an hour
            var minute: Int?
            var k = j
            if let separator = chars[safe: j], separator == ":" || separator == "." || separator == "h",
               let m1 = chars[safe: j + 1], m1.isASCII, let tens = m1.wholeNumberValue,
               let m2 = chars[safe: j + 2], m2.isASCII, let units = m2.wholeNumberValue,
               !(chars[safe: j + 3]?.isNumber ?? false) {
                minute = tens * 10 + units
                k = j + 3
            }
            // What follows the number: am/pm, h, Uhr.
            var rest = k
            while rest < chars.count, chars[rest] == " " { rest += 1 }
            let word = String(chars[rest...].prefix { $0.isLetter || $0 == "." }).lowercased()
            var isTime = minute != nil
            var h = hour
            switch word {
            case "am", "a.m.", "a.m":
                isTime = true
                if h == 12 { h = 0 }
                rest += word.count
            case "pm", "p.m.", "p.m":
                isTime = true
                if h < 12 { h += 12 }
                rest += word.count
            case "h", "uhr", "hrs", "hours":
                isTime = true
                rest += word.count
            default:
                if minute == nil, chars[safe: k] == "h" { isTime = true; rest = k + 1 }  // `11h`
            }
            if isTime, h < 24, (minute ?? 0) < 60 {
                return Time(hour: h, minute: minute ?? 0, rest: Substring(String(chars[min(rest, chars.count)...])))
            }
            i = max(j, i + 1)
        }
        return nil
    }

    /// Offsets of the zone abbreviations releases print, in minutes east of UTC.
    private static let zones: [String: Int] = [
        "GMT": 0, "UTC": 0, "Z": 0, "WET": 0, "BST": 60, "WEST": 60, "CET": 60, "MEZ": 60, "CEST": 120,
        "MESZ": 120, "EET": 120, "EEST": 180, "SAST": 120, "CAT": 120, "EAT": 180, "WAT": 60, "MSK": 180,
        "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480,
        "PDT": -420, "AEST": 600, "AEDT": 660, "JST": 540, "HKT": 480, "SGT": 480, "NZST": 720, "NZDT": 780,
    ]

    /// The zone printed at the start of `text` (after a comma or `(`): `BST`, `GMT+1`, `UTC-05:00`.
    private static func zone(in text: Substring) -> (name: String, offsetMinutes: Int)? {
        let trimmed = text.drop { $0 == " " || $0 == "(" || $0 == "," }
        let word = String(trimmed.prefix { $0.isLetter })
        guard !word.isEmpty, word == word.uppercased(), let base = zones[word] else { return nil }
        var after = trimmed.dropFirst(word.count)
        var offset = base
        var name = word
        if (word == "GMT" || word == "UTC"), let sign = after.first, sign == "+" || sign == "-" || sign == "−" {
            after = after.dropFirst()
            let digits = after.prefix { $0.isNumber || $0 == ":" }
            let pieces = digits.split(separator: ":")
            if let h = pieces.first.flatMap({ Int($0) }), h <= 14 {
                let m = pieces.count > 1 ? Int(pieces[1]) ?? 0 : 0
                offset = (sign == "+" ? 1 : -1) * (h * 60 + m)
                name = word + String(sign) + digits
            }
        }
        return (name, offset)
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let m = Int64(month)
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }
}

private extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
