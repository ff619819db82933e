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

    @Test func agreesWithAPlainReadingOnRandomText() {
        // 300 words, so that word ids take one and two bytes; paragraphs of random words.
        var seed: UInt64 = 42
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        let vocabulary = (0..<300).map { "w\($0)" }
        let bodies: [[String]] = (0..<1500).map { _ in
            (0..<(1 + next(3))).map { _ in (0..<(5 + next(30))).map { _ in vocabulary[next(vocabulary.count) / (1 + next(3))] }.joined(separator: " ") }
        }
        let idx = index(bodies)
        var found = 0
        for _ in 0..<20 {
            let phrase = (0..<(2 + next(2))).map { _ in vocabulary[next(40)] }
            let expected = bodies.indices.filter { d in
                bodies[d].contains { paragraph in
                    let words = paragraph.split(separator: " ").map(String.init)
                    return words.count >= phrase.count
                        && (0...(words.count - phrase.count)).contains { Array(words[$0..<($0 + phrase.count)]) == phrase }
                }
            }
            #expect(idx.search("body:\"" + phrase.joined(separator: " ") + "\"").matches == expected, "\(phrase)")
            found += expected.count
        }
        #expect(found > 20, "the phrases must be found somewhere for the comparison to mean something")
    }
}
