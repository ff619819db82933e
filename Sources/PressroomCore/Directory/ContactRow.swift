/// One contact together with the release it was printed in: a row of `pressroom contacts`.
public struct ContactRow: Hashable, Sendable {
    public var contact: Contact
    /// The release's issue date (`YYYY-MM-DD`), if known.
    public var date: String?
    /// The organisation that issued the release.
    public var releaseOrganization: String?
    /// The release's headline.
    public var title: String
    /// The release's file, as found under its argument.
    public var source: String
    /// The release's id (nil for a row made by hand).
    public var releaseID: String?

    public init(contact: Contact, date: String?, releaseOrganization: String?, title: String, source: String,
                releaseID: String? = nil) {
        self.contact = contact
        self.releaseID = releaseID
        self.date = date
        self.releaseOrganization = releaseOrganization
        self.title = title
        self.source = source
    }

    /// Every contact of `releases`, release by release, in the order printed.
    public static func rows(_ releases: [Release]) -> [ContactRow] {
        releases.flatMap { r in
            r.contacts.map {
                ContactRow(contact: $0, date: r.date, releaseOrganization: r.organization, title: r.title, source: r.source,
                           releaseID: r.id)
            }
        }
    }

    /// The contact's organisation where printed beside it, else the release's.
    public var organization: String? { contact.organization ?? releaseOrganization }
}
