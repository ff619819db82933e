import Testing
@testable import PressroomCore

/// Layouts of the seventh real set (Tests on branch real7; its README's failure table), each written as a
/// property of the genre with invented text.
@Suite struct SeventhSetLayoutTests {

    /// A letterhead may print the date first and the town with its country after it (`14 de mayo de 2025,
    /// Tandil, Argentina`): the head's date and place, never the headline.
    @Test func aDateThenTownAndCountryLineIsTheHeadsDatelineNotTheHeadline() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            Asociación de Ciclistas Urbanos de Tandil

            14 de mayo de 2025, Tandil, Argentina

            LA CIUDAD TENDRÁ SU PRIMERA BICISENDA EN EL CENTRO

            La asociación presentó hoy el proyecto de una bicisenda de tres kilómetros que unirá la terminal de ómnibus con la plaza principal.

            La obra comenzará en agosto y durará cuatro meses, según el calendario acordado con el municipio.
            """)
        #expect(r.title == "LA CIUDAD TENDRÁ SU PRIMERA BICISENDA EN EL CENTRO")
        #expect(r.date == "2025-05-14")
        #expect(r.location == "Tandil, Argentina")
        #expect(Dateline.placeAndDate("March 3, 2026, Kelso, Washington", hints: DateHints(), requirePlace: false)?.0 == "Kelso, Washington")
        // Two parts after the date that name an organisation, or three parts, are no place.
        #expect(Dateline.placeAndDate("March 3, 2026, Harbour Trust, Annual Report", hints: DateHints(), requirePlace: false) == nil)
        #expect(Dateline.placeAndDate("March 3, 2026, Kelso, Cowlitz County, Washington", hints: DateHints(), requirePlace: false) == nil)
    }

    /// A site that files its releases as pages may title each page by its kind (`title: PRESS RELEASE`) in a
    /// metadata header of `key: value` lines in any order: the label is the kind, the page's `##` heading the
    /// headline, and the header no paragraph.
    @Test func aPageTitledByItsKindInAnUnfencedHeaderGivesTheKind() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            type: page
            template: page
            title: COMUNICADO DE PRENSA
            slug: prensa/comunicado

            *3 de junio de 2025*

            ## La red de bibliotecas abre sus archivos de mapas al público

            La red de bibliotecas de Tandil publicó hoy en línea sus cuatrocientos mapas antiguos, con una licencia abierta.
            """, name: "fixture.md")
        #expect(r.kind == "COMUNICADO DE PRENSA")
        #expect(r.title == "La red de bibliotecas abre sus archivos de mapas al público")
        #expect(r.date == "2025-06-03")
        #expect(!r.paragraphs.contains { $0.contains("template") })
        // A page whose first line is no generator's key keeps its lines, `Title:` among them.
        let prose = IssueDateEvidenceTests.parseNormalized("""
            Note: the library will be closed on Monday.
            Title: A week of repairs

            The reading room reopens on Tuesday.
            """, name: "fixture.md")
        #expect(prose.title.hasPrefix("Note: the library") && prose.title.hasSuffix("Title: A week of repairs"))
        // A header of generator keys without a title is no header either.
        let untitled = IssueDateEvidenceTests.parseNormalized("""
            type: page
            slug: prensa/comunicado

            The reading room reopens on Tuesday.
            """, name: "fixture.md")
        #expect(untitled.kind == nil)
        #expect((untitled.title + " " + untitled.paragraphs.joined(separator: " ")).contains("slug"))
    }

    /// A YAML title its editor wrapped onto an indented line, or wrote as a folded block, is one title.
    @Test func aWrappedOrFoldedFrontMatterTitleIsOneTitle() {
        let wrapped = IssueDateEvidenceTests.parseNormalized("""
            ---
            layout: post
            title: Graduate workers at Kelso College file to hold a union election
              before the end of the spring term
            ---

            Graduate workers at Kelso College filed today for a union election with the labour board.
            """, name: "2025-03-04-election.md")
        #expect(wrapped.title == "Graduate workers at Kelso College file to hold a union election before the end of the spring term")
        let folded = IssueDateEvidenceTests.parseNormalized("""
            ---
            title: >
              Graduate workers at Kelso College
              file for a union election
            tags:
              - union
            ---

            Graduate workers at Kelso College filed today for a union election with the labour board.
            """, name: "fixture.md")
        #expect(folded.title == "Graduate workers at Kelso College file for a union election")
    }

    /// A kind label and the release instruction on one line (`Press-Release FOR IMMEDIATE RELEASE`): the kind and
    /// the release, and no issuer named by the instruction. A word processor's box-drawing line ends the dateline
    /// as a dash does (`Brooklyn, NY ──`).
    @Test func aKindBesideTheInstructionAndABoxDrawingDash() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            Press-Release FOR IMMEDIATE RELEASE
            May 4th, 2026

            HARBOUR CODING CLUB (HCC): TEACHING ROBOTICS IN SIX SCHOOLS

            Kelso, WA ── The Harbour Coding Club began as an after-school group at one high school and now teaches robotics in six schools of the county.

            "Every school asked for a team," said club president Ana Ruiz.
            """)
        #expect(r.kind == "Press-Release")
        #expect(r.release == "FOR IMMEDIATE RELEASE")
        #expect(r.organization != "FOR IMMEDIATE RELEASE")
        #expect(r.location == "Kelso, WA")
        #expect(r.paragraphs.first?.hasPrefix("The Harbour Coding Club began") == true)
        // A label beside an issuer's name still names it (`Press Release Kelso Harbour Trust`).
        let named = IssueDateEvidenceTests.parseNormalized("""
            Press Release Kelso Harbour Trust
            May 4, 2026

            Trust Buys the Old Net Loft

            The Kelso Harbour Trust has bought the old net loft on the north quay for a museum of the fishing fleet.
            """)
        #expect(named.organization == "Kelso Harbour Trust")
    }
}
