import Foundation
import Testing
@testable import PressroomCore

/// The head of a release: what stands above the headline (letterhead, kind label, release instruction,
/// header table, metadata) is never the headline, and each of its lines keeps its role. Fixtures in the
/// layouts releases print, with invented organisations.
@Suite struct HeadOfReleaseTests {
    static func parse(_ text: String, name: String = "head.txt") -> Release {
        let format: SourceFormat = name.hasSuffix(".md") ? .markdown : .text
        let file = SourceFile(url: URL(fileURLWithPath: "/test/\(name)"), source: name, format: format)
        return ReleaseParser.parse(LoadedDocument(file: file, text: TextNormalizer.normalize(text), id: "test"))
    }

    static let body = """
        Tenants in the three estates around the old tram depot say repairs reported last winter are still waiting, and that damp has spread to more than sixty flats since the autumn.

        “We have written to the landlord four times and heard nothing back,” said the alliance’s chair, Orla Brennock. “Families are sleeping in their living rooms.”

        The alliance will hold an open meeting at the depot hall on Thursday evening.
        """

    /// A letterhead (the name in capitals, a tagline of words between middle dots) above the kind label and
    /// the release instruction: the headline is the line after them.
    @Test func aLetterheadAndTaglineAboveTheKindLabel() {
        let text = "MARSH LANE TENANTS ALLIANCE\n\nHomes · Rights · Repairs\n\nPRESS RELEASE\n\nFor immediate release\n\n"
            + "Damp spreads to sixty flats as repairs go unanswered\n\n\(Self.body)\n"
        let r = Self.parse(text)
        #expect(r.title == "Damp spreads to sixty flats as repairs go unanswered")
        #expect(r.kind == "PRESS RELEASE")
        #expect(r.release == "For immediate release")
        #expect(r.subtitle == nil)
        #expect(r.paragraphs.count == 3)
    }

    /// An acronym alone as the letterhead, then a header table whose cells were joined by the extractor
    /// (`PRESS RELEASE Date: …`, `For immediate release Ref: …`): the reference belongs to neither field.
    @Test func anAcronymLetterheadAndAHeaderTable() {
        let text = "KWTU\n\nPRESS RELEASE Date: 04/02/2025\n\nFor immediate release Ref: KW/25/009\n\n"
            + "Canal lock keepers vote to refuse weekend overtime\n\n\(Self.body)\n"
        let r = Self.parse(text)
        #expect(r.title == "Canal lock keepers vote to refuse weekend overtime")
        #expect(r.kind == "PRESS RELEASE")
        #expect(r.release == "For immediate release")
        #expect(r.date == "2025-02-04")
        #expect(!r.paragraphs.contains { $0.contains("KW/25/009") })
    }

    /// A government's letterhead (the state over its ministry, in capitals) above a dated, referenced
    /// header and the kind label.
    @Test func aMinistryLetterheadAboveADatedHeader() {
        let text = "REPÚBLICA DE VALDORIA\nMINISTÉRIO DAS PESCAS E DO MAR\nData: 10/06/2024\nRef.ª: 12/MPM/GAB/2024\nCOMUNICADO DE IMPRENSA\n\n"
            + "Governo abre concurso para a modernização de 40 portos de pesca\n\n\(Self.body)\n"
        let r = Self.parse(text)
        #expect(r.title == "Governo abre concurso para a modernização de 40 portos de pesca")
        #expect(r.kind == "COMUNICADO DE IMPRENSA")
        #expect(r.date == "2024-06-10")
        #expect(r.paragraphs.count == 3)
    }

    /// A wire's time stamp under the letterhead (`02.03.2025 – 10:30`) is a date line, not part of the headline.
    @Test func aWireTimeStampAboveTheHeadline() {
        let text = "Nachbarschaftshilfe Lindenhof e.V.\n02.03.2025 – 10:30\n\nKältehilfe: Mehr Schlafplätze als je zuvor\n\n\(Self.body)\n"
        let r = Self.parse(text)
        #expect(r.title == "Kältehilfe: Mehr Schlafplätze als je zuvor")
        #expect(r.subtitle == nil)
        #expect(r.date == "2025-03-02")
    }

    /// An author's stamp (`Prepared by …, date`) and a revision stamp (`Updated … at 11 AM ET`) are metadata
    /// that give the date; neither is the headline.
    @Test(arguments: ["Prepared by Jana Okafor, June 3, 2022", "Updated June 3, 2022 at 11 AM ET"])
    func aStampAboveTheHeadline(stamp: String) {
        let text = "PRESS RELEASE\n\(stamp)\n\nSurveys find one in four reed beds on the lake damaged by boats\n\n\(Self.body)\n"
        let r = Self.parse(text)
        #expect(r.title == "Surveys find one in four reed beds on the lake damaged by boats")
        #expect(r.date == "2022-06-03")
    }

