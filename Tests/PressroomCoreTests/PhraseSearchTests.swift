import Testing
@testable import PressroomCore

/// Phrases: the body's word streams (`ForwardIndex`) and the other fields' text must agree with a
/// plain reading of "these words, next to each other, in one paragraph".
@Suite struct PhraseSearchTests {
    private func index(_ bodies: [[String]], titles: [String]? = nil) -> SearchIndex {
        SearchIndex(bodies.enumerated().map { i, paragraphs in
            Release(id: "\(i)", source: "\(i)", format: .text, title: titles?[i] ?? "Release \(i)",
                    paragraphs: paragraphs)
        })
    }

    @Test func wordsMustBeAdjacentAndInOneParagraph() {
        let idx = index([["a new mine opened"], ["new", "mine"], ["mine new"], ["the new, mine"]])
        #expect(idx.search("\"new mine\"").matches == [0, 3], "punctuation is not a gap; a paragraph break is")
    }

    @Test func repeatedWordsRestartTheMatch() {
        let idx = index([["a a a b"], ["a b a b a c"], ["a b a x a c"], ["b a a"]])
        #expect(idx.search("\"a a b\"").matches == [0])
        #expect(idx.search("\"a b a c\"").matches == [1])
        #expect(idx.search("\"a a\"").matches == [0, 3])
    }

    @Test func restartFindsTheLongestPrefixEndingHere() {
        // needle a b a c; matched "a b a", then b arrives: "a b" is the longest prefix ending at b.
        #expect(ForwardIndex.restart([1, 2, 1, 3], matchedBefore: 3, next: 2) == 2)
        #expect(ForwardIndex.restart([1, 1, 2], matchedBefore: 2, next: 1) == 2)
        #expect(ForwardIndex.restart([1, 2], matchedBefore: 1, next: 3) == 0)
        #expect(ForwardIndex.restart([1, 2], matchedBefore: 1, next: 1) == 1)
    }

    @Test func phrasesInTitlesAndCompounds() {
        let idx = index([["nothing here"], ["The KP-certified diamonds sold."]],
                        titles: ["Diamond mine opens", "Other news"])
        #expect(idx.search("\"diamond mine\"").matches == [0])
        #expect(idx.search("title:\"diamond mine\"").matches == [0])
        #expect(idx.search("body:\"diamond mine\"").matches == [])
        #expect(idx.search("\"kp certified diamonds\"").matches == [1])
        #expect(idx.search("\"kp-certified diamonds\"").matches == [1])
    }

    @Test func phrasesAcrossBuildChunks() {
        // Several build chunks, each with its own word ids: the same phrase found in all of them.
        let bodies = (0..<6000).map { i -> [String] in
            i % 500 == 7 ? ["word\(i) then the rare phrase here"] : ["the rare word\(i) then phrase"]
        }
        let idx = index(bodies)
        #expect(idx.search("\"rare phrase\"").matches == (0..<6000).filter { $0 % 500 == 7 })
        #expect(idx.search("\"phrase rare\"").matches == [])
        #expect(idx.search("\"word4507 then\"").matches == [4507])
    }
}
