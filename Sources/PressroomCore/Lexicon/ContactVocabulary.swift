import Foundation

/// The words of contact blocks in English, French, Spanish, Portuguese and German: labels, headings,
/// job titles, organisation and desk names. Words are kept folded (lower case, no diacritics).
enum ContactVocabulary {

    private static let languageNames: Set<String> = [
        "english", "french", "spanish", "portuguese", "german", "italian", "arabic", "serbian", "swahili", "en", "fr",
        "es", "pt", "de", "it", "francais", "anglais", "espagnol", "allemand", "ingles", "espanol", "frances",
        "portugues", "aleman", "englisch", "franzosisch", "spanisch", "deutsch", "portugiesisch",
    ]

    /// Whether `text` names the languages a contact speaks (`English`, `FR/EN`, `Español, English`).
    static func isLanguageList(_ text: String) -> Bool {
        let parts = Fold.contact(text).split(whereSeparator: { " ,/&+".contains($0) }).filter { $0 != "and" && $0 != "et" && $0 != "y" && $0 != "und" && $0 != "e" }
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
        // A text with accents mostly folds to plain ASCII (`Département` → `departement`): its words are read on the
        // fold's bytes, as the definition below reads them on the fold.
        if !FastPaths.off, let named = ASCIIWordSet.withLowercasedASCII(Fold.contact(text), { f in
            anyLetterRun(f, keeping: UInt8(ascii: "-")) { deskWordSet.contains($0) }
        }) {
            return named && !isRole(text)
        }
        let words = SimpleText.letterRuns(Fold.contact(text), keeping: UInt8(ascii: "-")).map(String.init)
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
        if let quick = isRoleASCII(text) { return quick }
        let folded = Fold.contact(text)
        // A line with accents or typographic marks mostly folds to plain ASCII (`Chargée` → `chargee`): the byte
        // test reads the fold, which folds to itself, so it answers as the definition does on the text.
        if !FastPaths.off, let quick = isRoleASCII(folded) { return quick }
        return isRolePlain(folded: folded)
    }

    /// `isRole` on bytes for ASCII text without a CR; nil for any other text.
    private static func isRoleASCII(_ text: String) -> Bool? {
        ASCIIWordSet.withLowercasedASCII(text, { f in
            anyLetterRun(f, keeping: UInt8(ascii: "-")) { w in
                if roleWordSet.contains(w) { return true }
                // (Each suffix ends in `t`, `n` or `r`: a word ending otherwise is asked no further.)
                guard let last = w.last, last == UInt8(ascii: "t") || last == UInt8(ascii: "n") || last == UInt8(ascii: "r") else {
                    return false
                }
                return hasSuffix(w, "referent") || hasSuffix(w, "referentin") || hasSuffix(w, "sprecher")
                    || hasSuffix(w, "sprecherin") || hasSuffix(w, "leiter") || hasSuffix(w, "leiterin")
                    || hasSuffix(w, "arzt") || hasSuffix(w, "arztin")
            }
        })
    }

    /// The definition `isRole` keeps to, on the text's `fold`.
    static func isRolePlain(folded: String) -> Bool {
        let words = SimpleText.letterRuns(folded, keeping: UInt8(ascii: "-"))
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
        // (A text whose last byte is neither `.` nor `V` ends in neither: both are one-scalar characters. The
        // byte is read first: `hasSuffix` compares characters, ~500 instructions a call.)
        if FastPaths.off || TextScan.withBytes(t, { $0.last == UInt8(ascii: ".") || $0.last == UInt8(ascii: "V") }),
           t.hasSuffix(" e. V.") || t.hasSuffix(" e. V") { return true }
        if let quick = isOrganizationASCII(t) { return quick }
        if isAcronym(t) { return true }
        // A text with accents mostly folds to plain ASCII (`Fundación` → `fundacion`): its words are read on the
        // fold's bytes, as the definition reads them on the fold.
        if !FastPaths.off, let quick = organizationWordsInFold(Fold.contact(t)) { return quick }
        return holdsOrganizationWordPlain(t)
    }

    /// `isOrganization` of a trimmed text past its `e. V.` test, on Characters: the definition
    /// `isOrganizationASCII` agrees with.
    static func isOrganizationPlain(_ t: String) -> Bool {
        isAcronym(t) || holdsOrganizationWordPlain(t)
    }

