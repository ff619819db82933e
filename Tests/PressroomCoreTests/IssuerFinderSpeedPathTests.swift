import Foundation
import Testing
@testable import PressroomCore

/// The issuer finder's byte paths added for speed (a brand's opening word spelled by a domain, a name's word
/// keys, a domain label's letters, a contact line's parts, host labels sorted once, the about word of a run-in
/// heading's fold) must give what their plain definitions beside them give: on crafted texts that take each
/// branch and on every line and paragraph of the dev corpus (`SpaceWordsTests.texts`). Every crafted name is
/// invented.
@Suite struct IssuerFinderSpeedPathTests {
    static let crafted: [String] = [
        "GreenHarbour is a festival of the sea", "  Hack-Tide, the coding weekend", "GreenHarbour's crew sails today",
        "FENWICKTRUST says", "Fenwick says", "Gr33nHarbour opens", "GreenHarbour\u{301} opens", "GreenHarbour \u{301}opens",
        "Grün-Hafen lädt ein", "“GreenHarbour” opens", "GreenHarbour:", "Gre-", "AbCd", "A", "", "   ", "Ab-Cd's",
        "L'Association Fenwick", "l' x", "L'", "Les Amis du Lac", "The  Fenwick   Trust", "Fenwick & Co. (FVMC)",
        "Jane Roe, Fenwick Arts Trust, 12 Harbour Road", "Press Office: +44 20 7946 0000, Vale Library",
        "Fenwick Trust,,  Vale Library ,\tSornac Music Council", "Fenwick Trust\r\n, Vale", "Fundación Lago, Calle 3",
        "Über die Stiftung Grünes Tal. Sie …", "À propos de la Maison Sornac : elle …", "Acerca de Fundación Lago. Es …",
        "a\u{301}bout x", "über\u{301} x",
    ]

    static var texts: [String] { crafted + SpaceWordsTests.texts }

    /// Domain labels that spell the text's first word (its letters and digits lowered) and some that do not.
    static func hostLabels(for text: String) -> [String] {
        let first = text.split(separator: " ").first.map { String($0) } ?? ""
        let letters = String(Fold.line(first).filter { $0.isLetter || $0.isNumber })
        return ["fenwick", letters, "greenharbour", "hacktide"]
    }

    @Test func openingWordSpellingADomainOnBytesMatchesItsDefinition() {
        var found = 0
        for text in Self.texts {
            let labels = Self.hostLabels(for: text)
            let word = OrganizationNames.openingWordSpellingDomain(text, hostLabels: labels)
            #expect(word == OrganizationNames.openingWordSpellingDomainPlain(text, hostLabels: labels), "\(text)")
            if word != nil { found += 1 }
        }
        #expect(found >= 4)
    }

    @Test func wordKeysAndLabelLettersOnBytesMatchTheirDefinitions() {
        for text in Self.texts + ["the vale and the sornac music council of fenwick", "of and de la", "a b c d e f"] {
            #expect(OrganizationNames.descriptionPenalty(text) == OrganizationNames.descriptionPenaltyPlain(text), "\(text)")
            #expect(OrganizationNames.wordKeys(text) == OrganizationNames.wordKeysPlain(text), "\(text)")
            #expect(OrganizationNames.labelLetters(text) == OrganizationNames.lettersAndDigits(text.lowercased()), "\(text)")
        }
    }

    @Test func contactPartsOnBytesMatchTheirDefinition() {
        var kept = 0
        for text in Self.texts {
            let t = TextScan.trim(text)
            let parts = OrganizationFinder.contactParts(of: t, plain: false)
            #expect(parts == OrganizationFinder.contactParts(of: t, plain: true), "\(text)")
            kept += parts.count
        }
        #expect(kept >= 20)
    }

    @Test func closingLineMarksAreTheFiveBytes() {
        for c in UInt8(0)...UInt8(255) {
            #expect(OrganizationFinder.isClosingLineMark(c) == (c == 0x2C || c == 0x28 || c == 0x2F || c == 0x3A || c == 0x40), "\(c)")
        }
    }

    @Test func hostLabelsSortedOnceMatchTheSetSorted() {
        let lists: [[String]] = [[], ["fenwick"], ["vale", "fenwick", "vale", "sornac", "fenwick"], ["b", "a", "a", "c", "b"],
                                 ["münchen", "vale", "münchen"], ["e\u{301}cole", "\u{E9}cole", "vale"]]
        for labels in lists {
            #expect(OrganizationFinder.sortedUnique(labels, plain: false) == OrganizationFinder.sortedUnique(labels, plain: true), "\(labels)")
        }
    }

    /// A name with no verb of headlines after its first word (told on bytes) reads as a clause only as the
    /// definition, with the fast paths off, says.
    @Test func clauseReadingMatchesItsDefinition() {
        let names = ["Harbour Town Author Encourages Readers To Question Their Council", "Film and Television Awards Committee of the Vale",
                     "Tickets are sold at the Harbour Town Library.", "Fenwick Arts Trust Launches “New” Season For Schools",
                     "Vale Land Issues Network and the Sornac Partners", "Jane Roe (Announces) Run For Council Seat Today"]
        var clauses = 0
        for text in names + Self.texts {
            let quick = OrganizationNames.readsAsClause(text)
            #expect(quick == FastPaths.withOff { OrganizationNames.readsAsClause(text) }, "\(text)")
            if quick { clauses += 1 }
        }
        #expect(clauses >= 3)
    }

    /// A fold that the byte test says opens with no about word is one the definition finds no subject in.
    @Test func aboutWordOfAFoldOnBytesAgreesWithTheDefinition() {
        var opened = 0
        for text in Self.texts {
            let f = Fold.line(text.prefix(16))
            let quick = OrganizationNames.opensWithAboutWordFolded(text)
            let plain = ReleaseLexicon.aboutWords.contains { f.hasPrefix($0 + " ") }
            if let quick { #expect(quick == plain, "\(text)") }
            if plain { opened += 1 }
            #expect(OrganizationNames.runInAboutSubject(text) == OrganizationNames.runInAboutSubjectPlain(text), "\(text)")
        }
        #expect(opened >= 3)
    }
}
