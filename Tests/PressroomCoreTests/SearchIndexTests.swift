import Testing
@testable import PressroomCore

@Suite struct SearchIndexTests {
    static let releases: [Release] = [
        Release(id: "0", source: "a.txt", format: .text, kind: "Press Release",
                title: "New diamond mine opens in Marange", date: "2021-06-28",
                organization: "Ministry of Mines", release: "For immediate release", location: "Harare",
                paragraphs: ["The KP-certified diamonds will be exported.", "Minister Pérez said the forum’s decision was final."],
                contacts: [Contact(name: "Tendai Moyo", role: "Press Officer", phones: ["+263788087050"],
                                   emails: ["press@mines.example"])]),
        Release(id: "1", source: "b.txt", format: .text, kind: "Statement",
                title: "Gold prices fall", date: "2021-01-15", organization: "Chamber of Commerce",
                release: "EMBARGOED UNTIL 00:01 GMT 16 January 2021",
                paragraphs: ["Gold and silver fell. Diamond exports held steady."],
                notes: ["Notes to editors: the chamber has 300 members."]),
        Release(id: "2", source: "c.txt", format: .text, title: "Water supply restored",
                date: "2022-03-01", organization: "City Council",
                paragraphs: ["Residents of Straße district may drink tap water again. New mine rules apply."],
                warnings: ["no date line"]),
        Release(id: "3", source: "d.txt", format: .text, title: "Undated note on diamonds",
                paragraphs: ["Nothing about gold here; a diamondiferous area was mapped."]),
    ]
    static let index = SearchIndex(releases)

    private func matches(_ q: String, typing: Bool = false) -> [Int] {
        let result = Self.index.search(q, typing: typing)
        #expect(result.error == nil, "\(q): \(result.error?.description ?? "")")
        return result.matches
    }

    @Test func emptyQueryMatchesEverything() {
        #expect(matches("") == [0, 1, 2, 3])
    }

    @Test func wordsMatchWholeWordsFolded() {
        #expect(matches("diamond") == [0, 1], "not diamonds, not diamondiferous")
        #expect(matches("DIAMONDS") == [0, 3])
        #expect(matches("perez") == [0])
        #expect(matches("Pérez") == [0])
        #expect(matches("strasse") == [2])
        #expect(matches("qxzjvwpl") == [])
    }

    @Test func compoundsAndApostrophes() {
        #expect(matches("kp-certified") == [0])
        #expect(matches("kp") == [0])
        #expect(matches("certified") == [0])
        #expect(matches("forum’s") == [0])
        #expect(matches("forum's") == [0])
        #expect(matches("forum") == [0])
    }

    @Test func prefixWhileTypingAndExplicitPrefix() {
        #expect(matches("diam", typing: true) == [0, 1, 3])
        #expect(matches("diam", typing: false) == [])
        #expect(matches("diam*") == [0, 1, 3])
        #expect(matches("gold diam", typing: true) == [1, 3])
        #expect(matches("diam ", typing: true) == [], "a space ends the word being typed")
        // One letter: answered from the per-initial sets, same as any prefix.
        #expect(matches("g", typing: true) == [1, 3])
        #expect(matches("g*") == [1, 3])
        #expect(matches("title:g", typing: true) == [1])
        #expect(matches("h", typing: true) == [0, 1, 3], "harare; held, has; here")
        #expect(matches("z", typing: true) == [])
    }

    @Test func booleanOperators() {
        #expect(matches("gold diamond") == [1])
        #expect(matches("gold OR water") == [1, 2, 3])
        #expect(matches("diamonds -gold") == [0])
        #expect(matches("diamonds NOT gold") == [0])
        #expect(matches("-gold") == [0, 2])
        #expect(matches("(gold OR water) -silver") == [2, 3])
    }

    @Test func phrases() {
        #expect(matches("\"new mine\"") == [2], "consecutive words in one text; release 0 has 'New diamond mine'")
        #expect(matches("\"diamond mine\"") == [0])
        #expect(matches("\"mine diamond\"") == [])
        #expect(matches("\"kp certified diamonds\"") == [0])
        #expect(matches("\"fell diamond\"") == [1], "punctuation between words does not break a phrase")
    }

    @Test func fields() {
        #expect(matches("title:diamond") == [0])
        #expect(matches("body:diamond") == [1])
        #expect(matches("text:chamber") == [1], "notes are text")
        #expect(matches("title:chamber") == [])
        #expect(matches("org:chamber") == [1])
        #expect(matches("org:mines") == [0])
        #expect(matches("place:harare") == [0])
        #expect(matches("kind:statement") == [1])
        #expect(matches("contact:moyo") == [0])
        #expect(matches("contact:officer") == [0])
        #expect(matches("moyo") == [0], "a bare word searches every field")
        #expect(matches("title:(gold OR water)") == [1, 2])
    }

