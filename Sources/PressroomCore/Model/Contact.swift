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
    /// What was printed for each entry of `phones`, in the same order (the spec's optional `phone_details`).
    /// Not part of a contact's identity: two contacts with the same fields are equal whatever their
    /// numbers' printed forms (see `==`).
    public var phoneDetails: [PhoneDetail] = []

    public init(name: String? = nil, role: String? = nil, organization: String? = nil,
                phones: [String] = [], emails: [String] = [], urls: [String] = []) {
        self.name = name
        self.role = role
        self.organization = organization
        self.phones = phones
        self.emails = emails
        self.urls = urls
    }

    /// Equal when the record's fields are; the printed details of the numbers are left out.
    public static func == (a: Contact, b: Contact) -> Bool {
        a.name == b.name && a.role == b.role && a.organization == b.organization && a.phones == b.phones
            && a.emails == b.emails && a.urls == b.urls
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(role)
        hasher.combine(organization)
        hasher.combine(phones)
        hasher.combine(emails)
        hasher.combine(urls)
    }

    /// True when the contact carries nothing a user could use.
    public var isEmpty: Bool {
        name == nil && role == nil && organization == nil && phones.isEmpty && emails.isEmpty && urls.isEmpty
    }
}
