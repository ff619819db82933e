import Foundation

/// What the organisation finder weighed: each candidate name with the cues that named or supported it.
/// `pressroom explain` prints it; the record keeps only `chosen` (and a warning when it is `weak`).
public struct OrganizationEvidence: Sendable, Equatable {
    /// Where a release names its issuer (the first group), and what confirms a name found elsewhere (the second).
    public enum Cue: String, Sendable, CaseIterable {
        case kindLine = "beside the kind label"
        case letterhead = "letterhead"
        case runningHeader = "running header or footer"
        case aboutHeading = "About heading"
        case signOff = "sign-off"
        case closingLine = "closing name line"
        case contactBlock = "contact block"
        case firstSentence = "subject of the first sentence"
        case headline = "headline"
        case acronymDefinition = "defined with its acronym"
        case bodyPhrase = "capitalised phrase in the body"
        case domain = "matches an e-mail or web domain"
        case acronym = "its acronym printed elsewhere"
        case repeated = "repeated in the text"
        case organizationWord = "has an organisation word"
        case shorterForm = "a shorter candidate is part of it"
        case sender = "names the message's sender"
        case bodySubject = "subject of several clauses of the text"
        case domainName = "printed twice (or once and by its initials) as its e-mail domain spells it"
        case definition = "defined by a closing paragraph (X is a …)"
        case handle = "spelled by a social handle the release prints"
        case byline = "the page's author (front matter)"
        case publisher = "the page's publisher (front matter)"

        /// The cue as one bit, for sets of cues held in a `UInt32` (`Set<Cue>` literals hashed every cue, every release).
        var bit: UInt32 {
            switch self {
            case .kindLine: return 1 << 0
            case .letterhead: return 1 << 1
            case .runningHeader: return 1 << 2
            case .aboutHeading: return 1 << 3
            case .signOff: return 1 << 4
            case .closingLine: return 1 << 5
            case .contactBlock: return 1 << 6
            case .firstSentence: return 1 << 7
            case .headline: return 1 << 8
            case .acronymDefinition: return 1 << 9
            case .bodyPhrase: return 1 << 10
            case .domain: return 1 << 11
            case .acronym: return 1 << 12
            case .repeated: return 1 << 13
            case .organizationWord: return 1 << 14
            case .shorterForm: return 1 << 15
            case .sender: return 1 << 16
            case .bodySubject: return 1 << 17
            case .domainName: return 1 << 18
            case .definition: return 1 << 19
            case .handle: return 1 << 20
            case .byline: return 1 << 21
            case .publisher: return 1 << 22
            }
        }

        /// The bits of `cues`.
        static func bits(_ cues: Cue...) -> UInt32 { cues.reduce(0) { $0 | $1.bit } }

        /// Cues that only confirm a name some other cue found.
        var isSupport: Bool {
            switch self {
            case .domain, .acronym, .repeated, .organizationWord, .shorterForm, .sender, .definition, .handle: return true
            default: return false
            }
        }
    }

    public struct Candidate: Sendable, Equatable {
        public var name: String
        /// Each cue once, with its weight (the best of its occurrences).
        public var cues: [(cue: Cue, weight: Double)]
        public var score: Double { cues.reduce(0) { $0 + $1.weight } }
        /// Why the best-scored candidate was not taken, if it was not.
        public var rejected: String?

        public static func == (a: Candidate, b: Candidate) -> Bool {
            a.name == b.name && a.rejected == b.rejected && a.cues.elementsEqual(b.cues, by: { $0.cue == $1.cue && $0.weight == $1.weight })
        }
    }

    /// Best first.
    public var candidates: [Candidate] = []
    public var chosen: String?
    /// The chosen name rests on one kind of cue, or on little weight.
    public var weak = false
}

/// Candidates merged by their folded letters, each cue kept once at its best weight.
struct CandidateBoard {
    private(set) var candidates: [OrganizationEvidence.Candidate] = []
    private var index: [String: Int] = [:]
    /// The weight of the cue that gave each candidate its printed form.
    private var formWeight: [Double] = []
    /// Each candidate's key (a name that replaces its printed form has the same key).
    private var keys: [String] = []

    /// A board with room for a release's usual few candidates (grown one by one, each array and the index
    /// were copied several times a release).
    init() {
        candidates.reserveCapacity(8)
        index.reserveCapacity(8)
        formWeight.reserveCapacity(8)
        keys.reserveCapacity(8)
    }

    /// `key`: the name's key when the caller has made it (`OrganizationNames.key(name)`).
    mutating func add(_ name: String, key: String? = nil, cue: OrganizationEvidence.Cue, score: Double) {
        let key = key ?? OrganizationNames.key(name)
        guard !key.isEmpty else { return }
        if let i = index[key] {
            if score > formWeight[i] && !TextScan.isAllCaps(name) || TextScan.isAllCaps(candidates[i].name) && !TextScan.isAllCaps(name) {
                candidates[i].name = name
                formWeight[i] = score
            }
            set(i, cue, score)
        } else {
            index[key] = candidates.count
            candidates.append(.init(name: name, cues: [(cue, score)]))
            formWeight.append(score)
            keys.append(key)
        }
    }

    mutating func support(_ i: Int, _ cue: OrganizationEvidence.Cue, _ weight: Double) { set(i, cue, weight) }

    /// The indices of the `n` candidates with the most weight so far, in board order.
    func contenders(_ n: Int) -> [Int] {
        guard candidates.count > n else { return Array(candidates.indices) }
        let ranked = candidates.indices.sorted { a, b in
            let sa = candidates[a].score, sb = candidates[b].score
            return sa != sb ? sa > sb : a < b
        }
        return ranked.prefix(n).sorted()
    }

    private mutating func set(_ i: Int, _ cue: OrganizationEvidence.Cue, _ weight: Double) {
        if let k = candidates[i].cues.firstIndex(where: { $0.cue == cue }) {
            candidates[i].cues[k].weight = max(candidates[i].cues[k].weight, weight)
        } else {
            candidates[i].cues.append((cue, weight))
        }
    }

    /// A name that holds a shorter candidate and adds an organisation word or legal form to it
    /// (`Nuits du Conte` → `Les Nuits du Conte de Gembloux ASBL`) takes half the shorter one's weight, all of
    /// it when it goes on from the shorter one to end in an organisation word.
    mutating func shareWithLongerNames() {
        let keys = self.keys
        // Each key's length and whether it is ASCII, once (a plain ASCII key holds another where its bytes do).
        let ascii = keys.map { k in TextScan.withBytes(k) { b in !b.contains { $0 >= 0x80 } } }
        let lengths = keys.indices.map { ascii[$0] ? keys[$0].utf8.count : keys[$0].count }
        let scores = candidates.map(\.score)
        // Each name's runs between spaces: no fewer than its word keys, so a name of fewer runs than
        // `isFullForm` asks for (three for the shorter name, four for the longer) is passed over before its
        // keys are made.
        let runs = candidates.map { OrganizationNames.spaceRuns($0.name) }
        // Each candidate's words as keys, made when first asked for.
        var wordKeys: [[String]?] = Array(repeating: nil, count: candidates.count)
        func words(_ k: Int) -> [String] {
            if let w = wordKeys[k] { return w }
            let w = OrganizationNames.wordKeys(candidates[k].name)
            wordKeys[k] = w
            return w
        }
        // The short forms each full form was found to spell out (`isFullForm`), for the second pass below.
        var fullFormOf: [(full: Int, short: Int)] = []
        for i in candidates.indices {
            var best = 0.0
            let namedFirst = candidates[i].cues.contains(where: { $0.cue == .firstSentence || $0.cue == .headline })
            for j in candidates.indices where j != i && lengths[j] >= 4 && lengths[i] > lengths[j] {
                guard ascii[i] && ascii[j] ? TextScan.has(keys[i], keys[j]) : keys[i].contains(keys[j]) else {
                    // The full name printed where the release first names its issuer, of which the head prints a
                    // short form (`Dallas County Criminal District Attorney's Office` in the first sentence,
                    // `Dallas County District Attorney's Office` in the letterhead): it takes all of its weight.
                    if namedFirst, runs[i] >= 4, runs[j] >= 3, OrganizationNames.isFullForm(words(i), of: words(j)) {
                        best = max(best, scores[j])
                        fullFormOf.append((i, j))
                    }
                    continue
                }
                let extra = OrganizationNames.wordsNotIn(candidates[i].name, candidates[j].name).filter { $0 != "-" && $0 != "–" }
                // `X – XYZ`: the name printed with its acronym is the same name.
                let dashed = TextScan.has(candidates[i].name, " - ") || TextScan.has(candidates[i].name, " – ")
                if dashed, extra.count == 1, let acronym = OrganizationNames.initials(candidates[j].name), extra[0].uppercased() == acronym {
                    best = max(best, scores[j])
                    continue
                }
                guard extra.contains(where: OrganizationNames.isOrganizationWord) else { continue }
                // A name that goes on from the shorter one to an organisation word is the more specific unit
                // (`X County` → `X County District Attorney's Office`): it takes all of its weight.
                let namedElsewhere = candidates[i].cues.contains { !$0.cue.isSupport && $0.cue != .bodyPhrase }
                let share = namedElsewhere && keys[i].hasPrefix(keys[j])
                    && candidates[i].name.split(separator: " ").last.map(OrganizationNames.isOrganizationWord) == true
                    ? scores[j] : scores[j] / 2
                best = max(best, share)
            }
            if best > 0 { set(i, .shorterForm, best) }
        }
        // A full form takes its short form's whole weight, with what the short form took in turn from a shorter
        // name still (`Harlow County` in the headline under `Harlow County Attorney's Office`).
        let shared = candidates.map { c in c.cues.first(where: { $0.cue == .shorterForm })?.weight ?? 0 }
        for (i, j) in fullFormOf where shared[j] > 0 { set(i, .shorterForm, scores[j] + shared[j]) }
    }

    /// Best first; a tie goes to the longer name, then to the one found first.
    func evidence() -> OrganizationEvidence {
        let order = candidates.indices.sorted { a, b in
            let sa = candidates[a].score, sb = candidates[b].score
            if sa != sb { return sa > sb }
            if candidates[a].name.count != candidates[b].name.count { return candidates[a].name.count > candidates[b].name.count }
            return a < b
        }
        return OrganizationEvidence(candidates: order.map { candidates[$0] })
    }
}

/// Properties of organisation names as releases print them, for the finder's candidates and cues.
enum OrganizationNames {
    /// The folded letters and digits: one key for `RIFT VALLEY … UNION` and `Rift Valley … Union`, for
    /// `e.V` and `e.V.`.
    static func key(_ name: String) -> String {
        if let quick = keyASCII(name) { return quick }
        var f = Fold.line(name)
        // On the fold's bytes: an article's bytes at the start are the article when the character after them
        // starts cleanly (`SimpleText.startsSafely`: no mark joins the space); otherwise the plain definition.
        let onBytes: String? = FastPaths.off ? nil : f.withUTF8 { b -> String? in
            var start = 0
            for article in keyArticleBytes where b.count >= article.count && zip(article, b).allSatisfy({ $0 == $1 }) {
                guard SimpleText.startsSafely(b, at: article.count) else { return nil }
                start = article.count
                break
            }
            var out: [UInt8] = []
            out.reserveCapacity(b.count - start)
            for k in start..<b.count where ASCII.isLower(b[k]) || ASCII.isDigit(b[k]) || b[k] >= 0x80 { out.append(b[k]) }
            return String(decoding: out, as: UTF8.self)
        }
        return onBytes ?? keyPlain(name)
    }

