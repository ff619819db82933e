import Foundation

/// Reads the contact block at the end of a release into contacts.
///
/// The layouts it reads (in English, French, Spanish, Portuguese and German):
/// - one line a contact: `Name, Role (Org), phone – email`, with commas, dashes or pipes between;
/// - label lines: `Name:` / `Title:` / `Tel:` / `Mob:` / `WhatsApp:` / `Email:` / `Courriel :` …;
/// - stacked lines: name, role, organisation, phone and e-mail each on its own line;
/// - two or three contacts one after the other, or side by side in columns (`pdftotext -layout`);
/// - an address alone (`Media inquiries: media@…`, no name) and a desk without a person
///   (`Press Office`, `Public Relations Unit`, `Departamento de Comunicación`).
/// Fax numbers are not phones; obfuscated addresses (`name [at] org [dot] org`) are e-mail addresses.
public enum ContactParser {
    /// Parses the lines of a contact block, as printed (column spacing kept, so that two contacts
    /// printed side by side can be told apart), into contacts in order of appearance.
    /// The block may start with its heading (`Media contact:`); page numbers, end marks and link
    /// annotation lines (`mailto:…` alone) inside it are passed over.
    public static func parse(lines: [String]) -> [Contact] {
        // Only a line that holds a carriage return pays for the Foundation replacement.
        let linear = ContactColumns.linearize(lines.map { TextScan.hasByte($0, 13) ? $0.replacingOccurrences(of: "\r", with: "") : $0 })
        let joined = joinContinuationsNotingFacts(dropFurniture(linear))
        // `please contact Jane Doe at … or Tom Beck on …`: a line per person.
        // (Asked of each line once; most lines fail its first, byte-counting guard, read off the line's facts.
        // The lines are read by index: iterating the tuples copied each with its facts.)
        var split: [Int: [String]] = [:]
        for k in joined.indices where joined[k].isHeading != true && (FastPaths.off || joined[k].facts.mayNamePeople) {
            if let people = ContactLeadIn.splitPeople(joined[k].line) { split[k] = people }
        }
        var logical: [(line: String, isHeading: Bool?)] = []
        logical.reserveCapacity(joined.count)
        for k in joined.indices {
            if !split.isEmpty, let people = split[k] {
                for p in people { logical.append((line: p, isHeading: joined[k].isHeading)) }
            } else {
                logical.append((line: joined[k].line, isHeading: joined[k].isHeading))
            }
        }
        var contacts: [Contact] = []
        var draft = ContactDraft()
        var heading: String? = nil

        func finish() {
            if let contact = draft.contact() { contacts.append(contact) }
            draft = ContactDraft(heading: heading)
        }

        for (raw, rawIsHeading) in logical {
            // A blank line (the only kind the join does not ask about) reads as a blank `ContactLine`.
            if rawIsHeading == nil, !FastPaths.off { continue }
            let line = ContactLine(raw, rawIsHeading: rawIsHeading)
            if line.isBlank { continue }
            if line.isHeading {
                finish()
                heading = line.heading
                draft.heading = heading
                continue
            }
            if let inline = line.heading {
                if draft.hasName || draft.hasData { finish() }
                heading = inline
                draft.heading = inline
            }
            if line.isWebOnly {
                // A web line inside an entry belongs to it; after its numbers and addresses, it is the
                // release's trailing web line.
                if !draft.hasData && draft.hasName { draft.urls += line.urls }
                continue
            }
            if let name = line.labelledName {
                if draft.hasName || draft.hasData { finish() }
                draft.name = name
            }
            if let role = line.labelledRole {
                if draft.hasData && draft.role != nil { finish() }
                draft.role = role
            }
            if let org = line.labelledOrganization {
                if draft.hasData && draft.organization != nil { finish() }
                draft.organization = org
            }
            if !line.fields.isEmpty {
                // Under a desk heading (`Public Relations Unit`), a line that is not a person's name is the
                // desk's organisation: the heading is the contact's name.
                if !draft.hasName, !draft.hasData, let h = draft.heading, ContactVocabulary.isDesk(h),
                   !line.fields.contains(where: ContactVocabulary.looksLikePersonName) {
                    draft.firstFields = [h]
                }
                if draft.hasData {
                    // Text after a contact's numbers and addresses starts the next contact.
                    finish()
                    draft.firstFields = line.fields
                    draft.firstLineLength = SimpleText.characterCount(line.text)
                    // (Only a line without numbers or addresses can be a letterhead's street: the others are never
                    // asked whether they are one.)
                    draft.firstLine = line.hasData ? "" : line.text
                } else if draft.hasName && draft.laterLines.isEmpty && draft.firstFields.count >= 2
                            && draft.firstLineLength >= 45 && line.hasData {
                    // A one-line entry hard-wrapped inside its job title (`…, Head of Communications and Public` +
                    // `Affairs, +44 …`): the first words finish the first line's last field.
                    var fields = line.fields
                    draft.firstFields[draft.firstFields.count - 1] += " " + fields.removeFirst()
                    draft.firstFields += fields
                } else if draft.hasName {
                    // A stacked line under the name: a job title or an organisation, read whole unless it
                    // has strong separators (`Press Officer | Brightline PR`).
                    if line.hasStrongSeparator { draft.laterLines += line.fields } else { draft.laterLines.append(line.wholeText) }
                } else {
                    draft.firstFields = line.fields
                    draft.firstLineLength = SimpleText.characterCount(line.text)
                    // (Only a line without numbers or addresses can be a letterhead's street: the others are never
                    // asked whether they are one.)
                    draft.firstLine = line.hasData ? "" : line.text
                }
            }
            for (k, p) in line.phones.enumerated() where !draft.phones.contains(p) {
                draft.phones.append(p)
                draft.phoneDetails.append(line.phoneDetails[k])
            }
            for e in line.emails where !draft.emails.contains(e) { draft.emails.append(e) }
            for u in line.urls where !draft.urls.contains(u) { draft.urls.append(u) }
        }
        finish()
        return withoutNamelessRepeats(contacts)
    }

