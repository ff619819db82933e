import Foundation

/// A contact being read from a block, line by line, until the next contact starts.
struct ContactDraft {
    /// The heading in force when the contact started (`Media contact`, `Press Office`).
    var heading: String?
    /// The text fields of the contact's first line: name, then job title and organisation.
    var firstFields: [String] = []
    /// How long the first line was (a long one may have been hard-wrapped).
    var firstLineLength = 0
    /// The first line's text, as read (`Via F.lli Folonari, 20`: a street, no name).
    var firstLine = ""
    /// Text lines under the first (stacked job title, organisation), each read whole.
    var laterLines: [String] = []
    /// Values printed after labels.
    var name: String?
    var role: String?
    var organization: String?
    var phones: [String] = []
    /// What was printed for each of `phones`, in the same order.
    var phoneDetails: [PhoneDetail] = []
    var emails: [String] = []
    var urls: [String] = []

    init(heading: String? = nil) { self.heading = heading }

    var hasData: Bool { !phones.isEmpty || !emails.isEmpty }
    var hasName: Bool { name != nil || !firstFields.isEmpty }

    /// Openings of a sentence that leads in to contact details (folded): `For more information about …`,
    /// `Para mais informações ou entrevistas …`, `Pour plus d'informations sur …`.
    static let leadInOpenings = [
        "for more information", "for further information", "for more details", "for further details", "for more info",
        "to learn more", "to find out more", "if you would like", "if you'd like", "should you", "pour plus d'information", "pour tout renseignement", "pour en savoir plus",
        "para mas informacion", "para mayor informacion", "para mais informacoes", "para mais informacao",
        "fur weitere informationen", "weitere informationen", "per ulteriori informazioni", "per maggiori informazioni",
        "voor meer informatie",
    ]

    /// A name field that is a lead-in sentence: one of `leadInOpenings` and more words after it (a heading
    /// alone, `For more information`, is read as a heading before a contact is drafted).
    static func isLeadInSentence(_ text: String) -> Bool {
        guard text.utf8.count > 20, TextScan.wordCount(text, atMost: 6) >= 5 else { return false }
        let folded = Fold.line(text.prefix(40))
        return opensWithLeadIn(folded)
    }

    /// The openings' bytes.
    private static let leadInOpeningBytes: [[UInt8]] = leadInOpenings.map { Array($0.utf8) }

    /// `leadInOpenings.contains { folded.hasPrefix($0) }`, asked on bytes first: an opening (ASCII) that is a
    /// prefix of the characters is a prefix of the bytes, so a fold that opens with none of them on bytes is
    /// refused without comparing characters.
    static func opensWithLeadIn(_ folded: String) -> Bool {
        if !FastPaths.off, !TextScan.withBytes(folded, { b in
            leadInOpeningBytes.contains { o in o.count <= b.count && UnsafeBufferPointer(rebasing: b[0..<o.count]).elementsEqual(o) }
        }) {
            return false
        }
        return leadInOpenings.contains { folded.hasPrefix($0) }
    }

    /// `Pour plus d'informations` / `contactez l'association …`: a lead-in's opening alone in the name field, its
    /// comma having cut the sentence (a heading alone, `For more information`, is read as a heading before).
    static func isLeadInCutAtComma(_ name: String) -> Bool {
        // (Every opening starts with one of a few letters: most names are refused on their first byte.)
        guard let b0 = name.utf8.first, b0 >= 0x80 || leadInFirstBytes.contains(b0 | 0x20) else { return false }
        guard name.utf8.count <= 40, TextScan.wordCount(name, atMost: 5) <= 4 else { return false }
        return opensWithLeadIn(Fold.line(name))
    }

    /// The first bytes of `leadInOpenings`.
    static let leadInFirstBytes = Set(leadInOpenings.compactMap { $0.utf8.first })

    /// Common nouns that say what kind of body a lead-in names before its name (`l'association IxDA Lyon`,
    /// `la fondation X`, `the nonprofit X`), folded: the name is what follows.
    static let bodyNouns: Set<String> = [
        "association", "fondation", "foundation", "organisation", "organization", "collectif", "asociacion", "fundacion",
        "associazione", "fondazione", "associacao", "fundacao", "verein", "stiftung", "nonprofit", "charity", "equipe",
        "team", "comite", "committee", "club",
    ]

