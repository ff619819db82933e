/// The ITU-T E.164 country calling codes, used to read where a printed international number's
/// country code ends and its national number begins.
///
/// The codes are prefix-free (no code is the start of another), so at most one of the first one,
/// two or three digits of an international number is a code.
public enum CountryCallingCodes {
    /// Every assigned country calling code (1 to 3 digits), including shared and global services.
    public static let all: Set<String> = Set(
        // Zone 1 (North American Numbering Plan) and zone 7 (Russia, Kazakhstan).
        ["1", "7"]
        // Two-digit codes.
        + ["20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47",
           "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65",
           "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98"]
        // Africa.
        + ["211", "212", "213", "216", "218", "220", "221", "222", "223", "224", "225", "226", "227", "228",
           "229", "230", "231", "232", "233", "234", "235", "236", "237", "238", "239", "240", "241", "242",
           "243", "244", "245", "246", "247", "248", "249", "250", "251", "252", "253", "254", "255", "256",
           "257", "258", "260", "261", "262", "263", "264", "265", "266", "267", "268", "269", "290", "291",
           "297", "298", "299"]
        // Europe.
        + ["350", "351", "352", "353", "354", "355", "356", "357", "358", "359", "370", "371", "372", "373",
           "374", "375", "376", "377", "378", "379", "380", "381", "382", "383", "385", "386", "387", "388",
           "389", "420", "421", "423"]
        // The Americas.
        + ["500", "501", "502", "503", "504", "505", "506", "507", "508", "509", "590", "591", "592", "593",
           "594", "595", "596", "597", "598", "599"]
        // Oceania and South-East Asia.
        + ["670", "672", "673", "674", "675", "676", "677", "678", "679", "680", "681", "682", "683", "685",
           "686", "687", "688", "689", "690", "691", "692"]
        // Global services, East and South Asia.
        + ["800", "808", "850", "852", "853", "855", "856", "870", "878", "880", "881", "882", "883", "886",
           "888"]
        // Middle East and Central Asia.
        + ["960", "961", "962", "963", "964", "965", "966", "967", "968", "970", "971", "972", "973", "974",
           "975", "976", "977", "979", "992", "993", "994", "995", "996", "998"]
    )

    /// Codes whose national numbers keep a leading 0 after the country code (`+39 06 …` is Rome;
    /// the 0 is not a trunk prefix there).
    public static let keepLeadingZero: Set<String> = ["39", "378", "379", "225", "242"]

    /// The country calling code at the start of `digits` (the digits after `+` or `00`), if any.
    public static func code(prefixing digits: Substring) -> String? {
        for length in 1...3 where digits.count > length {
            let candidate = String(digits.prefix(length))
            if all.contains(candidate) { return candidate }
        }
        return nil
    }

    /// The country calling code at the start of `digits` (ASCII digits after `+` or `00`), if any.
    static func code(prefixing digits: ArraySlice<UInt8>) -> String? {
        codePrefix(digits).map { codeNames[$0.value] }
    }

    /// The country calling code at the start of `digits` (ASCII digits after `+` or `00`) as its value and
    /// its number of digits, if any. No code starts with 0; past that first digit, a code's value names it
    /// (no string per candidate, a table lookup each).
    static func codePrefix(_ digits: ArraySlice<UInt8>) -> (value: Int, length: Int)? {
        guard let first = digits.first, first != UInt8(ascii: "0") else { return nil }
        var value = 0
        var length = 0
        var k = digits.startIndex
        // A code is followed by at least one digit of the national number.
        while length < 3, digits.count > length + 1 {
            value = value * 10 + Int(digits[k] &- UInt8(ascii: "0"))
            length += 1
            k += 1
            if isCode[value] { return (value, length) }
        }
        return nil
    }

    /// Whether the code of this value keeps the national number's leading 0 (see `keepLeadingZero`).
    static func keepsLeadingZero(_ value: Int) -> Bool { keepsZero[value] }

    /// `all` as a table by value (every code has one to three digits), with their names.
    private static let isCode: [Bool] = {
        var table = [Bool](repeating: false, count: 1000)
        for code in all { if let v = Int(code) { table[v] = true } }
        return table
    }()
    private static let codeNames: [String] = (0..<1000).map(String.init)
    private static let keepsZero: [Bool] = {
        var table = [Bool](repeating: false, count: 1000)
        for code in keepLeadingZero { if let v = Int(code) { table[v] = true } }
        return table
    }()
}
