/// One press release as the parsing core understands it: the record of `../shared/spec/release-json.md`.
///
/// Every key of the spec is a stored property, in the spec's order; the JSON writer in `Export/`
/// prints them in that order, with `null` / `[]` for missing values, never an absent key.
public struct Release: Hashable, Sendable, Identifiable {
    /// Stable identifier: the same file gives the same id on every run and machine.
    public var id: String
    /// The file's path as found under the argument it came from.
    public var source: String
    public var format: SourceFormat
    public var kind: String?
    public var title: String
    public var subtitle: String?
    /// The issue date as `YYYY-MM-DD`.
    public var date: String?
    public var organization: String?
    public var release: String?
    public var location: String?
    public var paragraphs: [String]
    public var notes: [String]
    public var contacts: [Contact]
    public var links: [String]
    public var warnings: [String]
    /// The list marker printed before each paragraph of `paragraphs`, index for index, nil for a paragraph that is
    /// no list item: `•` for any bullet, a number or letter as printed (`1.`, `2)`, `a.`; `ListMarker`). Not a
    /// key of the spec's record, so no export prints it (the paragraphs are the text without their markers);
    /// the index keeps it, and the detail pane and `pressroom show` draw it. Shorter than `paragraphs` (empty
    /// in records made by hand) means no marker for the rest: read it with `paragraphMarker(_:)`.
    public var paragraphMarkers: [String?]
    /// The list marker of each paragraph of `notes`, as `paragraphMarkers` for the body.
    public var noteMarkers: [String?]

    public init(id: String, source: String, format: SourceFormat, kind: String? = nil, title: String,
                subtitle: String? = nil, date: String? = nil, organization: String? = nil,
                release: String? = nil, location: String? = nil, paragraphs: [String] = [],
                notes: [String] = [], contacts: [Contact] = [], links: [String] = [],
                warnings: [String] = [], paragraphMarkers: [String?] = [], noteMarkers: [String?] = []) {
        self.id = id
        self.source = source
        self.format = format
        self.kind = kind
        self.title = title
        self.subtitle = subtitle
        self.date = date
        self.organization = organization
        self.release = release
        self.location = location
        self.paragraphs = paragraphs
        self.notes = notes
        self.contacts = contacts
        self.links = links
        self.warnings = warnings
        self.paragraphMarkers = paragraphMarkers
        self.noteMarkers = noteMarkers
    }

    /// The list marker of paragraph `i` of the body, nil for none.
    public func paragraphMarker(_ i: Int) -> String? {
        paragraphMarkers.indices.contains(i) ? paragraphMarkers[i] : nil
    }

    /// The list marker of paragraph `i` of the notes, nil for none.
    public func noteMarker(_ i: Int) -> String? {
        noteMarkers.indices.contains(i) ? noteMarkers[i] : nil
    }
}
