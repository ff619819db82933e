import Foundation
import Testing
@testable import PressroomCore

/// The issuer decided from evidence over the whole release. Every fixture is invented.
@Suite struct OrganizationEvidenceTests {
    static func parse(_ text: String, name: String = "org.txt") -> Release {
        let file = SourceFile(url: URL(fileURLWithPath: "/test/" + name), source: name, format: name.hasSuffix(".md") ? .markdown : .text)
        return ReleaseParser.parse(LoadedDocument(file: file, text: TextNormalizer.normalize(text), id: "test"))
    }

    static func explain(_ text: String) -> (Release, ReleaseExplanation) {
        let file = SourceFile(url: URL(fileURLWithPath: "/test/org.txt"), source: "org.txt", format: .text)
        let r = ReleaseParser.explain(LoadedDocument(file: file, text: TextNormalizer.normalize(text), id: "test"))
        return (r.release, r.explanation)
    }

    /// The head prints a short form of the issuer's name (here in the contact block under the date); the first
    /// sentence prints the full name, with a word the short form leaves out. The full name is the issuer's.
    @Test func theFullNameInTheFirstSentenceBeatsTheShortFormInTheHead() {
        let text = """
            March 3, 2024 Contact: Ines Varga
            Harlow County Attorney's Office
            555-0142 (Office)
            ines.varga@harlowcounty.example

            Harlow County Offers Free Document Clinics for Tenants

            (Harlow, Ohio) – The Harlow County Civil Attorney's Office will hold free document clinics for tenants on the first Saturday of each month, starting in April.

            Volunteers will help residents read leases, answer notices and file repair requests. No appointment is needed.
            """
        let release = Self.parse(text)
        #expect(release.organization == "Harlow County Civil Attorney's Office")
    }

    /// A possessive before an organisation word is inside the name: the subject of `The Governor's Office
    /// announced` is `Governor's Office`, not `Governor`.
    @Test func aPossessiveBeforeAnOrganisationWordStaysInTheSubject() {
        #expect(OrganizationNames.sentenceSubject("The Lakeland Governor's Office today announced a new grant round.")?.name == "Lakeland Governor's Office")
        #expect(OrganizationNames.sentenceSubject("Brightwater Farms' new orchard opens on Friday.")?.name != "Brightwater Farms' new")
        #expect(OrganizationNames.sentenceSubject("Lakeland Mills's new plant opens today.")?.name == "Lakeland Mills")
        #expect(OrganizationNames.isFullForm("Harlow County Civil Attorney's Office", of: "Harlow County Attorney's Office"))
        #expect(!OrganizationNames.isFullForm("Harlow County Attorney's Office Annex", of: "Harlow County Attorney's Office"))
        #expect(!OrganizationNames.isFullForm("Harlow County Office", of: "Harlow Office"))
    }

    /// A funder named in the body is not the issuer: the contact block's organisation, confirmed by the
    /// contact's e-mail domain (`uoh` = University of Harwick), is.
    @Test func aFunderInTheBodyLosesToTheContactBlockAndItsDomain() {
        let text = """
            Prepared by Mara Quill, 4 May 2022

            Seabird counts on the north cliffs fell by a third this spring, a survey by Harwick entomologists and ornithologists found.

            The survey team walked the same transects every fortnight from March to May, counting nests and fledglings.

            The work is supported by grants from the Office of Coastal Heritage and the Northern Shores Trust.

            Contact for further information:
            Dr. Mara Quill
            Ornithologist
            University of Harwick
            email: mquill@field.uoh.edu
            """
        let release = Self.parse(text)
        #expect(release.organization == "University of Harwick")
    }

    /// A closing name line above the issuer's e-mail and web address names the issuer.
    @Test func theNameAboveTheClosingAddressesIsTheIssuer() {
        let text = """
            Children's clinics: the waiting lists must end

            The waiting lists for paediatric clinics grew again this year, and families wait up to nine months for a first visit.

            Our association has asked the regional health board for an emergency plan since January, without an answer.

            Association Brindille
            Helping children heal.
            contact@brindille.example.org
            https://brindille.example.org
            """
        #expect(Self.parse(text).organization == "Association Brindille")
    }

    /// A link to a post on a platform (a forum thread, a video) names the platform's host, which is no
    /// issuer's own domain: the link's title gets no domain support from it.
    @Test func aPlatformLinkIsNotTheIssuersDomain() {
        let text = """
            # Night paddles return to the old harbour

            The night paddles around the old harbour return on the first Friday of June, with lights on every boat.

            Boats and helmets are lent at the slipway; no one paddles alone. Bookings: crew@lanternpaddlers.example

            Lantern Paddlers

            [Reddit Thread](https://www.reddit.com/r/paddling/comments/x1y2z3/night_paddles/)

            [Reddit Thread](https://www.reddit.com/r/kayaks/comments/q7r8s9/night_paddles/)
            """
        #expect(Self.parse(text, name: "paddles.md").organization == "Lantern Paddlers")
        #expect(OrganizationNames.hostLabels(["www.reddit.com", "www.youtube.com", "kayak-club.example.org"]) == ["kayak-club", "example"])
    }

