/// The query language in one table: each form with one example and what it matches. The browser's `?` help
/// lists it, and a test holds it to the parser (every example parses; every field, `has:` flag and date
/// operator is in it) and to the README.
public enum QueryReference {
    public struct Entry: Hashable, Sendable {
        /// What kind of term it is (`Fields`, `Dates`).
        public var topic: String
        /// One query that shows it.
        public var example: String
        /// What the example matches.
        public var meaning: String
    }

    public static let entries: [Entry] = [
        Entry(topic: "Words", example: "diamond mine", meaning: "both words, anywhere (while typed, the last also as a prefix)"),
        Entry(topic: "Words", example: "\"diamond mine\"", meaning: "a phrase: the words next to each other"),
        Entry(topic: "Words", example: "diam*", meaning: "a prefix: words starting with diam"),
        Entry(topic: "Operators", example: "diamond OR gold", meaning: "either word"),
        Entry(topic: "Operators", example: "-gold", meaning: "without gold (also NOT gold)"),
        Entry(topic: "Operators", example: "NOT gold", meaning: "without gold"),
        Entry(topic: "Operators", example: "(gold OR silver) mine", meaning: "grouping"),
        Entry(topic: "Fields", example: "title:kimberley", meaning: "in the headline or standfirst"),
        Entry(topic: "Fields", example: "text:diamonds", meaning: "in headline, standfirst, body or notes"),
        Entry(topic: "Fields", example: "body:smuggled", meaning: "in the body"),
        Entry(topic: "Fields", example: "org:\"civil society\"", meaning: "in the organisation"),
        Entry(topic: "Fields", example: "contact:mtisi", meaning: "in the contacts (names, roles, e-mails, phones)"),
        Entry(topic: "Fields", example: "contact:\"+263 78 808 7050\"", meaning: "a phone number however printed"),
        Entry(topic: "Fields", example: "place:harare", meaning: "in the dateline's place"),
        Entry(topic: "Fields", example: "kind:statement", meaning: "in the kind label (Press Release, Statement …)"),
        Entry(topic: "Dates", example: "date:2021-06", meaning: "issued in June 2021 (also date:2021, date:2021-06-28)"),
        Entry(topic: "Dates", example: "date:2021-01..2021-06", meaning: "issued from January to June 2021"),
        Entry(topic: "Dates", example: "after:2021-01-01", meaning: "issued on or after the day"),
        Entry(topic: "Dates", example: "before:2022-01-01", meaning: "issued before the day"),
        Entry(topic: "Has", example: "has:contacts", meaning: "with contacts (also has:notes, has:warnings)"),
        Entry(topic: "Has", example: "has:embargo", meaning: "with an embargo in the release instruction"),
        Entry(topic: "Has", example: "embargoed:now", meaning: "under an embargo that has not lifted yet"),
        Entry(topic: "Has", example: "embargoed:2025-06-01", meaning: "under embargo at the start of that day (UTC)"),
    ]
}
