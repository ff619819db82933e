import PressroomCore

/// The list as text for scripts and pipes (`pressroom list`, `pressroom | cat`): the browser's default
/// order, one release a line.
public enum PlainList {
    /// Releases in the browser's default order (newest first, undated last).
    public static func ordered(_ catalog: Catalog) -> [Release] {
        catalog.ordering(.newestFirst).map { catalog.releases[$0] }
    }

    /// One line per release: date, organisation, headline, source, separated by tabs (`-` when missing, as
    /// `pressroom search` prints them: `VisibleText.missingField`). Tabs and control characters inside the
    /// fields are made visible, so each record stays one line.
    public static func text(_ releases: [Release]) -> String {
        releases.map { line($0) + "\n" }.joined()
    }

    /// One release's line, without its line break: date, organisation, headline, source, each made visible
    /// (`VisibleText.field`), tab-separated; `list` and `search` print it. `title` replaces the headline when
    /// given (search's, with its matched words marked), already made visible.
    public static func line(_ r: Release, title: String? = nil) -> String {
        [VisibleText.field(r.date), VisibleText.field(r.organization), title ?? VisibleText.field(r.title),
         VisibleText.field(r.source)].joined(separator: "\t")
    }

    /// A JSON array of `{"id","date","organization","title","source"}`, one object a line.
    public static func json(_ releases: [Release]) -> String {
        if releases.isEmpty { return "[]\n" }
        let objects = releases.map { r in
            "{\"id\":\(quote(r.id)),\"date\":\(quote(r.date)),\"organization\":\(quote(r.organization)),"
                + "\"title\":\(quote(r.title)),\"source\":\(quote(r.source))}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// A JSON string literal, or `null`.
    static func quote(_ s: String?) -> String {
        guard let s else { return "null" }
        var out = ""
        ReleaseJSON.string(s, into: &out)
        return out
    }
}
