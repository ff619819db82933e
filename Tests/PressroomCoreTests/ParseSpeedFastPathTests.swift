import Foundation
import Testing
@testable import PressroomCore

/// Session 8's byte paths outside the organisation finder (the dateline's glued hyphen, a heading's first and
/// last characters, a contact's proper name) must give what their plain definitions beside them give: on
/// crafted text that takes each branch (non-ASCII next to the bytes read, CR LF, combining marks, the limits)
/// and on every line and paragraph of the dev corpus (`SpaceWordsTests.texts`). The crafted text is invented.
@Suite struct ParseSpeedFastPathTests {
    static let crafted: [String] = [
        "Cupertino-At the upcoming meeting", "Winston-Salem officials said", "NORTHVALE-The council", "-", "--", "a-",
        "Aix-en-Provence", "Port\u{301}-At the", "Port-\u{301}At the", "Port-\r\nAt", "\r\n-x", "x\r-y", "é-At the harbour",
        String(repeating: "a", count: 47) + "-b", String(repeating: "a", count: 48) + "-b", String(repeating: "a", count: 46) + "-\u{301}",
        String(repeating: "a", count: 48) + "é", String(repeating: "a", count: 47) + "-é", "  Quoted", " \u{301}Quoted", "\t(Bracket",
        "\"Quote", "'Single", "[Square", "9 lives", "¿Qué", "“Curly", "„Low", "«Guillemet", "‘single", "lower case", "", " ", "\t",
        "Ünter", "É", "A\u{301}", "\r\nB", "Jane Doe", "Jane van Doe", "jane Doe", "Jane Doe-", "Jane Doe,", "Jane Doe:",
        "Jane Doe ( ", "Jane Doe –", "Jane Doe —", "Jane Doe)", "Jane Doe\")", "Jane Doe ,\u{301}", "Jane Doe,\r", "Jane Doe;*",
        "Head of Communications", "Quillfeather Biosciences", "Quillfeather Biosciences 2", "Press Office", "Marlow Ridge de la Vale",
        "Marlow Ridge de", "A B C D E F", "A B C D E F G", "Ann  Bee", " Ann Bee ", "Ann\tBee Cole", "Ann Bée", "Ann Bee\r",
    ]

    static var texts: [String] { crafted + SpaceWordsTests.texts }

    @Test func gluedHyphenSearchOnBytesMatchesItsDefinition() {
        var found = 0
        for text in Self.texts {
            for head in [text[...], text.prefix(130), text.dropFirst()] {
                let quick = Dateline.firstHyphen(head)
                #expect(quick == Dateline.firstHyphenPlain(head), "\(head)")
                if quick != nil { found += 1 }
            }
        }
        #expect(found >= 20)
    }

    @Test func headingCharactersOnBytesMatchTheirDefinitions() {
        var capitals = 0, joining = 0
        for text in Self.texts {
            #expect(TextScan.startsUppercaseOrQuote(text) == TextScan.startsUppercaseOrQuotePlain(text), "\(text)")
            #expect(TextScan.startsUppercaseOrQuote(text[...]) == TextScan.startsUppercaseOrQuotePlain(text[...]), "\(text)")
            #expect(TextScan.startsLowercase(text) == TextScan.startsLowercasePlain(text), "\(text)")
            let opens = BlockSplitter.opensWithCapitalOrQuote(text)
            #expect(opens == BlockSplitter.opensWithCapitalOrQuotePlain(text), "\(text)")
            let ends = BlockSplitter.endsOnJoiningMark(text)
            #expect(ends == BlockSplitter.endsOnJoiningMarkPlain(text), "\(text)")
            if opens { capitals += 1 }
            if ends { joining += 1 }
        }
        #expect(capitals >= 20)
        #expect(joining >= 8)
    }

    @Test func properNamesOnBytesMatchTheirDefinition() {
        var names = 0
        for text in Self.texts where text.utf8.count <= 200 {
            let quick = ContactDraft.isProperName(text)
            #expect(quick == ContactDraft.isProperNamePlain(text), "\(text)")
            if quick { names += 1 }
        }
        #expect(names >= 10)
        #expect(ContactDraft.isProperName("Quillfeather Biosciences"))
        #expect(!ContactDraft.isProperName("Head of Communications"))
    }

