import Foundation

// The two contact-heading vocabularies, in one place. They are two on purpose, for two questions:
// - `ReleaseLexicon.isContactHeading` (the segmenter, where the contact block starts): a short capitalised
//   line that holds one of the phrases `contactHeadingWords` anywhere (`Media contact`, `For media`,
//   `Weitere Informationen`), whatever else it says — a phrase search over the folded line;
// - `ContactVocabulary.isHeading` (the contact parser, inside the block): a line made only of heading words
//   (`headingWords`), one of them a trigger (`headingTriggers`) — so that `Jane Doe, Press Office` stays a contact
//   and `Press Office` alone is a heading.
// The phrase search would take lines the word test refuses (`Contact Jane Doe`), and the word test misses
// phrases the segmenter needs (`Weitere Informationen zu X`), so neither can stand for the other without
// changing what is parsed.

extension ReleaseLexicon {
    /// `contactHeadingWords` with their bytes, for matching without per-word string work.
    static let contactHeadingNeedles: [(word: String, prefixOnly: Bool, bytes: [UInt8])] =
        contactHeadingWords.map { ($0, $0.hasSuffix(":"), Array($0.utf8)) }

    /// Words that mark a contact heading (`Media contact`, `Contacts presse`, `Pressekontakt`, …).
    static let contactHeadingWords: [String] = [
        "contact", "kontakt", "contato", "contacto", "enquiries", "inquiries", "enquiry", "inquiry",
        "more information", "further information", "more info", "further details", "rsvp", "press office",
        "media office", "media desk", "press desk", "plus d'informations", "plus d'information", "renseignements",
        "relations presse", "relations medias", "service de presse", "attache de presse", "attachee de presse",
        "mas informacion", "mayor informacion", "informacion adicional", "gabinete de prensa", "departamento de prensa",
        "oficina de prensa", "prensa y comunicacion", "mais informacoes", "assessoria de imprensa", "assessoria de comunicacao",
        "informacoes a imprensa", "informacoes para a imprensa", "weitere informationen", "pressestelle", "medienstelle",
        "ansprechpartner", "ansprechpartnerin", "pressesprecher", "pressesprecherin", "for media", "media relations",
        "press relations", "interview requests", "press:", "media:", "presse:", "prensa:", "imprensa:",
        // Italian: `Contatti stampa`, `Ufficio stampa`, `Per ulteriori informazioni e contatti stampa`.
        "contatt", "ufficio stampa", "ulteriori informazioni", "maggiori informazioni",
        // The publisher's details closing a release (`Imprint:` / organisation / street / e-mail).
        "imprint", "impressum",
    ]

    /// How a contact given in a sentence begins.
    static let contactSentenceLeads: [String] = [
        "for further information", "for more information", "for further details", "for more details", "for media enquiries",
        "for media inquiries", "for interviews", "media enquiries", "media inquiries", "press enquiries", "contact:", "contact ",
        "pour plus d'informations", "pour plus d'information", "pour tout renseignement", "contact presse",
        "para mas informacion", "para mayor informacion", "para mais informacoes", "mais informacoes", "contacto",
        "weitere informationen", "fur weitere informationen", "kontakt", "pressekontakt",
    ]

    private static let contactSentenceLeadBytes = LabelBytes(contactSentenceLeads)

    /// The first bytes of the leads (lower-case ASCII letters: `b | 0x20` of any other byte is none of them).
    private static let contactSentenceFirstBytes = ByteSet(contactSentenceLeads.map { $0.utf8.first! })

    /// True when the first 60 characters of `line`, folded, begin with a contact sentence lead.
    static func startsContactSentence(_ line: String) -> Bool {
        // Plain ASCII first 60 bytes, the next one ASCII too: they are the first 60 characters, and the
        // folded lead is ASCII, where `hasPrefix` compares bytes.
        var copy = line
        let fast = copy.withUTF8 { b -> Bool? in
            // The fold starts with the first byte past ASCII whitespace, lowered: when that is ASCII and no
            // lead starts with it, no lead matches (most lines end here).
            if let first = b.first(where: { !TextScan.isSpaceByte($0) }), first < 0x80, !contactSentenceFirstBytes.contains(first | 0x20) {
                return false
            }
            let window = UnsafeBufferPointer(rebasing: b.prefix(61))
            guard !window.contains(0x0D),
                  let p = FoldedPrefix.of(bytes: UnsafeBufferPointer(rebasing: b.prefix(60)), limit: contactSentenceLeadBytes.window) else { return nil }
            // The folded window is exact for the first 60 characters when it is full (it folds at most 60 plain
            // ASCII bytes, each a character or the start of one, and a lead is followed by two ASCII bytes), when
            // it holds the whole line, or when the first 61 bytes are plain ASCII (as many characters).
            guard p.count >= contactSentenceLeadBytes.window || b.count <= 60 || !window.contains(where: { $0 >= 0x80 }) else { return nil }
            return contactSentenceLeadBytes.firstPrefix(of: p) != nil
        }
        if let fast { return fast }
        return startsContactSentencePlain(line)
    }

