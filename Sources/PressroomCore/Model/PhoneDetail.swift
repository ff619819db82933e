/// One phone number of a contact as the release prints it (the spec's optional `phone_details`): the record's
/// `phones` keep the normalised form a user dials or matches; this keeps what was printed beside it, so that a
/// reader sees `020 7946 0000 ext. 23` and that it is the out-of-hours line.
public struct PhoneDetail: Hashable, Sendable {
    /// The number as printed, with its extension (`+263 78 808 7050`, `020 7946 0000 ext. 23`).
    public var printed: String
    /// The E.164 form, where the country code is printed.
    public var e164: String?
    /// The label printed with it, as printed (`Tel`, `Mobile`, `WhatsApp`, `Out of hours`, `bureau`).
    public var label: String?

    public init(printed: String, e164: String? = nil, label: String? = nil) {
        self.printed = printed
        self.e164 = e164
        self.label = label
    }
}
