import Foundation

/// Three properties of the genre that keep a wrong name out of the organisation field, and find the issuer
/// that names itself only by its own e-mail domain (session 11). A missing organisation is better than a wrong
/// one: each rule either drops a candidate that is not an organisation or asks two independent cues to agree.
extension OrganizationNames {
    /// The letters of e-mail addresses' local parts, lowered, with digits and marks dropped (`jane.roe7@` →
    /// `janeroe`), those of five letters or more: a personal address spells its owner's name.
    static func mailboxLetters(_ localParts: [String]) -> [String] {
        localParts.compactMap { part in
            let letters = TextScan.withBytes(part) { b in b.compactMap { ASCII.isUpper($0) || ASCII.isLower($0) ? ASCII.lowered($0) : nil } }
            return letters.count >= 5 ? String(decoding: letters, as: UTF8.self) : nil
        }
    }

    /// Whether `name` is a person's, and so no issuer: two to four capitalised words with no organisation word,
    /// that a contact of the release is called (`Media contact: Jane Roe` and `About Jane Roe`) or that the local
    /// part of one of its e-mail addresses spells (`Jane Roe` over `jane.roe@…` or `janeroe@…`). An author, an
    /// artist or a founder who sends out their own release signs it with their own name and address; an
    /// organisation's name is not its officer's mailbox. `mailboxes` are `mailboxLetters`.
    static func isPersonsName(_ name: String, contactNames: [String], mailboxes: [String]) -> Bool {
        if contactNames.isEmpty && mailboxes.isEmpty { return false }
        // The cheap tests first (the words' count and capitals), then the match, then the organisation words.
        guard (2...4).contains(TextScan.spaceRunCount(name, atMost: 5)) else { return false }
        let words = name.split(separator: " ")
        guard words.count >= 2, words.allSatisfy({ $0.first?.isUppercase == true }) else { return false }
        var matched = false
        // A mailbox spells its owner's name; but when the release names its contact and that contact is someone
        // else (`Ines Marlow`, kettlepoint@…), the mailbox is the issuer's own and spells the issuer.
        if !mailboxes.isEmpty, contactNames.isEmpty || contactNames.contains(where: { key($0) == key(name) }) {
            let letters = TextScan.withBytes(Fold.line(name)) { b in b.filter { ASCII.isLower($0) } }
            matched = mailboxes.contains { Array($0.utf8) == letters }
        }
        if !matched && !contactNames.isEmpty {
            let k = key(name)
            matched = contactNames.contains { key($0) == k }
        }
        return matched && !words.contains(where: isOrganizationWord) && !hasExtraOrganizationWord(name)
    }

    /// Whether `name` reads as a clause, not a name: six words or more with a verb of headlines after the first
    /// (`Harbour Town Author Encourages Readers To Question Their Council`), or a sentence: six words or more
    /// ending in a full stop with two lower-case words or more that are no name's joiners (`Tickets are sold at
    /// the Harbour Town Library.`). A letterhead, a running header, a contact block's line or a closing line is
    /// taken for a name by its shape; a name does not act. A verb that is also an organisation word (`Partners`)
    /// is read as the noun; a full stop after a legal form (`… Co. Ltd.`) ends a name.
    /// Verbs of headlines that are no noun (folded): never part of a name, whatever word follows them. Each is one
    /// of `announcingVerbs` (`readsAsClause` asks this set only of those; a test holds it).
    static let verbsOnly: Set<String> = [
        "announces", "announce", "launches", "unveils", "unveil", "urges", "urge", "welcomes", "introduces", "debuts",
        "condemns", "applauds", "appoints", "celebrates", "receives", "achieves", "acquires", "expands", "joins",
        "reveals", "anuncia", "annonce", "lanza", "lance", "startet", "fordert", "kritisiert",
    ]

