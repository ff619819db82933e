import Foundation

/// The short texts that introduce contacts rather than name them: a sentence leading into the block
/// (`For interviews, please contact either:`, `Jane Doe can be contacted at:`) and a label before a person
/// (`Media:`, `In the region:`, `Before the event:`). Read once per line of a contact block, which is short.
enum ContactLeadIn {
    enum Reading: Equatable {
        /// The sentence introduces the contacts below it and names nobody.
        case heading
        /// The sentence names the contact whose details follow (`Jane Doe can be contacted at:`).
        case name(String)
    }

    /// Verbs of contacting that a lead-in sentence uses before the contacts it introduces.
    private static let verbs: Set<String> = [
        "contact", "call", "reach", "email", "e-mail", "write", "contactez", "contacter", "appelez", "contactar",
        "contacte", "llame", "escriba", "contate", "contatar", "ligue", "kontaktieren", "wenden",
    ]
    /// Passive forms: `can be contacted at:`, `may be reached on:`, `est joignable au :`.
    private static let passives: Set<String> = ["contacted", "reached", "called", "emailed", "joignable", "joint", "joignables",
                                                "contactado", "contactada", "erreichbar", "contactee", "contacte"]
    private static let modals: Set<String> = ["can", "may", "could", "will", "is", "are", "est", "sont", "puede", "pode", "ist", "sind"]

    /// What a line of a contact block that ends in a colon and holds no number or address says, when it is a
    /// lead-in sentence; nil for any other line.
    static func read(_ text: String) -> Reading? {
        // Cheap tests first: a colon at the end, no digit and no `@` (a number or an address is data).
        guard let last = text.unicodeScalars.last, last == ":" || last == "：" else { return nil }
        guard text.utf8.count <= 240, !text.utf8.contains(where: { ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "@") }) else {
            return nil
        }
        var body = text
        while let l = body.last, l == ":" || l == "：" || l == " " { body.removeLast() }
        let words = body.split(separator: " ")
        guard words.count >= 3 else { return nil }
        let folded = words.map { Fold.contact($0).trimmed(".,;") }
        // `Jane Doe can be contacted at:` — the name before the modal.
        for k in 1..<folded.count where modals.contains(folded[k]) {
            var j = k + 1
            if j < folded.count, folded[j] == "be" || folded[j] == "etre" || folded[j] == "ser" || folded[j] == "sein" { j += 1 }
            guard j < folded.count, passives.contains(folded[j]) else { continue }
            let name = words[..<k].joined(separator: " ")
            if ContactVocabulary.looksLikePersonName(name) { return .name(name) }
            return .heading
        }
        // `…, please contact either:`, `contact one of the following:` — a verb of contacting and no name after it.
        for k in folded.indices where verbs.contains(folded[k]) && k + 1 <= folded.count {
            let after = words[(k + 1)...]
            // (German addresses the reader with a capital: `wenden Sie sich bitte an:`.)
            if after.allSatisfy({ w in w.first.map { !$0.isUppercase } ?? true || w == "Sie" }) { return .heading }
        }
        return nil
    }

    /// Whether `text` can be a label before a person or over a contact: one to four words, the first
    /// capitalised, without digits, addresses or sentence marks, and not itself a person's name.
    /// (`Media`, `In the region`, `Before the event`, `On the day`.)
    static func isShortLabel(_ text: String) -> Bool {
        let t = text.trimmed()
        guard !t.isEmpty, t.utf8.count <= 40, let first = t.first, first.isUppercase else { return false }
        guard !t.utf8.contains(where: { ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: ".")
                                        || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "(") }) else { return false }
        let words = t.split(separator: " ")
        guard words.count <= 4 else { return false }
        if ContactVocabulary.fieldLabel(t) != nil { return false }
        // A name (`Jane Doe:`) is no label; a label of more than one word has a lower-case word in it
        // (`In the region`, `On the day`) or is a single word (`Media`).
        if words.count > 1 { return words.dropFirst().contains { $0.first?.isLowercase ?? false } }
        return true
    }
}

