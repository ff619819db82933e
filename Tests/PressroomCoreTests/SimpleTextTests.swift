import Foundation
import Testing
@testable import PressroomCore

/// The byte-level paths of contact parsing must give what the character-level definitions give, on simple
/// lines (bytes decide) and on the rest (combining marks, `\r\n`, emoji: characters decide).
@Suite struct SimpleTextTests {
    /// Inputs that take each path: ASCII, Latin beyond ASCII, no-break spaces, dashes, combining marks next
    /// to what is stripped or cut, carriage returns, a prepended Arabic sign, emoji.
    static let samples: [String] = [
        "", " ", "  ", "Jane Doe", "  Jane Doe  ", "\tJane\n", "\u{A0}José García\u{A0}", "Zoë ", " Zoë",
        " \u{301}Jane ", "Jane \u{301}", "Jane\r\n", "\r\nJane", "\r Jane \r", "x\r", " – Jane – ", "-–—Jane—",
        "e\u{301} ", " e\u{301}", "Jane \u{0600} ", "\u{0600}: x", "Tel\u{301}: 1", "Tel:\u{301} 1", "👩‍💼 Jane ",
        "Jane  Doe ,  Head", " ,;Jane;, ", "Jane:Doe:", "Ana  María   López", "a \u{301} b", "::", "Jörg : Presse",
        "\u{A0}\u{301}", " \t\n\u{A0} ", "\r\n", " \r ", "\n\u{301}",
    ]

    /// Trimming as the characters define it.
    private func characterTrimmed(_ s: String, _ strip: (Character) -> Bool) -> String {
        guard let first = s.firstIndex(where: { !strip($0) }) else { return "" }
        var last = s.index(before: s.endIndex)
        while strip(s[last]) { last = s.index(before: last) }
        return String(s[first...last])
    }

    @Test(arguments: samples)
    func trimmingMatchesCharacters(s: String) {
        let spaces: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{A0}" }
        #expect(s.trimmed().unicodeScalars.elementsEqual(characterTrimmed(s, spaces).unicodeScalars))
        #expect(s[...].trimmed().unicodeScalars.elementsEqual(characterTrimmed(s, spaces).unicodeScalars))
        #expect(ContactParser.isBlank(s) == characterTrimmed(s, spaces).isEmpty)
        for set in [" -/,;", ".:", "-–—*#_ ", "()[]"] {
            #expect(s.trimmed(set).unicodeScalars.elementsEqual(characterTrimmed(s, { set.contains($0) }).unicodeScalars))
        }
    }

    @Test(arguments: samples)
    func spacingAndSearchMatchCharacters(s: String) {
        let joined = s.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        #expect(SimpleText.singleSpaced(s).unicodeScalars.elementsEqual(joined.unicodeScalars))
        #expect(SimpleText.firstIndex(ofASCII: UInt8(ascii: ":"), in: s) == s.firstIndex(of: ":"))
        #expect(SimpleText.firstIndex(ofASCII: 32, in: s) == s.firstIndex(of: " "))
        #expect(SimpleText.lastSpaceIndex(in: s) == s.lastIndex(of: " "))
        #expect(SimpleText.hasLetter(s) == s.contains(where: \.isLetter))
        #expect(SimpleText.characterCount(s) == s.count)
    }

    @Test(arguments: samples + ["head of communications", "chargée-de-com. (ZELA)", "e.v. gmbh", "jose\u{301}-garcía"])
    func wordsMatchCharacters(s: String) {
        for mark in ["-", "."] {
            let m = Character(mark)
            let expected = s.split(whereSeparator: { !$0.isLetter && $0 != m }).map(String.init)
            let words = SimpleText.letterRuns(s, keeping: UInt8(ascii: mark.unicodeScalars.first!)).map(String.init)
            #expect(words.map { Array($0.unicodeScalars) } == expected.map { Array($0.unicodeScalars) })
        }
    }