    /// The organisation a lead-in sentence names after `contact`, `contactez` …: a body's common noun (after its
    /// article, `l'` elided or not) and the capitalised words after it (`contactez l'association IxDA Lyon` →
    /// `IxDA Lyon`), or a run of capitalised words that holds an organisation word (`contact the Harbour Trust`).
    static func organizationNamedIn(_ sentence: String) -> String? {
        let words = sentence.split(separator: " ")
        // `l'association IxDA Lyon`: a body's noun with its article elided onto it, wherever the verb went.
        for (k, w) in words.enumerated() {
            let f = Fold.line(w)
            guard f.hasPrefix("l'"), bodyNouns.contains(String(f.dropFirst(2))) else { continue }
            if let name = nameOpening(words[(k + 1)...], words: 1...5, skippingArticle: false, { _ in true }) { return name }
        }
        for (k, w) in words.enumerated() where namingWords.contains(Fold.line(w)) {
            var rest = words[(k + 1)...]
            guard var first = rest.first else { continue }
            if articles.contains(Fold.line(first)) { rest = rest.dropFirst(); first = rest.first ?? "" }
            // `l'association`, `l’association`: the article elided onto the noun.
            var noun = Fold.line(first)
            if noun.hasPrefix("l'") || noun.hasPrefix("d'") { noun = String(noun.dropFirst(2)) }
            if bodyNouns.contains(noun) {
                if let name = nameOpening(rest.dropFirst(), words: 1...5, skippingArticle: false, { _ in true }) { return name }
                continue
            }
            if let name = nameOpening(rest, words: 1...6, skippingArticle: false, ContactVocabulary.isOrganization) { return name }
        }
        return nil
    }

    /// Words after which a lead-in sentence names its person (folded).
    static let namingWords: Set<String> = ["contact", "contacting", "contacte", "contactez", "contacta", "contactar", "bei", "met",
                                           "call", "email", "e-mail", "appeler", "joindre", "contattare", "contattate"]

    /// The person a lead-in sentence names after `contact`, `bei`, `met` …: two to four capitalised words that read
    /// as a person's name, or nil.
    static func personNamedIn(_ sentence: String) -> String? {
        nameAfterNamingWord(in: sentence, words: 2...4, skippingArticle: false, ContactVocabulary.looksLikePersonName)
    }

    /// The desk a lead-in sentence names after `contact` (`… or contact the Harbour Trust Press Office at …`):
    /// up to six capitalised words after an optional article, which name a desk (`Office`, `Desk`, `Team`),
    /// or nil.
    static func deskNamedIn(_ sentence: String) -> String? {
        nameAfterNamingWord(in: sentence, words: 2...6, skippingArticle: true, ContactVocabulary.isDesk)
    }

    /// The desk a field of a lead-in's line opens with (`the Harbour Trust Press Office`: the line's words
    /// between the field and its data were cut off with the data), or nil.
    static func desk(opening field: String) -> String? {
        nameOpening(field.split(separator: " ")[...], words: 2...6, skippingArticle: true, ContactVocabulary.isDesk)
    }

    /// `Imprint`, `Impressum`: the heading over a publisher's details.
    static func isImprint(_ heading: String) -> Bool {
        if let quick = isImprintASCII(heading) { return quick }
        return isImprintPlain(heading)
    }

    /// The definition `isImprintASCII` keeps to.
    static func isImprintPlain(_ heading: String) -> Bool {
        let f = Fold.contact(heading).trimmed(": ")
        return f == "imprint" || f == "impressum"
    }

    /// `isImprintPlain` of an ASCII heading without a carriage return (each byte a character, folded by lower-casing),
    /// on its bytes; nil for any other heading (or with the fast paths off).
    static func isImprintASCII(_ heading: String) -> Bool? {
        if FastPaths.off { return nil }
        return ASCIIWordSet.withLowercasedASCII(heading) { f -> Bool in
            var lo = 0, hi = f.count
            while lo < hi, f[lo] == 0x20 || f[lo] == UInt8(ascii: ":") { lo += 1 }
            while hi > lo, f[hi - 1] == 0x20 || f[hi - 1] == UInt8(ascii: ":") { hi -= 1 }
            let w = UnsafeBufferPointer(rebasing: f[lo..<hi])
            return w.elementsEqual("imprint".utf8) || w.elementsEqual("impressum".utf8)
        }
    }

