/// What a short line says about the date it prints: a release prints its issue date in a few recognisable
/// ways (a line of its own, `Place, date`, a `Date:` label, `Updated …`, a byline `Prepared by X, date`, a
/// date that opens a line of metadata), while embargo and event dates come with words that say so
/// (`Embargoed until …`, `When: …`). A reading is one line's evidence; where the line stands decides how
/// much it weighs (`DateEvidence`).
struct DateReading {
    enum Cue: String {
        /// The line is a date and nothing else (a weekday or a time of day may go with it).
        case alone
        /// `Place, date`: a dateline printed as a line of its own, or a sign-off.
        case placeDate
        /// `Date: …`, `Datum: …`, `Fecha: …`, `Data: …`, also in a cell of a header table.
        case labelled
        /// `Updated …`, `Published on …`, `Publié le …`: the date the issuer put the release out.
        case published
        /// `Prepared by Jane Roe, May 23, 2021`: a byline that ends with the date.
        case byline
        /// A date that opens a line of metadata (`December 26, 2018 Contact: …`).
        case leading
    }

    var match: DateMatch
    var place: String?
    var cue: Cue

    /// The words that make the date in their line an embargo or an event date, not the issue date.
    static let vetoWords: Set<String> = [
        "embargo", "embargoed", "embargoes", "sperrfrist", "until", "till", "hold", "jusqu", "jusqua", "hasta", "bis",
        "ate", "when", "wann", "quand", "cuando", "quando", "event", "events", "deadline", "closing", "expires", "expiry",
        "before", "after", "from", "since", "depuis", "desde", "seit", "ab", "avant", "apres", "venue", "where",
    ]

    /// Labels of a date field (folded, without the colon).
    static let fieldLabels: Set<String> = [
        "date", "dated", "datum", "fecha", "data", "issued", "issue date", "date of issue", "release date",
        "publication date", "date de publication", "fecha de publicacion", "data de publicacao", "data de divulgacao",
        "erscheinungsdatum", "veroffentlicht", "stand", "published", "date de diffusion",
    ]

    /// The words before a date that say it is the date of publication (folded).
    static let publishedPhrases: Set<String> = [
        "updated", "updated on", "last updated", "last updated on", "published", "published on", "posted", "posted on",
        "released", "released on", "issued", "issued on", "publie le", "mis a jour le", "diffuse le", "actualizado",
        "actualizado el", "publicado", "publicado el", "publicado em", "emitido el", "emitido em", "divulgado em",
        "veroffentlicht am", "aktualisiert", "aktualisiert am", "herausgegeben am",
    ]

    /// The first words of a byline (folded).
    static let bylineOpeners: [String] = [
        "prepared by ", "written by ", "compiled by ", "submitted by ", "issued by ", "by ", "von ", "par ", "por ",
        "redige par ", "elaborado por ", "preparado por ",
    ]

