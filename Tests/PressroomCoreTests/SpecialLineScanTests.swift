import Testing
@testable import PressroomCore

/// `SpecialLineASCII.scan` counts words, CRs and non-ASCII bytes eight bytes a step: it must give what a
/// plain byte-by-byte loop gives, at every length and alignment, for spaces, tabs, CR, other control bytes
/// (not spaces), bytes above 0x7F and words that cross a step's edge.
@Suite struct SpecialLineScanTests {
    /// The reference, read off the whole line: a word starts at each byte that is not a space byte and
    /// follows one (or the line's start); nil when more than `limit` start.
    static func byBytes(_ b: [UInt8], limit: Int) -> (words: Int, cr: Bool, ascii: Bool)? {
        let starts = b.indices.filter { !TextScan.isSpaceByte(b[$0]) && ($0 == 0 || TextScan.isSpaceByte(b[$0 - 1])) }
        guard starts.count <= limit else { return nil }
        return (starts.count, b.contains(0x0D), b.allSatisfy { $0 < 0x80 })
    }

    @Test func agreesWithTheByteLoop() {
        // Bytes around every edge the eight-byte tests draw: 0x08/0x09, 0x0D/0x0E, 0x1F/0x20/0x21, 0x7F/0x80, 0xFF.
        let alphabet: [UInt8] = [0x61, 0x41, 0x20, 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x08, 0x0E, 0x1F, 0x21, 0x7F,
                                 0x80, 0xA0, 0xC3, 0xFF, 0x00, 0x2D, 0x7A]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var checked = 0
        for length in 0...40 {
            for _ in 0..<60 {
                var line: [UInt8] = []
                for _ in 0..<length {
                    state = state &* 6364136223846793005 &+ 1442695040888963407
                    line.append(alphabet[Int(state >> 33) % alphabet.count])
                }
                for limit in [1, 4, 12] {
                    let expected = Self.byBytes(line, limit: limit)
                    let got = line.withUnsafeBufferPointer { SpecialLineASCII.scan($0, atMost: limit) }
                    #expect(got?.words == expected?.words && got?.cr == expected?.cr && got?.ascii == expected?.ascii,
                            "\(line) limit \(limit)")
                    checked += 1
                }
            }
        }
        #expect(checked == 41 * 60 * 3)
    }

    @Test func countsTheWordsOfProse() {
        let line = Array("  Media contact:\tJane Doe, press office \r\n".utf8)
        let got = line.withUnsafeBufferPointer { SpecialLineASCII.scan($0, atMost: 12) }
        #expect(got?.words == 6 && got?.cr == true && got?.ascii == true)
        let long = Array("The council approved the plan on Tuesday after a long debate about water prices.".utf8)
        #expect(long.withUnsafeBufferPointer { SpecialLineASCII.scan($0, atMost: 12) } == nil)
        let accented = Array("Über uns".utf8)
        #expect(accented.withUnsafeBufferPointer { SpecialLineASCII.scan($0, atMost: 12) }?.ascii == false)
    }
}
