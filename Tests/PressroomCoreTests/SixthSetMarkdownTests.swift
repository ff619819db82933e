import Foundation
import Testing
@testable import PressroomCore

/// Markdown layouts and body ends from the sixth real set (issue 9, session 11): a contact line in the head of a page
/// whose headline is its front matter's, emphasised boilerplate that opens with a link, about and media sections at the
/// end, `####` as an end mark, front matter's `subtitle:` and Pelican's header, template calls, character references,
/// `<cite>` attributions, and French and Italian about headings. Each layout has a fixture of invented text and a
/// look-alike that the rule must leave alone.
@Suite struct SixthSetMarkdownTests {
    static func parse(_ text: String, name: String = "fixture.md") -> Release {
        IssueDateEvidenceTests.parse(text, name: name)
    }

    // MARK: - A contact line in the head does not swallow the body

    static let headContact = """
        ---
        title: 'Harbour Cannery Workers Walk Out Over New Shift Rules'
        date: 2024-05-06T09:00:00-05:00
        ---

        **FOR IMMEDIATE RELEASE**

        _Monday, May 6, 2024 9:00AM CDT_

        _Press contact: media@cannery-union.example.org_

        Today more than sixty workers at the Harbour Cannery in Port Ellis walked off the line to protest shift rules that the company announced without notice. The workers say the new rota cuts their weekly hours.

        “We asked for a meeting three times and were ignored every time,” said Dana Whitlock, a line supervisor at the cannery and a member of the union.

        The union filed a grievance with the regional labour board on Friday and expects a hearing within a month.
        """

    @Test func aContactLineAboveTheFirstParagraphLeavesTheBodyItsParagraphs() {
        let r = Self.parse(Self.headContact)
        #expect(r.title == "Harbour Cannery Workers Walk Out Over New Shift Rules")
        #expect(r.release == "FOR IMMEDIATE RELEASE")
        #expect(r.paragraphs.count == 3)
        #expect(r.paragraphs.first?.hasPrefix("Today more than sixty workers") == true)
        #expect(r.notes.isEmpty)
        #expect(r.contacts.first?.emails == ["media@cannery-union.example.org"])
    }

    @Test func aContactBlockAfterTheBodyStillEndsIt() {
        // The look-alike: the contact line closes a body, and the boilerplate under it is a note, not body.
        let r = Self.parse("""
            # Harbour Cannery Workers Walk Out Over New Shift Rules

            Today more than sixty workers at the Harbour Cannery in Port Ellis walked off the line to protest shift rules that the company announced without notice.

            The union filed a grievance with the regional labour board on Friday and expects a hearing within a month.

            _Press contact: media@cannery-union.example.org_

            The Cannery Workers Union represents four hundred workers in the fish and fruit canneries of the north coast, and has bargained for them since 1962.
            """)
        #expect(r.paragraphs.count == 2)
        #expect(r.notes.count == 1)
        #expect(r.notes.first?.hasPrefix("The Cannery Workers Union represents") == true)
    }

    // MARK: - Emphasised boilerplate that opens with a link

    @Test func anItalicParagraphOpeningWithALinkShowsTheLinksTextAlone() {
        let r = Self.parse("""
            # Tidewater Trust Plants Its Ten Thousandth Tree

            The Tidewater Trust planted its ten thousandth tree on Saturday along the estuary path, four years after its first planting day.

            Volunteers from six schools planted the last hundred trees with the trust's rangers.

            ---

            _[Tidewater Trust](https://tidewater-trust.example.org/) is a charity that plants and cares for trees along the estuary. It is run by volunteers._
            """)
        let all = r.paragraphs + r.notes
        #expect(all.contains("Tidewater Trust is a charity that plants and cares for trees along the estuary. It is run by volunteers."))
        #expect(!all.contains { $0.contains("](") || $0.contains("[Tidewater") })
        #expect(r.links.contains("https://tidewater-trust.example.org/"))
    }

