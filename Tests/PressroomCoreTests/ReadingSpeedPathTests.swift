import Testing
@testable import PressroomCore

/// The reading and rejoining stages' byte fast paths against their definitions: the normaliser's skip over
/// printable ASCII, the decoder's NUL test, the lowered lines built eight bytes at a time.
@Suite struct ReadingSpeedPathTests {
    /// Pieces that every path of the normaliser meets: printable ASCII, line ends, controls, escape sequences,
    /// spaces and ligatures it replaces, characters NFC composes, others it keeps.
    static let pieces = ["a", "The ", "KP-certified", "  ", "0123456789", "~", "\n", "\r\n", "\r", "\t", "\u{0C}", "\u{7F}",
                         "\u{01}", "\u{1B}[31m", "\u{1B}]52;c;abc\u{07}", "\u{1B}(B", "\u{9B}1m", "\u{9D}x\u{9C}", "\u{85}",
                         "\u{A0}", "\u{2007}", "\u{202F}", "\u{3000}", "\u{AD}", "\u{FEFF}", "\u{200B}", "\u{2060}", "\u{2028}",
                         "\u{FB01}", "\u{FB03}", "é", "e\u{301}", "’", "“quoted”", "—", "Zürich", "東京", "क\u{93F}", "😀",
                         "\t\r\u{A0}", "\t\r \u{A0}x"]

    /// Texts put together from `pieces`, of every length around the eight-byte steps.
    static var texts: [String] {
        var texts: [String] = [""]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: seed >> 33)
        }
        for piece in pieces {
            for pad in 0..<17 { texts.append(String(repeating: "x", count: pad) + piece + String(repeating: "y", count: 17 - pad)) }
        }
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<(1 + next() % 12) {
                text += pieces[next() % pieces.count]
                if next() % 2 == 0 { text += String(repeating: "w", count: next() % 11) }
            }
            texts.append(text)
        }
        return texts
    }

    @Test func normalizerSkipsPrintableASCIIAsByteByByte() {
        for text in Self.texts {
            let plain = FastPaths.withOff { TextNormalizer.normalize(text) }
            #expect(Array(TextNormalizer.normalize(text).utf8) == Array(plain.utf8), "\(text.debugDescription)")
        }
    }

    /// `stopLanes` against its definition, for every byte value in every lane beside every other value.
    @Test func stopLanesAreTheBytesThatAreNotPrintableASCII() {
        ByteLanesTests.everyTwoValuedWord { w, lanes in
            #expect(TextNormalizer.stopLanes(w) == ByteLanesTests.exact(lanes) { !($0 >= 0x20 && $0 < 0x7F) })
        }
    }

    @Test func decoderRefusesANulAnywhere() {
        for length in 1..<40 {
            for at in 0..<length {
                var bytes = [UInt8](repeating: 0x61, count: length)
                bytes[at] = 0
                guard case .failure(.binary) = TextDecoder.decode(bytes) else {
                    Issue.record("a NUL at \(at) of \(length) bytes was not refused")
                    continue
                }
            }
            guard case .success(let decoded) = TextDecoder.decode([UInt8](repeating: 0x61, count: length)) else {
                Issue.record("\(length) bytes without a NUL were refused")
                continue
            }
            #expect(decoded.text == String(repeating: "a", count: length))
        }
    }

    @Test func blankTextIsToldAsWithoutTheFirstByteTest() {
        for text in ["", " ", "\n\t \u{0C}", "\u{FEFF}", " \u{A0}\u{3000}", "\u{01}\u{1F}", "a", "!", "~", "\u{7F}", " x", "\u{FEFF}x",
                     "\u{A0}é", "é", "\t\u{2028}\u{2029}", "0"] {
            func outcome(_ r: Result<TextDecoder.Decoded, DecodeFailure>) -> String {
                switch r {
                case .success(let d): return "text " + d.text
                case .failure(let f): return "failure " + f.reason
                }
            }
            let bytes = Array(text.utf8)
            #expect(outcome(TextDecoder.decode(bytes)) == FastPaths.withOff { outcome(TextDecoder.decode(bytes)) }, "\(text.debugDescription)")
        }
    }

    @Test func loweredLinesAreTheLowerCasedJoinedLines() {
        let lines = Self.texts.prefix(600).map { $0.replacingOccurrences(of: "\n", with: " ") }
            + ["ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{", "ÀÉÎÕÜ ÆØÅ ΣΑΣ İSTANBUL", "KP-Certified ORGANI-", "", "Straße-"]
        for k in stride(from: 0, to: lines.count, by: 7) {
            let some = Array(lines[k..<min(lines.count, k + 9)])
            #expect(LoweredLines.lowered(some) == Array(TextScan.lowercased(some.joined(separator: "\n")).utf8), "\(some)")
        }
    }

    @Test func paragraphsAreLoweredOnBytesAsByTheGeneralPath() {
        for text in Self.texts + ["ÀÉÎÕÜ×ÞßÿØ àéîõü", "“KP-Certified” – ‘Quote’ • Ünïcödé…", String(repeating: "É", count: 20)] {
            #expect(Reflow.lowercasedBytes(text) == Array(TextScan.lowercased(text).utf8), "\(text.debugDescription)")
        }
    }

    /// The anchored search finds what `TextScan.offset` finds, overlapping and repeated occurrences included, and
    /// `hasWord` answers as with the fast paths off.
    @Test func wordsAreFoundByTheirRarestByteAsByTheirFirst() {
        let text = ["the community-run fund pays pay- ments", "paypay apay pay. payments “pay” z zz zzz zazz",
                    "KP-certified organi-", "sation 2020 2020s co-op coop x-ray", "éclair cafés naïve - -- a-b-c abc",
                    "aaaa aaa aa a", "", "end"]
        let hay = Array(text.joined(separator: "\n").utf8)
        let words = ["pay", "payments", "ments", "z", "zz", "za", "zaz", "aa", "aaa", "a", "community", "run", "community-run",
                     "organi", "sation", "organisation", "2020", "co", "op", "x", "ray", "é", "éclair", "cafés", "b", "a-b",
                     "abc", "end", "the", "\n", " ", "fund pays", "kp", "kp-certified", "certified", "missing", "yy"]
        hay.withUnsafeBufferPointer { u in
            for word in words {
                let w = Array(word.utf8)
                w.withUnsafeBufferPointer { wb in
                    for from in 0...u.count {
                        #expect(HyphenationEvidence.nextOccurrence(of: wb, in: u, from: from) == TextScan.offset(of: wb, in: u, from: from),
                                "\(word) from \(from)")
                    }
                }
            }
        }
        let evidence = HyphenationEvidence(lines: text)
        for word in words {
            #expect(evidence.hasWord(word) == FastPaths.withOff { evidence.hasWord(word) }, "\(word)")
        }
    }
}
