import Foundation
import Testing
@testable import PressroomCore

/// The `-> Bool?` fast paths that had no named plain definition until session 10 (issue 13), each held to its
/// `…Plain` beside it: on crafted text that takes each branch (bytes beyond ASCII next to the bytes read, CR,
/// combining marks, the limits) and on every line and paragraph of the dev corpus (`SpaceWordsTests.texts`),
/// prepared as the caller prepares it. Each test also counts the answers the fast path gave, so that a path
/// that stopped answering (nil for everything) fails too. The crafted text is invented.
@Suite struct PlainDefinitionTests {
    static let crafted: [String] = [
        "Media contact:", "Press enquiries", "For more information, contact:", "Contacts presse", "Pressekontakt",
        "Contacto de prensa", "Press Office", "Press", "Office", "Media Desk -", "**Media contact**", "Media contact\r",
        "Média contact:", "Press Office 2", "press@example.org", "Press: https://example.org", "Press Office of the Ministry of Tides",
        "Quillfeather Biosciences", "ZELA", "WWF-2", "A&B", "Ab", "Tessaro Landesverband", "Offene Daten e. V.", "Marlow Ridge University",
        "Brightline PR", "Lotus Grid Energy JSC", "Dr. Ann Bee", "Landesverband", "ÉCOLE", "Zentrum für Wasser",
        "Tel", "Tel.", "Phone / Fax", "Tel & Fax", "Fax", "Mobile", "Cell", "Téléphone", "Tel or Fax", "Tel / Mail", "T",
        "Senior Officer (Ministry of Local", "Jane Doe,", "Jane Doe |", "Jane Doe -", "Jane Doe-", "For details please contact",
        "To reach us call", "Call", "Jane Doe", "Jane Doe\u{301},", "Jane Doe and", "jane doe or",
        "2", "– 1 –", "2/2", "(3)", "555-0142", "-30-", "###", "ENDS", "-ENDS-", "Page 2 of 2", "Seite 2 von 2", "FIN", "fim",
        "* * *", "# # #", "##", "o0o", "-o0o-", "oOo", "End of release", "end of press release", "Ende", "ends.", "xxx", "30", "- 30 -",
        "Éric", "e\u{301}nds", "— page 4", "–", "Annex", "Sandra", "Phone 555", "##  ##",
        "+41 22 601 17", "call +1", "(+44) 20", "+ 33 1 2", "tel. +49 (0) 30 1234", "é+12", "+\u{301}12", "+12é 34", "12 34",
        "+1234567890123", "on +1", "Tel: +1 (212) 555-01",
        "Ministry of Culture", "Harbour Authority", "Department of Tides | www.tides.example", "The Quiet Harbour Trust",
        "Ministry of Culture.", "\"Ministry of Culture\"", "Ministère de la Culture", "KWTU", "Ministry · of Culture",
        "Office of the Chief Scientist", "MINISTRY OF CULTURE AND SPORT", "ministry of culture", "Ministry of Culture\r",
        "", " ", "\t", "a", "-", "é",
    ]

    static var texts: [String] { crafted + SpaceWordsTests.texts }

    /// Asks `fast` about each input and, where it answers, expects `plain`'s answer; returns how many it
    /// answered and how many of those answers were `hit`.
    static func agree<T, A: Equatable>(_ inputs: [T], hit: A, _ fast: (T) -> A?, _ plain: (T) -> A,
                                       sourceLocation: SourceLocation = #_sourceLocation) -> (answered: Int, hits: Int) {
        var answered = 0, hits = 0
        for input in inputs {
            guard let quick = fast(input) else { continue }
            #expect(quick == plain(input), "\(input)", sourceLocation: sourceLocation)
            answered += 1
            if quick == hit { hits += 1 }
        }
        return (answered, hits)
    }

    @Test func contactHeadingOnBytesMatchesItsPlainDefinition() {
        let lines = Self.texts.map { ContactVocabulary.stripMarkdown($0).trimmed() }
        let (answered, headings) = Self.agree(lines, hit: true, ContactVocabulary.isHeadingASCII, ContactVocabulary.isHeadingPlain)
        #expect(answered >= 1_000)
        #expect(headings >= 10)
    }

