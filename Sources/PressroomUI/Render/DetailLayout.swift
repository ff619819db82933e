import PressroomCore

/// What a line of the detail is, which decides its style.
public enum DetailLineRole: Hashable, Sendable {
    case blank, meta, headline, subtitle, organization, body, heading, contactName, contactField, link, dim
    /// An embargo's release instruction, drawn as a warning.
    case warning
}

/// One wrapped line of the detail: a dim label (`Phone  `, `[2] `) then the text.
public struct DetailLine: Hashable, Sendable {
    public var prefix: String
    public var text: String
    public var role: DetailLineRole
    /// The contact card this line belongs to, and the card's field (`ContactCard.fields`).
    public var contact: Int?
    public var field: Int?

    public init(prefix: String = "", text: String, role: DetailLineRole, contact: Int? = nil, field: Int? = nil) {
        self.prefix = prefix
        self.text = text
        self.role = role
        self.contact = contact
        self.field = field
    }

    /// The line as plain text.
    public var plain: String { prefix + text }
}

/// Where a search term was found in the detail.
public struct DetailMatch: Hashable, Sendable {
    public var line: Int
    /// Character offsets into the line's `text`.
    public var range: Range<Int>
}

/// A release laid out for reading at a width: the detail pane and `pressroom show` both draw this.
public struct DetailLayout: Hashable, Sendable {
    public private(set) var lines: [DetailLine] = []
    /// The line of the Contacts heading, if the release has contacts.
    public private(set) var contactsLine: Int?
    /// The first line of each contact's card.
    public private(set) var contactStarts: [Int] = []
    /// Every match of the highlight terms, in reading order.
    public private(set) var matches: [DetailMatch] = []
    public let width: Int

    /// Lays out `release` wrapped to `width` columns, finding `highlights` for highlighting.
    public init(release: Release, width: Int, highlights: [HighlightTerm] = []) {
        self.width = max(1, width)
        // Each link is numbered where the text first prints it, and listed under Links at the end.
        var markers = LinkMarkers(links: release.links)
        // An embargo's instruction stands on its own line, drawn as a warning; another joins the meta line.
        let embargo = release.release.flatMap { Embargo.isEmbargo($0) ? $0 : nil }
        let meta = [release.kind, release.date, release.location, embargo == nil ? release.release : nil]
            .compactMap { $0.flatMap { $0.isEmpty ? nil : $0 } }
        if !meta.isEmpty { add(meta.joined(separator: " · "), role: .meta) }
        if let embargo { add(embargo, role: .warning) }
        if !meta.isEmpty || embargo != nil { blank() }
        add(release.title.isEmpty ? "(no headline)" : release.title, role: .headline)
        // A blank line sets the standfirst apart from the headline in every mode, colour or none.
        if let subtitle = release.subtitle, !subtitle.isEmpty {
            blank()
            add(markers.mark(subtitle), role: .subtitle)
        }
        if let organization = release.organization, !organization.isEmpty { add(organization, role: .organization) }
        // A list item keeps its marker (`•`, `1.`), its lines hanging under its text; the items of one list
        // follow each other without a blank line, as a list is printed.
        var lastWasItem = false
        for (i, paragraph) in release.paragraphs.enumerated() where !paragraph.isEmpty {
            let prefix = Self.itemPrefix(release.paragraphMarker(i))
            if !(lastWasItem && !prefix.isEmpty) { blank() }
            add(markers.mark(paragraph), role: .body, prefix: prefix)
            lastWasItem = !prefix.isEmpty
        }
        if !release.notes.isEmpty {
            blank()
            add("Notes", role: .heading)
            lastWasItem = false
            for (i, note) in release.notes.enumerated() {
                let prefix = Self.itemPrefix(release.noteMarker(i))
                if i > 0 && !(lastWasItem && !prefix.isEmpty) { blank() }
                add(markers.mark(note), role: .body, prefix: prefix)
                lastWasItem = !prefix.isEmpty
            }
        }
        let contacts = Self.contacts(of: release)
        if !contacts.isEmpty {
            blank()
            contactsLine = lines.count
            add("Contacts", role: .heading)
            for (i, contact) in contacts.enumerated() {
                if i > 0 { blank() }
                contactStarts.append(lines.count)
                card(contact, number: i, markers: &markers)
            }
        }
        if !release.links.isEmpty {
            blank()
            add("Links", role: .heading)
            let numberWidth = String(release.links.count).count + 3
            for (i, link) in release.links.enumerated() {
                let label = "[\(i + 1)]"
                add(link, role: .link, prefix: label + String(repeating: " ", count: numberWidth - label.count))
            }
        }
        if !release.warnings.isEmpty {
            blank()
            add("Warnings", role: .heading)
            for warning in release.warnings { add(warning, role: .dim, prefix: "- ") }
        }
        blank()
        add("Source: \(release.source) · id \(release.id)", role: .dim)
        if !highlights.isEmpty {
            let highlighter = Highlighter(terms: highlights)
            for (n, line) in lines.enumerated() where line.role != .blank {
                for range in highlighter.characterRanges(in: line.text) {
                    matches.append(DetailMatch(line: n, range: range))
                }
            }
        }
    }

