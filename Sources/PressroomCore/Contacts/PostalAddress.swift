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
/// so such lines are left out of both. An address opens with a street (a street word with its house number
/// beside it: `Hafenstraße 12`, `12 Harbour Road`) or a post-office box; the postcode-and-town line
/// (`D-24103 Kiel`, `Portland, ME 04101`) and a country count only after one, or when the postcode carries its
/// country's letter. An organisation's name may hold a number (`1000 Genomes Project`, `Studio 54`), so a number
/// alone proves nothing: the street word must stand beside it.
enum PostalAddress {
    /// Which of `lines` (a contact's stacked lines, or the comma-separated fields of a one-line contact) are
    /// parts of a postal address, read in order.
    static func flags(_ lines: [String]) -> [Bool] {
        var out = Array(repeating: false, count: lines.count)
        var afterAddress = false
        for (k, line) in lines.enumerated() {
            if isAddressLine(line, afterAddress: afterAddress) {
                out[k] = true
                afterAddress = true
            } else if afterAddress, k + 1 < lines.count, isTownWords(line), isStateAndZip(lines[k + 1]) {
                // `…, 118 Ferry Road, Portland, ME 04101`: the town and the state with its ZIP code, two fields.
                out[k] = true
            } else if afterAddress, k > 0, out[k - 1], isStateAndZip(line) || isCountry([line]) {
                out[k] = true
            } else {
                afterAddress = false
            }
        }
        return out
    }

    /// One line (or field): each of its parts (cut at `, `, ` · `, ` | `) is an address part, the first a
    /// street or box unless an address line came before it.
    static func isAddressLine(_ line: String, afterAddress: Bool = false) -> Bool {
        guard line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
              !line.utf8.contains(0x40), line.count <= 80 else { return false }
        if afterAddress, isNorthAmericanTownLine(line) { return true }
        let parts = line.split(separator: ",").flatMap { $0.split(separator: "·") }.flatMap { $0.split(separator: "|") }
            .map { $0.split(separator: " ").map(String.init) }.filter { !$0.isEmpty }
        guard !parts.isEmpty else { return false }
        var opened = afterAddress
        for (k, words) in parts.enumerated() {
            if isStreet(words) || isBox(words) {
                opened = true
            } else if k + 1 < parts.count, parts[k + 1].count == 1, isHouseNumber(parts[k + 1][0]), isStreet(words + parts[k + 1]) {
                // `Via F.lli Folonari, 20`, `Rue des Tanneurs, 4`: the street's name, a comma, its house number.
                opened = true
            } else if k > 0, words.count == 1, isHouseNumber(words[0]), isStreet(parts[k - 1] + words) {
                continue
            } else if isPostcodeAndTown(words) && (opened || hasCountryLetter(words[0])) || opened && isCountry(words) {
                opened = true
            } else {
                return false
            }
        }
        return true
    }

    // MARK: - The forms

    /// `Hafenstraße 12`, `Dingolfinger Str. 1-15`, `12 Harbour Road`, `4 rue des Tanneurs`, `Via Roma 18`,
    /// `Rua Augusta 100`: a house number and a street word, within six words.
    static func isStreet(_ words: [String]) -> Bool {
        guard (2...7).contains(words.count) else { return false }
        // The house number stands right before or after the street word (`12 Harbour Road`, `Via Roma 18`,
        // `4 rue des Tanneurs`: first or last word of the line when the street's name lies between).
        for (k, word) in words.enumerated() where isStreetWord(word) {
            if k + 1 < words.count, isHouseNumber(words[k + 1]) { return true }
            if k > 0, isHouseNumber(words[k - 1]) { return true }
            if isHouseNumber(words[0]) && k <= 2 || isHouseNumber(words[words.count - 1]) && words.count - k <= 4 { return true }
        }
        return false
    }

    private static func isStreetWord(_ word: String) -> Bool {
        let w = word.lowercased().trimmingCharacters(in: .init(charactersIn: ".,"))
        return streetWords.contains(w) || streetEndings.contains { w.count > $0.count + 2 && w.hasSuffix($0) }
    }

    private static func hasCountryLetter(_ word: String) -> Bool {
        guard let dash = word.firstIndex(of: "-") else { return false }
        return (1...2).contains(word[..<dash].count) && word[..<dash].allSatisfy { $0.isASCII && $0.isUppercase }
    }

    /// `Portland`, `Salt Lake City`: up to three capitalised words without digits.
    private static func isTownWords(_ field: String) -> Bool {
        let words = field.split(separator: " ")
        return (1...3).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true && !$0.contains(where: \.isNumber) }
    }

    /// `ME 04101`, `TX 78701-1234`.
    private static func isStateAndZip(_ field: String) -> Bool {
        let words = field.split(separator: " ")
        guard words.count == 2, words[0].count == 2, words[0].allSatisfy({ $0.isASCII && $0.isUppercase }) else { return false }
        let zip = words[1].split(separator: "-")
        return (1...2).contains(zip.count) && zip.first?.count == 5 && zip.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
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
        if rest.count == 2 { return isStateAndZip(rest.joined(separator: " ")) }
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
        "terrace", "parkway", "highway", "crescent", "wharf", "quay",
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