    /// A title-case headline opens with the issuer's acronym and a verb (`BPS Begins 2026 with …`); the first
    /// sentence spells the acronym out. The verb ends the headline's subject, so the subject is the acronym.
    @Test func anAcronymBeforeAHeadlineVerbNamesTheIssuer() {
        let text = """
            # BPS Begins 2026 with Two New Routes and a Visit from the Olympic Team

            BERGEN — January 12, 2026 — In a packed boathouse, the Bergen Paddling Society (BPS) held its first meeting of the year, with members, coaches and the city's sports councillor.

            The society's coaches presented two new routes along the fjord, both open to beginners from March.
            """
        #expect(Self.parse(text, name: "bps.md").organization == "Bergen Paddling Society")
    }

    /// `Pour la <issuer>, <role>` after the body is a sign-off: it names the issuer.
    @Test func aFrenchSignOffNamesTheIssuer() {
        let text = """
            DÉCLARATION

            Les écoles rurales doivent rouvrir avant l’hiver

            La fermeture de douze écoles rurales prive huit cents enfants de classe depuis la rentrée.

            Nous demandons la réouverture de ces écoles avant le premier décembre.

            Fait à Vernay, le 3 novembre 2025
            Pour le Collectif des parents des vallées hautes, la porte-parole, Irène Vaudel
            """
        #expect(Self.parse(text).organization == "Collectif des parents des vallées hautes")
    }

    /// An acronym in the letterhead stands for the name the notes spell out.
    @Test func anAcronymLetterheadTakesTheNameTheNotesSpellOut() {
        let text = """
            FWLT

            PRESS RELEASE

            Ferry workers vote to accept the new timetable

            Ferry crews on the island routes have voted to accept the winter timetable after two months of talks.

            Notes to editors

            The Federation of Water Lane Transport (FWLT) represents 2,100 ferry and harbour workers.
            """
        #expect(Self.parse(text).organization == "Federation of Water Lane Transport")
    }

    /// A person named by the headline and the first sentence only is not an organisation, even when the
    /// campaign's web address spells the name.
    @Test func aCandidatesNameIsNoOrganisation() {
        let text = """
            Jonah Pellworth Announces Campaign for Harbour Ward

            Jonah Pellworth today announced his candidacy for the Harbour Ward seat on the town council.

            Pellworth has served on the harbour users' committee for six years.

            More at https://jonahpellworth.example.com
            """
        let (release, explanation) = Self.explain(text)
        #expect(release.organization == nil)
        #expect(explanation.organization.candidates.first?.rejected != nil)
    }

    /// A police department's letterhead over its information office: the department is the issuer, the
    /// office is a desk.
    @Test func aDeskUnderTheLetterheadIsNotTheIssuer() {
        let text = """
            ASHFORD VALE POLICE DEPARTMENT
            Public Information Office

            NEWS RELEASE

            Officers ask drivers to slow down near the new school crossing

            Officers will patrol the crossing on Birch Road every morning this month.
            """
        #expect(Self.parse(text).organization == "ASHFORD VALE POLICE DEPARTMENT")
    }

    /// `explain` lists the candidates with their cues, the chosen one first.
    @Test func explainListsTheCandidatesAndTheirCues() {
        let text = """
            PRESS RELEASE

            Lakeside Rowing Federation opens its boathouse to schools

            The Lakeside Rowing Federation today opened its boathouse to twelve schools of the district.

            About Lakeside Rowing Federation

            The federation runs regattas on the lake since 1982.
            """
        let (release, explanation) = Self.explain(text)
        #expect(release.organization == "Lakeside Rowing Federation")
        let first = try? #require(explanation.organization.candidates.first)
        #expect(first?.name == "Lakeside Rowing Federation")
        #expect(first?.cues.contains { $0.cue == .aboutHeading } == true)
        let printed = explanation.text(release: release)
        #expect(printed.contains("taken"))
        #expect(printed.contains("About heading"))
        #expect(printed.contains("headline       Lakeside Rowing Federation opens its boathouse to schools"))
    }
}

