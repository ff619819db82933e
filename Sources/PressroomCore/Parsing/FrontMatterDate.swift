/// The `date:` of YAML front matter (`---` … `---`) or `date =` of TOML front matter (`+++` … `+++`) at the
/// top of a file: blog engines and harvesters record the publication date there (`date: 2019-07-19`,
/// `date: "1990-06-07"`, `date = 2024-05-02T10:00:00+02:00`). It is the issue date's strongest evidence
/// after a labelled date in the release's own head.
///
/// Reads only the front matter's lines (at most 60), so it costs nothing on files without one.
enum FrontMatterDate {
    /// Keys that hold the publication date (folded).
    static let keys: Set<String> = ["date", "published", "publishdate", "pubdate", "created", "issued"]

    static func find(in text: String, hints: DateHints) -> DateMatch? {
        // Most files open with no front matter: its first printed byte (past a BOM and whitespace) is none of
        // `-`, `+` (a fence) or `<` (an HTML comment before it).
        let opens = TextScan.withBytes(text) { b -> Bool in
            var i = 0
            if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { i = 3 }
            while i < b.count, TextScan.isSpaceByte(b[i]) { i += 1 }
            return i < b.count && (b[i] == 0x2D || b[i] == 0x2B || b[i] == 0x3C)
        }
        guard opens else { return nil }
        var lines = text.split(separator: "\n", maxSplits: 62, omittingEmptySubsequences: false).makeIterator()
        // A byte-order mark or blank lines may come first; an HTML comment may stand before the front matter.
        var fence: String?
        var inComment = false
        var seen = 0
        while let raw = lines.next() {
            seen += 1
            if seen > 20 { return nil }
            let t = TextScan.trim(raw.hasPrefix("\u{FEFF}") ? raw.dropFirst() : raw)
            if inComment { if t.hasSuffix("-->") { inComment = false }; continue }
            if t.isEmpty { continue }
            if t.hasPrefix("<!--") { inComment = !t.hasSuffix("-->"); continue }
            if t == "---" || t == "+++" { fence = t }
            break
        }
        guard let fence else { return nil }
        var count = 0
        while let raw = lines.next(), count < 60 {
            count += 1
            let t = TextScan.trim(raw)
            if t == fence || (fence == "---" && t == "...") { return nil }
            // Top-level keys only (no indent): `date: 2019-07-19`, `date = 2019-07-19`.
            guard raw.first.map({ $0 != " " && $0 != "\t" }) == true else { continue }
            guard let sep = t.firstIndex(where: { $0 == ":" || $0 == "=" }) else { continue }
            let key = Fold.line(TextScan.trim(t[..<sep]))
            guard keys.contains(key) else { continue }
            var value = TextScan.trim(t[t.index(after: sep)...])
            if let q = value.first, q == "\"" || q == "'", value.count >= 2, value.last == q { value = String(value.dropFirst().dropLast()) }
            if let m = DateParser.firstDate(in: value, hints: hints) { return m }
        }
        return nil
    }
}