    static func readsAsClause(_ name: String) -> Bool {
        guard TextScan.spaceRunCount(name, atMost: 6) >= 6 else { return false }
        // (Words cut and looked up on bytes when plain ASCII: `SpaceWords`, `announcingVerbWords`.)
        // A listed word is the noun it also is (`Awards`, `Issues`, `Supports`) when an organisation word, a joining
        // word or the name's end follows it: `Film and Television Awards Committee`, `Land Issues`, `Supports and
        // Advocacy Network`; a verb goes on with its object (`Encourages Critical Thinking`).
        // (A name with no verb of headlines after its first word, most names, does not act: for a printable
        // ASCII name told on its bytes, `hasHeadlineVerbAfterFirstWord`, before any word is cut.)
        if hasHeadlineVerbAfterFirstWord(name) != false {
            let all = SpaceWords.split(name)
            let acts = all.indices.dropFirst().contains { i in
                let bare = SpaceWords.trimming(all[i], Self.clauseEdges, asciiMarks: Self.clauseEdgeMarks)
                guard announcingVerbWords.contains(bare) && !isOrganizationWord(bare.text) else { return false }
                guard i + 1 < all.count else { return false }
                // (A verb that is no noun acts whatever follows it: `Jane Roe Announces Campaign for …`.)
                if Self.verbsOnly.contains(Fold.line(bare.text)) { return true }
                let next = SpaceWords.trimming(all[i + 1], Self.clauseEdges, asciiMarks: Self.clauseEdgeMarks).text
                return !isOrganizationWord(next) && !ReleaseLexicon.nameJoiners.contains(Fold.line(next))
            }
            if acts { return true }
        }
        guard name.utf8.last == 0x2E else { return false }
        let words = name.split(separator: " ")
        guard let last = words.last, last.hasSuffix("."), !isLegalForm(String(last)) else { return false }
        let lower = words.filter { w in
            w.first?.isLowercase == true && !ReleaseLexicon.nameJoiners.contains(Fold.line(w.trimming(Self.clauseEdges)))
        }
        return lower.count >= 2
    }

    /// Whether a word of a printable ASCII name after its first, trimmed of `clauseEdges`, is one of the
    /// `announcingVerbWords` (its words are then its runs between spaces, trimmed and looked up on bytes as
    /// `SpaceWords` trims and looks up an ASCII word). Nil with the fast paths off or for any other name.
    static func hasHeadlineVerbAfterFirstWord(_ name: String) -> Bool? {
        if FastPaths.off { return nil }
        let verbs = announcingVerbWords, marks = clauseEdgeMarks
        return TextScan.withBytes(name) { b -> Bool? in
            for c in b where !ASCII.isPrintable(c) { return nil }
            var at = 0
            var first = true
            while let w = TextScan.nextWord(in: b, from: at) {
                at = w.upperBound
                if first { first = false; continue }
                if verbs.containsLowered(b, marks.trim(w, in: b)) { return true }
            }
            return false
        }
    }

    /// The labels of the release's own e-mail domain (`hostLabels` of `henry@mail.squidshaped.com` → `mail`
    /// dropped, `squidshaped`), when all its addresses outside the public mail services share one domain. A
    /// release whose contacts write from several domains (a joint release, a partner's press officer, an
    /// agency beside the issuer) names no issuer by its mail: empty then.
    static func ownMailDomainLabels(_ hosts: [String]) -> [String] {
        var own: [String]?
        for h in hosts {
            let labels = hostLabels([h])
            if labels.isEmpty { continue }
            if let own, own != labels { return [] }
            own = labels
        }
        return own ?? []
    }

