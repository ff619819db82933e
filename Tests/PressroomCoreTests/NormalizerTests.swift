import Foundation
import Testing
@testable import PressroomCore

@Suite struct TextNormalizerTests {
    @Test func lineEndsBecomeLF() {
        #expect(TextNormalizer.normalize("a\r\nb\rc\nd\r\n\r\ne") == "a\nb\nc\nd\n\ne")
        #expect(TextNormalizer.normalize("a\u{2028}b") == "a\nb")
    }

    @Test func noBreakSpacesBecomeSpaces() {
        #expect(TextNormalizer.normalize("12\u{00A0}%  5\u{2007}000 «\u{202F}oui\u{202F}»") == "12 %  5 000 « oui »")
        #expect(TextNormalizer.normalize("a\u{2002}b\u{2003}c\u{2009}d\u{200A}e\u{205F}f\u{3000}g\u{2000}h") == "a b c d e f g h")
    }

    @Test func ligaturesAreExpanded() {
        #expect(TextNormalizer.normalize("\u{FB00} \u{FB01} \u{FB02} \u{FB03} \u{FB04} \u{FB05} \u{FB06}") == "ff fi fl ffi ffl st st")
        #expect(TextNormalizer.normalize("o\u{FB03}ce e\u{FB00}ort") == "office effort")
    }

    @Test func softHyphensAndControlsAreRemovedButTabsLineFeedsAndFormFeedsStay() {
        #expect(TextNormalizer.normalize("organ\u{00AD}isation") == "organisation")
        #expect(TextNormalizer.normalize("a\u{0}b\u{7}cd\u{7F}e\u{85}f\u{9C}g") == "abcdefg")
        #expect(TextNormalizer.normalize("a\tb\n\u{0C}c") == "a\tb\n\u{0C}c")
        #expect(TextNormalizer.normalize("\u{FEFF}Title") == "Title")
        #expect(TextNormalizer.normalize("organi\u{200B}sation\u{2060}") == "organisation")
        #expect(TextNormalizer.normalize("👩\u{200D}🔬").unicodeScalars.count == 3)  // ZWJ stays
    }

    /// An escape sequence is one visible marker, whole: no `[31m` or `]52;c;…` debris is left to show.
    @Test func escapeSequencesBecomeOneMarker() {
        let cases: [(String, String)] = [
            ("red \u{1B}[31mwarning\u{1B}[0m here", "red ␛warning␛ here"),          // CSI with parameters
            ("a\u{1B}[?25lb", "a␛b"),                                                // private parameters
            ("copy\u{1B}]52;c;aGk=\u{7} done", "copy␛ done"),                        // OSC 52 ended by BEL
            ("title\u{1B}]0;pwned\u{1B}\\ after", "title␛ after"),                   // OSC ended by ST
            ("x\u{1B}]8;;https://x.example\u{9C}link", "x␛link"),                     // OSC ended by U+009C
            ("open\u{1B}]0;no end\nnext line", "open␛\nnext line"),                   // unterminated: not past the line
            ("c1\u{9B}2Jclear", "c1␛clear"),                                           // C1 CSI
            ("set\u{1B}(Bcharset", "set␛charset"),                                     // ESC, intermediate, final
            ("save\u{1B}7state", "save␛state"),                                        // ESC and a final byte
            ("end\u{1B}", "end␛"),                                                     // a lone ESC
            ("two\u{1B}\u{1B}[1mbold", "two␛␛bold"),
        ]
        // A string sequence longer than the limit ends at a character's first byte, never inside one.
        // (The sequence's text starts at byte 3; its 4,096-byte limit falls on the second byte of the `é`.)
        let long = "a\u{1B}]0;" + String(repeating: "x", count: 4_093) + "é tail"
        #expect(TextNormalizer.normalize(long) == "a␛é tail")
        for n in 4_090...4_100 {
            let edge = TextNormalizer.normalize("\u{1B}]" + String(repeating: "y", count: n) + "é")
            #expect(!edge.contains("\u{FFFD}") && edge.unicodeScalars.allSatisfy { $0.value != 0x1B }, "\(n)")
        }
        for (input, expected) in cases {
            #expect(TextNormalizer.normalize(input) == expected, "\(input.debugDescription)")
        }
        // Nothing of a terminal's language survives: no ESC, no C1 control, in any output.
        let all = TextNormalizer.normalize(cases.map(\.0).joined(separator: " "))
        #expect(!all.unicodeScalars.contains { $0.value == 0x1B || (0x80...0x9F).contains($0.value) })
    }

