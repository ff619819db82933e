import Foundation

/// How names are compared for merging.
enum NameKey {
    static let honorifics: Set<String> = [
        "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "m", "mme", "mlle", "sr", "sra", "srta", "dra",
        "herr", "frau", "dott", "ing", "sir", "dame", "rev", "hon", "dipl", "mag",
    ]

    /// The folded words of a name (case and accents folded, split at anything not a letter or digit),
    /// honorifics and post-nominal dots aside: `Dr. Śhamiso Mtisi-Dube` → `shamiso mtisi dube`.
    static func words(_ name: String) -> [String] {
        let folded = Fold.contact(name)
        var words: [String] = []
        var current = ""
        for ch in folded {
            if ch.isLetter || ch.isNumber { current.append(ch) } else if !current.isEmpty { words.append(current); current = "" }
        }
        if !current.isEmpty { words.append(current) }
        let kept = words.filter { !honorifics.contains($0) }
        return kept.isEmpty ? words : kept
    }

    /// The key names sort by: folded words, honorifics aside, letters without a decomposition spelt
    /// plainly (`Dr. Łukasz Wróbel` → `lukasz wrobel`).
    static func sortKey(_ name: String) -> String {
        var out = ""
        for ch in words(name).joined(separator: " ") {
            switch ch {
            case "ł": out += "l"
            case "ø": out += "o"
            case "đ", "ð": out += "d"
            case "ħ": out += "h"
            case "ı": out += "i"
            case "æ": out += "ae"
            case "œ": out += "oe"
            case "ß": out += "ss"
            case "þ": out += "th"
            default: out.append(ch)
            }
        }
        return out
    }

    /// Whether two names can be one person's: every word of the shorter stands for a different word of the
    /// longer, in any order — the same word, or its initial — and at least one whole word is shared.
    /// `S. Mtisi` ~ `Shamiso Mtisi`, `Mtisi, Shamiso` ~ `Shamiso Mtisi`, `Mtisi` ~ `Shamiso Mtisi`;
    /// `Press Office` ≁ `Shamiso Mtisi`, `John Smith` ≁ `Jane Smith`.
    static func agree(_ a: [String], _ b: [String]) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard !short.isEmpty else { return false }
        var used = [Bool](repeating: false, count: long.count)
        var whole = false
        // Whole words first, so that an initial does not take the word a whole word needs.
        var initials: [String] = []
        for w in short {
            if w.count == 1 { initials.append(w); continue }
            guard let k = long.indices.first(where: { !used[$0] && long[$0] == w }) else { return false }
            used[k] = true
            whole = true
        }
        for w in initials {
            guard let k = long.indices.first(where: { !used[$0] && long[$0].hasPrefix(w) }) else { return false }
            used[k] = true
        }
        return whole
    }

    private static let deskWords: Set<String> = [
        "press", "presse", "prensa", "imprensa", "stampa", "pers", "media", "medien", "medios", "news", "newsroom",
        "info", "information", "informacion", "contact", "contacto", "contato", "kontakt", "office", "desk", "team",
        "enquiries", "enquiry", "inquiries", "inquiry", "relations", "communications", "communication", "comms",
        "comunicacion", "comunicacao", "comunicazione", "kommunikation", "pr", "pressoffice", "mediarelations",
        "pressestelle", "hello", "mail", "admin", "secretariat", "office", "general", "public", "affairs", "rp",
        "presseservice", "service", "servicio", "unit", "hotline", "onduty", "duty", "out", "of", "hours", "oncall",
    ]

    /// Whether an address is a desk's rather than a person's: every word before `@` is a desk word
    /// (`press@`, `media.enquiries@`, `pressoffice@`, `info@`), digits aside.
    static func isDeskAddress(_ address: String) -> Bool {
        guard let at = address.firstIndex(of: "@") else { return false }
        let local = address[..<at]
        let words = local.split(whereSeparator: { !$0.isLetter }).map(String.init)
        return !words.isEmpty && words.allSatisfy { deskWords.contains($0) }
    }
}