    /// The names the running text prints, each two times or more, that a label of the release's e-mail
    /// domains spells letter for letter (`Squidshaped` and `henry@squidshaped.com`, `Let’s Encrypt` and
    /// `sponsor@letsencrypt.org`, `Presente.global` and `edicion@presente.global`): an issuer that prints no
    /// About heading or letterhead is named by its own address and by its text, two cues that agree. Runs of
    /// one to three capitalised words are tried at each capitalised word whose first letter opens a label; a word
    /// that is a domain itself is spelled up to its first dot. Each label gives the form printed most often (a
    /// mixed-case one before capitals, then the longer). `labels`: `hostLabels` of the e-mail addresses' hosts.
    static func namesSpellingDomain(in texts: [String], labels: [String]) -> [String] {
        if FastPaths.off { return namesSpellingDomainPlain(in: texts, labels: labels) }
        let wanted = Set(labels.filter { $0.utf8.count >= 4 })
        guard !wanted.isEmpty else { return [] }
        let firsts = Set(wanted.compactMap(\.utf8.first))
        // The labels' first two bytes (a label is four letters or more).
        let pairs = Set(wanted.map { l -> UInt16 in let u = Array(l.utf8); return UInt16(u[0]) << 8 | UInt16(u[1]) })
        let longest = wanted.map(\.utf8.count).max() ?? 0
        var forms: [String: [String: Int]] = [:]
        for text in texts {
            // The words' starts read on bytes: only a word whose first letter (after the marks trimmed from its
            // ends) is a capital that opens a label has its next three words cut.
            let starts: [Int] = TextScan.withBytes(text) { b in
                var out: [Int] = []
                var i = 0
                let n = b.count
                while i < n {
                    while i < n && b[i] == 0x20 { i += 1 }
                    guard i < n else { break }
                    let start = i
                    var k = i
                    while k < n {
                        if Self.isASCIIEdge(b[k]) { k += 1; continue }
                        if k + 2 < n && b[k] == 0xE2 && b[k + 1] == 0x80 && (b[k + 2] == 0x9C || b[k + 2] == 0x9D || b[k + 2] == 0x98 || b[k + 2] == 0x99) {
                            k += 3
                            continue
                        }
                        break
                    }
                    if k < n && ASCII.isUpper(b[k]) && firsts.contains(ASCII.lowered(b[k])) {
                        // A second letter or digit the word spells must be the label's second too.
                        let second = k + 1 < n ? b[k + 1] : 0x20
                        if !(ASCII.isLetter(second) || ASCII.isDigit(second))
                            || pairs.contains(UInt16(ASCII.lowered(b[k])) << 8 | UInt16(ASCII.lowered(second))) {
                            out.append(start)
                        }
                    }
                    while i < n && b[i] != 0x20 { i += 1 }
                }
                return out
            }
            guard !starts.isEmpty else { continue }
            let u = text.utf8
            for start in starts {
                let from = u.index(u.startIndex, offsetBy: start)
                let words = text[from...].split(separator: " ", maxSplits: 3).prefix(3).map { $0.trimming(Self.domainNameEdges)[...] }
                if let (label, form) = spelledRun(words[...], wanted: wanted, longest: longest),
                   !isTailOfLongerName(text[..<from].split(separator: " ")[...]) {
                    forms[label, default: [:]][form, default: 0] += 1
                }
            }
        }
        return mostPrinted(forms, texts: texts)
    }

    /// The plain definition of `namesSpellingDomain`: every word of every text cut and tried.
    static func namesSpellingDomainPlain(in texts: [String], labels: [String]) -> [String] {
        let wanted = Set(labels.filter { $0.utf8.count >= 4 })
        guard !wanted.isEmpty else { return [] }
        let firsts = Set(wanted.compactMap(\.utf8.first))
        let longest = wanted.map(\.utf8.count).max() ?? 0
        var forms: [String: [String: Int]] = [:]
        for text in texts {
            let raw = text.split(separator: " ")
            let words = raw.map { $0.trimming(Self.domainNameEdges)[...] }
            for i in words.indices {
                // The cheap test first: a capital whose lowered letter opens a label.
                guard let f = words[i].utf8.first, ASCII.isUpper(f), firsts.contains(ASCII.lowered(f)) else { continue }
                if let (label, form) = spelledRun(words[i..<min(i + 3, words.count)], wanted: wanted, longest: longest),
                   !isTailOfLongerName(raw[..<i]) {
                    forms[label, default: [:]][form, default: 0] += 1
                }
            }
        }
        return mostPrinted(forms, texts: texts)
    }

