import Foundation
import Testing
@testable import PressroomCore

/// The organisation rules' byte paths for printable ASCII names (domain spellings, trailing persons, sentence
/// case, extra organisation words, sign-off prefixes) must give what their plain definitions beside them give:
/// on crafted names that take each branch and on every line and paragraph of the dev corpus
/// (`SpaceWordsTests.texts`). Every crafted name is invented.
@Suite struct OrganizationEvidenceFastPathTests {
    static let names: [String] = [
        "Millbrook Falls Police Department", "University of Guam", "Informationen zum Volksentscheid Transparenz",
        "Greater Fenwick Music Council", "Adikia Relief Network", "The Coalition for Clean Rivers", "Of the and",
        "Spital Limmatfeld AG Dr. med. Andrea Roth", "Harbor Trust Chief Executive Dr Jane Roe", "Office of the Chief Scientist",
        "Fenwick Arts Trust, Director of Programmes", "North Vale Library Mayor's Office", "Ville de Sornac Mairie",
        "Grünwald Stiftung für Kultur", "Fenwick  Music   Council", "A B", "X", "  ", "Vale Party; Greens:", "(Court) of Appeals",
        "Lakeside Wildlife Trust today announced", "new plans for the Lakeside trust", "Über die Stiftung Grünes Tal",
    ]

    static var texts: [String] { names + SpaceWordsTests.texts }

    /// Labels a text may spell: fixed ones, its initials, and its second and third words run together.
    static func labels(for text: String) -> [String] {
        var out = ["millbrookfallspd", "uog", "gfmc", "volksentscheid-transparenz", "adikia", "cleanrivers", "xxfenwickmusic"]
        if let initials = OrganizationNames.initials(text) { out.append(initials.lowercased()) }
        let words = text.split(separator: " ")
        if words.count >= 4 { out.append((words[1] + words[2]).lowercased()) }
        return out
    }

    @Test func domainSpellingsOnBytesMatchTheirDefinitions() {
        var spelled = 0, runs = 0
        for text in Self.texts {
            let domains = Self.labels(for: text)
            let labels = OrganizationNames.domainLabels(domains)
            let matches = OrganizationNames.domainMatches(text, labels: labels)
            #expect(matches == OrganizationNames.domainMatchesPlain(text, labels: labels), "\(text)")
            let run = OrganizationNames.domainNamedRun(text, domains: domains)
            #expect(run == OrganizationNames.domainNamedRunPlain(text, domains: domains), "\(text)")
            if matches { spelled += 1 }
            if run != nil { runs += 1 }
        }
        // Both answers are given often enough for the comparison to mean something.
        #expect(spelled >= 5)
        #expect(runs >= 3)
    }

    @Test func nameWordTestsOnBytesMatchTheirDefinitions() {
        for text in Self.texts {
            #expect(OrganizationNames.cutTrailingPerson(text) == OrganizationNames.cutTrailingPersonPlain(text), "\(text)")
            #expect(OrganizationNames.isSentenceCase(text) == OrganizationNames.isSentenceCasePlain(text), "\(text)")
            #expect(OrganizationNames.hasExtraOrganizationWord(text) == OrganizationNames.hasExtraOrganizationWordPlain(text), "\(text)")
            for joiners in [false, true] {
                #expect(OrganizationNames.initials(text, withJoiners: joiners) == OrganizationNames.initialsPlain(text, withJoiners: joiners), "\(text)")
            }
        }
        #expect(OrganizationNames.cutTrailingPerson("Spital Limmatfeld AG Dr. med. Andrea Roth") == "Spital Limmatfeld AG")
    }

    @Test func keysAndAcronymsOnBytesMatchTheirDefinitions() {
        let finder = OrganizationFinder(kindRest: nil, letterhead: [], furniture: [], notesHeadings: [], bodyTexts: [], contactLines: [])
        let crafted = ["The", "The   ", "  The Fund", "L'", "l'x", "Les", "LES AMIS DU LAC", "le  groupe", "Thefund", "El", "Das & Co",
                       "FVMC", "FV-MC&Co", "ABCDEFGHIJK", "AB CD", "A", "Ärzte", "ÄRZTE", "2024", "X1", "F.V.M.C.",
                       "The Fenwick Valley Music Council (FVMC) today announced a new season of free concerts for schools in the valley",
                       "Fenwick Valley Music Council's Youth Orchestra Opens Season", "Jane Roe Announces Run For Council Seat Today In Town",
                       "The Fenwick Arts Trust, the Vale Library and the Sornac Music Council today said",
                       "Fenwick Valley Music Council Youth Orchestra Summer Concert Series Tickets Available now"]
        var acronyms = 0
        for text in crafted + Self.texts {
            #expect(OrganizationNames.key(text) == OrganizationNames.keyPlain(text), "\(text)")
            let acronym = finder.isAcronym(text)
            #expect(acronym == finder.isAcronymPlain(text), "\(text)")
            if acronym { acronyms += 1 }
        }
        #expect(acronyms >= 3)
    }

    @Test func wordsBeforeAColonOnBytesMatchTheirDefinition() {
        let crafted = ["Contact: Jane Roe", "Press  office : x", "Über die Stiftung: x", "a\u{301} b: c", ":", " : ", "Media Office Team Lead: x"]
        var counted = 0
        for text in crafted + Self.texts {
            guard let colon = SimpleText.firstIndex(ofASCII: 0x3A, in: text) else { continue }
            let words = OrganizationFinder.wordCount(before: colon, in: text)
            #expect(words == OrganizationFinder.wordCountPlain(before: colon, in: text), "\(text)")
            counted += 1
        }
        #expect(counted >= 20)
    }

    @Test func runInAboutSubjectsMatchTheirDefinition() {
        let crafted = ["About the Fenwick Trust. The trust runs …", "  À propos de la Maison Sornac : elle …", "Zu den Amis: x",
                       "\u{1C}About Vale Library. It …", "\tSobre Fundación Lago. Es …", "Über die Stiftung Grünes Tal. Sie …", "ABOUT X CORP. Y"]
        var found = 0
        for text in crafted + Self.texts {
            let subject = OrganizationNames.runInAboutSubject(text)
            #expect(subject == OrganizationNames.runInAboutSubjectPlain(text), "\(text)")
            if subject != nil { found += 1 }
        }
        #expect(found >= 4)
    }

    @Test func signOffPrefixesOnBytesMatchTheirDefinition() {
        let crafted = ["issued by the fenwick trust", "pour l’association des amis", "pour l'\u{301}x", "source :\u{301} x", "source : ",
                       "pour la", "for the\u{301} x", "fur die stiftung", "on behalf of", "\u{212A}", "original-content von: x", ""]
        var found = 0
        for text in crafted + Self.texts.map({ Fold.line($0.prefix(40)) }) {
            let prefix = OrganizationNames.signOffPrefix(of: text)
            #expect(prefix == OrganizationNames.signOffPrefixPlain(of: text), "\(text)")
            if prefix != nil { found += 1 }
        }
        #expect(found >= 6)
    }
}
