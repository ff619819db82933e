import Foundation

/// What a document itself says about its hyphenated words: which compounds it prints with a hyphen
/// (`KP-certified`) and which words it prints whole. Line-end hyphens are judged from this first.
struct HyphenationEvidence: Sendable {
    /// Lower-cased words printed with an inner hyphen, inside a line (`kp-certified`).
    var compounds: Set<String> = []
    /// Lower-cased words printed inside a line (hyphenated words also give their parts).
    var words: Set<String> = []

    init() {}

    /// Collects evidence from every printed line. Only the inside of a line counts: a word cut at the
    /// end of a line is what is being judged.
    init<S: Sequence>(lines: S) where S.Element == String {
        var afterHyphen = false
        for line in lines {
            let tokens = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            defer { afterHyphen = line.hasSuffix("-") }
            for (i, raw) in tokens.enumerated() {
                if i == 0 && afterHyphen { continue }
                let word = Self.core(raw)
                guard !word.isEmpty else { continue }
                let lower = word.lowercased()
                let isLast = i == tokens.count - 1
                if lower.contains("-") {
                    if isLast && raw.hasSuffix("-") { continue }
                    if !lower.hasSuffix("-") && !lower.hasPrefix("-") { compounds.insert(lower) }
                    for part in lower.split(separator: "-") where part.count > 1 { words.insert(String(part)) }
                } else {
                    words.insert(lower)
                }
            }
        }
    }

    /// `raw` without surrounding punctuation and quotes (hyphens inside kept, a trailing hyphen kept).
    static func core<S: StringProtocol>(_ raw: S) -> String {
        guard let start = raw.firstIndex(where: { $0.isLetter || $0.isNumber }) else { return "" }
        guard let end = raw.lastIndex(where: { $0.isLetter || $0.isNumber || $0 == "-" }) else { return "" }
        guard start <= end else { return "" }
        return String(raw[start...end])
    }

    /// Whether the hyphen in `left-` + `right` (printed at a line end) belongs to the word.
    /// `left` is the whole token before the hyphen (`KP`, `organi`), `right` the token after it.
    func keepsHyphen(left: String, right: String) -> Bool {
        let l = Self.core(left).lowercased()
        let r = Self.core(right).lowercased()
        guard let lastLeft = l.last, let firstRight = Self.core(right).first else { return true }
        // The document prints the compound elsewhere, or the joined word.
        if compounds.contains(l + "-" + r) { return true }
        if words.contains(l + r) { return false }
        // Capitals and digits next to the hyphen: `KP-certified`, `COVID-19`, `pre-2020`.
        if lastLeft.isNumber || firstRight.isNumber || firstRight.isUppercase { return true }
        if let lastLeftOrig = Self.core(left).last, lastLeftOrig.isUppercase { return true }
        let leftPart = String(l.split(separator: "-").last ?? Substring(l))
        if ReleaseLexicon.hyphenPrefixes.contains(leftPart) { return true }
        let rightPart = String(r.split(separator: "-").first ?? Substring(r))
        if ReleaseLexicon.hyphenSuffixes.contains(rightPart) { return true }
        // Both halves are words this document uses on their own: a compound (`community-run`).
        if leftPart.count >= 3, rightPart.count >= 3, words.contains(leftPart), words.contains(rightPart) { return true }
        // An inner hyphen already (`Kamau-Otie-` + `no` would be odd; `sous-ré-` likewise): a split.
        return false
    }
}

/// Joins printed lines into one paragraph: single spaces, line-end hyphens repaired.
enum Reflow {
    /// `lines` as one paragraph. `keepLineEndHyphens`: the style never splits words at line ends
    /// (typed text wrapped at spaces), so a line-end hyphen is part of the word.
    static func join(_ lines: [String], evidence: HyphenationEvidence, keepLineEndHyphens: Bool) -> String {
        var out = ""
        for raw in lines {
            let line = TextScan.collapse(raw)
            if line.isEmpty { continue }
            if out.isEmpty { out = line; continue }
            if out.hasSuffix("-"), out.count >= 2 {
                let beforeHyphen = out.dropLast()
                let leftWord = TextScan.lastWord(beforeHyphen)
                let rightWord = TextScan.firstWord(line)
                let splitsWord = beforeHyphen.last.map { $0.isLetter || $0.isNumber } == true
                    && rightWord.first.map { $0.isLetter || $0.isNumber } == true
                if splitsWord {
                    if keepLineEndHyphens || evidence.keepsHyphen(left: String(leftWord), right: String(rightWord)) {
                        out += line
                    } else {
                        out.removeLast()
                        out += line
                    }
                    continue
                }
            }
            out += " "
            out += line
        }
        return out
    }

    /// pdftotext removes every line-end hyphen, real ones too (`KP-` + `certified` → `KPcertified`):
    /// puts back the hyphen of words the document prints hyphenated elsewhere.
    static func restoreHyphens(_ text: String, evidence: HyphenationEvidence) -> String {
        guard !evidence.compounds.isEmpty else { return text }
        var joinedToCompound: [String: String] = [:]
        for c in evidence.compounds { joinedToCompound[c.replacingOccurrences(of: "-", with: "")] = c }
        var changed = false
        let tokens = text.split(separator: " ", omittingEmptySubsequences: false).map { token -> Substring in
            guard token.count >= 5, !token.contains("-") else { return token }
            let core = HyphenationEvidence.core(token)
            guard let compound = joinedToCompound[core.lowercased()], !evidence.words.contains(core.lowercased()),
                  let range = token.range(of: core) else { return token }
            // Rebuild with the printed capitals: insert hyphens where the compound has them.
            var rebuilt = ""
            var ci = compound.makeIterator()
            for ch in core {
                if let expected = ci.next(), expected == "-" {
                    rebuilt.append("-")
                    _ = ci.next()
                }
                rebuilt.append(ch)
            }
            changed = true
            var t = String(token)
            t.replaceSubrange(range, with: rebuilt)
            return Substring(t)
        }
        return changed ? tokens.joined(separator: " ") : text
    }
}