@Suite struct OrganizationNamesTests {
    @Test func domainsSpellNamesByWordsAndInitials() {
        #expect(OrganizationNames.domainMatches("University of Harwick", domains: ["uoh"]))
        #expect(OrganizationNames.domainMatches("Ashford Vale Police Department", domains: ["ashfordvalepd"]))
        #expect(OrganizationNames.domainMatches("Association Brindille", domains: ["brindille"]))
        #expect(OrganizationNames.domainMatches("Alpine Fund for Valley Schools", domains: ["afvs"]))
        #expect(!OrganizationNames.domainMatches("Office of Coastal Heritage", domains: ["uoh"]))
        #expect(!OrganizationNames.domainMatches("Notes on the Transparency Law and its Draft", domains: ["transparency"]))
    }

    @Test func aTitleAfterTheNameEndsIt() {
        #expect(OrganizationNames.cutTrailingPerson("Harwick Hospitals Trust Chief Executive Dr Ana Sol") == "Harwick Hospitals Trust")
        #expect(OrganizationNames.cutTrailingPerson("Office of the Chief Scientist") == "Office of the Chief Scientist")
    }

    @Test func anAcronymInParenthesesIsDropped() {
        #expect(OrganizationNames.droppingAcronym("FERRY WORKERS UNION (FWU)") == "FERRY WORKERS UNION")
        #expect(OrganizationNames.droppingAcronym("Ferry Workers Union") == "Ferry Workers Union")
    }

    @Test func signOffsNameTheIssuer() {
        #expect(OrganizationNames.signOffName("Issued by the Vale Water Board, 3 May") == "Vale Water Board")
        #expect(OrganizationNames.signOffName("Source : Réseau des cantines bio") == "Réseau des cantines bio")
        #expect(OrganizationNames.signOffName("Pour l’Association des riverains, le président") == "Association des riverains")
        #expect(OrganizationNames.signOffName("For the full report, see the annex") == nil)
    }

    @Test func theSubjectOfASentence() {
        let s = OrganizationNames.sentenceSubject("The Vale Water Board (VWB) today announced new tariffs.")
        #expect(s?.name == "Vale Water Board")
        let h = OrganizationNames.sentenceSubject("Harbour District Council Office Urges Residents to Conserve Water", isHeadline: true)
        #expect(h?.name == "Harbour District Council Office")
        #expect(h?.announces == true)
        #expect(OrganizationNames.sentenceSubject("Updated March 3, 2021 at 9 AM") == nil)
    }

    @Test func theLongerFormTheTextPrints() {
        #expect(OrganizationNames.longerForm(of: "Nights of Tales", in: "Since 2010 the Nights of Tales of Wexham ASBL run a festival.")
                == "Nights of Tales of Wexham ASBL")
    }
}

@Suite struct OrganizationEvidenceMoreTests {
    /// A statistics office is an agency, not a press desk, though its name opens with `Departamento`; its
    /// name printed with its acronym after a dash is the same name.
    @Test func anAgencyNamedDepartmentIsTheIssuer() {
        let text = """
            Comunicado de prensa

            Censo agrícola 2026

            El Departamento Nacional de Estudios Rurales – DNER, y la Red de Productores informan: el censo abre el lunes.

            El DNER recuerda a los productores que el formulario está en línea.

            Si requiere información adicional, escriba a prensa@dner.example.gov.co
            Departamento Nacional de Estudios Rurales – DNER
            """
        let release = OrganizationEvidenceTests.parse(text)
        #expect(release.organization == "Departamento Nacional de Estudios Rurales – DNER")
    }

    /// Names found only in the running text, each confirmed as weakly as the other (the web addresses of
    /// the partners it links to): no issuer is chosen rather than a guess.
    @Test func partnersNamedInTheTextAreNotTheIssuer() {
        let text = """
            Speakers announced for the Harbour Data Day

            The programme brings speakers from the Northgate Data Institute and the Lakeside Library Network to the harbour hall.

            See https://northgate-data-institute.example.org and https://lakeside-library-network.example.org for their work.
            """
        #expect(OrganizationEvidenceTests.parse(text).organization == nil)
    }
}

@Suite struct OrganizationEvidenceClosingTests {
    /// A project with no organisation word, named by the first sentence and spelled by its own web
    /// address, is the issuer; the campaign of a person (titled in the text) is not.
    @Test func aNameSpelledByTheWebAddressIsTheIssuerUnlessItIsAPerson() {
        let project = """
            Launch of the harbour makers' programme

            Makers Harbour Lab announces its first season of open workshops for the port's schools.

            The workshops run every Wednesday from October.

            Makers Harbour Lab
            https://makersharbourlab.example.org
            """
        #expect(OrganizationEvidenceTests.parse(project).organization == "Makers Harbour Lab")
        let person = """
            Ria Tamsin Seeks Second Term on the Valley Water Panel

            Ria Tamsin today announced she will stand again for the valley board.

            As Alternate Director Ria Tamsin has chaired the water committee.

            https://riatamsin.example.com
            """
        #expect(OrganizationEvidenceTests.parse(person).organization == nil)
    }

