/// Releases as CSV (RFC 4180, UTF-8, a header row, CRLF; `pressroom export --format csv`): one row per
/// release, its contacts as `name <email>` joined with `; ` (a contact without a name is its address alone,
/// one without an address its name alone). Values pass through `VisibleText`, as in `ContactCSV`.
public enum ReleaseCSV {
    /// The columns, in order.
    public static let header = ["id", "source", "date", "organization", "kind", "title", "location", "release",
                                "contacts"]

    /// The whole document: header and one row per release.
    public static func document(_ releases: [Release]) -> String {
        var out = CSV.line(header)
        for r in releases { out += CSV.line(fields(r)) }
        return out
    }

    /// The fields of one release, unquoted.
    public static func fields(_ r: Release) -> [String] {
        [r.id, r.source, r.date ?? "", r.organization ?? "", r.kind ?? "", r.title, r.location ?? "", r.release ?? "",
         r.contacts.compactMap(contact).joined(separator: "; ")]
    }

    /// `Name <email>` for a contact (every address of it, `Name <a>, <b>`); nil for a contact with neither.
    static func contact(_ c: Contact) -> String? {
        let addresses = c.emails.map { "<\($0)>" }.joined(separator: ", ")
        switch (c.name, addresses.isEmpty) {
        case let (name?, false): return name + " " + addresses
        case let (name?, true): return name
        case (nil, false): return addresses
        case (nil, true): return nil
        }
    }
}