    @Test func anItalicParagraphWithBracketsButNoLinkKeepsThem() {
        let r = Self.parse("""
            # Tidewater Trust Plants Its Ten Thousandth Tree

            The Tidewater Trust planted its ten thousandth tree on Saturday along the estuary path, four years after its first planting day.

            _The count [as of Saturday] includes the trees planted by schools._
            """)
        #expect(r.paragraphs.contains("The count [as of Saturday] includes the trees planted by schools."))
    }

    // MARK: - A standfirst of lines each in italics

    @Test func aParagraphOfLinesEachInItalicsUnderTheHeadlineIsTheStandfirst() {
        let r = Self.parse("""
            # Bakery Workers Win Their Union Vote

            *Nine in ten workers vote for the union after a five-month campaign*
            *The bakery's three shops become the chain's first with a recognised union*

            (Leeds, UK)— The regional labour board announced today that bakery workers at the Northgate shops voted nine to one for the union.
            """)
        #expect(r.subtitle == "Nine in ten workers vote for the union after a five-month campaign The bakery's three shops become the chain's first with a recognised union")
        #expect(r.paragraphs.count == 1)
    }

    @Test func aParagraphWithOneLineInItalicsIsNotSetApart() {
        let blocks = MarkdownBlocks.blocks(["*Nine in ten workers vote for the union*", "after a five-month campaign at the shops."], links: &Self.sink)
        #expect(blocks.count == 1)
        #expect(blocks[0].emphasis == false)
        let both = MarkdownBlocks.blocks(["*Nine in ten workers vote for the union*", "_The shops become the first_"], links: &Self.sink)
        #expect(both[0].emphasis == true)
    }

    nonisolated(unsafe) static var sink: [String] = []

    // MARK: - About and media sections at the end

    static func closing(_ aboutHeading: String, quoteAfter: Bool = false) -> String {
        """
        # Residents March for Safer Crossings on the Ring Road

        More than two hundred residents walked the length of the ring road on Sunday to ask the city for four new crossings near its schools.

        The march was organised by the Ring Road Residents Group with two parents' associations from the district.

        "We counted forty near misses at one junction in a month," said Rosa Lindqvist, who chairs the residents group.

        ## \(aboutHeading)

        - [Ring Road Residents Group](https://ringroad.example.org/) speaks for the households along the road and meets monthly.
        - [Parents for Safe Streets](https://safestreets.example.org/) campaigns for crossings and lower speeds near schools.
        \(quoteAfter ? "\n\"The road splits our neighbourhood in two,\" said one of the parents who joined the march.\n" : "")
        ## Photos and videos

        Photos of the march can be found [here](https://files.example.org/ringroad-march).
        """
    }