extension ContactLeadIn {
    /// A sentence that names two people or more, each before their own numbers or addresses (`please contact
    /// Jane Doe at 555-0142 or Tom Beck on 027- 555-0199`): one line per person (`Jane Doe, 555-0142`), as a
    /// contact block prints them; nil for any other line. A number with no name before it belongs to the person
    /// named last (`Jane Doe at 555-0142 or jane@…`); the sentence must use a verb of contacting.
    static func splitPeople(_ line: String) -> [String]? {
        // Cheap tests first: two digits or an `@` and a digit at least, and a short line.
        guard line.utf8.count <= 400 else { return nil }
        // (Counted over the buffer: iterating `line.utf8` costs several times as much a byte.)
        var digits = 0, ats = 0
        TextScan.withBytes(line) { b in for c in b { if ASCII.isDigit(c) { digits += 1 } else if c == 0x40 { ats += 1 } } }
        guard digits >= 10 || (ats >= 1 && digits >= 5) || ats >= 2 else { return nil }
        // (Most contact lines have numbers: a verb of contacting is looked for, as bytes, before they are read.)
        guard mayHoldVerbOfContacting(line) else { return nil }
        let s = Array(line.unicodeScalars)
        // The numbers and the addresses, in order, as scalar ranges.
        // (Lenient: in a sentence of contacting, `972-3298` is a number, not an amount.)
        var data: [Range<Int>] = PhoneNumber.find(scalars: s, lenient: true).map(\.scalarRange)
        var i = 0
        while i < s.count {
            guard s[i] != " " else { i += 1; continue }
            let start = i
            while i < s.count && s[i] != " " { i += 1 }
            var end = i
            while end > start, ",;:.)".unicodeScalars.contains(s[end - 1]) { end -= 1 }
            if s[start..<end].contains("@"), !data.contains(where: { $0.overlaps(start..<end) }) { data.append(start..<end) }
        }
        data.sort { $0.lowerBound < $1.lowerBound }
        guard data.count >= 2 else { return nil }
        var people: [(name: String, data: [String])] = []
        var from = 0
        for (k, r) in data.enumerated() {
            let gap = string(s[from..<r.lowerBound])
            if k == 0 {
                let words = gap.split(separator: " ").map { Fold.contact($0).trimmed(".,;:") }
                guard words.contains(where: verbs.contains) else { return nil }
            }
            if let name = personBefore(gap) {
                people.append((name, []))
            } else if people.isEmpty || gap.split(separator: " ").count > 3 {
                return nil
            }
            people[people.count - 1].data.append(string(s[r]))
            from = r.upperBound
        }
        guard people.count >= 2 else { return nil }
        return people.map { ([$0.name] + $0.data).joined(separator: ", ") }
    }

