import Testing
@testable import PressroomCore

/// The byte paths of layout recovery and reflow give what the character-by-character definitions give,
/// on ASCII and on the text around it that sends them to their slower paths.
@Suite struct LayoutByteScanTests {
    /// Lines that put spaces, tabs, Unicode spaces, accents and hyphens at every offset around eight-byte words.
    static let samples: [String] = {
        var out = ["", " ", "a", "ab  cd", "abcdefgh ijklmnop", "abcdefg  hijklmnop", "abcdefgh  ijklmnop",
                   "abcdefgh\tijklmnop", "Zürich-based", "café au lait", "a\u{2003}b", "x\u{3000}y",
                   "naïve  résumé ", "\u{A0}lead", "trail\u{202F}", "one two three four five six seven eight nine",
                   "über–Straße 12", "KP-certified", "COVID-19", "pre-2020 well-being", "Ελληνικά κείμενα", "日本語テキスト"]
        for k in 0..<17 {
            let pad = String(repeating: "w", count: k)
            out.append(pad + "  " + "tail")
            out.append(pad + " " + "tail end")
            out.append(pad + "\u{2009}" + "thin")
            out.append(pad + "é" + " x")
        }
        return out
    }()

    /// Whitespace runs collapsed to one space and trimmed, scalar by scalar.
    static func collapseByScalars(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pending = false
        for u in s.unicodeScalars {
            if u.properties.isWhitespace { pending = !out.isEmpty; continue }
            if pending { out.append(" "); pending = false }
            out.append(u)
        }
        return String(out)
    }

    @Test func collapseAgreesWithTheScalarDefinition() {
        for s in Self.samples {
            #expect(TextScan.collapse(s) == Self.collapseByScalars(s), "\(s.debugDescription)")
            #expect(TextScan.collapse(s[...]) == Self.collapseByScalars(s), "\(s.debugDescription)")
        }
    }

    @Test func sentenceEndsFoundOnBytesAsOnCharacters() {
        let endings = ["", ".", "end.", "end", "end.\"", "end.)", "end?')", "end!]*_ ", "end,\"", "end…", "end.”", "end»",
                       "(a)", "\"", "x\u{0600}.", "é.", "tab.\t", "line\r\n", "dots..."]
        for s in endings + Self.samples {
            let c = TextScan.lastMeaningful(s)
            let expected = c == "." || c == "!" || c == "?" || c == "…"
            #expect(TextScan.endsSentence(s) == expected, "\(s.debugDescription)")
        }
    }

    @Test func asciiLoweringOfLongTextAgreesWithTheGeneralOne() {
        let every = String(decoding: (1..<128).map { UInt8($0) }, as: UTF8.self)
        for s in [every, every + every, "THE KP-CERTIFIED MINES OF [ZONE] @ `QUARRY` {NORTH}", String(repeating: "AbZz@[`{", count: 9) + "Q"] {
            #expect(TextScan.withBytes(s) { Reflow.lowercasedBytes($0) } == Array(TextScan.lowercased(s).utf8), "\(s.debugDescription)")
        }
        for tail in ["É", "×", "“", "‰", "Ā", "İ"] {
            let s = String(repeating: "ABCDEFGH", count: 3) + tail + "IJKLMNOPQ"
            #expect(Reflow.lowercasedBytes(s) == Array(TextScan.lowercased(s).utf8), "\(s.debugDescription)")
        }
        #expect(TextScan.withBytes(String(repeating: "ABCDEFGH", count: 3) + "Ā") { Reflow.lowercasedBytes($0) } == nil)
    }

    @Test func lengthCountsScalars() {
        for s in Self.samples + Self.samples.map({ String(repeating: $0, count: 3) }) {
            #expect(TextScan.length(s) == s.unicodeScalars.count, "\(s.debugDescription)")
        }
    }

