import Foundation
import Testing
@testable import PressroomCore

/// The issue date and the dateline's place, decided from evidence over the whole release (`DateEvidence`):
/// datelines in each language's forms, a date on a line of its own under the headline, sign-offs after the
/// body, header tables, bylines, `Updated …` lines, front matter. Every fixture is invented.
@Suite struct IssueDateEvidenceTests {
    /// `text` normalised as a reader leaves it (CRs, no-break spaces, ligatures), then parsed: for fixtures that type
    /// the bytes an extractor gives.
    static func parseNormalized(_ text: String, name: String = "fixture.txt") -> Release {
        parse(TextNormalizer.normalize(text), name: name)
    }

    static func parse(_ text: String, name: String = "fixture.txt") -> Release {
        let format: SourceFormat = name.hasSuffix(".md") ? .markdown : .text
        let url = URL(fileURLWithPath: "/tmp/" + name)
        let doc = LoadedDocument(file: SourceFile(url: url, source: name, format: format), text: text, id: "fixture")
        return ReleaseParser.parse(doc)
    }

    // MARK: - Datelines

    @Test(arguments: [
        // Spanish (Mexico): a place with its state, `a` before the date, `.-` after it.
        ("Tlaquepaque, Jalisco, a 4 de marzo de 2025.- La Cooperativa Nopal Azul anunció hoy la apertura de su planta.",
         "Tlaquepaque, Jalisco", "2025-03-04", "La Cooperativa Nopal Azul"),
        // German wire form: the place and the agency's credit, no date.
        ("Bochum (ots) - Der Verein Lichtblick Ruhr hat im Winter so viele Einsätze gefahren wie nie zuvor.",
         "Bochum", nil, "Der Verein Lichtblick Ruhr"),
        ("DRESDEN, 22. Juni 2024 (ots) - Die Stiftung Elbwiesen legt ihren Jahresbericht vor.",
         "DRESDEN", "2024-06-22", "Die Stiftung Elbwiesen"),
        // Portuguese (Portugal).
        ("PORTO, 7 de abril de 2025 – A associação Mar Limpo recolheu duas toneladas de plástico nas praias.",
         "PORTO", "2025-04-07", "A associação Mar Limpo"),
        // US: an abbreviated month, no place.
        ("Nov. 3, 2025 — Brightwater Labs said on Monday that its sensor passed field trials.",
         nil, "2025-11-03", "Brightwater Labs said"),
        // The place in brackets; a town and its state.
        ("(Tulsa, Oklahoma) – The county clerk's office will open two more polling sites.",
         "Tulsa, Oklahoma", nil, "The county clerk's office"),
        ("Salem, OR – The Willow Creek Alliance released its river report today.",
         "Salem, OR", nil, "The Willow Creek Alliance"),
        // A US wire credit between two dashes.
        ("SEATTLE--(BUSINESS WIRE)--Cascade Robotics today announced a lighter arm.", "SEATTLE", nil, "Cascade Robotics"),
        // A town alone before a dash.
        ("Leipzig – Der Förderverein Auenwald hat 3.000 Bäume gepflanzt.", "Leipzig", nil, "Der Förderverein Auenwald"),
        // Indian English: a colon after the date.
        ("Nagpur, 3rd October 2024: Vidarbha Seeds Ltd., a Nagpur-based seed company, today opened a lab.",
         "Nagpur", "2024-10-03", "Vidarbha Seeds Ltd."),
        // The date between two dashes after the place, in brackets after it, or before the place.
        ("LIMASSOL, Cyprus – 5 May 2024 – Kypros Solar said it will build two more plants.",
         "LIMASSOL, Cyprus", "2024-05-05", "Kypros Solar said"),
        ("Springfield, Ill. (March 3, 2024) – The Prairie Seed Bank opened its new vault.",
         "Springfield, Ill.", "2024-03-03", "The Prairie Seed Bank"),
        ("14 May 2024, Kisumu – The Lakeside Clinic opened a maternity wing.",
         "Kisumu", "2024-05-14", "The Lakeside Clinic"),
        // Canadian French: the province in brackets, the date with its article between two dashes.
        ("GATINEAU (Québec) – le 4 février 2026 – La Coopérative Rivière-Bleue ouvre une épicerie.",
         "GATINEAU (Québec)", "2026-02-04", "La Coopérative"),
        ("TROIS-RIVIÈRES – le 9 mars 2026 – Le festival Feux d'hiver annonce sa programmation.",
         "TROIS-RIVIÈRES", "2026-03-09", "Le festival"),
        ("SHERBROOKE (Québec) – Le festival Feux d'hiver annonce sa programmation.",
         "SHERBROOKE (Québec)", nil, "Le festival"),
        // A dateline in brackets needs no dash: the bracket ends it.
        ("(Galveston, TX) Harbour Lights returns to the seawall for its tenth winter.", "Galveston, TX", nil, "Harbour Lights"),
        ("(Duluth, Minnesota, January 9, 2026) The Lakeshore Food Shelf doubled its Saturday hours.",
         "Duluth, Minnesota", "2026-01-09", "The Lakeshore Food Shelf"),
        // The place in brackets, then the date, before the dash.
        ("(Tacoma, Washington) March 2, 2026 - The Sound Kelp Project planted its first lines.",
         "Tacoma, Washington", "2026-03-02", "The Sound Kelp Project"),
        // The date first, then the place in brackets.
        ("21 de enero de 2026, (Zaragoza) - La asociación Río Vivo presentó su informe anual.",
         "Zaragoza", "2026-01-21", "La asociación Río Vivo"),
        // A wire's credit or a status in brackets beside the date is no place.
        ("March 2, 2026 (GLOBE NEWSWIRE) -- Harbour Optics today launched a monitor.", nil, "2026-03-02", "Harbour Optics"),
        ("March 2, 2026 (UPDATED) - Harbour Optics today launched a monitor.", nil, "2026-03-02", "Harbour Optics"),
        ("(Reuters) March 2, 2026 - Harbour Optics today launched a monitor.", nil, "2026-03-02", "Harbour Optics"),
        // The dash's spaces lost in extraction: a hyphen between the place and a sentence's first word.
        ("Galveston-At the harbour's winter market, stallholders will sell only local fish.", "Galveston", nil, "At the harbour"),
        ("NEW LONDON-The Thames Rowing Club opened its new boathouse.", "NEW LONDON", nil, "The Thames Rowing Club"),
        // A wire's credit in brackets is no part of the place.
        ("Bochum (ots) – Die Stadtwerke senken den Gaspreis.", "Bochum", nil, "Die Stadtwerke"),
        ("Lagos (Reuters) – The port authority opened a second terminal.", "Lagos", nil, "The port authority"),
    ] as [(String, String?, String?, String)])
    func datelineForms(_ paragraph: String, place: String?, date: String?, restStart: String) throws {
        let found = try #require(Dateline.split(paragraph, hints: DateHints()), "\(paragraph)")
        #expect(found.location == place)
        #expect(found.date?.iso == date)
        #expect(found.rest.hasPrefix(restStart), "\(found.rest)")
    }

