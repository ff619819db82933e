import Foundation
import Testing
@testable import PressroomCore

/// The issuer named only in the body, as the subject of its sentences (`ClauseSubjects`, the `bodySubject`
/// cue of `OrganizationFinder`). Every fixture is invented.
@Suite struct ClauseSubjectTests {
    static func parse(_ text: String, name: String = "org.txt") -> Release {
        OrganizationEvidenceTests.parse(text, name: name)
    }

    /// A campaign movement's page: no About section, no letterhead, no domain, no organisation word in its
    /// name; the movement opens several sentences and clauses, in the page's language, and is printed again.
    @Test func aMovementThatOpensSeveralClausesIsTheIssuer() {
        let text = """
            ---
            layout: page
            title: 'Semana da Maré: cidades costeiras pedem planos de adaptação'
            date: '2023-05-09 10:00'
            ---
            ## UMA SEMANA PARA AS COSTAS

            Cidades de quatro países juntaram-se esta semana a uma série de marchas pelas costas.

            Maré Insurgente pede aos governos planos de adaptação com datas e orçamentos publicados até ao fim do ano.

            Em Viana, a **Maré Insurgente Norte** reuniu trezentas pessoas na praia, e em Faro, a Maré Insurgente ativa um grupo de observação das dunas.

            Maré Insurgente lembra que a subida do mar já obrigou a fechar duas escolas em 2022.

            As marchas continuam no sábado em seis cidades.
            """
        let release = Self.parse(text, name: "movement.md")
        #expect(release.organization == "Maré Insurgente")
    }

    /// `La comunità X intende …`: a generic collective noun before a name in the first sentence, and the name
    /// opening later paragraphs, name the community that issues the release.
    @Test func theCommunityNamedAfterACollectiveNounIsTheIssuer() {
        let text = """
            12 febbraio 2024

            La comunità Vento Civico intende esprimere il proprio punto di vista sulla nuova delibera comunale sui parchi urbani.

            Nata nel 2016 come gruppo di cittadine e cittadini, ha raccolto negli anni segnalazioni e proposte sui giardini del quartiere.

            Vento Civico chiede pertanto che siano pubblicati i verbali delle riunioni e i criteri di scelta delle aree.

            Il confronto tra amministrazione e cittadini è il presupposto di ogni buona decisione.

            Vento Civico, con le altre associazioni del quartiere, invita tutti all'incontro pubblico del 3 marzo.
            """
        let release = Self.parse(text)
        #expect(release.organization == "Vento Civico")
    }

    /// A self-published author's release opens its sentences with the author's name: a person, called by
    /// the given name alone further on, is no organisation.
    @Test func anAuthorWhoOpensSeveralSentencesIsNoOrganisation() {
        let text = """
            Local teacher publishes a novel about the 1952 flood

            Odile Marchetti publishes her first novel, a story of three families in the year of the flood, on June 4.

            Odile Marchetti taught history at the valley school for twenty years before she began writing.

            Odile began writing the book the winter she retired. It is 312 pages long.

            Odile Marchetti will sign copies at the town library on June 8.
            """
        let release = Self.parse(text)
        #expect(release.organization != "Odile Marchetti")
    }

    /// One clause is not enough: a partner named as a subject once (and printed again) does not name the issuer.
    @Test func aNameThatOpensOneClauseOnlyIsNoCandidate() {
        let text = """
            River clean-up draws record crowd

            Brook Keepers said more than 400 volunteers joined the clean-up on Saturday, twice last year's number.

            The volunteers collected 2.1 tonnes of litter along nine kilometres of bank. Lunch was given by Brook Keepers volunteers.
            """
        let release = Self.parse(text)
        #expect(release.organization == nil)
    }

    /// Two clauses that open with a name, and the name printed nowhere else: the second cue, repetition, is
    /// missing, so the name stays a candidate that is not taken.
    @Test func aSubjectNeverPrintedAgainIsNotTaken() {
        let text = """
            River clean-up draws record crowd

            Brook Keepers counted more than 400 volunteers on Saturday, twice last year's number.

            The volunteers collected 2.1 tonnes of litter along nine kilometres of bank. Brook Keepers thanked the town for the loan of its vans.
            """
        let (release, explanation) = OrganizationEvidenceTests.explain(text)
        #expect(release.organization == nil)
        #expect(explanation.organization.candidates.first?.name == "Brook Keepers")
    }

    /// The subject read at a clause's start: an article, a collective noun, a run of capitalised words (joiners
    /// inside), and a word in lower case after it.
    @Test func theSubjectOfAClause() {
        let s = ClauseSubjects.subject(at: "La comunità Vento Civico intende esprimere il proprio punto di vista.")
        #expect(s?.words == ["Vento", "Civico"])
        #expect(s?.afterCollectiveNoun == true)
        #expect(ClauseSubjects.subject(at: "a **Friends of the Marsh** ativa um grupo")?.words == ["Friends", "of", "the", "Marsh"])
        #expect(ClauseSubjects.subject(at: "Vento Civico, con le altre associazioni") == nil)
        #expect(ClauseSubjects.subject(at: "In 2022 Vento Civico said") == nil)
        #expect(ClauseSubjects.subject(at: "Cities of four countries joined")?.words == ["Cities"])
        #expect(ClauseSubjects.subject(at: "Cities, towns and villages joined") == nil)
        let subjects = ClauseSubjects.subjects(in: "Em Faro, a Maré Insurgente ativa um grupo. Maré Insurgente Norte lembra a data.")
        #expect(subjects.map { $0.words.joined(separator: " ") } == ["Maré Insurgente", "Maré Insurgente Norte"])
        let names = ClauseSubjects.names(in: ["Em Faro, a Maré Insurgente ativa um grupo.", "Maré Insurgente Norte lembra a data."])
        #expect(names == [ClauseSubjects.Found(name: "Maré Insurgente", count: 2, afterCollectiveNoun: false)])
        let person = ClauseSubjects.names(in: ["Odile Marchetti publishes a novel.", "Odile Marchetti taught history.", "Odile began writing."])
        #expect(person.first?.firstWordActsAlone == true)
    }
}
