/// The labels of a contact's fields (`Tel.`, `Fax`, `E-mail`, `Mobile`, `Web`): their words and the tests, with the
/// byte paths of the phone label and of `mayBeLabel` beside the definitions they are tested against.
extension ContactVocabulary {
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
        guard mayBeLabel(trimmed), SimpleText.isASCII(trimmed) || mayBeLabel(Fold.contact(trimmed)) else { return .none }
        // Read each time (no shared memo to lock): an ASCII label on its bytes.
        return readPhoneLabelASCII(trimmed) ?? readPhoneLabelPlain(trimmed)
    }

    private static let phoneWordSet = ASCIIWordSet(phoneWords)

    private static let faxWordSet = ASCIIWordSet(faxWords)

    /// `readPhoneLabel` of an ASCII label without a carriage return, on its bytes: each part between `/`, `&`
    /// and `+`, its words (cut at spaces and dots) joined by single spaces, looked up without a string.
    static func readPhoneLabelASCII(_ trimmed: String) -> PhoneLabel? {
        if FastPaths.off { return nil }
        return ASCIIWordSet.withLowercasedASCII(trimmed) { f -> PhoneLabel in
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

    /// `readPhoneLabel` on Characters: the definition `readPhoneLabelASCII` agrees with.
    static func readPhoneLabelPlain(_ trimmed: String) -> PhoneLabel {
        var phone = false
        var fax = false
        for part in Fold.contact(trimmed).split(whereSeparator: { $0 == "/" || $0 == "&" || $0 == "+" }) {
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
            var token: [UInt8] = []
            for b in w.utf8 + [UInt8(ascii: " ")] {
                if !isLabelSeparator(b) { token.append(b); continue }
                if !token.isEmpty { tokens.insert(String(decoding: token, as: UTF8.self)) }
                token.removeAll(keepingCapacity: true)
            }
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
        // (`mayBeLabel` first: it turns most fields away on their first word. Both tests only answer nil.)
        guard mayBeLabel(t) else { return nil }
        // (A simple text of more than four bytes has more than one character.)
        if t.utf8.count <= 4 || !SimpleText.isSimple(t) ? t.count == 1 : false, t != "E", t != "W" { return nil }
        guard SimpleText.isASCII(t) || mayBeLabel(Fold.contact(t)) else { return nil }
        // Read each time: a pure look-up costs no more than a memo shared by the parsing threads under a lock.
        return readFieldLabel(t)
    }

    private static func readFieldLabel(_ t: String) -> FieldLabel? {
        let f = Fold.contact(t)
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
}
