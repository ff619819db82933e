/// Builds the directory's entries: union-find over every printed contact (an "occurrence"), joined by the
/// rules of `ContactDirectory`, then one pass gathering each group's values. Linear in the contacts but for
/// the names sharing one number or desk address, which are compared pairwise by distinct spelling (few).
struct ContactDirectoryBuilder {
    let releases: [Release]

    /// One printed contact: its release and its place among the release's contacts.
    private struct Occurrence {
        var release: Int32
        var contact: Int32
        /// Index into `nameKeys`; -1 when no name is printed.
        var name: Int32
    }

    private var occurrences: [Occurrence] = []
    /// Distinct names, as their folded words (honorifics dropped), by index.
    private var nameKeys: [[String]] = []
    private var nameIndex: [String: Int32] = [:]
    private var parent: [Int32] = []

    init(_ releases: [Release]) {
        self.releases = releases
    }

    mutating func build() -> [ContactDirectory.Entry] {
        collect()
        mergeNamed()
        attachNameless()
        return gather()
    }

    // MARK: - Occurrences

    private mutating func collect() {
        occurrences.reserveCapacity(releases.count * 2)
        for (r, release) in releases.enumerated() {
            for (c, contact) in release.contacts.enumerated() where !contact.isEmpty {
                var name: Int32 = -1
                if let printed = contact.name {
                    if let known = nameIndex[printed] {
                        name = known
                    } else {
                        let words = NameKey.words(printed)
                        name = words.isEmpty ? -1 : Int32(nameKeys.count)
                        if !words.isEmpty { nameKeys.append(words) }
                        nameIndex[printed] = name
                    }
                }
                occurrences.append(Occurrence(release: Int32(r), contact: Int32(c), name: name))
            }
        }
        parent = Array(0..<Int32(occurrences.count))
    }

    private func contact(_ o: Occurrence) -> Contact { releases[Int(o.release)].contacts[Int(o.contact)] }

    // MARK: - Union-find

    private mutating func find(_ x: Int32) -> Int32 {
        var x = x
        while parent[Int(x)] != x {
            parent[Int(x)] = parent[Int(parent[Int(x)])]
            x = parent[Int(x)]
        }
        return x
    }

    private mutating func union(_ a: Int32, _ b: Int32) {
        let ra = find(a), rb = find(b)
        if ra != rb { parent[Int(max(ra, rb))] = min(ra, rb) }
    }

    // MARK: - Merging

    /// Named contacts: personal e-mails join outright; numbers and desk addresses join agreeing names.
    private mutating func mergeNamed() {
        var byEmail: [String: Int32] = [:]
        var byWeakKey: [String: [Int32]] = [:]
        for (k, o) in occurrences.enumerated() where o.name >= 0 {
            let c = contact(o)
            for email in c.emails {
                let address = email.lowercased()
                if NameKey.isDeskAddress(address) {
                    byWeakKey["@" + address, default: []].append(Int32(k))
                } else if let first = byEmail[address] {
                    union(first, Int32(k))
                } else {
                    byEmail[address] = Int32(k)
                }
            }
            for phone in c.phones {
                for key in PhoneKeys.keys(phone) { byWeakKey[key, default: []].append(Int32(k)) }
            }
        }
        for key in byWeakKey.keys.sorted() { joinAgreeing(byWeakKey[key]!) }
    }

