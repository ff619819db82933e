import Testing
@testable import PressroomCore

/// Layout recovery's byte paths and pre-tests (page numbers and continuation marks read on an ASCII line's bytes,
/// a token's core on bytes, the bullet test's first byte, the document's lowered lines read from its blocks)
/// answer what their plain definitions answer, on lines built to reach every branch.
@Suite struct LayoutSpeedPathTests {
    /// Short lines of page-number pieces, marks and words in many combinations, ASCII and not.
    static let pieces = ["", " ", "  ", "\t", "2", "12", "123", "1234", "/", "2/3", "12/", "/4", "2//3", "/2/3", "Page", "page", "PAGE",
                         "pag.", "Pg.", "p.", "S.", "Seite", "of", "OF", "de", "von", "sur", "di", "-", "–", "—", "(", ")", "[", "]", "|",
                         "·", "•", ".", "...", "…", "more", "MORE", "Mehr", "suite", "continued", "x", "two", "Página", "é", "\r", "*"]

    static let lines: [String] = {
        var out = ParseSpeedFastPathTests.pageLines
        let p = pieces
        for a in p { for b in p { out.append(a + b); out.append(a + " " + b) } }
        for a in p.prefix(30) { for b in p.prefix(30) { for c in ["2", "of", "-", " 3", "more", "/"] { out.append(a + " " + b + " " + c) } } }
        out += ["- 2 -", "-- more --", "(more)", "[more]", "*** more ***", ".../...", "../..", "- 30 -", "-30-", "Page 2 of 3 ",
                " Page 2 of 3", "page 2 of 3 of 4", "2 / 3", "2/ 3", "2 /3", "p. 12 / 40", "Seite 4 von 9", "S. 1 di 2",
                "Page\t2\tof\t3", "page 1000", "abcdefghij 2", "abcdefghi 2", String(repeating: "1", count: 31),
                "1 " + String(repeating: " ", count: 40) + "2", "The 2 ministers met on the 3rd of May"]
        return out
    }()

    @Test func pageNumbersOnBytesAgreeWithTheReference() {
        for text in Self.lines {
            #expect(PageFurniture.isPageNumber(text) == PageFurniture.isPageNumberReference(text), "\(text.debugDescription)")
        }
    }

    @Test func continuationMarksOnBytesAgreeWithTheDefinition() {
        for text in Self.lines {
            let u = text.utf8
            let opens = u.count >= 3 && u.count <= 24 && [0x2D, 0x28, 0x5B, 0x2E, 0xE2, 0x20, 0x2A].contains(u.first ?? 0)
            #expect(PageFurniture.isContinuationMark(text) == (opens && PageFurniture.isContinuationMarkPlain(text)),
                    "\(text.debugDescription)")
        }
    }

    @Test func coresOnBytesAgreeWithCharacters() {
        for text in Self.lines + ["KP-", "-certified,", "(well-known)", "\"Non-Profit\"", "3-D.", "--", "x-", "Zürich-", "«Anti-"] {
            #expect(HyphenationEvidence.core(text) == HyphenationEvidence.corePlain(text), "\(text.debugDescription)")
            #expect(HyphenationEvidence.core(text[...]) == HyphenationEvidence.corePlain(text[...]), "\(text.debugDescription)")
        }
    }

    @Test func spacedBulletsPassOverOnlyWhatTheDefinitionRefuses() {
        var texts = Self.lines
        for glyph in ["•", "●", "◦", "▪", "■", "□", "◆", "◇", "►", "▸", "‣", "∙", "○", "➢", "➤", "✓", "✔", "·", "-", "–", "—", "*",
                      "\u{F0A7}", "\u{F0B7}", "\u{F0FF}", "\u{F100}", "“", "…", "é", "½"] {
            for gap in ["", " ", "   ", "\t", " \t "] { for body in ["", "Item", " ", "é"] { texts.append(glyph + gap + body) } }
        }
        for text in texts {
            #expect(ListItems.spacedBullet(text) == ListItems.spacedBulletPlain(text), "\(text.debugDescription)")
        }
    }

    @Test func loweredLinesReadFromBlocksAsFromTheirTexts() {
        let texts = ["The KP-Certified", "ZÜRICH-based İstanbul", "", "naïve Straße", "ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{"]
        let blocks = [LayoutBlock(lines: texts.prefix(2).map { PrintedLine(raw: $0) }),
                      LayoutBlock(lines: texts.dropFirst(2).map { PrintedLine(raw: $0) })]
        let all = blocks.flatMap { $0.lines.map(\.text) }
        #expect(LoweredLines.lowered(blocks: blocks) == LoweredLines.lowered(all))
        #expect(LoweredLines.lowered(all) == Array(TextScan.lowercased(all.joined(separator: "\n")).utf8))
        #expect(LoweredLines.lowered(blocks: []) == [])
    }
}
