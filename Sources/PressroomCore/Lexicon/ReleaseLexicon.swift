/// The words of the press-release genre in English, French, Spanish, Portuguese and German: kind labels,
/// release instructions, end marks, section headings. Entries are written folded (lower case, no accents),
/// and lines are compared through `TextScan.fold`.
enum ReleaseLexicon {
    /// Document type labels, longest first so that `joint press release` wins over `press release`.
    static let kindLabels: [String] = [
        "joint press release", "joint news release", "joint media release", "joint statement", "joint communique",
        "press release", "news release", "media release", "media advisory", "media alert", "news advisory",
        "press advisory", "press statement", "media statement", "press notice", "public notice", "news brief",
        "statement", "advisory",
        "communique de presse conjoint", "communique de presse", "communique conjoint", "communique",
        "avis aux medias", "avis de presse", "declaration commune", "declaration", "invitation presse",
        "nota de prensa conjunta", "nota de prensa", "comunicado de prensa", "comunicado conjunto", "comunicado oficial",
        "nota informativa", "nota de medios", "convocatoria de prensa", "aviso a medios", "declaracion conjunta",
        "declaracion",
        "comunicado a imprensa", "comunicado de imprensa", "comunicado para a imprensa", "nota a imprensa",
        "nota de imprensa", "nota a imprensa", "release para a imprensa", "press-release", "declaracao conjunta",
        "declaracao", "comunicado",
        "gemeinsame pressemitteilung", "pressemitteilung", "presseinformation", "pressemeldung", "medienmitteilung",
        "medieninformation", "presseeinladung", "gemeinsame erklarung", "erklarung", "stellungnahme",
    ]

    /// Beginnings of release instructions.
    static let releasePrefixes: [String] = [
        "for immediate release", "immediate release", "for release", "release date", "embargoed", "embargo",
        "under embargo", "strictly embargoed", "strict embargo", "hold for release", "hold until", "not for publication",
        "not for release", "not for broadcast", "for publication", "release time",
        "pour diffusion immediate", "pour publication immediate", "diffusion immediate", "publication immediate",
        "pour diffusion", "sous embargo", "ne pas publier avant", "ne pas diffuser avant", "a ne pas publier avant",
        "para difusion inmediata", "para publicacion inmediata", "difusion inmediata", "publicacion inmediata",
        "para su difusion inmediata", "para su publicacion inmediata", "embargada hasta", "embargado hasta",
        "bajo embargo", "no publicar antes", "no difundir antes",
        "para divulgacao imediata", "para publicacao imediata", "divulgacao imediata", "publicacao imediata",
        "para divulgacao", "embargo ate", "nao publicar antes", "nao divulgar antes", "sob embargo",
        "sperrfrist", "zur sofortigen veroffentlichung", "zur sofortigen freigabe", "zur sofortigen verwendung",
        "sofort zur veroffentlichung", "zur veroffentlichung", "veroffentlichung frei ab", "freigabe ab",
        "frei zur veroffentlichung", "sperrvermerk",
    ]

    /// Headings of the notes section (compared with the folded line, trailing colon removed).
    static let notesHeadings: [String] = [
        "notes to editors", "note to editors", "notes for editors", "note for editors", "notes to editor",
        "note to editor", "editors notes", "editor's notes", "editors' notes", "editor's note", "editors note",
        "notes to the editor", "notes to the editors", "note to the editors", "background", "background information",
        "notes", "about us",
        "notes aux redactions", "note aux redactions", "note a la redaction", "notes a la redaction",
        "notes aux redacteurs", "note aux redacteurs", "a savoir", "contexte", "qui sommes-nous", "qui sommes nous",
        "notas para editores", "notas para los editores", "notas al editor", "nota para editores", "nota al editor",
        "notas a los editores", "informacion para editores", "contexto", "quienes somos", "antecedentes",
        "notas aos editores", "nota aos editores", "notas para os editores", "nota para os editores",
        "notas ao editor", "nota ao editor", "quem somos", "sobre nos",
        "hinweis fur redaktionen", "hinweise fur redaktionen", "hinweis fur die redaktion", "hinweise fur die redaktion",
        "hinweis an die redaktion", "hinweise an die redaktion", "hintergrund", "hintergrundinformationen",
        "uber uns",
    ]

    /// First words of an `About <organisation>` heading, per language.
    static let notesHeadingSet = Set(notesHeadings)

    /// `contactHeadingWords` with their bytes, for matching without per-word string work.
    static let contactHeadingNeedles: [(word: String, prefixOnly: Bool, bytes: [UInt8])] =
        contactHeadingWords.map { ($0, $0.hasSuffix(":"), Array($0.utf8)) }

    static let aboutWords: [String] = ["about", "a propos", "sobre", "acerca de", "uber", "zu"]

    static let notesHeadingMaxBytes = notesHeadings.map(\.utf8.count).max() ?? 0
    static let aboutFirstBytes = Set(aboutWords.map { $0.utf8.first! })
    static let aboutPrefixes: [[UInt8]] = aboutWords.flatMap { [Array(($0 + " ").utf8), Array(($0 + "'").utf8)] }