    /// Small words inside names beyond the lexicon's joiners (`Pizza to the Polls`, `Doctors Without Borders`).
    private static let runOnJoiners: Set<String> = ["to", "at", "by", "with", "without", "against", "from"]
    private static let conjunctions: Set<String> = ["and", "&", "et", "und", "y", "e", "o", "or", "ou", "oder"]

    /// Whether a run that follows the words `before` ends a longer name: joining words (`to the`, `of`, `de la`)
    /// after a capitalised word (`Pizza to the Polls`, whose address is `polls.pizza`): the run alone is no name.
    static func isTailOfLongerName(_ before: ArraySlice<Substring>) -> Bool {
        var k = before.endIndex
        var joined = false
        while k > before.startIndex {
            let w = before[k - 1]
            let word = String(w)
            // A conjunction lists names (`Patcher and Jo’s Pantry`): the run is a name of its own.
            if Self.conjunctions.contains(word) { return false }
            if ReleaseLexicon.nameJoiners.contains(word) || Self.runOnJoiners.contains(word) {
                joined = true
                k -= 1
                continue
            }
            return joined && (w.first?.isUppercase ?? false) && !w.hasSuffix(".") && !w.hasSuffix(",") && !w.hasSuffix(":")
        }
        return false
    }

    /// The label that the first one to three capitalised `words` spell, with the words as printed. A word
    /// joined by a hyphen to what follows (`Union-CWA`, `Trust-funded`) may spell the label up to its hyphen: a
    /// union prints its national affiliation so (`Alphabet Workers Union-CWA`), kept in the form when it is in
    /// capitals, while a lower-case rest (`-funded`) is a compound's and left out.
    private static func spelledRun(_ words: ArraySlice<Substring>, wanted: Set<String>, longest: Int) -> (String, String)? {
        var spelled: [UInt8] = []
        let i = words.startIndex
        for j in words.indices {
            var w = words[j]
            guard let c = w.first, c.isUppercase else { break }
            if j == i, let dot = w.firstIndex(of: "."), w[w.index(after: dot)...].contains(where: \.isLetter) {
                w = w[..<dot]
            } else if j > i && w.contains(".") {
                break
            }
            let before = spelled
            spelled += TextScan.withBytes(Fold.line(w)) { b in b.filter { ASCII.isLower($0) || ASCII.isDigit($0) } }
            if let hyphen = w.firstIndex(of: "-"), hyphen != w.startIndex, spelled.count <= longest + 16 {
                // The whole word first (`Coca-Cola` spells `cocacola`), then the part before the hyphen.
                if wanted.contains(String(decoding: spelled, as: UTF8.self)) {
                    return (String(decoding: spelled, as: UTF8.self), words[i...j].joined(separator: " "))
                }
                let head = w[..<hyphen], rest = w[w.index(after: hyphen)...]
                let s = String(decoding: before + TextScan.withBytes(Fold.line(head)) { b in b.filter { ASCII.isLower($0) || ASCII.isDigit($0) } }, as: UTF8.self)
                if wanted.contains(s) {
                    let kept = !rest.isEmpty && rest.allSatisfy({ $0.isUppercase || $0.isNumber }) ? w : head
                    return (s, (words[i..<j] + [kept]).joined(separator: " "))
                }
            }
            guard spelled.count <= longest else { break }
            let s = String(decoding: spelled, as: UTF8.self)
            if wanted.contains(s) { return (s, words[i...j].joined(separator: " ")) }
        }
        return nil
    }

