/// Writes release records as the JSON of `../shared/spec/release-json.md`: every key, in the spec's
/// order, `null` for a missing value. Hand-written so that key order and escaping are stable.
public enum ReleaseJSON {
    /// One record as a single-line JSON object.
    public static func object(_ r: Release) -> String {
        var out = "{"
        out.reserveCapacity(1024)
        func key(_ k: String, _ first: Bool = false) {
            if !first { out += "," }
            out += "\""; out += k; out += "\":"
        }
        key("id", true); string(r.id, into: &out)
        key("source"); string(r.source, into: &out)
        key("format"); string(r.format.rawValue, into: &out)
        key("kind"); optional(r.kind, into: &out)
        key("title"); string(r.title, into: &out)
        key("subtitle"); optional(r.subtitle, into: &out)
        key("date"); optional(r.date, into: &out)
        key("organization"); optional(r.organization, into: &out)
        key("release"); optional(r.release, into: &out)
        key("location"); optional(r.location, into: &out)
        key("paragraphs"); array(r.paragraphs, into: &out)
        key("notes"); array(r.notes, into: &out)
        key("contacts")
        out += "["
        for (i, c) in r.contacts.enumerated() {
            if i > 0 { out += "," }
            out += "{"
            contactFields(c, into: &out)
            out += "}"
        }
        out += "]"
        key("links"); array(r.links, into: &out)
        key("warnings"); array(r.warnings, into: &out)
        out += "}"
        return out
    }

    /// All records as one JSON array, one record a line.
    public static func array(_ releases: [Release]) -> String {
        if releases.isEmpty { return "[]" }
        return "[\n" + releases.map(object).joined(separator: ",\n") + "\n]"
    }

    /// JSON Lines: one record a line.
    public static func lines(_ releases: [Release]) -> String {
        releases.map { object($0) + "\n" }.joined()
    }

    /// A contact's keys of the spec, in order, without the enclosing braces (shared with the contacts table).
    static func contactFields(_ c: Contact, into out: inout String) {
        out += "\"name\":"; optional(c.name, into: &out)
        out += ",\"role\":"; optional(c.role, into: &out)
        out += ",\"organization\":"; optional(c.organization, into: &out)
        out += ",\"phones\":"; array(c.phones, into: &out)
        out += ",\"emails\":"; array(c.emails, into: &out)
        out += ",\"urls\":"; array(c.urls, into: &out)
    }

    static func optional(_ s: String?, into out: inout String) {
        if let s { string(s, into: &out) } else { out += "null" }
    }

    static func array(_ items: [String], into out: inout String) {
        out += "["
        for (i, s) in items.enumerated() {
            if i > 0 { out += "," }
            string(s, into: &out)
        }
        out += "]"
    }

    /// A JSON string literal; non-ASCII is written as UTF-8, control characters escaped.
    public static func string(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