    @Test func organizationOnBytesMatchesItsPlainDefinition() {
        // Whole lines, and the pieces a comma split leaves (names of organisations are short).
        let names = Self.texts.flatMap { text in ([text[...]] + text.split(separator: ",")).map { String($0).trimmed() } }
        let (answered, organizations) = Self.agree(names, hit: true, ContactVocabulary.isOrganizationASCII,
                                                   ContactVocabulary.isOrganizationPlain)
        #expect(answered >= 1_000)
        #expect(organizations >= 50)
    }

    @Test func phoneLabelOnBytesMatchesItsPlainDefinition() {
        // Each text's part before a colon, as a label is read, and the whole text.
        let labels = Self.texts.flatMap { text in
            [String(text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? "").trimmed(".:-/ "),
             text.trimmed(".:-/ ")].filter(ContactVocabulary.mayBeLabel)
        }
        let (answered, phones) = Self.agree(labels, hit: .phone, ContactVocabulary.readPhoneLabelASCII,
                                            ContactVocabulary.readPhoneLabelPlain)
        #expect(answered >= 100)
        #expect(phones >= 5)
    }

    @Test func continuedContactLineOnBytesMatchesItsPlainDefinition() {
        let lines = Self.texts.map { ContactVocabulary.stripMarkdown($0).trimmed() }
        let (answered, continued) = Self.agree(lines, hit: true, ContactParser.continuesASCII, ContactParser.continuesPlain)
        #expect(answered >= 1_000)
        #expect(continued >= 20)
    }

    @Test func furnitureOnBytesMatchesItsPlainDefinitions() {
        let lines = Self.texts.map { $0.trimmed() }.filter { !$0.isEmpty && !ContactLineShape.isAnnotation($0) }
        let (letters, _) = Self.agree(lines, hit: true, ContactParser.opensWithOtherLetter, ContactParser.opensWithOtherLetterPlain)
        let (_, furniture) = Self.agree(lines.filter { !ContactParser.opensWithOtherLetterPlain($0) }, hit: true,
                                        ContactParser.letterlessFurniture, ContactParser.letterlessFurniturePlain)
        #expect(letters >= 1_000)
        #expect(furniture >= 10)
    }

    @Test func numberAfterPlusOnBytesMatchesItsPlainDefinition() {
        var cases: [(prev: String, digits: Int)] = []
        for line in Self.texts where line.utf8.count <= 200 {
            for digits in [1, 2, 4, 8] { cases.append((line.trimmed(), digits)) }
        }
        let (answered, found) = Self.agree(cases, hit: true, { (c: (prev: String, digits: Int)) in ContactParser.endsInNumberAfterPlus(c.prev, digits: c.digits) },
                                           { (c: (prev: String, digits: Int)) in ContactParser.endsInNumberAfterPlusPlain(c.prev, digits: c.digits) })
        #expect(answered >= 1_000)
        #expect(found >= 10)
    }

    @Test func nameLetterheadOnBytesMatchesItsPlainDefinition() {
        let lines = Self.texts.map(ReleaseLexicon.stripMarkup)
        let (answered, names) = Self.agree(lines, hit: true, ReleaseSegmenter.isNameLetterheadASCII, ReleaseSegmenter.isNameLetterheadPlain)
        #expect(answered >= 1_000)
        #expect(names >= 20)
    }

    @Test func lineEndHyphenOnBytesMatchesItsPlainDefinition() {
        // Each line as the text so far, ending in a hyphen, and the next line.
        let lines = Self.texts.map { TextScan.collapse($0) }.filter { !$0.isEmpty }
        var pairs: [(text: String, line: String)] = []
        for k in 1..<lines.count {
            let text = lines[k - 1].hasSuffix("-") ? lines[k - 1] : lines[k - 1] + "-"
            if text.utf8.count >= 2 { pairs.append((text, lines[k])) }
        }
        let (answered, splits) = Self.agree(pairs, hit: true, { (p: (text: String, line: String)) in Reflow.splitsWordQuickly(Array(p.text.utf8), p.line) },
                                            { (p: (text: String, line: String)) in Reflow.splitsWordPlain(p.text, p.line) })
        #expect(answered >= 1_000)
        #expect(splits >= 100)
    }