    @Test(arguments: [
        "Highlights: The report finds that rents rose by a third.",
        "Key results – The survey of 900 tenants shows a rise.",
        "Meanwhile, rents – The survey shows a rise.",
        "In 2024: The survey of 900 tenants shows a rise.",
        "Update – The meeting has moved to the town hall.",
        "Background – The scheme was set up in 2019.",
        // An article that opens no date after the dash opens no sentence.
        "MONTRÉAL – le festival commence demain.",
        // One bracketed word is a label or a credit as often as a place.
        "(PHOTO) Volunteers planted 400 oaks along the river on Saturday.",
        // A compound name, not a dateline.
        "Winston-Salem officials opened the new library on Monday.",
        "Anglo-French talks resumed on Monday.",
    ])
    func notADateline(_ paragraph: String) {
        #expect(Dateline.split(paragraph, hints: DateHints()) == nil, "\(paragraph)")
    }

    @Test func markdownDatelineInEmphasis() throws {
        let r = Self.parse("""
            **FOR IMMEDIATE RELEASE**

            # Tide Pool Days return to the harbour this summer

            _Portland, ME_.  The Harbor Trust will run its Tide Pool Days again this summer, with guided walks.

            Walks start at the ferry terminal and last two hours.
            """, name: "tide.md")
        #expect(r.location == "Portland, ME")
        #expect(r.paragraphs.first?.hasPrefix("The Harbor Trust will run") == true)
    }

