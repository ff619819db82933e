/// The sign-off that closes a statement, declaration or communiqué after its body: where and when it was
/// made (`Fait à Dakar, le 2 avril 2024`, `Hecho en Quito, a 3 de mayo de 2024`, `Dated at Eldoret this
/// 5th day of June, 2024`, `Maputo, 22 de Março de 2024` as the body's last line), `Signed,` and the
/// signatory's lines under it. It gives the issue date and the dateline's place, and it is not body.
enum SignOff {
    struct Found {
        var date: DateMatch?
        var place: String?
    }

    /// Openers that say where (and when) the text was made or signed (folded, each followed by the place).
    static let placeOpeners: [String] = [
        "fait a ", "fait au ", "fait en ", "hecho en ", "dado en ", "firmado en ", "feito em ", "feito no ", "feito na ",
        "done at ", "done in ", "dated at ", "dated in ", "signed at ", "signed in ", "given at ", "issued at ",
        "issued in ", "gegeben zu ", "gegeben in ", "ausgestellt in ",
    ]

    /// Openers followed by the date alone (folded).
    static let dateOpeners: [String] = ["dated this ", "dated the ", "dated ", "fait le ", "signed on ", "signed this "]

    /// A line of its own that opens the signature (folded, without trailing punctuation).
    static let signatureLines: Set<String> = [
        "signed", "signe", "firmado", "assinado", "unterzeichnet", "gez", "sincerely", "yours sincerely",
        "yours faithfully", "yours truly", "respectfully", "cordialement", "atentamente", "atenciosamente",
        "mit freundlichen grussen",
    ]

    /// The first letters of every opener and signature line (lower-case ASCII).
    static let openerFirstBytes = ByteSet((placeOpeners + dateOpeners + Array(signatureLines)).compactMap { $0.utf8.first })

    /// How many blocks at the end of the body a sign-off may start in.
    static let window = 4

    /// Takes the sign-off off the end of `blocks` (the body), with the signatory's lines after it, and returns
    /// what it says; nil (and `blocks` unchanged) when the body ends without one.
    static func take(from blocks: inout [LayoutBlock], hints: DateHints) -> Found? {
        guard !blocks.isEmpty else { return nil }
        let first = max(0, blocks.count - window)
        for b in first..<blocks.count {
            let lines = blocks[b].lines
            for (i, line) in lines.enumerated() {
                // A sign-off opens its block, follows a sentence's end, or (`Place, date`) ends its block.
                guard i == 0 || i == lines.count - 1 || TextScan.endsSentence(lines[i - 1].text) else { continue }
                guard let kind = opener(line.text, hints: hints) else { continue }
                // A bare `Place, date` line that opens the body is its dateline, and the text under it is the
                // release, not a signatory's lines (`Lyon, le 3 avril 2025.` / `L'atelier …`). (`Fait à …` and
                // `Signed,` say what they are, wherever they stand.)
                if case .placeDate = kind, b == 0, i == 0 { continue }
                let isLast = b == blocks.count - 1
                let blockEnds = i == lines.count - 1
                // A bare `Place, date` line ends the body: only a signatory's lines may follow it, in its block
                // (`Beira, 9 de Abril de 2024` / `O Director Provincial` / `…`) or after it.
                if case .placeDate = kind {
                    let underIt = blockEnds || isSignatory(LayoutBlock(lines: Array(lines[(i + 1)...])))
                    guard underIt, blocks[(b + 1)...].allSatisfy(isSignatory) || isLast else { continue }
                }
                var found = Found()
                var removed = Array(lines[i...].map(\.text))
                blocks[b].lines = Array(lines[..<i])
                var end = b + 1
                while end < blocks.count, isSignatory(blocks[end]) {
                    removed += blocks[end].lines.map(\.text)
                    end += 1
                }
                blocks.removeSubrange((b + 1)..<end)
                if blocks[b].lines.isEmpty { blocks.remove(at: b) }
                // The date and place: from the opener's line, else from a line under it (`Signed,` … `Dated at …`).
                for text in removed {
                    if let (date, place) = datedPlace(text, hints: hints) {
                        found.date = date
                        found.place = place
                        break
                    }
                }
                return found
            }
        }
        return nil
    }

    enum Opener { case made, signature, placeDate }

