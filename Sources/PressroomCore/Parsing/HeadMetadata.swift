/// Lines a release prints above its headline that are neither kind, release instruction nor letterhead
/// name, but metadata about the document: a reference (`Ref: PR/24/117`, `Ref.ª: 031/…`, `Our ref`), an
/// author or revision stamp (`Prepared by …, May 23, 2021`, `Updated January 8, 2021 at 11 AM ET`), a
/// registration number (`NIT: …`, `Charity no. …`), a postal address (`P.O. Box …`, `Postfach …`) or a
/// head-office line (`Sede principal: …`). None of them is ever the headline. Asked only about the few lines
/// at the top of a document, so the tests here may fold and search.
enum HeadMetadata {
    /// Folded labels that open a metadata line, each followed by a mark or space (see `labelEnd`).
    static let labels: [String] = [
        "ref", "refs", "reference", "our ref", "your ref", "n/ref", "n/ ref", "v/ref", "referencia", "aktenzeichen",
        "unser zeichen", "az", "file no", "file number", "doc no", "document no",
        "prepared by", "written by", "compiled by", "posted by", "issued by the", "updated", "last updated",
        "posted", "published", "mis a jour", "mise a jour", "actualizado", "actualizacion", "atualizado", "atualizacao",
        "aktualisiert", "stand",
        "nit", "nif", "cnpj", "rut", "rfc", "siret", "siren", "vat no", "ust-idnr", "charity no", "charity number",
        "registered charity", "company no", "company number", "registered office", "registered in", "abn", "ein",
        "p.o. box", "p. o. box", "po box", "p.o box", "pobox", "b.p.", "bp", "postfach", "caixa postal", "apartado",
        "apartado postal", "casilla", "private bag", "postbus", "boite postale",
        "sede principal", "sede", "siege social", "head office", "headquarters", "sitz",
        "tel", "tel.", "phone", "telephone", "telefon", "telefone", "telefono", "fax", "tlf",
    ]

    /// Labels that only mark metadata when a date follows (`Updated …`, `Posted …`, `Stand: …`): a
    /// headline may open with the word (`Updated guidance on …`).
    static let needDate: Set<String> = ["updated", "last updated", "posted", "published", "mis a jour", "mise a jour",
                                        "actualizado", "actualizacion", "atualizado", "atualizacao", "aktualisiert", "stand"]

    /// Labels that need a `:` or `.` after them (`Az.`, `BP 123` would else catch words and names).
    static let needMark: Set<String> = ["az", "bp", "sede", "sitz", "stand", "nit", "nif", "rut", "rfc", "abn", "ein", "tel", "fax",
                                        "phone", "ref", "refs", "cnpj", "siret", "siren", "tlf"]

    /// A letterhead's line of contact details after its address (`12 Quay Road, Port Ellis: Telephone: (01) 555
    /// 0100  Website: …`): two labelled fields at least, each label followed by what it labels (a number after a
    /// telephone's or a fax's label, an address after a web or mail label), and no sentence (a lead paragraph
    /// that says `call us on 0300 …` ends with a full stop), one label at least with its colon. A headline
    /// prints none (`… helpline: phone 0800 … or email help@…` labels nothing with a colon).
    static func holdsContactDetails(_ text: String) -> Bool {
        guard text.utf8.count >= 20, text.utf8.count <= 400 else { return false }
        // The cheap test first: a telephone number's digits (most lines have few).
        var digits = 0
        for c in text.utf8 where ASCII.isDigit(c) { digits += 1 }
        guard digits >= 6, let end = TextScan.trim(text).last, !".!?…".contains(end) else { return false }
        let f = " " + Fold.line(text)
        var fields = 0
        var colons = 0
        for (label, wantsNumber) in contactDetailLabels {
            var from = f.startIndex
            while let r = TextScan.find(label, in: f[from...]) {
                from = r.upperBound
                // The label's own colon or full stop, then spaces, then what it labels.
                let after = f.utf8[from...]
                let gap = after.prefix { $0 == 0x3A || $0 == 0x2E || $0 == 0x20 }
                let rest = after.dropFirst(gap.count)
                guard let first = rest.first, !gap.isEmpty else { continue }
                let found = wantsNumber ? ASCII.isDigit(first) || first == 0x28 || first == 0x2B
                    : rest.starts(with: "http".utf8) || rest.starts(with: "www.".utf8) || rest.prefix(while: { $0 != 0x20 }).contains(0x40)
                if found {
                    fields += 1
                    if gap.contains(0x3A) { colons += 1 }
                    break
                }
            }
        }
        // (One label with its colon at least: a headline's `phone 0800 … or email help@…` has none.)
        return fields >= 2 && colons >= 1
    }