    /// `key` of a printable ASCII name made from its bytes, with no fold made: the fold is the bytes lowered,
    /// runs of spaces one space and none at the ends, so an article of the fold is the name's first word
    /// lowered with a space and another word after it (`l'` with any byte after it), and the key is the
    /// letters and digits after the article, lowered. Nil with the fast paths off or for any other name.
    private static func keyASCII(_ name: String) -> String? {
        if FastPaths.off { return nil }
        return TextScan.withBytes(name) { b -> String? in
            for c in b where !ASCII.isPrintable(c) { return nil }
            let n = b.count
            var start = 0
            while start < n && b[start] == 0x20 { start += 1 }
            for article in keyArticleBytes {
                let spaced = article.last == 0x20
                // The article's letters (and apostrophe), lowered, then for a spaced article a space.
                let letters = spaced ? article.count - 1 : article.count
                guard start + letters <= n else { continue }
                var j = 0
                while j < letters && ASCII.lowered(b[start + j]) == article[j] { j += 1 }
                guard j == letters else { continue }
                var after = start + letters
                if spaced {
                    guard after < n && b[after] == 0x20 else { continue }
                    while after < n && b[after] == 0x20 { after += 1 }
                    // Spaces at the end are trimmed from the fold: the article is then the whole fold.
                    guard after < n else { continue }
                } else if after == n {
                    return nil
                }
                start = after
                break
            }
            var kept = 0
            for k in start..<n where ASCII.isUpper(b[k]) || ASCII.isLower(b[k]) || ASCII.isDigit(b[k]) { kept += 1 }
            return String(unsafeUninitializedCapacity: kept) { out in
                var m = 0
                for k in start..<n {
                    let c = ASCII.lowered(b[k])
                    if ASCII.isLower(c) || ASCII.isDigit(c) { out[m] = c; m += 1 }
                }
                return m
            }
        }
    }

    private static let keyArticles = ["the ", "les ", "le ", "la ", "l'", "el ", "los ", "las ", "die ", "der ", "das "]
    private static let keyArticleBytes = keyArticles.map { Array($0.utf8) }

    /// The plain definition of `key`.
    static func keyPlain(_ name: String) -> String {
        var f = Fold.line(name)
        for article in keyArticles where f.hasPrefix(article) {
            f.removeFirst(article.count)
            break
        }
        // The scalars a–z, 0–9 and beyond ASCII, kept on bytes (a scalar beyond ASCII is all bytes of 0x80 and up).
        let kept = TextScan.withBytes(f) { b in b.filter { ASCII.isLower($0) || ASCII.isDigit($0) || $0 >= 0x80 } }
        return String(decoding: kept, as: UTF8.self)
    }

    /// The runs of `s` between spaces (bytes 0x20), counted on bytes: at least as many as `wordKeys(s)` has
    /// (a space that a combining mark joins splits no word there, and empty keys are left out).
    static func spaceRuns(_ s: String) -> Int {
        TextScan.withBytes(s) { b in
            var runs = 0
            var inRun = false
            for c in b {
                if c == 0x20 { inRun = false } else if !inRun { inRun = true; runs += 1 }
            }
            return runs
        }
    }

    /// Words of `s` (runs between spaces), counted on bytes and only up to 41: callers ask about short lines.
    static func wordCount(_ s: String) -> Int { TextScan.wordCount(s, atMost: 40) }

    /// `X (XYZ)` → `X`: a name printed with its acronym after it.
    static func droppingAcronym(_ name: String) -> String {
        // (A name whose last byte is not `)` does not end with the character `)`: most, told at once.)
        guard name.utf8.last == 0x29, name.hasSuffix(")"), let open = name.lastIndex(of: "("), open > name.startIndex else { return name }
        let inner = name[name.index(after: open)..<name.index(before: name.endIndex)]
        let before = TextScan.trim(name[..<open])
        // `SDSN (Paris office)`: a note on the place or unit after a name.
        if inner.split(separator: " ").count <= 3, before.split(separator: " ").count <= 2 || TextScan.isAllCaps(before) { return before }
        guard inner.count >= 2, inner.count <= 10, !TextScan.hasByte(inner, 0x20), inner.contains(where: \.isUppercase),
              !inner.contains(where: \.isLowercase) || inner.filter(\.isUppercase).count >= 2 else { return name }
        return before
    }

    /// The longest form of `name` the text prints: the name followed by more capitalised words, joining
    /// words or a legal form, ending in an organisation word or legal form (`Nuits du Conte` →
    /// `Nuits du Conte de Gembloux ASBL`). Nil when the text has no longer form.
    /// Words for an organisation's bodies (`the Harbour Foundation Board`), which lengthen no name (folded).
    static let bodyWords: Set<String> = [
        "board", "council", "committee", "trustees", "staff", "members", "secretariat", "executive", "directors",
        "governors", "assembly", "senate", "faculty", "vorstand", "aufsichtsrat", "conseil", "comite", "junta", "consejo",
    ]

    static func longerForm(of name: String, in text: String) -> String? {
        guard name.utf8.count >= 4 else { return nil }
        var best: String?
        var from = text.startIndex
        while let r = text.range(of: name, options: .caseInsensitive, range: from..<text.endIndex) {
            from = r.upperBound
            let words = text[r.upperBound...].prefix(120).split(separator: " ").prefix(6)
            var taken: [Substring] = []
            for w in words {
                let bare = w.trimming(CharacterSets.quotesAndBrackets)
                guard let c = bare.first else { break }
                if c.isUppercase || ReleaseLexicon.nameJoiners.contains(Fold.line(bare)) { taken.append(Substring(bare)) } else { break }
                // (A full stop ends the name with the word it closes: `Acme Inc.`, a sentence's last word.)
                if w.last.map({ ",;:).".contains($0) }) == true { break }
            }
            while let last = taken.last, !(isOrganizationWord(last) || isLegalForm(String(last))) { taken.removeLast() }
            guard !taken.isEmpty else { continue }
            // `Harbour Foundation Board`, `… Council`: one of the organisation's bodies, not a fuller name of it.
            if let last = taken.last, bodyWords.contains(Fold.line(last.filter(\.isLetter))) { continue }
            let longer = String(text[r]) + " " + taken.joined(separator: " ")
            if longer.count > (best?.count ?? 0) { best = longer }
        }
        return best
    }

    /// A line of many lower-case words is a description (a tagline under the name), not a name:
    /// 3 points for each such word past the second.
    static func descriptionPenalty(_ line: String) -> Double {
        if let lower = lowerWordCountASCII(line) { return Double(max(0, lower - 2) * 3) }
        return descriptionPenaltyPlain(line)
    }

    /// How many words of a printable ASCII line open with a lower-case letter and are no joining words, read
    /// on its bytes: its words are its runs between spaces, each ASCII, and a joining word is told by its bytes
    /// lowered (as `SpaceWords.isJoiner` tells an ASCII word). Nil with the fast paths off or for any other line.
    static func lowerWordCountASCII(_ line: String) -> Int? {
        if FastPaths.off { return nil }
        let joiners = SpaceWords.joiners
        return TextScan.withBytes(line) { b -> Int? in
            for c in b where !ASCII.isPrintable(c) { return nil }
            var lower = 0
            var at = 0
            while let w = TextScan.nextWord(in: b, from: at) {
                at = w.upperBound
                if ASCII.isLower(b[w.lowerBound]) && !joiners.containsLowered(b, w) { lower += 1 }
            }
            return lower
        }
    }

    /// The plain definition of `descriptionPenalty`.
    static func descriptionPenaltyPlain(_ line: String) -> Double {
        let lower = SpaceWords.split(line).filter { w in
            (w.ascii ? ASCII.isLower(w.text.utf8.first!) : w.text.first?.isLowercase == true) && !SpaceWords.isJoiner(w)
        }.count
        return Double(max(0, lower - 2) * 3)
    }

    /// The acronym's letters in order in the name, the first word giving the first (`HAUM` in
    /// `Hackerspace au Mans`): how acronyms that take more than initials are made.
    static func spellsLoosely(_ acronym: String, _ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard (2...8).contains(words.count), let f = words.first?.first, f.isUppercase else { return false }
        let letters = Array(Fold.line(acronym).filter(\.isLetter))
        let text = Array(Fold.line(name).filter(\.isLetter))
        guard letters.count >= 2, letters.first == text.first else { return false }
        var k = 0
        for c in text where k < letters.count && c == letters[k] { k += 1 }
        return k == letters.count
    }

    /// The first letter of `ReleaseLexicon.aboutWords` (after markup): `a`, `s`, `z`, `u`, or a non-ASCII one (`À`, `Ü`).
    static func mayOpenWithAboutWord(_ line: String) -> Bool {
        guard let b = line.utf8.first(where: { $0 != 0x20 && $0 != 0x23 && $0 != 0x2A && $0 != 0x5F }) else { return false }
        if b >= 0x80 { return true }
        let l = b | 0x20
        return l == 0x61 || l == 0x73 || l == 0x7A || l == 0x75
    }

    /// A headline in sentence case: some word of four letters or more, not a joining word, starts in lower case.
    static func isSentenceCase(_ s: String) -> Bool {
        // Printable ASCII: the words are the runs between spaces, tested on bytes.
        let quick: Bool? = FastPaths.off ? nil : TextScan.withBytes(s) { b -> Bool? in
            for c in b where !ASCII.isPrintable(c) { return nil }
            var words = 0
            var at = 0
            while words < 40, let w = TextScan.nextWord(in: b, from: at) {
                at = w.upperBound
                words += 1
                if w.count >= 4 && ASCII.isLower(b[w.lowerBound]) && !SpaceWords.joiners.containsLowered(b, w) { return true }
            }
            return false
        }
        if let quick { return quick }
        return isSentenceCasePlain(s)
    }

    /// The plain definition of `isSentenceCase`.
    static func isSentenceCasePlain(_ s: String) -> Bool {
        // (The first 40 words of `split(separator: " ", maxSplits: 40)` are the first 40 words.)
        SpaceWords.split(s, atMost: 40).contains { w in
            (w.ascii ? w.text.utf8.count >= 4 && ASCII.isLower(w.text.utf8.first!) : w.text.count >= 4 && w.text.first?.isLowercase == true)
                && !SpaceWords.isJoiner(w)
        }
    }

    /// A social handle or hashtag printed alone (`#SaveOurPark`, `SaveOurPark`, `/SaveOurPark`, `@park`): one
    /// word with capitals inside it, or a mark in front.
    static func isHandle(_ s: String) -> Bool {
        guard !TextScan.hasByte(s, 0x20), let f = s.first else { return false }
        if f == "#" || f == "@" || f == "/" { return true }
        return s.dropFirst().filter(\.isUppercase).count >= 2 && s.contains(where: \.isLowercase)
    }

    /// The first word of `sentence` when it is a capitalised name of four letters or more in a brand's shape,
    /// that one of the release's domain labels spells letter for letter (`GreenHarbour` and
    /// `greenharbour.org`, `Hack-Tide` and `hacktide.io`): a brand named by one word, which `sentenceSubject`
    /// leaves out (one word in mixed case is as often a person's surname or a sentence's first word).
    static func openingWordSpellingDomain(_ sentence: String, hostLabels: [String]) -> String? {
        guard !hostLabels.isEmpty else { return nil }
        if let quick = openingWordSpellingDomainASCII(sentence, hostLabels: hostLabels) { return quick }
        return openingWordSpellingDomainPlain(sentence, hostLabels: hostLabels)
    }