    /// What kind of sign-off line `line` is, or nil.
    static func opener(_ line: String, hints: DateHints) -> Opener? {
        let n = line.utf8.count
        guard n <= 160 else { return nil }
        // Without a year only a short signature line (`Signed,`, `Yours faithfully,`) can open a sign-off; the
        // last line of a paragraph, also short, ends a sentence. Most lines are decided on bytes, unfolded.
        let hasYear = DateParser.hasYearDigits(Substring(line))
        if !hasYear {
            guard n <= 30, let last = line.utf8.last, last != 0x2E else { return nil }
        }
        // The openers start with one of a few letters (or markup, or a non-ASCII letter).
        let first = TextScan.withBytes(line) { $0.first(where: { !TextScan.isSpaceByte($0) }) } ?? 0
        let mayOpen = first >= 0x80 || Self.openerFirstBytes.contains(first | 0x20) || first == 0x2A || first == 0x5F
        if !mayOpen && !hasYear { return nil }
        let t = ReleaseLexicon.stripMarkup(line)
        if mayOpen {
            // The openers are short: the first 32 characters decide.
            let folded = Fold.line(t.utf8.count > 40 ? t.prefix(32) : Substring(t))
            if signatureLines.contains(folded.trimming(edges)) { return .signature }
            if hasYear, placeOpeners.contains(where: { folded.hasPrefix($0) }) || dateOpeners.contains(where: { folded.hasPrefix($0) }) {
                return DateParser.firstDate(in: t, hints: hints) != nil ? .made : nil
            }
        }
        if hasYear {
            // `Place, date` is a few words.
            if TextScan.wordCount(t, atMost: 10) <= 9, let r = DateReading.read(t, hints: hints), r.cue == .placeDate || r.cue == .alone {
                return .placeDate
            }
        }
        return nil
    }

    /// The date and place of a sign-off line: `Fait à Ouagadougou, le 28 février 2025` → (2025-02-28,
    /// Ouagadougou); `Dated at Kericho this 18th day of September, 2024` → (2024-09-18, Kericho).
    static func datedPlace(_ line: String, hints: DateHints) -> (DateMatch, String?)? {
        let t = ReleaseLexicon.stripMarkup(line)
        guard DateParser.hasYearDigits(Substring(t)) else { return nil }
        let folded = Fold.line(t)
        var rest = Substring(t)
        if let opener = placeOpeners.first(where: { folded.hasPrefix($0) }) {
            rest = dropWords(TextScan.wordCount(opener), from: t)
            guard let m = DateParser.firstDate(in: rest, hints: hints) else { return nil }
            if let (place, _) = Dateline.placeAndDate(String(rest), hints: hints, requirePlace: false) { return (m, place) }
            // `Fait à Dakar le 2 avril 2024 en trois exemplaires`: the place is what comes before the date.
            let before = TextScan.trim(rest[..<m.range.lowerBound]).trimming(edges)
            let place = Dateline.placeAndDate(before + " " + String(t[m.range]), hints: hints, requirePlace: true)?.0
            return (m, place)
        }
        if dateOpeners.contains(where: { folded.hasPrefix($0) }) {
            guard let m = DateParser.firstDate(in: t, hints: hints) else { return nil }
            return (m, nil)
        }
        if let (place, date) = Dateline.placeAndDate(t, hints: hints, requirePlace: false), let date { return (date, place) }
        return nil
    }

    /// A block of a signatory's lines (`Pour la Coalition …,` / `Le Secrétaire exécutif, Boukary Sawadogo`):
    /// a few short lines, none of them a sentence of prose.
    static func isSignatory(_ block: LayoutBlock) -> Bool {
        guard block.lines.count <= 5, !block.bullet else { return false }
        return block.lines.allSatisfy { line in
            let n = TextScan.length(line.text)
            return n <= 90 && !(n > 50 && TextScan.endsSentence(line.text))
        }
    }

    private static let edges = Set<Character>(" ,.:;")

    /// `text` after its first `n` words.
    private static func dropWords(_ n: Int, from text: String) -> Substring {
        var rest = Substring(text)
        for _ in 0..<n {
            rest = rest.drop(while: { $0 == " " || $0 == "\t" })
            rest = rest.drop(while: { $0 != " " && $0 != "\t" })
        }
        return rest.drop(while: { $0 == " " || $0 == "\t" })
    }
}