    /// Labels of a letterhead's contact fields (folded, a space before), and whether a number follows them.
    private static let contactDetailLabels: [(String, Bool)] = [
        (" telephone", true), (" tel", true), (" phone", true), (" fax", true), (" facsimile", true),
        (" website", false), (" web", false), (" email", false), (" e-mail", false),
    ]

    /// `3 min read`, `5 minutes read`, `4 Min. Lesezeit`: the words of a reading time, folded.
    static let readingTimeWords: Set<String> = ["read", "lesezeit", "lectura", "lecture", "leitura", "lettura"]
    static let minuteWords: Set<String> = ["min", "mins", "min.", "minute", "minutes", "minuten", "minutos", "minuti"]

    /// Labels of a registration number, which may stand before it with a space only (`ABN 12 345 678 901`).
    static let registrationLabels: Set<String> = ["abn", "ein", "nit", "nif", "cnpj", "rut", "rfc", "siret", "siren"]

    /// Whether `rest` is a number only: digits, with spaces, dots, dashes or slashes between, six digits at least.
    private static func isNumberOnly(_ rest: Substring.UTF8View) -> Bool {
        var digits = 0
        for c in rest {
            if ASCII.isDigit(c) { digits += 1 } else if c != 0x20 && c != 0x2E && c != 0x2D && c != 0x2F { return false }
        }
        return digits >= 6
    }

    private static let byFirstByte: [UInt8: [String]] = Dictionary(grouping: labels, by: { $0.utf8.first! })
    private static let labelBytes = LabelBytes(labels)
    /// The keys of `byFirstByte`, tested in two instructions where the dictionary hashes (asked of every head line).
    private static let labelFirstBytes = ByteSet(labels.map { $0.utf8.first! })

    /// The metadata label `text` opens with, or nil. `text` is trimmed and at most a header line long.
    static func label(_ text: String) -> String? { label(text, prefix: nil) }

    /// `label(text)`, with the folded prefix the caller took of `text` (with a limit of `window`), when it took one.
    static func label(_ text: String, prefix given: (prefix: FoldedPrefix?, window: Int)?) -> String? {
        guard let b0 = text.utf8.first else { return nil }
        let lowered = ASCII.lowered(b0)
        guard lowered >= 0x80 || labelFirstBytes.contains(lowered) else { return nil }
        // A plain ASCII start that opens no label (most lines) is refused on its folded first bytes (cut from the
        // caller's prefix when it reaches far enough, not folded again).
        let window = labelBytes.window
        let p = given.flatMap { g in g.prefix.flatMap { $0.truncated(to: window, window: g.window) } } ?? FoldedPrefix.of(text, limit: window)
        if let p, labelBytes.firstPrefix(of: p) == nil { return nil }
        let f = Fold.line(text.prefix(40))
        guard let fb = f.utf8.first, let candidates = byFirstByte[fb] else { return nil }
        var best: String?
        for l in candidates where f.hasPrefix(l) {
            let after = f.utf8.dropFirst(l.utf8.count).first
            if let a = after, ASCII.isLower(a) || ASCII.isDigit(a) && !l.hasSuffix(".") && l != "abn" { continue }
            if needMark.contains(l) {
                guard let a = after, a == 0x3A || a == 0x2E || a == 0x2F || (l == "ref" && a == 0x20 && f.utf8.count > 4)
                        || a == 0x20 && registrationLabels.contains(l) && isNumberOnly(f.utf8.dropFirst(l.utf8.count)) else { continue }
                // `Ref to …` is a sentence; `Ref PR/24/117` is not.
                if l == "ref", a == 0x20, let w = f.split(separator: " ").dropFirst().first, !w.contains(where: \.isNumber) { continue }
            }
            if best.map({ $0.utf8.count < l.utf8.count }) ?? true { best = l }
        }
        return best
    }