    /// The reading of `line`, or nil when it prints no date, a date in prose, or an embargo or event date.
    /// `line` is short (callers pass header, title and metadata lines; a long line is prose).
    static func read(_ line: String, hints: DateHints) -> DateReading? {
        guard DateParser.hasYearDigits(Substring(line)) else { return nil }
        let text = ReleaseLexicon.stripMarkup(line)
        guard text.utf8.count <= 200 || TextScan.length(text) <= 200 else { return nil }
        guard let match = DateParser.firstDate(in: text, hints: hints) else { return nil }
        let before = TextScan.trim(text[..<match.range.lowerBound])
        let after = text[match.range.upperBound...]
        let beforeWords = before.split(whereSeparator: { $0 == " " || $0 == "\t" })
            .map { Fold.line($0).trimming(Self.wordEdges) }.filter { !$0.isEmpty }
        if beforeWords.suffix(6).contains(where: { vetoWords.contains($0) }) { return nil }
        let afterIsEmpty = after.allSatisfy { !$0.isLetter && !$0.isNumber } || CalendarWords.isTimeOfDay(after)

        // A field label right before the date (`Date: 21/11/2024`, `PRESS RELEASE    Date: 21/11/2024`).
        if before.hasSuffix(":") {
            let label = before.dropLast()
            let lastCell = label.components(separatedBy: "  ").last.map { Fold.line($0) } ?? ""
            let words = lastCell.split(separator: " ")
            for n in 1...3 where words.count >= n {
                if fieldLabels.contains(words.suffix(n).joined(separator: " ")) { return DateReading(match: match, place: nil, cue: .labelled) }
            }
        }
        if afterIsEmpty {
            if let (place, _) = Dateline.placeAndDate(text, hints: hints, requirePlace: false) {
                if let place { return DateReading(match: match, place: place, cue: .placeDate) }
                // `Updated January 8, 2021 at 11 AM ET` reads as a date alone once the label is dropped; a date
                // after another word (`on 14 May 2024.`, the end of a wrapped sentence) says nothing.
                if beforeWords.isEmpty { return DateReading(match: match, place: nil, cue: .alone) }
            }
            let folded = Fold.line(before).trimming(Self.wordEdges)
            if publishedPhrases.contains(folded) { return DateReading(match: match, place: nil, cue: .published) }
            if before.hasSuffix(","), bylineOpeners.contains(where: { folded.hasPrefix($0) }), beforeWords.count <= 8 {
                return DateReading(match: match, place: nil, cue: .byline)
            }
            return nil
        }
        // A date that opens a line of metadata: only a label or a name follows (a short rest, or a colon).
        if beforeWords.isEmpty || beforeWords.allSatisfy({ CalendarWords.weekdays.contains($0) }) {
            let rest = TextScan.trim(after)
            let restWords = rest.split(separator: " ")
            if let first = rest.first, !first.isLowercase, restWords.count <= 8, TextScan.has(rest, ":") || restWords.count <= 4,
               !TextScan.endsSentence(rest) {
                return DateReading(match: match, place: nil, cue: .leading)
            }
        }
        return nil
    }

    private static let wordEdges = Set<Character>(".,:;()[]|–—-")

    /// A label alone over the date under it or beside it in an event box (`Eröffnung:` / `6 Mai 2021, 16 - 21 Uhr`,
    /// `Opening:`, `Vernissage:`, `Symposium:`): one to three words ending in a colon that are no date label
    /// (`Date:`, `Issued:`), no published phrase and no kind or release label. The date is the event's.
    /// Parts of labels that name an event, its opening, run or times, in the issuers' languages.
    static let eventLabelWords = [
        "opening", "eroffnung", "vernissage", "finissage", "ausstellung", "exhibition", "event", "when", "dates", "time",
        "performance", "screening", "premiere", "concert", "festival", "symposium", "conference", "workshop", "launch",
        "ceremony", "inauguration", "inauguracion", "inaugurazione", "evenement", "evento", "veranstaltung", "termin",
        "wann", "quand", "cuando", "quando", "horaire", "hours", "open", "runs", "laufzeit", "duration", "dauer",
    ]

    static func isEventLabel(_ line: String) -> Bool {
        let t = TextScan.trim(ReleaseLexicon.stripMarkup(line))
        guard t.utf8.last == 0x3A, t.utf8.count <= 40, !ByteTest.hasDigit(t) else { return false }
        let label = TextScan.trim(t.dropLast())
        let words = label.split(separator: " ")
        guard (1...3).contains(words.count), words.first?.first?.isUppercase == true else { return false }
        let folded = Fold.line(label)
        if fieldLabels.contains(folded) || publishedPhrases.contains(folded) || HeaderRole.dateLabels.contains(folded) { return false }
        // An event's label names an event or its times (`Eröffnung:`, `Opening:`, `When:`, `Dates:`): a label of
        // no such word is not read as one, so an unknown label (`Date published:`, `Sent:`) never hides the issue date under it.
        guard Self.eventLabelWords.contains(where: { folded.contains($0) }) else { return false }
        // (A contact's or a document's field, `PHONE:`, `Contact:`, `Ref:`, is a letterhead's cell, not an event's.)
        if ContactVocabulary.fieldLabel(label) != nil || ContactVocabulary.isHeading(label) || HeadMetadata.label(label) != nil { return false }
        return ReleaseLexicon.kindPrefix(ofLine: label) == nil && !ReleaseLexicon.isReleaseInstruction(label)
    }
}
