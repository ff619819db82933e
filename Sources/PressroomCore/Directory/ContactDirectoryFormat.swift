/// The directory as text for reading in a terminal and as JSON for scripts (`pressroom contacts --merged`).
extension ContactTable {
    /// One block per entry: the name, every other spelling, role, organisation, phone (as printed, its
    /// label and the E.164 form where it differs) and e-mail with the date last seen, then its releases,
    /// newest first. Blocks are separated by a blank line; text from the releases is made visible.
    public static func text(_ entries: [ContactDirectory.Entry]) -> String {
        guard !entries.isEmpty else { return "No contacts.\n" }
        var out = ""
        func seen(_ date: String?) -> String { date.map { "  (\($0))" } ?? "" }
        func add(_ line: String) { out += VisibleText.sanitized(line) + "\n" }
        for (k, e) in entries.enumerated() {
            if k > 0 { out += "\n" }
            add(e.name ?? "– " + e.title)
            for n in e.names where n.value != e.name { add("  also printed as: \(n.value)\(seen(n.lastSeen))") }
            for r in e.roles { add("  role: \(r.value)\(seen(r.lastSeen))") }
            for o in e.organizations { add("  organisation: \(o.value)\(seen(o.lastSeen))") }
            for p in e.phones {
                var line = "  phone: " + (p.printed.first ?? p.number)
                if let label = p.labels.first { line += "  [\(label)]" }
                // The E.164 form beside the printed one where it differs.
                if let printed = p.printed.first, let e164 = p.e164, e164 != printed { line += "  \(e164)" }
                add(line + seen(p.lastSeen))
            }
            for m in e.emails { add("  e-mail: \(m.value)\(seen(m.lastSeen))") }
            for u in e.urls { add("  web: \(u.value)\(seen(u.lastSeen))") }
            add("  releases (\(e.releases.count)):")
            for r in e.releases {
                add("    \(r.date ?? "–")  \(shorten(r.title, 60))  \(r.source)")
            }
        }
        return out
    }

    /// A JSON array, one object per entry: `name`, `names`, `roles`, `organizations`, `emails`, `urls`
    /// (each value with `lastSeen` and `count`), `phones` (`number`, `e164`, `printed`, `labels`,
    /// `lastSeen`, `count`), `lastSeen` and `releases` (`id`, `source`, `date`, `title`, `organization`).
    public static func json(_ entries: [ContactDirectory.Entry]) -> String {
        var out = "["
        func seen(_ key: String, _ values: [ContactDirectory.Seen]) {
            out += ",\"\(key)\":["
            for (i, v) in values.enumerated() {
                if i > 0 { out += "," }
                out += "{\"value\":"; ReleaseJSON.string(v.value, into: &out)
                out += ",\"lastSeen\":"; ReleaseJSON.optional(v.lastSeen, into: &out)
                out += ",\"count\":\(v.count)}"
            }
            out += "]"
        }
        for (k, e) in entries.enumerated() {
            out += k == 0 ? "\n" : ",\n"
            out += "{\"name\":"; ReleaseJSON.optional(e.name, into: &out)
            seen("names", e.names)
            seen("roles", e.roles)
            seen("organizations", e.organizations)
            out += ",\"phones\":["
            for (i, p) in e.phones.enumerated() {
                if i > 0 { out += "," }
                out += "{\"number\":"; ReleaseJSON.string(p.number, into: &out)
                out += ",\"e164\":"; ReleaseJSON.optional(p.e164, into: &out)
                out += ",\"printed\":"; ReleaseJSON.array(p.printed, into: &out)
                out += ",\"labels\":"; ReleaseJSON.array(p.labels, into: &out)
                out += ",\"lastSeen\":"; ReleaseJSON.optional(p.lastSeen, into: &out)
                out += ",\"count\":\(p.count)}"
            }
            out += "]"
            seen("emails", e.emails)
            seen("urls", e.urls)
            out += ",\"lastSeen\":"; ReleaseJSON.optional(e.lastSeen, into: &out)
            out += ",\"releases\":["
            for (i, r) in e.releases.enumerated() {
                if i > 0 { out += "," }
                out += "{\"id\":"; ReleaseJSON.string(r.id, into: &out)
                out += ",\"source\":"; ReleaseJSON.string(r.source, into: &out)
                out += ",\"date\":"; ReleaseJSON.optional(r.date, into: &out)
                out += ",\"title\":"; ReleaseJSON.string(r.title, into: &out)
                out += ",\"organization\":"; ReleaseJSON.optional(r.organization, into: &out)
                out += "}"
            }
            out += "]}"
        }
        return out + (entries.isEmpty ? "]" : "\n]")
    }
}
