import Foundation

/// The words of contact blocks in English, French, Spanish, Portuguese and German: labels, headings,
/// job titles, organisation and desk names. Words are kept folded (lower case, no diacritics).
enum ContactVocabulary {
    /// Lower case without diacritics, apostrophes unified, so `Téléphone` and `telephone` compare equal.
    static func fold(_ s: some StringProtocol) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.lowercased() }
        if let simple = s.utf8.withContiguousStorageIfAvailable(foldSimple), let folded = simple { return folded }
        return foldCharacters(s)
    }

    /// `fold` character by character: decomposed, marks dropped, quotes unified, lower-cased.
    private static func foldCharacters(_ s: some StringProtocol) -> String {
        var out = ""
        for scalar in String(s).decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar == "\u{2019}" || scalar == "\u{2018}" { out.append("'"); continue }
            out.unicodeScalars.append(scalar)
        }
        return out.lowercased()
    }

    /// `fold` of a simple text (see `SimpleText`), on bytes; nil for any other. Decomposition, dropping marks
    /// and lower-casing all work scalar by scalar, and in a simple text no mark follows a scalar, so the fold
    /// is the folds of its scalars one after the other: ASCII lowered in place, any other scalar folded once
    /// (by `foldCharacters`, so the two cannot disagree) and remembered.
    private static func foldSimple(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        guard SimpleText.isSimple(b) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 {
                out.append(c >= 0x41 && c <= 0x5A ? c + 0x20 : c)
                i += 1
                continue
            }
            let (v, width) = TextScan.scalar(in: b, at: i)
            i += width
            out.append(contentsOf: foldedScalar(v))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The folded bytes of the Latin-1 and Latin Extended-A scalars (U+0080 to U+017F), the letters beyond
    /// ASCII of the five languages, built once; no lock, no shared state written while parsing.
    private static let latinFolds: [[UInt8]] = (0x80..<0x180).map { v in
        Unicode.Scalar(UInt32(v)).map { Array(foldCharacters(String($0)).utf8) } ?? []
    }

    private static func foldedScalar(_ v: UInt32) -> [UInt8] {
        if v >= 0x80 && v < 0x180 { return latinFolds[Int(v) - 0x80] }
        return Unicode.Scalar(v).map { Array(foldCharacters(String($0)).utf8) } ?? []
    }

    // MARK: - Labels

    enum PhoneLabel { case none, phone, fax }

    private static let phoneWords: Set<String> = [
        "tel", "tele", "telephone", "telefon", "telefono", "telefone", "phone", "ph", "tlf", "fon", "fone",
        "mob", "mobile", "mobil", "movil", "cell", "cellphone", "cel", "celular", "portable", "port", "handy",
        "gsm", "whatsapp", "signal", "landline", "hotline", "mobilfunk", "mobiltelefon", "telemovel", "tm",
        "phone number", "mobile phone", "cell phone", "direct line", "direct", "direkt", "office", "main line",
        "work", "home", "office phone", "durchwahl", "numero", "numero de telephone", "telephone portable",
        "tel portable", "tel mobile", "tel fixe", "telefono movil", "telefone celular", "tfno", "tfn", "telf",
        "movel", "fixo", "fijo", "cellulare", "mobilnummer", "festnetz", "rufnummer", "telefonnummer",
        // Where the number rings and when: `819 555-0163 (bureau)`, `(cellulaire)`, `Out of hours: …`, and the
        // business-hours and after-hours marks `(BH)`, `(AH)`.
        "bureau", "cellulaire", "domicile", "out of hours", "out-of-hours", "after hours", "after-hours",
        "outside office hours", "business hours", "bh", "ah",
    ]
    private static let faxWords: Set<String> = ["fax", "telefax", "telecopie", "telecopieur", "fac-simile", "fx"]

    /// Whether `word` (as printed before a number, `Tel.:`, `WhatsApp`, `Fax`, `Tel./Fax`) labels a phone,
    /// a fax, or is not a phone label. Every part of a compound label (`Tel./Fax`, `Mobile & WhatsApp`)
    /// must be a label word.
    static func phoneLabelKind(_ word: String) -> PhoneLabel {
        // (A word that neither opens nor ends with `.`, `:`, `-`, `/` or a space is its own trimmed form.)
        let trims = TextScan.withBytes(word) { b -> Bool in
            guard let first = b.first, let last = b.last else { return true }
            func mark(_ c: UInt8) -> Bool {
                c >= 0x80 || c == 13 || c == UInt8(ascii: ".") || c == UInt8(ascii: ":") || c == UInt8(ascii: "-")
                    || c == UInt8(ascii: "/") || c == 0x20
            }
            return mark(first) || mark(last)
        }
        let trimmed = trims ? word.trimmed(".:-/ ") : word
        if trimmed == "T" || trimmed == "M" || trimmed == "P" { return .phone }
        if trimmed == "F" { return .fax }
        guard mayBeLabel(trimmed), SimpleText.isASCII(trimmed) || mayBeLabel(fold(trimmed)) else { return .none }
        // Read each time (no shared memo to lock): an ASCII label on its bytes.
        return readPhoneLabelASCII(trimmed) ?? readPhoneLabel(trimmed)
    }

    private static let phoneWordSet = ASCIIWordSet(phoneWords)
    private static let faxWordSet = ASCIIWordSet(faxWords)

    /// `readPhoneLabel` of an ASCII label without a carriage return, on its bytes: each part between `/`, `&`
    /// and `+`, its words (cut at spaces and dots) joined by single spaces, looked up without a string.
    private static func readPhoneLabelASCII(_ trimmed: String) -> PhoneLabel? {
        ASCIIWordSet.withLowercasedASCII(trimmed) { f -> PhoneLabel in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: f.count + 1) { part -> PhoneLabel in
                var phone = false
                var fax = false
                var k = 0
                let n = f.count
                while k < n {
                    // One part (the split drops empty ones).
                    while k < n, f[k] == UInt8(ascii: "/") || f[k] == UInt8(ascii: "&") || f[k] == UInt8(ascii: "+") { k += 1 }
                    guard k < n else { break }
                    var count = 0
                    var pendingSpace = false
                    while k < n, f[k] != UInt8(ascii: "/"), f[k] != UInt8(ascii: "&"), f[k] != UInt8(ascii: "+") {
                        let c = f[k]
                        k += 1
                        if c == 0x20 || c == UInt8(ascii: ".") { pendingSpace = count > 0; continue }
                        if pendingSpace { part[count] = 0x20; count += 1; pendingSpace = false }
                        part[count] = c
                        count += 1
                    }
                    let p = UnsafeBufferPointer(rebasing: part[0..<count])
                    if phoneWordSet.contains(p) {
                        phone = true
                    } else if faxWordSet.contains(p) {
                        fax = true
                    } else if count == 0 || (count == 2 && p[0] == UInt8(ascii: "o") && p[1] == UInt8(ascii: "r")) {
                        continue
                    } else {
                        return PhoneLabel.none
                    }
                }
                if phone { return .phone }
                return fax ? .fax : PhoneLabel.none
            }
        }
    }

    private static func readPhoneLabel(_ trimmed: String) -> PhoneLabel {
        var phone = false
        var fax = false
        for part in fold(trimmed).split(whereSeparator: { $0 == "/" || $0 == "&" || $0 == "+" }) {
            let p = part.split(whereSeparator: { $0 == " " || $0 == "." }).joined(separator: " ")
            if phoneWords.contains(p) { phone = true } else if faxWords.contains(p) { fax = true } else if p == "or" || p.isEmpty {
                continue
            } else {
                return .none
            }
        }
        if phone { return .phone }
        return fax ? .fax : .none
    }

    /// Words that introduce an extension after a number.
    static let extensionWords: Set<String> = [
        "ext", "extn", "extension", "x", "poste", "durchwahl", "dw", "nebenstelle", "ramal", "anexo",
        "interno", "int", "#",
    ]

    enum FieldLabel { case name, role, organization, phone, fax, email, web, social }

    private static let fieldLabels: [String: FieldLabel] = {
        var m: [String: FieldLabel] = [:]
        for w in ["name", "nom", "nombre", "nome", "contact", "contact person", "contacto", "contato", "kontakt",
                  "ansprechpartner", "ansprechpartnerin", "ansprechperson", "attn", "persona de contacto",
                  "pessoa de contato", "interlocuteur", "interlocutrice", "spokesperson", "porte-parole", "portavoz",
                  "porta-voz", "sprecher", "sprecherin", "pressesprecher", "pressesprecherin"] { m[w] = .name }
        for w in ["title", "job title", "role", "position", "fonction", "titre", "poste", "cargo", "funcion",
                  "funcao", "funktion", "designation"] { m[w] = .role }
        for w in ["organisation", "organization", "org", "company", "societe", "organisme", "empresa",
                  "organizacion", "organizacao", "entidade", "entidad", "firma", "unternehmen", "institution",
                  "agency", "agence", "agencia", "agentur", "employer", "affiliation"] { m[w] = .organization }
        for w in ["email", "e-mail", "e mail", "mail", "courriel", "correo", "correo electronico", "e-post",
                  "adresse e-mail", "adresse email", "endereco eletronico", "email address", "e-mail address",
                  "electronic mail", "mel", "e"] { m[w] = .email }
        for w in ["web", "website", "web site", "site", "site web", "site internet", "sitio web", "pagina web",
                  "webseite", "internet", "url", "homepage", "online", "w"] { m[w] = .web }
        for w in ["twitter", "x", "instagram", "facebook", "linkedin", "youtube", "tiktok", "bluesky",
                  "mastodon", "threads", "social", "social media", "redes sociales", "redes sociais"] { m[w] = .social }
        return m
    }()

    /// Every word of every field and phone label, cut where labels are cut (`e-mail` → `e`, `mail`).
    private static let labelTokens: Set<String> = {
        var tokens: Set<String> = ["or"]
        for w in Array(fieldLabels.keys) + Array(phoneWords) + Array(faxWords) {
            for token in w.utf8.split(whereSeparator: isLabelSeparator) { tokens.insert(String(decoding: token, as: UTF8.self)) }
        }
        return tokens
    }()
    private static let longestLabelToken = labelTokens.map(\.utf8.count).max() ?? 0

    private static func isLabelSeparator(_ b: UInt8) -> Bool {
        b == UInt8(ascii: " ") || b == UInt8(ascii: ".") || b == UInt8(ascii: ":") || b == UInt8(ascii: "-")
            || b == UInt8(ascii: "/") || b == UInt8(ascii: "&") || b == UInt8(ascii: "+") || b == UInt8(ascii: ",")
            || b == UInt8(ascii: "\t")
    }

    /// A quick byte-level no before folding and splitting: false when `text` is ASCII and one of its
    /// words belongs to no label, so that it is no label, whole or compound (`Tel./Fax`). True otherwise.
    /// (Labels are looked up folded, so the fold of any text passes when the text is a label.)
    static func mayBeLabel(_ text: String) -> Bool {
        // On the bytes, each token lower-cased into a buffer and looked up without building a string.
        let longest = longestLabelToken
        let tokens = labelTokenSet
        return TextScan.withBytes(text) { b -> Bool in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longest + 1) { token -> Bool in
                var count = 0
                for c in b {
                    if c >= 0x80 { return true }
                    if isLabelSeparator(c) {
                        if count > 0, !tokens.contains(UnsafeBufferPointer(rebasing: token[0..<count])) { return false }
                        count = 0
                    } else {
                        if count >= longest { return false }
                        token[count] = c >= 65 && c <= 90 ? c | 0x20 : c
                        count += 1
                    }
                }
                return count == 0 || tokens.contains(UnsafeBufferPointer(rebasing: token[0..<count]))
            }
        }
    }
    private static let labelTokenSet = ASCIIWordSet(labelTokens)

    /// `mayBeLabel` token by token as strings (the definition the byte path follows).
    static func mayBeLabelByStrings(_ text: String) -> Bool {
        var token: [UInt8] = []
        token.reserveCapacity(longestLabelToken + 1)
        func known() -> Bool {
            defer { token.removeAll(keepingCapacity: true) }
            return token.isEmpty || labelTokens.contains(String(decoding: token, as: UTF8.self))
        }
        for b in text.utf8 {
            if b >= 0x80 { return true }
            if isLabelSeparator(b) {
                if !known() { return false }
            } else {
                if token.count >= longestLabelToken { return false }
                token.append(b >= 65 && b <= 90 ? b | 0x20 : b)
            }
        }
        return known()
    }

    /// The field a label names (`Name`, `Title`, `E-mail`, `Courriel`, `Tel.`, `Fax`, `Web`, `Twitter`), if it is one.
    static func fieldLabel(_ printed: some StringProtocol) -> FieldLabel? {
        var t = String(printed)
        // (A text that neither opens nor ends with `.`, `:`, a space or a tab, the usual case, is its own
        // trimmed form.)
        let trims = TextScan.withBytes(t) { b -> Bool in
            guard let first = b.first, let last = b.last else { return true }
            func mark(_ c: UInt8) -> Bool {
                c >= 0x80 || c == 13 || c == UInt8(ascii: ".") || c == UInt8(ascii: ":") || c == 0x20 || c == 0x09
            }
            return mark(first) || mark(last)
        }
        if trims { t = t.trimmed(".: \t") }
        if t.isEmpty { return nil }
        // `T`, `M`, `P` and the home mark `H` (`(06) 555 0142 (H)`) label phones.
        if t == "T" || t == "M" || t == "P" || t == "H" { return .phone }
        if t == "F" { return .fax }
        // (A simple text of more than four bytes has more than one character.)
        if t.utf8.count <= 4 || !SimpleText.isSimple(t) ? t.count == 1 : false, t != "E", t != "W" { return nil }
        guard mayBeLabel(t), SimpleText.isASCII(t) || mayBeLabel(fold(t)) else { return nil }
        // Read each time: a pure look-up costs no more than a memo shared by the parsing threads under a lock.
        return readFieldLabel(t)
    }

    private static func readFieldLabel(_ t: String) -> FieldLabel? {
        let f = fold(t)
        if let known = fieldLabels[f] { return known }
        switch phoneLabelKind(t) {
        case .phone: return .phone
        case .fax: return .fax
        case .none: break
        }
        // `Tel/WhatsApp`, `Mobile / WhatsApp`, `Tel. & Fax`.
        let parts = f.split(whereSeparator: { "/&,".contains($0) || $0 == " " })
        if parts.count > 1 {
            let kinds = parts.compactMap { fieldLabels[String($0)] ?? (phoneLabelKind(String($0)) == .phone ? .phone : phoneLabelKind(String($0)) == .fax ? .fax : nil) }
            if kinds.count == parts.count {
                if kinds.contains(.phone) { return .phone }
                return kinds.first
            }
        }
        return nil
    }

    // MARK: - Headings

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
    ])

    /// Built once, not on every call.
    private static let pressAlone: Set<String> = ["press", "presse", "prensa", "imprensa", "media", "medien", "medias"]
    private static let pressWords: Set<String> = ["press", "media", "news", "presse", "prensa", "imprensa", "medios", "medias",
                                                  "public", "communications", "communication", "comunicacion",
                                                  "comunicacao", "kommunikation", "medien"]
    private static let isHeadingDeskOnly: Set<String> = ["office", "desk", "unit", "department", "departamento", "gabinete", "relations",
                                 "relaciones", "relacoes", "assessoria"]
    /// Whether `line` is a heading over a contact block (`Media contact:`, `Press enquiries`,
    /// `For more information, contact:`, `Contacts presse`, `Pressekontakt`, `Contacto de prensa`,
    /// `Contato para imprensa`, `Press Office`).
    static func isHeading(_ line: String) -> Bool {
        guard mayBeHeading(line) else { return false }
        var t = stripMarkdown(line).trimmed()
        if let quick = isHeadingASCII(t) { return quick }
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
        let words = SimpleText.split(fold(t), at: { $0 == 0x20 || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") })
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
    private static func isHeadingASCII(_ text: String) -> Bool? {
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
        "unit", "depart", "relation", "relacion", "rela", "contate",
    ].map { Array($0.utf8) }

    /// The trigger stems by their first byte.
    private static let stemsByFirstByte: [[[UInt8]]] = {
        var table = Array(repeating: [[UInt8]](), count: 128)
        for stem in triggerStems { table[Int(stem[0])].append(stem) }
        return table
    }()

    /// The first bytes of the trigger stems, a bit each.
    private static let stemFirstBytes: UInt128 = triggerStems.reduce(0) { $0 | 1 << UInt128($1[0]) }

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
        // One pass: at each byte, only the stems that open with it (most bytes open none: a bit each says so).
        let n = bytes.count
        let opening = stemFirstBytes
        for i in 0..<n {
            let c = bytes[i]
            let lower = c >= 65 && c <= 90 ? c | 0x20 : c
            guard lower < 128, opening >> UInt128(lower) & 1 != 0 else { continue }
            for stem in stemsByFirstByte[Int(lower)] where i + stem.count <= n {
                var k = 1
                while k < stem.count {
                    let d = bytes[i + k]
                    if (d >= 65 && d <= 90 ? d | 0x20 : d) != stem[k] { break }
                    k += 1
                }
                if k == stem.count { return true }
            }
        }
        return false
    }

    /// Built once, not on every call.
    private static let endsWithEnquiryWordWords: Set<String> = ["inquiries", "enquiries", "inquiry", "enquiry", "requests", "queries", "contact", "contacts",
                              "demandes", "renseignements", "consultas", "solicitudes", "solicitacoes", "pedidos",
                              "anfragen", "kontakt", "contacto", "contato"]
    /// Whether a label ends in a word of enquiry (`Partnership inquiries`, `Demandes d'entretien`,
    /// `Presseanfragen`): what follows its colon is a contact, not a name.
    static func endsWithEnquiryWord(_ text: String) -> Bool {
        guard let last = fold(text).split(separator: " ").last else { return false }
        let words = Self.endsWithEnquiryWordWords
        return words.contains(String(last)) || last.hasSuffix("anfragen") || last.hasSuffix("kontakt")
    }

    private static let languageNames: Set<String> = [
        "english", "french", "spanish", "portuguese", "german", "italian", "arabic", "serbian", "swahili", "en", "fr",
        "es", "pt", "de", "it", "francais", "anglais", "espagnol", "allemand", "ingles", "espanol", "frances",
        "portugues", "aleman", "englisch", "franzosisch", "spanisch", "deutsch", "portugiesisch",
    ]

    /// Whether `text` names the languages a contact speaks (`English`, `FR/EN`, `Español, English`).
    static func isLanguageList(_ text: String) -> Bool {
        let parts = fold(text).split(whereSeparator: { " ,/&+".contains($0) }).filter { $0 != "and" && $0 != "et" && $0 != "y" && $0 != "und" && $0 != "e" }
        return !parts.isEmpty && parts.allSatisfy { languageNames.contains(String($0)) }
    }

    /// Built once, not on every call.
    private static let isDeskDeskWords: Set<String> = [
        "office", "desk", "unit", "department", "team", "bureau", "newsroom", "pressestelle", "presseburo",
        "presseabteilung", "abteilung", "departamento", "gabinete", "oficina", "assessoria", "servicio",
        "service", "direction", "direccion", "diretoria", "secretariat", "secretaria", "communications",
        "comunicacion", "comunicacao", "kommunikation", "relations", "relaciones", "relacoes", "redaktion",
        "pressebuero", "cellule", "unidad", "unidade", "division", "hotline",
    ]
    /// Whether a heading or first line names a desk rather than introducing a person
    /// (`Press Office`, `Public Relations Unit`, `Departamento de Comunicación`, `Pressestelle`).
    static func isDesk(_ text: String) -> Bool {
        if let named = ASCIIWordSet.withLowercasedASCII(text, { f in
            anyLetterRun(f, keeping: UInt8(ascii: "-")) { deskWordSet.contains($0) }
        }) {
            return named && !isRole(text)
        }
        let words = SimpleText.letterRuns(fold(text), keeping: UInt8(ascii: "-")).map(String.init)
        let deskWords = Self.isDeskDeskWords
        guard words.contains(where: { deskWords.contains($0) }) else { return false }
        // `Head of Communications`, `Communications Officer` are people's titles, not desks.
        return !isRole(text)
    }

    private static let deskWordSet = ASCIIWordSet(isDeskDeskWords)

    /// Whether `body` holds for one of the runs of letters (and `keep`) of the lower-cased ASCII bytes `f`:
    /// `SimpleText.letterRuns` of a folded ASCII text, without building the words.
    @inline(__always) static func anyLetterRun(_ f: UnsafeBufferPointer<UInt8>, keeping keep: UInt8,
                                               _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        var k = 0
        let n = f.count
        while k < n {
            let c = f[k]
            guard c == keep || (c >= 0x61 && c <= 0x7A) else { k += 1; continue }
            let start = k
            while k < n, f[k] == keep || (f[k] >= 0x61 && f[k] <= 0x7A) { k += 1 }
            if body(UnsafeBufferPointer(rebasing: f[start..<k])) { return true }
        }
        return false
    }

    /// Whether the bytes `w` end with the bytes `suffix`.
    @inline(__always) private static func hasSuffix(_ w: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard w.count >= n else { return false }
        let p = suffix.utf8Start
        for k in 0..<n where w[w.count - n + k] != p[k] { return false }
        return true
    }

    // MARK: - Roles and organisations

    private static let roleWords: Set<String> = [
        // English
        "officer", "manager", "director", "head", "coordinator", "co-ordinator", "lead", "leader", "fellow",
        "chief", "president", "vice-president", "secretary", "spokesperson", "spokesman", "spokeswoman",
        "adviser", "advisor", "assistant", "executive", "editor", "specialist", "consultant", "analyst",
        "associate", "representative", "chair", "chairman", "chairwoman", "chairperson", "founder", "co-founder",
        "ceo", "cfo", "coo", "cto", "researcher", "professor", "lecturer", "partner", "attache", "liaison",
        "administrator", "supervisor", "strategist", "campaigner", "producer", "journalist", "writer",
        "scientist", "engineer", "expert", "principal", "dean", "chancellor", "minister", "commissioner",
        "counsel", "agent", "intern", "vp", "svp", "evp", "member", "trustee", "organiser", "organizer",
        "senator", "mayor", "councillor", "councilor", "governor", "alderman", "legislator",
        // French
        "charge", "chargee", "responsable", "directeur", "directrice", "porte-parole", "coordinateur",
        "coordinatrice", "president", "presidente", "conseiller", "conseillere", "chef", "attachee",
        "delegue", "deleguee", "secretaire", "animateur", "animatrice", "chercheur", "chercheuse",
        // Spanish
        "jefe", "jefa", "directora", "portavoz", "coordinador", "coordinadora", "tecnico", "tecnica",
        "gerente", "secretario", "secretaria", "asesor", "asesora", "encargado", "encargada", "responsable",
        "investigador", "investigadora",
        // Portuguese
        "assessor", "assessora", "coordenador", "coordenadora", "diretor", "diretora", "porta-voz",
        "jornalista", "analista", "gestor", "gestora", "pesquisador", "pesquisadora",
        // German
        "referent", "referentin", "leiter", "leiterin", "sprecher", "sprecherin", "pressesprecher",
        "pressesprecherin", "pressereferent", "pressereferentin", "geschaftsfuhrer", "geschaftsfuhrerin",
        "vorsitzende", "vorsitzender", "leitung", "koordinator", "koordinatorin", "beauftragte",
        "beauftragter", "vorstand", "mitarbeiter", "mitarbeiterin", "redakteur", "redakteurin",
    ]

    /// Whether `text` reads as a job title (`Head of Communications`, `chargée de communication`, `Referent …`).
    static func isRole(_ text: String) -> Bool {
        if let quick = ASCIIWordSet.withLowercasedASCII(text, { f in
            anyLetterRun(f, keeping: UInt8(ascii: "-")) { w in
                roleWordSet.contains(w) || hasSuffix(w, "referent") || hasSuffix(w, "referentin") || hasSuffix(w, "sprecher")
                    || hasSuffix(w, "sprecherin") || hasSuffix(w, "leiter") || hasSuffix(w, "leiterin")
                    || hasSuffix(w, "arzt") || hasSuffix(w, "arztin")
            }
        }) {
            return quick
        }
        let words = SimpleText.letterRuns(fold(text), keeping: UInt8(ascii: "-"))
        return words.contains { w in
            roleWords.contains(String(w)) || (w.hasSuffix("referent") || w.hasSuffix("referentin")
                || w.hasSuffix("sprecher") || w.hasSuffix("sprecherin") || w.hasSuffix("leiter")
                || w.hasSuffix("leiterin") || w.hasSuffix("arzt") || w.hasSuffix("arztin"))
        }
    }

    private static let organizationWords: Set<String> = [
        // English
        "university", "college", "institute", "institution", "association", "foundation", "coalition", "network",
        "council", "agency", "ministry", "department", "company", "group", "society", "federation", "union",
        "trust", "fund", "bank", "corporation", "authority", "commission", "committee", "alliance", "centre",
        "center", "league", "club", "school", "hospital", "board", "campaign", "project", "programme", "program",
        "pr", "consulting", "partners", "labs", "laboratory", "observatory",
        "initiative", "movement", "forum", "museum", "collective", "consortium", "cooperative", "co-operative",
        "partnership", "coop", "ventures", "capital", "associates", "church", "embassy", "secretariat", "holdings", "industries",
        "energy", "systems", "technologies", "robotics",
        // legal forms
        "ltd", "limited", "inc", "llc", "llp", "lp", "plc", "gmbh", "partnership", "ag", "sa", "sas", "sarl", "bv", "nv", "jsc", "co", "corp",
        "pty", "ev", "e.v", "ggmbh", "kg", "srl", "spa", "ltda", "s.a", "cic", "cio", "ngo", "ong", "asbl",
        // French, Spanish, Portuguese, German
        "universite", "institut", "fondation", "reseau", "ministere", "agence", "societe", "groupe",
        "federation", "collectif", "syndicat", "conseil", "universidad", "instituto", "asociacion",
        "fundacion", "ministerio", "agencia", "sociedad", "federacion", "red", "consejo", "universidade",
        "associacao", "fundacao", "rede", "sociedade", "federacao", "conselho", "prefeitura", "stiftung",
        "verein", "verband", "universitat", "hochschule", "ministerium", "gesellschaft", "bundesverband",
        "ville", "mairie", "city", "county", "region", "stadt", "gemeinde", "ayuntamiento", "municipalidad",
        "prefecture", "governo", "gobierno", "gouvernement", "regierung", "government", "municipality",
        "netzwerk", "agentur", "kammer", "amt", "behorde", "zentrum",
    ]

    /// Whether `text` reads as an organisation's name (`Marlow Ridge University`, `Brightline PR`,
    /// `Lotus Grid Energy JSC`, an acronym such as `ZELA`).
    static func isOrganization(_ text: String) -> Bool {
        let t = text.trimmed()
        // A German association's legal form printed with a space: `Offene Daten e. V.`
        if t.hasSuffix(" e. V.") || t.hasSuffix(" e. V") { return true }
        if let quick = isOrganizationASCII(t) { return quick }
        // An acronym: `ZELA`, `WWF`, `UNHCR`.
        let characters = SimpleText.characterCount(t)
        if characters >= 2, characters <= 8, t.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "&" || $0 == "-" }),
           t.contains(where: \.isLetter) { return true }
        // (Lazily: the first organisation word ends the search.)
        let words = SimpleText.letterRuns(fold(t), keeping: UInt8(ascii: ".")).lazy.map {
            $0.trimmed(".")
        }
        return words.contains { w in
            organizationWords.contains(w) || organizationSuffixes.contains { w.hasSuffix($0) && w.count > $0.count }
        }
    }

    /// German compounds end in the organisation word: `Landesverband`, `Förderverein`, `Bürgerstiftung`.
    private static let organizationSuffixes = ["verband", "verein", "stiftung", "gesellschaft", "netzwerk", "bundnis"]

    private static func hasOrganizationSuffix(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        hasSuffix(w, "verband") || hasSuffix(w, "verein") || hasSuffix(w, "stiftung") || hasSuffix(w, "gesellschaft")
            || hasSuffix(w, "netzwerk") || hasSuffix(w, "bundnis")
    }

    private static let roleWordSet = ASCIIWordSet(roleWords)
    private static let organizationWordSet = ASCIIWordSet(organizationWords)

    /// `isOrganization` of a trimmed ASCII text without a carriage return, on its bytes; nil for any other.
    private static func isOrganizationASCII(_ t: String) -> Bool? {
        if FastPaths.off { return nil }
        return TextScan.withBytes(t) { b -> Bool? in
            for c in b where c >= 0x80 || c == 13 { return nil }
            // An acronym: capitals, digits, `&` and `-`, with a letter.
            if b.count >= 2, b.count <= 8 {
                var letter = false
                var acronym = true
                for c in b {
                    if c >= 65 && c <= 90 { letter = true } else if !(c >= 48 && c <= 57) && c != UInt8(ascii: "&") && c != UInt8(ascii: "-") {
                        acronym = false
                        break
                    }
                }
                if acronym && letter { return true }
            }
            return ASCIIWordSet.withLowercasedASCII(t) { f in
                anyLetterRun(f, keeping: UInt8(ascii: ".")) { run in
                    var lo = 0, hi = run.count
                    while lo < hi, run[lo] == UInt8(ascii: ".") { lo += 1 }
                    while hi > lo, run[hi - 1] == UInt8(ascii: ".") { hi -= 1 }
                    let w = UnsafeBufferPointer(rebasing: run[lo..<hi])
                    return organizationWordSet.contains(w) || hasOrganizationSuffix(w)
                }
            }
        }
    }

    private static let legalForms: Set<String> = [
        "ltd", "limited", "inc", "llc", "plc", "gmbh", "ag", "sa", "sas", "sarl", "bv", "nv", "jsc", "co", "corp",
        "pty", "pty ltd", "ev", "ggmbh", "kg", "srl", "spa", "ltda", "cic", "asbl", "oy", "ab", "as", "aps", "kk",
        "co ltd", "pvt ltd", "private limited", "s a", "s l", "sl", "slu", "e v",
    ]

    /// Whether `text` is only a legal form (`Ltd.`, `Inc.`, `GmbH`, `S.A.`), as left by a comma split.
    static func isLegalForm(_ text: String) -> Bool {
        // An ASCII text with more letters than the longest legal form (`private limited`) is none.
        let letters = TextScan.withBytes(text) { bytes -> Int in
            var letters = 0
            for b in bytes {
                if b >= 0x80 { return 0 }
                if b != UInt8(ascii: " "), b != UInt8(ascii: ".") { letters += 1 }
            }
            return letters
        }
        if letters > 14 { return false }
        // Dots as spaces, runs of spaces as one, none at the ends; and the same without spaces. On bytes
        // (both are ASCII), not through Foundation.
        var spaced: [UInt8] = [], joined: [UInt8] = []
        var pending = false
        for b in fold(text).utf8 {
            if b == UInt8(ascii: ".") || b == UInt8(ascii: " ") { pending = !spaced.isEmpty; continue }
            if pending { spaced.append(UInt8(ascii: " ")); pending = false }
            spaced.append(b)
            joined.append(b)
        }
        return legalForms.contains(String(decoding: spaced, as: UTF8.self)) || legalForms.contains(String(decoding: joined, as: UTF8.self))
    }

    private static let honorifics: Set<String> = [
        "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "m", "mme", "mlle", "sr", "sra", "srta", "dra", "herr",
        "frau", "dott", "ing", "eng", "hon", "rev", "sir", "dame",
    ]
    private static let nameParticles: Set<String> = [
        "de", "da", "das", "do", "dos", "del", "della", "di", "du", "van", "von", "der", "den", "ter", "y", "e",
        "bin", "binti", "al", "el", "le", "la", "ben", "mac", "st",
    ]

    /// Built once, not on every call.
    private static let looksLikePersonNameDeskish: Set<String> = ["office", "desk", "unit", "department", "team", "bureau", "newsroom",
                                "departamento", "gabinete", "oficina", "assessoria", "pressestelle", "service"]
    /// Whether `text` reads as a person's name: one to six capitalised words (particles such as `de`,
    /// `van`, `bin` and honorifics allowed), no digits, no job-title, organisation or desk word.
    static func looksLikePersonName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard !words.isEmpty, words.count <= 6, !text.contains(where: \.isNumber) else { return false }
        if isRole(text) || isOrganization(text) { return false }
        let deskish = Self.looksLikePersonNameDeskish
        var capitalised = 0
        for w in words {
            let f = fold(w).trimmed(".,")
            if deskish.contains(f) { return false }
            if honorifics.contains(f) || nameParticles.contains(f) { continue }
            guard let first = w.first, first.isUppercase else { return false }
            capitalised += 1
        }
        return capitalised >= 1
    }

    // MARK: - Markdown

    /// The line without markdown markers: `#` heading marks, `**`/`__` emphasis, a `- ` bullet, a `>`
    /// quote mark, trailing hard-break spaces or backslash, and `[text](url)` links turned into `text url`.
    static func stripMarkdown(_ line: String) -> String {
        if !mayHoldMarkdown(line) { return line }
        var t = Substring(line)
        while let last = t.last, last == " " || last == "\\" || last == "\t" { t.removeLast() }
        var lead = t.prefix(while: { $0 == " " })
        var body = t.dropFirst(lead.count)
        if body.hasPrefix("#") {
            body = body.drop(while: { $0 == "#" })
            body = body.drop(while: { $0 == " " })
            lead = ""
        } else if body.hasPrefix("> ") {
            body = body.dropFirst(2)
        } else if body.hasPrefix("- ") || body.hasPrefix("* ") || body.hasPrefix("• ") || body.hasPrefix("+ ") {
            // A list item; `+ 44 …` is not one (a country code with a space).
            if !(body.hasPrefix("+ ") && body.dropFirst(2).first?.isNumber == true) { body = body.dropFirst(2) }
        }
        var out = String(lead) + String(body)
        var stars = false
        var underscores = false
        var bracket = false
        for b in out.utf8 {
            if b == UInt8(ascii: "*") { stars = true } else if b == UInt8(ascii: "_") { underscores = true } else if b == UInt8(ascii: "]") { bracket = true }
        }
        if stars { out = out.replacingOccurrences(of: "**", with: "") }
        if underscores { out = out.replacingOccurrences(of: "__", with: "") }
        if bracket, out.contains("](") { out = unlinkMarkdown(out) }
        return out
    }

    /// A fast test on bytes: false when `line` cannot change in `stripMarkdown` (no trailing space, tab or
    /// backslash; no `*`, `_` or `]`; no `#`, `>`, `-`, `+` or `•` opening it past its spaces).
    private static func mayHoldMarkdown(_ line: String) -> Bool {
        var copy = line
        return copy.withUTF8 { b -> Bool in
            guard let last = b.last else { return false }
            if last == 0x20 || last == 0x09 || last == UInt8(ascii: "\\") { return true }
            var first: UInt8 = 0
            for c in b where c != 0x20 { first = c; break }
            if first == UInt8(ascii: "#") || first == UInt8(ascii: ">") || first == UInt8(ascii: "-") || first == UInt8(ascii: "*")
                || first == UInt8(ascii: "+") || first == 0xE2 { return true }
            // Three memchr scans cost less than one loop testing each byte three times.
            guard let base = b.baseAddress else { return false }
            return memchr(base, Int32(UInt8(ascii: "*")), b.count) != nil || memchr(base, Int32(UInt8(ascii: "_")), b.count) != nil
                || memchr(base, Int32(UInt8(ascii: "]")), b.count) != nil
        }
    }

    /// `[Jane Doe](mailto:jane@x.org)` → `Jane Doe jane@x.org`; `[www.x.org](http://www.x.org)` → `www.x.org`.
    private static func unlinkMarkdown(_ s: String) -> String {
        var out = ""
        var rest = Substring(s)
        while let open = rest.firstIndex(of: "["),
              let close = rest[open...].firstIndex(of: "]"),
              rest.index(after: close) < rest.endIndex, rest[rest.index(after: close)] == "(",
              let end = rest[close...].firstIndex(of: ")") {
            out += rest[..<open]
            let text = rest[rest.index(after: open)..<close]
            var target = rest[rest.index(close, offsetBy: 2)..<end]
            if target.lowercased().hasPrefix("mailto:") { target = target.dropFirst(7) }
            out += text
            let plainText = text.lowercased()
            let plainTarget = target.lowercased()
            if !plainTarget.hasSuffix(plainText) && !plainText.hasSuffix(plainTarget)
                && !plainTarget.replacingOccurrences(of: "http://", with: "").replacingOccurrences(of: "https://", with: "")
                    .trimmed("/").hasSuffix(plainText) {
                out += " " + target
            }
            rest = rest[rest.index(after: end)...]
        }
        return out + rest
    }
}