    @Test func endMarkOnBytesMatchesItsPlainDefinition() {
        // As `isEndMark` asks: lines of four words at most that hold no byte an end mark cannot.
        let lines = Self.texts.filter { line in
            var copy = line
            return line.utf8.count <= 200 && TextScan.wordCount(line) <= 4 && !copy.withUTF8(ReleaseLexicon.cannotBeEndMark)
        }
        let (answered, marks) = Self.agree(lines, hit: true, { line in var copy = line; return copy.withUTF8(ReleaseLexicon.endMarkASCII) },
                                           ReleaseLexicon.isEndMarkPlain)
        #expect(answered >= 50)
        #expect(marks >= 10)
    }

    /// Lines set in columns (invented), for `hasTwoSegments`: tabs, runs of spaces of each length, bytes
    /// beyond ASCII in and beside a column, CR.
    static let columns: [String] = [
        "Jane Doe   Ben Roe", "Jane Doe  Ben Roe", "Jane Doe\tBen Roe", "Jane\t Ben", "  Jane Doe    ", "Jane    ", "   Jane",
        "Média   Presse", "Jane Doe   Zoë Roe", "e\u{301}   b", "a \u{301}  b", "a\r   b", "a   b\r", "+41 22 601 17 11    +41 22 601 17 12",
        "press@example.org      info@example.org", "Tel:\t\t555-0142", "a\u{A0}\u{A0}\u{A0}b", "中文   文字", "a   b   c",
    ]

    @Test func columnsOnBytesMatchTheirPlainDefinition() {
        let lines = Self.columns + Self.texts
        let (answered, split) = Self.agree(lines, hit: true, ContactColumns.hasTwoSegmentsASCII, ContactColumns.hasTwoSegmentsPlain)
        #expect(answered >= 1_000)
        #expect(split >= 8)
    }

    @Test func blankOnBytesMatchesItsPlainDefinition() {
        let lines = ["", " ", "\t", "\n", " \u{A0} ", "\u{A0}", "\r", "\r\n", " \r\n ", " x ", "\u{2003}", "\u{A0}x", "\u{C2}"]
            + Self.texts + Self.texts.map { String($0.prefix(2)) }
        let (answered, blank) = Self.agree(lines, hit: true, ContactParser.isBlankASCII, ContactParser.isBlankPlain)
        #expect(answered >= 1_000)
        #expect(blank >= 5)
    }

    @Test func continuationOnBytesMatchesItsPlainDefinitions() {
        let crafted = ["or at jane@example.org", "or", "or ", "Or at jane@example.org", "ou au 555", "oder unter 555", "y al 555",
                       "à jane@example.org", "et   jane", "e-mail jane@example.org", "via\tphone", "or\r at", "ores at", "bei Jane",
                       "+41 22 601 17", "+41 22 601 17  ", "Call (212)", "Call (212)\t\n", "555-0142 x", "Jane Doe", "1\r", "1\u{301}", "２"]
        let lines = crafted + Self.texts.map { $0.trimmed() }
        let (answeredFirst, connective) = Self.agree(lines, hit: true, ContactParser.opensWithConnectiveASCII, ContactParser.opensWithConnectivePlain)
        #expect(answeredFirst >= 1_000)
        #expect(connective >= 10)
        let (answeredLast, number) = Self.agree(crafted + Self.texts, hit: true, ContactParser.endsInDigitOrBracketASCII,
                                                ContactParser.endsInDigitOrBracketPlain)
        #expect(answeredLast >= 1_000)
        #expect(number >= 20)
    }

