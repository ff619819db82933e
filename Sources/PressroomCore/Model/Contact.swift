/// A person or desk named for enquiries at the end of a release.
public struct Contact: Hashable, Sendable {
    /// The person's name, or the desk's (`Press Office`); nil when only an address is printed.
    public var name: String?
    /// Job title as printed.
    public var role: String?
    /// The contact's organisation, where printed beside the contact.
    public var organization: String?
    /// E.164 (`+263788087050`) where a country code is printed, else the printed digits.
    public var phones: [String]
    /// Lower-cased e-mail addresses.
    public var emails: [String]
    /// Web addresses printed inside this contact's entry.
    public var urls: [String]

    public init(name: String? = nil, role: String? = nil, organization: String? = nil,
                phones: [String] = [], emails: [String] = [], urls: [String] = []) {
        self.name = name
        self.role = role
        self.organization = organization
        self.phones = phones
        self.emails = emails
        self.urls = urls
    }

    /// True when the contact carries nothing a user could use.
    public var isEmpty: Bool {
        name == nil && role == nil && organization == nil && phones.isEmpty && emails.isEmpty && urls.isEmpty
    }
}
