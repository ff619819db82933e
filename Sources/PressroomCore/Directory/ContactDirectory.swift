import Foundation

/// Every contact across a set of releases, merged into one entry per person (or desk): the directory of
/// `pressroom contacts --merged` and the browser's `C`.
///
/// How two printed contacts become one entry (see DEVELOPERS.md, "How contacts merge"):
/// - a shared **personal e-mail address** (case-insensitive) merges them whatever the names: an address
///   like `shamiso@zela.org` belongs to one person, and `Shamiso Mtisi` / `S. Mtisi` / `Shamiso Mtisi-Dube`
///   under it are spellings of one name;
/// - a shared **phone number** (the same E.164 however printed; a national `078 808 7050` is the same line
///   as `+263 78 808 7050`) or a shared **desk address** (`press@`, `media.enquiries@`: every part of the
///   address before `@` a desk word) merges them only when the names agree: equal once folded for case
///   and accents, honorifics aside, in any order, an initial standing for a name (`S. Mtisi` = `Shamiso
///   Mtisi`, `Mtisi, Shamiso` = `Shamiso Mtisi`). Two officers who both print the press office's line stay
///   two entries, and so does the desk itself (`Press Office` is a name that agrees with no person's);
/// - a contact printed without a name joins the one entry that shares an address or number with it; when
///   several do (a desk line shared by two officers), it stays apart, with the other nameless contacts
///   that share one of its numbers or addresses.
/// A name alone never merges: two `John Smith`s of two organisations with nothing else in common are two
/// entries.
public struct ContactDirectory: Sendable {
    /// A value seen in one or more releases, with the issue date of the newest (nil when no release of it
    /// has a date) and how many printed contacts carried it.
    public struct Seen: Hashable, Sendable {
        public var value: String
        public var lastSeen: String?
        public var count: Int
    }

    /// A phone number of an entry: its record form (E.164 or printed digits) and everything printed for it.
    public struct Phone: Hashable, Sendable {
        /// The record's number (`+263788087050`, or `02079460000` without a country code).
        public var number: String
        /// The E.164 form, where known.
        public var e164: String?
        /// Every way it was printed (`+263 78 808 7050`, `+263-78-808-7050`), most recent first.
        public var printed: [String]
        /// Every label printed with it (`Mobile`, `WhatsApp`), most recent first.
        public var labels: [String]
        public var lastSeen: String?
        public var count: Int
    }

    /// A release an entry appears in.
    public struct Appearance: Hashable, Sendable {
        /// Index of the release in the releases the directory was built from.
        public var index: Int
        public var id: String
        public var source: String
        public var date: String?
        public var title: String
        public var organization: String?
    }

    /// One person or desk.
    public struct Entry: Hashable, Sendable {
        /// The name it is shown under: the spelling printed most often (the newest of equals); nil when
        /// no contact of it printed a name.
        public var name: String?
        /// Every spelling of the name, most recent first.
        public var names: [Seen]
        /// Every job title, most recent first.
        public var roles: [Seen]
        /// Every organisation: the contact's where printed beside it, else the release's. Most recent first.
        public var organizations: [Seen]
        public var phones: [Phone]
        /// Lower-cased addresses, most recent first.
        public var emails: [Seen]
        public var urls: [Seen]
        /// The releases it appears in, newest first (undated last).
        public var releases: [Appearance]

        /// The newest issue date of its releases.
        public var lastSeen: String? { releases.first?.date }

        /// What to show when there is no name: an organisation, else an address, else a number.
        public var title: String {
            name ?? organizations.first?.value ?? emails.first?.value ?? phones.first?.printed.first
                ?? phones.first?.number ?? "Contact"
        }
    }

    /// The entries, sorted by name (folded for case and accents); entries without a name last.
    public var entries: [Entry]

    /// The directory of `releases`' contacts.
    public init(_ releases: [Release]) {
        var builder = ContactDirectoryBuilder(releases, only: nil)
        entries = builder.build()
    }

    /// The directory of the contacts of `releases[i]` for each `i` of `indices` (the releases a filter
    /// shows); each `Appearance.index` is still an index into `releases`.
    public init(_ releases: [Release], only indices: [Int]) {
        var builder = ContactDirectoryBuilder(releases, only: indices)
        entries = builder.build()
    }

    /// The entries a query of the search language matches (`contact:` terms and plain words match names,
    /// roles, organisations, phones however printed and e-mails; `date:` the dates it was seen), in order.
    public func filtered(_ query: String) -> Result<[Entry], QueryError> {
        matching(query).map { $0.map { entries[$0] } }
    }