    @Test func numberTokenOnBytesMatchesItsPlainDefinition() {
        let crafted = ["30", "02", "555-0178", "(212)", "17.", "1.2.3", "-1", "(1)", "a1", "1a", "", "-", "1\r", "1\u{301}", "١٢",
                       "12345678", "1-2-3-4-5-6-7-8-9", "1 2", "1é", "212)", "02(3)", "7)."]
        let tokens = crafted + Self.texts.flatMap { $0.split(separator: " ").map { String($0).trimmed(",;.") } }
        let (answered, numbers) = Self.agree(tokens, hit: Int?.none, ContactParser.numberTokenDigitsASCII, ContactParser.numberTokenDigitsPlain)
        #expect(answered >= 1_000)
        #expect(answered - numbers >= 100)
    }

    @Test func properNameOnBytesMatchesItsPlainDefinition() {
        let crafted = ["Quillfeather Biosciences", "Marlow Ridge University", "Ministry of Tides", "Jane Doe", "Jane", "Jane doe",
                       "Jane of", "of Jane", "Ann de la Bee", "Jane Doe 2", "Press Office", "Senior Officer", "Zoë Roe", "Jane Doe\r",
                       "A B C D E F", "A B C D E F G", "Jane  Doe", " Jane Doe", "Jane Doe ", "Jane Doe, Director of the Fund"]
        let names = crafted + Self.texts.flatMap { text in ([text[...]] + text.split(separator: ",")).map { String($0).trimmed() } }
        let (answered, proper) = Self.agree(names, hit: true, ContactDraft.isProperNameASCII, ContactDraft.isProperNamePlain)
        #expect(answered >= 1_000)
        #expect(proper >= 50)
    }

    @Test func connectiveOnBytesMatchesItsPlainDefinition() {
        let crafted = ["or", "OR", "Or:", ".or.", "and", "e-mail", "à", "A", "en", "::", "", ".", "ores", "orpheline", "contactez",
                       "kontaktieren", "or\r", "o\u{301}r", "ou\u{301}", "ＯＲ"]
        let words = crafted.map { $0[...] } + Self.texts.flatMap { $0.split(separator: " ") }
        let (answered, connective) = Self.agree(words, hit: true, ContactLine.isConnectiveASCII, ContactLine.isConnectivePlain)
        #expect(answered >= 1_000)
        #expect(connective >= 100)
    }

    /// Each of these fast paths answers nil with the switch off, so that `FastPathsTests` compares the parse
    /// through the plain definitions.
    @Test func theSwitchTurnsEachOff() {
        FastPaths.withOff {
            #expect(ContactVocabulary.isHeadingASCII("Media contact") == nil)
            #expect(ContactVocabulary.isOrganizationASCII("Brightline PR") == nil)
            #expect(ContactVocabulary.readPhoneLabelASCII("Tel") == nil)
            #expect(ContactParser.continuesASCII("Jane Doe,") == nil)
            #expect(ContactParser.opensWithOtherLetter("Jane") == nil)
            #expect(ContactParser.letterlessFurniture("###") == nil)
            #expect(ContactParser.endsInNumberAfterPlus("+41 22", digits: 2) == nil)
            #expect(ReleaseSegmenter.isNameLetterheadASCII("Ministry of Culture") == nil)
            #expect(Reflow.splitsWordQuickly(Array("com-".utf8), "munity") == nil)
            var ends = "ENDS"
            #expect(ends.withUTF8(ReleaseLexicon.endMarkASCII) == nil)
            #expect(ContactColumns.hasTwoSegmentsASCII("Jane   Ben") == nil)
            #expect(ContactParser.isBlankASCII(" ") == nil)
            #expect(ContactParser.opensWithConnectiveASCII("or at jane@example.org") == nil)
            #expect(ContactParser.endsInDigitOrBracketASCII("+41 22") == nil)
            #expect(ContactDraft.isProperNameASCII("Quillfeather Biosciences") == nil)
            #expect(ContactLine.isConnectiveASCII("or") == nil)
            #expect(ContactParser.numberTokenDigitsASCII("555-0178") == nil)
        }
    }
}
