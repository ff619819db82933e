import Testing
@testable import PressroomCore

/// The pieces that several byte paths and writers share since they were made one (`ByteWords.tail`,
/// `TextScan.nextWord`, `ReleaseJSON.members`/`objects`), held to their plain definitions.
@Suite struct SharedPiecesTests {
    @Test func theTailWordIsTheLastBytesLittleEndian() {
        var rng = RobustnessRNG(seed: 0x7461_696C)
        for _ in 0..<2_000 {
            let bytes = (0..<Int.random(in: 0...20, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let from = bytes.count - min(bytes.count, Int.random(in: 0...7, using: &rng))
            let plain = bytes[from...].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            bytes.withUnsafeBufferPointer { b in
                let tail = ByteWords.tail(b, from: from)
                #expect(tail.word == plain && tail.bits == UInt64(8 * (bytes.count - from)), "\(bytes) from \(from)")
            }
        }
    }

    @Test func nextWordCutsAsSplitAtSpaces() {
        var rng = RobustnessRNG(seed: 0x776F_7264)
        let alphabet = Array("ab -\t.".utf8)
        for _ in 0..<2_000 {
            let bytes = (0..<Int.random(in: 0...16, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            let plain = bytes.split(separator: 0x20).map { Array($0) }
            var words: [[UInt8]] = []
            bytes.withUnsafeBufferPointer { b in
                var i = 0
                while let word = TextScan.nextWord(in: b, from: i) {
                    words.append(Array(b[word]))
                    i = word.upperBound
                }
            }
            #expect(words == plain, "\(String(decoding: bytes, as: UTF8.self))")
        }
    }

    @Test func objectsAreWrittenMemberByMember() {
        var out = ""
        ReleaseJSON.objects([("Ana \"A\"", 2), ("Bo", 0)], into: &out) { item in
            ["name": .string(item.0), "role": .optional(item.1 > 0 ? "lead" : nil), "tags": .strings(["x", "y"]),
             "count": .number(item.1)]
        }
        #expect(out == #"[{"name":"Ana \"A\"","role":"lead","tags":["x","y"],"count":2},{"name":"Bo","role":null,"tags":["x","y"],"count":0}]"#)
        out = "{\"a\":1"
        ReleaseJSON.members(["b": .optional(nil)], into: &out)
        #expect(out == #"{"a":1,"b":null"#)
        var empty = ""
        ReleaseJSON.objects([Int](), into: &empty) { _ in [:] }
        #expect(empty == "[]")
    }
}