    /// Contacts without a name whose every number and address a named contact also prints: the lead-in
    /// sentence's `… or contact jane@…` above `Jane Doe` / `jane@…` is the same contact, given once.
    static func withoutNamelessRepeats(_ contacts: [Contact]) -> [Contact] {
        guard contacts.count > 1 else { return contacts }
        return contacts.filter { c in
            guard c.name == nil, c.organization == nil else { return true }
            return !contacts.contains { other in
                other.name != nil && c.emails.allSatisfy(other.emails.contains) && c.phones.allSatisfy(other.phones.contains)
            }
        }
    }

    /// Whether a line is a heading over a contact block: `Media contact`, `Press enquiries`,
    /// `For more information, contact:`, `Contacts presse`, `Pressekontakt`, `Contacto de prensa`,
    /// `Contato para imprensa`, `More information:`, or a desk's name used as one (`Press Office`).
    public static func isContactHeading(_ line: String) -> Bool {
        ContactVocabulary.isHeading(line)
    }

    // MARK: - Block clean-up

    /// Page numbers (`2`, `– 1 –`, `2/2`, `Page 2 of 2`, `Seite 2 von 2`), end marks (`ENDS`, `###`,
    /// `-30-`, `FIN`) and link annotation lines inside the block.
    static func isFurniture(_ line: String) -> Bool {
        let t = line.trimmed()
        guard !t.isEmpty else { return false }
        if ContactLineShape.isAnnotation(t) { return true }
        // Every other kind of furniture is either letter-free or opens (past its dashes, stars and hashes)
        // with an end mark or a page word: `e`nds, `f`in, `x`xx, `o`0o, `p`age, `s`eite. A line that opens
        // with any other ASCII letter (a name, a job title) is none.
        if opensWithOtherLetter(t) ?? opensWithOtherLetterPlain(t) { return false }
        if let quick = letterlessFurniture(t) { return quick }
        // (A line with a letter whose first word is no end mark or page word, read on bytes: no fold, no split.)
        if opensWithOtherWord(t) == true { return false }
        return letterlessFurniturePlain(t)
    }