    /// `startsContactSentence` on characters, for any line: the definition the byte path is tested against.
    static func startsContactSentencePlain(_ line: String) -> Bool {
        let lead = Fold.line(line.prefix(60))
        guard let fb = lead.utf8.first else { return false }
        return contactSentenceLeads.contains(where: { $0.utf8.first == fb && lead.hasPrefix($0) })
    }

    /// True when `line` heads the contact block (`Media contact:`, `Contacts presse`, `Pressekontakt`, …).
    static func isContactHeading(_ line: String) -> Bool { LineKey(line).map(isContactHeading) ?? false }

    static func isContactHeading(_ key: LineKey) -> Bool {
        let f = key.heading
        guard TextScan.wordCount(f) <= 7, !f.hasSuffix("."), !holdsAddressMark(f) else { return false }
        if let b = firstMeaningfulASCII(key.text) {
            guard ASCII.isUpper(b) || b == 0x2A || b == 0x23 else { return false }
        } else {
            guard let first = TextScan.firstMeaningful(key.text), first.isUppercase || first == "*" || first == "#" else { return false }
        }
        if let fb = key.folded.utf8.first {
            for w in contactHeadingPrefixNeedles where w.bytes[0] == fb && key.folded.hasPrefix(w.word) { return true }
        }
        var f2 = f
        return f2.withUTF8(holdsContactWord)
    }

    /// True when the folded heading bytes `hay` hold a contact heading word other than the prefix-only ones.
    static func holdsContactWord(_ hay: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = hay.count
        var i = 0
        while i < n {
            let b = hay[i]
            // Most bytes start no contact word.
            guard (contactNeedleStarts[Int(b >> 6)] >> UInt64(b & 63)) & 1 != 0 else { i += 1; continue }
            for k in contactNeedlesByFirstByte[Int(b)] {
                let needle = contactHeadingNeedles[k].bytes
                if i + needle.count <= n {
                    var j = 1
                    while j < needle.count && hay[i + j] == needle[j] { j += 1 }
                    if j == needle.count { return true }
                }
            }
            i += 1
        }
        return false
    }

    /// The first bytes of the contact heading words other than the prefix-only ones, as a 256-bit set.
    static let contactNeedleStarts: [UInt64] = {
        var mask = [UInt64](repeating: 0, count: 4)
        for w in contactHeadingNeedles where !w.prefixOnly { mask[Int(w.bytes[0] >> 6)] |= 1 << UInt64(w.bytes[0] & 63) }
        return mask
    }()

    /// The prefix-only contact heading words (`press:`), tested with `hasPrefix` on the folded line.
    static let contactHeadingPrefixNeedles = contactHeadingNeedles.filter(\.prefixOnly)

    /// Indices of the other contact heading words by their first byte: one pass over a line finds any of them.
    static let contactNeedlesByFirstByte: [[Int]] = {
        var table = [[Int]](repeating: [], count: 256)
        for (k, w) in contactHeadingNeedles.enumerated() where !w.prefixOnly { table[Int(w.bytes[0])].append(k) }
        return table
    }()

    /// A contact heading followed on the same line by the contact (`Media inquiries: media@x.org`).
    static func inlineContactHeading(_ line: String) -> Bool {
        guard line.utf8.count <= 400, TextScan.hasByte(line, 0x3A), let colon = firstColon(line) else { return false }
        // The cheap tests first: a short head, an address or a number after the colon.
        guard line.utf8.distance(from: line.startIndex, to: colon) <= 80 else { return false }
        let rest = line[line.index(after: colon)...]
        guard TextScan.hasByte(rest, 0x40) || TextScan.digitCount(rest) >= 6 else { return false }
        return isContactHeading(String(line[..<colon]))
    }
}

