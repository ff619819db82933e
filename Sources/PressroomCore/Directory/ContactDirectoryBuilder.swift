/// Builds the directory's entries: union-find over every printed contact (an "occurrence"), joined by the
/// rules of `ContactDirectory`, then one pass gathering each group's values.
///
/// Built for 100,000 releases in well under a second: every name, address and number is interned once (the
/// same officer's number is printed in hundreds of releases), identifiers become integers, the contacts
/// sharing a number are found by one sort of (identifier, contact) pairs, and names are compared pairwise
/// only by distinct spelling among the contacts of one shared number or desk address (a handful).
struct ContactDirectoryBuilder {
    let releases: [Release]

    /// One printed contact: its release, its place among the release's contacts, its name and identifiers.
    private struct Occurrence {
        var release: Int32
        var contact: Int32
        /// Index into `nameWords`; -1 when no name is printed.
        var name: Int32
        /// Its identifiers: `keys[keyStart..<keyEnd]`.
        var keyStart: Int32
        var keyEnd: Int32
    }

    private var occurrences: [Occurrence] = []
    /// Identifiers of all occurrences, one after the other (indices into `keyIsPersonal`).
    private var keys: [Int32] = []
    /// Per identifier: a personal e-mail address (true) or a number or desk address (false).
    private var keyIsPersonal: [Bool] = []
    private var keyIndex: [String: Int32] = [:]
    /// Distinct names, as their folded words (honorifics dropped).
    private var nameWords: [[String]] = []
    private var nameIndex: [String: Int32] = [:]
    /// Interned identifiers of each distinct printed address and number.
    private var emailKeys: [String: Int32] = [:]
    private var phoneKeys: [String: [Int32]] = [:]
    private var parent: [Int32] = []

    /// The releases to read (indices into `releases`, ascending); nil for all.
    let only: [Int]?

    init(_ releases: [Release], only: [Int]?) {
        self.releases = releases
        self.only = only?.sorted()
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
        // Fields are read in place: copying a release or a contact out of its array costs a retain and a
        // release per field.
        for r in only ?? Array(releases.indices) {
            for c in releases[r].contacts.indices where !releases[r].contacts[c].isEmpty {
                var name: Int32 = -1
                if let printed = releases[r].contacts[c].name {
                    if let known = nameIndex[printed] {
                        name = known
                    } else {
                        let words = NameKey.words(printed)
                        name = words.isEmpty ? -1 : Int32(nameWords.count)
                        if !words.isEmpty { nameWords.append(words) }
                        nameIndex[printed] = name
                    }
                }
                let start = Int32(keys.count)
                for email in releases[r].contacts[c].emails { keys.append(emailKey(email)) }
                for phone in releases[r].contacts[c].phones { keys.append(contentsOf: numberKeys(phone)) }
                occurrences.append(Occurrence(release: Int32(r), contact: Int32(c), name: name, keyStart: start,
                                              keyEnd: Int32(keys.count)))
            }
        }
        parent = Array(0..<Int32(occurrences.count))
    }

    private mutating func intern(_ key: String, personal: Bool) -> Int32 {
        if let k = keyIndex[key] { return k }
        let k = Int32(keyIsPersonal.count)
        keyIndex[key] = k
        keyIsPersonal.append(personal)
        return k
    }

    private mutating func emailKey(_ email: String) -> Int32 {
        if let k = emailKeys[email] { return k }
        let address = email.lowercased()
        let k = intern("@" + address, personal: !NameKey.isDeskAddress(address))
        emailKeys[email] = k
        return k
    }

