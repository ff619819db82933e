import Testing
@testable import PressroomCore

@Suite struct StableIDTests {
    @Test func sameBytesGiveTheSameIdOnEveryRun() {
        let bytes = Array("PRESS RELEASE\nKigali, 28 June 2021\n".utf8)
        let id = StableID.make(source: "a/b.txt", bytes: bytes)
        #expect(id.count == 12)
        #expect(id.allSatisfy { "0123456789abcdef".contains($0) })
        // A fixed value (worked out again by hand in Python from the same arithmetic): the id may not
        // depend on the machine, the process or the hash seed.
        #expect(id == StableID.make(source: "a/b.txt", bytes: bytes))
        #expect(StableID.make(source: "x.txt", bytes: Array("abc".utf8)) == "97848483d9f1")
    }

    @Test func aSequenceWithoutContiguousStorageGivesTheSameId() {
        let bytes = Array("Contact: Ana Lima +351 21 000 0000".utf8)
        #expect(StableID.make(source: "c.md", bytes: bytes) == StableID.make(source: "c.md", bytes: bytes.lazy.map { $0 }))
    }

    @Test func everyOneBitChangeAndEveryLengthGivesANewId() {
        let base = Array("Embargoed until 14 May 2023, 00:01 CET".utf8)
        var ids = Set<String>()
        ids.insert(StableID.make(source: "r.txt", bytes: base))
        for i in base.indices {
            for bit in 0..<8 {
                var changed = base
                changed[i] ^= UInt8(1 << bit)
                ids.insert(StableID.make(source: "r.txt", bytes: changed))
            }
        }
        // Every prefix, including those that end inside a word and those padded with a NUL byte.
        for n in 0..<base.count { ids.insert(StableID.make(source: "r.txt", bytes: Array(base[..<n]))) }
        ids.insert(StableID.make(source: "r.txt", bytes: base + [0]))
        #expect(ids.count == 1 + base.count * 8 + base.count + 1)
    }

    @Test func thePathIsPartOfTheId() {
        let bytes = Array("same text".utf8)
        #expect(StableID.make(source: "2024/a.txt", bytes: bytes) != StableID.make(source: "2025/a.txt", bytes: bytes))
        // The path and the bytes are kept apart: moving a byte across the boundary changes the id.
        #expect(StableID.make(source: "ab", bytes: Array("c".utf8)) != StableID.make(source: "a", bytes: Array("bc".utf8)))
    }
}
