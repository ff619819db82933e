/// Contacts as CSV (RFC 4180): UTF-8, a header row, then one row per contact (or per directory entry); a
/// field holding a comma, a double quote or a line break is quoted, quotes doubled; lines end in CRLF.
/// Several phones or addresses share one field, separated by `; `. Every value passes through
/// `VisibleText` (control characters and bidi overrides become placeholders; line breaks stay, quoted).
///
/// The columns are the text table's, filled the same way (the organisation is the contact's where printed
/// beside it, else the release's), then the values the table leaves out (web addresses, the release's id
/// and its own organisation).
public enum ContactCSV {
    /// The columns of `pressroom contacts --format csv`, in order.
    public static let header = ["date", "name", "role", "organization", "phones", "emails", "title", "source",
                                "urls", "id", "release_organization"]

    /// The columns of `pressroom contacts --merged --format csv`, in order.
    public static let mergedHeader = ["name", "names", "roles", "organizations", "phones", "emails", "urls",
                                      "last_seen", "releases", "ids", "sources"]

    /// The whole document: header and rows.
    public static func document(_ rows: [ContactRow]) -> String {
        var out = CSV.line(header)
        for row in rows { out += CSV.line(fields(row)) }
        return out
    }

    /// The whole document for directory entries: header and one row per entry.
    public static func document(_ entries: [ContactDirectory.Entry]) -> String {
        var out = CSV.line(mergedHeader)
        for entry in entries { out += CSV.line(fields(entry)) }
        return out
    }

    /// The fields of one row, unquoted.
    public static func fields(_ row: ContactRow) -> [String] {
        let c = row.contact
        return [row.date ?? "", c.name ?? "", c.role ?? "", row.organization ?? "", c.phones.joined(separator: "; "),
                c.emails.joined(separator: "; "), row.title, row.source, c.urls.joined(separator: "; "),
                row.releaseID ?? "", row.releaseOrganization ?? ""]
    }

    /// The fields of one directory entry, unquoted: the name shown, then every value seen (most recent
    /// first), the date last seen and its releases (newest first): count, ids and sources.
    public static func fields(_ e: ContactDirectory.Entry) -> [String] {
        func join(_ seen: [ContactDirectory.Seen]) -> String { seen.map(\.value).joined(separator: "; ") }
        return [e.name ?? "", join(e.names), join(e.roles), join(e.organizations),
                e.phones.map(\.number).joined(separator: "; "), join(e.emails), join(e.urls), e.lastSeen ?? "",
                String(e.releases.count), e.releases.map(\.id).joined(separator: "; "),
                e.releases.map(\.source).joined(separator: "; ")]
    }
}