    /// Eight bytes a step: every length and alignment, ASCII, accented Latin, three- and four-byte characters.
    @Test func lengthCountsScalarsAtEveryLengthAndAlignment() {
        let pieces = ["a", "é", "—", "😀", " ", "ß", "Ω", "€", "z"]
        var s = ""
        for k in 0..<200 {
            s += pieces[(k * 7 + k / 3) % pieces.count]
            #expect(TextScan.length(s) == s.unicodeScalars.count, "\(s)")
            let tail = s.dropFirst(k % 5)
            #expect(TextScan.length(tail) == tail.unicodeScalars.count)
        }
        #expect(TextScan.length("") == 0)
        #expect(TextScan.length("Genève, 12 mars 2024 — Le Réseau") == 32)
    }

    @Test func trimKeepsATrimmedStringAndTrimsUnicodeSpaces() {
        for s in Self.samples + ["„Quote“", "…", "\u{2003}em\u{2003}", " x ", "é"] {
            let expected: String = {
                let scalars = s.unicodeScalars
                guard let a = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
                      let b = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
                return String(Substring(scalars[a...b]))
            }()
            #expect(TextScan.trim(s) == expected, "\(s.debugDescription)")
        }
    }

    /// The compounds of the lines as the evidence defined them before the byte path: tokens at spaces,
    /// their cores lower-cased.
    static func compoundsByCharacters(_ lines: [String]) -> Set<String> {
        var out = Set<String>()
        for line in lines where line.contains("-") {
            let tokens = line.split(separator: " ")
            for (i, raw) in tokens.enumerated() where raw.contains("-") {
                if i == tokens.count - 1 && raw.hasSuffix("-") { continue }
                let lower = HyphenationEvidence.core(raw).lowercased()
                guard !lower.isEmpty, !lower.hasSuffix("-"), !lower.hasPrefix("-") else { continue }
                out.insert(lower)
            }
        }
        return out
    }

    @Test func compoundsOnBytesAgreeWithCharacters() {
        let lines = ["The KP-certified (well-known) chain, co-operative-", "run by \"Non-Profit\" groups; -dash- and 3-D",
                     "a Zürich-based firm and a Straße-Bau project", "trailing hyphen-", "- lone", "x-y-z, 12-14.", "«Anti-Corruption»"]
        let evidence = HyphenationEvidence(lines: lines)
        #expect(evidence.compounds == Self.compoundsByCharacters(lines))
        #expect(evidence.joinedCompounds["kpcertified"] == "kp-certified")
        #expect(evidence.joinedCompounds["zürichbased"] == "zürich-based")
    }

    @Test func loweredLinesAreTheLoweredDocument() {
        let lines = ["The KP-Certified", "ÉVIAN and Zürich", "", "İstanbul ΣΟΦΙΑ", "plain"]
        #expect(LoweredLines.lowered(lines) == Array(TextScan.lowercased(lines.joined(separator: "\n")).utf8))
        #expect(LoweredLines.lowered([]) == [])
    }

