import Foundation

/// What a document itself says about its hyphenated words: which compounds it prints with a hyphen
/// (`KP-certified`) and which words it prints whole. Line-end hyphens are judged from this first.
struct HyphenationEvidence: Sendable {
    /// Lower-cased words printed with an inner hyphen, inside a line (`kp-certified`).
    var compounds: Set<String> = []
    /// Compounds without their hyphens (`kpcertified`) → the compound (`kp-certified`).
    var joinedCompounds: [String: String] = [:]
    /// The document's lines, lower-cased, one per line; kept only when some line ends with a hyphen
    /// (the only time words are looked up). Searching it beats indexing every word of every document.
    private var lowered: String = ""

    init() {}

    /// Collects evidence from every printed line. `lineEndHyphensJudged`: false for styles whose
    /// line-end hyphens are always kept (typed text, markdown), which never look words up.
    init(lines: [String], lineEndHyphensJudged: Bool = true) {
        let needWords = lineEndHyphensJudged && lines.contains { $0.utf8.last == 0x2D }
        if needWords { lowered = TextScan.lowercased(lines.joined(separator: "\n")) }
        for line in lines where TextScan.hasByte(line, 0x2D) {
            // Cut at space bytes: a Character-by-Character split was most of this function's cost.
            let tokens = line.utf8.split(separator: 0x20).map { Substring($0) }
            for (i, raw) in tokens.enumerated() where TextScan.hasByte(raw, 0x2D) {
                if i == tokens.count - 1 && raw.hasSuffix("-") { continue }
                let lower = Self.core(raw).lowercased()
                guard !lower.isEmpty, !lower.hasSuffix("-"), !lower.hasPrefix("-") else { continue }
                compounds.insert(lower)
                joinedCompounds[String(decoding: lower.utf8.filter { $0 != 0x2D }, as: UTF8.self)] = lower
            }
        }
    }

    /// True when the document prints `word` (lower case) as a whole word somewhere, or as a part of a
    /// hyphenated compound, other than cut at a line end.
    func hasWord(_ word: String) -> Bool {
        guard !word.isEmpty, !lowered.isEmpty else { return false }
        let u = lowered.utf8
        var from = lowered.startIndex
        while let r = TextScan.find(word, in: lowered[from...]) {
            let before: UInt8? = r.lowerBound > u.startIndex ? u[u.index(before: r.lowerBound)] : nil
            let after: UInt8? = r.upperBound < u.endIndex ? u[r.upperBound] : nil
            func isWordByte(_ b: UInt8?) -> Bool {
                guard let b else { return false }
                return (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
            }
            // Not inside a longer word, and not the piece before a line-end hyphen.
            if !isWordByte(before) && !isWordByte(after) && !(after == 0x2D && (r.upperBound == u.endIndex || u.index(after: r.upperBound) == u.endIndex || u[u.index(after: r.upperBound)] == 0x0A)) {
                // Nor the piece after a line-end hyphen (`pay-` / `ments`).
                if let b = before, b == 0x0A, r.lowerBound > u.index(after: u.startIndex) {
                    let twoBack = u[u.index(r.lowerBound, offsetBy: -2)]
                    if twoBack != 0x2D { return true }
                } else {
                    return true
                }
            }
            from = r.upperBound
        }
        return false
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
        if hasWord(l + r) { return false }
        // Capitals and digits next to the hyphen: `KP-certified`, `COVID-19`, `pre-2020`.
        if lastLeft.isNumber || firstRight.isNumber || firstRight.isUppercase { return true }
        if let lastLeftOrig = Self.core(left).last, lastLeftOrig.isUppercase { return true }
        let leftPart = String(l.split(separator: "-").last ?? Substring(l))
        if ReleaseLexicon.hyphenPrefixes.contains(leftPart) { return true }
        let rightPart = String(r.split(separator: "-").first ?? Substring(r))
        if ReleaseLexicon.hyphenSuffixes.contains(rightPart) { return true }
        // Both halves are words this document uses on their own: a compound (`community-run`).
        if leftPart.count >= 3, rightPart.count >= 3, hasWord(leftPart), hasWord(rightPart) { return true }
        // No evidence in the document: a dictionary, where one is installed.
        if let keep = WordList.keepsHyphen(left: leftPart, right: rightPart) { return keep }
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
        // One allocation for the paragraph instead of regrowing it line by line.
        let capacity = lines.reduce(0) { $0 + $1.utf8.count + 1 }
        for raw in lines {
            let line = TextScan.collapse(raw)
            if line.isEmpty { continue }
            if out.isEmpty { out = line; out.reserveCapacity(capacity); continue }
            if out.utf8.last == 0x2D, out.utf8.count >= 2 {
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

    /// `text` lower-cased when it is all ASCII (the usual paragraph), in one tight pass; nil otherwise.
    static func asciiLowercased(_ text: String) -> String? {
        TextScan.withBytes(text) { b -> String? in
            var high: UInt8 = 0
            let lowered = String(unsafeUninitializedCapacity: b.count) { out in
                for i in 0..<b.count {
                    let x = b[i]
                    high |= x
                    out[i] = x &- 0x41 < 26 ? x &+ 0x20 : x
                }
                // Non-ASCII: the bytes written may not be valid UTF-8; keep none.
                return high < 0x80 ? b.count : 0
            }
            return high < 0x80 ? lowered : nil
        }
    }

    /// pdftotext removes every line-end hyphen, real ones too (`KP-` + `certified` → `KPcertified`):
    /// puts back the hyphen of words the document prints hyphenated elsewhere.
    static func restoreHyphens(_ text: String, evidence: HyphenationEvidence) -> String {
        let joinedToCompound = evidence.joinedCompounds
        guard !joinedToCompound.isEmpty else { return text }
        let lowered = asciiLowercased(text) ?? TextScan.lowercased(text)
        guard joinedToCompound.keys.contains(where: { TextScan.find($0, in: lowered[...]) != nil }) else { return text }
        var changed = false
        let tokens = text.split(separator: " ", omittingEmptySubsequences: false).map { token -> Substring in
            guard token.count >= 5, !TextScan.has(token, "-") else { return token }
            let core = HyphenationEvidence.core(token)
            guard let compound = joinedToCompound[core.lowercased()],
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
            return Substring(String(token[..<range.lowerBound]) + rebuilt + String(token[range.upperBound...]))
        }
        return changed ? tokens.joined(separator: " ") : text
    }
}
