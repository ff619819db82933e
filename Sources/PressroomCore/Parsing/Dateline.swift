import Foundation

/// Datelines: `NAIROBI, Kenya, 14 May 2023 – The Jirani …`, `Santander, 23 de septiembre de 2024.– La …`,
/// wire forms (`… 14 May 2023 /PRNewswire/ -- …`), a place alone (`GENEVA – …`), and `Place, date` lines.
enum Dateline {
    struct Found {
        /// The place as printed (`NAIROBI, Kenya`), nil when only a date is printed.
        var location: String?
        var date: DateMatch?
        /// The paragraph after the dateline.
        var rest: String
        /// The place is marked as a dateline's by brackets or a wire credit (`(Dallas, Texas) –`, `Essen (ots) -`).
        var marked = false
    }

    /// The dashes that end a dateline; `.-` is the Spanish form (`… de 2024.- Grupo …`); a word processor's
    /// box-drawing line (`Brooklyn, NY ──`) and horizontal bar (`―`) serve as dashes too.
    static let separators = ["–", "—", "──", "─", "―", " -- ", " - ", "--", ".-"]
    /// Small words between the parts of a date (`14 de mayo`, `the 3rd of May`).
    private static let dateJoiners: Set<String> = ["de", "le", "del", "den", "am", "el", "em", "of", "the", "er", "st", "nd", "rd", "th"]
    /// Lower-case words inside a place name (`Rio de Janeiro`, `Frankfurt am Main`).
    private static let placeJoiners: Set<String> = [
        "de", "do", "da", "del", "la", "le", "am", "an", "der", "of", "sur", "en", "y", "e", "et", "dos", "das", "im", "upon", "sous",
    ]
    private static let labelEdges = Set<Character>(":.")
    private static let placeEdges = Set<Character>(" \t([–—-|/")

    /// The dateline at the start of `paragraph`, or nil.
    static func split(_ paragraph: String, hints: DateHints) -> Found? {
        let head: Substring
        let best: Range<Substring.Index>?
        switch asciiStart(paragraph) {
        case .notADateline:
            return nil
        case .head(let asciiHead, let separator):
            head = asciiHead
            best = separator
        case nil:
            guard let first = paragraph.first, first.isUppercase || first.isNumber || first == "(" else { return nil }
            head = paragraph.prefix(130)
            var found: Range<Substring.Index>?
            for sep in separators {
                if let r = TextScan.find(sep, in: head), found.map({ r.lowerBound < $0.lowerBound }) ?? true { found = r }
            }
            best = found
        }
        // A colon ends a dateline that prints a date (`Pune, 12th September 2024: Sahyadri …`) when it comes
        // before any dash; a place alone before a colon is a label (`Nairobi: …` is rare, `Highlights: …` common).
        if let colon = TextScan.find(": ", in: head), best.map({ colon.lowerBound < $0.lowerBound }) ?? true,
           let found = found(in: paragraph, head: head, separator: colon, hints: hints, placeAlone: false) {
            return found
        }
        if let sepRange = best, let found = found(in: paragraph, head: head, separator: sepRange, hints: hints, placeAlone: true) {
            return found
        }
        if head.utf8.first == 0x28, let found = bracketedDateline(paragraph, head: head, hints: hints) { return found }
        if let found = fullStopDateline(paragraph, head: head, hints: hints) { return found }
        return gluedHyphenDateline(paragraph, head: head)
    }