    /// The person a field opens with (`Claire Martin par e-mail à`), or nil.
    static func person(opening field: String) -> String? {
        nameOpening(field.split(separator: " ")[...], words: 2...4, skippingArticle: false, ContactVocabulary.looksLikePersonName)
    }

    /// The first name (`nameOpening`) after one of `namingWords` that `accepts`.
    private static func nameAfterNamingWord(in sentence: String, words count: ClosedRange<Int>, skippingArticle: Bool,
                                            _ accepts: (String) -> Bool) -> String? {
        let words = sentence.split(separator: " ")
        for (k, w) in words.enumerated() where namingWords.contains(Fold.line(w)) {
            if let name = nameOpening(words[(k + 1)...], words: count, skippingArticle: skippingArticle, accepts) { return name }
        }
        return nil
    }

    /// The run of capitalised words `words` opens with (no number, no address; ended by a mark or `count`'s
    /// upper bound), an article before it skipped when asked, when it has `count` words and `accepts` it.
    private static func nameOpening(_ words: ArraySlice<Substring>, words count: ClosedRange<Int>, skippingArticle: Bool,
                                    _ accepts: (String) -> Bool) -> String? {
        var rest = words
        if skippingArticle, let a = rest.first, articles.contains(Fold.line(a)) { rest = rest.dropFirst() }
        var name: [Substring] = []
        for next in rest {
            let clean = next.trimmingCharacters(in: .init(charactersIn: ",.;:"))
            guard let f = clean.first, f.isUppercase, !clean.contains("@"), !clean.contains(where: \.isNumber) else { break }
            name.append(Substring(clean))
            if name.count == count.upperBound || next.last.map({ ",.;:".contains($0) }) == true { break }
        }
        let candidate = name.joined(separator: " ")
        return count.contains(name.count) && accepts(candidate) ? candidate : nil
    }

    /// Articles before a desk's name (folded).
    private static let articles: Set<String> = ["the", "our", "la", "le", "el", "die", "das", "der"]