    @Test func anAboutHeadingInLowerCaseOverTheClosingListOpensTheNotes() {
        let r = Self.parse(Self.closing("About the coalition"))
        #expect(r.paragraphs.count == 3)
        #expect(r.notes == ["Ring Road Residents Group speaks for the households along the road and meets monthly.",
                            "Parents for Safe Streets campaigns for crossings and lower speeds near schools."])
    }

    @Test func aMediaHeadingAndItsLinkLineAreNeitherBodyNorNotes() {
        let r = Self.parse(Self.closing("About the coalition"))
        let all = r.paragraphs + r.notes
        #expect(!all.contains("Photos and videos"))
        #expect(!all.contains { $0.hasPrefix("Photos of the march") })
        #expect(r.links.contains("https://files.example.org/ringroad-march"))
    }

    @Test func anAboutHeadingOverQuotedParagraphsStaysInTheBody() {
        // The look-alike: a section of the body headed `About the …`, with a quotation in it.
        let r = Self.parse(Self.closing("About the crossings", quoteAfter: true))
        #expect(r.paragraphs.contains("About the crossings"))
        #expect(r.notes.isEmpty)
    }

    @Test func aMediaHeadingOverProseIsASubheading() {
        let r = Self.parse("""
            # Museum Opens Its Photo Archive to the Public

            The harbour museum opened its photo archive on Monday, with ten thousand prints from the years of the sailing fleet.

            ## Photos

            The prints were given by the families of the fleet's crews over fifty years, and most have never been shown outside the archive room.
            """)
        #expect(r.paragraphs.contains("Photos"))
        #expect(r.paragraphs.count == 3)
    }

    // MARK: - A run-in about paragraph after the contacts

    static func afterContacts(_ closing: String) -> String {
        """
        The Harbour DB project announces version 4.0 of its embedded database, with replication between devices and a smaller footprint.

        "Replication was the feature our users asked for most," said Mira Okonkwo, who leads the project's core team.

        For more information please contact:
        Mira Okonkwo
        press@harbourdb.example.org
        Cell: +44-7700-900123

        \(closing)
        """
    }

    @Test func aRunInAboutParagraphAfterTheContactsIsANoteWithoutItsHeading() {
        let r = Self.parse(Self.afterContacts("About Harbour DB: Harbour DB is an open source embedded database developed since 2012 by a community of volunteers."), name: "fixture.txt")
        #expect(r.notes == ["Harbour DB is an open source embedded database developed since 2012 by a community of volunteers."])
    }

    @Test func aLabelledParagraphAfterTheContactsKeepsItsLabel() {
        // The look-alike: `About parking:` over a sentence that does not define the subject is no about heading.
        let r = Self.parse(Self.afterContacts("About Parking: The quay car park will be closed on the day of the launch and visitors should come by tram."), name: "fixture.txt")
        #expect(r.notes == ["About Parking: The quay car park will be closed on the day of the launch and visitors should come by tram."])
    }

    // MARK: - One address linked with two schemes

    @Test func anAddressLinkedWithTwoSchemesKeepsBoth() {
        let r = Self.parse("""
            # Residents March for Safer Crossings on the Ring Road

            The march was organised by the [Ring Road Residents Group](https://ringroad.example.org/) with two parents' associations.

            - [Ring Road Residents Group](http://ringroad.example.org/) speaks for the households along the road.
            - [Parents for Safe Streets](https://safestreets.example.org/) campaigns for crossings near schools.
            """)
        #expect(r.links.contains("https://ringroad.example.org/"))
        #expect(r.links.contains("http://ringroad.example.org/"))
    }

    @Test func aLinkReplacesTheAddressTheTextPrintsAndItsOwnRepeats() {
        // The look-alikes: a printed address that a link carries is one link, and so is one link given twice or
        // with and without its closing slash.
        #expect(ReleaseParser.mergeLinks(["ringroad.example.org/march"], annotations: ["https://ringroad.example.org/march"])
                == ["https://ringroad.example.org/march"])
        #expect(ReleaseParser.mergeLinks([], annotations: ["https://ringroad.example.org/", "https://ringroad.example.org"])
                == ["https://ringroad.example.org"])
        #expect(ReleaseParser.mergeLinks([], annotations: ["https://ringroad.example.org/", "http://ringroad.example.org/"])
                == ["https://ringroad.example.org/", "http://ringroad.example.org/"])
    }

    // MARK: - `####` as an end mark

    @Test func fourHashesEndTheBody() {
        let r = Self.parse("""
            Lakeside Library Extends Its Opening Hours

            The Lakeside Library will open until nine on weekday evenings from March, after a year in which its evening study room was full every night.

            The longer hours are paid for by a grant from the county's education fund.

            ####

            About Lakeside Library
            Lakeside Library is a community library run by a trust of volunteers and two paid librarians since 1998.
            """, name: "fixture.txt")
        #expect(r.paragraphs.count == 2)
        #expect(r.notes == ["Lakeside Library is a community library run by a trust of volunteers and two paid librarians since 1998."])
    }

    @Test func aFourthLevelMarkdownHeadingIsNoEndMark() {
        let r = Self.parse("""
            # Lakeside Library Extends Its Opening Hours

            The Lakeside Library will open until nine on weekday evenings from March, after a year in which its evening study room was full every night.

            #### Paid for by the county

            The longer hours are paid for by a grant from the county's education fund.
            """)
        #expect(r.paragraphs.count == 3)
        #expect(r.notes.isEmpty)
    }

    // MARK: - Front matter: `subtitle:` and Pelican's header

    static let withSubtitle = """
        ---
        layout: press_release
        date: "2023-03-14"
        title: "Open Tiles Alliance Forms to Share Map Rendering Tools"
        subtitle: "Four mapping firms pool their renderers under one open licence"
        ---

        **OSLO, March 14, 2023 --** Four mapping firms today formed the Open Tiles Alliance, which will keep their map renderers under one open licence and one roadmap.
        """

    @Test func aFrontMatterSubtitleUnderTheFrontMattersTitleIsTheStandfirst() {
        let r = Self.parse(Self.withSubtitle)
        #expect(r.title == "Open Tiles Alliance Forms to Share Map Rendering Tools")
        #expect(r.subtitle == "Four mapping firms pool their renderers under one open licence")
        #expect(r.paragraphs.count == 1)
    }

    @Test func aFrontMatterSubtitleIsNotAddedWhenThePagePrintsItsOwnHeadline() {
        let printed = Self.withSubtitle.replacingOccurrences(of: "---\n\n**OSLO", with: "---\n\n# Open Tiles Alliance Forms\n\n**OSLO")
        let r = Self.parse(printed)
        #expect(r.title == "Open Tiles Alliance Forms")
        #expect(r.subtitle == nil)
    }

    static let pelican = """
        Title: La asociación Bahía Código entrega sus primeros premios
        Date: 2019-11-23
        Summary: Durante las jornadas de otoño entregamos los premios a dos miembros de la comunidad.

        La asociación Bahía Código entregó el sábado sus primeros premios a la colaboración, durante las jornadas de otoño en Cádiz.

        Los premios reconocen el trabajo de quienes enseñan a programar en los talleres de la asociación.
        """

    @Test func aPelicanHeaderIsReadAsFrontMatter() {
        let r = Self.parse(Self.pelican)
        #expect(r.title == "La asociación Bahía Código entrega sus primeros premios")
        #expect(r.date == "2019-11-23")
        #expect(r.subtitle == nil)
        #expect(r.paragraphs.count == 2)
        #expect(!(r.paragraphs + r.notes).contains { $0.hasPrefix("Summary:") || $0.hasPrefix("Title:") })
    }

    @Test func aTitleLineAloneOverTheTextIsNoHeader() {
        // The look-alike: one `Title:` line and no other key is no metadata header; and a text file's `Title:` /
        // `Date:` lines are not read as one.
        #expect(FrontMatter.pelicanHeader("Title: Harbour Fees Frozen\n\nThe council froze harbour fees.\n") == nil)
        #expect(FrontMatter.split(Self.pelican, markdown: false).frontMatter == nil)
        #expect(FrontMatter.split(Self.pelican, markdown: true).frontMatter?.date == "2019-11-23")
        // A header whose lines are not all `Key: value` is text.
        #expect(FrontMatter.pelicanHeader("Title: Harbour Fees Frozen\nDate: 2024-01-02\nThe council froze harbour fees.\n") == nil)
    }

    // MARK: - Template calls and character references

    @Test func aShortcodeLineIsNoText() {
        let r = Self.parse("""
            ---
            title: 'Ferry Crews Vote to Accept New Contract'
            date: 2024-02-01
            ---

            {{< header />}}

            **FOR IMMEDIATE RELEASE**

            Ferry crews on the island routes voted on Thursday to accept a three-year contract that raises pay and caps shifts at ten hours.

            {{% notice %}}

            The contract takes effect on the first of March.

            {{% /notice %}}
            """)
        #expect(r.release == "FOR IMMEDIATE RELEASE")
        #expect(r.paragraphs.count == 2)
        #expect(!r.paragraphs.contains { $0.contains("{{") })
    }

    @Test func aLineThatOnlyOpensWithAShortcodeIsNotATemplateCall() {
        #expect(MarkdownBlocks.isTemplateCall("{{< header />}}"))
        #expect(MarkdownBlocks.isTemplateCall("{% include banner.html %}"))
        #expect(!MarkdownBlocks.isTemplateCall("{{< icon \"map\" >}} Maps of every route are on the site."))
        #expect(!MarkdownBlocks.isTemplateCall("{{ page.title }}"))
    }

    @Test func characterReferencesShowTheirCharacters() {
        let r = Self.parse("""
            # Two Runtimes Join the Open Tiles Alliance

            The alliance takes in two projects:

            1. [Tessel](https://tessel.example.org/), a renderer for vector tiles &amp; raster tiles
            2. Quill, a style compiler that the alliance&rsquo;s members already share &#8212; and extend&#x2026;
            """)
        #expect(r.paragraphs.contains("Tessel, a renderer for vector tiles & raster tiles"))
        #expect(r.paragraphs.contains("Quill, a style compiler that the alliance’s members already share — and extend…"))
    }

    @Test func anAmpersandThatOpensNoReferenceIsKept() {
        var links: [String] = []
        #expect(MarkdownBlocks.inline("AT&T and R&D; teams & partners &notaname; stay", links: &links) == "AT&T and R&D; teams & partners &notaname; stay")
        // A document that prints a reference's characters (a Word file's `&amp;`) keeps them through its markdown.
        #expect(MarkdownBlocks.inline(LogicalMarkdown.escape("Tom &amp; Jerry"), links: &links) == "Tom &amp; Jerry")
    }

    // MARK: - `<cite>` attributions

    @Test func aCiteLineUnderABlockquoteIsItsOwnParagraph() {
        let r = Self.parse("""
            # Open Tiles Alliance Forms to Share Map Rendering Tools

            Four mapping firms today formed the Open Tiles Alliance, which will keep their map renderers under one open licence.

            <blockquote>
            “Maps are shared infrastructure, and their tools should be too.”
            <cite>— Ingrid Solberg, Chief Cartographer at Fjordmap</cite>
            </blockquote>
            """)
        #expect(r.paragraphs == ["Four mapping firms today formed the Open Tiles Alliance, which will keep their map renderers under one open licence.",
                                 "“Maps are shared infrastructure, and their tools should be too.”",
                                 "— Ingrid Solberg, Chief Cartographer at Fjordmap"])
    }

    @Test func aCiteInsideASentenceStaysInIt() {
        let r = Self.parse("""
            # Open Tiles Alliance Forms to Share Map Rendering Tools

            The alliance's charter quotes
            <cite>The Shared Map</cite>, the essay that first proposed it.
            """)
        #expect(r.paragraphs == ["The alliance's charter quotes The Shared Map, the essay that first proposed it."])
    }

    // MARK: - French and Italian about headings

    @Test(arguments: [
        ("**A propos du Salon des Métiers d’Art :**", true),
        ("**A propos d’Atelier Vauban :**", true),
        ("**A propos d’Aneo :**", true),
        ("À propos de Lumen Lyon :", true),
        ("A proposito di Genova Pride", true),
        ("__A proposito di Verona Libri__", true),
        // Look-alikes: sentences and lower-case words after the about word.
        ("A proposito di questo, il sindaco ha detto", false),
        ("A propos de la réunion de mardi :", false),
    ])
    func aboutHeadingsInFrenchAndItalian(line: String, heading: Bool) {
        #expect(ReleaseLexicon.isNotesHeading(line) == heading)
    }

    @Test func anItalianAboutHeadingOpensTheNotes() {
        let r = Self.parse("""
            Genova Pride 2025: il corteo torna il 14 giugno

            GENOVA, 2 giugno 2025 - Il comitato Genova Pride annuncia il corteo del 14 giugno, che partirà dal porto antico alle quindici.

            Il percorso è stato scelto per essere accessibile a tutte le persone.

            A proposito di Genova Pride
            Genova Pride è un comitato di associazioni e persone che organizza ogni anno il corteo cittadino.
            """, name: "fixture.txt")
        #expect(r.paragraphs.count == 2)
        #expect(r.notes == ["Genova Pride è un comitato di associazioni e persone che organizza ogni anno il corteo cittadino."])
    }
}