    /// `opensWithOtherLetter` on Characters: the definition it agrees with.
    static func opensWithOtherLetterPlain(_ t: String) -> Bool {
        guard let first = t.first(where: { !"-–—*#_ ".contains($0) }), first.isASCII, let b = first.asciiValue else { return false }
        return (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") && !"efxops".utf8.contains(b | 0x20)
    }

    /// The rest of `isFurniture` past its annotation and first-letter tests, on Characters: the definition
    /// `letterlessFurniture` agrees with.
    static func letterlessFurniturePlain(_ t: String) -> Bool {
        let f = Fold.contact(t).trimmed("-–—*#_ ")
        if ["ends", "end", "fin", "fim", "30", "ende", "xxx", "o0o"].contains(f) || t == "###" { return true }
        // `2`, `– 1 –`, `2/2`, `(3)`; a phone number (`555-0142`) has more digits than a page number.
        if t.allSatisfy({ $0.isNumber || " /–—-()|.".contains($0) }) && t.contains(where: \.isNumber)
            && t.filter(\.isNumber).count <= 4 {
            return true
        }
        let words = SimpleText.split(f, at: { $0 == 0x20 })
        if let first = words.first, ["page", "pagina", "seite", "pag", "p"].contains(first), words.count <= 4,
           words.dropFirst().allSatisfy({ $0.allSatisfy(\.isNumber) || ["of", "de", "von", "sur", "/"].contains($0) }) {
            return true
        }
        return false
    }

    /// Whether the first character of `t` past its dashes, stars, hashes, underscores and spaces is an ASCII
    /// letter other than e, f, x, o, p, s, read on bytes; nil when only the characters can tell (a scalar
    /// beyond ASCII there, or one that may join the letter).
    static func opensWithOtherLetter(_ t: String) -> Bool? {
        if FastPaths.off { return nil }
        var copy = t
        return copy.withUTF8 { b -> Bool? in
            var i = 0
            while i < b.count {
                let c = b[i]
                if c == UInt8(ascii: "-") || c == UInt8(ascii: "*") || c == UInt8(ascii: "#") || c == UInt8(ascii: "_") || c == 32 {
                    i += 1
                    continue
                }
                // `–` and `—`.
                if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x93 || b[i + 2] == 0x94 { i += 3; continue }
                break
            }
            guard i < b.count else { return false }
            let c = b[i]
            guard c < 0x80 else { return nil }
            guard (c | 0x20) >= UInt8(ascii: "a"), (c | 0x20) <= UInt8(ascii: "z") else { return false }
            if i + 1 < b.count, !SimpleText.startsSafely(b, at: i + 1) { return nil }
            let l = c | 0x20
            return l != UInt8(ascii: "e") && l != UInt8(ascii: "f") && l != UInt8(ascii: "x") && l != UInt8(ascii: "o")
                && l != UInt8(ascii: "p") && l != UInt8(ascii: "s")
        }
    }

    /// `isFurniture` for an ASCII line without letters (a phone number, a page number, `-30-`, `###`), on
    /// bytes; nil for any other line. Only the letter-free tests can match it: `30` past its marks, `###`,
    /// or at most four digits among spaces, slashes, dashes, brackets, bars and dots.
    static func letterlessFurniture(_ t: String) -> Bool? {
        if FastPaths.off { return nil }
        var copy = t
        return copy.withUTF8 { b -> Bool? in
            var digits = 0
            var onlyPageMarks = true
            for c in b {
                if c >= 0x80 || c == 13 || (c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "z") { return nil }
                if c >= 48 && c <= 57 {
                    digits += 1
                } else if !(c == 32 || c == UInt8(ascii: "/") || c == UInt8(ascii: "-") || c == UInt8(ascii: "(") || c == UInt8(ascii: ")")
                            || c == UInt8(ascii: "|") || c == UInt8(ascii: ".")) {
                    onlyPageMarks = false
                }
            }
            if b.count == 3 && b.allSatisfy({ $0 == UInt8(ascii: "#") }) { return true }
            // Past its dashes, stars, hashes, underscores and spaces.
            func isMark(_ c: UInt8) -> Bool {
                c == UInt8(ascii: "-") || c == UInt8(ascii: "*") || c == UInt8(ascii: "#") || c == UInt8(ascii: "_") || c == 32
            }
            var lo = 0
            var hi = b.count
            while lo < hi, isMark(b[lo]) { lo += 1 }
            while hi > lo, isMark(b[hi - 1]) { hi -= 1 }
            if hi - lo == 2, b[lo] == UInt8(ascii: "3"), b[lo + 1] == UInt8(ascii: "0") { return true }
            return onlyPageMarks && digits > 0 && digits <= 4
        }
    }

    /// The words that open a furniture line with letters: an end mark or a page word.
    private static let furnitureOpeners: Set<String> = [
        "ends", "end", "fin", "fim", "30", "ende", "xxx", "o0o", "page", "pagina", "seite", "pag", "p",
    ]

    private static let furnitureOpenerSet = ASCIIWordSet(furnitureOpeners)

    /// Whether `t` has an ASCII letter in it and its first word (past the dashes, stars, hashes, underscores and
    /// spaces that open it, up to its first space), ASCII, lower-cased and without those marks at its end, is
    /// no end mark or page word: then `letterlessFurniturePlain` is false (a letter rules out a page number, an
    /// end mark is the whole line and a page word opens it). Read on bytes; nil when the first word holds a
    /// byte beyond ASCII or a carriage return, when there is no letter, or with the fast paths off.
    /// (The first word's fold is its lower-casing whatever follows it: a fold goes scalar by scalar, and the
    /// space after the word is a character of its own or joins what follows, never the word.)
    static func opensWithOtherWord(_ t: String) -> Bool? {
        if FastPaths.off { return nil }
        func isMark(_ b: UInt8) -> Bool {
            b == UInt8(ascii: "-") || b == UInt8(ascii: "*") || b == UInt8(ascii: "#") || b == UInt8(ascii: "_") || b == 32
        }
        return TextScan.withBytes(t) { b -> Bool? in
            var hasLetter = false
            for c in b where ASCII.isLetter(c) { hasLetter = true; break }
            guard hasLetter else { return nil }
            var lo = 0
            while lo < b.count {
                if isMark(b[lo]) { lo += 1; continue }
                // `–` and `—`.
                if b[lo] == 0xE2, lo + 2 < b.count, b[lo + 1] == 0x80, b[lo + 2] == 0x93 || b[lo + 2] == 0x94 { lo += 3; continue }
                break
            }
            var hi = lo
            while hi < b.count, b[hi] != 32 {
                if b[hi] >= 0x80 || b[hi] == 13 { return nil }
                hi += 1
            }
            while hi > lo, isMark(b[hi - 1]) { hi -= 1 }
            guard hi - lo <= furnitureOpenerSet.longest else { return true }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(hi - lo, 1)) { word -> Bool in
                for k in lo..<hi { word[k - lo] = ASCII.lowered(b[k]) }
                return !furnitureOpenerSet.contains(UnsafeBufferPointer(rebasing: word[0..<(hi - lo)]))
            }
        }
    }

