import Foundation

/// The names that a release's sentences and clauses open with as their subject (`Northwind Tide calls on …`,
/// `…, a Northwind Tide ativa …`, `La comunità Northwind Tide intende …`, `Die Initiative Northwind Tide fordert …`).
///
/// Why: a campaign, a movement or a community that publishes its own releases often prints no About section,
/// no letterhead and no organisation word in its name; it names itself instead as the subject of several of
/// the body's sentences, in any language (a capitalised run followed by a word in lower case, its verb). One
/// such sentence names a funder, a partner or a person as often as the issuer, so the finder takes a name
/// only when two or more clauses open with it (`OrganizationFinder`, the `bodySubject` cue), and the name
/// printed again elsewhere (`repeated`) is the second cue it needs. A name behind a generic collective noun
/// (`the community X`, `l'association X`, `die Initiative X`) is an organisation by the genre's own wording,
/// which weighs more.
enum ClauseSubjects {
    /// A name that opened clauses: how many, and whether a generic collective noun stood before it once.
    struct Found: Equatable {
        var name: String
        var count: Int
        var afterCollectiveNoun: Bool
        /// A name of two words whose first word alone opens a clause too (`Odile began …` after `Odile
        /// Marchetti publishes …`): releases name a person in full once, then by the given name (or the surname,
        /// `OrganizationNames.isTitledPerson`); a movement's first word does not act alone.
        var firstWordActsAlone = false
    }

    /// One clause's subject (one word or more): its words (trimmed of quotes and emphasis marks) and whether a collective noun
    /// stood before them.
    struct Subject: Equatable {
        var words: [Substring]
        var afterCollectiveNoun: Bool
    }

    /// Articles that may stand before the subject (folded; `l'` is read as a prefix of the next word).
    static let articles: Set<String> = [
        "the", "a", "an", "o", "os", "as", "la", "il", "lo", "le", "les", "el", "los", "las", "die", "der", "das",
        "de", "het", "un", "une", "uma", "um", "una", "ein", "eine",
    ]

    /// Generic nouns for a body of people that a release puts before its own name (folded).
    static let collectiveNouns: Set<String> = [
        "community", "association", "coalition", "movement", "campaign", "network", "initiative", "alliance", "collective",
        "group", "organisation", "organization", "federation", "union", "platform", "project",
        "comunità", "associazione", "coalizione", "movimento", "campagna", "rete", "iniziativa", "alleanza", "collettivo",
        "gruppo", "piattaforma", "progetto",
        "communauté", "collectif", "coalition", "mouvement", "campagne", "réseau", "alliance", "plateforme", "projet",
        "comunidad", "comunidade", "asociación", "associação", "coalición", "coligação", "campaña", "campanha", "red",
        "rede", "iniciativa", "alianza", "aliança", "colectivo", "coletivo", "grupo", "plataforma", "proyecto", "projeto",
        "initiative", "gemeinschaft", "bewegung", "kampagne", "bündnis", "netzwerk", "vereinigung", "gruppe", "plattform",
        "projekt",
    ].reduce(into: Set<String>()) { $0.insert(Fold.line($1)) }

    /// Words that may sit inside a name between capitalised words (`Friends of the Marsh`, `Amis de la Forêt`).
    private static let joiners = ReleaseLexicon.nameJoiners

    /// Marks around a word that are no part of it: quotes, emphasis, brackets.
    private static let wordMarks = Set<Character>("*_\"'“”„«»‘’()[]")

