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

    public init(id: String, source: String, format: SourceFormat, kind: String? = nil, title: String,
                subtitle: String? = nil, date: String? = nil, organization: String? = nil,
                release: String? = nil, location: String? = nil, paragraphs: [String] = [],
                notes: [String] = [], contacts: [Contact] = [], links: [String] = [],
                warnings: [String] = []) {
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
    }
}
