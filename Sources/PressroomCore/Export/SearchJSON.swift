/// Search results as JSON: each release's record exactly as `ReleaseJSON.object` writes it, plus a
/// last key `matches` listing what the query's words matched, so that a script can highlight or
/// quote them:
///
///     "matches":[{"path":"/title","start":4,"end":11},{"path":"/paragraphs/1","start":0,"end":5}, …]
///
/// `path` is a JSON Pointer (RFC 6901) into the record; `start`/`end` are offsets in Unicode code
/// points (what Python and most JSON consumers index by), end exclusive. Words are marked wherever
/// they occur in the record's searchable strings, whatever field the query named.
public enum SearchJSON {
    /// One record with its `matches`, on one line.
    public static func object(_ r: Release, highlighter: Highlighter) -> String {
        var out = ReleaseJSON.object(r)
        out.removeLast()  // the closing brace; `matches` goes last
        out += ",\"matches\":["
        var first = true
        for (path, text) in searchableStrings(r) {
            for range in highlighter.scalarRanges(in: text) {
                if !first { out += "," }
                first = false
                out += "{\"path\":"
                ReleaseJSON.string(path, into: &out)
                out += ",\"start\":\(range.lowerBound),\"end\":\(range.upperBound)}"
            }
        }
        out += "]}"
        return out
    }

    /// All records as one JSON array, one record a line.
    public static func array(_ releases: [Release], highlighter: Highlighter) -> String {
        if releases.isEmpty { return "[]" }
        return "[\n" + releases.map { object($0, highlighter: highlighter) }.joined(separator: ",\n") + "\n]"
    }

    /// JSON Lines: one record a line.
    public static func lines(_ releases: [Release], highlighter: Highlighter) -> String {
        releases.map { object($0, highlighter: highlighter) + "\n" }.joined()
    }

    /// The record's strings that search looks into, with their JSON Pointers, in record order.
    static func searchableStrings(_ r: Release) -> [(String, String)] {
        var out: [(String, String)] = [("/title", r.title)]
        if let s = r.subtitle { out.append(("/subtitle", s)) }
        if let o = r.organization { out.append(("/organization", o)) }
        if let k = r.kind { out.append(("/kind", k)) }
        if let l = r.location { out.append(("/location", l)) }
        for (i, p) in r.paragraphs.enumerated() { out.append(("/paragraphs/\(i)", p)) }
        for (i, n) in r.notes.enumerated() { out.append(("/notes/\(i)", n)) }
        for (i, c) in r.contacts.enumerated() {
            if let n = c.name { out.append(("/contacts/\(i)/name", n)) }
            if let role = c.role { out.append(("/contacts/\(i)/role", role)) }
            if let o = c.organization { out.append(("/contacts/\(i)/organization", o)) }
            for (j, p) in c.phones.enumerated() { out.append(("/contacts/\(i)/phones/\(j)", p)) }
            for (j, e) in c.emails.enumerated() { out.append(("/contacts/\(i)/emails/\(j)", e)) }
        }
        return out
    }
}
