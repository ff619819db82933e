/// Contacts as an aligned text table for reading in a terminal, and as JSON for scripts.
public enum ContactTable {
    static let headers = ["DATE", "NAME", "ROLE", "ORGANISATION", "PHONES", "EMAILS", "RELEASE", "SOURCE"]

    /// One line per contact, columns padded to line up; long job titles, organisations and headlines
    /// are shortened with `…` (`maxWidth` characters a column), numbers and addresses never.
    public static func text(_ rows: [ContactRow], maxWidth: Int = 36) -> String {
        guard !rows.isEmpty else { return "No contacts.\n" }
        let table: [[String]] = [headers] + rows.map { row in
            let c = row.contact
            // An empty cell prints `VisibleText.missingField`, as `list` and `search` do.
            return [row.date ?? "", c.name ?? "", shorten(c.role ?? "", maxWidth),
                    shorten(row.organization ?? "", maxWidth), c.phones.joined(separator: ", "),
                    c.emails.joined(separator: ", "), shorten(row.title, maxWidth), row.source].map { VisibleText.field($0) }
        }
        var widths = Array(repeating: 0, count: headers.count)
        for cells in table { for (i, cell) in cells.enumerated() { widths[i] = max(widths[i], displayWidth(cell)) } }
        var out = ""
        for cells in table {
            var line = ""
            for (i, cell) in cells.enumerated() {
                line += cell
                if i < cells.count - 1 { line += String(repeating: " ", count: widths[i] - displayWidth(cell) + 2) }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }

    /// A JSON array, one object per contact: the contact's keys of the spec (with `phone_details`) plus the
    /// release's `id`, `date`, `releaseOrganization`, `title` and `source`.
    public static func json(_ rows: [ContactRow]) -> String {
        var out = "["
        for (i, row) in rows.enumerated() {
            if i > 0 { out += "," }
            out += "{"
            ReleaseJSON.contactFields(row.contact, into: &out)
            ReleaseJSON.phoneDetails(row.contact, into: &out)
            ReleaseJSON.members(["id": .optional(row.releaseID), "date": .optional(row.date),
                                 "releaseOrganization": .optional(row.releaseOrganization), "title": .string(row.title),
                                 "source": .string(row.source)], into: &out)
            out += "}"
        }
        return out + "]"
    }

    static func shorten(_ s: String, _ width: Int) -> String {
        guard displayWidth(s) > width else { return s }
        var out = ""
        var w = 0
        for ch in s {
            let cw = displayWidth(String(ch))
            if w + cw > width - 1 { break }
            out.append(ch)
            w += cw
        }
        return out + "…"
    }

    /// Terminal columns: East Asian wide and full-width characters take two, combining marks none.
    static func displayWidth(_ s: String) -> Int {
        var w = 0
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if scalar.properties.generalCategory == .nonspacingMark || v == 0x200B { continue }
            let wide = (v >= 0x1100 && v <= 0x115F) || (v >= 0x2E80 && v <= 0xA4CF) || (v >= 0xAC00 && v <= 0xD7A3)
                || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0xFE30 && v <= 0xFE4F) || (v >= 0xFF00 && v <= 0xFF60)
                || (v >= 0xFFE0 && v <= 0xFFE6) || (v >= 0x1F300 && v <= 0x1FAFF) || (v >= 0x20000 && v <= 0x3FFFD)
            w += wide ? 2 : 1
        }
        return w
    }
}
