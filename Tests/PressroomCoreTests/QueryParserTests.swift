import Testing
@testable import PressroomCore

@Suite struct QueryParserTests {
    private func tree(_ q: String, typing: Bool = false) -> String {
        switch Query.parse(q, typing: typing) {
        case .success(let query): return query.description
        case .failure(let error): return "error: \(error.message) @\(error.position)"
        }
    }

    private func error(_ q: String, typing: Bool = false) -> QueryError? {
        if case .failure(let e) = Query.parse(q, typing: typing) { return e }
        return nil
    }

    /// Nesting is refused past a stated depth with a message: the parser recurses once per level, and
    /// 30,000 parentheses once overflowed the stack.
    @Test func deepNestingIsRefusedNotACrash() {
        let deep = String(repeating: "(", count: 30_000) + "x" + String(repeating: ")", count: 30_000)
        #expect(error(deep)?.message == "nested more than 64 deep (parentheses, NOT and '-' count)")
        #expect(error(String(repeating: "(", count: 30_000))?.message == "nested more than 64 deep (parentheses, NOT and '-' count)")
        #expect(error(String(repeating: "(", count: 30_000), typing: true) != nil)
        #expect(error(String(repeating: "NOT ", count: 30_000) + "x")?.message == "nested more than 64 deep (parentheses, NOT and '-' count)")
        #expect(error(String(repeating: "-(", count: 30_000) + "x")?.message.hasPrefix("nested more than 64") == true)
        // The deepest allowed nesting still parses, and evaluates.
        let allowed = String(repeating: "(", count: 64) + "diamond" + String(repeating: ")", count: 64)
        #expect(tree(allowed) == "diamond")
    }

    @Test func juxtapositionIsAndOrAndNot() {
        #expect(tree("diamond mine") == "(diamond mine)")
        #expect(tree("diamond OR gold") == "(diamond OR gold)")
        #expect(tree("diamond AND gold") == "(diamond gold)")
        #expect(tree("a b OR c") == "((a b) OR c)")
        #expect(tree("-gold") == "-gold")
        #expect(tree("NOT gold diamond") == "(-gold diamond)")
        #expect(tree("diamond (gold OR silver)") == "(diamond (gold OR silver))")
        #expect(tree("or not") == "(or not)", "lower-case operators are words")
        #expect(tree("") == "*")
        #expect(tree("   ") == "*")
    }

    @Test func wordsAreFoldedPrefixesMarked() {
        #expect(tree("Pérez") == "perez")
        #expect(tree("diam*") == "diam*")
        #expect(tree("KP-certified") == "kp-certified")
        #expect(tree("forum’s") == "forum's")
        #expect(tree("u.s.") == "\"u s\"")
    }

    @Test func phrases() {
        #expect(tree("\"Exact  Phrase\"") == "\"exact phrase\"")
        #expect(tree("“curly quotes”") == "\"curly quotes\"")
        #expect(tree("\"one\"") == "one")
        #expect(tree("title:\"new mine\"") == "title:\"new mine\"")
    }

    @Test func fields() {
        #expect(tree("title:diamond") == "title:diamond")
        #expect(tree("text:diamond") == "text:diamond")
        #expect(tree("body:diamond") == "body:diamond")
        #expect(tree("org:ministry") == "org:ministry")
        #expect(tree("contact:Pérez") == "contact:perez")
        #expect(tree("place:harare") == "place:harare")
        #expect(tree("kind:statement") == "kind:statement")
        #expect(tree("TITLE:diamond") == "title:diamond")
        #expect(tree("title:(gold OR silver)") == "(title:gold OR title:silver)")
    }

    @Test func phoneNumbersInContactMatchByDigits() {
        #expect(tree("contact:263788087050") == "contact:263788087050*")
        #expect(tree("contact:+263 78 808 7050") == "contact:263788087050*")
        #expect(tree("contact:+263 78 water") == "(contact:26378* water)")
        #expect(tree("contact:\"+263 78 808 7050\"") == "contact:263788087050*")
        #expect(tree("contact:\"Ana Pérez\"") == "contact:\"ana perez\"")
    }

