/// Contacts as vCard 4.0 (RFC 6350), one card per printed contact or per directory entry, for address books.
///
/// Text values are made visible (`VisibleText`: no control or bidi-override character reaches an address
/// book) and escaped (`\\`, `\,`, `\;`, `\n`); lines end in CRLF and are folded at 75 octets (a continuation
/// line starts with one space; a UTF-8 sequence is never split). Phones with a country code are
/// `TEL;TYPE=…;VALUE=uri:tel:+…` (RFC 3966, an extension as `;ext=`); a number printed without one cannot
/// be a global `tel:` URI and is given as text, its digits as in the record.
///
/// `N` is filled only where the printed name says which part is the family name: `Mtisi, Shamiso` (family
/// name before a comma) and `MTISI Shamiso` (family name in capitals, given names not). Otherwise the name
/// is in `FN` whole and `N`'s parts are empty (`N:;;;;`): many names put the family name first, and a
/// reversed name is worse than none.
public enum ContactVCard {
    /// What one card holds, from a row or a directory entry.
    struct Card {
        var name: String?
        var fallback: String
        var organization: String?
        var roles: [String]
        var phones: [(number: String, e164: String?, label: String?, printed: String?)]
        var emails: [String]
        var urls: [String]
        var note: String
    }

    /// Every card of `rows`, one after the other.
    public static func document(_ rows: [ContactRow]) -> String {
        rows.map(card).joined()
    }

    /// Every card of the directory's `entries`, one after the other.
    public static func document(_ entries: [ContactDirectory.Entry]) -> String {
        entries.map(card).joined()
    }

    /// One printed contact's card; `NOTE` names the release it is from.
    public static func card(_ row: ContactRow) -> String {
        let c = row.contact
        var note = "From “\(row.title)”"
        if let date = row.date { note += " (\(date))" }
        note += ", " + row.source
        let phones = c.phones.enumerated().map { k, number in
            let d = k < c.phoneDetails.count ? c.phoneDetails[k] : nil
            return (number: number, e164: d?.e164, label: d?.label, printed: d?.printed)
        }
        return render(Card(name: c.name, fallback: row.organization ?? c.emails.first ?? c.phones.first ?? "Contact",
                           organization: row.organization, roles: c.role.map { [$0] } ?? [], phones: phones,
                           emails: c.emails, urls: c.urls, note: note))
    }

    /// One directory entry's card: every role, number and address seen; `NOTE` lists its other spellings
    /// and its releases, newest first, one a line.
    public static func card(_ e: ContactDirectory.Entry) -> String {
        var lines: [String] = []
        let others = e.names.map(\.value).filter { $0 != e.name }
        if !others.isEmpty { lines.append("Also printed as: " + others.joined(separator: "; ")) }
        for r in e.releases {
            lines.append("\(r.date ?? "undated") “\(r.title)” (\(r.source), id \(r.id))")
        }
        let phones = e.phones.map { p in
            (number: p.number, e164: p.e164, label: p.labels.first, printed: p.printed.first)
        }
        return render(Card(name: e.name, fallback: e.title, organization: e.organizations.first?.value,
                           roles: e.roles.map(\.value), phones: phones, emails: e.emails.map(\.value),
                           urls: e.urls.map(\.value), note: lines.joined(separator: "\n")))
    }

    static func render(_ card: Card) -> String {
        var lines = ["BEGIN:VCARD", "VERSION:4.0"]
        // FN is required: the person's or desk's name, else the organisation, else an address.
        lines.append("FN:" + escaped(card.name ?? card.fallback))
        if let name = card.name, !ContactVocabulary.isDesk(name) {
            lines.append("N:" + structuredName(name))
        } else {
            // A desk (`Press Office`) or an address alone stands for the organisation.
            lines.append("N:;;;;")
            lines.append("KIND:org")
        }
        if let org = card.organization { lines.append("ORG:" + escaped(org)) }
        for role in card.roles { lines.append("TITLE:" + escaped(role)) }
        for phone in card.phones { lines.append(tel(phone.number, e164: phone.e164, label: phone.label, printed: phone.printed)) }
        for email in card.emails { lines.append("EMAIL:" + escaped(email)) }
        for url in card.urls { lines.append("URL:" + uri(url)) }
        if !card.note.isEmpty { lines.append("NOTE:" + escaped(card.note)) }
        lines.append("END:VCARD")
        return lines.map(folded).joined()
    }

