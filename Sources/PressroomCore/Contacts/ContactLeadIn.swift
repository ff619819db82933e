/// The short texts that introduce contacts rather than name them: a sentence leading into the block
/// (`For interviews, please contact either:`, `Jane Doe can be contacted at:`) and a label before a person
/// (`Media:`, `In the region:`, `Before the event:`). Read once per line of a contact block, which is short.
enum ContactLeadIn {
    enum Reading: Equatable {
        /// The sentence introduces the contacts below it and names nobody.
        case heading
        /// The sentence names the contact whose details follow (`Jane Doe can be contacted at:`).
        case name(String)
    }

    /// Verbs of contacting that a lead-in sentence uses before the contacts it introduces.
    private static let verbs: Set<String> = [
        "contact", "call", "reach", "email", "e-mail", "write", "contactez", "contacter", "appelez", "contactar",
        "contacte", "llame", "escriba", "contate", "contatar", "ligue", "kontaktieren", "wenden",
    ]
    /// Passive forms: `can be contacted at:`, `may be reached on:`, `est joignable au :`.
    private static let passives: Set<String> = ["contacted", "reached", "called", "emailed", "joignable", "joint", "joignables",
                                                "contactado", "contactada", "erreichbar", "contactee", "contacte"]
    private static let modals: Set<String> = ["can", "may", "could", "will", "is", "are", "est", "sont", "puede", "pode", "ist", "sind"]

    /// What a line of a contact block that ends in a colon and holds no number or address says, when it is a
    /// lead-in sentence; nil for any other line.
    static func read(_ text: String) -> Reading? {
        // Cheap tests first: a colon at the end, no digit and no `@` (a number or an address is data).
        guard let last = text.unicodeScalars.last, last == ":" || last == "：" else { return nil }
        guard text.utf8.count <= 240, !text.utf8.contains(where: { ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "@") }) else {
            return nil
        }
        var body = text
        while let l = body.last, l == ":" || l == "：" || l == " " { body.removeLast() }
        let words = body.split(separator: " ")
        guard words.count >= 3 else { return nil }
        let folded = words.map { ContactVocabulary.fold($0).trimmed(".,;") }
        // `Jane Doe can be contacted at:` — the name before the modal.
        for k in 1..<folded.count where modals.contains(folded[k]) {
            var j = k + 1
            if j < folded.count, folded[j] == "be" || folded[j] == "etre" || folded[j] == "ser" || folded[j] == "sein" { j += 1 }
            guard j < folded.count, passives.contains(folded[j]) else { continue }
            let name = words[..<k].joined(separator: " ")
            if ContactVocabulary.looksLikePersonName(name) { return .name(name) }
            return .heading
        }
        // `…, please contact either:`, `contact one of the following:` — a verb of contacting and no name after it.
        for k in folded.indices where verbs.contains(folded[k]) && k + 1 <= folded.count {
            let after = words[(k + 1)...]
            if after.allSatisfy({ w in w.first.map { !$0.isUppercase } ?? true }) { return .heading }
        }
        return nil
    }

    /// Whether `text` can be a label before a person or over a contact: one to four words, the first
    /// capitalised, without digits, addresses or sentence marks, and not itself a person's name.
    /// (`Media`, `In the region`, `Before the event`, `On the day`.)
    static func isShortLabel(_ text: String) -> Bool {
        let t = text.trimmed()
        guard !t.isEmpty, t.utf8.count <= 40, let first = t.first, first.isUppercase else { return false }
        guard !t.utf8.contains(where: { ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: ".")
                                        || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "(") }) else { return false }
        let words = t.split(separator: " ")
        guard words.count <= 4 else { return false }
        if ContactVocabulary.fieldLabel(t) != nil { return false }
        // A name (`Jane Doe:`) is no label; a label of more than one word has a lower-case word in it
        // (`In the region`, `On the day`) or is a single word (`Media`).
        if words.count > 1 { return words.dropFirst().contains { $0.first?.isLowercase ?? false } }
        return true
    }
}