    /// Each label printed twice or more, at its form printed most often (mixed case before capitals, then the
    /// longer). A name of three words or more printed once counts twice when the text prints its initials as a
    /// word (`Alphabet Workers Union` once, `AWU` or `AWU-CWA` elsewhere): a release spells its issuer's name
    /// out once and goes on with the short form, and the short form is the second printing.
    private static func mostPrinted(_ forms: [String: [String: Int]], texts: [String]) -> [String] {
        var out: [String] = []
        for (_, printed) in forms.sorted(by: { $0.key < $1.key })
        where printed.values.reduce(0, +) >= 2 || printed.keys.contains(where: { initialsPrinted(of: $0, in: texts) }) {
            let best = printed.max { a, b in
                if a.value != b.value { return a.value < b.value }
                let capsA = TextScan.isAllCaps(a.key), capsB = TextScan.isAllCaps(b.key)
                if capsA != capsB { return capsA }
                return a.key.count != b.key.count ? a.key.count < b.key.count : a.key > b.key
            }
            if let best { out.append(best.key) }
        }
        return out
    }

    /// Whether the initials of `name`'s capitalised words (three or more: `Alphabet Workers Union-CWA` → `AWU`)
    /// are printed in `texts` as a word of their own or before a hyphen (`AWU-CWA`), not inside another word.
    static func initialsPrinted(of name: String, in texts: [String]) -> Bool {
        let words = name.split(separator: " ")
        let capitals = words.filter { $0.first?.isUppercase == true }
        guard capitals.count >= 3, capitals.count <= 8, capitals.count == words.count
                || words.allSatisfy({ $0.first?.isUppercase == true || ReleaseLexicon.nameJoiners.contains(Fold.line($0)) }) else { return false }
        let initials = Array(String(capitals.compactMap(\.first)).utf8)
        guard initials.allSatisfy(ASCII.isUpper) else { return false }
        for text in texts where text.utf8.count >= initials.count {
            let found: Bool = TextScan.withBytes(text) { b in
                let n = b.count, m = initials.count
                var i = 0
                while i + m <= n {
                    if b[i] == initials[0] && (i == 0 || !(ASCII.isLetter(b[i - 1]) || ASCII.isDigit(b[i - 1]) || b[i - 1] >= 0x80)) {
                        var k = 1
                        while k < m && b[i + k] == initials[k] { k += 1 }
                        if k == m && (i + m == n || !(ASCII.isLetter(b[i + m]) || ASCII.isDigit(b[i + m]) || b[i + m] >= 0x80)) { return true }
                    }
                    i += 1
                }
                return false
            }
            if found { return true }
        }
        return false
    }

    /// The ASCII bytes of `domainNameEdges`.
    @inline(__always) private static func isASCIIEdge(_ c: UInt8) -> Bool {
        switch c {
        case 0x2C, 0x3B, 0x3A, 0x22, 0x28, 0x29, 0x40, 0x23, 0x2A, 0x5F, 0x2E, 0x21, 0x3F, 0x27: return true
        default: return false
        }
    }

    /// What is trimmed from a word's ends before it is spelled: quotes, brackets, a handle's `@`, clause marks.
    private static let domainNameEdges = CharacterSets.quotesAndBrackets.union("@#*_,.;:!?‘’'")
    /// What is trimmed from a word's ends before it is compared with the verbs.
    private static let clauseEdges = CharacterSets.quotesAndBrackets.union(".!?‘’'")
    private static let clauseEdgeMarks = SpaceWords.ASCIIMarks(clauseEdges)

    /// The name that a closing paragraph defines (`Brindlecraft is a two-person studio …`, `Der Volksentscheid
    /// Transparenz ist ein Bündnis …`, `Lumera Labs es una empresa …`): the boilerplate, the genre's last
    /// paragraph, defines its issuer by the name, a copula and an article, under an `About` heading or without
    /// one. A capitalised run of up to seven words (joiners inside it, a leading article dropped) directly before
    /// the copula; a pronoun (`It is a …`, `She is a …`) names nothing. The caller reads the last paragraphs only.
    static func definitionSubject(_ paragraph: String) -> String? {
        if !FastPaths.off && !mayDefine(paragraph) { return nil }
        return definitionSubjectPlain(paragraph)
    }