    /// Drops page furniture inside the block: page numbers, end marks, link annotation lines, and the
    /// running header that follows a page break (a line naming an organisation or a web address, after
    /// `Page 2 of 3` or a form feed).
    static func dropFurniture(_ lines: [String]) -> [String] {
        var out: [String] = []
        out.reserveCapacity(lines.count)
        var afterPageBreak = false
        var skippedHeader = false
        for raw in lines {
            var line = raw
            if TextScan.hasByte(line, 0x0C) {
                line = line.replacingOccurrences(of: "\u{0C}", with: "")
                afterPageBreak = true
                skippedHeader = false
            }
            if isFurniture(line) {
                if !ContactLineShape.isAnnotation(line.trimmed()) {
                    afterPageBreak = true
                    skippedHeader = false
                }
                continue
            }
            let t = line.trimmed()
            if afterPageBreak, !t.isEmpty {
                let hints = ContactLineShape.contactHints(t)
                if !hints.address && !hints.digits {
                    // One running header line (the organisation) and web-address lines.
                    if !skippedHeader, ContactVocabulary.isOrganization(t), !ContactVocabulary.looksLikePersonName(t),
                       !ContactVocabulary.isDesk(t) {
                        skippedHeader = true
                        continue
                    }
                    if !LinkExtractor.webAddresses(in: t).isEmpty, !TextScan.hasByte(t, 0x20) { continue }
                }
                afterPageBreak = false
            }
            out.append(line)
        }
        return out
    }

    /// Words that join the parts of a contact sentence (`… please contact Jane Doe, on +44 … or at jane@…`).
    static let connectives: Set<String> = [
        "on", "at", "or", "and", "via", "by", "to", "please", "contact", "call", "email", "e-mail", "write",
        "reach", "ou", "et", "au", "sur", "par", "a", "à", "contactez", "contacter", "appelez", "o", "y", "en",
        "al", "con", "contacte", "contactar", "llame", "escriba", "e", "em", "com", "para", "pelo", "pela", "no",
        "na", "ligue", "oder", "und", "unter", "per", "bei", "an", "sie", "wenden", "kontaktieren", "rufen",
        "sich",
    ]

    /// Joins lines that continue one another into one line:
    /// - a line that ends in a separator (`,`, `–`, `|`, `/`, `;`) with the next line that has text
    ///   (`Harriet Lowe, Head of Communications, +44 (0)20 7946 0381 –` + `harriet.lowe@…`);
    /// - a sentence wrapped after a connective (`…, on` + `+44 20 …`) or before one (`… or at jane@…`);
    /// - a phone number wrapped inside its digits (`+41 22 601 17` + `30 – rossi@…`).
    static func joinContinuations(_ lines: [String]) -> [String] {
        joinContinuationsNotingHeadings(lines).map(\.line)
    }

