import Foundation

/// Two places where a release names its issuer by the accounts it publishes under (session 12): the social handle
/// it asks readers to follow or tag (`@HarbourLanterns`), and the author of the site's page (front matter's
/// `author:`). Neither is the release's text, so each only names a candidate or confirms one that the text prints.
extension OrganizationNames {
    /// The social handles printed in `texts` (`@PizzatothePolls`, `(@harbour_lanterns)`), lowered, with `_` dropped:
    /// an `@` at a word's start (an e-mail's `@` follows its local part), four letters or digits or more after it,
    /// and not an address's host (`@example.org`). A release asks its readers to follow or tag its issuer's own
    /// account; an account of a person or a partner spells no name the finder weighs as the issuer unless another
    /// cue names it too.
    static func socialHandles(in texts: [String]) -> [String] {
        var out: [String] = []
        for text in texts where TextScan.hasByte(text, 0x40) {
            TextScan.withBytes(text) { b in
                let n = b.count
                var i = 0
                while i < n {
                    defer { i += 1 }
                    guard b[i] == 0x40, i == 0 || b[i - 1] == 0x20 || b[i - 1] == 0x28 || b[i - 1] == 0x0A else { continue }
                    var k = i + 1
                    var letters: [UInt8] = []
                    while k < n, ASCII.isLetter(b[k]) || ASCII.isDigit(b[k]) || b[k] == 0x5F {
                        if b[k] != 0x5F { letters.append(ASCII.lowered(b[k])) }
                        k += 1
                    }
                    // `@example.org` is an address's host, not a handle.
                    if k + 1 < n, b[k] == 0x2E, ASCII.isLetter(b[k + 1]) { continue }
                    if letters.count >= 4 { out.append(String(decoding: letters, as: UTF8.self)) }
                    i = k - 1
                }
            }
        }
        return out
    }

    /// The letters and digits of `name` folded (`Pizza to the Polls` → `pizzatothepolls`), as a handle spells it.
    static func handleLetters(_ name: String) -> String {
        String(decoding: lettersAndDigits(Fold.line(name)), as: UTF8.self)
    }

    /// Whether `name` (as the text prints it) has a person's shape: two to four words, each capitalised. A handle
    /// spells a person's account as well as an organisation's, so it confirms only a name no person bears
    /// (`Pizza to the Polls`, with its small words).
    static func hasPersonsShape(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        return (2...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
    }

    /// The issuer's name as the page's author (front matter `author: Harbour Lanterns Trust`): a site's page is
    /// posted by the organisation's account. Taken only with an organisation word, as a name of up to eight words
    /// with no comma, digit or address (`Jane Roe, Director` is a person; `press-team` a slug), since most pages'
    /// authors are people.
    /// The name a metadata `publisher:` gives, without its gloss (`Harbour Police (HPD) — the city's police`,
    /// `Harbour Police, Press Office` → `Harbour Police`): a capitalised name of up to eight words, no address,
    /// no web address, no digit. Unlike an author, a publisher needs no organisation word: it is one.
    static func publisherName(_ value: String) -> String? {
        var t = Substring(TextScan.trim(value))
        for sep in [" — ", " – ", " - ", " (", ", ", " | ", "; "] {
            if let r = t.range(of: sep) { t = t[..<r.lowerBound] }
        }
        let name = TextScan.trim(String(t))
        guard !name.isEmpty, name.utf8.count <= 100, name.first?.isUppercase == true,
              !TextScan.withBytes(name, { b in b.contains { $0 == 0x40 || $0 == 0x2F || $0 == 0x3A || ASCII.isDigit($0) } }),
              (1...8).contains(wordCount(name)) else { return nil }
        return name
    }

    static func bylineName(_ author: String) -> String? {
        let t = TextScan.trim(author)
        guard !t.isEmpty, t.utf8.count <= 120,
              !TextScan.withBytes(t, { b in b.contains { $0 == 0x2C || $0 == 0x40 || $0 == 0x2F || $0 == 0x3A || ASCII.isDigit($0) } }),
              (1...8).contains(wordCount(t)), t.first?.isUppercase == true,
              t.split(separator: " ").contains(where: { isOrganizationWord($0) }) else { return nil }
        return t
    }
}