    /// An acronym: `ZELA`, `WWF`, `UNHCR`.
    private static func isAcronym(_ t: String) -> Bool {
        let characters = SimpleText.characterCount(t)
        return characters >= 2 && characters <= 8 && t.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "&" || $0 == "-" })
            && t.contains(where: \.isLetter)
    }

    /// `holdsOrganizationWordPlain`'s test on the fold `f` of a text, when the fold is ASCII without a carriage
    /// return: its runs of letters and dots, without the dots at their ends, looked up on bytes (a suffix only
    /// when longer than itself, as the definition asks); nil for any other fold.
    static func organizationWordsInFold(_ f: String) -> Bool? {
        TextScan.withBytes(f) { b -> Bool? in
            for c in b where c >= 0x80 || c == 13 { return nil }
            // (A fold is lower case: its letters are `a`–`z`.)
            var k = 0
            let n = b.count
            while k < n {
                let c = b[k]
                guard c == UInt8(ascii: ".") || ASCII.isLetter(c) else { k += 1; continue }
                var lo = k
                while k < n, b[k] == UInt8(ascii: ".") || ASCII.isLetter(b[k]) { k += 1 }
                var hi = k
                while lo < hi, b[lo] == UInt8(ascii: ".") { lo += 1 }
                while hi > lo, b[hi - 1] == UInt8(ascii: ".") { hi -= 1 }
                let w = UnsafeBufferPointer(rebasing: b[lo..<hi])
                if organizationWordSet.contains(w) { return true }
                for suffix in organizationSuffixBytes where w.count > suffix.count {
                    if w.suffix(suffix.count).elementsEqual(suffix) { return true }
                }
            }
            return false
        }
    }

    private static let organizationSuffixBytes: [[UInt8]] = organizationSuffixes.map { Array($0.utf8) }

    /// Whether the text's fold holds an organisation word (or ends a word in a compound's suffix, longer than it):
    /// the definition `organizationWordsInFold` keeps to.
    static func holdsOrganizationWordPlain(_ t: String) -> Bool {
        // (Lazily: the first organisation word ends the search.)
        let words = SimpleText.letterRuns(Fold.contact(t), keeping: UInt8(ascii: ".")).lazy.map {
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
    static func isOrganizationASCII(_ t: String) -> Bool? {
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

    private static let legalFormSet = ASCIIWordSet(legalForms)

    /// `isLegalForm` past its letter count, for an ASCII text (its fold is its lower-casing): the spaced and the
    /// joined forms built in one buffer and looked up without a string; nil for any other text (or with the
    /// fast paths off).
    static func isLegalFormASCII(_ text: String) -> Bool? {
        if FastPaths.off { return nil }
        return TextScan.withBytes(text) { b -> Bool? in
            for c in b where c >= 0x80 { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * b.count + 1) { buffer -> Bool in
                // `spaced` fills the buffer from its start, `joined` from its middle.
                var spaced = 0, joined = 0
                let half = b.count
                var pending = false
                for c in b {
                    if c == UInt8(ascii: ".") || c == UInt8(ascii: " ") { pending = spaced > 0; continue }
                    if pending { buffer[spaced] = UInt8(ascii: " "); spaced += 1; pending = false }
                    let l = ASCII.lowered(c)
                    buffer[spaced] = l
                    spaced += 1
                    buffer[half + joined] = l
                    joined += 1
                }
                return legalFormSet.contains(UnsafeBufferPointer(rebasing: buffer[0..<spaced]))
                    || legalFormSet.contains(UnsafeBufferPointer(rebasing: buffer[half..<(half + joined)]))
            }
        }
    }

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
        if let quick = isLegalFormASCII(text) { return quick }
        // Dots as spaces, runs of spaces as one, none at the ends; and the same without spaces. On bytes
        // (both are ASCII), not through Foundation.
        var spaced: [UInt8] = [], joined: [UInt8] = []
        var pending = false
        for b in Fold.contact(text).utf8 {
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
            let f = Fold.contact(w).trimmed(".,")
            if deskish.contains(f) { return false }
            if honorifics.contains(f) || nameParticles.contains(f) { continue }
            guard let first = w.first, first.isUppercase else { return false }
            capitalised += 1
        }
        return capitalised >= 1
    }
}
