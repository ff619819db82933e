import Testing
@testable import PressroomCore

@Suite struct SearchJSONTests {
    static let release = Release(
        id: "r1", source: "a.txt", format: .text, title: "Diamond mine opens", organization: "Ministry of Mines",
        paragraphs: ["No match here.", "Minister Pérez visited the diamond mine."],
        contacts: [Contact(name: "Ana Pérez", phones: ["+263788087050"], emails: ["press@mines.example"])])

    @Test func recordIsUnchangedAndMatchesComeLast() {
        let plain = ReleaseJSON.object(Self.release)
        let json = SearchJSON.object(Self.release, highlighter: Highlighter(terms: [HighlightTerm("diamond")]))
        #expect(json.hasPrefix(String(plain.dropLast())))
        #expect(json.hasSuffix(#","matches":[{"path":"/title","start":0,"end":7},{"path":"/paragraphs/1","start":27,"end":34}]}"#))
    }

    @Test func offsetsCountCodePointsAndReachContacts() {
        let index = SearchIndex([Self.release])
        let result = index.search("perez contact:+263 78")
        #expect(result.matches == [0])
        let json = SearchJSON.object(Self.release, highlighter: Highlighter(result))
        // "Minister Pérez": é is one code point (two UTF-8 bytes), so Pérez is 9..<14.
        #expect(json.contains(#"{"path":"/paragraphs/1","start":9,"end":14}"#))
        #expect(json.contains(#"{"path":"/contacts/0/name","start":4,"end":9}"#))
        #expect(json.contains(#"{"path":"/contacts/0/phones/0","start":1,"end":13}"#))
    }

    @Test func noMatchesIsAnEmptyList() {
        let json = SearchJSON.object(Self.release, highlighter: Highlighter(terms: []))
        #expect(json.hasSuffix(#","matches":[]}"#))
        #expect(SearchJSON.array([], highlighter: Highlighter(terms: [])) == "[]")
    }
}