    /// Indices of the entries `query` matches, ascending; a malformed query is an error. `typing` makes the
    /// last word a prefix too (the search line while it is typed). Pass the `index` made once by
    /// `makeIndex()` to answer many queries over the same directory; without it one is built per call.
    public func matching(_ query: String, typing: Bool = false, index: SearchIndex? = nil) -> Result<[Int], QueryError> {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return .success(Array(entries.indices)) }
        let result = (index ?? makeIndex()).search(trimmed, typing: typing)
        if let error = result.error { return .failure(error) }
        return .success(result.matches)
    }

    /// The search index over the entries (0.1 s for 7,000 entries): build it once for a search line.
    public func makeIndex() -> SearchIndex {
        SearchIndex(entries.map(Self.searchable))
    }

    /// An entry as a release the search index reads: every value in the contact field, the latest
    /// organisation in the organisation field, the dates of its releases.
    static func searchable(_ e: Entry) -> Release {
        var contacts = e.names.map { Contact(name: $0.value) }
        contacts += e.roles.map { Contact(role: $0.value) }
        contacts += e.organizations.map { Contact(organization: $0.value) }
        var numbers: [String] = []
        for p in e.phones { numbers += PhoneKeys.searchForms(p) }
        contacts.append(Contact(phones: numbers, emails: e.emails.map(\.value)))
        return Release(id: "", source: "", format: .text, title: "", date: e.lastSeen,
                       organization: e.organizations.first?.value, contacts: contacts)
    }
}

extension ContactRow {
    /// The rows of `pressroom contacts` a query matches: each printed contact matched on its own
    /// (its name, role, organisation — the release's where none is printed —, phones, e-mails; `date:` the
    /// release's date). Indices of the matching rows, ascending.
    public static func matching(_ rows: [ContactRow], query: String) -> Result<[Int], QueryError> {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return .success(Array(rows.indices)) }
        let releases = rows.map { row -> Release in
            var c = row.contact
            c.organization = row.organization
            var numbers: [String] = []
            for (k, number) in c.phones.enumerated() {
                let detail = k < c.phoneDetails.count ? c.phoneDetails[k] : nil
                numbers += PhoneKeys.searchForms(ContactDirectory.Phone(number: number, e164: detail?.e164, printed: detail.map { [$0.printed] } ?? [],
                                                       labels: [], lastSeen: nil, count: 1))
            }
            c.phones = numbers
            return Release(id: "", source: "", format: .text, title: "", date: row.date, organization: row.organization,
                           contacts: [c])
        }
        let result = SearchIndex(releases).search(trimmed)
        if let error = result.error { return .failure(error) }
        return .success(result.matches)
    }
}

/// The identifiers a phone number is matched on.
enum PhoneKeys {
    /// Keys under which `number` (a record phone) meets the same line printed otherwise: the E.164 form
    /// itself, and for both E.164 and national forms the national significant number (`n:788087050` for
    /// `+263788087050` and for `0788087050`). Nil for numbers too short to name one line (extensions,
    /// short codes).
    static func keys(_ number: String) -> [String] {
        let digits = number.utf8.filter { $0 >= 48 && $0 <= 57 }
        guard digits.count >= 6 else { return [] }
        if number.hasPrefix("+") {
            var keys = ["+" + String(decoding: digits, as: UTF8.self)]
            if let (_, length) = CountryCallingCodes.codePrefix(digits[...]) {
                let rest = digits.dropFirst(length)
                if rest.count >= 5 { keys.append("n:" + String(decoding: rest, as: UTF8.self)) }
            }
            return keys
        }
        // National: a trunk 0 is not part of the number (but Italy's leading 0 is: keep both readings).
        var keys = ["n:" + String(decoding: digits, as: UTF8.self)]
        if digits.first == 48, digits.dropFirst().first != 48 {
            keys.append("n:" + String(decoding: digits.dropFirst(), as: UTF8.self))
        }
        return keys
    }

    /// The digit strings a query's phone term is matched against: the number, each printed form's digits,
    /// and for an E.164 number its national forms with and without a trunk 0 (`0788087050`, `788087050`).
    static func searchForms(_ p: ContactDirectory.Phone) -> [String] {
        var forms: [String] = [p.number]
        for printed in p.printed {
            let d = String(printed.unicodeScalars.filter { $0.value >= 48 && $0.value <= 57 }.map(Character.init))
            if !d.isEmpty { forms.append(d) }
        }
        for key in keys(p.number) where key.hasPrefix("n:") {
            let national = String(key.dropFirst(2))
            forms.append(national)
            if national.first != "0" { forms.append("0" + national) }
        }
        var seen = Set<String>()
        return forms.filter { seen.insert($0).inserted }
    }
}