    @Test func emailsMatchWholeInContacts() {
        #expect(tree("contact:press@mines.example") == "(contact:\"press mines example\" OR contact:press@mines.example)")
    }

    @Test func dates() {
        #expect(tree("date:2021") == "date[20210000..<20220000]")
        #expect(tree("date:2021-06") == "date[20210600..<20210700]")
        #expect(tree("date:2021-12") == "date[20211200..<20211300]")
        #expect(tree("date:2021-06-28") == "date[20210628..<20210629]")
        #expect(tree("date:2021-01..2021-06") == "date[20210100..<20210700]")
        #expect(tree("after:2021-01-01") == "date[20210101..<4294967295]")
        #expect(tree("before:2022-01-01") == "date[0..<20220101]")
        #expect(tree("date:2024-02-29") == "date[20240229..<20240230]")
    }

    @Test func hasFlags() {
        for flag in ["contacts", "embargo", "notes", "warnings"] {
            #expect(tree("has:\(flag)") == "has:\(flag)")
        }
    }

    @Test func typingMakesTheLastWordAPrefix() {
        #expect(tree("diamond mi", typing: true) == "(diamond mi*)")
        #expect(tree("diamond mi ", typing: true) == "(diamond mi)", "a space ends the word")
        #expect(tree("title:dia", typing: true) == "title:dia*")
        #expect(tree("\"new mine\"", typing: true) == "\"new mine\"")
        #expect(tree("diamond mi", typing: false) == "(diamond mi)")
    }

    @Test func typingToleratesADanglingOperator() {
        #expect(tree("diamond -", typing: true) == "diamond")
        #expect(tree("diamond OR", typing: true) == "diamond")
        #expect(tree("diamond title:", typing: true) == "diamond")
        #expect(error("diamond OR") != nil)
        #expect(error("diamond -") == nil, "a lone '-' at the end is a word of punctuation")
    }

    @Test func malformedQueriesSayWhatAndWhere() {
        #expect(error("diamond \"new mine")?.position == 8)
        #expect(error("diamond \"new mine")?.message == "unclosed quotation mark")
        #expect(error("(gold OR silver")?.message == "unclosed parenthesis")
        #expect(error("(gold OR silver")?.position == 0)
        #expect(error("gold)")?.message == "')' without a matching '('")
        #expect(error("gold)")?.position == 4)
        #expect(error("a ()")?.message == "empty parentheses")
        #expect(error("OR gold")?.message == "nothing before OR")
        #expect(error("date:2021-02-30")?.message == "no such date: 2021-02-30")
        #expect(error("date:2021-02-30")?.position == 13)
        #expect(error("date:2023-02-29")?.message == "no such date: 2023-02-29")
        #expect(error("x date:2021-13")?.message == "no such month: 2021-13")
        #expect(error("x date:2021-13")?.position == 12)
        #expect(error("date:June")?.position == 5)
        #expect(error("date:2021-06..2021-01")?.message == "date range ends before it starts")
        #expect(error("has:pictures")?.message == "has: takes contacts, embargo, notes or warnings")
        #expect(error("titel:mine")?.message.hasPrefix("unknown field 'titel:'") == true)
        #expect(error("title: mine")?.message == "'title:' needs a value")
        #expect(error("*")?.message == "'*' needs a word before it")
        #expect(error("gold NOT")?.message == "nothing after 'NOT'")
    }

    @Test func urlsAndTimesAreWordsNotFields() {
        #expect(tree("10:30") == "\"10 30\"")
        #expect(tree("http://x.example") == "\"http x example\"")
        #expect(tree("editors: note") == "(editors note)", "a word ending in a colon is a word")
    }

    @Test func compoundsHighlightWholePhrasesWordByWord() {
        guard case .success(let q) = Query.parse("kp-certified \"forum’s decision\"") else { Issue.record(); return }
        #expect(q.highlights == [HighlightTerm("kp-certified"), HighlightTerm("forum"), HighlightTerm("decision")])
    }

    @Test func negatedWordsAreNotHighlighted() {
        guard case .success(let q) = Query.parse("diamond -gold mi", typing: true) else { Issue.record(); return }
        #expect(q.highlights == [HighlightTerm("diamond"), HighlightTerm("mi", isPrefix: true)])
    }
}