    @Test(arguments: samples + ["Jane\u{2003}Doe\u{A0}", "Ana\tLópez\n", " Zoë \u{85}Brandt", "Jane \u{301} Doe"])
    func whitespaceAndMarkCutsMatchCharacters(s: String) {
        let joined = s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(SimpleText.singleSpacedWhitespace(s).unicodeScalars.elementsEqual(joined.unicodeScalars))
        let expected = s.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ":" }).map(String.init)
        let cut = SimpleText.split(s, at: { $0 == 0x20 || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ":") }).map(String.init)
        #expect(cut.map { Array($0.unicodeScalars) } == expected.map { Array($0.unicodeScalars) })
    }

    /// Columns are counted in characters on either path.
    @Test func columnsCountCharacters() {
        let simple = ContactColumns.segments("Zoë Brandt          Jörg Weiß\tPresse")
        #expect(simple.map(\.column) == [0, 20, 32])
        #expect(simple.map(\.text) == ["Zoë Brandt", "Jörg Weiß", "Presse"])
        let combining = ContactColumns.segments("Zoe\u{308} Brandt          Jo\u{308}rg Weiß\tPresse")
        #expect(combining.map(\.column) == [0, 20, 32])
        #expect(combining.map(\.text) == ["Zoe\u{308} Brandt", "Jo\u{308}rg Weiß", "Presse"])
    }

    /// What `fold` means: decomposed, non-spacing marks dropped, typographic apostrophes unified, lower-cased.
    private func referenceFold(_ s: String) -> String {
        var out = ""
        for scalar in s.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar == "\u{2019}" || scalar == "\u{2018}" { out.append("'"); continue }
            out.unicodeScalars.append(scalar)
        }
        return out.lowercased()
    }

    @Test func foldingOnBytesMatchesTheDefinition() {
        var texts = ["Téléphone", "Relações com a Imprensa", "Straße", "d’informations", "ÉQUIPE – Ñandú",
                     "Te\u{301}le\u{301}phone", "Zoë 👩‍💼", "Jörg\r\nWeiß", "Ǆemal Ǳ Ǉ"]
        for v in UInt32(0x80)..<0x250 { texts.append("Ab" + String(Unicode.Scalar(v)!) + "cD") }
        for v in UInt32(0x2000)..<0x2070 { texts.append("x" + String(Unicode.Scalar(v)!) + "Y") }
        for text in texts {
            #expect(Fold.contact(text).unicodeScalars.elementsEqual(referenceFold(text).unicodeScalars), "\(text)")
        }
    }

    @Test func simpleLinesAreThoseWhoseScalarsAreCharacters() {
        #expect(SimpleText.isSimple("Aminata Sow, chargée de communication – +221 77 555 12 90"))
        #expect(SimpleText.isSimple("Contact : Jörg Müller · Pressestelle • Tel. ‒ 040"))
        #expect(!SimpleText.isSimple("Jose\u{301} García"))
        #expect(!SimpleText.isSimple("Jane\r\nDoe"))
        #expect(!SimpleText.isSimple("Jane 👩‍💼"))
        // Greek ano teleia is the middle dot to `Character` comparison: never read on bytes.
        #expect(!SimpleText.isSimple("Jane \u{0387} Doe"))
    }

    /// A line with a combining accent is read on characters, a precomposed one on bytes: the same contact.
    @Test func combiningAccentsReadLikePrecomposedOnes() {
        let pairs: [(String, String)] = [
            ("José García – Jefa de prensa – +34 91 555 0100", "Jose\u{301} García – Jefa de prensa – +34 91 555 0100"),
            ("Zoë Brandt · Pressesprecherin · +49 (0)30 5555 0217", "Zoe\u{308} Brandt · Pressesprecherin · +49 (0)30 5555 0217"),
            ("Contact : Aminata Sow • chargée de communication", "Contact : Aminata Sow • charge\u{301}e de communication"),
        ]
        for (precomposed, combining) in pairs {
            let a = ContactParser.parse(lines: [precomposed, "jane [at] example [dot] org"])
            let b = ContactParser.parse(lines: [combining, "jane [at] example [dot] org"])
            #expect(a == b)
            #expect(!a.isEmpty)
            #expect(a.first?.emails == ["jane@example.org"])
        }
        // A strong separator is one on either path.
        let fields = ContactParser.parse(lines: ["Ana López – Prensa – +34 91 555 0100"]).first
        #expect(fields?.name == "Ana López")
        #expect(fields?.phones == ["+34915550100"])
    }

    /// A number wrapped inside its digits is joined again, whether the lines around it are ASCII or not.
    @Test func numbersWrappedInsideTheirDigitsAreJoined() {
        for (name, lead) in [("Marco Rossi", "+41 22 601 17"), ("Zoë Rossi", "+41 22 601 17"), ("Jose\u{301} Rossi", "+41 (0)22 601 17"),
                             ("Marco Rossi", "Tel.\u{A0}+41 22 601 17")] {
            let contacts = ContactParser.parse(lines: [name + ", Press Officer, " + lead, "30 – rossi@example.org"])
            #expect(contacts.count == 1)
            #expect(contacts.first?.phones == ["+41226011730"])
            #expect(contacts.first?.emails == ["rossi@example.org"])
        }
        // Too many digits for one number: the next line stays apart.
        let apart = ContactParser.joinContinuations(["Marco Rossi, +41 22 601 17 55 44 33", "30 12 – rossi@example.org"])
        #expect(apart.count == 2)
    }

    /// Page numbers and end marks without letters are read on bytes; with dashes beyond ASCII, on characters.
    @Test func letterFreeFurniture() {
        for line in ["2", "2/2", "(3)", "-30-", "###", "- 30 -", "12 34", "– 1 –", "— 30 —", "3 | 4", "  7  "] {
            #expect(ContactParser.isFurniture(line), "\(line)")
        }
        for line in ["555-0142", "+44 20 7946 0000", "12345", "(617) 555-0142", "30 311", "#30#x", "– 12345 –", "1\t2"] {
            #expect(!ContactParser.isFurniture(line), "\(line)")
        }
    }

    /// Connectives are dropped from the ends of a field, whatever their case, dots or script.
    @Test func connectivesAtTheEndsOfAField() {
        #expect(ContactLine.withoutConnectives("please contact Elif Kaya") == "Elif Kaya")
        #expect(ContactLine.withoutConnectives("Head of Policy on") == "Head of Policy")
        #expect(ContactLine.withoutConnectives("or at") == "")
        #expect(ContactLine.withoutConnectives("à Marie Dubois") == "Marie Dubois")
        #expect(ContactLine.withoutConnectives("kontaktieren Sie Anna Schmidt") == "Sie Anna Schmidt")
        #expect(ContactLine.withoutConnectives("Jane Doe, Head of Policy") == "Jane Doe, Head of Policy")
        #expect(ContactLine.withoutConnectives("Contact: Jane Doe") == "Jane Doe")
        #expect(ContactLine.withoutConnectives("Jane Doe und") == "Jane Doe")
        #expect(ContactLine.withoutConnectives("Jane Doe Und") == "Jane Doe Und")
    }
}