    /// Small words inside organisation names (`Ministry of Fisheries and …`, `Réseau … des …`).
    static let nameJoiners: Set<String> = [
        "of", "the", "and", "for", "de", "du", "des", "la", "le", "les", "et", "pour", "del", "y", "el", "los", "las",
        "do", "da", "dos", "das", "e", "o", "a", "em", "der", "die", "das", "den", "dem", "des", "und", "fur", "von",
        "zu", "zur", "zum", "&", "on", "in", "en", "au", "aux", "di",
    ]

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
        return startsContactSentenceByCharacters(line)
    }

    /// `startsContactSentence` on characters, for any line: the definition the byte path is tested against.
    static func startsContactSentenceByCharacters(_ line: String) -> Bool {
        let lead = LineFold.fold(line.prefix(60))
        guard let fb = lead.utf8.first else { return false }
        return contactSentenceLeads.contains(where: { $0.utf8.first == fb && lead.hasPrefix($0) })
    }

    /// Words that, at the end of a line, show the sentence goes on on the next line.
    static let continuingWords: Set<String> = [
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "by", "with", "from", "as", "into",
        "that", "this", "its", "their", "our", "his", "her", "but", "nor", "than", "is", "are", "was", "were", "be",
        "le", "la", "les", "de", "des", "du", "un", "une", "et", "à", "au", "aux", "en", "sur", "par", "pour", "avec",
        "dans", "que", "qui", "ou", "ce", "cette", "ses", "son", "sa", "leur", "leurs",
        "el", "los", "las", "del", "y", "con", "por", "para", "una", "al", "su", "sus", "o",
        "os", "as", "do", "da", "dos", "das", "e", "em", "no", "na", "nos", "nas", "um", "uma", "ao", "com", "seu", "sua",
        "der", "die", "das", "den", "dem", "und", "im", "am", "an", "auf", "für", "mit", "von", "zu", "zum", "zur",
        "ein", "eine", "einen", "einem", "einer", "bei", "nach", "über", "aus", "vor", "sich", "ist", "sind",
    ]

    /// Compound first parts that keep their hyphen at a line end (`non-` + `binding`).
    static let hyphenPrefixes: Set<String> = [
        "non", "self", "ex", "anti", "multi", "semi", "well", "half", "cross", "free", "mid", "all", "co-op",
        "long", "short", "high", "low", "full", "part", "vice", "quasi", "pseudo", "one", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "twelve", "first", "second", "third", "year", "e", "x",
        "sous", "demi", "mi", "ex", "socio", "euro", "afro", "franco", "anglo", "sino", "indo", "latino",
        "pan", "inter-", "community", "state", "world", "small", "large", "old", "new", "hard", "low", "cost",
    ]

    /// Second parts that make a compound with a hyphen (`community-` + `run`).
    static let hyphenSuffixes: Set<String> = [
        "based", "led", "run", "related", "term", "scale", "wide", "free", "friendly", "style", "year", "old",
        "like", "making", "owned", "funded", "driven", "level", "day", "week", "month", "time", "up", "in", "out",
        "off", "on", "over", "down", "made", "born", "speaking", "sized", "long", "specific", "oriented", "focused",
    ]

    /// Words of organisation names (folded), to tell an organisation from a person, a place or a slogan.
    static let organizationWords: Set<String> = [
        "university", "universite", "universidad", "universidade", "universitat", "ministry", "ministere", "ministerio",
        "ministerium", "department", "institute", "institut", "instituto", "foundation", "fondation", "fundacion",
        "fundacao", "stiftung", "association", "asociacion", "associacao", "verband", "verein", "network", "reseau",
        "red", "rede", "netzwerk", "coalition", "coalicion", "coalizao", "federation", "federacion", "federacao",
        "council", "conseil", "consejo", "conselho", "agency", "agence", "agencia", "agentur", "ltd", "ltd.", "limited",
        "inc", "inc.", "gmbh", "ag", "jsc", "co.", "s.a.", "sa", "plc", "llc", "company", "compagnie", "compania",
        "companhia", "group", "groupe", "grupo", "gruppe", "society", "societe", "sociedad", "sociedade", "gesellschaft",
        "union", "trust", "centre", "center", "centro", "zentrum", "bank", "banque", "banco", "corporation", "corp",
        "authority", "commission", "committee", "comite", "comision", "kommission", "alliance", "alianza", "alianca",
        "bundnis", "club", "league", "liga", "programme", "program", "fund", "fonds", "fondo", "fundo", "observatory", "observatoire", "observatorio",
        "collective", "collectif", "colectivo", "coletivo", "cooperative", "cooperativa", "genossenschaft", "partnership",
        "secretariat", "office", "board", "service", "services", "systems", "technologies", "energy", "robotics",
        "industries", "holdings", "partners", "organisation", "organization", "organizacion", "organizacao",
        "government", "gouvernement", "gobierno", "governo", "regierung", "republic", "city", "county", "region",
        "school", "college", "academy", "hospital", "museum", "theatre", "orchestra", "forum", "platform", "initiative",
        "campaign", "movement", "consortium", "llp", "associates", "project", "labs", "bureau", "ventures", "capital",
        "e.v.", "eg", "mbh", "kgaa", "sarl", "srl", "spa", "sas", "sprl", "scrl", "ev", "ggmbh", "kg", "se", "nv", "bv", "pty", "s.l.", "ltda", "s.a.s.",
    ]

    /// Words of a department's name in a letterhead (`Office of University Communications`, `Comunicación`).
    static let departmentWords: Set<String> = [
        "communications", "communication", "comunicacion", "comunicacao", "comunicacoes", "kommunikation",
        "newsroom", "press", "presse", "prensa", "imprensa", "relations", "pressestelle", "medienstelle",
    ]

    // MARK: - Line tests

    /// `kindLabels` and `releasePrefixes` as bytes, for the prefix tests on a `FoldedPrefix`.
    static let kindLabelBytes = LabelBytes(kindLabels)
    static let releasePrefixBytes = LabelBytes(releasePrefixes)

    /// The kind label that the folded line `p` starts with, or nil: `kindPrefix(ofFolded:)` on a prefix
    /// window of at least `kindLabelBytes.window` bytes.
    /// The kind label that `line` starts with once folded, or nil (`kindPrefix(ofFolded: fold(line))`).
    static func kindPrefix<S: StringProtocol>(ofLine line: S) -> String? {
        if let p = FoldedPrefix.of(line, limit: kindLabelBytes.window) { return kindPrefix(of: p) }
        return kindPrefix(ofFolded: LineFold.fold(line))
    }

    /// The window that decides both kind labels and release instructions.
    static let headerWindow = max(kindLabelBytes.window, releasePrefixBytes.window)

    static func kindPrefix(of p: FoldedPrefix) -> String? {
        var from = 0
        while let i = kindLabelBytes.firstPrefix(of: p, from: from) {
            let n = kindLabelBytes.bytes[i].count
            if n == p.count { return kindLabels[i] }
            // The window is ASCII: the character after the label is this byte alone.
            let c = p[n]
            if c == 0x20 || c == 0x3A || c == 0x2C || c == 0x2D || c == 0x7C || c == 0x2F { return kindLabels[i] }
            from = i + 1
        }
        return nil
    }

    /// The kind label that `folded` starts with, as a count of folded characters, or nil.
    static func kindPrefix(ofFolded folded: String) -> String? {
        // First-byte prefilter: labels are ASCII, and `hasPrefix` is slow next to a byte compare.
        guard let fb = folded.utf8.first else { return nil }
        for label in kindLabels where label.utf8.first == fb && folded.hasPrefix(label) {
            let rest = folded.dropFirst(label.count)
            if rest.isEmpty { return label }
            if let c = rest.first, c == " " || c == ":" || c == "," || c == "-" || c == "–" || c == "—" || c == "|" || c == "/" {
                return label
            }
        }
        return nil
    }

    /// A short line prepared once for the heading tests: markup stripped, folded, trailing colon removed.
    struct LineKey {
        /// Trimmed, markdown markers removed, as printed.
        let text: String
        /// `text` folded.
        let folded: String
        /// `folded` without a trailing colon.
        let heading: String

        /// nil for lines too long to be a heading.
        init?(_ line: String) {
            guard line.utf8.count <= 360 else { return nil }
            let t = ReleaseLexicon.stripMarkupTrimmed(line)
            // At most 90 bytes means at most 90 scalars: no count needed.
            guard !t.isEmpty, t.utf8.count <= 90 || TextScan.length(t) <= 90 else { return nil }
            text = t
            folded = LineFold.fold(t)
            // No trailing colon or space (the usual case): the folded text as it is.
            if let lb = folded.utf8.last, lb != 0x3A, lb != 0x20 { heading = folded; return }
            // Trailing `:` and spaces cut on bytes when an ASCII byte comes before them (then each is a
            // character of its own, as the character loop below would find them).
            let cut: String? = FastPaths.off ? nil : TextScan.withBytes(folded) { b in
                var k = b.count
                while k > 0 && (b[k - 1] == 0x3A || b[k - 1] == 0x20) { k -= 1 }
                guard k == 0 || b[k - 1] < 0x80 else { return nil }
                return String(decoding: UnsafeBufferPointer(rebasing: b[..<k]), as: UTF8.self)
            }
            if let cut { heading = cut; return }
            var h = Substring(folded)
            while let last = h.last, last == ":" || last == " " { h = h.dropLast() }
            heading = String(h)
        }
    }

    /// True when `line` begins a release instruction.
    static func isReleaseInstruction(_ line: String) -> Bool {
        isReleaseInstruction(line, prefix: FoldedPrefix.of(line, limit: releasePrefixBytes.window))
    }

    /// `isReleaseInstruction` with the line's folded prefix computed already (at least
    /// `releasePrefixBytes.window` bytes, or nil for the Unicode path).
    static func isReleaseInstruction(_ line: String, prefix: FoldedPrefix?) -> Bool {
        guard line.utf8.count <= 480 else { return false }
        // Without markdown markers, the line's folded start is that of its stripped form. The prefix test
        // rejects most lines, so the length (a count over the whole line) is taken only for the others.
        if let p = prefix, !p.startsWithMarkup {
            guard releasePrefixBytes.firstPrefix(of: p) != nil else { return false }
            return line.utf8.count <= 120 || TextScan.length(line) <= 120
        }
        guard line.utf8.count <= 120 || TextScan.length(line) <= 120 else { return false }
        let f = LineFold.fold(stripMarkup(line))
        guard let fb = f.utf8.first else { return false }
        return releasePrefixes.contains { $0.utf8.first == fb && f.hasPrefix($0) }
    }

    /// True when `line` is an end mark (`ENDS`, `-ENDS-`, `###`, `-30-`, `FIN`, `FIM`, `Ende`).
    static func isEndMark(_ line: String) -> Bool {
        guard line.utf8.count <= 200 else { return false }
        var copy = line
        if copy.withUTF8(cannotBeEndMark) { return false }
        guard TextScan.wordCount(line) <= 4 else { return false }
        if let answer = copy.withUTF8(endMarkASCII) { return answer }
        let t = TextScan.trim(line)
        guard !t.isEmpty, t.count <= 16 else { return false }
        if t == "###" || t == "# # #" || t == "***" || t == "* * *" || t == "-o0o-" || t == "oOo" { return true }
        let core = t.trimming(endMarkPunctuation)
        if core == "30" { return t != "30" }
        switch core.lowercased() {
        case "ends", "end", "fin", "fim", "ende", "end of release", "end of press release", "ends.": return true
        default: return false
        }
    }

    private static let endMarkPunctuation = Set<Character>(" -–—*#_")

    private static let endMarkForms: [[UInt8]] = ["###", "# # #", "***", "* * *", "-o0o-", "oOo"].map { Array($0.utf8) }
    private static let endMarkWords: [[UInt8]] = ["ends", "end", "fin", "fim", "ende", "end of release", "end of press release", "ends."].map { Array($0.utf8) }

    /// True when the line certainly is no end mark: past its spaces it holds a character no end mark
    /// has (end marks are ASCII letters, digits, spaces, `.`, `-`, `*`, `#`, `_`, `–` and `—`), or more than
    /// 16 of them. A line whose ends are other characters (which trimming may remove) is not judged here.
    private static func cannotBeEndMark(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var lo = 0, hi = b.count
        while lo < hi && TextScan.isSpaceByte(b[lo]) { lo += 1 }
        while hi > lo && TextScan.isSpaceByte(b[hi - 1]) { hi -= 1 }
        guard lo < hi, b[lo] < 0x80, b[hi - 1] < 0x80 else { return false }
        var characters = 0
        var k = lo
        while k < hi {
            let x = b[k]
            if x < 0x80 {
                let allowed = (x | 0x20) &- 0x61 < 26 || x &- 0x30 < 10 || x == 0x20 || x == 0x2E || x == 0x2D
                    || x == 0x2A || x == 0x23 || x == 0x5F
                if !allowed { return true }
                k += 1
            } else {
                // Only the en and em dashes (E2 80 93, E2 80 94).
                guard x == 0xE2, k + 2 < hi, b[k + 1] == 0x80, b[k + 2] == 0x93 || b[k + 2] == 0x94 else { return true }
                k += 3
            }
            characters += 1
            if characters > 16 { return true }
        }
        return false
    }

    /// `isEndMark` on the bytes of a plain ASCII line (characters are bytes), nil for any other line.
    static func endMarkASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        if FastPaths.off { return nil }
        for x in b where x >= 0x80 || x == 0x0D { return nil }
        var lo = 0, hi = b.count
        while lo < hi && TextScan.isSpaceByte(b[lo]) { lo += 1 }
        while hi > lo && TextScan.isSpaceByte(b[hi - 1]) { hi -= 1 }
        return endMarkASCII(trimmed: UnsafeBufferPointer(rebasing: b[lo..<hi]))
    }

    /// `endMarkASCII` on the trimmed bytes of a plain ASCII line without CR.
    static func endMarkASCII(trimmed t: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !t.isEmpty, t.count <= 16 else { return false }
        let b = t
        let lo = 0, hi = t.count
        if endMarkForms.contains(where: { $0.elementsEqual(t) }) { return true }
        @inline(__always) func isMark(_ x: UInt8) -> Bool { x == 0x20 || x == 0x2D || x == 0x2A || x == 0x23 || x == 0x5F }
        var cl = lo, ch = hi
        while cl < ch && isMark(b[cl]) { cl += 1 }
        while ch > cl && isMark(b[ch - 1]) { ch -= 1 }
        let core = b[cl..<ch]
        if core.elementsEqual([0x33, 0x30]) { return !t.elementsEqual([0x33, 0x30]) }
        // Compared in lower case, without building the lowered core.
        return endMarkWords.contains { w in
            w.count == core.count && zip(w, core).allSatisfy { $0 == ($1 &- 0x41 < 26 ? $1 + 0x20 : $1) }
        }
    }

    /// True when `line` heads a notes section (`Notes to editors`, `About X`, `À propos de X`, `Über X`, …).
    static func isNotesHeading(_ line: String) -> Bool { LineKey(line).map(isNotesHeading) ?? false }

    static func isNotesHeading(_ key: LineKey) -> Bool {
        let f = key.heading
        // No listed heading is longer, and an equal string has the same bytes (they are ASCII).
        if f.utf8.count <= notesHeadingMaxBytes && notesHeadingSet.contains(f) { return true }
        // `About …`: the folded heading starts with the bytes of an about word and a space or apostrophe.
        guard let f0 = f.utf8.first, aboutFirstBytes.contains(f0), aboutPrefixes.contains(where: { p in f.utf8.starts(with: p) }) else { return false }
        let t = key.text
        guard let first = TextScan.firstMeaningful(t), first.isUppercase else { return false }
        for word in aboutWords where f.hasPrefix(word) && (f.hasPrefix(word + " ") || f.hasPrefix(word + "'")) {
            // `About X`: a short heading whose other words are names (capitalised) or small joining words.
            let words = t.split(separator: " ")
            // A full stop ends a sentence, not a heading, unless it ends a legal form (`… (Pvt.) Ltd.`, `Inc.`).
            let endsInLegalForm = t.hasSuffix(".") && words.last.map { organizationWords.contains(LineFold.fold($0)) } == true
            guard words.count >= 2, words.count <= 12, !t.hasSuffix(","), !t.hasSuffix(".") || endsInLegalForm, !TextScan.has(t, ", ") else { return false }
            var capitalised = 0
            for word in words.dropFirst(word.split(separator: " ").count) {
                // A bracketed part of the name (`(Pvt.)`, `(Pty)`) reads as the words inside it.
                let w = word.first == "(" && word.last == ")" ? word.dropFirst().dropLast() : word
                if w.first?.isUppercase == true || w.first?.isNumber == true { capitalised += 1; continue }
                let fw = LineFold.fold(w)
                if nameJoiners.contains(fw) || fw.hasPrefix("d'") || fw.hasPrefix("l'") { continue }
                // Legal forms in lower case or mixed case (`plc`, `eG`).
                if organizationWords.contains(fw) || (w.count <= 4 && w.contains(where: \.isUppercase)) { continue }
                return false
            }
            return capitalised > 0
        }
        return false
    }

    /// The folded heading text of a short line without markdown markers and trailing colon, or nil for prose.
    static func headingText(_ line: String) -> String? { LineKey(line)?.heading }

    /// True when `line` heads the contact block (`Media contact:`, `Contacts presse`, `Pressekontakt`, …).
    static func isContactHeading(_ line: String) -> Bool { LineKey(line).map(isContactHeading) ?? false }

    static func isContactHeading(_ key: LineKey) -> Bool {
        let f = key.heading
        guard TextScan.wordCount(f) <= 7, !f.hasSuffix("."), !holdsAddressMark(f) else { return false }
        if let b = firstMeaningfulASCII(key.text) {
            guard b &- 0x41 < 26 || b == 0x2A || b == 0x23 else { return false }
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

    /// `@`, `www.` or `http` in `f`, found in one pass over its bytes.
    static func holdsAddressMark(_ f: String) -> Bool {
        var copy = f
        return copy.withUTF8(holdsAddressMark(bytes:))
    }

    static func holdsAddressMark(bytes b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        for k in 0..<n {
            switch b[k] {
            case 0x40: return true
            case 0x77: if k + 3 < n, b[k + 1] == 0x77, b[k + 2] == 0x77, b[k + 3] == 0x2E { return true }
            case 0x68: if k + 3 < n, b[k + 1] == 0x74, b[k + 2] == 0x74, b[k + 3] == 0x70 { return true }
            default: break
            }
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

    /// The first character of `t` that is not whitespace, an opening quote or bracket, when `t` starts
    /// with it and it is a plain ASCII character (the next byte is ASCII too); nil otherwise.
    @inline(__always) static func firstMeaningfulASCII(_ t: String) -> UInt8? {
        let u = t.utf8
        guard let b0 = u.first, b0 < 0x80, b0 != 0x20, b0 != 0x09, b0 != 0x22, b0 != 0x27, b0 != 0x28, b0 != 0x5B,
              b0 != 0x0D, b0 != 0x0A else { return nil }
        let rest = u.dropFirst()
        if let b1 = rest.first, b1 >= 0x80 { return nil }
        return b0
    }

    /// `line.firstIndex(of: ":")`: the first `:` byte when its neighbours are ASCII (it is then a character
    /// alone, and no earlier `:` character exists), else the search by characters.
    static func firstColon(_ line: String) -> String.Index? {
        let u = line.utf8
        guard let i = u.firstIndex(of: 0x3A) else { return nil }
        let before = i > u.startIndex ? u[u.index(before: i)] : 0
        let next = u.index(after: i)
        let after = next < u.endIndex ? u[next] : 0
        if before < 0x80 && after < 0x80 { return i }
        return line.firstIndex(of: ":")
    }

    /// A contact heading followed on the same line by the contact (`Media inquiries: media@x.org`).
    static func inlineContactHeading(_ line: String) -> Bool {
        guard line.utf8.count <= 400, TextScan.hasByte(line, 0x3A), let colon = firstColon(line) else { return false }
        // The cheap tests first: a short head, an address or a number after the colon.
        guard line.utf8.distance(from: line.startIndex, to: colon) <= 80 else { return false }
        let rest = line[line.index(after: colon)...]
        guard TextScan.hasByte(rest, 0x40) || TextScan.digitCount(rest) >= 6 else { return false }
        return isContactHeading(String(line[..<colon]))
    }

    /// `Issued on 3rd March, 2025`, `Publié le …`, `Emitido el …`: a closing line that gives the issue date.
    static func isIssuedLine(_ line: String) -> Bool {
        // As `LineKey` prepares the line, then only the folded start is needed.
        guard line.utf8.count <= 360 else { return false }
        // The first byte past ASCII whitespace starts the trimmed, stripped line unless it is a markdown
        // marker: when it is plain ASCII and starts no prefix, nothing needs trimming or folding.
        let first = TextScan.withBytes(line) { $0.first(where: { !TextScan.isSpaceByte($0) }) }
        guard let first else { return false }
        if first < 0x80, first != 0x23, first != 0x2A, first != 0x5F {
            guard issuedFirstByteSet.contains(first | 0x20) else { return false }
            // The folded start of the line is that of the trimmed line (folding skips leading whitespace, and
            // a window that reaches the end saw only ASCII, whose trailing whitespace folding drops): when no
            // prefix starts it, the length and the trimmed copy are not needed.
            if let p = FoldedPrefix.of(line, limit: issuedPrefixBytes.window), issuedPrefixBytes.firstPrefix(of: p) == nil { return false }
        }
        let t = ReleaseLexicon.stripMarkupTrimmed(line)
        // A plain first letter that starts no prefix: no need to measure or fold the line.
        guard let b0 = t.utf8.first, b0 >= 0x80 || issuedFirstByteSet.contains(b0 | 0x20) else { return false }
        guard t.utf8.count <= 90 || TextScan.length(t) <= 90 else { return false }
        if let p = FoldedPrefix.of(t, limit: issuedPrefixBytes.window) { return issuedPrefixBytes.firstPrefix(of: p) != nil }
        return LineKey(line).map(isIssuedLine) ?? false
    }

    static let issuedPrefixes = ["issued on", "issued:", "issued by", "date of issue", "publie le", "diffuse le", "emitido el",
                                         "publicado el", "publicado em", "emitido em", "divulgado em", "herausgegeben am", "veroffentlicht am"]

    static let issuedPrefixBytes = LabelBytes(issuedPrefixes)
    private static let issuedFirstByteSet = ByteSet(issuedPrefixes.map { $0.utf8.first! })

    static func isIssuedLine(_ key: LineKey) -> Bool {
        let f = key.folded
        guard let fb = f.utf8.first else { return false }
        return issuedPrefixes.contains { $0.utf8.first == fb && f.hasPrefix($0) }
    }

    private static let socialLabels = ["web:", "website:", "site:", "site web:", "sitio web:", "internet:", "twitter:", "x:",
                                       "instagram:", "facebook:", "linkedin:", "youtube:", "tiktok:", "bluesky:", "mastodon:",
                                       "follow us", "suivez-nous", "siguenos", "siga-nos", "folgen sie uns"]

    /// A line of web addresses and social handles (`www.x.org | Twitter: @x`), kept for links only.
    static func isWebOrSocialLine(_ line: String) -> Bool {
        guard line.utf8.count <= 640 else { return false }
        var copy = line
        // A line longer than 160 characters once trimmed is prose: the byte path rejects it (most after their
        // first eleven words), and so does the character path.
        if let answer = copy.withUTF8(webOrSocialBytes) { return answer }
        return isWebOrSocialLineByCharacters(line)
    }

    /// `isWebOrSocialLine` on characters, for any line: the definition the byte path is tested against.
    static func isWebOrSocialLineByCharacters(_ line: String) -> Bool {
        guard line.utf8.count <= 640 else { return false }
        let t = TextScan.trim(line)
        guard !t.isEmpty, TextScan.length(t) <= 160 else { return false }
        if TextScan.wordCount(t) > 10 && !TextScan.has(t, "|") { return false }
        if !TextScan.hasByte(t, 0x7C) && !TextScan.has(t, "·") && !mayBeWebOrSocialPart(t) { return false }
        var sawAddress = false
        for part in t.split(separator: "|").flatMap({ $0.split(separator: "·") }) {
            let p = TextScan.trim(part)
            if p.isEmpty { continue }
            let words = p.split(separator: " ")
            if words.count > 8 { return false }
            let pf = LineFold.fold(p)
            if let fb = pf.utf8.first, socialLabels.contains(where: { $0.utf8.first == fb && pf.hasPrefix($0) }) {
                sawAddress = true
                continue
            }
            if words.count == 1, let w = words.first {
                if w.hasPrefix("@") || TextScan.isAddressToken(w) || looksLikeBareDomain(w) { sawAddress = true; continue }
            }
            return false
        }
        return sawAddress
    }

    private static let socialLabelBytes = LabelBytes(socialLabels)

    /// For a line that is one part (no `|`, no `·`): false when it neither starts with a social label nor
    /// can be a single address word (`@handle`, a scheme, `www.`, an e-mail, a host name), which the
    /// part-by-part test would reject after cutting the line into characters.
    private static func mayBeWebOrSocialPart(_ t: String) -> Bool {
        if let p = FoldedPrefix.of(t, limit: socialLabelBytes.window) {
            if socialLabelBytes.firstPrefix(of: p) != nil { return true }
        } else {
            let pf = LineFold.fold(t)
            if let fb = pf.utf8.first, socialLabels.contains(where: { $0.utf8.first == fb && pf.hasPrefix($0) }) { return true }
        }
        guard let b0 = t.utf8.first else { return true }
        if b0 == 0x40 { return true }
        var copy = t
        return copy.withUTF8 { b in
            // `http`, `www.` or `mailto:` in any case (no other character lower-cases to these letters).
            func starts(_ word: StaticString) -> Bool {
                guard b.count >= word.utf8CodeUnitCount else { return false }
                for k in 0..<word.utf8CodeUnitCount {
                    let x = b[k]
                    if (x &- 0x41 < 26 ? x | 0x20 : x) != word.utf8Start[k] { return false }
                }
                return true
            }
            if starts("http") || starts("www.") || starts("mailto:") { return true }
            var at = false, dot = false, space = false, spaceJoined = false
            for k in 0..<b.count {
                let x = b[k]
                if x == 0x40 { at = true } else if x == 0x2E { dot = true } else if x == 0x20 {
                    space = true
                    if !spaceStandsAlone(b, k) { spaceJoined = true }
                }
            }
            // An e-mail; or a host name, which is one word (unless a space is part of another character).
            return (at && dot) || (dot && (!space || spaceJoined))
        }
    }

    /// True when the space at `k` is a character of its own: its neighbours are ASCII, Latin letters
    /// (U+0080–U+024F) or general punctuation (U+2000–U+203F other than the zero-width joiners), none of
    /// which joins a space into a larger character.
    static func spaceStandsAlone(_ b: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        @inline(__always) func plain(_ lead: Int) -> Bool {
            let x = b[lead]
            if x < 0x80 || (x >= 0xC2 && x <= 0xC9) { return true }
            guard x == 0xE2, lead + 2 < b.count, b[lead + 1] == 0x80 else { return false }
            return b[lead + 2] != 0x8C && b[lead + 2] != 0x8D
        }
        if k + 1 < b.count, !plain(k + 1) { return false }
        if k > 0 {
            var j = k - 1
            while j > 0 && b[j] & 0xC0 == 0x80 { j -= 1 }
            if !plain(j) { return false }
        }
        return true
    }

    /// `isWebOrSocialLine` on the bytes of a line, nil when bytes cannot decide as characters would: a CR, a
    /// `|`, `·` or space joined with a neighbour into a larger character, a U+0387 (which equals `·` as a
    /// character), or Unicode whitespace at the ends of the line or of a part (which trimming removes).
    /// Otherwise cutting on the bytes of `|`, `·` and spaces cuts as the characters would, and each part is
    /// tested as the String path tests it.
    private static func webOrSocialBytes(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        if FastPaths.off { return nil }
        guard !TextScan.hasByte(b, 0x0D) else { return nil }
        let bar = TextScan.hasByte(b, 0x7C)
        var lo = 0, hi = b.count
        while lo < hi && TextScan.isSpaceByte(b[lo]) { lo += 1 }
        while hi > lo && TextScan.isSpaceByte(b[hi - 1]) { hi -= 1 }
        guard lo < hi else { return false }
        if endsInUnicodeSpace(b, lo, hi) { return nil }
        // More than ten words (trimming leaves them as they are) and no `|`: prose. Most lines end here,
        // after their first eleven words.
        // (Words counted eight bytes a step.)
        if !bar && SpecialLineASCII.scan(UnsafeBufferPointer(rebasing: b[lo..<hi]), atMost: 10) == nil { return false }
        var nonASCII = false
        for k in lo..<hi where b[k] >= 0x80 { nonASCII = true; break }
        if nonASCII {
            var scalars = 0
            for k in lo..<hi where b[k] & 0xC0 != 0x80 { scalars += 1 }
            guard scalars <= 160 else { return false }
        } else {
            guard hi - lo <= 160 else { return false }
        }
        var sawAddress = false
        var start = lo
        while start < hi {
            // The part runs to the next `|` or `·` (C2 B7).
            var end = start, separator = 0
            while end < hi {
                let x = b[end]
                if x == 0x7C { separator = 1; break }
                if x >= 0x80 {
                    if x == 0xC2, end + 1 < hi, b[end + 1] == 0xB7 { separator = 2; break }
                    if x == 0xCE, end + 1 < hi, b[end + 1] == 0x87 { return nil }
                }
                end += 1
            }
            if separator > 0 && nonASCII && !standsAlone(b, end, end + separator) { return nil }
            var ps = start, pe = end
            start = end + separator
            while ps < pe && TextScan.isSpaceByte(b[ps]) { ps += 1 }
            while pe > ps && TextScan.isSpaceByte(b[pe - 1]) { pe -= 1 }
            if ps == pe { continue }
            if nonASCII && endsInUnicodeSpace(b, ps, pe) { return nil }
            var partWords = 0, inPartWord = false
            for k in ps..<pe {
                if b[k] == 0x20 {
                    if nonASCII && !spaceStandsAlone(b, k) { return nil }
                    inPartWord = false
                } else if !inPartWord {
                    inPartWord = true
                    partWords += 1
                }
            }
            if partWords > 8 { return false }
            let part = UnsafeBufferPointer(rebasing: b[ps..<pe])
            if let p = FoldedPrefix.of(bytes: part, limit: socialLabelBytes.window) {
                if socialLabelBytes.firstPrefix(of: p) != nil { sawAddress = true; continue }
            } else {
                let pf = LineFold.fold(bytes: part)
                if let fb = pf.utf8.first, socialLabels.contains(where: { $0.utf8.first == fb && pf.hasPrefix($0) }) {
                    sawAddress = true
                    continue
                }
            }
            if partWords == 1 {
                let w = String(decoding: part, as: UTF8.self)
                if w.hasPrefix("@") || TextScan.isAddressToken(w) || looksLikeBareDomain(w) { sawAddress = true; continue }
            }
            return false
        }
        return sawAddress
    }

    /// True when the first or last scalar of `b[lo..<hi]` (its ends past ASCII whitespace) is non-ASCII whitespace.
    private static func endsInUnicodeSpace(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        @inline(__always) func isSpace(_ lead: Int) -> Bool {
            Unicode.Scalar(TextScan.scalar(in: b, at: lead).value)?.properties.isWhitespace == true
        }
        if b[lo] >= 0x80 && isSpace(lo) { return true }
        if b[hi - 1] >= 0x80 {
            var j = hi - 1
            while j > lo && b[j] & 0xC0 == 0x80 { j -= 1 }
            if isSpace(j) { return true }
        }
        return false
    }

    /// True when the character `b[start..<end]` (a `|` or `·`) is a character of its own: the scalar after
    /// it and the one before it are among those `spaceStandsAlone` accepts.
    private static func standsAlone(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        @inline(__always) func plain(_ lead: Int) -> Bool {
            let x = b[lead]
            if x < 0x80 || (x >= 0xC2 && x <= 0xC9) { return true }
            guard x == 0xE2, lead + 2 < b.count, b[lead + 1] == 0x80 else { return false }
            return b[lead + 2] != 0x8C && b[lead + 2] != 0x8D
        }
        if end < b.count, !plain(end) { return false }
        if start > 0 {
            var j = start - 1
            while j > 0 && b[j] & 0xC0 == 0x80 { j -= 1 }
            if !plain(j) { return false }
        }
        return true
    }

    /// `srna-netball.com.au`, `example.org`: a host name printed without a scheme.
    static func looksLikeBareDomain<S: StringProtocol>(_ s: S) -> Bool {
        // A host name holds a dot.
        guard TextScan.hasByte(s, 0x2E) else { return false }
        // A space before the first `/` falls in a label, which then fails the letters test below.
        let spaceInHost: Bool = TextScan.withBytes(s) { b in
            for c in b {
                if c == 0x2F { return false }
                if c == 0x20 { return true }
            }
            return false
        }
        if spaceInHost { return false }
        var t = Substring(String(s))
        if t.hasSuffix(".") { t = t.dropLast() }
        guard TextScan.has(t, "."), !TextScan.has(t, "@"), t.count >= 4 else { return false }
        let labels = t.split(separator: "/").first?.split(separator: ".") ?? []
        guard labels.count >= 2, let tld = labels.last, tld.count >= 2, tld.count <= 6,
              tld.allSatisfy({ $0.isLetter && $0.isASCII }) else { return false }
        return labels.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }
            && labels.contains { $0.contains { $0.isLetter } }
    }

    private static let listBullets = Set<Character>("•◦▪●·‣∙–—-*+")

    /// A numbered or bulleted list item: the marker's length (including the space after it), or nil.
    static func listMarkerLength(_ line: String) -> Int? {
        // Markers start with an ASCII mark or digit, or a bullet or dash (lead bytes 0xC2, 0xE2).
        // Read on bytes first (`utf8.first(where:)` goes index by index): most lines start with no mark,
        // and an ASCII mark or digit run followed by an ASCII byte that the tests below refuse is no marker
        // either (ASCII bytes after it cannot join it into one character).
        let mayBeMarker = TextScan.withBytes(line) { bytes -> Bool in
            let n = bytes.count
            var i = 0
            while i < n && bytes[i] == 0x20 { i += 1 }
            guard i < n else { return false }
            let b = bytes[i]
            if b == 0x2A || b == 0x2B || b == 0x2D {
                // A bullet needs a space or tab next.
                return i + 1 >= n || bytes[i + 1] >= 0x80 || bytes[i + 1] == 0x20 || bytes[i + 1] == 0x09
            }
            if b &- 0x30 < 10 {
                var k = i + 1
                while k < n && bytes[k] &- 0x30 < 10 { k += 1 }
                // One or two digits, then `.` or `)`, then a space.
                guard k < n, bytes[k] < 0x80 else { return true }
                guard k - i <= 2, bytes[k] == 0x2E || bytes[k] == 0x29 else { return false }
                return k + 1 >= n || bytes[k + 1] >= 0x80 || bytes[k + 1] == 0x20
            }
            return b == 0xC2 || b == 0xE2
        }
        guard mayBeMarker else { return nil }
        let t = line.drop(while: { $0 == " " })
        guard let c = t.first else { return nil }
        if listBullets.contains(c) {
            let rest = t.dropFirst()
            guard let n = rest.first, n == " " || n == "\t" else { return nil }
            // `- 30 -` and `— ` dashes inside prose are not list items.
            guard rest.dropFirst().first.map({ !$0.isWhitespace }) == true else { return nil }
            if c == "-" || c == "–" || c == "—", isEndMark(line) { return nil }
            return line.count - rest.dropFirst().count
        }
        if c.isNumber {
            let digits = t.prefix(while: { $0.isNumber })
            guard digits.count <= 2 else { return nil }
            let afterDigits = t.dropFirst(digits.count)
            guard let p = afterDigits.first, p == "." || p == ")" else { return nil }
            let rest = afterDigits.dropFirst()
            guard let s = rest.first, s == " " else { return nil }
            guard let next = rest.dropFirst().first, next.isUppercase || TextScan.openingQuotes.contains(next) else { return nil }
            // A German date (`5. September 2023`) is not a numbered item.
            if p == ".", CalendarWords.isCalendarWord(TextScan.firstWord(rest.dropFirst())), CalendarWords.containsYear(rest) { return nil }
            return line.count - rest.dropFirst().count
        }
        return nil
    }

    /// `TextScan.trim(stripMarkup(line))`: a line without markup is trimmed once (trimming is idempotent).
    static func stripMarkupTrimmed(_ line: String) -> String {
        let t = TextScan.trim(line)
        guard let b = t.utf8.first, b == 0x23 || b == 0x2A || b == 0x5F else { return t }
        return TextScan.trim(stripMarkup(line))
    }

    /// `line` without markdown emphasis and heading markers.
    static func stripMarkup(_ line: String) -> String {
        var t = TextScan.trim(line)
        guard let b = t.utf8.first, b == 0x23 || b == 0x2A || b == 0x5F else { return t }
        while t.hasPrefix("#") { t.removeFirst() }
        t = TextScan.trim(t)
        for m in ["**", "__", "*", "_"] where t.utf8.count > 2 * m.utf8.count && t.hasPrefix(m) && t.hasSuffix(m) {
            t = String(t.dropFirst(m.count).dropLast(m.count))
            break
        }
        return t
    }
}

extension StringProtocol {
    /// `self` without leading and trailing characters in `set`.
    func trimming(_ set: Set<Character>) -> String {
        guard let start = firstIndex(where: { !set.contains($0) }), let end = lastIndex(where: { !set.contains($0) }) else { return "" }
        return String(self[start...end])
    }
}