    /// The contact, or nil when no number or address was printed (a stray line, a footer).
    func contact() -> Contact? {
        guard hasData else { return nil }
        var name = self.name
        var role = self.role
        var organization = self.organization
        // The rest of the text, each with whether it was printed on the first line (comma-separated).
        var rest: [(text: String, onFirstLine: Bool)] = []
        // A postal address (`Hafenstraße 12`, `D-24103 Kiel`) is neither job title nor organisation.
        func withoutAddress(_ lines: [String]) -> [String] {
            // (Every address line holds an ASCII digit, and no line is flagged before an address line: lines without
            // one, a job title and an organisation, are kept as they are without being read.)
            if lines.isEmpty || !lines.contains(where: { TextScan.withBytes($0) { $0.contains(where: ASCII.isDigit) } }) {
                return lines
            }
            let flags = PostalAddress.flags(lines)
            return zip(lines, flags).filter { !$0.1 }.map(\.0)
        }
        // A letterhead's column read as a contact (`Via F.lli Folonari, 20` / `25126 Brescia BS` / e-mail / phone):
        // a street on the first line names no one, and the postcode and town under it are the same address.
        var later = laterLines
        if name == nil, !firstLine.isEmpty, PostalAddress.isAddressLine(firstLine) {
            later = zip(laterLines, PostalAddress.flags([firstLine] + laterLines).dropFirst()).filter { !$0.1 }.map(\.0)
        } else if name == nil, let first = firstFields.first {
            name = first
            rest += withoutAddress(Array(firstFields.dropFirst())).map { ($0, true) }
        } else {
            rest += withoutAddress(firstFields).map { ($0, true) }
        }
        // A stacked `Communications Officer, Harbor Institute`: job title and organisation on one line.
        for line in withoutAddress(later) {
            if let comma = Self.lastCommaSpace(in: line) {
                let before = String(line[..<comma.lowerBound])
                let after = String(line[comma.upperBound...])
                if ContactVocabulary.isRole(before), ContactVocabulary.isOrganization(after), !ContactVocabulary.isRole(after) {
                    rest.append((before, false))
                    rest.append((after, false))
                    continue
                }
            }
            rest.append((line, false))
        }

        // `For more information about our services, visit … or contact jane@…`: a lead-in sentence that holds
        // the data names no one; its words are neither name nor job title.
        if let n = name, Self.isLeadInSentence(n) || Self.isLeadInCutAtComma(n) {
            // (`… contact Jane Doe at …`, `… erhalten Sie bei Lena Brandt unter …`: the person the sentence names.)
            let sentence = n + " " + rest.filter(\.onFirstLine).map(\.text).joined(separator: " ")
            // (The line's fields have lost the words between them and the data: `the X Press Office` alone.)
            name = Self.personNamedIn(sentence) ?? Self.deskNamedIn(sentence)
                ?? rest.filter(\.onFirstLine).lazy.compactMap { Self.desk(opening: $0.text) }.last
                // (A sentence cut at its comma has lost its verb with the connectives: `Claire Martin par e-mail à`.)
                ?? (Self.isLeadInCutAtComma(n) ? rest.first(where: \.onFirstLine).flatMap { Self.person(opening: $0.text) } : nil)
            // (`contactez l'association IxDA Lyon par e-mail à …`: no person, but the organisation to write to.)
            if name == nil, organization == nil { organization = Self.organizationNamedIn(sentence) }
            // (The sentence goes on under its first line in lower case: `… ou rendez-vous sur le site …`.)
            rest.removeAll { $0.onFirstLine || $0.text.first?.isLowercase == true }
        }
        // `Imprint:` / `Harbour Trust Foundation` / street / town / e-mail: the publisher's details name the
        // organisation and its address, no person and no job title.
        if let h = heading, organization == nil, let n = name, Self.isImprint(h), ContactVocabulary.isOrganization(n),
           !ContactVocabulary.looksLikePersonName(n) {
            organization = n
            name = nil
            rest.removeAll()
        }
        // `Russell Rollason Executive Director`, `Senator Jane Doe`: a job title printed beside the name
        // without a separator (OCR and one-line contacts lose the comma or the line break).
        if let n = name, role == nil, ContactVocabulary.isRole(n), let (person, title) = Self.splitNameAndRole(n) {
            name = person
            role = title
        }
        // `Communication Manager at IEEP` (the organisation after ` at `), else `Vice Chair. ACFOA` (its
        // acronym after the title): the first line that splits gives the job title and the organisation.
        for split in [Self.splitRoleAtOrganization, Self.splitRoleAndAcronym] where organization == nil {
            for k in rest.indices {
                guard let (title, org) = split(rest[k].text) else { continue }
                rest[k].text = title
                organization = org
                break
            }
        }

        // `Shamiso Mtisi (ZELA)`, `Coordinator (ZELA)`: an organisation in brackets.
        var bracketed: String? = nil
        if let n = name, let (outside, inside) = Self.splitTrailingBrackets(n), !outside.isEmpty {
            // `Jane Doe (Head of Policy)`, `Jane Doe (ZELA)`, or the languages she speaks: `Jane Doe (English)`.
            if ContactVocabulary.isLanguageList(inside) {
                name = outside
            } else if ContactVocabulary.isRole(inside), role == nil {
                name = outside
                role = inside
            } else if ContactVocabulary.isOrganization(inside) {
                name = outside
                bracketed = inside
            }
        }
        rest = rest.map { item in
            if let (outside, inside) = Self.splitTrailingBrackets(item.text), !outside.isEmpty,
               ContactVocabulary.isOrganization(inside) || !ContactVocabulary.isRole(inside) {
                if bracketed == nil { bracketed = inside }
                return (outside, item.onFirstLine)
            }
            return item
        }
        rest = rest.filter { !$0.text.isEmpty }

        // `Brightline PR` / `Daniel Hartmann` / `Account Director`: an organisation printed above the person.
        // A person's name has two words or more; a one-word line under a long organisation name (`Berlin/Brandenburg`)
        // is the end of that name, printed on a line of its own, as is any line between it and the person.
        if let n = name, organization == nil, ContactVocabulary.isOrganization(n), !ContactVocabulary.isDesk(n),
           !ContactVocabulary.looksLikePersonName(n),
           let k = rest.firstIndex(where: { ContactVocabulary.looksLikePersonName($0.text) && $0.text.contains(" ") })
                ?? rest.firstIndex(where: { ContactVocabulary.looksLikePersonName($0.text) }) {
            var org = n
            var before = k
            if rest[..<k].allSatisfy({ !$0.onFirstLine && !ContactVocabulary.isRole($0.text) }) {
                org = ([n] + rest[..<k].map(\.text)).joined(separator: " ")
                before = 0
            }
            organization = org
            name = rest[k].text
            rest.removeSubrange(before...k)
        }

        let isDesk = name.map(ContactVocabulary.isDesk) ?? false
        if !rest.isEmpty {
            if isDesk && role == nil {
                // A desk has no job title: what follows its name is its organisation.
                if organization == nil { organization = rest.map(\.text).joined(separator: ", ") }
            } else if rest.count == 1 {
                let only = rest[0].text
                if ContactVocabulary.isOrganization(only) && !ContactVocabulary.isRole(only)
                    || !rest[0].onFirstLine && role == nil && organization == nil && Self.isProperName(only)
                    || Self.isAgencyName(only) {
                    // (A stacked line of capitalised words with no job-title word, `Quillfeather Biosciences`
                    // under the person's name, is the organisation's name.)
                    if organization == nil { organization = only } else if role == nil { role = only }
                } else if role == nil {
                    role = only
                } else if organization == nil {
                    organization = only
                }
            } else if organization == nil, let k = Self.stackedOrganizationStart(rest), k > 0 {
                // `Entomologist` / `College of Sciences` / `University of Guam`: an organisation printed over
                // several stacked lines, its unit above the whole; the lines above it are the job title.
                organization = rest[k...].map(\.text).joined(separator: ", ")
                if role == nil { role = rest[..<k].map(\.text).joined(separator: ", ") }
            } else {
                let last = rest[rest.count - 1]
                let lastIsOrganization = (!last.onFirstLine || ContactVocabulary.isOrganization(last.text))
                    && !(ContactVocabulary.isRole(last.text) && !ContactVocabulary.isOrganization(last.text))
                if lastIsOrganization && organization == nil {
                    organization = last.text
                    if role == nil { role = rest.dropLast().map(\.text).joined(separator: ", ") }
                } else if role == nil {
                    role = rest.map(\.text).joined(separator: ", ")
                }
            }
        }
        if organization == nil, let b = bracketed { organization = b }

        // Nobody named: the desk named by the heading (`Press Office`), else no name.
        if name == nil, let h = heading, ContactVocabulary.isDesk(h) { name = h }

        var contact = Contact(name: name.flatMap(Self.clean), role: role.flatMap(Self.clean),
                              organization: organization.flatMap(Self.clean), phones: phones, emails: emails, urls: urls)
        contact.phoneDetails = phoneDetails
        return contact
    }