    /// Words that open a release's first sentence (folded): after a place and a hyphen printed without spaces
    /// (`Cupertino-At the upcoming …`, where the extraction lost the dash's spaces) they show the hyphen ends a
    /// dateline, not a compound name (`Winston-Salem officials`, `Aix-en-Provence`).
    private static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "at", "in", "on", "for", "today", "this", "last", "after", "before", "with", "as", "when",
        "during", "following", "yesterday", "tonight", "more", "local", "residents",
    ]

    /// `Cupertino-At the upcoming meeting …`: a place of one to three capitalised words, a hyphen with no space
    /// around it, and a word that opens a sentence.
    static func gluedHyphenDateline(_ paragraph: String, head: Substring) -> Found? {
        guard let hyphen = firstHyphen(head) else { return nil }
        let place = String(head[..<hyphen])
        let after = paragraph[paragraph.index(after: hyphen)...]
        guard ReleaseLexicon.opensWithCapital(after), !place.hasSuffix(" "),
              let space = after.firstIndex(of: " "), sentenceOpeners.contains(Fold.line(after[..<space])),
              (1...3).contains(place.split(separator: " ").count), !TextScan.hasByte(place, 0x2C),
              place.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true }),
              isPlaceAlone(place, marked: false) || TextScan.isAllCaps(place) else { return nil }
        return Found(location: place, date: nil, rest: String(after))
    }

    /// The hyphen among the first 48 characters of `head` (`firstHyphenPlain`), found on bytes when its first
    /// 49 bytes are ASCII without a CR: then each of them is a character of its own (only CR LF joins two
    /// ASCII bytes), and a hyphen before an ASCII byte is the character `-` alone. Walking the characters
    /// of every first paragraph cost more than the rest of the dateline search.
    static func firstHyphen(_ head: Substring) -> Substring.Index? {
        // No `-` byte in the head (found by `memchr`): no hyphen among its characters, whatever its other bytes.
        if !FastPaths.off, !TextScan.hasByte(head, 0x2D) { return nil }
        if !FastPaths.off, let quick = TextScan.withBytes(head, { b -> Int?? in
            let n = min(b.count, 49)
            var found: Int? = nil
            for k in 0..<n {
                let x = b[k]
                if x >= 0x80 || x == 0x0D { return nil }
                if x == 0x2D && k < 48 && found == nil { found = k }
            }
            return .some(found)
        }) {
            return quick.map { head.utf8.index(head.startIndex, offsetBy: $0) }
        }
        return firstHyphenPlain(head)
    }

    /// The definition `firstHyphen` keeps to.
    static func firstHyphenPlain(_ head: Substring) -> Substring.Index? {
        head.prefix(48).firstIndex(of: "-")
    }

    /// `(Miami, FL) Loving Day …`, `(Tulsa, Okla., May 3, 2024) The …`: a dateline in brackets needs no dash
    /// after it; the bracket ends it. The brackets hold a place and a date, or a town and its state or country
    /// (two or three parts: a single bracketed word is as often a wire's credit or a label, `(Reuters)`, `(PHOTO)`).
    static func bracketedDateline(_ paragraph: String, head: Substring, hints: DateHints) -> Found? {
        guard let close = head.prefix(80).firstIndex(of: ")") else { return nil }
        let inner = TextScan.trim(head[head.index(after: head.startIndex)..<close])
        guard !inner.isEmpty, !inner.contains("(") else { return nil }
        let rest = TextScan.trim(paragraph[paragraph.index(after: close)...])
        guard let restFirst = rest.first, restFirst.isUppercase || restFirst.isNumber || restFirst == "\"" || restFirst == "“" else { return nil }
        if let (location, date) = placeAndDate(inner, hints: hints, requirePlace: true), let location {
            return Found(location: location, date: date, rest: rest, marked: true)
        }
        let parts = inner.split(separator: ",")
        guard (2...3).contains(parts.count), isPlaceAlone(inner, marked: true) else { return nil }
        return Found(location: inner, date: nil, rest: rest, marked: true)
    }

    /// `(San Francisco, California) April 6, 2017 - There …`: the place in brackets, then the date, before the
    /// dash. The brackets hold the place alone (a town with its state or country, or one place word), and what
    /// follows them is a date and nothing else.
    /// Square brackets serve as round ones (`[Portland, Oregon] December 17, 2020 -`).
    static func bracketedPlaceThenDate(_ prefix: String, hints: DateHints) -> (String, DateMatch)? {
        guard let opening = prefix.utf8.first, opening == 0x28 || opening == 0x5B,
              let close = prefix.firstIndex(of: opening == 0x28 ? ")" : "]"), close < prefix.index(before: prefix.endIndex) else { return nil }
        let inner = TextScan.trim(prefix[prefix.index(after: prefix.startIndex)..<close])
        let after = TextScan.trim(prefix[prefix.index(after: close)...])
        guard !inner.isEmpty, !inner.contains("("), !inner.contains("["), !isCreditOrStatus(inner), let first = after.first, first.isNumber || first.isUppercase,
              let (location, date) = placeAndDate(after, hints: hints, requirePlace: false), location == nil, let date,
              isPlaceAlone(String(inner), marked: true) else { return nil }
        return (String(inner), date)
    }

    /// `February 9, 2018, New York, NY` (a dateline's brackets' inside): a date that opens the text, then a
    /// comma and a place alone (a town with its state or country).
    static func dateThenPlace(_ text: String, hints: DateHints) -> (String, DateMatch)? {
        guard let f = text.utf8.first, ASCII.isDigit(f) || ASCII.isUpper(f) || f >= 0x80,
              let m = DateParser.firstDate(in: text, hints: hints), m.range.lowerBound == text.startIndex else { return nil }
        let after = text[m.range.upperBound...]
        guard after.first == "," else { return nil }
        let place = TextScan.trim(after.dropFirst())
        // (`March 4, 2024, GLOBE NEWSWIRE, Portland` holds a wire's credit: no place of it.)
        guard !place.isEmpty, place.split(separator: ",").count <= 3,
              !place.split(separator: ",").contains(where: { isCreditOrStatus(TextScan.trim($0)) }), isPlaceAlone(place, marked: true),
              DateParser.firstDate(in: place, hints: hints) == nil else { return nil }
        return (place, m)
    }

    /// `21 de enero de 2020, (Madrid) - Tras …`: the date, then the place in brackets — unless the brackets
    /// hold a wire's credit or a status (`March 2, 2026 (GLOBE NEWSWIRE) --`, `(UPDATED)`).
    /// Square brackets serve as round ones (`December 17, 2020 [Portland, Oregon] -`).
    static func dateThenBracketedPlace(_ prefix: String, hints: DateHints) -> (String, DateMatch)? {
        guard let closing = prefix.utf8.last, closing == 0x29 || closing == 0x5D,
              let open = prefix.lastIndex(of: closing == 0x29 ? "(" : "["), open > prefix.startIndex else { return nil }
        let inner = TextScan.trim(prefix[prefix.index(after: open)..<prefix.index(before: prefix.endIndex)])
        var before = TextScan.trim(prefix[..<open])
        if before.hasSuffix(",") { before = TextScan.trim(before.dropLast()) }
        guard !inner.isEmpty, !inner.contains("("), !inner.contains("["), !isCreditOrStatus(inner), let first = before.first, first.isNumber || first.isUppercase,
              let (location, date) = placeAndDate(before, hints: hints, requirePlace: false), location == nil, let date,
              isPlaceAlone(inner, marked: true) else { return nil }
        return (inner, date)
    }

    /// A wire service's credit, a status word or a media marker in brackets, never a place: the agencies, a name
    /// with `wire` or `news` in it, a `/` (`PRNewswire/`), `updated`, `corrected` …, and the marks a newsroom page
    /// prints after a release's date for what comes with it (`[Audio]`, `(Photos)`, `[Video]`).
    static func isCreditOrStatus(_ inner: String) -> Bool {
        let f = Fold.line(inner)
        if agencyCredits.contains(f) || f.contains("wire") || f.contains("news") || f.contains("/") { return true }
        return statusAndMediaMarks.contains(f)
    }

    static let statusAndMediaMarks: Set<String> = [
        "updated", "update", "corrected", "correction", "revised", "amended", "embargoed",
        "video", "videos", "photo", "photos", "audio", "podcast", "multimedia", "infographic", "slideshow", "gallery",
        "with video", "with photos", "with audio",
    ]

    /// `München, 8. März 2018. Die …`, `Paris, le 3 mai 2024. L'association …`: a place and a full date ended by a
    /// full stop, as German and French releases print their dateline. The place must be printed (a date alone
    /// before a full stop is a sentence's) and the date must end right at the stop. Only the first few full
    /// stops of the head are tried, and only in a head that prints a comma and a year before them.
    static func fullStopDateline(_ paragraph: String, head: Substring, hints: DateHints) -> Found? {
        guard TextScan.hasByte(head, 0x2C) else { return nil }
        var from = head.startIndex
        var tries = 0
        while tries < 4, let stop = TextScan.find(". ", in: head[from...]) {
            tries += 1
            from = stop.upperBound
            let prefix = head[..<stop.lowerBound]
            // A year's last digit stands right before the stop.
            guard let last = prefix.utf8.last, ASCII.isDigit(last), TextScan.hasByte(prefix, 0x2C) else { continue }
            let text = String(prefix)
            guard CalendarWords.containsYear(text),
                  let (location, date) = placeAndDate(text, hints: hints, requirePlace: true), let location, let date else { continue }
            let rest = TextScan.trim(paragraph[stop.upperBound...])
            guard let restFirst = TextScan.firstMeaningful(rest), restFirst.isUppercase || restFirst.isNumber else { return nil }
            return Found(location: location, date: date, rest: rest)
        }
        return nil
    }

    /// The dateline printed before `separator`, with the paragraph after it; nil when the text before the
    /// separator is no place and date (or, with `placeAlone`, no place printed as datelines print one).
    private static func found(in paragraph: String, head: Substring, separator sepRange: Range<Substring.Index>,
                              hints: DateHints, placeAlone: Bool) -> Found? {
        var prefix = TextScan.trim(head[..<sepRange.lowerBound])
        // `(Reuters) March 2, 2026 -`: a wire's credit in brackets before the date is no part of the dateline.
        if prefix.hasPrefix("("), let close = prefix.firstIndex(of: ")"),
           isCreditOrStatus(TextScan.trim(prefix[prefix.index(after: prefix.startIndex)..<close])) {
            let after = TextScan.trim(prefix[prefix.index(after: close)...])
            if !after.isEmpty { prefix = after }
        }
        // `March 2, 2026 [Audio] -`: a status or media mark in brackets after the date is no part of the dateline.
        if let closing = prefix.utf8.last, closing == 0x29 || closing == 0x5D,
           let open = prefix.lastIndex(of: closing == 0x29 ? "(" : "["), open > prefix.startIndex,
           statusAndMediaMarks.contains(Fold.line(TextScan.trim(prefix[prefix.index(after: open)..<prefix.index(before: prefix.endIndex)]))) {
            prefix = TextScan.trim(prefix[..<open])
        }
        // A place in brackets beside the date (`(Tacoma, WA) March 2, 2026 -`, `21 de enero de 2020, (Madrid) -`).
        if let (place, date) = bracketedPlaceThenDate(prefix, hints: hints) ?? dateThenBracketedPlace(prefix, hints: hints) {
            let rest = dropWireCredit(TextScan.trim(paragraph[sepRange.upperBound...]))
            guard let restFirst = TextScan.firstMeaningful(rest), restFirst.isUppercase || restFirst.isNumber else { return nil }
            return Found(location: place, date: date, rest: rest, marked: true)
        }
        // Brackets (`(Dallas, Texas) –`) or a wire credit (`Essen (ots) -`) mark the place as a dateline's.
        var marked = false
        if prefix.hasPrefix("("), prefix.hasSuffix(")"), prefix.count > 2, !prefix.dropFirst().contains("(") {
            prefix = TextScan.trim(prefix.dropFirst().dropLast())
            marked = true
            // (`(Reuters)—Today …`: a wire's credit alone in the brackets is no place.)
            if isCreditOrStatus(prefix) { return nil }
        } else if regionInBrackets(prefix) {
            // `TORONTO (Ontario) –`: the province or state in brackets is part of the place, and marks it.
            marked = true
        } else {
            let unwired = stripWire(prefix)
            marked = unwired != prefix
            prefix = unwired
        }
        while let last = prefix.last, last == "." || last == "," || last == ":" || last == " " { prefix.removeLast() }
        guard !prefix.isEmpty, prefix.count <= 100, prefix.split(separator: " ").count <= 14 else { return nil }
        let rest = dropWireCredit(TextScan.trim(paragraph[sepRange.upperBound...]))
        // `TORONTO (Ontario) – le 16 octobre 2025 – …`: a date between two dashes may open with its article.
        let dated = placeAlone ? droppingDateArticle(rest) : nil
        guard let restFirst = TextScan.firstMeaningful(dated ?? rest), restFirst.isUppercase || restFirst.isNumber else { return nil }
        // `(February 9, 2018, New York, NY) –`: in the brackets, the date first and the place after it.
        if marked, let (place, date) = dateThenPlace(prefix, hints: hints) {
            return Found(location: place, date: date, rest: rest, marked: true)
        }
        if let (location, date) = placeAndDate(prefix, hints: hints, requirePlace: false) {
            // (The article's exception is for a date after the dash, not for a sentence opening in lower case.)
            if date == nil && !placeAlone || dated != nil { return nil }
            return Found(location: location, date: date, rest: rest)
        }
        guard placeAlone, isPlaceAlone(prefix, marked: marked) else { return nil }
        // `LONDON, UK – 5 May 2024 – The …`: the date may follow the place between two dashes.
        let dateText = dated ?? rest
        if let first = dateText.first, first.isNumber || CalendarWords.isCalendarWord(TextScan.firstWord(dateText)),
           let found = split(dateText, hints: hints), found.location == nil, let date = found.date {
            return Found(location: prefix, date: date, rest: found.rest, marked: marked)
        }
        // An article that opens no date opens no sentence either.
        guard dated == nil else { return nil }
        return Found(location: prefix, date: nil, rest: rest, marked: marked)
    }

    /// The dateline that opens the body: at the start of the first paragraph, or of the second or third when
    /// those before are short lines that are no sentence (a headline or metadata the segmenter left in the
    /// body). `raws` holds the paragraphs' first printed lines in markdown (`splitEmphasised`), else nothing.
    ///
    /// An event box may stand above the dateline (`Dates: Friday, April 4, 2008` / `Tickets are $12 …` / `Visit
    /// our site for more information.`, then `Boulder, Colo.—The museum …`): paragraphs of one sentence at
    /// most, short, with no sentence inside. Past such a box, or past the third paragraph (up to the eighth),
    /// only a dateline the genre marks as one is taken: a place in brackets, a town with its state or
    /// country, or a place with a date (`isMarkedPlace`) — a paragraph deep in the text that opens with
    /// `Update –` or a name and a dash is no dateline.
    ///
    /// A list of highlights may stand there too (`- Northvale opens its first tide mill` / `- The mill will …`, then
    /// `NORTHVALE, March 3, 2026 – …`): `items` says which of the first paragraphs are list items, and they are passed
    /// over as an event box is, whatever their sentences.
    static func opening(_ paragraphs: [String], raws: [String], items: [Bool] = [], hints: DateHints) -> (Int, Found)? {
        var pastBox = false
        for (k, p) in paragraphs.prefix(8).enumerated() {
            // (Under an event box's label, `Eröffnung:` / `6 Mai 2021, 16 - 21 Uhr …`, a date is the event's.)
            let underLabel = k > 0 && DateReading.isEventLabel(paragraphs[k - 1])
            let found = underLabel ? nil : (k < raws.count ? splitEmphasised(p, raw: raws[k], hints: hints) : nil) ?? split(p, hints: hints)
            let deep = pastBox || k >= 3
            if let found {
                if !deep || isMarkedPlace(found) { return (k, found) }
                return nil
            }
            if k < items.count, items[k] {
                pastBox = true
                continue
            }
            // Only short lines that end no sentence may come before the dateline, or an event box's lines.
            if !deep, p.utf8.count <= 300, TextScan.length(p) <= 300, !TextScan.endsSentence(p) { continue }
            guard underLabel || isBoxParagraph(p) else { return nil }
            // A quotation or a paragraph of prose (25 words or more ending a sentence; an event box's lines and a
            // tagline are shorter) is the text itself: no dateline is looked for below it.
            if !underLabel, let f = p.unicodeScalars.first, "\"“„«'‘".unicodeScalars.contains(f)
                || TextScan.endsSentence(p) && TextScan.wordCount(p, atMost: 25) >= 25 { return nil }
            pastBox = true
        }
        return nil
    }

    /// A dateline whose place the genre marks as one: in brackets (or with a wire's credit), a town with its
    /// state or country (`Boulder, Colo.`), or a place printed with a date. A whole date and its dash with no
    /// place (`July 3, 2014 - Pixel …` under a tagline or two) is a dateline too: a paragraph of the text does
    /// not open with the day it was issued and a dash.
    static func isMarkedPlace(_ found: Found) -> Bool {
        guard let place = found.location, !place.isEmpty else { return found.date != nil }
        return found.marked || found.date != nil || TextScan.hasByte(place, 0x2C)
    }

    /// A paragraph of an event box or a short notice above the text: at most 400 bytes and one sentence at most,
    /// no sentence ending inside it (a full stop, `!` or `?` after a word of four letters or more, then a
    /// capital; `p.m. each`, `Inc. The` do not count).
    static func isBoxParagraph(_ p: String) -> Bool {
        guard p.utf8.count <= 400 else { return false }
        return TextScan.withBytes(p) { b -> Bool in
            var letters = 0
            var k = 0
            while k < b.count {
                let c = b[k]
                if ASCII.isLetter(c) || c >= 0x80 {
                    letters += 1
                } else if (c == 0x2E || c == 0x21 || c == 0x3F) && letters >= 4 {
                    var j = k + 1
                    while j < b.count, b[j] == 0x20 || b[j] == 0x22 { j += 1 }
                    if j > k + 1, j < b.count, ASCII.isUpper(b[j]) { return false }
                    letters = 0
                } else {
                    letters = 0
                }
                k += 1
            }
            return true
        }
    }

    /// A markdown dateline set in emphasis (`_Cambridge, MA_.  A dynamic group …`, `**BERLIN, 14. Mai 2023** –
    /// …`): `raw` is the paragraph's first printed line, `paragraph` its text with the markup removed. The
    /// emphasis marks the place, so a full stop may end it.
    static func splitEmphasised(_ paragraph: String, raw: String, hints: DateHints) -> Found? {
        let t = TextScan.trim(raw)
        guard let marker = ["**", "__", "*", "_"].first(where: { t.hasPrefix($0) }) else { return nil }
        let body = t.dropFirst(marker.count)
        guard let close = TextScan.find(marker, in: body) else { return nil }
        let inner = TextScan.trim(body[..<close.lowerBound])
        guard !inner.isEmpty, inner.count <= 100, paragraph.hasPrefix(inner) else { return nil }
        let after = paragraph.dropFirst(inner.count)
        let rest = TextScan.trim(after.drop(while: { " \t.,:;–—-".contains($0) }))
        // Something must separate the place from the text (`.`, `–`, `:`), and the text starts a sentence.
        guard after.first.map({ " \t.,:;–—-".contains($0) }) == true,
              let restFirst = TextScan.firstMeaningful(rest), restFirst.isUppercase || restFirst.isNumber else { return nil }
        // `**(Austin, Texas)**—Today …`: brackets inside the emphasis hold the place (and mark it twice).
        let bracketed = inner.utf8.first == 0x28 && inner.utf8.last == 0x29 && !inner.dropFirst().contains("(")
        let place = bracketed ? TextScan.trim(inner.dropFirst().dropLast()) : stripWire(inner)
        guard !place.isEmpty, !bracketed || !isCreditOrStatus(place) else { return nil }
        if let (location, date) = placeAndDate(place, hints: hints, requirePlace: false) {
            return Found(location: location, date: date, rest: rest, marked: bracketed)
        }
        guard isPlaceAlone(place, marked: true) else { return nil }
        return Found(location: place, date: nil, rest: rest, marked: bracketed)
    }

    /// A dateline's place printed without a date: in capitals (`GENEVA –`, `NEW YORK, N.Y. —`); marked by
    /// a wire credit or brackets (`Essen (ots) -`, `(Dallas, Texas) –`); a town and its state or country
    /// (`Annapolis, MD –`, `Kisumu, Kenya –`), two short capitalised parts; or a town alone (`Berlin –`).
    static func isPlaceAlone(_ prefix: String, marked: Bool) -> Bool {
        guard TextScan.digitCount(prefix) == 0 else { return false }
        let parts = prefix.split(separator: ",").map { TextScan.trim($0) }
        let firstPart = parts.first ?? ""
        guard !ReleaseLexicon.isEndMark(firstPart), ReleaseLexicon.kindPrefix(ofLine: firstPart) == nil else { return false }
        if TextScan.isAllCaps(firstPart), firstPart.split(separator: " ").count <= 4 { return true }
        guard isPlace(prefix), !prefix.split(separator: " ").contains(where: { CalendarWords.isCalendarWord($0) }) else { return false }
        if marked { return parts.count <= 3 && firstPart.split(separator: " ").count <= 4 }
        if parts.count == 1 {
            // A town alone (`Berlin – Die …`, `Kisumu — The …`): one or two capitalised words that name no
            // section or heading (`Update –`, `About us –`).
            let words = firstPart.split(separator: " ")
            guard words.count <= 2, words.allSatisfy({ $0.first?.isUppercase == true }),
                  let key = ReleaseLexicon.LineKey(firstPart) else { return false }
            return !Self.notPlaces.contains(key.heading) && !ReleaseLexicon.isNotesHeading(key) && !ReleaseLexicon.isContactHeading(key)
        }
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.split(separator: " ").count <= 3 }
    }

    /// Words that open a paragraph before a dash and are no place (folded).
    static let notPlaces: Set<String> = [
        "update", "updated", "note", "notes", "summary", "background", "correction", "editor", "editors", "breaking",
        "exclusive", "statement", "advisory", "alert", "reminder", "invitation", "photo", "photos", "video", "audio",
        "kurzfassung", "hinweis", "zusammenfassung", "aktualisierung", "resume", "rappel", "avis", "resumen", "aviso",
        "nota", "atualizacao", "actualizacion", "mise a jour", "today", "heute", "hoy", "hoje", "aujourd'hui",
        "embargo", "embargoed", "sperrfrist",
    ]

    /// How `split` starts: the paragraph is no dateline (its first character is neither a capital, a
    /// digit nor an opening bracket), or its head (first 130 characters) and the first separator in it.
    enum Start {
        case notADateline
        case head(Substring, separator: Range<Substring.Index>?)
    }

    /// `split`'s start on bytes, when the paragraph's first 131 bytes (all, if fewer) are ASCII without a CR:
    /// its characters are then its bytes up to the 131st, so its first 130 characters are its first 130 bytes
    /// (the 131st byte attaches to none of them). Nil otherwise.
    static func asciiStart(_ paragraph: String) -> Start? {
        if FastPaths.off { return nil }
        let utf8 = paragraph.utf8
        // (head length, separator offset or -1, separator length), or (-1, …) for no dateline.
        let found: (Int, Int, Int)?? = utf8.withContiguousStorageIfAvailable { b -> (Int, Int, Int)? in
            guard let base = b.baseAddress else { return (-1, -1, 0) }
            let checked = min(b.count, 131)
            var k = 0
            // Eight bytes at a time: a high bit, or a CR (a zero byte after xor with CRs).
            while k + 8 <= checked {
                let w = ByteLanes.load(UnsafeRawPointer(base + k))
                if ByteLanes.highLanes(w) | ByteLanes.firstLanes(w, equalTo: 0x0D) != 0 { return nil }
                k += 8
            }
            while k < checked {
                if b[k] >= 0x80 || b[k] == 0x0D { return nil }
                k += 1
            }
            let count = min(b.count, 130)
            // An ASCII character followed by an ASCII one (or nothing) is that one scalar.
            guard count > 0, ASCII.isUpper(b[0]) || ASCII.isDigit(b[0]) || b[0] == 0x28 else { return (-1, -1, 0) }
            // The earliest of `separators` (the dashes are not ASCII), the one listed first at one place.
            // Each holds a hyphen at its start or after its first byte, so only places around hyphens count,
            // in order: before each hyphen (` -- `, ` - `), then at it (`--`).
            var h = 0
            while h < count, let hit = memchr(base + h, 0x2D, count - h) {
                h = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if h > 0 && b[h - 1] == 0x20 {
                    if h + 2 < count, b[h + 1] == 0x2D, b[h + 2] == 0x20 { return (count, h - 1, 4) }
                    if h + 1 < count, b[h + 1] == 0x20 { return (count, h - 1, 3) }
                }
                if h > 0 && b[h - 1] == 0x2E { return (count, h - 1, 2) }
                if h + 1 < count, b[h + 1] == 0x2D { return (count, h, 2) }
                h += 1
            }
            return (count, -1, 0)
        }
        guard let found, let (count, at, length) = found else { return nil }
        if count < 0 { return .notADateline }
        let start = paragraph.startIndex
        let head = paragraph[start..<utf8.index(start, offsetBy: count)]
        guard at >= 0 else { return .head(head, separator: nil) }
        return .head(head, separator: utf8.index(start, offsetBy: at)..<utf8.index(start, offsetBy: at + length))
    }

    /// `Dakar, le 12 mars 2024`, `Hamburg, 5. September 2023`, `14 May 2023`: a place (optional unless
    /// `requirePlace`) and a date with nothing else. Returns nil when `text` is anything else.
    static func placeAndDate(_ text: String, hints: DateHints, requirePlace: Bool) -> (String?, DateMatch?)? {
        let match = DateParser.firstDate(in: text, hints: hints)
        var placeText: Substring
        var after: Substring
        if let m = match {
            placeText = text[..<m.range.lowerBound]
            after = text[m.range.upperBound...]
        } else {
            // Without a recognised date: the comma parts before the first part with a digit or a month.
            guard CalendarWords.containsYear(text) else { return nil }
            let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            var placeParts: [Substring] = []
            for p in parts {
                if p.contains(where: \.isNumber) || p.split(separator: " ").contains(where: { CalendarWords.isCalendarWord($0) }) { break }
                placeParts.append(p)
            }
            placeText = Substring(placeParts.joined(separator: ","))
            after = ""
            let dateWords = text.dropFirst(placeText.count).split(whereSeparator: { $0 == " " || $0 == "," })
            // More than a bare year: a month name or a numeric date (`14.11.2023`).
            guard dateWords.contains(where: { w in CalendarWords.isCalendarWord(w) || w.contains(where: { "./-".contains($0) }) && w.contains(where: \.isNumber) }) else { return nil }
            guard dateWords.count <= 6, dateWords.allSatisfy({ w in
                w.allSatisfy { $0.isNumber || "./-:".contains($0) } || CalendarWords.isCalendarWord(w)
                    || dateJoiners.contains(Fold.line(w))
                    || (w.first?.isNumber == true && w.count <= 5)
            }) else { return nil }
        }
        // The place after the date (`14 May 2024, Kisumu`, `31 de marzo de 2011, Salta, Argentina`: a town, or a
        // town and its state or country, as a letterhead prints them), when none comes before it.
        if match != nil, TextScan.trim(placeText).isEmpty, TextScan.trim(after).hasPrefix(",") {
            let place = TextScan.trim(TextScan.trim(after).dropFirst()).trimming(placeEdges)
            if !place.isEmpty, isTownOrTownAndRegion(place), isPlace(place), !CalendarWords.isTimeOfDay(place),
               !place.split(separator: " ").contains(where: { CalendarWords.isCalendarWord($0) }) { return (place, match) }
        }
        // Nothing but punctuation after the date, or the time of day (`14.01.2025 – 09:15`, `at 11 AM ET`).
        guard after.allSatisfy({ !$0.isLetter && !$0.isNumber }) || CalendarWords.isTimeOfDay(after) else { return nil }
        // The place: comma parts before the date, without the weekday names and date labels that end them
        // (`Dakar, le` → `Dakar`; `Paris, Tuesday` → `Paris`; `Kericho this` → `Kericho`), while words
        // inside a name stay (`Rio de Janeiro`).
        // A bracket or dash between place and date is no part of the place (`Springfield, Ill. (March 3, 2024)`).
        var parts = placeText.split(separator: ",").map { $0.trimming(placeEdges) }.filter { !$0.isEmpty }
        while let last = parts.last {
            var words = last.split(separator: " ")
            // Weekdays only: a month name may end a place (`Rio de Janeiro`).
            while let w = words.last, CalendarWords.isWeekday(w) || CalendarWords.dateLabels.contains(Fold.line(w).trimming(labelEdges)) {
                words.removeLast()
            }
            if words.isEmpty { parts.removeLast(); continue }
            // A part that opens with a weekday, month or label is no place (`Tuesday the`, `Updated on`).
            if let w = words.first, CalendarWords.isCalendarWord(w) || CalendarWords.dateLabels.contains(Fold.line(w).trimming(labelEdges)) {
                parts.removeLast(); continue
            }
            parts[parts.count - 1] = words.joined(separator: " ")
            break
        }
        let place = parts.joined(separator: ", ")
        if place.isEmpty {
            if requirePlace { return nil }
            // A date alone must start the text (`14 May 2023`, `Tuesday, 14 November 2023`).
            return match == nil && !CalendarWords.containsYear(text) ? nil : (nil, match)
        }
        guard isPlace(place) else { return nil }
        return (place, match)
    }

    /// No comma, or one between two parts of three words at most that name no organisation and no role (`Salta,
    /// Argentina`, `Kelso, Washington`; not `Harbour Trust, Annual Report`, `Jane Roe, Chair`).
    static func isTownOrTownAndRegion(_ place: String) -> Bool {
        guard TextScan.hasByte(place, 0x2C) else { return true }
        let parts = place.split(separator: ",", omittingEmptySubsequences: false).map { TextScan.trim($0) }
        // (Nor a person's role: `March 3, 2026, Jane Roe, Chair` is a byline.)
        return parts.count == 2 && !ContactVocabulary.isRole(parts[1]) && parts.allSatisfy { part in
            let words = part.split(separator: " ")
            return !words.isEmpty && words.count <= 3
                && !words.contains { ReleaseLexicon.organizationWords.contains(Fold.line($0)) }
        }
    }

    /// Capitalised words, no digits, few words: `NAIROBI, Kenya`, `São Paulo`, `SEOUL, South Korea`.
    static func isPlace(_ text: String) -> Bool {
        guard TextScan.digitCount(text) == 0, !TextScan.has(text, "@"), !TextScan.has(text, ":") else { return false }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," })
        guard !words.isEmpty, words.count <= 7 else { return false }
        guard let first = words.first?.first, first.isUppercase else { return false }
        let lowerWords = words.filter { $0.first?.isLowercase == true }
        guard lowerWords.allSatisfy({ placeJoiners.contains(String($0)) }) else { return false }
        // A participle of making or writing before a date (`Greencoin, Created 1/1/2022`, `Founded 1998`) says
        // when a thing was made: the words before it are a phrase of a headline or a tagline, no place.
        if words.contains(where: { makingParticiples.contains(Fold.line($0)) }) { return false }
        return ReleaseLexicon.kindPrefix(ofLine: text) == nil && !ReleaseLexicon.isReleaseInstruction(text)
    }

    /// Participles that say when a thing was made or written (folded); no place name holds one.
    static let makingParticiples: Set<String> = [
        "created", "founded", "established", "launched", "revised", "modified", "edited", "written", "recorded",
        "printed", "filed", "built", "opened", "inaugurated", "gegrundet", "fondee", "fundado", "fundada",
        "creado", "creada", "creee", "erstellt",
    ]

    /// The articles a date may open with where a dateline prints it after the place's dash (`le 16 octobre
    /// 2025`, `el 3 de mayo`, `am 14. Mai`).
    private static let dateArticles = ["le ", "el ", "am ", "den "]

    /// `rest` without the article of a date that opens it (`le 16 octobre 2025 – …` → `16 octobre 2025 – …`),
    /// or nil when it opens with none followed by a digit.
    static func droppingDateArticle(_ rest: String) -> String? {
        for article in dateArticles where rest.hasPrefix(article) {
            let after = rest.dropFirst(article.count)
            if let c = after.first, c.isNumber { return String(after) }
        }
        return nil
    }

    /// News agencies and wires whose credit a dateline prints in brackets in mixed case (`Essen (ots)`,
    /// `(Reuters)`); folded. A credit in capitals or with a slash is a wire's whatever its name.
    private static let agencyCredits: Set<String> = [
        "reuters", "ots", "dpa", "afp", "ap", "epd", "kna", "apa", "sda", "ansa", "efe", "ians", "pti", "ani",
        "xinhua", "bernama", "yonhap", "kyodo", "newsfile", "accesswire", "einpresswire", "cnw", "prweb",
    ]

    /// A place followed by its province, state or country in brackets (`TORONTO (Ontario)`, `Lyon (Rhône)`):
    /// one or two capitalised words in mixed case that credit no agency. (`Essen (ots)` and `(BUSINESS WIRE)`
    /// are wire credits: `stripWire`.)
    static func regionInBrackets(_ prefix: String) -> Bool {
        guard prefix.hasSuffix(")"), let open = prefix.lastIndex(of: "("), open > prefix.startIndex else { return false }
        let inner = prefix[prefix.index(after: open)..<prefix.index(before: prefix.endIndex)]
        let words = inner.split(separator: " ")
        guard (1...2).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }),
              inner.contains(where: \.isLowercase), !inner.contains(where: { $0.isNumber || $0 == "/" || $0 == "." }),
              !agencyCredits.contains(Fold.line(inner)) else { return false }
        let place = TextScan.trim(prefix[..<open])
        return !place.isEmpty && !place.contains("(") && isPlace(place)
    }

    /// Removes a wire credit printed between two dashes after the dateline (`SEATTLE--(BUSINESS WIRE)--Acme …`).
    static func dropWireCredit(_ rest: String) -> String {
        guard rest.hasPrefix("("), let close = rest.prefix(48).firstIndex(of: ")") else { return rest }
        let inner = rest[rest.index(after: rest.startIndex)..<close]
        guard !inner.isEmpty, !inner.contains(where: \.isNumber), TextScan.isAllCaps(inner) || inner.contains("/") else { return rest }
        var after = rest[rest.index(after: close)...].drop(while: { $0 == " " })
        var dashes = 0
        while let c = after.first, c == "-" || c == "–" || c == "—" { after = after.dropFirst(); dashes += 1 }
        guard dashes > 0 else { return rest }
        let text = TextScan.trim(after)
        return TextScan.firstMeaningful(text).map { $0.isUppercase || $0.isNumber } == true ? text : rest
    }

    /// Removes a wire credit at the end of a dateline (`/PRNewswire/`, `(Reuters)`, `/EINPresswire.com/`).
    static func stripWire(_ s: String) -> String {
        var t = TextScan.trim(s)
        if t.hasSuffix("/"), let open = t.dropLast().lastIndex(of: "/") {
            t = TextScan.trim(t[..<open])
        } else if t.hasSuffix(")"), let open = t.lastIndex(of: "(") {
            let inner = t[t.index(after: open)..<t.index(before: t.endIndex)]
            if !inner.contains(where: \.isNumber) { t = TextScan.trim(t[..<open]) }
        }
        return t
    }
}