    private mutating func numberKeys(_ phone: String) -> [Int32] {
        if let k = phoneKeys[phone] { return k }
        var ids: [Int32] = []
        for key in PhoneKeys.keys(phone) { ids.append(intern(key, personal: false)) }
        phoneKeys[phone] = ids
        return ids
    }

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
        var firstWithKey = [Int32](repeating: -1, count: keyIsPersonal.count)
        var weak: [UInt64] = []
        for (k, o) in occurrences.enumerated() where o.name >= 0 {
            for key in keys[Int(o.keyStart)..<Int(o.keyEnd)] {
                if keyIsPersonal[Int(key)] {
                    if firstWithKey[Int(key)] >= 0 { union(firstWithKey[Int(key)], Int32(k)) } else { firstWithKey[Int(key)] = Int32(k) }
                } else {
                    weak.append(UInt64(UInt32(key)) << 32 | UInt64(UInt32(k)))
                }
            }
        }
        // Contacts sharing one number or desk address are a run of the sorted pairs.
        weak.sort()
        var start = 0
        var members: [Int32] = []
        while start < weak.count {
            let key = weak[start] >> 32
            var end = start
            members.removeAll(keepingCapacity: true)
            while end < weak.count, weak[end] >> 32 == key {
                members.append(Int32(truncatingIfNeeded: weak[end] & 0xFFFF_FFFF))
                end += 1
            }
            joinAgreeing(members)
            start = end
        }
    }

    /// Among contacts sharing one number or desk address: the same spelling joins at once; different
    /// spellings join when they agree and no third spelling agrees with one of them but not the other
    /// (`J. Smith` beside `John Smith` and `Jane Smith` joins neither).
    private mutating func joinAgreeing(_ members: [Int32]) {
        guard members.count > 1 else { return }
        var names: [Int32] = []
        var firsts: [Int32] = []
        var byName: [Int32: Int] = [:]
        for m in members {
            let name = occurrences[Int(m)].name
            // A linear search over the few distinct names, a table when there are many.
            let found: Int? = names.count < 16 ? names.firstIndex(of: name) : byName[name]
            if let f = found {
                union(firsts[f], m)
            } else {
                if names.count == 15 { for (i, n) in names.enumerated() { byName[n] = i } }
                if names.count >= 15 { byName[name] = names.count }
                names.append(name)
                firsts.append(m)
            }
        }
        guard names.count > 1, names.count <= 64 else { return }
        var agrees = [[Bool]](repeating: [Bool](repeating: false, count: names.count), count: names.count)
        var any = false
        for i in names.indices {
            for j in names.indices where j > i {
                let a = NameKey.agree(nameWords[Int(names[i])], nameWords[Int(names[j])])
                agrees[i][j] = a
                agrees[j][i] = a
                any = any || a
            }
        }
        guard any else { return }
        for i in names.indices {
            for j in names.indices where j > i && agrees[i][j] {
                let ambiguous = names.indices.contains { k in k != i && k != j && agrees[i][k] != agrees[j][k] }
                if !ambiguous { union(firsts[i], firsts[j]) }
            }
        }
    }

    /// Contacts without a name join the one group they share an address or number with (a personal
    /// address first); otherwise they group among themselves by any shared address or number.
    private mutating func attachNameless() {
        guard occurrences.contains(where: { $0.name < 0 }) else { return }
        // Per identifier: the one group of named contacts holding it, -1 none, -2 several.
        var group = [Int32](repeating: -1, count: keyIsPersonal.count)
        for (k, o) in occurrences.enumerated() where o.name >= 0 {
            let root = find(Int32(k))
            for key in keys[Int(o.keyStart)..<Int(o.keyEnd)] {
                let g = group[Int(key)]
                if g == -1 { group[Int(key)] = root } else if g >= 0 && g != root { group[Int(key)] = -2 }
            }
        }
        var alone: [Int32] = []
        for (k, o) in occurrences.enumerated() where o.name < 0 {
            let ids = keys[Int(o.keyStart)..<Int(o.keyEnd)]
            var target = candidate(ids.filter { keyIsPersonal[Int($0)] }, group)
            if target == nil, ids.allSatisfy({ !keyIsPersonal[Int($0)] || group[Int($0)] == -1 }) {
                target = candidate(Array(ids), group)
            }
            if let target { union(target, Int32(k)) } else { alone.append(Int32(k)) }
        }
        var firstAlone = [Int32](repeating: -1, count: keyIsPersonal.count)
        for k in alone {
            let o = occurrences[Int(k)]
            for key in keys[Int(o.keyStart)..<Int(o.keyEnd)] {
                if firstAlone[Int(key)] >= 0 { union(firstAlone[Int(key)], k) } else { firstAlone[Int(key)] = k }
            }
        }
    }

    /// The one group the identifiers `ids` lead to, or nil when they lead to none or to several.
    private mutating func candidate(_ ids: [Int32], _ group: [Int32]) -> Int32? {
        var found: Int32?
        for key in ids {
            let g = group[Int(key)]
            if g == -2 { return nil }
            guard g >= 0 else { continue }
            let root = find(g)
            if let f = found, f != root { return nil }
            found = root
        }
        return found
    }

    // MARK: - Entries

    private mutating func gather() -> [ContactDirectory.Entry] {
        // Occurrences by group, each group in release order.
        var groupOfRoot = [Int32](repeating: -1, count: occurrences.count)
        var groups: [[Int32]] = []
        for k in occurrences.indices {
            let root = Int(find(Int32(k)))
            if groupOfRoot[root] < 0 { groupOfRoot[root] = Int32(groups.count); groups.append([]) }
            groups[Int(groupOfRoot[root])].append(Int32(k))
        }
        var entries = groups.map(entry)
        let sortKeys = entries.map { e -> (Int, String) in
            if let name = e.name { return (0, NameKey.sortKey(name)) }
            return (1, NameKey.sortKey(e.title))
        }
        let order = entries.indices.sorted { a, b in sortKeys[a] != sortKeys[b] ? sortKeys[a] < sortKeys[b] : a < b }
        entries = order.map { entries[$0] }
        return entries
    }

    /// Gathers the values of one group's contacts.
    private func entry(_ members: [Int32]) -> ContactDirectory.Entry {
        var names = Tally(), roles = Tally(), organizations = Tally(), emails = Tally(), urls = Tally()
        var phones: [ContactDirectory.Phone] = []
        var appearances: [ContactDirectory.Appearance] = []
        for m in members {
            let o = occurrences[Int(m)]
            let r = Int(o.release), k = Int(o.contact)
            let date = releases[r].date
            if let n = releases[r].contacts[k].name { names.add(n, date) }
            if let role = releases[r].contacts[k].role { roles.add(role, date) }
            if let org = releases[r].contacts[k].organization ?? releases[r].organization { organizations.add(org, date) }
            for e in releases[r].contacts[k].emails {
                emails.add(e.utf8.contains { $0 &- 65 < 26 } ? e.lowercased() : e, date)
            }
            for u in releases[r].contacts[k].urls { urls.add(u, date) }
            for (p, number) in releases[r].contacts[k].phones.enumerated() {
                let details = releases[r].contacts[k].phoneDetails
                let detail = p < details.count ? details[p] : nil
                let at: Int
                if let i = phones.firstIndex(where: { $0.number == number }) {
                    at = i
                } else {
                    at = phones.count
                    phones.append(ContactDirectory.Phone(number: number, e164: nil, printed: [], labels: [],
                                                         lastSeen: date, count: 0))
                }
                let newer = phones[at].count == 0 || Tally.newer(date, than: phones[at].lastSeen)
                if phones[at].e164 == nil { phones[at].e164 = detail?.e164 ?? (number.hasPrefix("+") ? number : nil) }
                if let printed = detail?.printed { Tally.place(printed, in: &phones[at].printed, first: newer) }
                if let label = detail?.label { Tally.place(label, in: &phones[at].labels, first: newer) }
                if newer { phones[at].lastSeen = date }
                phones[at].count += 1
            }
            // A group's occurrences are in release order: one release's are next to each other.
            if appearances.last?.index != r {
                appearances.append(ContactDirectory.Appearance(index: r, id: releases[r].id, source: releases[r].source,
                                                               date: date, title: releases[r].title,
                                                               organization: releases[r].organization))
            }
        }
        if appearances.count > 1 {
            appearances.sort { a, b in
                if a.date != b.date { return Tally.newer(a.date, than: b.date) }
                return a.source != b.source ? a.source < b.source : a.index < b.index
            }
        }
        if phones.count > 1 {
            // Most recent first; a stable sort keeps first-seen order among equals.
            phones = phones.enumerated().sorted { a, b in
                a.element.lastSeen != b.element.lastSeen ? Tally.newer(a.element.lastSeen, than: b.element.lastSeen)
                    : a.offset < b.offset
            }.map(\.element)
        }
        let nameList = names.list()
        // The name shown: the spelling printed most often; of equals the fullest, then the newest.
        let shown = nameList.enumerated().max { a, b in
            if a.element.count != b.element.count { return a.element.count < b.element.count }
            let la = a.element.value.count, lb = b.element.value.count
            return la != lb ? la < lb : a.offset > b.offset
        }?.element.value
        return ContactDirectory.Entry(name: shown, names: nameList, roles: roles.list(),
                                      organizations: organizations.list(), phones: phones, emails: emails.list(),
                                      urls: urls.list(), releases: appearances)
    }
}

/// Values counted with the newest date each was seen; listed most recent first (first seen first among
/// equals). An entry has few distinct values of each kind: a linear search beats hashing them.
private struct Tally {
    private var values: [ContactDirectory.Seen] = []

    mutating func add(_ value: String, _ date: String?) {
        if let i = values.firstIndex(where: { $0.value == value }) {
            if Self.newer(date, than: values[i].lastSeen) { values[i].lastSeen = date }
            values[i].count += 1
        } else {
            values.append(ContactDirectory.Seen(value: value, lastSeen: date, count: 1))
        }
    }

    func list() -> [ContactDirectory.Seen] {
        guard values.count > 1 else { return values }
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
