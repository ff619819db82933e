/// Reads the contact block at the end of a release into contacts.
/// PLACEHOLDER implementation (skeleton); the contacts work replaces it.
public enum ContactParser {
    /// Parses the lines of a contact block, as printed (column spacing kept, so that two contacts
    /// printed side by side can be told apart), into contacts in order of appearance.
    public static func parse(lines: [String]) -> [Contact] {
        let emails = lines.flatMap { LinkExtractor.emails(in: $0) }
        return emails.map { Contact(emails: [$0]) }
    }

    /// Whether a line looks like part of a contact block (a contact label, a phone, an e-mail).
    public static func isContactLine(_ line: String) -> Bool {
        !LinkExtractor.emails(in: line).isEmpty
    }
}