    // MARK: - Date grammar and date lines

    @Test func datesInSignOffAndRunningHeaderForms() {
        #expect(DateParser.firstDate(in: "Febrero 12 del 2019")?.iso == "2019-02-12")
        #expect(DateParser.firstDate(in: "Dated at Kisumu this 5th day of June, 2024")?.iso == "2024-06-05")
        #expect(DateParser.firstDate(in: "on the 3rd of May 2024")?.iso == "2024-05-03")
        // Without an ordinal, `of` joins no date (`5 of May 2024` is no way releases print dates).
        #expect(DateParser.firstDate(in: "5 of May 2024") == nil)
    }

    @Test func placeAndDateLines() {
        let hints = DateHints()
        // A time of day may follow the date.
        #expect(Dateline.placeAndDate("14.01.2025 – 09:15", hints: hints, requirePlace: false)?.1?.iso == "2025-01-14")
        #expect(Dateline.placeAndDate("Updated March 2, 2022 at 4 PM ET", hints: hints, requirePlace: false).map { $0.0 == nil && $0.1?.iso == "2022-03-02" } == true)
        // Words inside a place name stay; only the date's words after it go.
        #expect(Dateline.placeAndDate("Rio de Janeiro, 5 de maio de 2024", hints: hints, requirePlace: true)?.0 == "Rio de Janeiro")
        #expect(Dateline.placeAndDate("Frankfurt am Main, 5. Mai 2024", hints: hints, requirePlace: true)?.0 == "Frankfurt am Main")
        // Other words after the date: not a date line.
        #expect(Dateline.placeAndDate("14 May 2024 was a good day", hints: hints, requirePlace: false) == nil)
    }

    @Test func readingsOfDateLines() {
        let hints = DateHints()
        func cue(_ line: String) -> DateReading.Cue? { DateReading.read(line, hints: hints)?.cue }
        #expect(cue("Tuesday 4th June 2024") == .alone)
        #expect(cue("Lindau, 12. März 2024") == .placeDate)
        #expect(cue("Date: 14/10/2024") == .labelled)
        #expect(cue("PRESS RELEASE                Date: 14/10/2024") == .labelled)
        #expect(cue("Updated March 2, 2022 at 4 PM ET") == .published)
        #expect(cue("Prepared by Lena Okafor, June 2, 2022") == .byline)
        #expect(cue("March 4, 2020 Contact: Tom Reyes") == .leading)
        // Embargo and event dates are never the issue date.
        #expect(cue("Embargoed until 00:01 GMT 3 July 2024") == nil)
        #expect(cue("When: Saturday 15 March 2025, 10am to 2pm") == nil)
        #expect(cue("Sperrfrist: 5. September 2023, 11:00 Uhr") == nil)
        // A date after another word says nothing (the end of a wrapped sentence).
        #expect(cue("on 14 May 2024.") == nil)
    }

    // MARK: - Whole releases