    /// `joinContinuations`, each line with whether it is a heading (`ContactVocabulary.isHeading`, decided on
    /// the way; nil for a blank line, which was not asked about).
    static func joinContinuationsNotingHeadings(_ lines: [String]) -> [(line: String, isHeading: Bool?)] {
        joinContinuationsNotingFacts(lines).map { ($0.line, $0.isHeading) }
    }

    /// `joinContinuationsNotingHeadings`, each line with its `ContactLineFacts` too (a joined line's made from
    /// its parts'). Each input line's bytes are read once for them, and a line whose facts say it is no
    /// heading (a digit or an `@` in it) is not asked.
    static func joinContinuationsNotingFacts(_ lines: [String]) -> [(line: String, isHeading: Bool?, facts: ContactLineFacts)] {
        var out: [(line: String, isHeading: Bool?, facts: ContactLineFacts)] = []
        out.reserveCapacity(lines.count)
        let facts = lines.map(ContactLineFacts.init)
        // The line last asked about: the next line, asked about before it is joined or not, comes back as
        // the following line to continue (the same string when it was trimmed already).
        var asked: String? = nil
        var answer = false
        func isHeading(_ line: String, _ lineFacts: ContactLineFacts) -> Bool {
            if !FastPaths.off, lineFacts.cannotBeHeading { return false }
            if let asked, asked == line { return answer }
            answer = ContactVocabulary.isHeading(line)
            asked = line
            return answer
        }
        var i = 0
        while i < lines.count {
            var current = lines[i]
            var currentFacts = facts[i]
            i += 1
            if isBlank(current) {
                out.append((current, nil, currentFacts))
                continue
            }
            // A heading (`Media contact`) is never continued; look past empty lines otherwise, since Tika
            // puts one after every printed line.
            var currentIsHeading = false
            while true {
                currentIsHeading = isHeading(current, currentFacts)
                if currentIsHeading { break }
                var j = i
                while j < lines.count, isBlank(lines[j]) { j += 1 }
                guard j < lines.count else { break }
                let next = lines[j].trimmed()
                // (Read again only when trimming took something off.)
                let nextFacts = next.utf8.count == lines[j].utf8.count ? facts[j] : ContactLineFacts(next)
                // No contact entry runs this long: the cap keeps a block of comma-ended lines linear.
                guard current.utf8.count < 600, !isHeading(next, nextFacts) else { break }
                // An address cut at one of its own hyphens (`awa.sawadogo@papillon-` + `savanes.org`):
                // typesetters do not hyphenate addresses, so the hyphen stays and no space goes in.
                if ContactLineShape.endsInCutAddress(current), let first = next.first, first.isLetter || first.isNumber {
                    current += next
                    currentFacts = .joined(currentFacts, nil, nextFacts)
                    i = j + 1
                    continue
                }
                guard continues(current) || isContinuation(next, after: current) else { break }
                current += " " + next
                currentFacts = .joined(currentFacts, 0x20, nextFacts)
                i = j + 1
            }
            out.append((current, currentIsHeading, currentFacts))
        }
        return out
    }

    /// Whether `line` holds nothing but spaces, tabs, line breaks and no-break spaces.
    static func isBlank(_ line: String) -> Bool {
        isBlankASCII(line) ?? isBlankPlain(line)
    }

    /// The definition `isBlankASCII` keeps to.
    static func isBlankPlain(_ line: String) -> Bool {
        line.trimmed().isEmpty
    }

    /// `isBlankPlain` without building the trimmed string: only spaces, tabs, line feeds and no-break spaces,
    /// read on bytes. (A carriage return may be half of a `\r\n` character: nil, and the plain path decides.)
    static func isBlankASCII(_ line: String) -> Bool? {
        if FastPaths.off { return nil }
        return TextScan.withBytes(line) { b -> Bool? in
            var i = 0
            while i < b.count {
                let c = b[i]
                if c == 0x20 || c == 0x09 || c == 0x0A { i += 1; continue }
                if c == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 { i += 2; continue }
                if c == 13 { return nil }
                return false
            }
            return true
        }
    }


    /// Whether `line` is cut before its end: a trailing separator or connective.
    private static func continues(_ line: String) -> Bool {
        let s = ContactVocabulary.stripMarkdown(line).trimmed()
        if let quick = continuesASCII(s) { return quick }
        return continuesPlain(s)
    }

