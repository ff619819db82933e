import Foundation

/// A signature whose title and organisation lost the comma between them (`Jane Doe, Founder Kestrelworks`: the
/// organisation's name was on a line of its own, or set apart by a tab or a larger size, before the text was
/// extracted). When the role ends with the release's own organisation, that name is the contact's organisation.
extension ContactParser {
    /// `contact` with a role that ends in `organization`, after a capitalised title word (`Founder Kestrelworks`),
    /// cut into the role (`Founder`) and the organisation; `contact` as it is when it has an organisation, when
    /// the role does not end so, or when the word before the name is a lower-case one (`Head of Kestrelworks`:
    /// the name belongs to the role's phrase).
    static func splittingRole(of contact: Contact, endingIn organization: String) -> Contact {
        // Cheap test first (most roles end otherwise): the role's last byte is the organisation's, ASCII letters
        // compared without case; a byte beyond ASCII goes on to the fold.
        if !FastPaths.off, let r = contact.role?.utf8.last, let o = organization.utf8.last, r < 0x80, o < 0x80,
           ASCII.lowered(r) != ASCII.lowered(o) { return contact }
        return splittingRolePlain(of: contact, endingIn: organization)
    }

    /// `splittingRole` without its first byte test: the definition it keeps to.
    static func splittingRolePlain(of contact: Contact, endingIn organization: String) -> Contact {
        guard contact.organization == nil, let role = contact.role, !organization.isEmpty,
              role.utf8.count > organization.utf8.count + 1 else { return contact }
        let foldedRole = Fold.line(role), foldedOrg = Fold.line(organization)
        guard foldedRole.hasSuffix(" " + foldedOrg) else { return contact }
        // The role's text before the name, cut on the same number of words as the name has.
        let orgWords = organization.split(separator: " ").count
        var words = role.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count > orgWords else { return contact }
        words.removeLast(orgWords)
        guard let last = words.last, let first = last.first, first.isUppercase else { return contact }
        var out = contact
        out.role = words.joined(separator: " ")
        out.organization = organization
        return out
    }
}