extension ContactVocabulary {
    /// Words that make a short line a contact heading (at least one must be present).
    private static let headingTriggers: Set<String> = [
        "contact", "contacts", "contacto", "contactos", "contato", "contatos", "kontakt", "kontakte",
        "pressekontakt", "pressekontakte", "medienkontakt", "medienkontakte", "enquiries", "inquiries", "enquiry",
        "inquiry", "queries", "information", "informations", "informacion", "informacoes", "informacao",
        "informationen", "renseignements", "ruckfragen", "ruckfrage", "anfragen", "ansprechpartner",
        "ansprechpartnerin", "ansprechpersonen", "rsvp", "pressestelle", "pressebuero", "presseburo",
        "presseabteilung", "assessoria", "gabinete", "office", "desk", "unit", "departamento", "department",
        "relations", "relaciones", "relacoes", "contactez", "contacter", "contactar", "contacte", "contate",
        "contatar", "contactenos", "medienanfragen", "presseanfragen",
        // Italian
        "contatti", "contatto", "informazioni", "ufficio",
        "imprint", "impressum",
    ]

    /// Every word a contact heading may hold.
    private static let headingWords: Set<String> = headingTriggers.union([
        // English
        "media", "press", "news", "for", "more", "further", "additional", "general", "other", "please", "and",
        "&", "or", "the", "to", "all", "interviews", "interview", "requests", "request", "public", "details",
        "journalists", "reporters", "only", "us", "our", "with", "via", "at", "info", "communications",
        "communication", "corporate", "team", "service", "services", "bookings", "images", "photo", "photos",
        "accreditation", "editorial", "newsroom", "of",
        // French
        "presse", "medias", "pour", "plus", "d'informations", "d'information", "de", "la", "le", "les", "du",
        "des", "et", "journalistes", "autres", "complementaires", "service", "veuillez", "contactez-nous",
        "aupres", "l'", "demandes", "interviews", "relation",
        // Spanish
        "prensa", "medios", "para", "mas", "y", "comunicacion", "oficina", "sala", "con", "los", "las",
        "periodistas", "el", "solicitudes", "entrevistas", "a",
        // Portuguese
        "imprensa", "mais", "e", "com", "à", "atendimento", "comunicacao", "jornalistas", "entre", "em",
        "o", "os", "da", "do", "das", "dos", "pedidos", "entrevistas",
        // German
        "fur", "medien", "und", "bei", "wenden", "sie", "sich", "an", "bitte", "kommunikation",
        "weitere", "presse-", "redaktionen", "hinweis", "die", "der", "medienanfragen", "presseanfragen",
        "medienvertreter", "medienvertreterinnen", "journalisten", "journalistinnen", "toute", "tout", "toutes",
        "medienschaffende", "medienschaffenden", "investor", "investors", "analyst", "analysts",
        "complementaire", "complementaires", "supplementaires", "demande", "demandes", "media", "mediales",
        "prensa", "comunicacao", "jornalistas", "de", "em", "/", "|", "-", "–", "—",
        // Italian
        "per", "ulteriori", "maggiori", "stampa", "i", "il", "gli", "con", "relazioni", "richieste",
    ])

    /// Built once, not on every call.
    private static let pressAlone: Set<String> = ["press", "presse", "prensa", "imprensa", "media", "medien", "medias", "stampa"]

    private static let pressWords: Set<String> = ["press", "media", "news", "presse", "prensa", "imprensa", "medios", "medias",
                                                  "public", "communications", "communication", "comunicacion",
                                                  "comunicacao", "kommunikation", "medien", "stampa"]

    private static let isHeadingDeskOnly: Set<String> = ["office", "desk", "unit", "department", "departamento", "gabinete", "relations", "ufficio",
                                 "relaciones", "relacoes", "assessoria"]

    /// Whether `line` is a heading over a contact block (`Media contact:`, `Press enquiries`,
    /// `For more information, contact:`, `Contacts presse`, `Pressekontakt`, `Contacto de prensa`,
    /// `Contato para imprensa`, `Press Office`).
    static func isHeading(_ line: String) -> Bool {
        guard mayBeHeading(line) else { return false }
        let t = stripMarkdown(line).trimmed()
        if let quick = isHeadingASCII(t) { return quick }
        return isHeadingPlain(t)
    }