    @Test func frenchSignOffGivesDateAndPlaceAndIsNotBody() {
        let r = Self.parse("""
            Collectif des parents d'élèves du Kadiogo

            DÉCLARATION

            Les cantines scolaires doivent rouvrir avant la saison des pluies

            Le Collectif constate que neuf cantines sur douze restent fermées depuis la rentrée, faute de vivres livrés à temps.

            Nous demandons aux autorités communales de publier le calendrier des livraisons avant la fin du mois.

            Fait à Bobo-Dioulasso, le 14 janvier 2025
            Pour le Collectif, la Présidente,
            Awa Ouédraogo-Sanou

            Contact presse :
            Issa Compaoré, chargé de communication
            Tél. : +226 70 12 34 56
            """)
        #expect(r.date == "2025-01-14")
        #expect(r.location == "Bobo-Dioulasso")
        #expect(r.paragraphs.count == 2)
        #expect(!r.paragraphs.joined().contains("Fait à"))
        #expect(!r.paragraphs.joined().contains("Présidente"))
    }

    @Test func signedAndDatedAtAfterTheBody() {
        let r = Self.parse("""
            LAKE BASIN RIDERS ASSOCIATION

            PRESS STATEMENT

            Riders ask county to suspend new parking levy until stages are built

            The Association has written to the County Executive asking that the new parking levy be suspended until the promised stages are built.

            Our members already pay a daily fee and cannot be charged twice for the same kerb.

            Signed,
            Mr. Peter Otieno Odhiambo
            Chairman
            Dated at Kisumu this 5th day of June, 2024

            For media enquiries:

            Grace Akinyi, Secretary, 0711 555 201, info@lbra.example
            """)
        #expect(r.date == "2024-06-05")
        #expect(r.location == "Kisumu")
        #expect(r.paragraphs.last == "Our members already pay a daily fee and cannot be charged twice for the same kerb.")
    }

    @Test func placeAndDateAsTheLastLineOfTheBody() {
        let r = Self.parse("""
            MINISTÉRIO DAS PESCAS E AQUACULTURA

            COMUNICADO DE IMPRENSA

            Arranca a campanha de vacinação de viveiros de tilápia em Sofala

            O Ministério iniciou hoje, no distrito de Búzi, a campanha de vacinação de viveiros de tilápia.

            A campanha decorre até ao fim do mês e conta com o apoio de técnicos dos serviços distritais.
            Beira, 9 de Abril de 2024

            Para mais informações:
            Gabinete de Imprensa
            Tel.: +258 23 555 014
            """)
        #expect(r.date == "2024-04-09")
        #expect(r.location == "Beira")
        #expect(r.paragraphs.last == "A campanha decorre até ao fim do mês e conta com o apoio de técnicos dos serviços distritais.")
    }

    @Test func placeAndDateWithTheSignatoryUnderIt() {
        let r = Self.parse("""
            COMUNICADO DE IMPRENSA

            Abre o novo mercado municipal de Quelimane

            O Conselho Municipal abriu hoje o novo mercado, com 240 bancas para vendedores de peixe e hortícolas.

            As bancas serão atribuídas por sorteio na próxima semana.

            Quelimane, 2 de Maio de 2024
            O Vereador dos Mercados
            Alberto Nhantumbo
            """)
        #expect(r.date == "2024-05-02")
        #expect(r.location == "Quelimane")
        #expect(r.paragraphs.last == "As bancas serão atribuídas por sorteio na próxima semana.")
    }

    @Test func dateUnderTheHeadlineNotTheEmbargo() {
        let r = Self.parse("""
            Ravensworth Tenants' Forum

            Press Release

            EMBARGOED UNTIL 00:01, THURSDAY 6 JUNE 2024

            Half of tenants in the valley wait more than a month for repairs, forum finds

            Tuesday 4th June 2024

            Half of the tenants who answered the survey waited more than a month for a repair, and one in six waited three months.

            The forum will present the findings to the housing committee on 19 June 2024.
            """)
        #expect(r.date == "2024-06-04")
        #expect(r.paragraphs.first?.hasPrefix("Half of the tenants") == true)
    }

    @Test func headerTableDate() {
        let r = Self.parse("""
            WESTMARCH RAIL STAFF UNION

            PRESS RELEASE
            Date: 14/10/2024
            Ref: WRSU/24/88

            Depot cleaners vote to accept revised pay offer

            Cleaners at the Westmarch depot have voted by three to one to accept a revised pay offer worth 6.5% over two years, from 1/11/2024.

            The union thanked members for their patience during four months of talks.
            """)
        #expect(r.date == "2024-10-14")
    }