    /// The scalars as a string, encoded into one buffer (appending them to a `String.UnicodeScalarView` one by
    /// one cost ~47 K instructions a gap).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for sc in scalars { UTF8.encode(sc) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `string(_:)`'s definition: the scalars appended to a view.
    static func stringPlain(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(scalars))
    }

    /// Whether `line`'s bytes, ASCII letters lowered, hold the stem of one of `verbs` (a quick test before a
    /// line is cut into words: `false` means no verb of contacting is there).
    static func mayHoldVerbOfContacting(_ line: String) -> Bool {
        if let quick = mayHoldVerbOfContactingInOnePass(line) { return quick }
        return mayHoldVerbOfContactingByStem(line)
    }

    /// The stems, sought in one pass.
    private static let verbScan = StemScan(verbStems)

    /// `mayHoldVerbOfContactingByStem` in one pass over the bytes: at each byte, lowered, only the stems that open
    /// with it and the byte after it are compared (every stem is four bytes or more). Nil with the fast paths off.
    static func mayHoldVerbOfContactingInOnePass(_ line: String) -> Bool? {
        if FastPaths.off { return nil }
        return TextScan.withBytes(line) { verbScan.holds($0) }
    }

    /// The definition `mayHoldVerbOfContactingInOnePass` keeps to: each stem looked for in turn.
    static func mayHoldVerbOfContactingByStem(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { b in
            // The line lowered once into a buffer, then each stem's first byte found by `memchr` and the rest compared.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, b.count)) { low in
                for i in 0..<b.count { low[i] = ASCII.lowered(b[i]) }
                guard let base = low.baseAddress else { return false }
                return verbStems.contains { stem in
                    var from = 0
                    while from + stem.count <= b.count, let hit = memchr(base + from, Int32(stem[0]), b.count - from) {
                        let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                        guard at + stem.count <= b.count else { return false }
                        if (1..<stem.count).allSatisfy({ low[at + $0] == stem[$0] }) { return true }
                        from = at + 1
                    }
                    return false
                }
            }
        }
    }

    /// Stems that every word of `verbs` holds (lower-case ASCII).
    private static let verbStems: [[UInt8]] = ["contact", "call", "reach", "mail", "write", "appel", "llam", "escrib", "ligu",
                                               "kontakt", "wend", "contat"].map { Array($0.utf8) }

    /// The person's name that ends `gap` (before `at`, `on`, `:` …): its last two to four capitalised words,
    /// when they read as a person's name.
    private static func personBefore(_ gap: String) -> String? {
        var words = gap.split(separator: " ").map(String.init)
        func bare(_ w: String) -> String { FastPaths.off ? barePlain(w) : Self.bare(w) }
        while let w = words.last, bare(w).isEmpty || connectors.contains(Fold.contact(bare(w))) { words.removeLast() }
        var name: [String] = []
        // (A word that ends a clause with its comma is before the name: `in Australia, Tom Beck`.)
        while let w = words.last, let f = bare(w).first, f.isUppercase, name.count < 4, name.isEmpty || !w.hasSuffix(",") {
            name.insert(bare(w), at: 0)
            words.removeLast()
        }
        // (`after 5pm Monday Tom Beck`: a day or a month before the name is not part of it.)
        while let w = name.first, CalendarWords.isCalendarWord(w) { name.removeFirst() }
        // (`Call Jane Doe at …`: the verb that opens the sentence is no part of the name.)
        while let w = name.first, verbs.contains(Fold.contact(w)) || Fold.contact(w) == "please" { name.removeFirst() }
        guard name.count >= 2 else { return nil }
        let joined = name.joined(separator: " ")
        return ContactVocabulary.looksLikePersonName(joined) ? joined : nil
    }

    /// `word` without the `,`, `;`, `:` and `(` at its ends, cut on its UTF-8 bytes: each mark is one ASCII
    /// byte and one scalar, so the cut falls where Foundation's scalar trim (`barePlain`) puts it, without its
    /// ~9 K instructions a word (the `CharacterSet` and the bridge; 183 K a sentence that names people).
    static func bare(_ word: String) -> String {
        let u = word.utf8
        func isMark(_ c: UInt8) -> Bool {
            c == UInt8(ascii: ",") || c == UInt8(ascii: ";") || c == UInt8(ascii: ":") || c == UInt8(ascii: "(")
        }
        var lo = u.startIndex, hi = u.endIndex
        while lo < hi, isMark(u[lo]) { lo = u.index(after: lo) }
        while hi > lo, isMark(u[u.index(before: hi)]) { hi = u.index(before: hi) }
        if lo == u.startIndex && hi == u.endIndex { return word }
        return String(Substring(u[lo..<hi]))
    }

    /// `bare`'s definition.
    static func barePlain(_ word: String) -> String { word.trimmingCharacters(in: .init(charactersIn: ",;:(")) }

    /// Words between a name and its number or address (folded).
    private static let connectors: Set<String> = ["at", "on", "via", "by", "tel", "tel.", "phone", "unter", "au", "al", "em", "op",
                                                  "per", "-", "–", "—"]
}
