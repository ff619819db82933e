/// A postal address printed in a contact block. European press offices, and many others, print the
/// office's street and town under the person and the organisation:
///
///     Lena Brandt
///     Pressesprecherin
///     Nordlicht Energie GmbH
///     Hafenstraße 12
///     D-24103 Kiel
///     Tel.: +49 431 555 0123
///
/// The record has no field for an address, and an address is neither a job title nor an organisation,
/// so such lines are left out of both. A line is an address when each of its parts (cut at `, `, ` · `
/// and ` | `) is a street with its house number, a postcode with its town, or a post-office box, or
/// when it is a North American `Town, ST 02139` line. Every form needs a number, so a job title or an
/// organisation's name (which print none) is never taken for one.
enum PostalAddress {
    static func isAddressLine(_ line: String) -> Bool {
        guard line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
              !line.utf8.contains(0x40), line.count <= 80 else { return false }
        if isNorthAmericanTownLine(line) { return true }
        let parts = line.split(separator: ",").flatMap { $0.split(separator: "·") }.flatMap { $0.split(separator: "|") }
            .map { $0.split(separator: " ").map(String.init) }.filter { !$0.isEmpty }
        guard !parts.isEmpty else { return false }
        return parts.allSatisfy { isStreet($0) || isPostcodeAndTown($0) || isBox($0) || isCountry($0) }
    }

    // MARK: - The forms

    /// `Hafenstraße 12`, `Dingolfinger Str. 1-15`, `12 Harbour Road`, `4 rue des Tanneurs`, `Via Roma 18`,
    /// `Rua Augusta 100`: a house number and a street word, within six words.
    static func isStreet(_ words: [String]) -> Bool {
        guard (2...7).contains(words.count), words.contains(where: isHouseNumber) else { return false }
        return words.contains { word in
            let w = word.lowercased().trimmingCharacters(in: .init(charactersIn: ".,"))
            return streetWords.contains(w) || streetEndings.contains { w.count > $0.count + 2 && w.hasSuffix($0) }
        }
    }

    /// `24103 Kiel`, `D-81673 München`, `F-75011 Paris Cedex`, `8001 Zürich`: a postcode first (four or five
    /// digits, perhaps after a country letter and a hyphen), then a town of up to three capitalised words.
    static func isPostcodeAndTown(_ words: [String]) -> Bool {
        if isUKPostcode(words) { return true }
        guard (2...4).contains(words.count), isPostcode(words[0]) else { return false }
        return words.dropFirst().allSatisfy(isTownWord)
    }

    private static func isTownWord(_ w: String) -> Bool {
        guard let first = w.first, first.isUppercase else { return false }
        return !w.contains(where: \.isNumber)
    }

    /// `Postfach 10 20 30`, `P.O. Box 4411`, `PO Box 12`, `BP 218`, `Apartado 77`, `Suite 400`.
    static func isBox(_ words: [String]) -> Bool {
        guard (2...6).contains(words.count) else { return false }
        // The box's word (one or two words), then its number, perhaps printed in groups (`10 20 30`).
        for lead in 1...2 where lead < words.count && boxWords.contains(words.prefix(lead).joined(separator: " ").lowercased()) {
            if words.dropFirst(lead).allSatisfy(isHouseNumber) { return true }
        }
        return false
    }

    /// A country's name after the town (`Germany`, `Deutschland`): allowed only beside another part,
    /// since the line as a whole must hold a number.
    static func isCountry(_ words: [String]) -> Bool {
        countries.contains(words.joined(separator: " ").lowercased())
    }

    /// `Cambridge, MA 02139`, `Austin, TX 78701-1234`, `Halifax, NS B3H 4R2`.
    static func isNorthAmericanTownLine(_ line: String) -> Bool {
        let halves = line.split(separator: ",", maxSplits: 1)
        guard halves.count == 2, let town = halves.first?.split(separator: " "), (1...3).contains(town.count),
              town.allSatisfy({ $0.first?.isUppercase == true && !$0.contains(where: \.isNumber) }) else { return false }
        let rest = halves[1].split(separator: " ").map(String.init)
        guard rest.count >= 2, rest[0].count == 2, rest[0].allSatisfy({ $0.isASCII && $0.isUppercase }) else { return false }
        if rest.count == 2 {
            let zip = rest[1].split(separator: "-")
            return zip.count <= 2 && zip[0].count == 5 && zip.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
        }
        // A Canadian postcode: letter digit letter, digit letter digit.
        return rest.count == 3 && (rest[1] + rest[2]).count == 6
            && zip(rest[1] + rest[2], [true, false, true, false, true, false]).allSatisfy { c, letter in
                c.isASCII && (letter ? c.isUppercase : c.isNumber)
            }
    }