    /// `isHeading` past its markdown and trimming, on Characters: the definition `isHeadingASCII` agrees with.
    static func isHeadingPlain(_ text: String) -> Bool {
        var t = text
        guard !t.isEmpty, t.utf8.count <= 70 || t.count <= 70 else { return false }
        // (Each of these marks ends in `:`, `-`, `.` or a byte beyond ASCII.)
        if let l = t.utf8.last, l >= 0x80 || l == UInt8(ascii: ":") || l == UInt8(ascii: "-") || l == UInt8(ascii: ".") {
            while let last = t.last, ":：-–—.".contains(last) { t.removeLast() }
        }
        t = t.trimmed()
        guard !t.isEmpty else { return false }
        if t.unicodeScalars.contains(where: { PhoneNumber.isDigit($0) || $0 == "@" }) || (SimpleText.isSimple(t) ? SimpleText.containsASCII(t, anyOf: [Array("://".utf8)]) : t.contains("://")) {
            return false
        }
        let words = SimpleText.split(Fold.contact(t), at: { $0 == 0x20 || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") })
            .map { w -> String in
                var w = String(w)
                // `d'informations` and `d’informations` are one word; `l'équipe` splits the article off.
                if let f = w.utf8.first, f == UInt8(ascii: "l") || f == UInt8(ascii: "d"),
                   w.hasPrefix("l'") || w.hasPrefix("d'") && !headingWords.contains(w) { w = String(w.dropFirst(2)) }
                return w
            }
        guard !words.isEmpty, words.count <= 9 else { return false }
        // `Press`, `Presse`, `Prensa`, `Imprensa` alone over a block.
        if words.count == 1, Self.pressAlone.contains(words[0]) {
            return true
        }
        guard words.allSatisfy({ headingWords.contains($0) }) else { return false }
        guard words.contains(where: { headingTriggers.contains($0) }) else { return false }
        // `Office`, `Unit`, `Department` alone need a press or media word: `Press Office`, `Media Desk`.
        let deskOnly = Self.isHeadingDeskOnly
        if words.allSatisfy({ !headingTriggers.contains($0) || deskOnly.contains($0) }) {
            return words.contains(where: { Self.pressWords.contains($0) })
        }
        return true
    }

    /// `isHeading` past its markdown and trimming, on the bytes of an ASCII line without a carriage return
    /// (each byte a character, lower-cased alone); nil for any other line. The same steps, in the same order.
    static func isHeadingASCII(_ text: String) -> Bool? {
        if FastPaths.off { return nil }
        var copy = text
        return copy.withUTF8 { all -> Bool? in
            var hi = all.count
            for c in all where c >= 0x80 || c == 13 { return nil }
            guard hi > 0, hi <= 70 else { return false }
            func isEndMark(_ c: UInt8) -> Bool { c == UInt8(ascii: ":") || c == UInt8(ascii: "-") || c == UInt8(ascii: ".") }
            func isTrimmed(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A }
            while hi > 0, isEndMark(all[hi - 1]) { hi -= 1 }
            while hi > 0, isTrimmed(all[hi - 1]) { hi -= 1 }
            var lo = 0
            while lo < hi, isTrimmed(all[lo]) { lo += 1 }
            guard lo < hi else { return false }
            let b = UnsafeBufferPointer(rebasing: all[lo..<hi])
            for c in b where (c >= 48 && c <= 57) || c == UInt8(ascii: "@") { return false }
            if b.count >= 3 {
                for k in 0..<(b.count - 2) where b[k] == UInt8(ascii: ":") && b[k + 1] == UInt8(ascii: "/") && b[k + 2] == UInt8(ascii: "/") {
                    return false
                }
            }
            func isCut(_ c: UInt8) -> Bool {
                c == 0x20 || c == UInt8(ascii: ",") || c == UInt8(ascii: ":") || c == UInt8(ascii: "(") || c == UInt8(ascii: ")")
            }
            // The words, counted first (a line of more than nine is none), then looked up one by one.
            var count = 0
            var inWord = false
            for c in b {
                if isCut(c) { inWord = false } else if !inWord { inWord = true; count += 1 }
            }
            guard count > 0, count <= 9 else { return false }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: b.count) { out -> Bool in
                for k in 0..<b.count { let c = b[k]; out[k] = c >= 65 && c <= 90 ? c | 0x20 : c }
                let f = UnsafeBufferPointer(out)
                var anyTrigger = false, anyOtherThanDesk = false, anyPress = false
                var k = 0
                while k < f.count {
                    if isCut(f[k]) { k += 1; continue }
                    var start = k
                    while k < f.count, !isCut(f[k]) { k += 1 }
                    // `d'informations` and `d'informations` are one word; `l'equipe` splits the article off.
                    if k - start >= 2, f[start + 1] == UInt8(ascii: "'"),
                       f[start] == UInt8(ascii: "l") || f[start] == UInt8(ascii: "d") && !headingWordSet.contains(UnsafeBufferPointer(rebasing: f[start..<k])) {
                        start += 2
                    }
                    let word = UnsafeBufferPointer(rebasing: f[start..<k])
                    if count == 1, pressAloneSet.contains(word) { return true }
                    guard headingWordSet.contains(word) else { return false }
                    if headingTriggerSet.contains(word) {
                        anyTrigger = true
                        if !deskOnlySet.contains(word) { anyOtherThanDesk = true }
                    }
                    if pressWordSet.contains(word) { anyPress = true }
                }
                // `Office`, `Unit`, `Department` alone need a press or media word: `Press Office`, `Media Desk`.
                return anyTrigger && (anyOtherThanDesk || anyPress)
            }
        }
    }

    private static let headingWordSet = ASCIIWordSet(headingWords)

    private static let headingTriggerSet = ASCIIWordSet(headingTriggers)

    private static let deskOnlySet = ASCIIWordSet(isHeadingDeskOnly)

    private static let pressWordSet = ASCIIWordSet(pressWords)

    private static let pressAloneSet = ASCIIWordSet(pressAlone)

    /// Stems of the heading triggers, in ASCII lower case, for a fast test on bytes.
    private static let triggerStems: [[UInt8]] = [
        "contact", "kontakt", "contato", "enquir", "inquir", "quer", "informa", "renseign", "ckfrage", "anfrage",
        "ansprech", "rsvp", "pressestelle", "presseb", "presseabt", "assessoria", "gabinete", "office", "desk",
        "unit", "depart", "relation", "relacion", "rela", "contate", "contatt", "uffic", "imprint", "impressum",
    ].map { Array($0.utf8) }

    /// The trigger stems, sought in one pass.
    private static let triggerScan = StemScan(triggerStems)


    /// A fast test on bytes: short (at most nine words), no digit, `@` or `/`, and one of the trigger stems.
    private static func mayBeHeading(_ line: String) -> Bool {
        var copy = line
        return copy.withUTF8 { mayBeHeading($0) }
    }

    private static func mayBeHeading(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var words = 0
        var inWord = false
        var count = 0
        for b in bytes {
            count += 1
            if count > 160 { return false }
            if (b >= 48 && b <= 57) || b == UInt8(ascii: "@") { return false }
            if b == 32 || b == 9 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > 9 { return false }
            }
        }
        guard words > 0 else { return false }
        return holdsTriggerStem(bytes)
    }