    /// `hasWord` as it was written on the lowered String.
    static func hasWordByStrings(_ word: String, lines: [String]) -> Bool {
        let lowered = TextScan.lowercased(lines.joined(separator: "\n"))
        guard !word.isEmpty, !lowered.isEmpty else { return false }
        let u = lowered.utf8
        var from = lowered.startIndex
        func isWordByte(_ b: UInt8?) -> Bool {
            guard let b else { return false }
            return (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
        }
        while let r = TextScan.find(word, in: lowered[from...]) {
            let before: UInt8? = r.lowerBound > u.startIndex ? u[u.index(before: r.lowerBound)] : nil
            let after: UInt8? = r.upperBound < u.endIndex ? u[r.upperBound] : nil
            if !isWordByte(before) && !isWordByte(after) && !(after == 0x2D && (r.upperBound == u.endIndex || u.index(after: r.upperBound) == u.endIndex || u[u.index(after: r.upperBound)] == 0x0A)) {
                if let b = before, b == 0x0A, r.lowerBound > u.index(after: u.startIndex) {
                    if u[u.index(r.lowerBound, offsetBy: -2)] != 0x2D { return true }
                } else {
                    return true
                }
            }
            from = r.upperBound
        }
        return false
    }

    @Test func wordLookUpsOnBytesAgreeWithStrings() {
        let lines = ["Payments were made; the PAY-", "ments and pay- offs", "pay", "", "ment-", "payment Zürich-based", "a-", "b ZÜRICH"]
        for word in ["pay", "ments", "payments", "payment", "ment", "zürich", "based", "a", "b", "offs", "made", "x", "pay-"] {
            #expect(HyphenationEvidence(lines: lines).hasWord(word) == Self.hasWordByStrings(word, lines: lines), "\(word)")
        }
    }

    /// `Reflow.join` as it was written on Strings, the definition the byte version keeps.
    static func joinByStrings(_ lines: [String], evidence: HyphenationEvidence, keepLineEndHyphens: Bool) -> String {
        var out = ""
        for raw in lines {
            let line = TextScan.collapse(raw)
            if line.isEmpty { continue }
            if out.isEmpty { out = line; continue }
            if out.utf8.last == 0x2D, out.utf8.count >= 2 {
                let beforeHyphen = out.dropLast()
                let leftWord = TextScan.lastWord(beforeHyphen)
                let rightWord = TextScan.firstWord(line)
                let splitsWord = beforeHyphen.last.map { $0.isLetter || $0.isNumber } == true
                    && rightWord.first.map { $0.isLetter || $0.isNumber } == true
                if splitsWord {
                    if !(keepLineEndHyphens || evidence.keepsHyphen(left: String(leftWord), right: String(rightWord))) {
                        out.removeLast()
                    }
                    out += line
                    continue
                }
            }
            out += " "
            out += line
        }
        return out
    }

    @Test func reflowAgreesWithTheStringDefinition() {
        let paragraphs: [[String]] = [
            ["The organ-", "isation met the KP-", "certified  group."],
            ["Zürich-", "based firms", "and café-", "über alles", "ends -", "- dash"],
            ["x-", "é", "1-", "2", "é-", "x", "a -", "b"],
            ["single line  with   spaces "],
            ["", "  ", "after blanks-", "ward"],
            ["Ελλη-", "νικά", "self-", "-made"],
        ]
        let evidence = HyphenationEvidence(lines: ["the KP-certified chain", "organisation"])
        for lines in paragraphs {
            for keep in [false, true] {
                #expect(Reflow.join(lines, evidence: evidence, keepLineEndHyphens: keep)
                        == Self.joinByStrings(lines, evidence: evidence, keepLineEndHyphens: keep), "\(lines)")
            }
        }
    }

    /// The furniture key as it was written before its parts were split out.
    static func keyByCharacters(_ text: String) -> String {
        let c = TextScan.collapse(text)
        guard c.contains(where: \.isNumber) else { return c }
        if ContactLineShape.isContactLine(c) { return c }
        return String(c.map { $0.isNumber ? "#" : $0 })
    }

    @Test func furnitureKeysAgreeWithCharacters() {
        for s in Self.samples + ["Page 1 of 2", "Página 2 de 3", "Seite ²/3", "Tel: +254 20 691 2139", "Straße 12–14",
                                 "١٢ صفحة", "x\u{0301}1 é2", "Ⅻ chapter", "© 2024 Zürich AG"] {
            #expect(PageFurniture.key(s) == Self.keyByCharacters(s), "\(s.debugDescription)")
        }
    }

    @Test func pageNumbersDecidedOnBytesAndCharacters() {
        for n in ["Page 2 of 3", "  - 2 -  ", "(3)", "[12]", "| 4 |", "pagina 3 di 9", "S. 2", "12/14", "3 /4"] {
            #expect(PageFurniture.isPageNumber(n), "\(n)")
        }
        for n in ["Page 2 of 3 of the report", "12 Main Street", "2024 was a year of growth for all of us here",
                  "Tel 12", "+254 20 691 2139", "abcdefghijklmnopqrstuvwxyz 1"] {
            #expect(!PageFurniture.isPageNumber(n), "\(n)")
        }
    }

    @Test func formFeedsInsideALineStartPages() {
        let text = "ACME\n\nFirst page body line.\n\u{0C}\u{0C}Second page line.\nPage 2\u{0C}Third page line.\n"
        let r = LayoutRecovery.recover(text, format: .text)
        #expect(r.style == .pdftotext)
        #expect(r.blocks.map(\.joined) == ["ACME", "First page body line.", "Second page line.", "Third page line."])
    }
}
