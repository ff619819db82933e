/// A contact block printed above the headline, as US agencies print it: the date and `Contact:` on one line,
/// then the person's title, office, phone and e-mail each on a line of its own, then the headline.
///
///     June 3, 2024 Contact: Jane Doe
///     Public Information Officer
///     Harlow County Clerk's Office
///     555-201-3000 (office)
///     jane.doe@harlowcounty.example.gov
///
/// Read once per document over the few lines above the body.
extension ContactParser {
    /// The lines of a contact block among the lines above the headline (header and headline lines, in
    /// order), starting at its `Contact:` label (what precedes the label on its line, a date, is left out);
    /// empty when those lines hold no such block.
    public static func headContactLines(_ lines: [String]) -> [String] {
        for (i, line) in lines.prefix(16).enumerated() {
            guard let start = labelStart(line) else { continue }
            var out = [String(line[start...])]
            var sawData = holdsData(line)
            var textLines = 0
            for next in lines[(i + 1)...] {
                let t = next.trimmed()
                if t.isEmpty { continue }
                if ContactLineShape.isContactLine(t) || holdsData(t) && t.utf8.count <= 80 {
                    out.append(t)
                    sawData = true
                    continue
                }
                // Before the numbers: the person's title and office, short lines without a sentence's end.
                guard !sawData, textLines < 3, t.utf8.count <= 80, !t.hasSuffix("."), !TextScan.hasByte(t, 0x3A) else { break }
                out.append(t)
                textLines += 1
            }
            return sawData ? out : []
        }
        return []
    }

    /// Whether a line prints a phone number (a bare one too: `555-201-3000 (office)`) or an e-mail address.
    private static func holdsData(_ line: String) -> Bool {
        let hints = ContactLineShape.contactHints(line)
        return hints.digits && !PhoneNumber.find(in: line, lenient: true).isEmpty || hints.address && !LinkExtractor.emails(in: line).isEmpty
    }

    /// Where a `Contact:` (`Media contact:`, `Contacto:`, `Kontakt:`) label starts on a line, when the line has
    /// one among its first words with a value after it.
    private static func labelStart(_ line: String) -> String.Index? {
        // Cheap test first: a colon among the first 60 bytes (found on the buffer: the generic `firstIndex(of:)` of
        // the UTF-8 view cost ~1.3 K instructions a line).
        guard let offset = TextScan.withBytes(line, { b in b.prefix(60).firstIndex(of: UInt8(ascii: ":")) }) else { return nil }
        let colon = line.utf8.index(line.utf8.startIndex, offsetBy: offset)
        let before = line[..<colon]
        let after = line[line.index(after: colon)...].trimmed()
        guard !after.isEmpty else { return nil }
        // The label ends in a word of enquiry (`Contact`, `Media enquiries`): any other line is passed over
        // before its words are split and looked up.
        let lastWord = before[(before.lastIndex(of: " ").map { before.index(after: $0) } ?? before.startIndex)...]
        guard !lastWord.isEmpty, ContactVocabulary.endsWithEnquiryWord(String(lastWord)) else { return nil }
        let words = before.split(separator: " ")
        guard !words.isEmpty, words.count <= 8 else { return nil }
        // The label: its last one or two words (`Contact`, `Media contact`).
        for n in [2, 1] where words.count >= n {
            let label = words[(words.count - n)...].joined(separator: " ")
            let folded = Fold.contact(label)
            let isLabel = n == 1 ? ["contact", "contacts", "contacto", "contato", "kontakt"].contains(folded)
                                 : ContactVocabulary.isHeading(label) && ContactVocabulary.endsWithEnquiryWord(label)
            if isLabel { return words[words.count - n].startIndex }
        }
        return nil
    }

    /// The contacts of a block above the headline that the contact block at the end does not repeat (the
    /// same e-mail address or name).
    public static func headContacts(_ head: [Contact], besides end: [Contact]) -> [Contact] {
        head.filter { h in
            !end.contains { e in
                !Set(h.emails).isDisjoint(with: e.emails) || (h.name != nil && h.name == e.name)
            }
        }
    }
}
