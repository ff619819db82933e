import PressroomCore

/// A contact as the detail pane shows it: one field a line, each with what `y` copies.
public struct ContactCard: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case name, role, organization, phone, email, web }

    public struct Field: Hashable, Sendable {
        public var kind: Kind
        /// What the field is, as the status bar says it (`name`, `mobile`, `e-mail`).
        public var label: String
        /// What the card prints after the label column.
        public var display: String
        /// What `y` copies: a phone as the release printed it, an address whole.
        public var value: String
    }

    public var fields: [Field]

    /// The card of `contact`: name, role, organisation, then each phone with its printed label (and the
    /// E.164 form beside it where the printed form differs), each e-mail and web address.
    public init(_ contact: Contact) {
        var fields: [Field] = []
        if let name = contact.name { fields.append(Field(kind: .name, label: "name", display: name, value: name)) }
        if let role = contact.role { fields.append(Field(kind: .role, label: "role", display: role, value: role)) }
        if let org = contact.organization {
            fields.append(Field(kind: .organization, label: "organisation", display: org, value: org))
        }
        // The printed forms when the record has one for each phone; else the normalised numbers.
        let details = contact.phoneDetails.count == contact.phones.count && !contact.phoneDetails.isEmpty
            ? contact.phoneDetails : contact.phones.map { PhoneDetail(printed: $0, e164: $0.hasPrefix("+") ? $0 : nil) }
        for d in details {
            var display = d.printed
            // (A number printed with its country code differs from its E.164 form only in spacing.)
            if let e164 = d.e164, Self.digits(e164) != Self.digits(d.printed) {
                display += "  (\(e164))"
            }
            fields.append(Field(kind: .phone, label: d.label.map(Self.labelName) ?? "phone", display: display, value: d.printed))
        }
        for e in contact.emails { fields.append(Field(kind: .email, label: "e-mail", display: e, value: e)) }
        for u in contact.urls { fields.append(Field(kind: .web, label: "web", display: u, value: u)) }
        self.fields = fields
    }

    /// The label column of a field's line (`Mobile  `, `E-mail  `); name, role and organisation have none.
    public static func prefix(_ field: Field) -> String {
        switch field.kind {
        case .name, .role, .organization: return ""
        case .phone, .email, .web:
            let label = field.kind == .email ? "E-mail" : field.kind == .web ? "Web" : capitalised(field.label)
            return label.count >= 8 ? label + "  " : label.padding(toLength: 8, withPad: " ", startingAt: 0)
        }
    }

    /// The card as text (`Y`): a field a line, phones and addresses with their labels.
    public var text: String {
        fields.map { f in
            let p = String(Self.prefix(f).reversed().drop(while: { $0 == " " }).reversed())
            return p.isEmpty ? f.value : "\(p): \(f.value)"
        }.joined(separator: "\n") + "\n"
    }

    /// A printed label, lower-cased, its trailing colon and spaces gone (`Mob.:` → `mob.`).
    static func labelName(_ label: String) -> String {
        var l = String(label.drop(while: { $0 == " " }))
        while l.hasSuffix(":") || l.hasSuffix(" ") { l.removeLast() }
        return l.isEmpty ? "phone" : l.lowercased()
    }

    static func capitalised(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }

    static func digits(_ s: String) -> String { String(s.unicodeScalars.filter { $0.value >= 0x30 && $0.value <= 0x39 }.map(Character.init)) }
}
