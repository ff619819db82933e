/// Why the parser decided what it did for one release: each recovered line with the role it was given,
/// then the fields with the candidates weighed for them. `pressroom explain` and the browser's `i` show it.
public struct ReleaseExplanation: Sendable, Equatable {
    /// The part of a release a printed line was taken for.
    public enum Role: String, Sendable, CaseIterable {
        case furniture, letterhead, metadata, kind, release, date, dateline, headline, standfirst, body, notes
        case notesHeading = "notes heading"
        case contact, trailing, signOff = "sign-off"
    }

    public struct Line: Sendable, Equatable {
        public var role: Role
        public var text: String
    }

    /// A date the parser found, where it found it, and whether it was taken.
    public struct DateCandidate: Sendable, Equatable {
        public var iso: String
        public var source: String
        public var warning: String?
    }

    public var lines: [Line] = []
    public var dates: [DateCandidate] = []
    public var organization = OrganizationEvidence()

    /// The explanation as text, `width` columns at most for the lines (longer ones are cut with `…`).
    public func text(release: Release, width: Int = 100) -> String {
        var out = "LINES (role: text as recovered)\n"
        let roleWidth = Role.allCases.map(\.rawValue.count).max() ?? 10
        for line in lines {
            let role = line.role.rawValue.padding(toLength: roleWidth, withPad: " ", startingAt: 0)
            out += "  \(role)  \(Self.cut(line.text, max(10, width - roleWidth - 4)))\n"
        }
        out += "\nFIELDS\n"
        func field(_ name: String, _ value: String?) { out += "  \(name): \(value.map { "\"\($0)\"" } ?? "none")\n" }
        field("kind", release.kind)
        field("headline", release.title.isEmpty ? nil : release.title)
        field("standfirst", release.subtitle)
        field("release", release.release)
        field("location", release.location)
        field("date", release.date)
        for d in dates {
            let taken = d.iso == release.date ? "taken" : "     "
            out += "    \(taken) \(d.iso)  from \(d.source)\(d.warning.map { " (\($0))" } ?? "")\n"
        }
        field("organization", release.organization)
        if organization.candidates.isEmpty { out += "    no candidate\n" }
        for c in organization.candidates.prefix(8) {
            let taken = c.name == organization.chosen || release.organization == c.name ? "taken" : "     "
            out += "    \(taken) \(String(format: "%5.1f", c.score))  \(c.name)\n"
            let cues = c.cues.map { "\($0.cue.rawValue) \(Int($0.weight.rounded()))" }.joined(separator: ", ")
            out += "                 \(cues)\n"
            if let why = c.rejected { out += "                 not taken: \(why)\n" }
        }
        if organization.weak, release.organization != nil { out += "    (weak: one kind of cue, or little weight)\n" }
        out += "  contacts: \(release.contacts.count), paragraphs: \(release.paragraphs.count), notes: \(release.notes.count), links: \(release.links.count)\n"
        if !release.warnings.isEmpty { out += "  warnings:\n" + release.warnings.map { "    \($0)\n" }.joined() }
        return out
    }

    static func cut(_ s: String, _ n: Int) -> String {
        s.count <= n ? s : String(s.prefix(n - 1)) + "…"
    }
}