    /// Random text thick with escapes, C1 controls, brackets and line ends: no ESC or C1 control survives,
    /// no line is swallowed, and normalising again changes nothing.
    @Test func randomEscapesLeaveNoControlAndNoLineIsLost() {
        var rng = RobustnessRNG(seed: 14)  // (RobustnessTests' SplitMix64)
        let pieces: [String] = ["\u{1B}", "[", "]", "\u{7}", "\\", "\n", "\r", "\u{9B}", "\u{9D}", "\u{9C}", ";", "0", "9", "m", "a", " ",
                                "é", "\u{202E}", "P", "_", "(", "B", "\u{1B}\\", "€", "\t", "\u{A0}"]
        for _ in 0..<2_000 {
            let input = (0..<Int(rng.next() % 40)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
            let out = TextNormalizer.normalize(input)
            #expect(!out.unicodeScalars.contains { $0.value == 0x1B || (0x80...0x9F).contains($0.value) }, "\(input.debugDescription)")
            // Every line end stays one (CR LF and a lone CR become LF): a sequence never runs past one. (A lone CR
            // between a tab and a no-break space, with or without a space before it, is a space.)
            let scalars = Array(input.unicodeScalars)
            let lineEnds = scalars.indices.filter { k in
                if scalars[k] == "\n" { return true }
                guard scalars[k] == "\r", k + 1 == scalars.count || scalars[k + 1] != "\n" else { return false }
                let spaced = k > 0 && scalars[k - 1] == "\t" && k + 1 < scalars.count
                    && (scalars[k + 1] == "\u{A0}" || scalars[k + 1] == " " && k + 2 < scalars.count && scalars[k + 2] == "\u{A0}")
                return !spaced
            }.count
            #expect(out.unicodeScalars.filter { $0 == "\n" }.count == lineEnds, "\(input.debugDescription)")
            #expect(TextNormalizer.normalize(out) == out, "\(input.debugDescription)")
        }
    }

    @Test func textIsNFC() {
        let decomposed = "Communique\u{301} de presse, Sa\u{303}o Paulo, U\u{308}ber"
        let result = TextNormalizer.normalize(decomposed)
        #expect(result.unicodeScalars.elementsEqual("Communiqué de presse, São Paulo, Über".unicodeScalars))
        // Singletons that NFC replaces.
        #expect(TextNormalizer.normalize("\u{2126}").unicodeScalars.first == "\u{03A9}")
        // Hangul jamo compose.
        #expect(TextNormalizer.normalize("\u{1112}\u{1161}\u{11AB}").unicodeScalars.elementsEqual("\u{D55C}".unicodeScalars))
    }

    @Test func cleanTextIsReturnedUnchanged() {
        let text = "Press release — “quoted” text, São Paulo, 5 €, 한국어, Ελληνικά.\n\nSecond paragraph.\u{0C}\n"
        #expect(TextNormalizer.normalize(text).unicodeScalars.elementsEqual(text.unicodeScalars))
        #expect(TextNormalizer.normalize("") == "")
    }

    @Test func theResultIsAFixedPoint() {
        let messy = "a\r\n\u{FB01}\u{00AD}x\u{00A0}y\u{0}e\u{301}\u{0C}"
        let once = TextNormalizer.normalize(messy)
        #expect(TextNormalizer.normalize(once) == once)
        #expect(once.unicodeScalars.elementsEqual("a\nfix y\u{E9}\u{0C}".unicodeScalars))
    }
}