    /// Among contacts sharing one number or desk address: the same spelling joins at once; different
    /// spellings join when they agree and neither also agrees with a spelling the other does not
    /// (`J. Smith` beside `John Smith` and `Jane Smith` joins neither).
    private mutating func joinAgreeing(_ members: [Int32]) {
        guard members.count > 1 else { return }
        var firstOfName: [Int32: Int32] = [:]
        var names: [Int32] = []
        for m in members {
            let name = occurrences[Int(m)].name
            if let first = firstOfName[name] { union(first, m) } else { firstOfName[name] = m; names.append(name) }
        }
        guard names.count > 1, names.count <= 64 else { return }
        var agrees = [[Bool]](repeating: [Bool](repeating: false, count: names.count), count: names.count)
        for i in names.indices {
            for j in names.indices where j > i {
                let a = NameKey.agree(nameKeys[Int(names[i])], nameKeys[Int(names[j])])
                agrees[i][j] = a
                agrees[j][i] = a
            }
        }
        for i in names.indices {
            for j in names.indices where j > i && agrees[i][j] {
                let ambiguous = names.indices.contains { k in
                    k != i && k != j && (agrees[i][k] != agrees[j][k])
                }
                if !ambiguous { union(firstOfName[names[i]]!, firstOfName[names[j]]!) }
            }
        }
    }

    /// Contacts without a name join the one group they share an address or number with (a personal
    /// address first); otherwise they group among themselves by any shared address or number.
    private mutating func attachNameless() {
        var personal: [String: Int32] = [:]
        var weak: [String: Set<Int32>] = [:]
        var nameless: [Int32] = []
        for (k, o) in occurrences.enumerated() {
            guard o.name < 0 else { continue }
            nameless.append(Int32(k))
        }
        guard !nameless.isEmpty else { return }
        for (k, o) in occurrences.enumerated() where o.name >= 0 {
            let c = contact(o)
            let root = find(Int32(k))
            for email in c.emails {
                let address = email.lowercased()
                if NameKey.isDeskAddress(address) { weak["@" + address, default: []].insert(root) }
                else { personal[address] = root }
            }
            for phone in c.phones { for key in PhoneKeys.keys(phone) { weak[key, default: []].insert(root) } }
        }
        var alone: [Int32] = []
        for k in nameless {
            let c = contact(occurrences[Int(k)])
            var roots = Set<Int32>()
            for email in c.emails { if let r = personal[email.lowercased()] { roots.insert(find(r)) } }
            if roots.isEmpty {
                for email in c.emails { for r in weak["@" + email.lowercased()] ?? [] { roots.insert(find(r)) } }
                for phone in c.phones { for key in PhoneKeys.keys(phone) { for r in weak[key] ?? [] { roots.insert(find(r)) } } }
            }
            if roots.count == 1 { union(roots.first!, k) } else { alone.append(k) }
        }
        var first: [String: Int32] = [:]
        for k in alone {
            let c = contact(occurrences[Int(k)])
            var keys = c.emails.map { "@" + $0.lowercased() }
            for phone in c.phones { keys += PhoneKeys.keys(phone) }
            for key in keys {
                if let f = first[key] { union(f, k) } else { first[key] = k }
            }
        }
    }

    // MARK: - Entries

    private mutating func gather() -> [ContactDirectory.Entry] {
        var groupOf: [Int32: Int] = [:]
        var groups: [[Int32]] = []
        for k in occurrences.indices {
            let root = find(Int32(k))
            if let g = groupOf[root] { groups[g].append(Int32(k)) } else { groupOf[root] = groups.count; groups.append([Int32(k)]) }
        }
        var entries = groups.map(entry)
        let keys = entries.map { e -> (Int, String) in
            if let name = e.name { return (0, NameKey.sortKey(name)) }
            return (1, NameKey.sortKey(e.title))
        }
        let order = entries.indices.sorted { a, b in
            keys[a] != keys[b] ? keys[a] < keys[b] : a < b
        }
        entries = order.map { entries[$0] }
        return entries
    }