    /// What `text` is as a metadata line: `.date` with the date it holds, `.metadata` without one; nil when it
    /// is not a metadata line.
    static func classify(_ text: String, hints: DateHints) -> HeaderRole? { classify(text, hints: hints, prefix: nil) }

    /// `classify(text)`, with the folded prefix the caller took of `text` (see `label(_:prefix:)`).
    static func classify(_ text: String, hints: DateHints, prefix: (prefix: FoldedPrefix?, window: Int)?) -> HeaderRole? {
        if isMailFurniture(text) || isAddressedToTheDesk(text) { return .metadata }
        guard let l = label(text, prefix: prefix) else { return holdsContactDetails(text) ? .metadata : nil }
        guard TextScan.wordCount(text, atMost: 16) <= 16 else { return nil }
        let date = ByteTest.hasDigit(text) ? DateParser.firstDate(in: text, hints: hints) : nil
        if needDate.contains(l) && date == nil { return nil }
        if let date { return .date(date) }
        return .metadata
    }

    /// A line that says whom the release is for (`ATTENTION: Political and Health Reporters`, `Attn: News
    /// Editors`, `To: Chiefs of Staff`): an advisory's address to the newsroom, never the headline. The label and a
    /// newsroom's word (reporters, editors, desks, journalists, chiefs of staff, correspondents, media).
    static func isAddressedToTheDesk(_ text: String) -> Bool {
        // Every label opens with `a`, `t` or `f` (`Attention`, `To:`, `For the attention`, `An die`).
        guard text.utf8.count <= 120, let first = text.utf8.first, [0x61, 0x74, 0x66].contains(ASCII.lowered(first)) else { return false }
        let f = Fold.line(text)
        guard let label = deskLabels.first(where: { f.hasPrefix($0) }) else { return false }
        // The rest names desks: eight words at most, each capitalised or a small joining word (`Political,
        // Environment and Health Reporters`), one of them a newsroom's.
        let words = f.dropFirst(label.count).split(whereSeparator: { " ,:;/&".contains($0) })
        guard !words.isEmpty, words.count <= 8, words.contains(where: { deskWords.contains(String($0)) }) else { return false }
        let printed = text.split(whereSeparator: { " ,:;/&".contains($0) }).suffix(words.count)
        return printed.allSatisfy { w in w.first?.isUppercase == true || deskJoiners.contains(Fold.line(w)) }
    }

    static let deskLabels = ["attention:", "attention :", "attention", "attn:", "attn.:", "attn", "to:", "for the attention of",
                             "a l'attention", "a la atencion", "an die"]
    static let deskWords: Set<String> = ["reporter", "reporters", "editor", "editors", "desk", "desks", "newsdesk", "newsdesks",
                                         "journalist", "journalists", "correspondent", "correspondents", "newsroom", "newsrooms",
                                         "producer", "producers", "photographer", "photographers", "redaction", "redactions",
                                         "redaccion", "redacciones", "redaktion", "redaktionen", "staff"]
    static let deskJoiners: Set<String> = ["and", "or", "of", "the", "for", "news", "et", "y", "und"]