    /// A postal address under the letterhead (`P.O. Box …`) is metadata: the name and the address above the
    /// kind label are not the headline.
    @Test func aPostalAddressInTheLetterhead() {
        let text = "LAKESIDE FISHERS AND BOAT WORKERS COOPERATIVE UNION (LFBWCU)\nP.O. Box 1234-40100, Kisumu\n\nPRESS STATEMENT\n\n"
            + "Fishers give county ten days to reopen the landing beach\n\n\(Self.body)\n"
        let r = Self.parse(text)
        #expect(r.title == "Fishers give county ten days to reopen the landing beach")
        #expect(r.subtitle == nil)
    }

    @Test func metadataRoles() {
        let hints = DateHints()
        for line in ["Ref: PR/24/117", "Ref.ª: 031/MAP/2024", "P.O. Box 555-20200, Kericho", "NIT: 900.123.456-7", "Sede principal: Calle 5, Valledupar"] {
            #expect(HeaderRoleTests.name(HeaderRole.classify(line, hints: hints)) == "metadata", "\(line)")
        }
        for line in ["Referendum campaign opens in the valley", "Updated guidance for anglers on the river", "Stand up for the river"] {
            #expect(HeaderRoleTests.name(HeaderRole.classify(line, hints: hints)) == "other", "\(line)")
        }
        #expect(HeaderRoleTests.name(HeaderRole.classify("14.01.2025 – 09:15", hints: hints)) == "date")
        #expect(HeaderRoleTests.name(HeaderRole.classify("For immediate release Ref: PR/24/117", hints: hints)) == "release")
        if case .release(let r) = HeaderRole.classify("For immediate release Ref: PR/24/117", hints: hints) { #expect(r == "For immediate release") }
    }

    /// The release instruction as the headline's prefix (`For Immediate Release: <headline>`), the headline
    /// wrapped onto the next line, all printed without blank lines under a contact block whose first line
    /// carries the date: the date, the contact, the release and the headline each come out whole.
    @Test func aContactBlockAndAPrefixedHeadlineWithoutBlankLines() {
        let text = """
            March 4, 2022 Contact: Delia Marsh
            Communications Director
            Harrow County Water Authority
            555-201-7788 (office)
            delia.marsh@harrowwater.example
            For Immediate Release: Harrow County Water Authority Opens Two New Treatment Plants Ahead of
            Summer
            (Harrow, Ohio) – The Harrow County Water Authority opened two new treatment plants on Friday, adding
            capacity for forty thousand homes ahead of the summer months when demand peaks across the county.
            The plants were paid for by a bond approved by voters in 2019 and were finished three months early.
            """
        let r = Self.parse(text + "\n")
        #expect(r.title == "Harrow County Water Authority Opens Two New Treatment Plants Ahead of Summer")
        #expect(r.release == "For Immediate Release")
        #expect(r.date == "2022-03-04")
        #expect(r.subtitle == nil)
        #expect(r.contacts.first?.name == "Delia Marsh")
        #expect(r.contacts.first?.emails == ["delia.marsh@harrowwater.example"])
        #expect(!r.paragraphs.isEmpty)
        #expect(!r.paragraphs.contains { $0.contains("Communications Director") })
    }

    /// A release whose only heading is its kind label with the addressee (`Comunicado a la opinión pública`)
    /// and whose body follows at once: the label is the kind and the title, the paragraph is body.
    @Test func aKindLabelWithItsAddresseeAsTheOnlyHeading() {
        let text = """
            COLECTIVO RÍO CLARO
            NIT: 900.555.123-4
            COMUNICADO A LA OPINIÓN PÚBLICA
            Desde el Colectivo Río Claro hacemos un llamado a las autoridades del departamento y a las comunidades
            ribereñas para que se respete la veda de pesca acordada en marzo, que protege la reproducción de las
            especies nativas durante los meses de lluvia y que varias embarcaciones industriales han ignorado.

            Pedimos a la gobernación que publique los informes de control de las últimas seis semanas.
            """
        let r = Self.parse(text + "\n")
        #expect(r.kind == "COMUNICADO A LA OPINIÓN PÚBLICA")
        #expect(r.title == "COMUNICADO A LA OPINIÓN PÚBLICA")
        #expect(r.subtitle == nil)
        #expect(r.paragraphs.count == 2)
        #expect(r.paragraphs.first?.hasPrefix("Desde el Colectivo") == true)
    }

    /// A revision stamp above a headline, the body run on under it without blank lines: the headline is
    /// only its own line.
    @Test func aStampedHeadlineOverABodyWithoutBlankLines() {
        let text = """
            Updated May 2, 2020 at 9 AM ET
            Joint Statement on the Closure of the Riverside Shelter
            Yesterday, the city closed the last shelter on the river front without notice to the families who
            lived there or to the groups who served them every night through the winter months.
            We call on the council to reopen it until a new site is found for every family.
            """
        let r = Self.parse(text + "\n")
        #expect(r.title == "Joint Statement on the Closure of the Riverside Shelter")
        #expect(r.date == "2020-05-02")
        #expect(r.paragraphs.first?.hasPrefix("Yesterday, the city") == true)
    }

    @Test func headLineSplits() {
        let hints = DateHints()
        let split = HeadMetadata.releaseAndHeadline("FOR IMMEDIATE RELEASE: Council Opens New Library", hints: hints)
        #expect(split?.release == "FOR IMMEDIATE RELEASE")
        #expect(split?.headline == "Council Opens New Library")
        #expect(HeadMetadata.releaseAndHeadline("For release: 5 May 2024, 10:00 BST", hints: hints) == nil)
        #expect(HeadMetadata.releaseAndHeadline("For immediate release", hints: hints) == nil)
        #expect(HeadMetadata.dateAndContact("June 1, 2021 Contact: Ana Ruiz", hints: hints)?.contact == "Contact: Ana Ruiz")
        #expect(HeadMetadata.dateAndContact("Council meets Contact: Ana Ruiz", hints: hints) == nil)
        #expect(HeadMetadata.isTagline("Housing · Advice · Shelter"))
        #expect(!HeadMetadata.isTagline("Council opens the new library · a report"))
        #expect(HeadMetadata.isAcronym("KWTU"))
        #expect(!HeadMetadata.isAcronym("Kwtu"))
        #expect(HeadMetadata.withoutTrailingTime("Updated June 3, 2022 at 11 AM ET") == "Updated June 3, 2022")
        #expect(HeadMetadata.withoutTrailingTime("14.01.2025 – 09:15") == "14.01.2025")
        #expect(HeadMetadata.withoutTrailingTime("14 May 2024") == nil)
    }

    /// Markdown that sets the kind label as the top heading (`# PRESS RELEASE`) and the headline as the next
    /// one: the first is the kind, the second the title.
    @Test func aKindLabelAsTheTopMarkdownHeading() {
        let text = "# PRESS RELEASE\n\nPrepared by Jana Okafor, June 3, 2022\n\n## Surveys find one in four reed beds on the lake damaged by boats\n\n\(Self.body)\n"
        let r = Self.parse(text, name: "head.md")
        #expect(r.kind == "PRESS RELEASE")
        #expect(r.title == "Surveys find one in four reed beds on the lake damaged by boats")
        #expect(r.subtitle == nil)
        #expect(r.date == "2022-06-03")
    }

    /// An institution's template that prints the kind label, the place and the headline as a running header on
    /// every page, the page itself opening with the date and a paragraph: the running header gives the kind and
    /// the title.
    @Test func aHeadlineInTheRunningHeader() {
        let body1 = """
            El Instituto Distrital de Lectura y la Cámara del Libro del Valle informan que la feria tendrá
            este año tres sedes en la ciudad, con más de doscientos expositores y un programa de charlas para
            colegios públicos durante la primera semana de septiembre.
            La entrada será gratuita para menores de doce años y para los docentes de la red pública, que
            podrán inscribir a sus grupos en la página del instituto hasta el quince de agosto.

            """
        let body2 = """
            Los expositores interesados pueden consultar las condiciones de participación en la página de la
            Cámara del Libro del Valle, donde también se publicará el programa completo a finales de julio.
            El instituto recordó que los horarios de las tres sedes se ampliarán durante el fin de semana.

            """
        let head = "Comunicado de prensa\n\nCali\n\nFeria Regional del Libro Infantil 2019\n\n"
        let text = head + "3 de julio de 2019\n\n" + body1 + "\nIDL-COM-07 V2\n\u{0C}" + head + body2 + "\nIDL-COM-07 V2\n\u{0C}"
        let r = Self.parse(text, name: "running.pdftotext.txt")
        #expect(r.kind == "Comunicado de prensa")
        #expect(r.title == "Feria Regional del Libro Infantil 2019")
        #expect(r.paragraphs.first?.hasPrefix("El Instituto Distrital") == true)
    }
}
