import Foundation

/// A contact being read from a block, line by line, until the next contact starts.
struct ContactDraft {
    /// The heading in force when the contact started (`Media contact`, `Press Office`).
    var heading: String?
    /// The text fields of the contact's first line: name, then job title and organisation.
    var firstFields: [String] = []
    /// How long the first line was (a long one may have been hard-wrapped).
    var firstLineLength = 0
    /// Text lines under the first (stacked job title, organisation), each read whole.
    var laterLines: [String] = []
    /// Values printed after labels.
    var name: String?
    var role: String?
    var organization: String?
    var phones: [String] = []
    var emails: [String] = []
    var urls: [String] = []

    init(heading: String? = nil) { self.heading = heading }

    var hasData: Bool { !phones.isEmpty || !emails.isEmpty }
    var hasName: Bool { name != nil || !firstFields.isEmpty }

    /// The contact, or nil when no number or address was printed (a stray line, a footer).
    func contact() -> Contact? {
        guard hasData else { return nil }
        var name = self.name
        var role = self.role
        var organization = self.organization
        // The rest of the text, each with whether it was printed on the first line (comma-separated).
        var rest: [(text: String, onFirstLine: Bool)] = []
        if name == nil, let first = firstFields.first {
            name = first
            rest += firstFields.dropFirst().map { ($0, true) }
        } else {
            rest += firstFields.map { ($0, true) }
        }
        // A stacked `Communications Officer, Harbor Institute`: job title and organisation on one line.
        for line in laterLines {
            if let comma = Self.lastCommaSpace(in: line) {
                let before = String(line[..<comma.lowerBound])
                let after = String(line[comma.upperBound...])
                if ContactVocabulary.isRole(before), ContactVocabulary.isOrganization(after), !ContactVocabulary.isRole(after) {
                    rest.append((before, false))
                    rest.append((after, false))
                    continue
                }
            }
            rest.append((line, false))
        }

        // `Shamiso Mtisi (ZELA)`, `Coordinator (ZELA)`: an organisation in brackets.
        var bracketed: String? = nil
        if let n = name, let (outside, inside) = Self.splitTrailingBrackets(n), !outside.isEmpty {
            // `Jane Doe (Head of Policy)`, `Jane Doe (ZELA)`, or the languages she speaks: `Jane Doe (English)`.
            if ContactVocabulary.isLanguageList(inside) {
                name = outside
            } else if ContactVocabulary.isRole(inside), role == nil {
                name = outside
                role = inside
            } else if ContactVocabulary.isOrganization(inside) {
                name = outside
                bracketed = inside
            }
        }
        rest = rest.map { item in
            if let (outside, inside) = Self.splitTrailingBrackets(item.text), !outside.isEmpty,
               ContactVocabulary.isOrganization(inside) || !ContactVocabulary.isRole(inside) {
                if bracketed == nil { bracketed = inside }
                return (outside, item.onFirstLine)
            }
            return item
        }
        rest = rest.filter { !$0.text.isEmpty }

        // `Brightline PR` / `Daniel Hartmann` / `Account Director`: an organisation printed above the person.
        if let n = name, organization == nil, ContactVocabulary.isOrganization(n), !ContactVocabulary.isDesk(n),
           !ContactVocabulary.looksLikePersonName(n),
           let k = rest.firstIndex(where: { ContactVocabulary.looksLikePersonName($0.text) }) {
            organization = n
            name = rest[k].text
            rest.remove(at: k)
        }

        let isDesk = name.map(ContactVocabulary.isDesk) ?? false
        if !rest.isEmpty {
            if isDesk && role == nil {
                // A desk has no job title: what follows its name is its organisation.
                if organization == nil { organization = rest.map(\.text).joined(separator: ", ") }
            } else if rest.count == 1 {
                let only = rest[0].text
                if ContactVocabulary.isOrganization(only) && !ContactVocabulary.isRole(only) {
                    if organization == nil { organization = only } else if role == nil { role = only }
                } else if role == nil {
                    role = only
                } else if organization == nil {
                    organization = only
                }
            } else {
                let last = rest[rest.count - 1]
                let lastIsOrganization = (!last.onFirstLine || ContactVocabulary.isOrganization(last.text))
                    && !(ContactVocabulary.isRole(last.text) && !ContactVocabulary.isOrganization(last.text))
                if lastIsOrganization && organization == nil {
                    organization = last.text
                    if role == nil { role = rest.dropLast().map(\.text).joined(separator: ", ") }
                } else if role == nil {
                    role = rest.map(\.text).joined(separator: ", ")
                }
            }
        }
        if organization == nil, let b = bracketed { organization = b }

        // Nobody named: the desk named by the heading (`Press Office`), else no name.
        if name == nil, let h = heading, ContactVocabulary.isDesk(h) { name = h }

        return Contact(name: name.flatMap(Self.clean), role: role.flatMap(Self.clean),
                       organization: organization.flatMap(Self.clean), phones: phones, emails: emails, urls: urls)
    }

    /// `line.range(of: ", ", options: .backwards)`, found on bytes when `line` is simple (see `SimpleText`:
    /// no mark can join the comma or the space there).
    static func lastCommaSpace(in line: String) -> Range<String.Index>? {
        let found: Int?? = TextScan.withBytes(line) { b -> Int?? in
            guard SimpleText.isSimple(b) else { return nil }
            var k = b.count - 2
            while k >= 0 {
                if b[k] == UInt8(ascii: ","), b[k + 1] == 0x20 { return .some(k) }
                k -= 1
            }
            return .some(nil)
        }
        switch found {
        case .some(.some(let k)):
            let u = line.utf8
            return u.index(line.startIndex, offsetBy: k)..<u.index(line.startIndex, offsetBy: k + 2)
        case .some(.none): return nil
        case .none: return line.range(of: ", ", options: .backwards)
        }
    }

    /// `Coordinator (ZELA)` → (`Coordinator`, `ZELA`).
    static func splitTrailingBrackets(_ s: String) -> (String, String)? {
        let t = s.trimmed()
        guard t.hasSuffix(")"), let open = t.lastIndex(of: "(") else { return nil }
        let inside = t[t.index(after: open)..<t.index(before: t.endIndex)].trimmed()
        let outside = t[..<open].trimmed()
        guard !inside.isEmpty else { return nil }
        return (outside, inside)
    }

    /// Single spaces, no stray separators at the ends; nil when nothing is left.
    static func clean(_ s: String) -> String? {
        let spaced = SimpleText.singleSpacedWhitespace(s)
        // (Text that neither opens nor ends with a separator, the usual case, is its own trimmed form.)
        let trims = TextScan.withBytes(spaced) { b -> Bool in
            guard let first = b.first, let last = b.last else { return true }
            func mark(_ c: UInt8) -> Bool {
                c >= 0x80 || c == 13 || c == 0x20 || c == UInt8(ascii: ",") || c == UInt8(ascii: ";") || c == UInt8(ascii: ":")
                    || c == UInt8(ascii: "|") || c == UInt8(ascii: "-") || c == UInt8(ascii: "/")
            }
            return mark(first) || mark(last)
        }
        let t = trims ? spaced.trimmed(" ,;:|–—-/") : spaced
        return t.isEmpty ? nil : t
    }
}
