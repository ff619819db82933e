/// The words of the press-release genre in English, French, Spanish, Portuguese and German (and the commonest in
/// Italian and Dutch): kind labels,
/// release instructions, end marks, section headings. Entries are written folded (lower case, no accents),
/// and lines are compared through `Fold.line`.
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
        "medieninformation", "presseeinladung", "presseaussendung", "presseerklarung", "gemeinsame erklarung", "erklarung",
        "stellungnahme", "nota de premsa", "comunicat de premsa",
        "comunicato stampa congiunto", "comunicato stampa", "comunicato congiunto", "nota stampa", "comunicato",
        "gezamenlijk persbericht", "persbericht", "persmededeling", "perscommunique",
        // The label in the other languages of Europe that print it as Latin letters: Czech, Slovak, Polish,
        // Swedish, Danish, Norwegian, Finnish, Hungarian, Romanian, Croatian, Slovenian, Turkish.
        "tiskova zprava", "tlacova sprava", "komunikat prasowy", "informacja prasowa", "pressmeddelande",
        "pressemeddelelse", "pressemelding", "lehdistotiedote", "tiedote", "sajtokozlemeny", "comunicat de presa",
        "priopcenje za medije", "sporocilo za javnost", "basin bulteni", "basın bulteni", "basin aciklamasi",
        "basın aciklamasi",
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
        "per la diffusione immediata", "per diffusione immediata", "diffusione immediata", "embargo fino",
        "da non pubblicare prima", "voor onmiddellijke publicatie", "voor onmiddellijke vrijgave", "embargo tot",
        "niet publiceren voor",
    ]

    /// Headings of the notes section (compared with the folded line, trailing colon removed).
    static let notesHeadings: [String] = [
        "notes to editors", "note to editors", "notes for editors", "note for editors", "notes to editor",
        "note to editor", "editors notes", "editor's notes", "editors' notes", "editor's note", "editors note",
        "notes to the editor", "notes to the editors", "note to the editors", "editor notes", "editor note",
        "notes for the editor", "note for the editor", "background", "background information",
        "notes", "about us",
        "notes aux redactions", "note aux redactions", "note a la redaction", "notes a la redaction",
        "notes aux redacteurs", "note aux redacteurs", "a savoir", "contexte", "qui sommes-nous", "qui sommes nous",
        "notas para editores", "notas para los editores", "notas al editor", "nota para editores", "nota al editor",
        "notas a los editores", "informacion para editores", "contexto", "quienes somos", "antecedentes",
        "notas aos editores", "nota aos editores", "notas para os editores", "nota para os editores",
        "notas ao editor", "nota ao editor", "quem somos", "sobre nos",
        "hinweis fur redaktionen", "hinweise fur redaktionen", "hinweis fur die redaktion", "hinweise fur die redaktion",
        "hinweis an die redaktion", "hinweise an die redaktion", "hintergrund", "hintergrundinformationen",
        "uber uns", "anmerkungen an den redakteur", "anmerkungen an die redaktion", "anmerkung an die redaktion",
        "anmerkungen fur die redaktion", "anmerkungen fur redakteure", "hinweise fur redakteure",
        "note per i redattori", "nota per i redattori", "note per la redazione", "nota per la redazione", "chi siamo",
        "noot voor de redactie", "noot voor redacties", "noten voor de redactie", "over ons",
        // The about word alone, its name left to the paragraph under it (`À propos de :`). (English `about`
        // alone is left out: a line of hard-wrapped text or a site's menu prints it as often.)
        "a propos", "a propos de", "acerca de",
    ]

    /// First words of an `About <organisation>` heading, per language.
    static let notesHeadingSet = Set(notesHeadings)

    /// (Italian `A proposito di X` as well as French `À propos de X`, which releases also print without the accent.)
    static let aboutWords: [String] = ["about", "a propos", "sobre", "acerca de", "uber", "zu", "a proposito di"]

    /// Small words inside organisation names (`Ministry of Fisheries and …`, `Réseau … des …`).
    static let nameJoiners: Set<String> = [
        "of", "the", "and", "for", "de", "du", "des", "la", "le", "les", "et", "pour", "del", "y", "el", "los", "las",
        "do", "da", "dos", "das", "e", "o", "a", "em", "der", "die", "das", "den", "dem", "des", "und", "fur", "von",
        "zu", "zur", "zum", "&", "on", "in", "en", "au", "aux", "di",
    ]

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
        // Italian and Dutch, the commonest.
        "fondazione", "associazione", "universita", "ministero", "istituto", "federazione", "consiglio", "agenzia",
        "gruppo", "societa", "comune", "regione", "museo", "ospedale", "accademia", "sindacato",
        "stichting", "vereniging", "universiteit", "ministerie", "gemeente", "instituut", "federatie",
        "e.v.", "eg", "mbh", "kgaa", "sarl", "srl", "spa", "sas", "sprl", "scrl", "ev", "ggmbh", "kg", "se", "nv", "bv", "pty", "s.l.", "ltda", "s.a.s.",
    ]

    /// Words of a department's name in a letterhead (`Office of University Communications`, `Comunicación`).
    static let departmentWords: Set<String> = [
        "communications", "communication", "comunicacion", "comunicacao", "comunicacoes", "kommunikation",
        "newsroom", "press", "presse", "prensa", "imprensa", "relations", "pressestelle", "medienstelle",
    ]
}