    /// `openingWordSpellingDomainPlain` of a sentence whose first word (and the spaces before it) is printable
    /// ASCII, and the byte after the space that ends it too: its characters are then its bytes (no mark joins
    /// that space), a capital is `A`–`Z`, a number `0`–`9`, and its fold is its bytes lowered. Read on the
    /// bytes, with no `split` of the sentence and no `Character` made (most first words are `The`, `Today`, a
    /// place). Nil with the fast paths off or for any other sentence; `.some(nil)` when it names nothing.
    static func openingWordSpellingDomainASCII(_ sentence: String, hostLabels: [String]) -> String?? {
        if FastPaths.off { return nil }
        return TextScan.withBytes(sentence) { b -> String?? in
            let n = b.count
            var i = 0
            while i < n && b[i] == 0x20 { i += 1 }
            let start = i
            while i < n && b[i] != 0x20 {
                guard ASCII.isPrintable(b[i]) else { return nil }
                i += 1
            }
            if i + 1 < n && b[i + 1] >= 0x80 { return nil }
            guard i > start else { return .some(nil) }
            var end = i
            while end > start, b[end - 1] == 0x2C || b[end - 1] == 0x3A || b[end - 1] == 0x3B { end -= 1 }
            if end - start >= 2 && b[end - 1] == 0x73 && b[end - 2] == 0x27 { end -= 2 }
            let w = UnsafeBufferPointer(rebasing: b[start..<end])
            guard w.count >= 4, ASCII.isUpper(w[0]) else { return .some(nil) }
            // `TextScan.isAllCaps` of ASCII: no lower-case letter and two capitals or more (the first is one).
            if !w.contains(where: ASCII.isLower) && w.dropFirst().contains(where: ASCII.isUpper) { return .some(nil) }
            guard w.dropFirst().contains(where: { ASCII.isUpper($0) || ASCII.isDigit($0) || $0 == 0x2D }) else { return .some(nil) }
            var letters: [UInt8] = []
            letters.reserveCapacity(w.count)
            for c in w {
                let l = ASCII.lowered(c)
                if ASCII.isLower(l) || ASCII.isDigit(l) { letters.append(l) }
            }
            guard letters.count >= 4, hostLabels.contains(String(decoding: letters, as: UTF8.self)) else { return .some(nil) }
            return .some(String(decoding: w, as: UTF8.self))
        }
    }

    /// The plain definition of `openingWordSpellingDomain`.
    static func openingWordSpellingDomainPlain(_ sentence: String, hostLabels: [String]) -> String? {
        guard !hostLabels.isEmpty, let word = sentence.split(separator: " ", maxSplits: 1).first else { return nil }
        var w = word[...]
        while let c = w.last, c == "," || c == ":" || c == ";" { w = w.dropLast() }
        if w.hasSuffix("'s") || w.hasSuffix("’s") { w = w.dropLast(2) }
        guard w.count >= 4, w.first?.isUppercase == true, !TextScan.isAllCaps(String(w)) else { return nil }
        // A brand's shape: a capital, a digit or a hyphen inside the word (`GreenHarbour`, `Hack-Tide`); a plain
        // capitalised word that a domain spells is most often a place (`Dunedin` and `dunedin.govt.nz`).
        guard w.dropFirst().contains(where: { $0.isUppercase || $0.isNumber || $0 == "-" }) else { return nil }
        let letters = String(Fold.line(w).filter { $0.isLetter || $0.isNumber })
        guard letters.count >= 4, hostLabels.contains(letters) else { return nil }
        return String(w)
    }

    /// A sub-run of a longer name that spells one of the domains with every main word
    /// (`Informationen zum Volksentscheid Transparenz` → `Volksentscheid Transparenz`).
    static func domainNamedRun(_ name: String, domains: [String]) -> String? {
        if let quick = domainNamedRunASCII(name, domains: domains) { return quick }
        return domainNamedRunPlain(name, domains: domains)
    }

    /// `domainNamedRunPlain` for a name of printable ASCII (a word's fold is then its bytes lowered, and
    /// its first character is its first byte): the words cut once into one buffer of letters and digits
    /// (`cutWords`), and no array or `Character` made per run tried. Nil with the fast paths off or for any
    /// other name; `.some(nil)` when no run spells a domain.
    private static func domainNamedRunASCII(_ name: String, domains: [String]) -> String?? {
        if FastPaths.off { return nil }
        return TextScan.withBytes(name) { b -> String?? in
            for c in b where !ASCII.isPrintable(c) { return nil }
            // The words (runs between spaces): at most 16 are read.
            var wordCount = 0
            var inWord = false
            for c in b {
                if c == 0x20 { inWord = false } else if !inWord { inWord = true; wordCount += 1 }
            }
            guard wordCount >= 3, wordCount <= 16 else { return .some(nil) }
            let labels = domains.map(labelLetters).filter { $0.count >= 6 }
            guard !labels.isEmpty else { return .some(nil) }
            return withCutWords(b) { words -> String? in
                for length in stride(from: wordCount - 1, through: 2, by: -1) {
                    for start in 0...(wordCount - length) {
                        let end = start + length
                        guard words.upper[start], words.upper[end - 1], words.starts[start + 1] > words.starts[start] else { continue }
                        let first = words.letters[words.starts[start]]
                        guard labels.contains(where: { $0.first == first }) else { continue }
                        var main = 0
                        for w in start..<end where words.isMain[w] { main += 1 }
                        guard main >= 2 else { continue }
                        let spelled = labels.contains { label in
                            label.withUnsafeBufferPointer { lb in
                                spellsCut(lb, words.letters, words.starts, words.isMain, words: start..<end, need: main, umbrella: false)
                            }
                        }
                        if spelled {
                            let cut = name.utf8.split(separator: 0x20)
                            return cut[start..<end].map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
                        }
                    }
                }
                return nil
            }
        }
    }

    /// A printable ASCII name's words (its runs between spaces), cut once: word k's letters and digits,
    /// lowered (its fold's), are `letters[starts[k]..<starts[k + 1]]` (none for a word of marks alone);
    /// `isMain[k]`: it has some and is no joining word; `upper[k]`: it opens with a capital. What
    /// `domainMatchesASCII` and `domainNamedRunASCII` spell domains with.
    struct CutWords {
        var letters: UnsafeMutableBufferPointer<UInt8>
        var starts: UnsafeMutableBufferPointer<Int>
        var isMain: UnsafeMutableBufferPointer<Bool>
        var upper: UnsafeMutableBufferPointer<Bool>
        var count: Int
    }