    /// The trade words of a communications agency's name (folded): `Elle Communications`, `Brightline PR`,
    /// `Tidewater Public Relations`, `Harbour Media`.
    static let agencyTradeWords: Set<String> = ["communications", "communication", "pr", "media", "relations", "kommunikation", "comunicacion"]

    /// Words that make `… Communications` a department or a function rather than an agency's name (folded):
    /// `Corporate Communications`, `Global Communications`, `Media Relations`.
    static let departmentModifiers: Set<String> = [
        "corporate", "global", "internal", "external", "strategic", "marketing", "digital", "public", "press", "media",
        "brand", "international", "national", "regional", "local", "community", "government", "executive", "integrated",
        "social", "business", "financial", "investor", "science", "research", "product", "employee", "crisis",
        "political", "health", "news", "editorial", "content", "creative", "technical", "sales", "customer", "event",
        "events", "policy", "program", "programme", "campaign", "senior", "head", "group", "and", "&", "of", "for",
        "university", "school", "museum", "partner", "partnership", "development", "visitor", "member", "membership",
        "stakeholder", "government", "legislative", "consumer", "trade", "industry", "association",
    ]

    /// A communications agency named after the person who speaks for it (`Jane Roe, Elle Communications`): one
    /// to three capitalised words before a trade word that ends the text, none of them a department's modifier
    /// or a job title.
    static func isAgencyName(_ text: String) -> Bool {
        // (The last word first, on bytes where it can be: most job titles end in no trade word.)
        if endsInTradeWord(text) == false { return false }
        if let quick = isAgencyNameASCII(text) { return quick }
        return isAgencyNamePlain(text)
    }

    private static let departmentModifierSet = ASCIIWordSet(departmentModifiers)

