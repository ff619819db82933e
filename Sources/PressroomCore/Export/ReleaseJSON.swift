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
            phoneDetails(c, into: &out)
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

    /// The spec's optional `phone_details` of a contact: one object per entry of `phones`, in order.
    static func phoneDetails(_ c: Contact, into out: inout String) {
        out += ",\"phone_details\":["
        for (i, d) in c.phoneDetails.enumerated() {
            if i > 0 { out += "," }
            out += "{\"printed\":"; string(d.printed, into: &out)
            out += ",\"e164\":"; optional(d.e164, into: &out)
            out += ",\"label\":"; optional(d.label, into: &out)
            out += "}"
        }
        out += "]"
    }

    /// A value of an export's object, for `members` and `objects`.
    enum Value {
        case string(String)
        case optional(String?)
        case strings([String])
        case number(Int)
    }

    /// `,"key":value` for each member in order (the first without its comma when `first`): the members of
    /// an object, its braces the caller's.
    static func members(_ members: KeyValuePairs<String, Value>, first: Bool = false, into out: inout String) {
        for (k, member) in members.enumerated() {
            out += k == 0 && first ? "\"" : ",\""
            out += member.key
            out += "\":"
            switch member.value {
            case .string(let s): string(s, into: &out)
            case .optional(let s): optional(s, into: &out)
            case .strings(let items): array(items, into: &out)
            case .number(let n): out += "\(n)"
            }
        }
    }

    /// A JSON array of one object per item, its members `members(item)`.
    static func objects<T>(_ items: [T], into out: inout String, _ members: (T) -> KeyValuePairs<String, Value>) {
        out += "["
        for (i, item) in items.enumerated() {
            out += i > 0 ? ",{" : "{"
            Self.members(members(item), first: true, into: &out)
            out += "}"
        }
        out += "]"
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
        // Most of a record's strings need no escape at all: one pass over the bytes says so, and the string is
        // then appended whole (the walk below costs ~30 instructions a byte through `UTF8View` indices).
        if needsNoEscape(s) == true {
            out += "\""
            out += s
            out += "\""
            return
        }
        stringPlain(s, into: &out)
    }

    /// True when no byte of `s` is one `stringPlain` escapes or inspects (controls, `"`, `\`, and 0xE2, the lead
    /// byte of U+2028/U+2029); nil when the bytes are not contiguous or fast paths are off.
    static func needsNoEscape(_ s: String) -> Bool? {
        if FastPaths.off { return nil }
        return s.utf8.withContiguousStorageIfAvailable { buf -> Bool in
            var bad = false
            for b in buf { bad = bad || b < 0x20 || b == 0x22 || b == 0x5C || b == 0xE2 }
            return !bad
        }
    }

    /// The plain definition: every byte walked, runs that need no escape copied whole.
    static func stringPlain(_ s: String, into out: inout String) {
        out += "\""
        // Runs of bytes that need no escape are copied whole: per-scalar appends made exports slow.
        let u = s.utf8
        var runStart = u.startIndex
        var i = u.startIndex
        while i != u.endIndex {
            let b = u[i]
            var escape: String?
            var width = 1
            switch b {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0..<0x20:
                let hex = String(b, radix: 16)
                escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            case 0xE2:
                // U+2028 and U+2029 (E2 80 A8/A9) end lines in JavaScript.
                let j = u.index(after: i)
                if j != u.endIndex, u[j] == 0x80 {
                    let k = u.index(after: j)
                    if k != u.endIndex, u[k] == 0xA8 || u[k] == 0xA9 {
                        escape = u[k] == 0xA8 ? "\\u2028" : "\\u2029"
                        width = 3
                    }
                }
            default: break
            }
            if let escape {
                out += s[runStart..<i]
                out += escape
                i = u.index(i, offsetBy: width)
                runStart = i
            } else {
                i = u.index(after: i)
            }
        }
        out += s[runStart..<u.endIndex]
        out += "\""
    }
}