    /// `Harbour Trust Media Release`, `City of Tarnside News Release`: a name, then a kind label of two words or
    /// more ending the line (a letterhead printing what the paper is). The name: one to eight capitalised words
    /// (small joining words aside), no digit, no sentence. Returns the name and the kind as printed.
    static func nameThenKind(_ text: String) -> (name: String, kind: String)? {
        // The cheap test first: the line's last letters, lowered, end one of the labels (all end in ASCII).
        guard text.utf8.count <= 100, text.utf8.count >= 12, let last = text.utf8.last,
              letterheadKindEnds.contains(where: { $0.last == ASCII.lowered(last) }) else { return nil }
        let tail = text.utf8.suffix(letterheadKindTail).map { ASCII.lowered($0) }
        guard letterheadKindEnds.contains(where: { tail.count >= $0.count && tail.suffix($0.count).elementsEqual($0) }) else { return nil }
        guard !ByteTest.hasDigit(text), !TextScan.endsSentence(text) else { return nil }
        let words = text.split(separator: " ")
        guard words.count >= 3, words.count <= 11 else { return nil }
        let folded = Fold.line(text)
        for label in letterheadKinds where folded.hasSuffix(" " + label) {
            let n = label.split(separator: " ").count
            let name = words.dropLast(n)
            guard (1...8).contains(name.count), name.first?.first?.isUppercase == true,
                  name.allSatisfy({ $0.first?.isUppercase == true || ReleaseLexicon.nameJoiners.contains(Fold.line($0)) }),
                  !name.contains(where: { $0.contains(":") }) else { return nil }
            // An institution's name (`Department of Defence`, `City of Tarnside`, `Harbour Lanterns Trust`), not a
            // headline about a release (`Council Withdraws Misleading Press Release`).
            let foldedWords = name.map { Fold.line($0) }
            guard foldedWords.contains("of") || OrganizationNames.isOrganizationWord(name.last!),
                  !foldedWords.contains(where: { OrganizationNames.announcingVerbs.contains($0) })
            else { return nil }
            return (name.joined(separator: " "), words.suffix(n).joined(separator: " "))
        }
        return nil
    }

    /// `June 2, 2022 Jane Roe`: a date that opens the line, then a person's name of two or three capitalised words
    /// (no organisation word, no digit), as a site's post prints its date and author under the headline.
    static func dateAndAuthor(_ text: String, hints: DateHints) -> DateMatch? {
        // The cheap test first: a capital in the line's last word (the name's).
        guard let lastSpace = text.utf8.lastIndex(of: 0x20), let c = text.utf8[text.utf8.index(after: lastSpace)...].first,
              ASCII.isUpper(c) || c >= 0x80 else { return nil }
        guard let m = DateParser.firstDate(in: text, hints: hints), m.range.lowerBound == text.startIndex else { return nil }
        let words = text[m.range.upperBound...].split(whereSeparator: { $0 == " " || $0 == "," || $0 == "|" || $0 == "·" })
        var name = words[...]
        if let by = name.first, ["by", "von", "par", "por"].contains(Fold.line(by)) { name = name.dropFirst() }
        guard (2...3).contains(name.count),
              name.allSatisfy({ $0.first?.isUppercase == true && !$0.contains(where: \.isNumber) && !OrganizationNames.isOrganizationWord($0) }),
              !name.contains(where: { CalendarWords.isCalendarWord($0) }) else { return nil }
        return m
    }

    /// The last words of `letterheadKinds` (lowered ASCII, each once), and the longest: the line's tail to test.
    static let letterheadKindEnds: [[UInt8]] = Array(Set(letterheadKinds.map { String($0.split(separator: " ").last!) })).map { Array($0.utf8) }
    static let letterheadKindTail = letterheadKindEnds.map(\.count).max()!

    /// The kind labels a letterhead prints after the name (folded).
    static let letterheadKinds = ["media release", "press release", "news release", "media advisory", "pressemitteilung",
                                  "communique de presse", "nota de prensa", "comunicado de prensa", "comunicato stampa"]

