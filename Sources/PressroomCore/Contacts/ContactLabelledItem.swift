import Foundation

/// A press contact printed as one labelled item among others, outside any contact block: a footer line of
/// items (`Web: https://… • Twitter: @… • Media contact: press@…`) or a list of labelled links under the text
/// (`Spotify: https://…` / `Press contact: press@…` / `Web: https://…`). Issuers that give no contact block
/// print their contact this way, so a release without one is read for such an item.
extension ContactParser {
    /// The separators that part the items of one printed line.
    private static let itemSeparators: [String] = [" • ", " · ", " | ", " ● ", " ▪ "]

    /// The contacts of the items in `texts` (printed lines) whose label is a contact heading (`Press
    /// contact`, `Media enquiries`, `Contacto de prensa`) and whose value holds an e-mail address or a phone
    /// number; nothing for any other text. Meant for a release whose segments gave no contact.
    static func labelledItemContacts(in texts: [String]) -> [Contact] {
        var out: [Contact] = []
        for text in texts {
            // Cheap test first: an item prints a label's colon and an address's `@` or a number's digits, in a
            // short text (a footer line or a list item, not a paragraph of prose run onto one line).
            guard text.utf8.count <= 400, TextScan.hasByte(text, 0x3A),
                  TextScan.hasByte(text, 0x40) || text.utf8.contains(where: ASCII.isDigit) else { continue }
            for item in items(of: text) {
                guard let (label, value) = labelAndValue(item) else { continue }
                let found = parse(lines: [label + ":", value]).filter { !$0.phones.isEmpty || !$0.emails.isEmpty }
                out += found
            }
        }
        return out
    }

    /// `text` cut at its item separators, each item trimmed (zero-width and format characters too: pages put
    /// them around a label's value).
    static func items(of text: String) -> [String] {
        var parts = [text]
        for sep in itemSeparators where TextScan.has(text, sep) {
            parts = parts.flatMap { $0.components(separatedBy: sep) }
        }
        return parts.map { part in
            let kept = part.unicodeScalars.filter { $0.properties.generalCategory != .format }
            return TextScan.trim(String(String.UnicodeScalarView(kept)))
        }.filter { !$0.isEmpty }
    }

    /// The label and the value of `item` (`Media contact: press@…` → `Media contact`, `press@…`) when the label
    /// is a contact heading and the value is short and holds an address or a number; nil for any other item.
    static func labelAndValue(_ item: String) -> (String, String)? {
        guard let colon = item.firstIndex(of: ":") else { return nil }
        let label = TextScan.trim(item[..<colon])
        let value = TextScan.trim(item[item.index(after: colon)...])
        guard !label.isEmpty, !value.isEmpty, TextScan.wordCount(value, atMost: 9) <= 8,
              ContactVocabulary.isHeading(label) else { return nil }
        guard !LinkExtractor.emails(in: value).isEmpty || !PhoneNumber.phones(in: value).isEmpty else { return nil }
        return (label, value)
    }
}