    @Test func dateAndContactOnOneLineAboveTheHeadline() {
        let r = Self.parse("""
            March 4, 2020 Contact: Tom Reyes
            Press Secretary
            Harlan County Clerk's Office
            555-201-3344 (office)

            For Immediate Release: County Clerk Opens Two New Voter Registration Sites

            (Harlan, Kentucky) – The Harlan County Clerk's Office will open two new voter registration sites on Monday, March 9, 2020.

            The sites will be open from 9 a.m. to 4 p.m. on weekdays.
            """)
        #expect(r.date == "2020-03-04")
        #expect(r.location == "Harlan, Kentucky")
        #expect(r.paragraphs.contains { $0.hasPrefix("The Harlan County Clerk's Office will open") })
    }

    @Test func updatedLineAndByline() {
        let updated = Self.parse("""
            Updated March 2, 2022 at 4 PM ET

            Joint Statement of County Prosecutors on the New Bail Schedule

            We, the undersigned prosecutors, ask the legislature to withdraw the new bail schedule before it takes effect on April 1, 2022.

            The schedule would hold people in jail for want of a few hundred dollars.
            """)
        #expect(updated.date == "2022-03-02")
        let byline = Self.parse("""
            PRESS RELEASE

            Prepared by Lena Okafor, June 2, 2022

            Moth traps on the north shore catch three times more than last year

            Traps set by the extension service caught three times as many moths in May 2022 as in May 2021.

            The service will publish weekly counts on its website.
            """)
        #expect(byline.date == "2022-06-02")
    }

    @Test func immediateReleaseLineCarriesTheDateAndAnEmbargoDoesNot() {
        let immediate = Self.parse("""
            Fernhill Bee Trust

            FOR IMMEDIATE RELEASE – March 3, 2025

            Hedgerow survey counts more bumblebee nests than any year since 2010

            Volunteers counted 412 nests along the trust's hedgerows this winter.

            The trust will repeat the survey next year.
            """)
        #expect(immediate.date == "2025-03-03")
        let embargoed = Self.parse("""
            Fernhill Bee Trust

            EMBARGOED UNTIL 00:01 GMT, 5 March 2025

            Hedgerow survey counts more bumblebee nests than any year since 2010

            Volunteers counted 412 nests along the trust's hedgerows this winter.

            The trust will repeat the survey next year.
            """)
        #expect(embargoed.date == nil)
    }

    @Test func frontMatterDate() {
        let r = Self.parse("""
            ---
            title: "Neue Radwege für Linden"
            date: 2022-08-15
            tags:
            - Pressemitteilung
            ---

            Der Verein Rad und Raum fordert den Bezirk auf, die versprochenen Radwege noch in diesem Jahr zu bauen.

            Die Planung liegt seit dem 3. März 2021 vor.
            """, name: "radwege.md")
        #expect(r.date == "2022-08-15")
        #expect(FrontMatterDate.find(in: "+++\ntitle = \"x\"\ndate = 2021-02-03T10:00:00+01:00\n+++\nText", hints: DateHints())?.iso == "2021-02-03")
        #expect(FrontMatterDate.find(in: "Text\n---\ndate: 2021-02-03\n---", hints: DateHints()) == nil)
    }

    @Test func weakEvidenceGivesAWarning() throws {
        var evidence = DateEvidence(hints: DateHints())
        evidence.readFurniture("Page 2 of 4 · 14 October 2024")
        let decided = try #require(evidence.date)
        #expect(decided.match.iso == "2024-10-14")
        #expect(decided.warning != nil)
        // A head date outweighs it, with no warning.
        evidence.read("Tuesday 15 October 2024", zone: .head)
        #expect(evidence.date?.match.iso == "2024-10-15")
        #expect(evidence.date?.warning == nil)
    }
}