    /// Whether the bytes, ASCII letters lowered, hold one of `triggerStems`. One pass: at each byte, only the
    /// stems that open with it and the byte after it (most pairs open none: a bit each says so; every stem is
    /// four bytes or more).
    static func holdsTriggerStem(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { triggerScan.holds(bytes) }

    /// `holdsTriggerStem`'s definition: each stem looked for at each byte.
    static func holdsTriggerStemPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        for i in 0..<n {
            let lower = ASCII.lowered(bytes[i])
            for stem in triggerStems where stem[0] == lower && i + stem.count <= n {
                if SimpleText.lowered(bytes, at: i, continue: stem) { return true }
            }
        }
        return false
    }

    /// The first two bytes of the trigger stems, a bit each in a 128 × 128 table (first byte × second byte).

    /// Built once, not on every call.
    private static let endsWithEnquiryWordWords: Set<String> = ["inquiries", "enquiries", "inquiry", "enquiry", "requests", "queries", "contact", "contacts",
                              "demandes", "renseignements", "consultas", "solicitudes", "solicitacoes", "pedidos",
                              "anfragen", "kontakt", "contacto", "contato"]

    /// Whether a label ends in a word of enquiry (`Partnership inquiries`, `Demandes d'entretien`,
    /// `Presseanfragen`): what follows its colon is a contact, not a name.
    static func endsWithEnquiryWord(_ text: String) -> Bool {
        guard let last = Fold.contact(text).split(separator: " ").last else { return false }
        let words = Self.endsWithEnquiryWordWords
        return words.contains(String(last)) || last.hasSuffix("anfragen") || last.hasSuffix("kontakt")
    }
}