    /// Runs `body` over the words of `b` (printable ASCII) cut into temporary buffers (`CutWords`).
    static func withCutWords<R>(_ b: UnsafeBufferPointer<UInt8>, _ body: (CutWords) -> R) -> R {
        let n = b.count
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(n, 1)) { letters -> R in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: n + 2) { starts -> R in
                withUnsafeTemporaryAllocation(of: Bool.self, capacity: 2 * n + 2) { flags -> R in
                    let isMain = UnsafeMutableBufferPointer(rebasing: flags[0..<(n + 1)])
                    let upper = UnsafeMutableBufferPointer(rebasing: flags[(n + 1)...])
                    var count = 0, k = 0, i = 0
                    while i < n {
                        if b[i] == 0x20 { i += 1; continue }
                        starts[k] = count
                        upper[k] = ASCII.isUpper(b[i])
                        let from = count
                        while i < n && b[i] != 0x20 {
                            let c = ASCII.lowered(b[i])
                            if ASCII.isLower(c) || ASCII.isDigit(c) { letters[count] = c; count += 1 }
                            i += 1
                        }
                        isMain[k] = count > from
                            && !SpaceWords.joiners.set.containsLowered(UnsafeBufferPointer(rebasing: letters[from..<count]))
                        k += 1
                    }
                    starts[k] = count
                    return body(CutWords(letters: letters, starts: starts, isMain: isMain, upper: upper, count: k))
                }
            }
        }
    }

    /// The plain definition of `domainNamedRun`.
    static func domainNamedRunPlain(_ name: String, domains: [String]) -> String? {
        let words = SimpleText.split(name, at: { $0 == 0x20 })
        guard words.count >= 3, words.count <= 16 else { return nil }
        let labels = domains.map { d in lettersAndDigits(d.lowercased()) }
            .filter { $0.count >= 6 }
        guard !labels.isEmpty else { return nil }
        // Each word folded once; a run is tried only when its first word can open one of the labels.
        let folded = words.map { w in lettersAndDigits(Fold.line(w)) }
        let isMain = folded.map { !$0.isEmpty && !isJoinerLetters($0) }
        for length in stride(from: words.count - 1, through: 2, by: -1) {
            for start in 0...(words.count - length) {
                let range = start..<(start + length)
                guard let f = words[start].first, f.isUppercase, let l = words[range.upperBound - 1].first, l.isUppercase,
                      let first = folded[start].first, labels.contains(where: { $0.first == first }) else { continue }
                let runWords = Array(folded[range]).filter { !$0.isEmpty }
                let main = isMain[range].filter { $0 }.count
                guard main >= 2 else { continue }
                if labels.contains(where: { spells($0, runWords, main, need: main) }) { return words[range].joined(separator: " ") }
            }
        }
        return nil
    }

    /// Words that name organisations beside `ReleaseLexicon.organizationWords`: towns and their services,
    /// political parties, legal forms.
    static let extraOrganizationWords: Set<String> = [
        "ville", "stadt", "ciudad", "cidade", "municipality", "municipalite", "municipio", "gemeinde", "commune", "mairie",
        "police", "fire", "asbl", "vzw", "party", "parti", "partido", "partei", "democrats", "greens", "labour",
        "corporacion", "corporacao", "departamento", "spital", "klinikum", "secretaria", "secretaria", "prefeitura",
        "alcaldia", "gobernacion", "senate", "assembly", "parliament", "congress", "court", "tribunal", "prosecutor",
        "attorney", "attorney's", "attorney’s", "library", "libraries", "church", "diocese", "hub", "lab", "laboratory",
        "laboratoire", "laboratorio", "aktionsbundnis", "bundnis", "buro", "kammer", "amt", "behorde", "syndicat",
        "sindicato", "gewerkschaft", "confederation", "confederacion", "chamber", "camara",
    ]

    static func isOrganizationWord(_ word: Substring) -> Bool {
        // A plain ASCII word without whitespace: trimmed, lowered (its fold) and looked up on bytes.
        let quick: Bool? = FastPaths.off ? nil : TextScan.withBytes(word) { b in
            for c in b where c >= 0x80 || c <= 0x20 { return nil }
            return isOrganizationWordASCII(b, 0..<b.count)
        }
        return quick ?? isOrganizationWordPlain(word)
    }

    /// `isOrganizationWord` of the word `b[r]`, printable ASCII without spaces: trimmed, lowered (its fold) and
    /// looked up on bytes.
    @inline(__always) static func isOrganizationWordASCII(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, wordEndMarks.contains(b[lo]) || clauseMarksAndBrackets.contains(b[lo]) { lo += 1 }
        while lo < hi, wordEndMarks.contains(b[hi - 1]) || clauseMarksAndBrackets.contains(b[hi - 1]) { hi -= 1 }
        return anyOrganizationWord.containsLowered(UnsafeBufferPointer(rebasing: b[lo..<hi]))
    }

    /// The plain definition of `isOrganizationWord`.
    static func isOrganizationWordPlain(_ word: Substring) -> Bool {
        let f = Fold.line(word.trimming(CharacterSets.wordEnds)).trimming(CharacterSets.clauseMarksAndBrackets)
        return ReleaseLexicon.organizationWords.contains(f) || extraOrganizationWords.contains(f)
    }

    private static let wordEndMarks = SpaceWords.ASCIIMarks(CharacterSets.wordEnds)
    private static let clauseMarksAndBrackets = SpaceWords.ASCIIMarks(CharacterSets.clauseMarksAndBrackets)
    private static let anyOrganizationWord = WordSet(ReleaseLexicon.organizationWords.union(extraOrganizationWords))
    private static let extraWords = SpaceWords.Vocabulary(extraOrganizationWords)

    static func hasExtraOrganizationWord(_ name: String) -> Bool {
        // Printable ASCII: the words are the runs between spaces, trimmed and lowered on bytes.
        let extra = extraWords
        let quick: Bool? = FastPaths.off ? nil : TextScan.withBytes(name) { b -> Bool? in
            for c in b where !ASCII.isPrintable(c) { return nil }
            var at = 0
            while let w = TextScan.nextWord(in: b, from: at) {
                at = w.upperBound
                if extra.containsLowered(b, wordEndMarks.trim(w, in: b)) { return true }
            }
            return false
        }
        if let quick { return quick }
        return hasExtraOrganizationWordPlain(name)
    }

    /// The plain definition of `hasExtraOrganizationWord`.
    static func hasExtraOrganizationWordPlain(_ name: String) -> Bool {
        SpaceWords.split(name).contains { extraWords.contains(SpaceWords.trimming($0, CharacterSets.wordEnds, asciiMarks: wordEndMarks)) }
    }

    /// `longer` is `shorter` with one or two words put inside it: the same first and last words, every word of
    /// `shorter` in order, three words or more (`Dallas County Criminal District Attorney's Office` of
    /// `Dallas County District Attorney's Office`). Words compare by their keys.
    static func isFullForm(_ longer: String, of shorter: String) -> Bool {
        isFullForm(wordKeys(longer), of: wordKeys(shorter))
    }

    /// The keys of a name's words, empty ones left out.
    static func wordKeys(_ name: String) -> [String] {
        if let quick = wordKeysASCII(name) { return quick }
        return wordKeysPlain(name)
    }

    /// `wordKeysPlain` of a printable ASCII name, read on its bytes: its words are its runs between spaces,
    /// and a word's key (`key`, whose articles but `l'` all end in a space, which no word holds) is its letters
    /// and digits lowered, after an opening `l'`. Nil with the fast paths off or for any other name.
    static func wordKeysASCII(_ name: String) -> [String]? {
        if FastPaths.off { return nil }
        return TextScan.withBytes(name) { b -> [String]? in
            for c in b where !ASCII.isPrintable(c) { return nil }
            var out: [String] = []
            var at = 0
            while let w = TextScan.nextWord(in: b, from: at) {
                at = w.upperBound
                var lo = w.lowerBound
                if w.count >= 2 && ASCII.lowered(b[lo]) == 0x6C && b[lo + 1] == 0x27 { lo += 2 }
                var kept = 0
                for k in lo..<w.upperBound where ASCII.isLetter(b[k]) || ASCII.isDigit(b[k]) { kept += 1 }
                guard kept > 0 else { continue }
                out.append(String(unsafeUninitializedCapacity: kept) { o in
                    var m = 0
                    for k in lo..<w.upperBound {
                        let c = ASCII.lowered(b[k])
                        if ASCII.isLower(c) || ASCII.isDigit(c) { o[m] = c; m += 1 }
                    }
                    return m
                })
            }
            return out
        }
    }

    /// The plain definition of `wordKeys`.
    static func wordKeysPlain(_ name: String) -> [String] {
        SimpleText.split(name, at: { $0 == 0x20 }).map { key(String($0)) }.filter { !$0.isEmpty }
    }

    static func isFullForm(_ l: [String], of s: [String]) -> Bool {
        guard s.count >= 3, (1...2).contains(l.count - s.count), l.first == s.first, l.last == s.last else { return false }
        var k = 0
        for w in l where k < s.count && w == s[k] { k += 1 }
        return k == s.count
    }

    /// The words of `longer` that `shorter` does not have (folded).
    static func wordsNotIn(_ longer: String, _ shorter: String) -> [Substring] {
        let have = Set(shorter.split(separator: " ").map { Fold.line($0) })
        return longer.split(separator: " ").filter { !have.contains(Fold.line($0)) }
    }

    /// Words that open a person's name or title after an organisation's (`… Trust Chief Executive Dr …`).
    private static let personStartWords = SpaceWords.Vocabulary(personStarts)

    /// The titles and roles printed before a person's name (`personStarts` and a few more), folded.
    static let titlesBeforeNames = personStarts.union(["councillor", "councilor", "candidate", "alternate", "mr.", "ms.", "dr.", "mrs."])
    private static let trailingMarks = SpaceWords.ASCIIMarks(CharacterSets.trailingMarks)
    static let personStarts: Set<String> = [
        "director", "executive", "chief", "president", "dr", "mr", "mrs", "ms", "prof", "professor", "minister",
        "secretary", "ceo", "chair", "chairman", "chairwoman", "chairperson", "spokesperson", "spokesman",
        "spokeswoman", "manager", "coordinator", "med", "senator", "mayor", "sgt", "officer", "superintendent",
        "commissioner", "directeur", "directrice", "presidente", "président", "présidente", "directora", "diretor",
        "diretora", "geschaftsfuhrer", "geschaftsfuhrerin", "vorsitzender", "vorsitzende", "sprecher", "sprecherin",
    ]

    /// `Spital Limmatfeld AG Dr. med. Andrea Bürgi-Schmid` → `Spital Limmatfeld AG`: a title or a person's
    /// name printed after an organisation's name ends the name (only after an organisation word, so that
    /// `Office of the Chief Scientist` stays whole).
    static func cutTrailingPerson(_ name: String) -> String {
        if hasNoTrailingPersonASCII(name) == true { return name }
        return cutTrailingPersonPlain(name)
    }

    /// True when `cutTrailingPersonPlain` leaves a name of printable ASCII as it is because it has fewer
    /// than three words or no word after its first opens a person's name (what most names are): its words
    /// are then its runs between spaces, trimmed and lowered on bytes. Nil with the fast paths off or for any
    /// other name; false when the definition must look further.
    static func hasNoTrailingPersonASCII(_ name: String) -> Bool? {
        if FastPaths.off { return nil }
        let starts = personStartWords
        return TextScan.withBytes(name) { b -> Bool? in
            for c in b where !ASCII.isPrintable(c) { return nil }
            var words = 0
            var person = false
            var at = 0
            while let w = TextScan.nextWord(in: b, from: at) {
                at = w.upperBound
                words += 1
                if words >= 2, !person, starts.containsLowered(b, trailingMarks.trim(w, in: b)) { person = true }
            }
            return words < 3 || !person
        }
    }

    /// The plain definition of `cutTrailingPerson`.
    static func cutTrailingPersonPlain(_ name: String) -> String {
        let spaced = SpaceWords.split(name)
        guard spaced.count >= 3 else { return name }
        let words = spaced.map(\.text)
        for i in 1..<words.count {
            guard personStartWords.contains(SpaceWords.trimming(spaced[i], CharacterSets.trailingMarks, asciiMarks: trailingMarks)) else { continue }
            let before = words[..<i]
            let last = Fold.line(before.last!)
            if ReleaseLexicon.nameJoiners.contains(last) { return name }
            guard before.contains(where: isOrganizationWord) else { return name }
            return before.joined(separator: " ").trimming(CharacterSets.nameEnds)
        }
        return name
    }

    /// The text prints a title right before the name (`Director Jane Roe`, `Councillor Jane Roe`): a person.
    /// Or, for a name of two words, the text goes on to call it by its last word alone (`Pellworth said`):
    /// releases name a person in full once, then by surname.
    /// Whether the text treats `name` as a person's: it is a contact's name, a title or a role is printed
    /// before it (`Dr. …`, `director …`), or a verb of speech precedes it or follows its surname alone
    /// (`says Mara Quill`, `Quill said`, `dijo Ana Ortega`, `Lenz sagte`) — what a release prints of the people
    /// it quotes. Only asked of a name that is otherwise the issuer's on three kinds of cue: an organisation is
    /// quoted so too (`…, says Open Harbour.`), so this is no reason to reject a name, only to keep a veto.
    /// `folded`: the fold of the headline and the body.
    static func readsAsPerson(_ name: String, contactNames: [String], inFolded folded: String) -> Bool {
        let k = key(name)
        if contactNames.contains(where: { key($0) == k }) { return true }
        let n = Fold.line(name)
        guard !n.isEmpty else { return false }
        // (As whole words: `med`, a title, ends `welcomed`.)
        for title in titlesBeforeNames where hasWords(title + " " + n, in: folded) { return true }
        // `said Mara Quill`; `Quill said`: a person is quoted by the surname alone, an organisation is not
        // (its whole name before a verb of speech is no sign: `… President of Open Knowledge says`). The surname
        // of two words, or of three with an initial between (`Christopher S. Nordloh`).
        let words = n.split(separator: " ")
        let surname: String? = words.count == 2 || words.count == 3 && words[1].utf8.count <= 2
            ? words.last.map(String.init).flatMap { $0.utf8.count >= 3 ? $0 : nil } : nil
        let given = words.count > 1 ? String(words[0]) + " " : nil
        for verb in speechVerbs {
            // The name ends the clause (`… said Mara Quill.`), not a phrase of its own (`said Harbour Action
            // Group spokesperson …`).
            if hasWords(verb + " " + n, in: folded, endingClause: true) { return true }
            if let surname, let given, hasWords(surname + " " + verb, in: folded, notAfter: given)
                || hasWords(surname + ", " + verb, in: folded, notAfter: given) { return true }
        }
        return false
    }

    /// Whether `phrase` is printed in `folded` as whole words (no letter or digit on either side); with
    /// `endingClause`, followed by punctuation or the end; with `notAfter`, not right after that text.
    private static func hasWords(_ phrase: String, in folded: String, endingClause: Bool = false, notAfter: String? = nil) -> Bool {
        var from = folded.startIndex
        while let r = folded.range(of: phrase, range: from..<folded.endIndex) {
            from = r.upperBound
            let before = r.lowerBound == folded.startIndex ? nil : folded[folded.index(before: r.lowerBound)]
            let after = r.upperBound == folded.endIndex ? nil : folded[r.upperBound]
            guard !(before?.isLetter ?? false), !(before?.isNumber ?? false), !(after?.isLetter ?? false), !(after?.isNumber ?? false)
            else { continue }
            if endingClause, let after, !",.;:)".contains(after) { continue }
            if let notAfter, folded[..<r.lowerBound].hasSuffix(notAfter) { continue }
            return true
        }
        return false
    }

    /// Verbs of speech after or before a quoted person's name, folded, in the languages releases come in.
    static let speechVerbs = [
        "said", "says", "added", "explained", "noted", "stated", "commented", "sagte", "sagt", "erklarte",
        "erklart", "betonte", "dijo", "afirmo", "explico", "senalo", "declaro", "a declare", "declare", "explique",
        "ha detto", "ha dichiarato", "disse", "afirmou", "zei", "verklaarde", "uvedl", "uvedla", "rekl", "rekla",
        "sade", "sager", "sagde",
    ]

    static func isTitledPerson(_ name: String, inFolded folded: String) -> Bool {
        let n = Fold.line(name)
        let words = n.split(separator: " ")
        guard words.count <= 3 else { return false }
        if words.count == 2 {
            let surname = String(words[1])
            var from = folded.startIndex
            while let r = folded.range(of: surname, range: from..<folded.endIndex) {
                from = r.upperBound
                let beforeOK = r.lowerBound == folded.startIndex || !folded[folded.index(before: r.lowerBound)].isLetter
                let afterOK = r.upperBound == folded.endIndex || !folded[r.upperBound].isLetter
                guard beforeOK && afterOK else { continue }
                let head = folded[..<r.lowerBound]
                if !head.hasSuffix(words[0] + " ") { return true }
            }
        }
        for title in titlesBeforeNames {
            if folded.contains(title + " " + n) { return true }
        }
        return false
    }

    /// Prefixes (folded) after which a sign-off names the issuer.
    static let signOffPrefixes: [String] = [
        "issued by ", "published by ", "released by ", "distributed by ", "source : ", "source: ", "quelle: ",
        "quelle : ", "fuente: ", "fuente : ", "fonte: ", "fonte : ", "original-content von: ", "original-content von : ",
        "herausgeber: ", "herausgegeben von ", "pour la ", "pour le ", "pour les ", "pour l'", "pour l’", "for the ",
        "on behalf of ", "au nom de la ", "au nom du ", "au nom de l'", "au nom de l’", "en nombre de ", "em nome de ",
        "em nome da ", "em nome do ", "por la ", "por el ", "pela ", "pelo ", "fur den ", "fur die ", "fur das ",
        "im auftrag de ",
    ]

    /// Sign-off prefixes that are labels: what follows is the issuer's name. The others (`pour la`, `for the`,
    /// `pela`) also open wrapped lines of running text, so their name must have an organisation word.
    static let labelSignOffs: Set<String> = [
        "issued by ", "published by ", "released by ", "distributed by ", "source : ", "source: ", "quelle: ",
        "quelle : ", "fuente: ", "fuente : ", "fonte: ", "fonte : ", "original-content von: ", "original-content von : ",
        "herausgeber: ", "herausgegeben von ",
    ]

    /// `Pour la Coalition …, Le Secrétaire exécutif` → `Coalition …`; `Source : Fédération …` → `Fédération …`.
    /// The first words of `signOffPrefixes`, for a quick look at a line's first word.
    private static let signOffFirstWordSet = WordSet(signOffFirstWords)
    private static let signOffFirstWordPairs = LetterPairs(signOffFirstWords)
    private static let signOffFirstWords = Set(signOffPrefixes.map { String($0.split(separator: " ")[0].split(separator: "'")[0].split(separator: "’")[0]) })

    static func signOffName(_ line: String) -> String? {
        guard line.utf8.count <= 300 else { return nil }
        // Most lines open with some other word: their first word, when plain ASCII, says so at once.
        let opensOther: Bool = TextScan.withBytes(line) { b in
            var i = 0
            while i < b.count, b[i] == 0x20 || b[i] == 0x2A || b[i] == 0x5F || b[i] == 0x23 { i += 1 }
            var k = i
            while k < b.count, b[k] != 0x20, b[k] != 0x27 {
                if b[k] >= 0x80 { return false }
                k += 1
            }
            return k > i && !signOffFirstWordPairs.mayHold(b, i..<k) || k > i && !signOffFirstWordSet.containsLowered(UnsafeBufferPointer(rebasing: b[i..<k]))
        }
        if opensOther { return nil }
        let t = TextScan.trim(ReleaseLexicon.stripMarkup(line))
        guard t.utf8.count >= 8, t.utf8.count <= 240 else { return nil }
        // (A line whose first 40 characters are printable ASCII: their fold read on bytes, no `String` made,
        // for the prefix test below; most lines that open with a sign-off's first word, `For`, `On`, go on
        // otherwise. The prefixes beyond ASCII, `pour l’`, open no fold of ASCII.)
        if let opening = foldedOpeningASCII(t, limit: 40),
           !signOffPrefixBytes.contains(where: { opening.starts(with: $0) }) { return nil }
        let f = Fold.line(t.prefix(40))
        guard let prefix = signOffPrefix(of: f) else { return nil }
        // Drop as many words of the line as the prefix has; a prefix ending in an apostrophe cuts inside a word.
        var words = t.split(separator: " ", omittingEmptySubsequences: true)
        let prefixWords = prefix.split(separator: " ")
        var dropped = 0
        for pw in prefixWords {
            guard !words.isEmpty else { return nil }
            if pw.hasSuffix("'") || pw.hasSuffix("’") {
                let w = words[0]
                let cut = w.firstIndex(where: { $0 == "'" || $0 == "’" }).map { w.index(after: $0) } ?? w.endIndex
                let rest = w[cut...]
                if rest.isEmpty { words.removeFirst() } else { words[0] = rest }
            } else {
                words.removeFirst()
            }
            dropped += 1
        }
        guard dropped > 0, !words.isEmpty else { return nil }
        var rest = words.joined(separator: " ")
        // The name ends at the first comma that is not a legal form's, or at a dash.
        for sep in [" – ", " — ", " - ", " | "] {
            if let r = TextScan.find(sep, in: rest[...]) { rest = String(rest[..<r.lowerBound]) }
        }
        var parts = rest.components(separatedBy: ", ")
        if parts.count > 1 {
            var kept = [parts.removeFirst()]
            while let next = parts.first, isLegalForm(next) { kept.append(next); parts.removeFirst() }
            rest = kept.joined(separator: ", ")
        }
        rest = rest.trimming(CharacterSets.signOffEnds)
        for article in ["the ", "la ", "le ", "el ", "a ", "o "] where rest.hasPrefix(article) { rest.removeFirst(article.count); break }
        guard let first = rest.first, first.isUppercase || first.isNumber else { return nil }
        if !labelSignOffs.contains(prefix), !rest.split(separator: " ").contains(where: isOrganizationWord) { return nil }
        return rest
    }

    /// `signOffPrefixes.first(where: { f.hasPrefix($0) })`, the prefixes compared on bytes. The prefixes are
    /// ASCII but for `’`, with no `K`, `;` or backquote (the only ASCII that a non-ASCII scalar is canonically
    /// equivalent to, as `KELVIN SIGN` is to `K`; nothing else is to `’`), so a text whose bytes do not start
    /// with a prefix's does not start with its characters; one whose bytes do, followed by an ASCII byte or nothing, does. Only a match
    /// followed by a byte beyond ASCII (a mark that could join the prefix's last character) asks `hasPrefix`.
    static func signOffPrefix(of f: String) -> String? {
        if FastPaths.off { return signOffPrefixPlain(of: f) }
        let prefixes = signOffPrefixBytes
        let found: Int?? = TextScan.withBytes(f) { b -> Int?? in
            for (k, p) in prefixes.enumerated() where p.count <= b.count {
                var j = 0
                while j < p.count && b[j] == p[j] { j += 1 }
                guard j == p.count else { continue }
                if p.count < b.count && b[p.count] >= 0x80 { return nil }
                return k
            }
            return .some(nil)
        }
        guard let found else { return signOffPrefixPlain(of: f) }
        return found.map { signOffPrefixes[$0] }
    }

    /// The plain definition of `signOffPrefix(of:)`.
    static func signOffPrefixPlain(of f: String) -> String? {
        signOffPrefixes.first(where: { f.hasPrefix($0) })
    }

    private static let signOffPrefixBytes: [[UInt8]] = signOffPrefixes.map { Array($0.utf8) }

    static func isLegalForm(_ s: String) -> Bool {
        let f = Fold.line(s).trimming(CharacterSets.spaceDotComma)
        return ["s.a. de c.v", "s.a", "sa", "inc", "ltd", "llc", "gmbh", "ag", "e.v", "ev", "asbl", "lda", "ltda", "plc", "s.l", "sas", "bv", "nv", "pty ltd", "co"].contains(f)
    }

    /// `About the Coalition. The Coalition is …` → `Coalition`; `À propos de X : …` → `X`: a run-in heading.
    static func runInAboutSubject(_ paragraph: String) -> String? {
        if opensWithoutAboutWord(paragraph) == true { return nil }
        // (Paragraphs opening with `A`, `S`, `U` or `Z` that are not about: their first words on bytes.)
        if opensWithAboutWordASCII(paragraph) == false { return nil }
        // (The others, opening beyond ASCII or with one in their first 16 characters: their fold's bytes.)
        if opensWithAboutWordFolded(paragraph) == false { return nil }
        return runInAboutSubjectPlain(paragraph)
    }

    /// Whether the fold of the paragraph's first 16 characters opens with an about word and a space (what
    /// `runInAboutSubjectPlain` asks first), compared on the fold's bytes as `signOffPrefix` compares: the
    /// about words are lower-case ASCII with no `K`, `;` or backquote, so a fold whose bytes do not open with
    /// one's does not open with its characters, and one whose bytes do, followed by an ASCII byte or nothing,
    /// does. Nil with the fast paths off, or when a byte beyond ASCII follows a match (a mark could join the
    /// space).
    static func opensWithAboutWordFolded(_ paragraph: String) -> Bool? {
        if FastPaths.off { return nil }
        return foldOpensWithAboutWord(Fold.line(paragraph.prefix(16)), then: [0x20])
    }

    /// Whether the fold `f` opens with an about word and one of the ASCII bytes `then` (`f.hasPrefix(word + " ")`
    /// for each about word, `then` a space), compared on bytes as `opensWithAboutWordFolded` says. Nil with the
    /// fast paths off or when a byte beyond ASCII follows a match.
    static func foldOpensWithAboutWord(_ f: String, then: [UInt8]) -> Bool? {
        if FastPaths.off { return nil }
        return TextScan.withBytes(f) { b -> Bool? in
            for word in aboutWordBytes where word.count < b.count {
                var j = 0
                while j < word.count && b[j] == word[j] { j += 1 }
                guard j == word.count, then.contains(b[j]) else { continue }
                if j + 1 < b.count && b[j + 1] >= 0x80 { return nil }
                return true
            }
            return false
        }
    }

    /// The about words as bytes (`ReleaseLexicon.aboutWords` are ASCII).
    private static let aboutWordBytes: [[UInt8]] = ReleaseLexicon.aboutWords.map { Array($0.utf8) }

    /// Whether the fold of the paragraph's first 16 characters opens with an about word and a space (what
    /// `runInAboutSubjectPlain` asks first), read on bytes (`foldedOpeningASCII`). Nil with the fast paths
    /// off or for a paragraph that does not open with printable ASCII.
    static func opensWithAboutWordASCII(_ paragraph: String) -> Bool? {
        guard let f = foldedOpeningASCII(paragraph) else { return nil }
        return aboutSpacedBytes.contains { f.starts(with: $0) }
    }

    /// The fold of the first 16 characters of `s`, as bytes, when they are printable ASCII and the byte after
    /// them is ASCII: each is then a byte (no mark joins the last), and their fold is their bytes lowered, runs
    /// of spaces one space and none at the ends. Nil with the fast paths off or for any other text.
    static func foldedOpeningASCII(_ s: String, limit: Int = 16) -> [UInt8]? {
        if FastPaths.off { return nil }
        return TextScan.withBytes(s) { b -> [UInt8]? in
            let m = min(b.count, limit)
            for k in 0..<m where !ASCII.isPrintable(b[k]) { return nil }
            if b.count > m && b[m] >= 0x80 { return nil }
            var f: [UInt8] = []
            f.reserveCapacity(m)
            var pendingSpace = false
            for k in 0..<m {
                let c = b[k]
                if c == 0x20 { pendingSpace = !f.isEmpty; continue }
                if pendingSpace { f.append(0x20); pendingSpace = false }
                f.append(ASCII.lowered(c))
            }
            return f
        }
    }

    /// Each about word and a space, as bytes (`ReleaseLexicon.aboutWords` are ASCII).
    private static let aboutSpacedBytes: [[UInt8]] = ReleaseLexicon.aboutWords.map { Array(($0 + " ").utf8) }

    /// True when the paragraph's first printed character is printable ASCII that no about word starts with
    /// (most paragraphs): its fold starts with that byte lowered, so no about word opens it. Nil with the fast
    /// paths off; false when the answer needs the definition (a byte beyond ASCII or a control byte first).
    static func opensWithoutAboutWord(_ paragraph: String) -> Bool? {
        if FastPaths.off { return nil }
        return TextScan.withBytes(paragraph) { b -> Bool in
            var i = 0
            while i < b.count && TextScan.isSpaceByte(b[i]) { i += 1 }
            guard i < b.count, b[i] &- 0x21 < 0x5E else { return false }
            let c = ASCII.lowered(b[i])
            return !ReleaseLexicon.aboutFirstBytes.contains(c)
        }
    }

    /// The plain definition of `runInAboutSubject`.
    static func runInAboutSubjectPlain(_ paragraph: String) -> String? {
        let f = Fold.line(paragraph.prefix(16))
        guard let word = ReleaseLexicon.aboutWords.first(where: { f.hasPrefix($0 + " ") }) else { return nil }
        let head = paragraph.prefix(120)
        var words = head.split(separator: " ").dropFirst(word.split(separator: " ").count)
        while let w = words.first, ReleaseLexicon.nameJoiners.contains(Fold.line(w)) { words = words.dropFirst() }
        var out: [Substring] = []
        for w in words {
            let ends = w.hasSuffix(".") && !isLegalForm(String(w)) || w.hasSuffix(":")
            out.append(ends ? w.dropLast() : w)
            if ends { break }
            if out.count > 10 { return nil }
            if w == words.last { return nil }
        }
        guard !out.isEmpty, let c = out.first?.first, c.isUppercase else { return nil }
        if out.contains(where: { w in w.first.map { $0.isLowercase } == true && !ReleaseLexicon.nameJoiners.contains(Fold.line(w)) }) { return nil }
        return out.joined(separator: " ")
    }

    private static let leadingArticles: Set<String> = ["the", "la", "le", "les", "el", "los", "las", "die", "der", "das", "o", "a", "os", "as"]
    private static let leadingArticleWords = SpaceWords.Vocabulary(leadingArticles)
    static let announcingVerbWords = SpaceWords.Vocabulary(announcingVerbs)
    private static let quotesAndBracketsMarks = SpaceWords.ASCIIMarks(CharacterSets.quotesAndBrackets)
    /// Verbs of headlines (in title case they are capitalised like the name before them).
    static let announcingVerbs: Set<String> = [
        "encourages", "passes", "announces", "launches", "rejects", "urges", "calls", "welcomes", "unveils", "opens", "releases", "publishes",
        "warns", "says", "condemns", "applauds", "celebrates", "marks", "names", "appoints", "wins", "receives",
        "awards", "hosts", "joins", "backs", "supports", "seeks", "asks", "files", "sues", "charges", "demands",
        "raises", "secures", "closes", "completes", "acquires", "partners", "expands", "introduces", "debuts",
        "reports", "signs", "selects", "achieves", "reaches", "invests", "invites", "kicks", "brings", "gives",
        "lanza", "anuncia", "annonce", "lance", "startet", "fordert", "lança", "anuncia",
        "starts", "begins", "holds", "honors", "honours", "recognizes", "recognises", "elects", "endorses", "hails",
        "praises", "responds", "issues", "presents", "returns", "commends", "mourns", "thanks", "hires", "offers",
        "plans", "shares", "highlights", "inaugurates", "announce", "unveil", "urge", "reveals",
        // (Folded, as the words are compared: `präsentiert` → `prasentiert`.)
        "feiert", "begrusst", "kritisiert", "warnt", "prasentiert", "celebra", "presenta", "inaugura", "denuncia",
        "celebre", "salue", "presente", "denonce", "inaugure", "lanca",
    ]

    /// Words after a subject that show it acts (`X today announced`, `X a annoncé`, `X anunció`, `X gibt bekannt`).
    private static let actingWords: Set<String> = [
        "today", "announced", "announces", "announce", "said", "says", "launched", "launches", "launch", "welcomes",
        "welcomed", "calls", "called", "urges", "urged", "publishes", "publish", "published", "released", "releases",
        "unveiled", "unveils", "opened", "opens", "has", "have", "will", "is", "warns", "warned", "rejects",
        "aujourd'hui", "annonce", "lance", "publie", "demande", "appelle", "a", "anuncio", "anuncia", "lanza", "presenta",
        "publica", "hoy", "lancou", "lanca", "anunciou", "procedeu", "hoje", "heute", "gibt", "hat", "startet",
        "fordert", "veroffentlicht",
    ]

    /// The capitalised run that opens a sentence, before its verb: `The Coalition for X (CX) today announced`
    /// → `Coalition for X`, announcing. In a headline printed in title case the run ends at its last
    /// organisation word (`Dallas County District Attorney's Office Urges …` → `… Office`).
    static func sentenceSubject(_ sentence: String, isHeadline: Bool = false) -> (name: String, announces: Bool)? {
        if let quick = sentenceSubjectASCII(sentence, isHeadline: isHeadline) { return quick }
        return sentenceSubjectPlain(sentence, isHeadline: isHeadline)
    }

    /// `sentenceSubjectPlain` of a sentence whose first two dozen words (and the byte after them) are printable
    /// ASCII: its words are then its runs between spaces and each of its characters a byte, so the words are
    /// read as byte ranges of the sentence and tested on their bytes, and a `String` is made only for the
    /// subject found (the definition cuts a `Substring` per word and copies them through its loop: ~28,000
    /// instructions a call). Nil with the fast paths off or for any other sentence; `.some(nil)` when the
    /// sentence has no subject.
    static func sentenceSubjectASCII(_ sentence: String, isHeadline: Bool) -> (name: String, announces: Bool)?? {
        if FastPaths.off { return nil }
        return TextScan.withBytes(sentence) { b -> (name: String, announces: Bool)?? in
            let n = b.count
            // The first 24 words, as `split(separator: " ")` cuts them.
            var words: [Range<Int>] = []
            words.reserveCapacity(24)
            var i = 0
            while i < n && words.count < 24 {
                if b[i] == 0x20 { i += 1; continue }
                let start = i
                while i < n && b[i] != 0x20 {
                    guard ASCII.isPrintable(b[i]) else { return nil }
                    i += 1
                }
                words.append(start..<i)
            }
            // The byte after the space that ends the last word read could join that space as a mark.
            if i + 1 < n && b[i + 1] >= 0x80 { return nil }
            // (The vocabularies read once, not through their globals' lazy initialisers at every word.)
            let joiners = SpaceWords.joiners, verbs = announcingVerbWords, marks = quotesAndBracketsMarks
            @inline(__always) func isJoiner(_ r: Range<Int>) -> Bool { joiners.containsLowered(b, r) }
            var w0 = 0
            if let w = words.first, leadingArticleWords.containsLowered(b, w) { w0 = 1 }
            var runWords: [Range<Int>] = []
            runWords.reserveCapacity(words.count)
            var k = w0
            var stopped = false
            while k < words.count {
                let w = words[k]
                // A parenthesised acronym closes the subject (`The X Network (XN) and …`).
                if b[w.lowerBound] == 0x28 { break }
                let bare = marks.trim(w, in: b)
                guard !bare.isEmpty else { break }
                let possessive = bare.count >= 2 && b[bare.upperBound - 1] == 0x73 && b[bare.upperBound - 2] == 0x27
                let c = b[bare.lowerBound]
                let opensName = ASCII.isUpper(c) || ASCII.isDigit(c) || c == 0x23 || c == 0x26
                // A possessive before a capitalised organisation word is inside the name.
                let inName = possessive && k + 1 < words.count && ASCII.isUpper(b[words[k + 1].lowerBound])
                    && isOrganizationWordASCII(b, words[k + 1])
                if opensName {
                    runWords.append(possessive && !inName ? bare.lowerBound..<(bare.upperBound - 2) : bare)
                } else if !runWords.isEmpty && isJoiner(bare) {
                    runWords.append(bare)
                } else {
                    break
                }
                k += 1
                let last = b[w.upperBound - 1]
                let closes = last == 0x2C || last == 0x3B || last == 0x3A || last == 0x29
                if possessive && !inName || closes { stopped = true; break }
            }
            // What follows the subject: the words after the run (a verb inside the run heads them).
            var rest = Array(words[k...])
            // A verb inside a title-case run ends the subject (`Jane Doe Announces Campaign` → `Jane Doe`).
            if let verb = runWords.firstIndex(where: { verbs.containsLowered(b, $0) }), verb >= 1,
               isHeadline || !isSentenceCase(sentence) {
                rest = Array(runWords[verb...]) + rest
                runWords.removeSubrange(verb...)
                stopped = true
            }
            var after = Array(rest.prefix(4))
            while let l = runWords.last, isJoiner(l) { runWords.removeLast() }
            var run = runWords
            func text(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self) }
            guard run.count >= 2 || run.count == 1 && run[0].count >= 3 && TextScan.isAllCaps(text(run[0])) else { return .some(nil) }
            // `Updated January 8`, `On 3 March`: a date, not a subject.
            let hasNumber = run.contains { r in r.contains { ASCII.isDigit(b[$0]) } }
            if hasNumber && !run.contains(where: { isOrganizationWordASCII(b, $0) }) { return .some(nil) }
            // Title case: every word capitalised; the subject ends at its last organisation word.
            if isHeadline, !stopped, !isSentenceCase(sentence), !TextScan.isAllCaps(sentence), rest.isEmpty || run.count >= 4,
               let last = run.lastIndex(where: { isOrganizationWordASCII(b, $0) }), last < run.count - 1 {
                after = Array(run[(last + 1)...].prefix(4))
                run.removeSubrange((last + 1)...)
            }
            // The words after it, trimmed of clause marks and lowered (their fold): the first dropped when it
            // opens a bracket, then an acting word among the next three.
            var folded = after.map { clauseMarks.trim($0, in: b) }
            if let a = folded.first, !a.isEmpty, b[a.lowerBound] == 0x28 { folded.removeFirst() }
            let announces = folded.prefix(3).contains { actingWordSet.containsLowered(UnsafeBufferPointer(rebasing: b[$0])) }
            var name: [UInt8] = []
            name.reserveCapacity(run.reduce(0) { $0 + $1.count + 1 })
            for (j, r) in run.enumerated() {
                if j > 0 { name.append(0x20) }
                name.append(contentsOf: UnsafeBufferPointer(rebasing: b[r]))
            }
            return .some((String(decoding: name, as: UTF8.self), announces))
        }
    }

    private static let clauseMarks = SpaceWords.ASCIIMarks(CharacterSets.clauseMarks)
    private static let actingWordSet = WordSet(actingWords)

    /// The plain definition of `sentenceSubject`.
    static func sentenceSubjectPlain(_ sentence: String, isHeadline: Bool = false) -> (name: String, announces: Bool)? {
        // The first two dozen words (the rest stays one uncut piece, dropped).
        // (Words are cut and, when plain ASCII, tested on bytes: `SpaceWords`.)
        var words = SpaceWords.split(sentence, atMost: 24)
        if let w = words.first, leadingArticleWords.contains(w) { words.removeFirst() }
        var runWords: [SpaceWords.Word] = []
        var rest = words[...]
        var stopped = false
        while let w = rest.first {
            // A parenthesised acronym closes the subject (`The X Network (XN) and …`).
            if w.ascii ? w.text.utf8.first == 0x28 : w.text.hasPrefix("(") { break }
            let bare = SpaceWords.trimming(w, CharacterSets.quotesAndBrackets, asciiMarks: quotesAndBracketsMarks)
            guard !bare.text.isEmpty else { break }
            let possessive: Bool, opensName: Bool
            if bare.ascii {
                let u = bare.text.utf8
                possessive = u.count >= 2 && u.last == 0x73 && u[u.index(u.endIndex, offsetBy: -2)] == 0x27
                let c = u.first!
                opensName = ASCII.isUpper(c) || ASCII.isDigit(c) || c == 0x23 || c == 0x26
            } else {
                let c = bare.text.first!
                possessive = bare.text.hasSuffix("’s") || bare.text.hasSuffix("'s")
                opensName = c.isUppercase || c.isNumber || c == "#" || c == "&"
            }
            // A possessive before a capitalised organisation word is inside the name (`Attorney's Office`,
            // `Children's Fund`); elsewhere it ends the subject (`Acme's new plant`).
            let inName = possessive && rest.dropFirst().first.map { next in
                SpaceWords.startsUppercase(next) && isOrganizationWord(next.text)
            } == true
            if opensName {
                runWords.append(possessive && !inName ? SpaceWords.Word(text: bare.text.dropLast(2), ascii: bare.ascii) : bare)
            } else if !runWords.isEmpty && SpaceWords.isJoiner(bare) {
                runWords.append(bare)
            } else {
                break
            }
            rest = rest.dropFirst()
            let closes = w.ascii ? w.text.utf8.last.map { $0 == 0x2C || $0 == 0x3B || $0 == 0x3A || $0 == 0x29 } ?? false
                : w.text.hasSuffix(",") || w.text.hasSuffix(";") || w.text.hasSuffix(":") || w.text.hasSuffix(")")
            if possessive && !inName || closes { stopped = true; break }
        }
        // A verb inside a title-case run ends the subject (`Jane Doe Announces Campaign` → `Jane Doe`).
        if let verb = runWords.firstIndex(where: announcingVerbWords.contains), verb >= 1, isHeadline || !isSentenceCase(sentence) {
            rest = ArraySlice(Array(runWords[verb...]) + Array(rest))
            runWords = Array(runWords[..<verb])
            stopped = true
        }
        var after = rest.prefix(4).map(\.text)
        while let l = runWords.last, SpaceWords.isJoiner(l) { runWords.removeLast() }
        var run = runWords.map(\.text)
        guard run.count >= 2 || run.count == 1 && run[0].count >= 3 && TextScan.isAllCaps(run[0]) else { return nil }
        // `Updated January 8`, `On 3 March`: a date, not a subject.
        // (A plain ASCII word holds a number where it holds a digit.)
        let hasNumber = runWords.contains { w in
            w.ascii ? TextScan.withBytes(w.text) { b in b.contains { ASCII.isDigit($0) } } : w.text.contains(where: \.isNumber)
        }
        if hasNumber && !run.contains(where: isOrganizationWord) { return nil }
        // Title case: every word capitalised; the subject ends at its last organisation word.
        if isHeadline, !stopped, !isSentenceCase(sentence), !TextScan.isAllCaps(sentence), rest.isEmpty || run.count >= 4,
           let last = run.lastIndex(where: isOrganizationWord), last < run.count - 1 {
            after = Array(run[(last + 1)...].prefix(4))
            run = Array(run[...last])
        }
        var folded = after.map { Fold.line($0.trimming(CharacterSets.clauseMarks)) }
        if let a = folded.first, a.hasPrefix("(") { folded.removeFirst() }
        let announces = folded.prefix(3).contains(where: actingWords.contains)
        return (run.joined(separator: " "), announces)
    }

    /// The capital initials of a name's words (hyphenated parts counted), joining words left out:
    /// `Union of Rail Signalling and Maintenance Staff` → `URSMS`. Nil for a single word.
    static func initials(_ name: String, withJoiners: Bool = false) -> String? {
        if let quick = initialsASCII(name, withJoiners: withJoiners) { return quick }
        let spaced = SpaceWords.split(name).filter { withJoiners || !SpaceWords.isJoiner($0) }
        guard spaced.count >= 2 else { return nil }
        // Plain ASCII words: the first byte of each part between hyphens, when a letter, upper-cased.
        if spaced.allSatisfy(\.ascii) {
            var bytes: [UInt8] = []
            for w in spaced {
                var atPart = true
                for c in w.text.utf8 {
                    if c == 0x2D { atPart = true; continue }
                    if atPart, ASCII.isLetter(c) { bytes.append(ASCII.isLower(c) ? c - 0x20 : c) }
                    atPart = false
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return initialsPlain(name, withJoiners: withJoiners)
    }

    /// `initials` of a printable ASCII name read straight from its bytes: its words are its runs between
    /// spaces, a joining word is told by its bytes lowered, and the initials are collected as the words are
    /// read (no word cut as a `Substring`, no array of words). Nil with the fast paths off or for any other
    /// name; `.some(nil)` for a name of fewer than two words.
    static func initialsASCII(_ name: String, withJoiners: Bool) -> String?? {
        if FastPaths.off { return nil }
        let joiners = SpaceWords.joiners
        return TextScan.withBytes(name) { b -> String?? in
            for c in b where !ASCII.isPrintable(c) { return nil }
            var words = 0
            var out: [UInt8] = []
            var at = 0
            while let w = TextScan.nextWord(in: b, from: at) {
                at = w.upperBound
                if !withJoiners && joiners.containsLowered(b, w) { continue }
                words += 1
                var atPart = true
                for k in w {
                    let c = b[k]
                    if c == 0x2D { atPart = true; continue }
                    if atPart, ASCII.isLetter(c) { out.append(ASCII.isLower(c) ? c - 0x20 : c) }
                    atPart = false
                }
            }
            return .some(words >= 2 ? String(decoding: out, as: UTF8.self) : nil)
        }
    }

    /// The plain definition of `initials`.
    static func initialsPlain(_ name: String, withJoiners: Bool = false) -> String? {
        let words = name.split(separator: " ").filter { withJoiners || !ReleaseLexicon.nameJoiners.contains(Fold.line($0)) }
        guard words.count >= 2 else { return nil }
        var out = ""
        for w in words {
            for part in w.split(separator: "-") {
                guard let c = part.first, c.isLetter else { continue }
                out.append(c)
            }
        }
        return out.uppercased()
    }

    /// The lower-case ASCII letters and digits of an already folded or lowered text, as bytes (no other
    /// scalar has a byte in those ranges).
    static func lettersAndDigits<S: StringProtocol>(_ s: S) -> [UInt8] {
        TextScan.withBytes(s) { b in b.filter { ASCII.isLower($0) || ASCII.isDigit($0) } }
    }

    /// Whether lower-case ASCII letters (`lettersAndDigits` of a word) spell a joining word.
    static func isJoinerLetters(_ w: [UInt8]) -> Bool {
        w.withUnsafeBufferPointer { SpaceWords.joiners.set.containsLowered($0) }
    }

    /// Hosts' name labels (`triton.uog.edu` → `triton`, `uog`): what a domain can say of a name.
    static func hostLabels(_ hosts: [String]) -> [String] {
        var out: [String] = []
        for h in hosts where hostLabelsASCII(h, into: &out) == nil { out += hostLabelsPlain([h]) }
        return out
    }

    /// `hostLabels([host])` appended to `out` for an ASCII host (its lower-casing lowers its bytes and its
    /// labels' characters are their bytes): the labels cut on bytes, no `String` made but for the labels kept.
    /// Nil, with nothing appended, with the fast paths off or for any other host.
    static func hostLabelsASCII(_ host: String, into out: inout [String]) -> Void? {
        if FastPaths.off { return nil }
        return TextScan.withBytes(host) { b -> Void? in
            for c in b where c >= 0x80 || c < 0x20 { return nil }
            // The labels: runs between dots (empty ones left out, as `split` leaves them), at most as many as bytes.
            return withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: b.count + 1) { labels -> Void in
                var count = 0
                var i = 0
                while i < b.count {
                    if b[i] == 0x2E { i += 1; continue }
                    let start = i
                    while i < b.count && b[i] != 0x2E { i += 1 }
                    labels[count] = start..<i
                    count += 1
                }
                guard count >= 2 else { return }
                count -= 1
                if count >= 2, suffixLabelSet.containsLowered(UnsafeBufferPointer(rebasing: b[labels[count - 1]])) { count -= 1 }
                for k in 0..<count {
                    let label = UnsafeBufferPointer(rebasing: b[labels[k]])
                    guard label.count >= 3, !genericHostLabelSet.containsLowered(label) else { continue }
                    out.append(String(unsafeUninitializedCapacity: label.count) { o in
                        for j in 0..<label.count { o[j] = ASCII.lowered(label[j]) }
                        return label.count
                    })
                }
            }
        }
    }

    private static let suffixLabels: [String] = ["co", "com", "org", "gov", "ac", "or", "gob", "gouv", "edu", "net"]
    private static let suffixLabelSet = WordSet(suffixLabels)
    private static let genericHostLabelSet = WordSet(genericHostLabels)

    /// The plain definition of `hostLabels`.
    static func hostLabelsPlain(_ hosts: [String]) -> [String] {
        var out: [String] = []
        for h in hosts {
            var labels = h.lowercased().split(separator: ".").map(String.init)
            guard labels.count >= 2 else { continue }
            labels.removeLast()
            if labels.count >= 2, suffixLabels.contains(labels.last!) { labels.removeLast() }
            for l in labels where l.count >= 3 && !genericHostLabels.contains(l) { out.append(l) }
        }
        return out
    }

    private static let genericHostLabels: Set<String> = [
        "www", "mail", "email", "gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "icloud", "aol", "gmx",
        "web", "twitter", "facebook", "instagram", "linkedin", "youtube", "github", "tinyurl", "bit", "donorbox",
        "wordpress", "blogspot", "medium", "press", "news", "media",
        // Platforms a release links to (a post, a video, a channel) but no issuer's own site.
        "reddit", "tiktok", "vimeo", "flickr", "pinterest", "threads", "bsky", "mastodon", "telegram", "whatsapp",
        "snapchat", "discord", "spotify", "soundcloud", "youtu", "lnkd", "buff",
    ]

    /// True when a domain label spells the name: each word (in order) given whole, by a prefix of four
    /// letters or more, by its initial, or left out, with at least half the name's main words used
    /// (`millbrookfallspd`, `uog`, `gfmc`, `volksentscheid-transparenz`, `adikia`).
    static func domainMatches(_ name: String, domains: [String]) -> Bool {
        domainMatches(name, labels: domainLabels(domains))
    }

    /// The domains' labels as `domainMatches` reads them: lower-case letters and digits, three or more.
    static func domainLabels(_ domains: [String]) -> [[UInt8]] {
        domains.map(labelLetters).filter { $0.count >= 3 }
    }

    /// `lettersAndDigits(d.lowercased())`: for an ASCII label, its bytes lowered with no lowered copy made.
    static func labelLetters(_ d: String) -> [UInt8] {
        let quick: [UInt8]? = FastPaths.off ? nil : TextScan.withBytes(d) { b -> [UInt8]? in
            for c in b where c >= 0x80 { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(b.count)
            for c in b {
                let l = ASCII.lowered(c)
                if ASCII.isLower(l) || ASCII.isDigit(l) { out.append(l) }
            }
            return out
        }
        return quick ?? lettersAndDigits(d.lowercased())
    }

    /// `domainMatches(name, domains:)` with the labels made once (`domainLabels`).
    static func domainMatches(_ name: String, labels: [[UInt8]]) -> Bool {
        guard !labels.isEmpty else { return false }
        return domainMatchesASCII(name, labels: labels) ?? domainMatchesPlain(name, labels: labels)
    }

    /// `domainMatchesPlain` for a name of printable ASCII, whose fold is its bytes lowered with runs of
    /// spaces made one: the words' letters and digits are cut once into one buffer and each word's joiner test
    /// made once (the definition folds the name, makes an array per word and tests each word again for every
    /// label), and a label is spelled only when one of the name's words opens with a letter the label can
    /// start with (its first, or its second or third after an umbrella's prefix): no other label is reached.
    /// Nil with the fast paths off or for any other name.
    private static func domainMatchesASCII(_ name: String, labels: [[UInt8]]) -> Bool? {
        if FastPaths.off { return nil }
        return TextScan.withBytes(name) { b -> Bool? in
            for c in b where !ASCII.isPrintable(c) { return nil }
            return withCutWords(b) { words -> Bool in
                // The first letters of the words that have letters (`firsts`), and how many words are main.
                var lettered = 0, main = 0
                var firsts = (UInt64(0), UInt64(0))
                for k in 0..<words.count where words.starts[k + 1] > words.starts[k] {
                    lettered += 1
                    if words.isMain[k] { main += 1 }
                    let f = words.letters[words.starts[k]]
                    if f < 64 { firsts.0 |= 1 << UInt64(f) } else { firsts.1 |= 1 << UInt64(f - 64) }
                }
                guard lettered > 0 else { return false }
                @inline(__always) func opens(_ c: UInt8) -> Bool {
                    c < 64 ? firsts.0 & (1 << UInt64(c)) != 0 : c < 128 && firsts.1 & (1 << UInt64(c - 64)) != 0
                }
                let need = max(1, main <= 3 ? main - 1 : (2 * main + 2) / 3)
                // The label's count can reach at most `main`.
                guard main >= need else { return false }
                for label in labels {
                    let ln = label.count
                    guard ln > 0, opens(label[0]) || ln >= 6 && (opens(label[1]) || opens(label[2])) else { continue }
                    let spelled = label.withUnsafeBufferPointer { lb in
                        spellsCut(lb, words.letters, words.starts, words.isMain, words: 0..<words.count, need: need, umbrella: true)
                    }
                    if spelled { return true }
                }
                return false
            }
        }
    }

    /// `spells` of the words `words` cut into one buffer (word k: `letters[starts[k]..<starts[k + 1]]`, empty
    /// words passed over), with `need` main words; `umbrella`: the label may open with two letters of its own.
    private static func spellsCut(_ lb: UnsafeBufferPointer<UInt8>, _ letters: UnsafeMutableBufferPointer<UInt8>,
                                  _ starts: UnsafeMutableBufferPointer<Int>, _ isMain: UnsafeMutableBufferPointer<Bool>,
                                  words: Range<Int>, need: Int, umbrella: Bool) -> Bool {
        let ln = lb.count
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (ln + 1)) { dp -> Bool in
            var reach = UnsafeMutableBufferPointer(rebasing: dp[0...ln])
            var next = UnsafeMutableBufferPointer(rebasing: dp[(ln + 1)...])
            for p in 0...ln { reach[p] = -1 }
            reach[0] = 0
            if umbrella && ln >= 6 { reach[1] = 0; reach[2] = 0 }
            for k in words {
                let ws = starts[k], wn = starts[k + 1] - ws
                guard wn > 0 else { continue }
                let add = isMain[k] ? 1 : 0
                for p in 0...ln { next[p] = reach[p] }
                for p in 0...ln where reach[p] >= 0 {
                    let used = reach[p] + add
                    if p < ln && lb[p] == letters[ws] { next[p + 1] = max(next[p + 1], used) }
                    var j = 0
                    while j < wn && p + j < ln && lb[p + j] == letters[ws + j] {
                        j += 1
                        if j >= 4 || j == wn { next[p + j] = max(next[p + j], used) }
                    }
                }
                swap(&reach, &next)
            }
            return reach[ln] >= need
        }
    }

    /// The plain definition of `domainMatches(_:labels:)`.
    static func domainMatchesPlain(_ name: String, labels: [[UInt8]]) -> Bool {
        guard !labels.isEmpty else { return false }
        // One fold of the whole name (folding keeps spaces between words), then its words as letters and digits.
        let words = SimpleText.split(Fold.line(name), at: { $0 == 0x20 }).map { w in lettersAndDigits(w) }
            .filter { !$0.isEmpty }
        guard !words.isEmpty else { return false }
        let main = words.filter { !isJoinerLetters($0) }.count
        return labels.contains { spells($0, words, main) }
    }

    private static func spells(_ label: [UInt8], _ words: [[UInt8]], _ main: Int, need: Int? = nil) -> Bool {
        // reach[p]: the best count of main words used to spell label[..<p] with the words so far (-1: not reached).
        let n = label.count
        var reach = [Int](repeating: -1, count: n + 1)
        var next = reach
        reach[0] = 0
        // A label may open with two letters of its own (an umbrella's prefix) before the name's four or more.
        if need == nil && n >= 6 { reach[1] = 0; reach[2] = 0 }
        for w in words {
            let isMain = !isJoinerLetters(w)
            for p in 0...n { next[p] = reach[p] }
            for p in 0...n where reach[p] >= 0 {
                let used = reach[p] + (isMain ? 1 : 0)
                // Initial.
                if p < n && label[p] == w[0] { next[p + 1] = max(next[p + 1], used) }
                // Whole word or a prefix of four letters or more.
                var k = 0
                while k < w.count && p + k < n && label[p + k] == w[k] {
                    k += 1
                    if k >= 4 || k == w.count { next[p + k] = max(next[p + k], used) }
                }
            }
            swap(&reach, &next)
        }
        // Most of the name's main words: all but one of up to three, two thirds of more.
        return reach[n] >= (need ?? max(1, main <= 3 ? main - 1 : (2 * main + 2) / 3))
    }

    /// How often the folded name is printed in `folded` as whole words.
    static func mentions(of name: String, inFolded folded: String) -> Int {
        let needle = Fold.line(name)
        if let quick = mentionsOnBytes(of: needle, inFolded: folded) { return quick }
        return mentionsPlain(ofFolded: needle, inFolded: folded)
    }

    /// `mentionsPlain` with the needle's neighbours read as bytes (no `Character` made): a byte below 0x80
    /// beside another below 0x80 (or the text's end) is a character of its own (a mark after it, or a
    /// prepended scalar before it, is beyond ASCII), and is a letter when it is `a`–`z` or `A`–`Z`. Where a
    /// neighbour is not such a byte the whole count is left to the definition (nil), as with the fast paths off.
    static func mentionsOnBytes(of needle: String, inFolded folded: String) -> Int? {
        var folded = folded
        return folded.withUTF8 { mentionsOnBytes(of: needle, inFoldedBytes: $0) }
    }

    /// `mentions` in a fold held as bytes (`Folds`): on bytes, else by the definition on the fold's `String`.
    static func mentions(of name: String, in folds: Folds) -> Int {
        let needle = Fold.line(name)
        if let quick = folds.bytes.withUnsafeBufferPointer({ mentionsOnBytes(of: needle, inFoldedBytes: $0) }) { return quick }
        return mentionsPlain(ofFolded: needle, inFolded: folds.headlineAndBody)
    }

    /// `mentionsOnBytes` of a fold's bytes.
    static func mentionsOnBytes(of needle: String, inFoldedBytes h: UnsafeBufferPointer<UInt8>) -> Int? {
        if FastPaths.off { return nil }
        guard needle.utf8.count >= 4 else { return 0 }
        var needle = needle
        return needle.withUTF8 { n -> Int? in
            // A needle that opens and ends with ASCII: its ends are then character boundaries where its
            // neighbours are ASCII.
            guard n[0] < 0x80, n[n.count - 1] < 0x80 else { return nil }
            return { () -> Int? in
                @inline(__always) func isASCIILetter(_ c: UInt8) -> Bool { ASCII.isLetter(c) }
                var count = 0
                var from = 0
                while let at = offsetByRareByte(of: n, in: h, from: from) {
                    let end = at + n.count
                    // The character before: the byte before, alone when the one before that is ASCII too.
                    if at > 0 {
                        guard h[at - 1] < 0x80, at < 2 || h[at - 2] < 0x80 else { return nil }
                    }
                    // The character after: the byte after, alone when the one after that is ASCII too.
                    if end < h.count {
                        guard h[end] < 0x80, end + 1 >= h.count || h[end + 1] < 0x80 else { return nil }
                    }
                    let beforeOK = at == 0 || !isASCIILetter(h[at - 1])
                    let afterOK = end == h.count || !isASCIILetter(h[end])
                    if beforeOK && afterOK { count += 1 }
                    from = end
                }
                return count
            }()
        }
    }

    /// `TextScan.offset(of: n, in: h, from: from)`, the first occurrence at or after `from`, found by `memchr`
    /// on the needle's least common byte (by English letter frequencies) rather than its first, which is often
    /// a common letter and stops the search at every word. Candidates come in order, so the first that
    /// matches is the first occurrence.
    static func offsetByRareByte(of n: UnsafeBufferPointer<UInt8>, in h: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        let nc = n.count
        guard nc > 0, let hb = h.baseAddress, let nb = n.baseAddress, h.count - from >= nc else { return nil }
        var k = 0
        for j in 1..<nc where byteFrequency(n[j]) < byteFrequency(n[k]) { k = j }
        let rare = Int32(n[k])
        var i = from + k
        let last = h.count - nc + k
        while i <= last, let hit = memchr(hb + i, rare, last - i + 1) {
            let p = hb.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            let at = p - k
            if memcmp(hb + at, nb, nc) == 0 { return at }
            i = p + 1
        }
        return nil
    }

    /// A rough rank of how often a byte is printed in English text (higher: more often).
    @inline(__always) private static func byteFrequency(_ b: UInt8) -> Int {
        switch b {
        case 0x20: return 100
        case 0x65: return 90
        case 0x74: return 80
        case 0x61, 0x6F: return 76
        case 0x69, 0x6E: return 70
        case 0x73, 0x68, 0x72: return 60
        case 0x64, 0x6C: return 40
        case 0x75, 0x63, 0x6D, 0x77, 0x66: return 25
        case 0x67, 0x79, 0x70, 0x62: return 18
        default: return 5
        }
    }

    /// The plain definition of `mentions`, for a needle already folded.
    static func mentionsPlain(ofFolded needle: String, inFolded folded: String) -> Int {
        guard needle.utf8.count >= 4 else { return 0 }
        var count = 0
        var from = folded.startIndex
        // A byte search: the needle is folded as the text is, and cuts fall on character boundaries.
        while let r = TextScan.find(needle, in: folded[from...]) {
            from = r.upperBound
            // A match that starts or ends inside a character (a prepended scalar such as U+0600 joins the
            // needle's first letter into its own character; a combining mark its last) is not a mention.
            guard r.lowerBound.samePosition(in: folded) != nil, r.upperBound.samePosition(in: folded) != nil else { continue }
            let beforeOK = r.lowerBound == folded.startIndex || !folded[folded.index(before: r.lowerBound)].isLetter
            let afterOK = r.upperBound == folded.endIndex || !folded[r.upperBound].isLetter
            if beforeOK && afterOK { count += 1 }
        }
        return count
    }
}

/// Character sets the name rules trim by, made once (a `Set` literal in a loop builds a hash table per call).
enum CharacterSets {
    static let nameEnds = Set<Character>(" ,;:–—-")
    static let spaceDotComma = Set<Character>(" .,")
    static let signOffEnds = Set<Character>(" .,;:")
    static let clauseMarks = Set<Character>(",;:")
    static let clauseMarksAndBrackets = Set<Character>(",;:()")
    static let wordEnds = Set<Character>(",;:().")
    static let quotesAndBrackets = Set<Character>(",;:“”\"()")
    static let trailingMarks = Set<Character>(".,;:")
}