    /// `20/09/2000 Departmental 263/00`, `PACC 263/00 Wednesday, 20 September 2000`: a date beside the document's
    /// number (a token with a digit and a slash) and two other words at most, capitalised (a department's code,
    /// `Ref`), on a short line. A headline with a date (`Budget 2024 passes on 3 June 2024`) prints no such number.
    static func dateWithReference(_ text: String, hints: DateHints) -> DateMatch? {
        guard TextScan.hasByte(text, 0x2F) || TextScan.hasByte(text, 0x2D), let m = DateParser.firstDate(in: text, hints: hints) else { return nil }
        let rest = text[..<m.range.lowerBound] + " " + text[m.range.upperBound...]
        var number = false, words = 0
        for t in rest.split(whereSeparator: { $0 == " " || $0 == "," }) {
            if t.contains(where: \.isNumber) {
                // `263/00`, `/00`, `MR-045-24`: a slash before two digits or more, or letters and digits hyphened.
                if let slash = t.lastIndex(of: "/"), t[t.index(after: slash)...].count >= 2 { number = true }
                if t.contains("-") && t.contains(where: \.isLetter) { number = true }
                continue
            }
            if CalendarWords.isWeekday(t) || t.allSatisfy({ "/-–—|·.:".contains($0) }) { continue }
            // (`issued`, `dated`: the date's own label.)
            if CalendarWords.dateLabels.contains(Fold.line(t)) { continue }
            guard t.first?.isUppercase == true else { return nil }
            words += 1
        }
        return number && words <= 1 ? m : nil
    }

    /// A mailing's own line above the release it carries (`No images? Click here`, `View this email in your
    /// browser`, `Having trouble viewing this email?`): what a mailing service prints at the top of every
    /// newsletter, never the headline. The line opens with one of the phrases (a sentence of the text may say
    /// "view it online" further on).
    static func isMailFurniture(_ text: String) -> Bool {
        // The cheap tests first: a short line whose first letter opens one of the phrases.
        guard text.utf8.count <= 80, text.utf8.count >= 12, let first = text.utf8.first,
              mailFirstBytes.contains(ASCII.lowered(first)) else { return false }
        let f = Fold.line(text.prefix(48))
        return mailFurniture.contains { f.hasPrefix($0) }
    }

    /// Folded openings of a mailing's furniture.
    static let mailFurniture: [String] = [
        "no images? click here", "view this email in your browser", "view in browser", "view it in your browser",
        "view this email online", "view email in browser", "view online version", "view the online version",
        "view web version", "view it online", "having trouble viewing", "trouble viewing this email",
        "is this email not displaying", "can't see this email", "cannot see this email", "email not displaying",
        "unable to view this message", "unable to view this email", "open the web version", "afficher dans le navigateur",
        "voir la version en ligne", "diese e-mail im browser", "ver este correo en tu navegador",
    ]
    static let mailFirstBytes = Set(mailFurniture.map { $0.utf8.first! })

    /// `14.01.2025 – 09:15`, `5 May 2024, 11:00 Uhr`, `January 8, 2021 at 11 AM ET`: the text without a
    /// time of day printed after the date, or nil when it ends in none.
    static func withoutTrailingTime(_ text: String) -> String? {
        guard ByteTest.hasDigit(text) else { return nil }
        var words = text.split(separator: " ")
        guard words.count >= 2 else { return nil }
        // A blog's reading time after the date (`7 October 2020 · 3 min read`) is no part of it either.
        if words.count >= 4, readingTimeWords.contains(Fold.line(words[words.count - 1])),
           minuteWords.contains(Fold.line(words[words.count - 2])), words[words.count - 3].allSatisfy(\.isNumber) {
            words.removeLast(3)
            while let last = words.last, last.allSatisfy({ "·|•-–—,".contains($0) }) { words.removeLast() }
            let joined = words.joined(separator: " ")
            return joined.isEmpty ? nil : withoutTrailingTime(joined) ?? joined
        }
        // Walk back over the time's words: digits with `:`/`.`/`h`, am/pm, a zone, `Uhr`, `hrs`, `horas`.
        var k = words.count
        var sawClock = false
        while k > 0 {
            let w = words[k - 1]
            let f = Fold.line(w).trimming(timeWordEdges)
            if timeWords.contains(f) { k -= 1; continue }
            if let c = f.first, c.isNumber, f.allSatisfy({ $0.isNumber || $0 == ":" || $0 == "." || $0 == "h" }),
               f.contains(where: { $0 == ":" || $0 == "h" }) || (k < words.count && meridiem.contains(Fold.line(words[k]))) {
                sawClock = true
                k -= 1
                continue
            }
            break
        }
        guard sawClock, k >= 1, k < words.count else { return nil }
        // Then a joining word or a dash (`at`, `um`, `à`, `–`, `,`).
        var head = words[..<k]
        if let last = head.last, timeJoiners.contains(Fold.line(last)) { head = head.dropLast() }
        guard !head.isEmpty else { return nil }
        let joined = head.joined(separator: " ").trimming(timeHeadEdges)
        return joined.isEmpty ? nil : joined
    }

