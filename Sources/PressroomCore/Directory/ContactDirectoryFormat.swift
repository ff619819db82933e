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
            out += ",\"\(key)\":"
            ReleaseJSON.objects(values, into: &out) { ["value": .string($0.value), "lastSeen": .optional($0.lastSeen), "count": .number($0.count)] }
        }
        for (k, e) in entries.enumerated() {
            out += k == 0 ? "\n" : ",\n"
            out += "{\"name\":"; ReleaseJSON.optional(e.name, into: &out)
            seen("names", e.names)
            seen("roles", e.roles)
            seen("organizations", e.organizations)
            out += ",\"phones\":"
            ReleaseJSON.objects(e.phones, into: &out) { p in
                ["number": .string(p.number), "e164": .optional(p.e164), "printed": .strings(p.printed),
                 "labels": .strings(p.labels), "lastSeen": .optional(p.lastSeen), "count": .number(p.count)]
            }
            seen("emails", e.emails)
            seen("urls", e.urls)
            ReleaseJSON.members(["lastSeen": .optional(e.lastSeen)], into: &out)
            out += ",\"releases\":"
            ReleaseJSON.objects(e.releases, into: &out) { r in
                ["id": .string(r.id), "source": .string(r.source), "date": .optional(r.date), "title": .string(r.title),
                 "organization": .optional(r.organization)]
            }
            out += "}"
        }
        return out + (entries.isEmpty ? "]" : "\n]")
    }
}
