/// Numbers a release's links where they are printed in its text, as newsboat does: `saltpan.org/way[1]`.
///
/// A release's links are a list of URLs (`Release.links`); its text prints them however the writer did:
/// whole (`https://example.org/report`), without the scheme (`example.org/report`, `www.example.org`),
/// without a final slash, or as the bare address of a `mailto:`. Each link is marked once, after its first
/// printing in reading order; a link printed nowhere (a markdown link's anchor text, say) is only listed at
/// the end of the detail.
public struct LinkMarkers: Sendable {
    /// The forms a link may be printed in, longest first, and its number.
    private let forms: [(number: Int, forms: [String])]
    /// The links already marked.
    private(set) var placed: Set<Int> = []

    public init(links: [String]) {
        forms = links.enumerated().map { (i, link) in (i + 1, Self.printedForms(of: link)) }
    }

    /// The ways `link` is printed in text, longest first.
    static func printedForms(of link: String) -> [String] {
        var forms: [String] = [link]
        let lower = link.lowercased()
        if lower.hasPrefix("mailto:") {
            var address = String(link.dropFirst("mailto:".count))
            if let query = address.firstIndex(of: "?") { address = String(address[..<query]) }
            forms.append(address)
        }
        for scheme in ["https://", "http://"] where lower.hasPrefix(scheme) {
            let bare = String(link.dropFirst(scheme.count))
            forms.append(bare)
            if bare.lowercased().hasPrefix("www.") { forms.append(String(bare.dropFirst(4))) }
        }
        for form in forms where form.hasSuffix("/") && form.count > 1 { forms.append(String(form.dropLast())) }
        var seen = Set<String>()
        return forms.filter { $0.count >= 4 && seen.insert($0).inserted }.sorted { $0.count > $1.count }
    }

    /// `text` with `[n]` after the first printing of each link not yet marked (earlier text marks first).
    public mutating func mark(_ text: String) -> String {
        guard !forms.isEmpty, !text.isEmpty else { return text }
        // Where each unplaced link is first printed in this text.
        var found: [(range: Range<String.Index>, number: Int)] = []
        for (number, forms) in forms where !placed.contains(number) {
            var best: Range<String.Index>?
            for form in forms {
                guard let range = Self.firstPrinting(of: form, in: text) else { continue }
                if best == nil || range.lowerBound < best!.lowerBound { best = range }
            }
            if let best, !found.contains(where: { $0.range.overlaps(best) && $0.range != best }) {
                found.append((best, number))
            }
        }
        guard !found.isEmpty else { return text }
        // Two links printed at one place (the same URL listed twice) share the place: both numbers follow it.
        found.sort { ($0.range.upperBound, $0.number) < ($1.range.upperBound, $1.number) }
        var out = ""
        var cursor = text.startIndex
        for (range, number) in found {
            out += text[cursor..<range.upperBound]
            out += "[\(number)]"
            cursor = range.upperBound
            placed.insert(number)
        }
        out += text[cursor...]
        return out
    }

    /// The first place `form` is printed as a whole in `text` (ignoring case): not part of a longer word,
    /// address or path (`example.org` is not found in `example.org/report` nor in `myexample.org`).
    static func firstPrinting(of form: String, in text: String) -> Range<String.Index>? {
        var from = text.startIndex
        while from < text.endIndex,
              let range = text.range(of: form, options: [.caseInsensitive], range: from..<text.endIndex) {
            let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : nil
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : nil
            // Punctuation after an address ends the sentence unless more of an address follows it
            // (`example.org.` ends; `example.org.uk` and `example.org/report` go on).
            var afterContinues = false
            if let after, isAddressCharacter(after) {
                if ".,;:!?".contains(after) {
                    let next = text.index(after: range.upperBound)
                    afterContinues = next < text.endIndex && (text[next].isLetter || text[next].isNumber)
                } else {
                    afterContinues = true
                }
            }
            let beforeContinues = before.map { isAddressCharacter($0) && $0 != "(" && $0 != "<" } ?? false
            if !afterContinues && !beforeContinues { return range }
            from = text.index(after: range.lowerBound)
        }
        return nil
    }

    /// A character that can continue an address or a path.
    private static func isAddressCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || "/-_.~%#?=&+@:".contains(c)
    }
}