    /// Gathers the values of one group's contacts.
    private func entry(_ members: [Int32]) -> ContactDirectory.Entry {
        var names = Tally(), roles = Tally(), organizations = Tally(), emails = Tally(), urls = Tally()
        var phones: [String: ContactDirectory.Phone] = [:]
        var phoneOrder: [String] = []
        var appearances: [Int: ContactDirectory.Appearance] = [:]
        for m in members {
            let o = occurrences[Int(m)]
            let release = releases[Int(o.release)]
            let c = release.contacts[Int(o.contact)]
            let date = release.date
            if let n = c.name { names.add(n, date) }
            if let r = c.role { roles.add(r, date) }
            if let org = c.organization ?? release.organization { organizations.add(org, date) }
            for e in c.emails { emails.add(e.lowercased(), date) }
            for u in c.urls { urls.add(u, date) }
            for (k, number) in c.phones.enumerated() {
                let detail = k < c.phoneDetails.count ? c.phoneDetails[k] : nil
                var p = phones[number] ?? ContactDirectory.Phone(number: number, e164: nil, printed: [], labels: [],
                                                                 lastSeen: nil, count: 0)
                if p.count == 0 { phoneOrder.append(number) }
                let newer = Tally.newer(date, than: p.lastSeen) || p.count == 0
                if p.e164 == nil { p.e164 = detail?.e164 ?? (number.hasPrefix("+") ? number : nil) }
                if let printed = detail?.printed { Tally.place(printed, in: &p.printed, first: newer) }
                if let label = detail?.label { Tally.place(label, in: &p.labels, first: newer) }
                if newer { p.lastSeen = date }
                p.count += 1
                phones[number] = p
            }
            let r = Int(o.release)
            if appearances[r] == nil {
                appearances[r] = ContactDirectory.Appearance(index: r, id: release.id, source: release.source, date: date,
                                                             title: release.title, organization: release.organization)
            }
        }
        let releasesNewestFirst = appearances.values.sorted { a, b in
            if a.date != b.date { return Tally.newer(a.date, than: b.date) }
            return a.source != b.source ? a.source < b.source : a.index < b.index
        }
        let phoneList = phoneOrder.map { phones[$0]! }.sorted { a, b in
            a.lastSeen != b.lastSeen ? Tally.newer(a.lastSeen, than: b.lastSeen) : false
        }
        let nameList = names.list()
        // The name shown: the spelling printed most often; of equals the fullest, then the newest.
        let shown = nameList.enumerated().max { a, b in
            if a.element.count != b.element.count { return a.element.count < b.element.count }
            let la = a.element.value.count, lb = b.element.value.count
            return la != lb ? la < lb : a.offset > b.offset
        }?.element.value
        return ContactDirectory.Entry(name: shown, names: nameList, roles: roles.list(),
                                      organizations: organizations.list(), phones: phoneList, emails: emails.list(),
                                      urls: urls.list(), releases: releasesNewestFirst)
    }
}

/// Values counted with the newest date each was seen; listed most recent first (first seen first among equals).
private struct Tally {
    private var seen: [String: ContactDirectory.Seen] = [:]
    private var order: [String] = []

    mutating func add(_ value: String, _ date: String?) {
        if var s = seen[value] {
            if Self.newer(date, than: s.lastSeen) { s.lastSeen = date }
            s.count += 1
            seen[value] = s
        } else {
            seen[value] = ContactDirectory.Seen(value: value, lastSeen: date, count: 1)
            order.append(value)
        }
    }

    func list() -> [ContactDirectory.Seen] {
        let values = order.map { seen[$0]! }
        return values.enumerated().sorted { a, b in
            a.element.lastSeen != b.element.lastSeen
                ? Self.newer(a.element.lastSeen, than: b.element.lastSeen) : a.offset < b.offset
        }.map(\.element)
    }

    /// True when `a` is a later date than `b` (an undated value is older than any dated one).
    static func newer(_ a: String?, than b: String?) -> Bool {
        guard let a else { return false }
        guard let b else { return true }
        return a > b
    }

    /// Adds `value` to `list` once: at the front when it was seen more recently, else at the end.
    static func place(_ value: String, in list: inout [String], first: Bool) {
        if let k = list.firstIndex(of: value) {
            if first && k > 0 { list.remove(at: k); list.insert(value, at: 0) }
        } else if first {
            list.insert(value, at: 0)
        } else {
            list.append(value)
        }
    }
}