    /// Whether a word after the first of `paragraph`'s first thirteen may be a defining copula (`is`, `ist`,
    /// `es`, `est`, `e`, `è`, `é`, any case, markup around it), read on bytes: what `definitionSubjectPlain`
    /// asks before it cuts a word, so most paragraphs are passed over here. It holds for every paragraph the
    /// plain definition finds a subject in (a letter with an accent may be any letter here).
    static func mayDefine(_ paragraph: String) -> Bool {
        TextScan.withBytes(paragraph) { b in
            let n = b.count
            @inline(__always) func isMarkup(_ k: Int) -> Int {
                if b[k] == 0x2A || b[k] == 0x5F || b[k] == 0x22 { return 1 }
                if k + 2 < n && b[k] == 0xE2 && b[k + 1] == 0x80 && (b[k + 2] == 0x9C || b[k + 2] == 0x9D) { return 3 }
                return 0
            }
            var i = 0
            while i < n && b[i] == 0x20 { i += 1 }
            // The paragraph opens with a capital, a digit or a letter beyond ASCII (after markup).
            var f = i
            while f < n, b[f] == 0x2A || b[f] == 0x5F || b[f] == 0x20 { f += 1 }
            guard f < n, ASCII.isUpper(b[f]) || ASCII.isDigit(b[f]) || b[f] >= 0x80 else { return false }
            var words = 0
            while i < n && words < 12 {
                while i < n && b[i] != 0x20 { i += 1 }
                while i < n && b[i] == 0x20 { i += 1 }
                words += 1
                guard i < n else { break }
                var k = i
                while k < n { let m = isMarkup(k); if m == 0 { break }; k += m }
                // The word's letters up to markup or its end (at most three are kept): an ASCII letter lowered,
                // a Latin letter with an accent (two bytes led by 0xC3–0xC9, which `Fold.line` takes to its base
                // letter) any letter (0), a combining mark (two bytes led by 0xCC or 0xCD) none.
                var u0: UInt8 = 0, u1: UInt8 = 0, u2: UInt8 = 0
                var count = 0
                var e = k
                var fits = true
                while e < n && b[e] != 0x20 && isMarkup(e) == 0 {
                    let c = b[e]
                    var unit: UInt8
                    if ASCII.isLetter(c) { unit = ASCII.lowered(c); e += 1 }
                    else if c >= 0xC3 && c <= 0xC9 && e + 1 < n { unit = 0; e += 2 }
                    else if (c == 0xCC || c == 0xCD) && e + 1 < n { e += 2; continue }
                    else { fits = false; break }
                    switch count { case 0: u0 = unit; case 1: u1 = unit; case 2: u2 = unit; default: break }
                    count += 1
                }
                // A lower-case word of five letters or more is neither a name's joiner nor a copula: no subject
                // can run through it to a copula after it.
                if count >= 5 && u0 != 0 && b[k] >= 0x61 && b[k] <= 0x7A { return false }
                guard fits, count >= 1, count <= 3 else { continue }
                @inline(__always) func at(_ u: UInt8, _ letter: UInt8) -> Bool { u == 0 || u == letter }
                let copula: Bool
                switch count {
                case 1: copula = at(u0, 0x65)
                case 2: copula = (at(u0, 0x69) || at(u0, 0x65)) && at(u1, 0x73)
                default: copula = (at(u0, 0x69) || at(u0, 0x65)) && at(u1, 0x73) && at(u2, 0x74)
                }
                if copula { return true }
            }
            return false
        }
    }

