/// RFC 4180 records, as every CSV output of pressroom writes them (releases, contacts, the directory).
public enum CSV {
    /// One record line, fields made visible and quoted where RFC 4180 requires, ending in CRLF.
    public static func line(_ fields: [String]) -> String {
        fields.map { quoted(VisibleText.sanitized($0, keepingLineBreaks: true)) }.joined(separator: ",") + "\r\n"
    }

    /// `field` quoted when it holds a comma, a double quote, CR or LF (quotes doubled inside).
    public static func quoted(_ field: String) -> String {
        let needs = field.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needs else { return field }
        var out = "\""
        for scalar in field.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "\""
    }
}
