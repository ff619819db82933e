/// Contacts as CSV (RFC 4180): a header row, then one row per contact; fields holding a comma, a
/// double quote or a line break are quoted, quotes doubled; lines end in CRLF. Several phones or
/// addresses share one field, separated by `; `.
public enum ContactCSV {
    /// The columns, in order.
    public static let header = ["name", "role", "organization", "phones", "emails", "urls",
                                "date", "release_organization", "title", "source"]

    /// The whole document: header and rows.
    public static func document(_ rows: [ContactRow]) -> String {
        var out = line(header)
        for row in rows { out += line(fields(row)) }
        return out
    }

    /// The fields of one row, unquoted.
    public static func fields(_ row: ContactRow) -> [String] {
        let c = row.contact
        return [c.name ?? "", c.role ?? "", c.organization ?? "", c.phones.joined(separator: "; "),
                c.emails.joined(separator: "; "), c.urls.joined(separator: "; "), row.date ?? "",
                row.releaseOrganization ?? "", row.title, row.source]
    }

    /// One record line, fields quoted where RFC 4180 requires, ending in CRLF.
    public static func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    /// `field` quoted when it holds a comma, a double quote, CR or LF (quotes doubled inside).
    public static func quoted(_ field: String) -> String {
        let needs = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needs else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