    /// `continues` of a line past its markdown and trimming, on Characters: the definition `continuesASCII`
    /// agrees with.
    static func continuesPlain(_ s: String) -> Bool {
        guard let last = s.last else { return false }
        if let a = last.asciiValue {
            if a == UInt8(ascii: ",") || a == UInt8(ascii: "|") || a == UInt8(ascii: ";") || a == UInt8(ascii: "/") || a == UInt8(ascii: "&") {
                return true
            }
        } else if last == "–" || last == "—" {
            return true
        }
        if last == "-" && s.dropLast().last == " " { return true }
        // An open bracket: `Senior Officer (Ministry of Local` + `Government), +91 …`.
        var depth = 0
        if SimpleText.isSimple(s) {
            TextScan.withBytes(s) { bytes in
                for b in bytes { if b == UInt8(ascii: "(") { depth += 1 } else if b == UInt8(ascii: ")") { depth -= 1 } }
            }
        } else {
            for c in s { if c == "(" { depth += 1 } else if c == ")" { depth -= 1 } }
        }
        if depth > 0 { return true }
        // A contact sentence not yet ended: `For more information, please contact Jane Doe, Communications`.
        // Every verb of contacting but `call` holds `onta`: an ASCII line with neither cannot open one.
        // (The verbs are ASCII words: a line of any script without `onta` or `call` holds none.)
        let ends = last.asciiValue.map { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "?") } ?? false
        if !ends, mayHoldContactVerb(s), opensContactSentence(s) { return true }
        // The last word: `s` is trimmed, so it follows the last space.
        let word = s[(SimpleText.lastSpaceIndex(in: s).map { s.index(after: $0) } ?? s.startIndex)...]
        guard word.first?.isLowercase ?? false else { return false }
        return connectives.contains(String(word))
    }

    private static let connectiveSet = ASCIIWordSet(connectives)

    /// `continues` for a trimmed simple line (see `SimpleText`: each scalar a character, no carriage return), on
    /// its bytes; nil for any other line, or when its last word opens with a scalar beyond ASCII.
    static func continuesASCII(_ s: String) -> Bool? {
        if FastPaths.off { return nil }
        return TextScan.withBytes(s) { b -> Bool? in
            guard SimpleText.isSimple(b) else { return nil }
            let n = b.count
            guard n > 0 else { return false }
            let last = b[n - 1]
            // The last character is the last scalar: `–` (E2 80 93) or `—` (E2 80 94) continues, any other beyond
            // ASCII is none of the marks below.
            if n >= 3, b[n - 3] == 0xE2, b[n - 2] == 0x80, last == 0x93 || last == 0x94 { return true }
            if last == UInt8(ascii: ",") || last == UInt8(ascii: "|") || last == UInt8(ascii: ";") || last == UInt8(ascii: "/")
                || last == UInt8(ascii: "&") {
                return true
            }
            if last == UInt8(ascii: "-"), n >= 2, b[n - 2] == 32 { return true }
            // An open bracket: `Senior Officer (Ministry of Local` + `Government), +91 …`.
            var depth = 0
            var verb = false
            var a: UInt8 = 0, p: UInt8 = 0, q: UInt8 = 0
            for d in b {
                if d == UInt8(ascii: "(") { depth += 1 } else if d == UInt8(ascii: ")") { depth -= 1 }
                // `onta` or `call` (see `mayHoldContactVerb`).
                if a == UInt8(ascii: "o") && p == UInt8(ascii: "n") && q == UInt8(ascii: "t") && d == UInt8(ascii: "a")
                    || a == UInt8(ascii: "c") && p == UInt8(ascii: "a") && q == UInt8(ascii: "l") && d == UInt8(ascii: "l") {
                    verb = true
                }
                a = p; p = q; q = d
            }
            if depth > 0 { return true }
            let ends = last == UInt8(ascii: ".") || last == UInt8(ascii: ":") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
            if !ends, verb, opensContactSentence(s) { return true }
            // The last word: `s` is trimmed, so it follows the last space.
            var start = n
            while start > 0, b[start - 1] != 32 { start -= 1 }
            // (A word opening beyond ASCII may be a lower-case connective, `à`: the plain path reads it.)
            if b[start] >= 0x80 { return nil }
            guard b[start] >= 0x61 && b[start] <= 0x7A else { return false }
            return connectiveSet.contains(UnsafeBufferPointer(rebasing: b[start..<n]))
        }
    }

    /// Whether the bytes of `s` hold `onta` or `call`.
    private static func mayHoldContactVerb(_ s: String) -> Bool {
        // (Over the buffer: iterating `s.utf8` costs ten times as much a byte.)
        TextScan.withBytes(s) { bytes -> Bool in
            var a: UInt8 = 0, b: UInt8 = 0, c: UInt8 = 0
            for d in bytes {
                if a == UInt8(ascii: "o") && b == UInt8(ascii: "n") && c == UInt8(ascii: "t") && d == UInt8(ascii: "a") { return true }
                if a == UInt8(ascii: "c") && b == UInt8(ascii: "a") && c == UInt8(ascii: "l") && d == UInt8(ascii: "l") { return true }
                a = b; b = c; c = d
            }
            return false
        }
    }

    /// Built once, not on every call.
    private static let opensContactSentenceVerbs: Set<String> = ["contact", "contactez", "contacter", "contactar", "contacte", "contate", "contatar",
                              "kontaktieren", "call", "contactenos"]
    /// `For more information, please contact Jane…`, `Pour plus d’informations, contactez Jean…`: a
    /// sentence that names a contact after a verb of contacting.
    private static func opensContactSentence(_ s: String) -> Bool {
        let words = SimpleText.split(s, at: { $0 == 0x20 })
        guard words.count >= 3 else { return false }
        let verbs = Self.opensContactSentenceVerbs
        for (k, w) in words.enumerated().dropLast() where w.first?.isLowercase ?? false {
            if verbs.contains(String(w)) && k + 1 < words.count { return true }
        }
        return false
    }

    /// Whether `next` carries on `previous`: it opens with a lower-case connective (`or at jane@…`), or with
    /// the last digits of a number that `previous` ends with (`30 – rossi@…` after `+41 22 601 17`).
    private static func isContinuation(_ next: String, after previous: String) -> Bool {
        // `next` is trimmed: its first word runs to its first space, and more follows that space.
        guard !next.isEmpty else { return false }
        // ASCII lines without a carriage return (each byte a character) answer the usual cases on bytes:
        // a connective opening `next`, or `previous` ending in neither a digit nor `)`.
        if opensWithConnectiveASCII(next) ?? opensWithConnectivePlain(next) { return true }
        guard endsInDigitOrBracketASCII(previous) ?? endsInDigitOrBracketPlain(previous) else { return false }
        // What follows is the rest of a number: `next` opens with a digit or `(`, past any `,`, `;` and `.` (the
        // country-code test asks for `(` or a digit first, the token test for a digit past those marks). An ASCII
        // byte other than those opens no such character (a mark joining it makes it no digit and no `(`).
        if !FastPaths.off, let b0 = next.utf8.first, b0 < 0x80, !ASCII.isDigit(b0),
           b0 != UInt8(ascii: "("), b0 != UInt8(ascii: ","), b0 != UInt8(ascii: ";"), b0 != UInt8(ascii: ".") {
            return false
        }
        let space = SimpleText.firstIndex(ofASCII: 32, in: next)
        let first = next[..<(space ?? next.endIndex)]
        let prev = previous.trimmed()
        // `… on +1` + `(212) 555-0151 or …`: a country code alone at the end of the line.
        // (`prev` is trimmed: its last word follows its last space.)
        let lastWord = prev[(SimpleText.lastSpaceIndex(in: prev).map { prev.index(after: $0) } ?? prev.startIndex)...]
        // (`+44(0)` + `7802 530272`: the code with the trunk zero its country prints in brackets.)
        let code = lastWord.hasSuffix("(0)") ? lastWord.dropLast(3) : lastWord
        if code.hasPrefix("+"), code.count <= 4,
           code.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) {
            return first.first == "(" || first.first?.isNumber == true
        }
        // The rest of the number: `767 57 82 or …`, `555-0178 – …`, `02 or …`.
        let token = first.trimmed(",;.")
        guard let digits = numberTokenDigits(token), digits > 0, digits <= 8 else { return false }
        // The end of `previous`: digits and separators back to a `+`.
        return endsInNumberAfterPlus(prev, digits: digits) ?? endsInNumberAfterPlusPlain(prev, digits: digits)
    }

    /// Whether trimmed `next` opens with a lower-case connective followed by more words (`or at jane@…`).
    static func opensWithConnectivePlain(_ next: String) -> Bool {
        let space = SimpleText.firstIndex(ofASCII: 32, in: next)
        let first = next[..<(space ?? next.endIndex)]
        return space != nil && first.first?.isLowercase == true && connectives.contains(String(first))
    }

    /// `opensWithConnectivePlain` on bytes, for ASCII without a carriage return (each byte a character);
    /// nil for any other line (or with the fast paths off).
    static func opensWithConnectiveASCII(_ next: String) -> Bool? {
        if FastPaths.off { return nil }
        return TextScan.withBytes(next) { b -> Bool? in
            for c in b where c >= 0x80 || c == 13 { return nil }
            guard let space = b.firstIndex(of: 32) else { return false }
            return ASCII.isLower(b[0]) && connectiveSet.contains(UnsafeBufferPointer(rebasing: b[0..<space]))
        }
    }

    /// Whether `previous`, trimmed, ends in an ASCII digit or `)`: where a number may carry on.
    static func endsInDigitOrBracketPlain(_ previous: String) -> Bool {
        guard let last = previous.trimmed().last else { return false }
        return last.isASCII && (last.isNumber || last == ")")
    }

    /// `endsInDigitOrBracketPlain` on bytes, for ASCII without a carriage return; nil for any other line
    /// (or with the fast paths off).
    static func endsInDigitOrBracketASCII(_ previous: String) -> Bool? {
        if FastPaths.off { return nil }
        return TextScan.withBytes(previous) { b -> Bool? in
            for c in b where c >= 0x80 || c == 13 { return nil }
            var n = b.count
            while n > 0, b[n - 1] == 0x20 || b[n - 1] == 0x09 || b[n - 1] == 0x0A { n -= 1 }
            return n > 0 && (ASCII.isDigit(b[n - 1]) || b[n - 1] == UInt8(ascii: ")"))
        }
    }

    /// `endsInNumberAfterPlus` on Characters: the definition it agrees with.
    static func endsInNumberAfterPlusPlain(_ prev: String, digits: Int) -> Bool {
        var digitCount = 0
        for c in prev.reversed() {
            if c.isASCII && c.isNumber { digitCount += 1; continue }
            if c == " " || c == "(" || c == ")" || c == "-" || c == "." { continue }
            return c == "+" && digitCount + digits <= 14 && digitCount < 11
        }
        return false
    }

    /// The digits of a token made only of digits, `-`, `.` and brackets that opens with a digit (the rest
    /// of a number); nil for any other token.
    private static func numberTokenDigits(_ token: String) -> Int? {
        numberTokenDigitsASCII(token) ?? numberTokenDigitsPlain(token)
    }

    /// The definition `numberTokenDigitsASCII` keeps to, on Characters.
    static func numberTokenDigitsPlain(_ token: String) -> Int? {
        let digits = token.filter { $0.isASCII && $0.isNumber }
        guard token.allSatisfy({ ($0.isASCII && $0.isNumber) || "-.()".contains($0) }), token.first?.isNumber == true else { return nil }
        return digits.count
    }

    /// `numberTokenDigitsPlain` on bytes for ASCII without a CR, where each byte is a character: `.some` of its
    /// answer; nil for any other token (or with the fast paths off).
    static func numberTokenDigitsASCII(_ token: String) -> Int?? {
        if FastPaths.off { return nil }
        var copy = token
        return copy.withUTF8 { b -> Int?? in
            guard b.allSatisfy({ $0 < 0x80 && $0 != 13 }) else { return nil }
            guard let f = b.first, f >= 48 && f <= 57 else { return .some(nil) }
            var digits = 0
            for c in b {
                if c >= 48 && c <= 57 { digits += 1; continue }
                guard c == UInt8(ascii: "-") || c == UInt8(ascii: ".") || c == UInt8(ascii: "(") || c == UInt8(ascii: ")") else { return .some(nil) }
            }
            return .some(digits)
        }
    }

    /// Whether `prev` ends, past digits, spaces, brackets, `-` and `.`, in a `+` with room for `digits` more
    /// digits, read on bytes; nil when a scalar beyond ASCII stands just before an ASCII one on the way
    /// (it might join it into one character).
    static func endsInNumberAfterPlus(_ prev: String, digits: Int) -> Bool? {
        if FastPaths.off { return nil }
        var copy = prev
        return copy.withUTF8 { b -> Bool? in
            var digitCount = 0
            var k = b.count - 1
            while k >= 0 {
                let c = b[k]
                // A character with a byte beyond ASCII is no digit, separator or `+`.
                if c >= 0x80 { return false }
                if k > 0, b[k - 1] >= 0x80 { return nil }
                if c >= 48 && c <= 57 { digitCount += 1; k -= 1; continue }
                if c == 32 || c == UInt8(ascii: "(") || c == UInt8(ascii: ")") || c == UInt8(ascii: "-") || c == UInt8(ascii: ".") {
                    k -= 1
                    continue
                }
                return c == UInt8(ascii: "+") && digitCount + digits <= 14 && digitCount < 11
            }
            return false
        }
    }
}