/// How names are compared for merging.
enum NameKey {
    static let honorifics: Set<String> = [
        "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "m", "mme", "mlle", "sr", "sra", "srta", "dra",
        "herr", "frau", "dott", "ing", "sir", "dame", "rev", "hon", "dipl", "mag",
    ]

    /// The folded words of a name (case and accents folded, split at anything not a letter or digit),
    /// honorifics and post-nominal dots aside: `Dr. Śhamiso Mtisi-Dube` → `shamiso mtisi dube`.
    static func words(_ name: String) -> [String] {
        let folded = ContactVocabulary.fold(name)
        var words: [String] = []
        var current = ""
        for ch in folded {
            if ch.isLetter || ch.isNumber { current.append(ch) } else if !current.isEmpty { words.append(current); current = "" }
        }
        if !current.isEmpty { words.append(current) }
        let kept = words.filter { !honorifics.contains($0) }
        return kept.isEmpty ? words : kept
    }

    /// The key names sort by: folded words, honorifics aside, letters without a decomposition spelt
    /// plainly (`Dr. Łukasz Wróbel` → `lukasz wrobel`).
    static func sortKey(_ name: String) -> String {
        var out = ""
        for ch in words(name).joined(separator: " ") {
            switch ch {
            case "ł": out += "l"
            case "ø": out += "o"
            case "đ", "ð": out += "d"
            case "ħ": out += "h"
            case "ı": out += "i"
            case "æ": out += "ae"
            case "œ": out += "oe"
            case "ß": out += "ss"
            case "þ": out += "th"
            default: out.append(ch)
            }
        }
        return out
    }

    /// Whether two names can be one person's: every word of the shorter stands for a different word of the
    /// longer, in any order — the same word, or its initial — and at least one whole word is shared.
    /// `S. Mtisi` ~ `Shamiso Mtisi`, `Mtisi, Shamiso` ~ `Shamiso Mtisi`, `Mtisi` ~ `Shamiso Mtisi`;
    /// `Press Office` ≁ `Shamiso Mtisi`, `John Smith` ≁ `Jane Smith`.
    static func agree(_ a: [String], _ b: [String]) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard !short.isEmpty else { return false }
        var used = [Bool](repeating: false, count: long.count)
        var whole = false
        // Whole words first, so that an initial does not take the word a whole word needs.
        var initials: [String] = []
        for w in short {
            if w.count == 1 { initials.append(w); continue }
            guard let k = long.indices.first(where: { !used[$0] && long[$0] == w }) else { return false }
            used[k] = true
            whole = true
        }
        for w in initials {
            guard let k = long.indices.first(where: { !used[$0] && long[$0].hasPrefix(w) }) else { return false }
            used[k] = true
        }
        return whole
    }

    private static let deskWords: Set<String> = [
        "press", "presse", "prensa", "imprensa", "stampa", "pers", "media", "medien", "medios", "news", "newsroom",
        "info", "information", "informacion", "contact", "contacto", "contato", "kontakt", "office", "desk", "team",
        "enquiries", "enquiry", "inquiries", "inquiry", "relations", "communications", "communication", "comms",
        "comunicacion", "comunicacao", "comunicazione", "kommunikation", "pr", "pressoffice", "mediarelations",
        "pressestelle", "hello", "mail", "admin", "secretariat", "office", "general", "public", "affairs", "rp",
        "presseservice", "service", "servicio", "unit", "hotline", "onduty", "duty", "out", "of", "hours", "oncall",
    ]

    /// Whether an address is a desk's rather than a person's: every word before `@` is a desk word
    /// (`press@`, `media.enquiries@`, `pressoffice@`, `info@`), digits aside.
    static func isDeskAddress(_ address: String) -> Bool {
        guard let at = address.firstIndex(of: "@") else { return false }
        let local = address[..<at]
        let words = local.split(whereSeparator: { !$0.isLetter }).map(String.init)
        return !words.isEmpty && words.allSatisfy { deskWords.contains($0) }
    }
}