    /// The prefix of a list item's first line: its marker and a space (the text hangs after it); none for a
    /// paragraph that is no item. A marker made of control characters is shown as `•` (markers come from the
    /// parser, which makes only `•` and printed numbers and letters, but a record may be made by hand).
    static func itemPrefix(_ marker: String?) -> String {
        guard let marker, !marker.isEmpty else { return "" }
        let shown = DisplayWidth.sanitized(marker) == marker ? marker : ListMarker.bullet
        return shown + " "
    }

    /// The contacts shown as cards (those with something a user can use), in order.
    public static func contacts(of release: Release) -> [Contact] {
        release.contacts.filter { !$0.isEmpty }
    }

    /// One contact's card (`ContactCard`): name, role, organisation, then each phone with its label, each
    /// e-mail and web address, a field a line. An address is never broken across lines: one too wide for the
    /// pane is cut with `…` (copying takes it whole).
    private mutating func card(_ contact: Contact, number: Int, markers: inout LinkMarkers) {
        for (k, field) in ContactCard(contact).fields.enumerated() {
            let prefix = ContactCard.prefix(field)
            switch field.kind {
            case .email, .web:
                // The link's number follows the address, which is cut to leave room for it.
                let marked = markers.mark(field.display)
                let tag = marked.hasPrefix(field.display) && marked != field.display
                    ? " " + marked.dropFirst(field.display.count) : ""
                let room = max(1, width - DisplayWidth.of(prefix) - DisplayWidth.of(tag))
                lines.append(DetailLine(prefix: prefix, text: DisplayWidth.truncate(field.display, to: room) + tag,
                                        role: .contactField, contact: number, field: k))
            case .name:
                add(field.display, role: .contactName, contact: number, field: k)
            default:
                add(field.display, role: .contactField, prefix: prefix, contact: number, field: k)
            }
        }
    }

    /// Adds `text` word-wrapped, continuation lines indented under the first line's text.
    private mutating func add(_ text: String, role: DetailLineRole, prefix: String = "", contact: Int? = nil, field: Int? = nil) {
        let indent = DisplayWidth.of(prefix)
        let wrapped = TextWrap.wrap(text, width: max(1, width - indent))
        for (i, piece) in wrapped.enumerated() {
            lines.append(DetailLine(prefix: i == 0 ? prefix : String(repeating: " ", count: indent),
                                    text: piece, role: role, contact: contact, field: field))
        }
        if wrapped.isEmpty { lines.append(DetailLine(prefix: prefix, text: "", role: role, contact: contact, field: field)) }
    }

    private mutating func blank() {
        if let last = lines.last, last.role == .blank { return }
        lines.append(DetailLine(text: "", role: .blank))
    }

    /// The layout as plain text, one line each, with control characters made visible (`pressroom show`).
    public var plainText: String {
        lines.map { DisplayWidth.sanitized($0.plain) + "\n" }.joined()
    }
}
