import Foundation
import Testing
@testable import PressroomCore

/// The organisation finder's byte paths (`SpaceWords`, `capitalisedNames`, `acronymDefinitions`) must give
/// what their plain definitions give: on crafted text that takes each path, on every line of the dev corpus,
/// and through the whole parser.
@Suite struct SpaceWordsTests {
    static let samples: [String] = [
        "", " ", "   ", "The Coalition for Clean Rivers (CCR) today announced", "  two  spaces  ",
        "Fondation des Amis du Lac et de la Forêt annonce", "Über die Stiftung Grünes Tal", "Jane Doe, Director of the Fund",
        "a \u{301}b c", "word\u{301} next", "x\r\ny z", "\r\n", "Ärzte ohne Grenzen e.V. fordert", "Les Nuits du Conte de Gembloux ASBL",
        "“Quoted Name” said", "(ACME) and (B.C.D.) (Very Long Inner Text That Is Not One)", "The X Network (XN) and the Y Union (YU).",
        "Of The And", "& Co.", "\tTabbed\tWords here", "Name\u{00A0}With NBSP", "👩‍💼 Jane Roe", "Jane \u{0600} Roe",
        "Ministério da Saúde", "Organisation de Défense (ODD) publie", "FÜR die Menschen", "THE NORTHERN LAKES TRUST ANNOUNCES",
        "Dallas County District Attorney's Office Urges Voters", "O'Brien & Sons' Bakery", "e\u{301}cole des Beaux-Arts", "Acme, Inc.,, Tel ,\u{301} x", ",\u{301}a,b", "a,\r\n,b",
    ]

    /// Every line and every paragraph of the dev corpus's text files, when the shared folder is there.
    static let corpusTexts: [String] = {
        let dir = URL(fileURLWithPath: dateDevCorpus + "/releases")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return [] }
        var out: [String] = []
        for name in names.sorted() where name.hasSuffix(".txt") || name.hasSuffix(".md") {
            guard let text = try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8) else { continue }
            out += text.components(separatedBy: "\n")
            out += text.components(separatedBy: "\n\n").map { $0.replacingOccurrences(of: "\n", with: " ") }
        }
        return out
    }()

    static var texts: [String] { samples + corpusTexts }

    @Test func splittingOnBytesMatchesSplit() {
        for text in Self.texts {
            for limit in [2, 24, 40, Int.max] {
                let words = SpaceWords.split(text, atMost: limit)
                let plain = SpaceWords.splitPlain(text[...], atMost: limit)
                #expect(words.map { Array($0.text.unicodeScalars) } == plain.map { Array($0.unicodeScalars) }, "\(text)")
                #expect(words.map(\.ascii) == plain.map { !$0.unicodeScalars.contains { !$0.isASCII } }, "\(text)")
            }
            let commas = SpaceWords.split(text[...], on: 0x2C).map { Array($0.text.unicodeScalars) }
            #expect(commas == text.split(separator: ",").map { Array($0.unicodeScalars) }, "\(text)")
            // The first words of a split with `maxSplits` are the first words.
            #expect(SpaceWords.split(text, atMost: 24).map(\.text) == Array(text.split(separator: " ", maxSplits: 24).prefix(24)))
        }
    }

    @Test func wordTestsOnBytesMatchTheirDefinitions() {
        let marks = CharacterSets.quotesAndBrackets
        let ascii = SpaceWords.ASCIIMarks(marks)
        let vocabulary = SpaceWords.Vocabulary(["the", "of", "für", "announces", "d'", "e.v."])
        var words = Self.texts.flatMap { SpaceWords.split($0) }
        words += ["Of", "THE", "Für", "fur", "FÜR", "of\t", "d'", "E.V.", "\u{212A}", "the\u{301}"].map { SpaceWords.Word($0[...]) }
        for w in words {
            #expect(SpaceWords.isJoiner(w) == SpaceWords.isJoinerPlain(w.text), "\(w.text)")
            #expect(vocabulary.contains(w) == vocabulary.plain.contains(Fold.line(w.text)), "\(w.text)")
            #expect(SpaceWords.trimming(w, marks, asciiMarks: ascii).text == Substring(w.text.trimming(marks)), "\(w.text)")
            #expect(SpaceWords.startsUppercase(w) == (w.text.first?.isUppercase == true), "\(w.text)")
        }
    }

    @Test func organisationWordsAndInitialsOnBytesMatchTheirDefinitions() {
        for text in Self.texts + ["Fondation-Grünes-Tal e.V.", "Ministry of Health (MoH)", "Co-operative Bank of X-ray", "a - b -- c"] {
            for w in text.split(separator: " ") {
                #expect(OrganizationNames.isOrganizationWord(w) == OrganizationNames.isOrganizationWordPlain(w), "\(w)")
            }
            for joiners in [false, true] {
                #expect(OrganizationNames.initials(text, withJoiners: joiners) == OrganizationNames.initialsPlain(text, withJoiners: joiners), "\(text)")
            }
        }
    }

    private var finder: OrganizationFinder {
        OrganizationFinder(kindRest: nil, letterhead: [], furniture: [], notesHeadings: [], bodyTexts: [], contactLines: [])
    }

    @Test func capitalisedNamesAndAcronymsOnBytesMatchTheirDefinitions() {
        let f = finder
        for text in Self.texts {
            #expect(f.capitalisedNames(in: text) == f.capitalisedNamesPlain(in: text), "\(text)")
            #expect(f.acronymDefinitions(in: text) == f.acronymDefinitionsPlain(in: text), "\(text)")
        }
    }

    @Test func nameKeysOnBytesMatchTheirDefinition() {
        let crafted = ["The Fund", "the", "L'Union", "l’Union des Femmes", "Les Amis", "Le\u{301} Groupe", "La \u{301}Maison", "Die Stiftung e.V.",
                       "DER Verein", "Las Mujeres", "El", "the\u{200D} x", "Thé Society", "Ärzte ohne Grenzen"]
        for text in Self.texts + crafted {
            #expect(OrganizationNames.key(text) == OrganizationNames.keyPlain(text), "\(text)")
        }
    }

    @Test func hostsOnBytesMatchTheirDefinition() {
        let crafted = ["mailto:Press@Example.ORG", "mailto:nobody", "HTTPS://WWW.Example.com:8080/x?y#z", "https://münchen.de/presse",
                       "ftp://", "https://", "www.example.org", "http://a/b", "mailto:a@b.c?subject=Hi", "https://x.org#top", ""]
        let links = Self.texts.flatMap { LinkExtractor.links(in: $0) }
        #expect(links.count >= 50)
        for link in crafted + links {
            #expect(ReleaseParser.host(link) == ReleaseParser.hostPlain(link), "\(link)")
        }
    }

    @Test func organisationWordsOnBytesMatchTheirDefinition() {
        let f = finder
        let crafted = ["Fundação Amigos do Rio", "Agência “Nacional” de Águas", "Comité, Stiftung", "Ação\tInstitute", "Ministério,Secretaria",
                       "Caf\u{E9} Society\u{301}", "(Verein)", "Office\u{301}", "Groupe’s Foundation", "Bürger*innen Netzwerk e.V."]
        for text in Self.texts + crafted {
            #expect(f.hasOrganizationWord(text) == f.hasOrganizationWordPlain(text), "\(text)")
        }
    }
}
