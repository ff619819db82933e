/// Contacts as vCard 4.0 (RFC 6350), one card per contact, for address books.
///
/// Text values are escaped (`\\`, `\,`, `\;`, `\n`), lines end in CRLF and are folded at 75 octets
/// (a continuation line starts with one space; a UTF-8 sequence is never split).
public enum ContactVCard {
    /// Every card, one after the other.
    public static func document(_ rows: [ContactRow]) -> String {
        rows.map(card).joined()
    }

    /// One card.
    public static func card(_ row: ContactRow) -> String {
        let c = row.contact
        var lines = ["BEGIN:VCARD", "VERSION:4.0"]
        // FN is required: the person's or desk's name, else the organisation, else the address.
        let fn = c.name ?? row.organization ?? c.emails.first ?? c.phones.first ?? "Contact"
        lines.append("FN:" + escaped(fn))
        if let name = c.name, !ContactVocabulary.isDesk(name) {
            lines.append("N:" + structuredName(name))
        } else {
            // A desk (`Press Office`) or an address alone stands for the organisation.
            lines.append("KIND:org")
        }
        if let org = row.organization { lines.append("ORG:" + escaped(org)) }
        if let role = c.role { lines.append("TITLE:" + escaped(role)) }
        for phone in c.phones {
            // E.164 numbers make global `tel:` URIs; others stay as printed digits.
            lines.append("TEL;VALUE=uri;TYPE=voice:tel:" + phone)
        }
        for email in c.emails { lines.append("EMAIL:" + escaped(email)) }
        for url in c.urls { lines.append("URL:" + url) }
        var note = "From “\(row.title)”"
        if let date = row.date { note += " (\(date))" }
        note += ", " + row.source
        lines.append("NOTE:" + escaped(note))
        lines.append("END:VCARD")
        return lines.map(folded).joined()
    }

    /// `N` from a printed name: family name last, given names before, honorifics as prefix
    /// (`Dr. Arvind Kulkarni` → `Kulkarni;Arvind;;Dr.;`).
    static func structuredName(_ name: String) -> String {
        var words = name.split(separator: " ").map(String.init)
        var prefixes: [String] = []
        let honorifics: Set<String> = ["dr", "mr", "mrs", "ms", "miss", "mx", "prof", "m", "mme", "mlle", "sr", "sra",
                                       "dra", "herr", "frau", "dott", "ing", "sir", "dame", "rev", "hon"]
        while let first = words.first, words.count > 1,
              honorifics.contains(ContactVocabulary.fold(first).trimmed(".")) {
            prefixes.append(words.removeFirst())
        }
        let family = words.count > 1 ? words.removeLast() : (words.first ?? "")
        let given = words.count >= 1 && family != words.first ? words.joined(separator: " ") : ""
        return [family, given, "", prefixes.joined(separator: " "), ""].map(escaped).joined(separator: ";")
    }

    /// A text value with `\`, `,`, `;` and line breaks escaped.
    public static func escaped(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "\\": out += "\\\\"
            case ",": out += "\\,"
            case ";": out += "\\;"
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(ch)
            }
        }
        return out
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