    /// The names that open two or more clauses of `texts`, each with its count: a name and the longer names
    /// that extend it (`Northwind Tide`, `Northwind Tide Lisboa`) count together for the shorter, and a longer
    /// one is kept instead only when it opened as many clauses.
    static func names(in texts: [String]) -> [Found] {
        var counts: [String: (name: String, count: Int, collective: Bool, words: Int)] = [:]
        // The single words that open clauses (`Odile began …`).
        var alone: Set<String> = []
        for text in texts {
            for subject in subjects(in: text) {
                // Each length from two words up: the prefixes a shorter name shares with the longer ones.
                guard subject.words.count >= 2 else {
                    if let w = subject.words.first { alone.insert(Fold.line(w)) }
                    continue
                }
                for n in 2...subject.words.count {
                    let words = subject.words[..<n]
                    // A name does not end in a joiner (`Friends of`).
                    if joiners.contains(Fold.line(words.last!)) { continue }
                    let name = words.joined(separator: " ")
                    let key = Fold.line(name)
                    var e = counts[key] ?? (name, 0, false, n)
                    e.count += 1
                    e.collective = e.collective || subject.afterCollectiveNoun
                    counts[key] = e
                }
            }
        }
        var found: [Found] = []
        for (key, e) in counts.sorted(by: { $0.key < $1.key }) where e.count >= 2 {
            // A longer name that opened as many clauses is the name (`Open Data Sicilia` over `Open Data`).
            let longer = counts.contains { k, o in o.words > e.words && o.count == e.count && k.hasPrefix(key + " ") }
            if longer { continue }
            let words = key.split(separator: " ")
            found.append(Found(name: e.name, count: e.count, afterCollectiveNoun: e.collective,
                               firstWordActsAlone: words.count == 2 && alone.contains(String(words[0]))))
        }
        return found
    }

    /// The names a text introduces by their kind anywhere in a sentence (`Es por ello que la asociación Harbour
    /// Lights realiza …`, `the innovative campaign Lanterns for the Locks returns`, `l'association Harbour Lights`):
    /// an article, at most one word in lower case, a collective noun in lower case, then a capitalised run (joiners
    /// inside it), of two words or more. The genre introduces its issuer so where it prints no About section or letterhead; a partner is
    /// introduced so too, so the finder takes such a name only with the second cue the clause subjects need (printed
    /// again elsewhere). Each name once, in the order found (`Found.count` 1, behind a collective noun).
    static func introducedByKind(in texts: [String]) -> [Found] {
        var out: [Found] = []
        var seen: Set<String> = []
        for text in texts {
            let words = text.split(separator: " ")
            var i = 1
            while i < words.count - 1 {
                defer { i += 1 }
                let raw = words[i]
                // The cheap test first: a lower-case noun (or `l'` and one) with nothing after it.
                guard let f = raw.first, f.isLowercase, let l = raw.last, l.isLetter else { continue }
                var noun = Fold.line(raw)
                var articled = false
                if noun.hasPrefix("l'") || noun.hasPrefix("l’") {
                    noun = String(noun.dropFirst(2))
                    articled = true
                }
                guard collectiveNouns.contains(noun) else { continue }
                if !articled {
                    let before = Fold.line(words[i - 1])
                    if articles.contains(before) {
                        articled = true
                    } else if i >= 2, words[i - 1].first?.isLowercase == true, words[i - 1].last?.isLetter == true,
                              articles.contains(Fold.line(words[i - 2])) {
                        articled = true
                    }
                }
                guard articled else { continue }
                guard let run = capitalisedRun(words, from: i + 1)?.words else { continue }
                // Two words or more, as a clause's subject: one word after the noun is as often what the body is
                // about (`la comunidad Python`, `the project Linux`) as who it is.
                guard run.count >= 2 else { continue }
                let name = run.joined(separator: " ")
                if seen.insert(Fold.line(name)).inserted {
                    out.append(Found(name: name, count: 1, afterCollectiveNoun: true))
                }
            }
        }
        return out
    }