    /// Job titles: the byte test also reads the fold of a line with accents (`Chargée de communication`).
    static let titles: [String] = [
        "Chargée de communication", "Pressesprecherin", "Leiterin Kommunikation", "Responsable de prensa", "Directora de Comunicación",
        "Vice Chair. ACFOA", "Vice Chair. ÉCOLE", "Head of Media. UNX", "Director EMEA", "Director. ", ". X", "Officer.\u{301} AB",
        "Chef de projet – Presse", "Médecin-chef", "Oberärztin", "Referent*in Presse", "Jane Doe, Chargée", "Quillfeather Biosciences",
        "Ärztin", "arztin", "Co-ordinator", "CO-ORDINATOR", "Sprecher\r\nder", "Ñandú Lead", "Head of Communications. NRW",
    ]

    @Test func jobTitleTestsOnBytesMatchTheirDefinitions() {
        var roles = 0, splits = 0
        for text in Self.titles + Self.texts where text.utf8.count <= 300 {
            let role = ContactVocabulary.isRole(text)
            #expect(role == ContactVocabulary.isRolePlain(folded: Fold.contact(text)), "\(text)")
            let split = ContactDraft.splitRoleAndAcronym(text)
            let plain = ContactDraft.splitRoleAndAcronymPlain(text)
            #expect(split.map { "\($0.0)|\($0.1)" } == plain.map { "\($0.0)|\($0.1)" }, "\(text)")
            if role { roles += 1 }
            if split != nil { splits += 1 }
        }
        #expect(roles >= 15)
        #expect(splits >= 2)
        #expect(ContactVocabulary.isRole("Chargée de communication"))
    }

    /// Page numbers: short lines with digits, decoration and page words, with and without the fast paths.
    static let pageLines: [String] = [
        "2", " 2 ", "– 1 –", "- 2 -", "(3)", "[4]", "| 5 |", "2/3", "2 / 3", "2/ 3", "Page 2 of 3", "page 2 of 3", "Página 1 de 2",
        "Seite 1 von 2", "p. 4", "Pg. 12", "1234", "12 34", "1\u{301}2", "٣", "２", "Page\u{00A0}2", "-30-", "- 3 -\r", "(12)-",
        "Plot 14 Riverside Drive", "Tel 555 0142", "x 1", "page two", "S. 3 von 4", "1 of", "of 2", "—2—", "• 3 •", "3 ·",
        "Page 1 of 1 Riverside", "  ( 7 )  ", "2/3/4", "12/", "12/ 4", "999", "1000", "p.2", "(-)", "---",
    ]

    @Test func pageNumbersAndContactLinesReadAsTheirDefinitions() {
        let pages = Self.pageLines + Self.texts.filter { $0.utf8.count <= 90 }
        var numbers = 0
        for text in pages {
            let quick = PageFurniture.isPageNumber(text)
            #expect(quick == PageFurniture.isPageNumberReference(text), "\(text)")
            if quick { numbers += 1 }
        }
        #expect(numbers >= 15)

        let lines = Self.crafted + Self.titles + [
            "Jane Doe", "Head of Communications", "Brightline PR", "Tel: +44 20 7946 0142", "jane@example.org", "@JiraniWater",
            "Jane Doe (English, Français)", "Jane Doe | Press Officer | Brightline", "Media contact:", "Ana García – Responsable de prensa",
            "Quillfeather Biosciences, Marlow Ridge", "Jane Doe\tPress Officer", "Jane Doe   Press Officer", "Mobile (0)7700 900123",
        ] + Self.texts.filter { $0.utf8.count <= 160 }
        // A line `read` passes whole to the field split is one the number and address finders take nothing from.
        var passed = 0
        for line in lines where ContactLine.holdsNothingToTakeOut(line) {
            passed += 1
            let scalars = Array(line.unicodeScalars)
            #expect(PhoneNumber.find(scalars: scalars).isEmpty, "\(line)")
            #expect(LinkExtractor.find(in: line).isEmpty, "\(line)")
            #expect(!scalars.contains("@"), "\(line)")
        }
        #expect(passed >= 30)
        #expect(!ContactLine.holdsNothingToTakeOut("Tel: +44 20 7946 0142"))
        #expect(!ContactLine.holdsNothingToTakeOut("www.example.org"))
        #expect(ContactLine("Jane Doe | Press Officer").fields == ["Jane Doe", "Press Officer"])
    }
}