    /// `About X` printed as a line of its own near the end, and a labelled line (`Contact: …`) in the head.
    @Test func anAboutLineNamesTheIssuerAndALabelledLineDoesNot() {
        let text = """
            Contact: Oren Vale
            Website: www.quillfield.example.com

            Quillfield Raises Seed Round to Map Urban Trees

            Quillfield today said it has raised money to map the trees of forty cities.

            About Quillfield Inc.
            Quillfield maps trees from street photographs.
            """
        #expect(OrganizationEvidenceTests.parse(text).organization == "Quillfield Inc")
    }
}

@Suite struct OrganizationAcronymFirstTests {
    /// The release's domain printed as a name in capitals, and its name given in brackets after it.
    @Test func anAcronymThatIsTheDomainNamesTheIssuerSpelledOutInBrackets() {
        let text = """
            Pour l’hiver, le FABLO ouvre ses ateliers aux familles

            Le FABLO accueille les familles chaque samedi de décembre pour fabriquer des lanternes.

            Ces ateliers sont animés par les membres du FABLO (Fabrique Lorraine Ouverte). L’association réunit des bricoleurs depuis 2011.

            Inscriptions sur ateliers.fablo.example.org
            """
        #expect(OrganizationEvidenceTests.parse(text).organization == "Fabrique Lorraine Ouverte")
        #expect(OrganizationNames.spellsLoosely("FABLO", "Fabrique Lorraine Ouverte"))
        #expect(!OrganizationNames.spellsLoosely("FABLO", "Lorraine Fabrique Ouverte"))
    }
}

/// A file with no structure has no headline, standfirst, organisation or contact name longer than any a
/// release prints: the text stays in the body and the record says why.
@Suite struct AbsurdFieldTests {
    @Test func oneHugeLineIsBodyNotHeadline() {
        let line = String(repeating: "word ", count: 4_000)
        let r = OrganizationEvidenceTests.parse(line)
        #expect(r.title.isEmpty)
        #expect(r.warnings.contains { $0.hasPrefix("no headline found: the line taken for it has") })
        #expect(r.paragraphs.joined(separator: " ").count >= line.count - 10)
        #expect((r.organization ?? "").count <= ReleaseParser.longestField)
    }

    @Test func thousandsOfTinyLinesAreBodyNotHeadline() {
        let text = (0..<20_000).map { i in String(UnicodeScalar(UInt8(97 + i % 26))) }.joined(separator: "\n")
        let r = OrganizationEvidenceTests.parse(text)
        #expect(r.title.count <= ReleaseParser.longestField)
        #expect((r.subtitle ?? "").count <= ReleaseParser.longestField)
        for c in r.contacts { #expect((c.name ?? "").count <= ReleaseParser.longestField) }
    }

    @Test func anOrdinaryHeadlineIsKept() {
        let r = OrganizationEvidenceTests.parse("""
            FOR IMMEDIATE RELEASE

            Harbour Trust Opens Its Archive to the Public

            PORTLEVEN, 4 May 2024 – The Harbour Trust opened its archive of ship plans and letters to the public today.

            The reading room is open on weekdays from ten to four.
            """)
        #expect(r.title == "Harbour Trust Opens Its Archive to the Public")
        #expect(!r.warnings.contains { $0.hasPrefix("no headline found") })
    }
}

/// A contact printed under the header lines with no label (name, e-mail, phone) is the contact, not the
/// headline; a date under the headline is no phone number.
@Suite struct UnlabelledHeadContactTests {
    @Test func aNameWithItsAddressAndNumberUnderTheDateIsAContact() {
        let r = OrganizationEvidenceTests.parse("""
            PRESS RELEASE
            March 4, 2024
            Dana Whitlock (Riverside Tenants Union)
            dana.whitlock@tenants.example
            555-201-7788

            Riverside Council Backs Tenants' Right to Organise

            RIVERSIDE, March 4, 2024 – The council voted on Monday to support tenants who form a union in their building.

            The resolution asks landlords to stay neutral while tenants organise.
            """)
        #expect(r.title == "Riverside Council Backs Tenants' Right to Organise")
        #expect(r.contacts.contains { $0.emails == ["dana.whitlock@tenants.example"] })
    }

    @Test func aDateUnderTheHeadlineIsNoContact() {
        let r = OrganizationEvidenceTests.parse("""
            Harbour Trust

            Press Release

            Ferry Timetable Changes for Winter

            2024-10-12

            The winter timetable starts on the first Sunday of November, with fewer sailings on weekdays.
            """)
        #expect(r.title == "Ferry Timetable Changes for Winter")
    }
}