    /// The run of capitalised words from `words[start]` (lower-case joiners inside it, none at its end), each word
    /// without its quotes, brackets and emphasis: the run, the index after its last word, and whether that word ended
    /// a clause (`,` `.` `;` `:` `!` `?` after it, before or inside its closing quote). Nil when a word of the run
    /// holds a digit (a date, a figure). Read by the clauses' subjects and by the names a kind introduces.
    static func capitalisedRun(_ words: [Substring], from start: Int) -> (words: [Substring], next: Int, closed: Bool)? {
        var run: [Substring] = []
        var k = start
        var closed = false
        while k < words.count {
            var w = words[k]
            while let c = w.first, wordMarks.contains(c) { w = w.dropFirst() }
            while let c = w.last, wordMarks.contains(c) || ",.;:!?".contains(c) {
                if ",.;:!?".contains(c) { closed = true }
                w = w.dropLast()
            }
            guard let first = w.first else { closed = false; break }
            if first.isUppercase {
                if w.contains(where: \.isNumber) { return nil }
                run.append(w)
            } else if !run.isEmpty, joiners.contains(Fold.line(w)) {
                run.append(w)
            } else {
                closed = false
                break
            }
            k += 1
            if closed { break }
        }
        while let l = run.last, !(l.first?.isUppercase ?? false) { run.removeLast() }
        return (run, k, closed)
    }

    /// The subjects of the clauses of `text`: at its start and after a sentence's or a clause's end (`. `, `! `,
    /// `? `, `; `, `, `), an optional article and collective noun, then a run of capitalised words
    /// (joiners allowed inside) that a word in lower case follows. The clause starts are found on bytes; only
    /// the few words after each are cut.
    static func subjects(in text: String) -> [Subject] {
        var starts: [String.Index] = [text.startIndex]
        let u = text.utf8
        var i = u.startIndex
        var previous: UInt8 = 0
        while i < u.endIndex {
            let c = u[i]
            if c == 0x20, previous == 0x2E || previous == 0x21 || previous == 0x3F || previous == 0x3B || previous == 0x2C {
                starts.append(u.index(after: i))
            }
            previous = c
            i = u.index(after: i)
        }
        var out: [Subject] = []
        for start in starts {
            if let s = subject(at: text[start...]) { out.append(s) }
        }
        return out
    }

    /// The subject of the clause that opens `clause`, if it has one.
    static func subject(at clause: Substring) -> Subject? {
        // The first dozen words (a bullet's dash dropped).
        var words: [Substring] = []
        var rest = clause
        while words.count < 12, let r = rest.firstIndex(where: { $0 != " " }) {
            rest = rest[r...]
            let end = rest.firstIndex(of: " ") ?? rest.endIndex
            words.append(rest[..<end])
            rest = rest[end...]
        }
        if words.first.map({ $0 == "-" || $0 == "–" || $0 == "•" }) == true { words.removeFirst() }
        var k = 0
        var collective = false
        func bare(_ w: Substring) -> Substring {
            var w = w
            while let f = w.first, wordMarks.contains(f) { w = w.dropFirst() }
            while let l = w.last, wordMarks.contains(l) { w = w.dropLast() }
            return w
        }
        // An article, `l'` before the next word, then a collective noun.
        if k < words.count {
            let f = Fold.line(bare(words[k]))
            if articles.contains(f) {
                k += 1
            } else if f.hasPrefix("l'") || f.hasPrefix("l’") {
                // `l'associazione X`: the noun is the rest of the word.
                let noun = String(f.dropFirst(2))
                if collectiveNouns.contains(noun) { collective = true }
                k += 1
                if !collective { return nil }
            }
        }
        if !collective, k < words.count, collectiveNouns.contains(Fold.line(bare(words[k]))) {
            // Only a noun after an article or opening the clause (`Community members say` opens with a name word
            // in capitals: `the community` must be lower case or follow its article).
            if k > 0 || bare(words[k]).first?.isLowercase == true { collective = true; k += 1 }
        }
        // The capitalised run; it stops at a word that ends a clause (`X, con …` is not read as acting).
        guard let (run, next, closed) = capitalisedRun(words, from: k), !closed, !run.isEmpty, next < words.count else { return nil }
        k = next
        // The verb: the next word, in lower case.
        guard let next = bare(words[k]).first, next.isLowercase else { return nil }
        return Subject(words: run, afterCollectiveNoun: collective)
    }
}
