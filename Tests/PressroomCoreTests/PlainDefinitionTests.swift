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

    @Test func contactHeadingOnBytesMatchesItsPlainDefinition() {
        var answered = 0, headings = 0
        for line in Self.texts {
            let t = ContactVocabulary.stripMarkdown(line).trimmed()
            guard let quick = ContactVocabulary.isHeadingASCII(t) else { continue }
            #expect(quick == ContactVocabulary.isHeadingPlain(t), "\(t.debugDescription)")
            answered += 1
            if quick { headings += 1 }
        }
        #expect(answered >= 1_000)
        #expect(headings >= 10)
    }

    @Test func organizationOnBytesMatchesItsPlainDefinition() {
        var answered = 0, organizations = 0
        for text in Self.texts {
            // Whole lines, and the pieces a comma split leaves (names of organisations are short).
            for piece in [text[...]] + text.split(separator: ",") {
                let t = String(piece).trimmed()
                guard let quick = ContactVocabulary.isOrganizationASCII(t) else { continue }
                #expect(quick == ContactVocabulary.isOrganizationPlain(t), "\(t.debugDescription)")
                answered += 1
                if quick { organizations += 1 }
            }
        }
        #expect(answered >= 1_000)
        #expect(organizations >= 50)
    }

    @Test func phoneLabelOnBytesMatchesItsPlainDefinition() {
        var answered = 0, labels = 0
        for text in Self.texts {
            // Each text's part before a colon, as a label is read.
            let label = String(text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
                .trimmed(".:-/ ")
            for t in [label, text.trimmed(".:-/ ")] where ContactVocabulary.mayBeLabel(t) {
                guard let quick = ContactVocabulary.readPhoneLabelASCII(t) else { continue }
                #expect(quick == ContactVocabulary.readPhoneLabelPlain(t), "\(t.debugDescription)")
                answered += 1
                if quick != .none { labels += 1 }
            }
        }
        #expect(answered >= 100)
        #expect(labels >= 5)
    }

    @Test func continuedContactLineOnBytesMatchesItsPlainDefinition() {
        var answered = 0, continued = 0
        for line in Self.texts {
            let s = ContactVocabulary.stripMarkdown(line).trimmed()
            guard let quick = ContactParser.continuesASCII(s) else { continue }
            #expect(quick == ContactParser.continuesPlain(s), "\(s.debugDescription)")
            answered += 1
            if quick { continued += 1 }
        }
        #expect(answered >= 1_000)
        #expect(continued >= 20)
    }

    @Test func furnitureOnBytesMatchesItsPlainDefinitions() {
        var letters = 0, furniture = 0
        for line in Self.texts {
            let t = line.trimmed()
            guard !t.isEmpty, !ContactLineShape.isAnnotation(t) else { continue }
            if let quick = ContactParser.opensWithOtherLetter(t) {
                #expect(quick == ContactParser.opensWithOtherLetterPlain(t), "\(t.debugDescription)")
                letters += 1
            }
            guard !ContactParser.opensWithOtherLetterPlain(t), let quick = ContactParser.letterlessFurniture(t) else { continue }
            #expect(quick == ContactParser.letterlessFurniturePlain(t), "\(t.debugDescription)")
            if quick { furniture += 1 }
        }
        #expect(letters >= 1_000)
        #expect(furniture >= 10)
    }

    @Test func numberAfterPlusOnBytesMatchesItsPlainDefinition() {
        var answered = 0, found = 0
        for line in Self.texts where line.utf8.count <= 200 {
            let prev = line.trimmed()
            for digits in [1, 2, 4, 8] {
                guard let quick = ContactParser.endsInNumberAfterPlus(prev, digits: digits) else { continue }
                #expect(quick == ContactParser.endsInNumberAfterPlusPlain(prev, digits: digits), "\(prev.debugDescription) \(digits)")
                answered += 1
                if quick { found += 1 }
            }
        }
        #expect(answered >= 1_000)
        #expect(found >= 10)
    }

    @Test func nameLetterheadOnBytesMatchesItsPlainDefinition() {
        var answered = 0, names = 0
        for line in Self.texts {
            let t = ReleaseLexicon.stripMarkup(line)
            guard let quick = ReleaseSegmenter.isNameLetterheadASCII(t) else { continue }
            #expect(quick == ReleaseSegmenter.isNameLetterheadPlain(t), "\(t.debugDescription)")
            answered += 1
            if quick { names += 1 }
        }
        #expect(answered >= 1_000)
        #expect(names >= 20)
    }

    @Test func lineEndHyphenOnBytesMatchesItsPlainDefinition() {
        var answered = 0, splits = 0
        let lines = Self.texts.map { TextScan.collapse($0) }.filter { !$0.isEmpty }
        for k in 1..<lines.count {
            // Each line as the text so far, ending in a hyphen, and the next line.
            let before = lines[k - 1].hasSuffix("-") ? lines[k - 1] : lines[k - 1] + "-"
            let out = Array(before.utf8)
            guard out.count >= 2, let quick = Reflow.splitsWordQuickly(out, lines[k]) else { continue }
            #expect(quick == Reflow.splitsWordPlain(before, lines[k]), "\(before.debugDescription) \(lines[k].debugDescription)")
            answered += 1
            if quick { splits += 1 }
        }
        #expect(answered >= 1_000)
        #expect(splits >= 100)
    }

    @Test func endMarkOnBytesMatchesItsPlainDefinition() {
        var answered = 0, marks = 0
        for line in Self.texts where line.utf8.count <= 200 && TextScan.wordCount(line) <= 4 {
            var copy = line
            guard !copy.withUTF8(ReleaseLexicon.cannotBeEndMark), let quick = copy.withUTF8(ReleaseLexicon.endMarkASCII) else { continue }
            #expect(quick == ReleaseLexicon.isEndMarkPlain(line), "\(line.debugDescription)")
            answered += 1
            if quick { marks += 1 }
        }
        #expect(answered >= 50)
        #expect(marks >= 10)
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
        }
    }
}