    /// `For immediate release   Ref: PR/24/117`, `PRESS RELEASE Date: 21/11/2024`: a header table prints two
    /// cells on one line, and text extraction may join them with a space. The first cell alone, or nil when
    /// no second cell opens with a metadata or date label and a colon.
    static func firstCell(_ text: String) -> String? {
        guard TextScan.hasByte(text, 0x3A) else { return nil }
        let u = Array(text.utf8)
        // Each colon after the first word: the word before it, or the two words before it, may be a label.
        for c in u.indices where u[c] == 0x3A {
            guard let space = u[..<c].lastIndex(of: 0x20) else { continue }
            var starts = [space + 1]
            if let before = u[..<space].lastIndex(of: 0x20) { starts.append(before + 1) }
            for start in starts where start > 0 && c - start <= 14 {
                let head = Fold.line(String(decoding: u[start..<c], as: UTF8.self))
                let rest = String(decoding: u[start...], as: UTF8.self)
                if HeaderRole.dateLabels.contains(head) || label(rest) != nil {
                    let cell = String(decoding: u[..<start], as: UTF8.self).trimming(Set(" -–—|,;"))
                    return cell.isEmpty ? nil : cell
                }
            }
        }
        return nil
    }

    /// `For immediate release: 9/6/2013` → `For immediate release`: an instruction that releases at once, then a
    /// colon or a dash and the issue date alone (a time of day may follow it), is the instruction; the date is
    /// the issue date's evidence (`DateEvidence.readRelease`), not part of the release. An embargo keeps its
    /// date (`Embargoed until 9 June 2024`), which is what it says; so does any other text.
    static func instructionWithoutDate(_ release: String, hints: DateHints) -> String {
        guard DateParser.hasYearDigits(Substring(release)) else { return release }
        let folded = Fold.line(release)
        guard DateEvidence.immediateStems.contains(where: { TextScan.has(folded, $0) }),
              let m = DateParser.firstDate(in: release, hints: hints) else { return release }
        let after = TextScan.trim(release[m.range.upperBound...])
        guard after.isEmpty || CalendarWords.isTimeOfDay(after) else { return release }
        var before = TextScan.trim(release[..<m.range.lowerBound])
        guard let mark = before.last, ":–—-,|".contains(mark) else { return release }
        before = before.trimming(Set(" :–—-,|"))
        guard ReleaseLexicon.isReleaseInstruction(before), DateParser.firstDate(in: before, hints: hints) == nil else { return release }
        return before
    }

    private static let meridiem: Set<String> = ["am", "pm", "a.m.", "p.m.", "a.m", "p.m"]
    /// What `withoutTrailingTime` trims off each word and off the date before the time (made once, not per word).
    private static let timeWordEdges = Set<Character>(",.()")
    private static let timeHeadEdges = Set<Character>(" ,–—-|/")
    private static let timeWords: Set<String> = ["am", "pm", "a.m", "p.m", "uhr", "hrs", "hr", "h", "horas", "heures",
                                                 "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "mt", "gmt", "bst",
                                                 "utc", "cet", "cest", "eat", "wat", "sast", "ist", "aest", "aedt", "brt", "hrs.", "local", "time"]
    private static let timeJoiners: Set<String> = ["at", "um", "a", "à", "a las", "as", "às", "-", "–", "—", "|", ",", "/"]
}