    // MARK: - Pieces

    /// `12`, `12a`, `1-15`, `4/6`, `12,` (before a town).
    static func isHouseNumber(_ word: String) -> Bool {
        let w = word.hasSuffix(",") ? String(word.dropLast()) : word
        let pieces = w.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "/" })
        guard (1...2).contains(pieces.count) else { return false }
        return pieces.allSatisfy { piece in
            let digits = piece.prefix(while: { $0.isASCII && $0.isNumber })
            let after = piece.dropFirst(digits.count)
            return (1...5).contains(digits.count) && after.count <= 1 && after.allSatisfy(\.isLetter)
        }
    }

    static func isPostcode(_ word: String) -> Bool {
        var w = Substring(word)
        if let dash = w.firstIndex(of: "-"), w[..<dash].count <= 2, w[..<dash].allSatisfy({ $0.isASCII && $0.isUppercase }) {
            w = w[w.index(after: dash)...]
        }
        guard (4...5).contains(w.count), w.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        // Four bare digits from 1900 to 2099 read as a year first (`2024 Annual Report`): a postcode in
        // that range counts only after its country's letter (`B-2000 Antwerpen`).
        if w.count == 4, w.count == word.count, let n = Int(w), (1900...2099).contains(n) { return false }
        return true
    }

    /// `London SW1A 1AA`: a town, then a British postcode's two halves.
    static func isUKPostcode(_ words: [String]) -> Bool {
        guard (3...5).contains(words.count), words.dropLast(2).allSatisfy(isTownWord) else { return false }
        let outward = words[words.count - 2], inward = words[words.count - 1]
        let outwardOK = (2...4).contains(outward.count) && outward.first?.isLetter == true
            && outward.contains(where: \.isNumber) && outward.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) }
        let inwardOK = inward.count == 3 && inward.first?.isNumber == true
            && inward.dropFirst().allSatisfy { $0.isASCII && $0.isUppercase }
        return outwardOK && inwardOK
    }

    /// Street words printed whole, folded to lower case, in the languages releases are read in.
    static let streetWords: Set<String> = [
        "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive", "way", "place",
        "square", "court", "terrace", "parkway", "highway", "row", "crescent", "close", "wharf", "quay",
        "rue", "avenida", "av", "calle", "carrer", "via", "viale", "piazza", "corso", "rua", "praça", "largo",
        "travessa", "quai", "chemin", "allée", "impasse", "cours", "plaza", "paseo", "str", "straße",
        "strasse", "weg", "platz", "allee", "gasse", "damm", "ufer", "straat", "laan", "gracht", "plein",
    ]
    /// Street words printed as the end of one word: `Hafenstraße`, `Limmatfeldstrasse`, `Kerkstraat`.
    static let streetEndings = ["straße", "strasse", "str", "weg", "platz", "allee", "gasse", "damm", "ufer",
                                "straat", "laan", "gracht", "plein", "vej", "gatan"]
    static let boxWords: Set<String> = ["postfach", "p.o. box", "po box", "p.o.box", "box", "bp", "b.p.", "apartado",
                                        "caixa postal", "casella postale", "postbus", "suite", "cp", "c.p."]
    static let countries: Set<String> = [
        "germany", "deutschland", "france", "austria", "österreich", "switzerland", "schweiz", "suisse",
        "belgium", "belgique", "belgië", "netherlands", "nederland", "spain", "españa", "italy", "italia",
        "portugal", "united kingdom", "uk", "usa", "united states", "canada", "ireland", "finland", "suomi",
        "sweden", "sverige", "denmark", "danmark", "norway", "norge", "luxembourg", "mexico", "méxico",
    ]
}