    /// The `TEL` line: `TYPE` from the printed label (`cell` for mobiles and messaging apps, `fax`, else
    /// `voice`), a `tel:` URI for an E.164 number, else the record's digits as text.
    static func tel(_ number: String, e164: String?, label: String?, printed: String?) -> String {
        let type = telType(label)
        let global = e164 ?? (number.hasPrefix("+") ? number : nil)
        if let global, global.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) {
            var value = "tel:" + global
            if let printed, let ext = PhoneNumber.extensionNumber(printed),
               ext.allSatisfy({ $0.isASCII && $0.isNumber }) {
                value += ";ext=" + ext
            }
            return "TEL;TYPE=\(type);VALUE=uri:" + value
        }
        return "TEL;TYPE=\(type);VALUE=text:" + escaped(number)
    }

    static func telType(_ label: String?) -> String {
        guard let label else { return "voice" }
        let words = Fold.contact(label).split(whereSeparator: { !$0.isLetter }).map(String.init)
        let cell: Set<String> = ["mobile", "mob", "cell", "cellphone", "cel", "celular", "gsm", "handy", "mobil",
                                 "movil", "portable", "port", "whatsapp", "signal", "telegram", "sms", "telemovel", "tm"]
        if words.contains(where: { $0 == "fax" || $0 == "telefax" }) { return "fax" }
        if words.contains(where: { cell.contains($0) }) { return "cell" }
        return "voice"
    }

    /// `N` from a printed name (family;given;additional;prefixes;suffixes), where the name says which part
    /// is the family name; empty parts otherwise (see the type's documentation).
    static func structuredName(_ name: String) -> String {
        let empty = ";;;;"
        // `Mtisi, Shamiso`: family name before the only comma (not `Smith, Jr.` or `Doe, PhD`).
        let parts = name.split(separator: ",", omittingEmptySubsequences: false)
        if parts.count == 2 {
            let family = parts[0].trimmingSpaces, rest = parts[1].trimmingSpaces
            var given = rest.split(separator: " ").map(String.init)
            let prefixes = takeHonorifics(&given)
            let familyWords = family.split(separator: " ")
            if !family.isEmpty, !given.isEmpty, familyWords.count <= 3,
               !given.contains(where: { isPostNominal($0) }), !familyWords.contains(where: { isPostNominal(String($0)) }) {
                return [family, given.joined(separator: " "), "", prefixes, ""].map(escaped).joined(separator: ";")
            }
            return empty
        }
        guard parts.count == 1 else { return empty }
        // `MTISI Shamiso` / `Shamiso MTISI`: the family name in capitals, the given names not.
        var words = name.split(separator: " ").map(String.init)
        let prefixes = takeHonorifics(&words)
        guard words.count >= 2 else { return empty }
        func isCapitals(_ w: String) -> Bool {
            let letters = w.filter(\.isLetter)
            return letters.count >= 2 && letters.allSatisfy { $0.isUppercase }
        }
        let capitals = words.map(isCapitals)
        guard capitals.contains(true), capitals.contains(false) else { return empty }
        // The capitals must be one run at the start or at the end.
        if let firstLower = capitals.firstIndex(of: false), !capitals[firstLower...].contains(true) {
            return [words[..<firstLower].joined(separator: " "), words[firstLower...].joined(separator: " "), "",
                    prefixes, ""].map(escaped).joined(separator: ";")
        }
        if let firstUpper = capitals.firstIndex(of: true), !capitals[firstUpper...].contains(false) {
            return [words[firstUpper...].joined(separator: " "), words[..<firstUpper].joined(separator: " "), "",
                    prefixes, ""].map(escaped).joined(separator: ";")
        }
        return empty
    }

    private static let honorifics: Set<String> = [
        "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "m", "mme", "mlle", "sr", "sra", "dra", "herr", "frau", "dott",
        "ing", "sir", "dame", "rev", "hon",
    ]

    /// Removes the honorifics at the start of `words`; returns them joined.
    private static func takeHonorifics(_ words: inout [String]) -> String {
        var prefixes: [String] = []
        while let first = words.first, words.count > 1, honorifics.contains(Fold.contact(first).trimmed(".")) {
            prefixes.append(words.removeFirst())
        }
        return prefixes.joined(separator: " ")
    }

    private static func isPostNominal(_ w: String) -> Bool {
        ["jr", "sr", "phd", "md", "obe", "mbe", "cbe", "ii", "iii", "esq", "frs", "msc", "ma", "ba"]
            .contains(Fold.contact(w).filter(\.isLetter))
    }

    /// A text value made visible, with `\`, `,`, `;` and line breaks escaped.
    public static func escaped(_ s: String) -> String {
        var out = ""
        var previousCR = false
        for scalar in VisibleText.sanitized(s, keepingLineBreaks: true).unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ",": out += "\\,"
            case ";": out += "\\;"
            case "\r": out += "\\n"
            case "\n": if !previousCR { out += "\\n" }
            default: out.unicodeScalars.append(scalar)
            }
            previousCR = scalar == "\r"
        }
        return out
    }

    /// A URI value: made visible, with no line break (escaping does not apply to URIs).
    static func uri(_ s: String) -> String {
        VisibleText.sanitized(s)
    }

    /// The content line folded at 75 octets, each piece ending in CRLF.
    public static func folded(_ line: String) -> String {
        var out = ""
        var width = 0
        for scalar in line.unicodeScalars {
            let size = scalar.utf8.count
            // The first line holds 75 octets; a continuation holds 74 after its leading space.
            if width + size > 75 {
                out += "\r\n "
                width = 1
            }
            out.unicodeScalars.append(scalar)
            width += size
        }
        return out + "\r\n"
    }
}

private extension Substring {
    var trimmingSpaces: String {
        var s = self
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
