import Testing
@testable import PressroomCore

/// Every `ByteLanes` trick against its byte-by-byte definition, exhaustively over two-valued words: each byte
/// value in each of the eight lanes, every other lane holding each byte value (so every pair of neighbouring
/// values is met on both sides, which is where a carry or a borrow would cross a lane).
@Suite struct ByteLanesTests {
    /// Calls `body` with every word of one value `v` at lane `p` and `u` in the other lanes, and its lanes.
    static func everyTwoValuedWord(_ body: (UInt64, [UInt8]) -> Void) {
        var lanes = [UInt8](repeating: 0, count: 8)
        for p in 0..<8 {
            for v in 0...255 {
                for u in 0...255 {
                    var w: UInt64 = 0
                    for k in 0..<8 {
                        lanes[k] = UInt8(k == p ? v : u)
                        w |= UInt64(lanes[k]) << (8 * UInt64(k))
                    }
                    body(w, lanes)
                }
            }
        }
    }

    /// 0x80 in each lane where `test` holds.
    static func exact(_ lanes: [UInt8], _ test: (UInt8) -> Bool) -> UInt64 {
        var m: UInt64 = 0
        for k in 0..<8 where test(lanes[k]) { m |= 0x80 << (8 * UInt64(k)) }
        return m
    }

    /// A *first* answer: nonzero exactly when `test` holds for a lane, its lowest lane the first that holds.
    static func isFirst(_ answer: UInt64, _ lanes: [UInt8], _ test: (UInt8) -> Bool) -> Bool {
        guard let first = lanes.firstIndex(where: test) else { return answer == 0 }
        return answer != 0 && answer.trailingZeroBitCount >> 3 == first && answer & ~ByteLanes.highs == 0
    }

    static func isLetter(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }
    static func lowered(_ b: UInt8) -> UInt8 { (0x41...0x5A).contains(b) ? b + 0x20 : b }

    @Test func exactAnswersMatchTheirDefinitionInEveryLane() {
        var wrong: [String] = []
        Self.everyTwoValuedWord { w, lanes in
            func check(_ name: String, _ got: UInt64, _ want: UInt64) {
                if got != want, wrong.count < 10 { wrong.append("\(name) of \(String(w, radix: 16))") }
            }
            check("zeroLanes", ByteLanes.zeroLanes(w), Self.exact(lanes) { $0 == 0 })
            check("lanes(equalTo: 0x0D)", ByteLanes.lanes(w, equalTo: 0x0D), Self.exact(lanes) { $0 == 0x0D })
            check("highLanes", ByteLanes.highLanes(w), Self.exact(lanes) { $0 >= 0x80 })
            check("continuationLanes", ByteLanes.continuationLanes(w), Self.exact(lanes) { $0 & 0xC0 == 0x80 })
            check("spaceByteLanes", ByteLanes.spaceByteLanes(w), Self.exact(lanes, TextScan.isSpaceByte))
            check("letterLanes", ByteLanes.letterLanes(w), Self.exact(lanes, Self.isLetter))
            check("wordLanes", ByteLanes.wordLanes(w), Self.exact(lanes) { $0 >= 0x80 || Self.isLetter($0) })
            var low: UInt64 = 0
            for k in 0..<8 { low |= UInt64(Self.lowered(lanes[k])) << (8 * UInt64(k)) }
            check("lowered", ByteLanes.lowered(w), low)
            if lanes.allSatisfy({ $0 < 0x80 }) {
                check("asciiLowered", ByteLanes.asciiLowered(w), low)
                check("asciiSpaceLanes", ByteLanes.asciiSpaceLanes(w), Self.exact(lanes) { $0 == 0x20 })
            }
            let printable = lanes.allSatisfy { (0x20...0x7F).contains($0) }
                && !(0..<7).contains { lanes[$0] == 0x20 && lanes[$0 + 1] == 0x20 }
            let spaces = ByteLanes.printableASCIISpaces(w)
            if printable != (spaces != nil) || (printable && spaces != Self.exact(lanes) { $0 == 0x20 }) {
                if wrong.count < 10 { wrong.append("printableASCIISpaces of \(String(w, radix: 16))") }
            }
        }
        #expect(wrong.isEmpty, "\(wrong)")
    }

    @Test func firstAnswersFindTheFirstLaneInEveryWord() {
        var wrong: [String] = []
        Self.everyTwoValuedWord { w, lanes in
            func check(_ name: String, _ got: UInt64, _ test: (UInt8) -> Bool) {
                if !Self.isFirst(got, lanes, test), wrong.count < 10 { wrong.append("\(name) of \(String(w, radix: 16))") }
            }
            check("firstZeroLanes", ByteLanes.firstZeroLanes(w)) { $0 == 0 }
            for c: UInt8 in [0x0A, 0x0D, 0x27, 0x40, 0x80, 0xFF] {
                check("firstLanes(equalTo: \(c))", ByteLanes.firstLanes(w, equalTo: c)) { $0 == c }
            }
            for limit: UInt8 in [1, 10, 0x20, 0x80] {
                check("firstLanes(below: \(limit))", ByteLanes.firstLanes(w, below: limit)) { $0 < limit }
            }
            check("firstDigitLanes", ByteLanes.firstDigitLanes(w)) { (0x30...0x39).contains($0) }
        }
        #expect(wrong.isEmpty, "\(wrong)")
    }

    @Test func oneByteClassesMatchTheirRangesForEveryByte() {
        for v in 0...255 {
            let b = UInt8(v)
            #expect(ASCII.isDigit(b) == (0x30...0x39).contains(b))
            #expect(ASCII.isUpper(b) == (0x41...0x5A).contains(b))
            #expect(ASCII.isLower(b) == (0x61...0x7A).contains(b))
            #expect(ASCII.isLetter(b) == Self.isLetter(b))
            #expect(ASCII.isLetterOrDigit(b) == (Self.isLetter(b) || (0x30...0x39).contains(b)))
            #expect(ASCII.isPrintable(b) == (0x20...0x7E).contains(b))
            #expect(ASCII.lowered(b) == Self.lowered(b))
        }
    }

    @Test func countSumsTheLanesOfEveryAnswer() {
        for bits in 0..<256 {
            var answer: UInt64 = 0
            for k in 0..<8 where bits >> k & 1 != 0 { answer |= 0x80 << (8 * UInt64(k)) }
            #expect(ByteLanes.count(answer) == bits.nonzeroBitCount)
        }
    }

    @Test func loadReadsLittleEndianAtAnyOffset() {
        let bytes: [UInt8] = Array(1...16)
        bytes.withUnsafeBytes { raw in
            for offset in 0...8 {
                var want: UInt64 = 0
                for k in 0..<8 { want |= UInt64(bytes[offset + k]) << (8 * UInt64(k)) }
                #expect(ByteLanes.load(raw.baseAddress!, at: offset) == want)
            }
        }
    }
}