    /// `isAgencyNamePlain` for an ASCII text without a carriage return (each byte a character, the fold of a word
    /// its lower-casing), its words cut at spaces on the bytes; nil for any other text (or with the fast paths off).
    static func isAgencyNameASCII(_ text: String) -> Bool? {
        if FastPaths.off { return nil }
        let answer: Bool?? = ASCIIWordSet.withLowercasedASCII(text) { f -> Bool? in
            // (Only a text whose last word is a trade word comes here: `endsInTradeWord` turned the others away.)
            var all: [Range<Int>] = []
            var k = 0
            while k < f.count {
                if f[k] == 0x20 { k += 1; continue }
                let start = k
                while k < f.count, f[k] != 0x20 { k += 1 }
                all.append(start..<k)
                guard all.count <= 4 else { return false }
            }
            let count = all.count
            guard count >= 2 else { return false }
            func word(_ r: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: f[r]) }
            guard let last = all.last, agencyTradeWordSet.contains(word(last)) else { return false }
            // The printed words but the last open with a capital (`f` is lowered: the text's own bytes are read).
            let printed = text.utf8
            for r in all.dropLast() {
                guard ASCII.isUpper(printed[printed.index(printed.startIndex, offsetBy: r.lowerBound)]) else { return false }
            }
            var modified = all.dropLast()
            if word(last).elementsEqual("relations".utf8), count >= 3, word(all[count - 2]).elementsEqual("public".utf8) {
                modified = all.dropLast(2)
            }
            guard modified.allSatisfy({ !departmentModifierSet.contains(word($0)) }) else { return false }
            // (Asked last, as the definition asks it: the one look-up beyond these bytes.)
            return nil
        }
        switch answer {
        case .some(.some(let quick)): return quick
        case .some(.none): return !ContactVocabulary.isRole(text)
        case .none: return nil
        }
    }

    /// The definition `isAgencyNameASCII` keeps to.
    static func isAgencyNamePlain(_ text: String) -> Bool {
        guard let tail = text.split(separator: " ").last, agencyTradeWords.contains(Fold.contact(tail)) else { return false }
        let words = text.split(separator: " ").map { Fold.contact($0) }
        guard (2...4).contains(words.count), let last = words.last, agencyTradeWords.contains(last) else { return false }
        let printed = text.split(separator: " ")
        guard printed.dropLast().allSatisfy({ $0.first?.isUppercase == true }) else { return false }
        if last == "relations", words.count >= 3, words[words.count - 2] == "public" {
            return words.dropLast(2).allSatisfy { !departmentModifiers.contains($0) } && !ContactVocabulary.isRole(text)
        }
        return words.dropLast().allSatisfy { !departmentModifiers.contains($0) } && !ContactVocabulary.isRole(text)
    }

    private static let agencyTradeWordSet = ASCIIWordSet(agencyTradeWords)

    /// Whether the last word of a simple text (see `SimpleText`: each scalar a character, so its words are cut
    /// at space bytes) is a trade word, when that word is ASCII (its fold is then its lower-casing); nil for any
    /// other text (or with the fast paths off). `isAgencyName`'s first test, without splitting the text.
    static func endsInTradeWord(_ text: String) -> Bool? {
        if FastPaths.off { return nil }
        return TextScan.withBytes(text) { b -> Bool? in
            guard SimpleText.isSimple(b) else { return nil }
            var hi = b.count
            while hi > 0, b[hi - 1] == 0x20 { hi -= 1 }
            var lo = hi
            while lo > 0, b[lo - 1] != 0x20 {
                if b[lo - 1] >= 0x80 { return nil }
                lo -= 1
            }
            // (No word at all: `split` gives no last word, and the plain test says no.)
            guard hi > lo else { return false }
            guard hi - lo <= agencyTradeWordSet.longest else { return false }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: hi - lo) { w -> Bool in
                for k in lo..<hi { w[k - lo] = ASCII.lowered(b[k]) }
                return agencyTradeWordSet.contains(UnsafeBufferPointer(w))
            }
        }
    }

    /// Whether `text` is a proper name of two to six words, each capitalised but for short particles
    /// (`of`, `and`, `de`), with no digit, no job-title word and no desk word: `Quillfeather Biosciences`.
    static func isProperName(_ text: String) -> Bool {
        isProperNameASCII(text) ?? isProperNamePlain(text)
    }

    /// `isProperNamePlain` for plain ASCII without a CR (each character one byte): the digits and the words'
    /// first characters are read on bytes; the job-title and desk tests are the same calls. Nil for any other
    /// text (or with the fast paths off).
    static func isProperNameASCII(_ text: String) -> Bool? {
        if FastPaths.off { return nil }
        let quick: Bool?? = text.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            var starts = 0, digit = false
            for k in 0..<b.count {
                let x = b[k]
                if x >= 0x80 || x == 0x0D { return nil }
                if ASCII.isDigit(x) { digit = true }
                if x != 0x20 && (k == 0 || b[k - 1] == 0x20) { starts += 1 }
            }
            guard starts >= 2, starts <= 6, !digit, !ContactVocabulary.isRole(text), !ContactVocabulary.isDesk(text) else { return false }
            // Each word opens with a capital, or is a particle of three letters at most that opens in lower case;
            // the first and the last open with a capital.
            var k = 0, index = 0
            while k < b.count {
                if b[k] == 0x20 { k += 1; continue }
                var e = k
                while e < b.count && b[e] != 0x20 { e += 1 }
                let f = b[k]
                let upper = ASCII.isUpper(f)
                if !(upper || (e - k <= 3 && ASCII.isLower(f))) { return false }
                if (index == 0 || index == starts - 1) && !upper { return false }
                index += 1
                k = e
            }
            return true
        }
        return quick ?? nil
    }

    /// The definition `isProperName` keeps to.
    static func isProperNamePlain(_ text: String) -> Bool {
        let words = SimpleText.split(text, at: { $0 == 0x20 })
        // (A department, `Corporate Communications`, is read as the person's job title, as before.)
        guard words.count >= 2, words.count <= 6, !text.contains(where: \.isNumber), !ContactVocabulary.isRole(text),
              !ContactVocabulary.isDesk(text) else { return false }
        return words.allSatisfy { w in
            guard let first = w.first else { return false }
            return first.isUppercase || (w.count <= 3 && first.isLowercase)
        } && (words.first?.first?.isUppercase ?? false) && (words.last?.first?.isUppercase ?? false)
    }

    /// Where the organisation starts when the last two or more stacked lines (not the first line's fields)
    /// each name an organisation and none is a job title; nil otherwise.
    static func stackedOrganizationStart(_ rest: [(text: String, onFirstLine: Bool)]) -> Int? {
        var k = rest.count
        while k > 0, !rest[k - 1].onFirstLine, ContactVocabulary.isOrganization(rest[k - 1].text),
              !ContactVocabulary.isRole(rest[k - 1].text) {
            k -= 1
        }
        return rest.count - k >= 2 ? k : nil
    }

    /// `Russell Rollason Executive Director` → (`Russell Rollason`, `Executive Director`); `Senator Jane Doe` →
    /// (`Jane Doe`, `Senator`): a person's name of two or more words and a job title on either side of it.
    static func splitNameAndRole(_ text: String) -> (String, String)? {
        let words = text.split(separator: " ")
        guard words.count >= 3, words.count <= 10 else { return nil }
        // The name first, the title after it: the shortest title that reads as one.
        // (The capital that opens the title is asked first: the name and title tests cost ~30 K a cut.)
        for k in 2..<words.count where words[k].first?.isUppercase ?? false {
            let person = words[..<k].joined(separator: " ")
            let title = words[k...].joined(separator: " ")
            if ContactVocabulary.looksLikePersonName(person), ContactVocabulary.isRole(title) {
                return (person, title)
            }
        }
        // The title first: `Senator Jane Doe`, `Professor Jane Doe`.
        for k in 1...(words.count - 2) {
            let title = words[..<k].joined(separator: " ")
            let person = words[k...].joined(separator: " ")
            if ContactVocabulary.isRole(title), ContactVocabulary.looksLikePersonName(person) { return (person, title) }
        }
        return nil
    }

    /// `Communication Manager at IEEP` → (`Communication Manager`, `IEEP`): a job title, ` at `, and a
    /// capitalised organisation (which keeps a bracketed office: `SDSN (Paris office)`).
    static func splitRoleAtOrganization(_ text: String) -> (String, String)? {
        // (A byte search first: most titles hold no ` at `, and Foundation's search bridges the string.)
        guard text.utf8.count <= 160, TextScan.has(text, " at "), let at = text.range(of: " at ", options: .backwards) else { return nil }
        let title = text[..<at.lowerBound].trimmed()
        let org = text[at.upperBound...].trimmed()
        guard !title.isEmpty, let first = org.first, first.isUppercase, ContactVocabulary.isRole(title),
              !ContactVocabulary.isRole(org) || ContactVocabulary.isOrganization(org) else { return nil }
        return (title, org)
    }

    /// `Vice Chair. ACFOA` → (`Vice Chair`, `ACFOA`): a job title ended by a full stop, then an acronym of
    /// capitals (a region after a title without the stop, `Director EMEA`, stays in the title).
    static func splitRoleAndAcronym(_ text: String) -> (String, String)? {
        // Simple text (every scalar a character): the last space and the character before it read on bytes.
        // Most job titles end in no `Title. ACRONYM` and stop here.
        if !FastPaths.off, TextScan.withBytes(text, { b -> Bool in
            guard SimpleText.isSimple(b) else { return false }
            var k = b.count - 1
            while k >= 0 && b[k] != 0x20 { k -= 1 }
            return k <= 0 || b[k - 1] != 0x2E
        }) { return nil }
        return splitRoleAndAcronymPlain(text)
    }

    /// The definition `splitRoleAndAcronym` keeps to.
    static func splitRoleAndAcronymPlain(_ text: String) -> (String, String)? {
        guard let space = text.lastIndex(of: " "), space > text.startIndex, text[text.index(before: space)] == "." else { return nil }
        let acronym = String(text[text.index(after: space)...])
        let title = text[..<space].trimmed(" .,")
        let letters = acronym.filter(\.isLetter)
        guard letters.count >= 2, letters.count <= 8, acronym.allSatisfy({ $0.isUppercase || $0 == "&" || $0 == "-" }),
              !title.isEmpty, ContactVocabulary.isRole(title), !ContactVocabulary.isRole(acronym) else { return nil }
        return (title, acronym)
    }

    /// `line.range(of: ", ", options: .backwards)`, found on bytes when `line` is simple (see `SimpleText`:
    /// no mark can join the comma or the space there).
    static func lastCommaSpace(in line: String) -> Range<String.Index>? {
        let found: Int?? = FastPaths.off ? nil : TextScan.withBytes(line) { b -> Int?? in
            guard SimpleText.isSimple(b) else { return nil }
            var k = b.count - 2
            while k >= 0 {
                if b[k] == UInt8(ascii: ","), b[k + 1] == 0x20 { return .some(k) }
                k -= 1
            }
            return .some(nil)
        }
        switch found {
        case .some(.some(let k)):
            let u = line.utf8
            return u.index(line.startIndex, offsetBy: k)..<u.index(line.startIndex, offsetBy: k + 2)
        case .some(.none): return nil
        case .none: return line.range(of: ", ", options: .backwards)
        }
    }

    /// `Coordinator (ZELA)` → (`Coordinator`, `ZELA`).
    static func splitTrailingBrackets(_ s: String) -> (String, String)? {
        let t = s.trimmed()
        // (A text whose last byte is no `)` ends in no `)` character: the byte is read first.)
        guard FastPaths.off || TextScan.withBytes(t, { $0.last == UInt8(ascii: ")") }), t.hasSuffix(")"), let open = t.lastIndex(of: "(") else { return nil }
        let inside = t[t.index(after: open)..<t.index(before: t.endIndex)].trimmed()
        let outside = t[..<open].trimmed()
        guard !inside.isEmpty else { return nil }
        return (outside, inside)
    }

    /// Single spaces, no stray separators at the ends; nil when nothing is left.
    static func clean(_ s: String) -> String? {
        let spaced = SimpleText.singleSpacedWhitespace(s)
        // (Text that neither opens nor ends with a separator, the usual case, is its own trimmed form.)
        let trims = TextScan.withBytes(spaced) { b -> Bool in
            guard let first = b.first, let last = b.last else { return true }
            func mark(_ c: UInt8) -> Bool {
                c >= 0x80 || c == 13 || c == 0x20 || c == UInt8(ascii: ",") || c == UInt8(ascii: ";") || c == UInt8(ascii: ":")
                    || c == UInt8(ascii: "|") || c == UInt8(ascii: "-") || c == UInt8(ascii: "/")
            }
            return mark(first) || mark(last)
        }
        let t = trims ? spaced.trimmed(" ,;:|–—-/") : spaced
        return t.isEmpty ? nil : t
    }
}
