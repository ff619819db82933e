import Foundation
import Testing
@testable import PressroomCore

/// Session 10's line table for the contact stage (`ContactLineFacts`, made once per line) must answer as the
/// tests it stands in for: its guards say no only where the plain test says no, its byte bits are the line's,
/// and a joined line's facts are the facts of the joined text. On crafted lines (invented people and numbers)
/// and on every line and paragraph of the dev corpus.
@Suite struct ContactLineFactsTests {
    static let crafted: [String] = [
        "", " ", "\t", "Media contact:", "Media contact: +44 20 7946 0142", "Press Office", "Jane Doe", "jane@example.org",
        "For more information, please contact Jane Doe on +44 20 7946 0142 or Tom Beck at tom.beck@example.org",
        "Please call Ana Ruiz at 555-0142-0199 or Ben Holt at 555-0177-0123", "Contact Ana Ruiz (ana@example.org) or Ben Holt (ben@example.org)",
        "Tel: +44 20 7946 0142", "@JiraniWater", "Jane Doe – Press Officer – +41 22 601 17 30", "Zoë Müller, Pressesprecherin",
        "Kontakt: zoe@example.de", "1234567890", "a@b@c", String(repeating: "Contact ", count: 30), "Contacts presse\r",
        "Jane Doe\u{00A0}Roe", "Café de l’Amitié (press) – 01 23 45 67 89", "Ask for the duty officer (weekdays only)",
    ]

    static var lines: [String] { crafted + SpaceWordsTests.texts }

    /// The facts read as the definitions read the line.
    @Test func factsAreTheLinesBytes() {
        for line in Self.lines {
            let facts = ContactLineFacts(line)
            let bytes = Array(line.utf8)
            #expect(facts.byteCount == bytes.count, "\(line)")
            #expect(facts.digits == bytes.filter { $0 >= 48 && $0 <= 57 }.count, "\(line)")
            #expect(facts.ats == bytes.filter { $0 == 0x40 }.count, "\(line)")
            #expect(facts.beyondASCII == bytes.contains { $0 >= 0x80 }, "\(line)")
            for c in UInt8(0)..<128 { #expect(facts.has(c) == bytes.contains(c), "\(line) \(c)") }
        }
    }

    /// A guard that says no is a test that says no: no heading, no people to split.
    @Test func guardsSayNoOnlyWhereTheTestsDo() {
        var headingsRuledOut = 0
        var peopleRuledOut = 0
        var people = 0
        for line in Self.lines {
            let facts = ContactLineFacts(line)
            if facts.cannotBeHeading {
                headingsRuledOut += 1
                #expect(!ContactVocabulary.isHeading(line), "\(line)")
            }
            if !facts.mayNamePeople {
                peopleRuledOut += 1
                #expect(ContactLeadIn.splitPeople(line) == nil, "\(line)")
            } else if ContactLeadIn.splitPeople(line) != nil {
                people += 1
            }
        }
        #expect(headingsRuledOut >= 10)
        #expect(peopleRuledOut >= 10)
        #expect(people >= 2)
    }

    /// A joined line's facts, made from its parts', are the facts of the joined text.
    @Test func joinedFactsAreTheJoinedLinesFacts() {
        let parts = Self.crafted
        for (k, a) in parts.enumerated() {
            let b = parts[(k * 7 + 3) % parts.count]
            #expect(ContactLineFacts.joined(ContactLineFacts(a), 0x20, ContactLineFacts(b)) == ContactLineFacts(a + " " + b), "\(a) | \(b)")
            #expect(ContactLineFacts.joined(ContactLineFacts(a), nil, ContactLineFacts(b)) == ContactLineFacts(a + b), "\(a) | \(b)")
        }
        // And through the join itself: every joined line with the facts of its text.
        let block = ["Harriet Lowe, Head of Communications, +44 (0)20 7946 0381 –", "harriet.lowe@example.org", "",
                     "Marco Rossi, +41 22 601 17", "30 – rossi@example.org", "awa.sawadogo@papillon-", "savanes.org", "Media contact"]
        let joined = ContactParser.joinContinuationsNotingFacts(block)
        #expect(joined.count < block.count)
        for l in joined { #expect(l.facts == ContactLineFacts(l.line), "\(l.line)") }
    }

    /// The join asks no heading test of a line whose facts rule one out, and joins as it does with the fast paths
    /// off (every heading asked): over windows of the crafted lines and the dev corpus's lines.
    @Test func theJoinAnswersAsWithEveryHeadingAsked() {
        let lines = Self.crafted + SpaceWordsTests.corpusTexts
        var windows = 0
        for start in stride(from: 0, to: lines.count, by: 6) {
            let window = Array(lines[start..<min(start + 8, lines.count)])
            let fast = ContactParser.joinContinuationsNotingFacts(window)
            let plain = FastPaths.withOff { ContactParser.joinContinuationsNotingFacts(window) }
            #expect(fast.map(\.line) == plain.map(\.line), "\(window)")
            #expect(fast.map(\.isHeading) == plain.map(\.isHeading), "\(window)")
            windows += 1
        }
        #expect(windows >= 10)
    }

    /// A word's marks come off its bytes where Foundation's trim takes them off its scalars.
    @Test func wordsLoseTheirMarksAsFoundationTakesThemOff() {
        var words = [",", ";:(", "(Jane", "Doe,", "(Doe);", ",\u{301}Jane", "Jane,\u{301}", "é,", ",é", "(Zoë:", "Ana;;", "  ,x, ", "",
                     ":(:", "👩‍💼,", "(\r\n)"]
        for line in Self.lines { words += line.split(separator: " ").map(String.init) }
        var cut = 0
        for word in words {
            let bare = ContactLeadIn.bare(word)
            #expect(bare.unicodeScalars.elementsEqual(ContactLeadIn.barePlain(word).unicodeScalars), "\(word)")
            if bare != word { cut += 1 }
        }
        #expect(cut >= 20)
    }

    /// `isOrganization` reads the last byte before its two `hasSuffix` tests (` e. V.`, ` e. V`) and answers as
    /// with every text compared.
    @Test func organisationsAnswerAsWithTheSuffixesAlwaysCompared() {
        let texts = Self.lines + ["Offene Daten Nord e. V.", "Offene Daten Nord e. V", "Verein e. V. ", "e. V", "Nord e.V", "Café e. V\u{301}"]
        var organisations = 0
        for text in texts {
            let fast = ContactVocabulary.isOrganization(text)
            #expect(fast == FastPaths.withOff { ContactVocabulary.isOrganization(text) }, "\(text)")
            if fast { organisations += 1 }
        }
        #expect(ContactVocabulary.isOrganization("Offene Daten Nord e. V"))
        #expect(organisations >= 5)
    }

    /// The people's gaps and data are made into strings off one buffer, as the scalar view makes them.
    @Test func scalarsMakeTheSameStrings() {
        for line in Self.lines {
            let s = Array(line.unicodeScalars)
            for cut in [0, s.count / 3, s.count / 2, s.count] {
                #expect(ContactLeadIn.string(s[..<cut]) == ContactLeadIn.stringPlain(s[..<cut]), "\(line)")
                #expect(ContactLeadIn.string(s[cut...]).utf8.elementsEqual(ContactLeadIn.stringPlain(s[cut...]).utf8), "\(line)")
            }
        }
    }
}