    @Test func contactsByEmailAndPhone() {
        #expect(matches("contact:press@mines.example") == [0])
        #expect(matches("press@mines.example") == [0])
        #expect(matches("contact:press@mi", typing: true) == [0])
        #expect(matches("contact:263788087050") == [0])
        #expect(matches("contact:+263 78 808 7050") == [0])
        #expect(matches("contact:+263 78") == [0])
        #expect(matches("contact:\"+263 78 808 7050\"") == [0])
        #expect(matches("contact:\"+263 78 808 7051\"") == [])
        #expect(matches("contact:+264") == [])
    }

    @Test func dates() {
        #expect(matches("date:2021") == [0, 1])
        #expect(matches("date:2021-06") == [0])
        #expect(matches("date:2021-06-28") == [0])
        #expect(matches("date:2021-06-27") == [])
        #expect(matches("date:2021-01..2021-06") == [0, 1])
        #expect(matches("date:2021-02..2022") == [0, 2])
        #expect(matches("after:2021-06-28") == [0, 2], "on or after")
        #expect(matches("before:2021-06-28") == [1], "strictly before")
        #expect(matches("after:2021-01-01 before:2022-01-01") == [0, 1])
        #expect(matches("-date:2021") == [2, 3], "negation is the only way to reach an undated release")
    }

    @Test func hasFlags() {
        #expect(matches("has:contacts") == [0])
        #expect(matches("has:embargo") == [1])
        #expect(matches("has:notes") == [1])
        #expect(matches("has:warnings") == [2])
    }

    @Test func malformedQueryKeepsNoMatchesAndSaysWhere() {
        let result = Self.index.search("gold \"silver")
        #expect(result.matches.isEmpty)
        #expect(result.error == QueryError(message: "unclosed quotation mark", position: 5))
    }

    @Test func relevanceRanksHeadlineAboveBody() {
        let result = Self.index.search("diamond OR diamonds")
        #expect(result.matches == [0, 1, 3])
        let ranked = Self.index.ranked(result)
        // Release 0 and 3 have it in the headline, 1 only in the body.
        #expect(ranked.last == 1)
        let scores = Self.index.scores(result)
        #expect(scores.count == 3)
        #expect(scores.allSatisfy { $0 > 0 })
    }

    @Test func relevanceOfATitleMatchBeatsABodyMatchOfEqualLength() {
        let releases = [
            Release(id: "b", source: "b", format: .text, title: "Annual report published",
                    paragraphs: ["The harvest figures were good."]),
            Release(id: "t", source: "t", format: .text, title: "Harvest figures published",
                    paragraphs: ["The annual report was good."]),
            Release(id: "x", source: "x", format: .text, title: "Other", paragraphs: ["Nothing."]),
        ]
        let index = SearchIndex(releases)
        let result = index.search("harvest")
        #expect(result.matches == [0, 1])
        #expect(index.ranked(result) == [1, 0])
    }

    @Test func highlightTermsComeWithTheResult() {
        let result = Self.index.search("diamond -gold mi", typing: true)
        #expect(result.highlightTerms == ["diamond", "mi"])
        #expect(result.highlights == [HighlightTerm("diamond"), HighlightTerm("mi", isPrefix: true)])
    }

    @Test func emptyArchive() {
        let index = SearchIndex([])
        #expect(index.search("").matches == [])
        #expect(index.search("diamond").matches == [])
        #expect(index.search("d", typing: true).matches == [])
        #expect(index.search("\"a b\" -c date:2021 has:notes").matches == [])
        #expect(index.ranked(index.search("diamond")) == [])
    }

    @Test func nonASCIIPrefixes() {
        #expect(matches("pé", typing: true) == [0], "folded to pe")
        #expect(matches("stra", typing: true) == [2], "Straße folds to strasse")
    }

    @Test func manyReleasesAcrossChunks() {
        // More releases than one build chunk: postings from every chunk must merge in order.
        let many = (0..<5000).map { i in
            Release(id: "\(i)", source: "\(i)", format: .text, title: "Release \(i)",
                    paragraphs: [i % 7 == 0 ? "seven divides it" : "plain", i % 1000 == 3 ? "needle" : "hay"])
        }
        let index = SearchIndex(many)
        #expect(index.search("seven").matches == (0..<5000).filter { $0 % 7 == 0 })
        #expect(index.search("needle").matches == [3, 1003, 2003, 3003, 4003])
        #expect(index.search("4999").matches == [4999])
        #expect(index.search("seven needle").matches == [3003])
    }
}
