/// What a line above the headline is: a kind label, a release instruction, a date, a place and date,
/// or something else (a letterhead: organisation, address, web address).
enum HeaderRole {
    /// `kind` as printed; `rest` is what follows it on the line (`Press Release Kimberley Process …`).
    case kind(String, rest: String?)
    case release(String)
    case date(DateMatch?)
    case placeDate(String?, DateMatch?)
    /// Metadata about the document without a date (`Ref: PR/24/117`, `P.O. Box 555, Kericho`): never the
    /// headline, and no evidence of the organisation either.
    case metadata
    case other

    var isMeta: Bool { if case .other = self { return false } else { return true } }

    /// A kind label or a release instruction: the labels printed above the headline.
    var isLabel: Bool {
        switch self {
        case .kind, .release: return true
        default: return false
        }
    }

    private static let restEdges = Set<Character>(" -–—|:,/")

    /// The first bytes of the kind labels and release prefixes (lower-case letters).
    private static let labelFirstBytes = ByteSet((ReleaseLexicon.kindLabels + ReleaseLexicon.releasePrefixes).map { $0.utf8.first! })

    static func classify(_ raw: String, hints: DateHints) -> HeaderRole {
        let text = ReleaseLexicon.stripMarkup(raw)
        // At most 140 bytes means at most 140 characters: no count needed.
        guard !text.isEmpty, text.utf8.count <= 140 || TextScan.length(text) <= 140 else {
            // (A letterhead's long line of contact details is metadata all the same.)
            return HeadMetadata.holdsContactDetails(text) ? .metadata : .other
        }
        // The text is trimmed: a plain first byte (not markup) that starts no label, lowered, starts no folded
        // label either, and the line is neither a release instruction nor a kind line.
        let first = text.utf8.first!
        // `premsa | prensa | press`: the kind in each of the issuer's languages, the line as printed.
        if ReleaseLexicon.isMultilingualKindLine(text) { return .kind(TextScan.collapse(text), rest: nil) }
        let mayHaveLabel = first >= 0x80 || first == 0x23 || first == 0x2A || first == 0x5F || labelFirstBytes.contains(first | 0x20)
        // One folded prefix decides both the release instruction and the kind label.
        let prefix = mayHaveLabel ? FoldedPrefix.of(text, limit: ReleaseLexicon.headerWindow) : nil
        // `For Immediate Release: <headline>`: the instruction is the release; the headline is read from the line.
        // (The prefix is passed on: the tests below that fold the line's start cut theirs from it.)
        let given: (prefix: FoldedPrefix?, window: Int)? = mayHaveLabel ? (prefix, ReleaseLexicon.headerWindow) : nil
        if mayHaveLabel, let split = HeadMetadata.releaseAndHeadline(text, hints: hints, prefix: given) { return .release(split.release) }
        if mayHaveLabel && ReleaseLexicon.isReleaseInstruction(text, prefix: prefix) {
            // A header table's second cell joined on (`For immediate release Ref: PR/24/117`) is not part of it.
            return .release(HeadMetadata.firstCell(text) ?? text)
        }
        // A kind line has 16 words at most, a date line 9 and a digit. The words are counted only where the
        // answer depends on them (counting stops past the limit): most lines have no kind label and no digit.
        let kindLabel: String?
        if !mayHaveLabel {
            kindLabel = nil
        } else if let p = prefix {
            kindLabel = ReleaseLexicon.kindPrefix(of: p)
        } else {
            guard TextScan.wordCount(text, atMost: 16) <= 16 else { return .other }
            kindLabel = ReleaseLexicon.kindPrefix(ofFolded: Fold.line(text))
        }
        if let label = kindLabel {
            guard TextScan.wordCount(text, atMost: 16) <= 16 else { return .other }
            // Labels are ASCII words with single spaces.
            let n = TextScan.withBytes(label) { b in b.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 } }
            var kind: String
            var rest: String
            if let cut = KindLineASCII.cut(text, kindWords: n) {
                (kind, rest) = cut
            } else {
                let words = text.split(separator: " ", omittingEmptySubsequences: true)
                kind = words.prefix(n).joined(separator: " ")
                rest = TextScan.trim(words.dropFirst(n).joined(separator: " "))
                rest = rest.trimming(restEdges)
            }
            // The label's colon is punctuation, not part of the kind (`Press Release: Harbour Trust`).
            if kind.utf8.last == 0x3A { kind = TextScan.trim(kind.dropLast()) }
            if rest.isEmpty { return .kind(kind, rest: nil) }
            // `Comunicado a la opinión pública`: a label with its addressee is the kind as a whole.
            if HeadMetadata.isAddressee(rest) { return .kind(TextScan.collapse(text), rest: nil) }
            // `Gemeinsame Pressemitteilung von zehn Organisationen …`, `Press release from the …`: who issues it
            // follows a press label; the kind is the label. (`Statement from the President …` is a headline.)
            if issuerOpeners.contains(Fold.line(TextScan.firstWord(rest))), pressWords.contains(where: { label.contains($0) }),
               !label.contains("statement") {
                return .kind(kind, rest: nil)
            }
            // A header table's cell beside the label: its date (`PRESS RELEASE Date: 21/11/2024`) without the
            // label, its reference (`Ref: …`) not at all.
            let unlabelled = labelStripped(rest)
            if unlabelled != rest, Dateline.placeAndDate(unlabelled, hints: hints, requirePlace: false) != nil {
                return .kind(kind, rest: unlabelled)
            }
            if HeadMetadata.label(rest) != nil { return .kind(kind, rest: nil) }
            // A kind followed by a date (`News Release – 2 July 2024`) or an organisation
            // (`Press Release Kimberley Process Civil Society Coalition`); not a headline (`Statement from …`).
            if Dateline.placeAndDate(rest, hints: hints, requirePlace: false) != nil { return .kind(kind, rest: rest) }
            // `Press release: <headline>`: the label is the kind; the headline is read from the line.
            if HeadMetadata.kindAndHeadline(text, hints: hints) != nil { return .kind(kind, rest: nil) }
            if let named = KindLineASCII.isName(rest) { return named ? .kind(kind, rest: rest) : .other }
            if let first = rest.first, first.isUppercase, !TextScan.endsSentence(rest), rest.split(separator: " ").count <= 10 {
                let words = rest.split(separator: " ")
                let lower = words.filter { $0.first?.isLowercase == true }
                // Lower case only for joining words and legal forms (`Goldline plc`).
                if lower.allSatisfy({ ReleaseLexicon.nameJoiners.contains(Fold.line($0)) || ReleaseLexicon.organizationWords.contains(Fold.line($0)) }) {
                    return .kind(kind, rest: rest)
                }
            }
            return .other
        }
        // A reference, an author's or revision stamp, an address: metadata, with its date when it has one.
        if let meta = HeadMetadata.classify(text, hints: hints, prefix: given) { return meta }
        // A letterhead that ends with the kind (`Harbour Trust Media Release`): the kind, the name its rest.
        if let (name, kind) = HeadMetadata.nameThenKind(text) { return .kind(kind, rest: name) }
        // A date line, or a place and a date: a few words.
        // Every date and year holds an ASCII digit.
        guard ByteTest.hasDigit(text) else { return .other }
        // A date run on into the contact block (`December 26, 2018 Contact: …`): the date's line.
        if let (dated, _) = HeadMetadata.dateAndContact(text, hints: hints),
           let (place, date) = Dateline.placeAndDate(dated, hints: hints, requirePlace: false) {
            return place == nil ? .date(date) : .placeDate(place, date)
        }
        guard TextScan.wordCount(text, atMost: 9) <= 9 else { return .other }
        if let (place, date) = Dateline.placeAndDate(labelStripped(text), hints: hints, requirePlace: false) {
            return place == nil ? .date(date) : .placeDate(place, date)
        }
        // The same with a time of day after the date (`14.01.2025 – 09:15`, an ots wire's stamp).
        if let dated = HeadMetadata.withoutTrailingTime(labelStripped(text)),
           let (place, date) = Dateline.placeAndDate(dated, hints: hints, requirePlace: false) {
            return place == nil ? .date(date) : .placeDate(place, date)
        }
        // A date beside the document's number (`20/09/2000 Departmental 263/00`).
        if let date = HeadMetadata.dateWithReference(text, hints: hints) { return .date(date) }
        // A blog's date and author under the headline (`June 2, 2022 Jane Roe`).
        if let date = HeadMetadata.dateAndAuthor(text, hints: hints) { return .date(date) }
        return .other
    }

    /// Words that open the issuers' names after a kind label (folded).
    static let issuerOpeners: Set<String> = ["von", "from", "de", "des", "du", "della", "dos", "van"]
    /// What a label for the press holds (folded): `press release`, `Pressemitteilung`, `nota de prensa` ….
    static let pressWords = ["press", "media", "medien", "news", "prensa", "imprensa", "stampa", "pers"]

    static let dateLabels: Set<String> = ["date", "datum", "fecha", "data", "dated", "issued", "publie le", "date de publication", "fecha de publicacion"]

    /// `Date: 14.11.2023` → `14.11.2023`.
    static func labelStripped(_ text: String) -> String {
        guard TextScan.hasByte(text, 0x3A), let colon = text.firstIndex(of: ":") else { return text }
        let label = Fold.line(text[..<colon])
        if dateLabels.contains(label) {
            return TextScan.trim(text[text.index(after: colon)...])
        }
        return text
    }
}