    /// The plain definition of `definitionSubject`.
    static func definitionSubjectPlain(_ paragraph: String) -> String? {
        // The cheap test first: the paragraph opens with a capital or a digit (after markup).
        guard let f = paragraph.utf8.first(where: { $0 != 0x2A && $0 != 0x5F && $0 != 0x20 }),
              ASCII.isUpper(f) || ASCII.isDigit(f) || f >= 0x80 else { return nil }
        let words = paragraph.prefix(240).split(separator: " ", maxSplits: 12, omittingEmptySubsequences: true).prefix(12)
            .map { $0.trimming(Self.markupEdges)[...] }
        var i = 0
        if let w = words.first, Self.leadingArticleFolds.contains(Fold.line(w)) { i = 1 }
        var run: [Substring] = []
        while i < words.count && run.count < 7 {
            let w = words[i]
            guard let c = w.first else { break }
            if c.isUppercase || c.isNumber {
                run.append(w)
            } else if !run.isEmpty && ReleaseLexicon.nameJoiners.contains(Fold.line(w)) {
                run.append(w)
            } else {
                break
            }
            i += 1
        }
        guard let last = run.last, !ReleaseLexicon.nameJoiners.contains(Fold.line(last)), i + 1 < words.count,
              Self.definingCopulas.contains(Fold.line(words[i])), Self.definingArticles.contains(Fold.line(words[i + 1])) else { return nil }
        // A legal form is no part of the name the release prints elsewhere (`Stonebridge Therapeutics, Inc. is a …`).
        while run.count >= 2, let l = run.last, isLegalForm(String(l)) { run.removeLast() }
        if run.count == 1 && (run[0].count < 3 || Self.pronouns.contains(Fold.line(run[0]))) { return nil }
        return run.joined(separator: " ").trimming(Self.clauseEdges)
    }

    /// Whether `name` is one word in a brand's shape: lower-case letters and a capital after one of them
    /// (`DeadRay`, `GrizzHacks`). No person's name or surname is written so.
    static func isBrandShaped<S: StringProtocol>(_ name: S) -> Bool {
        guard name.utf8.count >= 4, !name.utf8.contains(0x20) else { return false }
        var sawLower = false
        for c in name.dropFirst() {
            if c.isLowercase { sawLower = true } else if c.isUppercase && sawLower { return true }
        }
        return false
    }

    /// The one-word name in a brand's shape that opens a headline before a headline verb (`DeadRay Debuts With
    /// …`): `sentenceSubject` leaves a subject of one word out, since a capitalised word alone is as often a
    /// person's surname or a sentence's first word; a brand's shape is neither.
    static func brandOpeningHeadline(_ headline: String) -> String? {
        // The cheap test first, on bytes: a capital opens the headline, and its first word holds a capital after a
        // small letter (a byte beyond ASCII may be either).
        guard let f = headline.utf8.first, ASCII.isUpper(f) else { return nil }
        let mayBeShaped: Bool = TextScan.withBytes(headline) { b in
            var sawLower = false
            for c in b.dropFirst() {
                if c == 0x20 { return false }
                if c >= 0x80 {
                    if sawLower { return true }
                    sawLower = true
                } else if ASCII.isLower(c) {
                    sawLower = true
                } else if ASCII.isUpper(c) && sawLower {
                    return true
                }
            }
            return false
        }
        guard mayBeShaped else { return nil }
        let words = headline.split(separator: " ", maxSplits: 2)
        guard words.count >= 2, isBrandShaped(words[0]) else { return nil }
        return announcingVerbWords.contains(words[1]) ? String(words[0]) : nil
    }

    private static let markupEdges = Set<Character>("*_\"“”")
    private static let leadingArticleFolds: Set<String> = ["the", "der", "die", "das", "la", "le", "les", "el", "los", "las", "il", "lo", "de", "het"]
    private static let definingCopulas: Set<String> = ["is", "ist", "es", "est", "e", "è", "é"]
    private static let definingArticles: Set<String> = [
        "a", "an", "the", "one", "ein", "eine", "einer", "un", "une", "una", "uno", "um", "uma", "een", "il", "la", "le", "el", "l’", "l'",
    ]
    private static let pronouns: Set<String> = [
        "it", "this", "that", "there", "here", "he", "she", "we", "they", "who", "what", "es", "er", "sie", "dies", "das",
        "ce", "c’", "il", "elle", "esta", "este", "eso", "ello", "ela", "ele", "isso", "esto", "questo", "questa", "dit", "het",
        "today", "now", "our", "my", "his", "her", "its", "their",
    ]
}
