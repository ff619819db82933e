import Foundation
import Testing
@testable import PressroomCore

/// Heads printed without the usual headline: a release with no headline at all, a capitals headline whose
/// quoted title wraps onto a line shaped like a dateline, and a tagline ending in `!` above the dateline.
@Suite struct HeadlessHeadTests {
    static func parse(_ text: String, name: String = "fixture.txt") -> Release {
        IssueDateEvidenceTests.parse(text, name: name)
    }

    @Test func aFirstParagraphOpeningWithItsDatelineIsNoHeadline() {
        let r = Self.parse("""
            Medellín, Marzo 12 de 2025. Colibrí Robótica ha presentado un brazo robótico de bajo costo para talleres escolares, fabricado con piezas impresas.
            El brazo se vende como kit y se arma en una tarde con herramientas comunes.
            Las primeras 200 unidades llegarán a colegios públicos de Antioquia en mayo.
            """)
        #expect(r.title == "")
        #expect(r.location == "Medellín")
        #expect(r.date == "2025-03-12")
        #expect(r.paragraphs.first?.hasPrefix("Colibrí Robótica ha presentado") == true)
        #expect(r.subtitle == nil)
    }

    @Test func twoSentencesUnderADateLineAreNoHeadline() {
        let r = Self.parse("""
            Lyon, le 3 avril 2025.
            Atelier Brume a lancé la campagne de financement de sa lampe solaire pliable sur une plateforme participative. Cette lampe se recharge en quatre heures de soleil et éclaire une pièce toute une soirée.
            La campagne dure trente jours et vise cinquante mille euros.
            """)
        #expect(r.title == "")
        #expect(r.date == "2025-04-03")
        #expect(r.paragraphs.first?.hasPrefix("Atelier Brume a lancé") == true)
    }

    @Test func aHeadlineOfOneSentenceEndingInAFullStopStaysTheHeadline() {
        let r = Self.parse("""
            Quarterly roadside counts show that one in six hedgerows along the county's minor roads has been cut back too hard this year.

            TRURO – The Hedgerow Watch volunteers counted 1,200 hedgerows in the spring.

            They will count again in the autumn.
            """)
        #expect(r.title.hasPrefix("Quarterly roadside counts"))
    }

    /// (PDF text, as pdftotext prints it: pages parted by a form feed, no blank line between paragraphs.)
    @Test func aCapitalsHeadlineWrapsInsideItsQuotedTitle() {
        let r = Self.parse("""
            FOR IMMEDIATE RELEASE

            HARBOUR THEATRE OPENS "NORTH
            WIND - THE LAST FERRY," A NEW PLAY
            ABOUT THE ISLAND CROSSING
            PORT HAWKESBURY – March 4, 2026 – The Harbour Theatre will open its spring season with a new play
            about the last winter ferry to the island, written by a local fisherman.
            Tickets go on sale on Monday.
            \u{0C}The play runs for three weeks, with a matinee on Sundays.
            """, name: "play.pdftotext.txt")
        #expect(r.title == "HARBOUR THEATRE OPENS \"NORTH WIND - THE LAST FERRY,\" A NEW PLAY ABOUT THE ISLAND CROSSING")
        #expect(r.location == "PORT HAWKESBURY")
        #expect(r.date == "2026-03-04")
    }

    @Test func aTaglineEndingInAnExclamationAboveTheDatelineIsTheStandfirst() {
        let r = Self.parse("""
            Pebble Games presents “Seed Swap”
            Grow virtual beans and send real ones to school gardens!
            Hobart, March 9th, 2026 - Pebble Games today released Seed Swap, a farming game whose harvest is
            turned into seed packets for school gardens across Tasmania.
            The game is free to play on phones and tablets.
            """)
        #expect(r.title == "Pebble Games presents “Seed Swap”")
        #expect(r.subtitle == "Grow virtual beans and send real ones to school gardens!")
        #expect(r.location == "Hobart")
        #expect(r.date == "2026-03-09")
    }

    /// (PDF text: the headline and the tagline in one block, the dateline opening the next.)
    @Test func aTaglineAboveTheDatelineInTheNextBlockIsTheStandfirst() {
        let r = Self.parse("""
            Pebble Games presents “Seed Swap”
            Grow virtual beans and send real ones to school gardens!

            Hobart, March 9th, 2026 - Pebble Games today released Seed Swap, a farming game whose harvest is
            turned into seed packets for school gardens across Tasmania, with the first packets sent in May.
            The game is free to play on phones and tablets, and costs nothing to download from the stores.
            \u{0C}Every harvest of a hundred virtual beans becomes one packet of real seeds for a school garden.
            """, name: "seed.pdftotext.txt")
        #expect(r.subtitle == "Grow virtual beans and send real ones to school gardens!")
        #expect(r.location == "Hobart")
    }

    @Test func aTaglineInABlockOfItsOwnAboveTheDatelineIsTheStandfirst() {
        let r = Self.parse("""
            Pebble Games presents “Seed Swap”

            Grow virtual beans and send real ones to school gardens!

            Hobart, March 9th, 2026 - Pebble Games today released Seed Swap, a farming game.

            The game is free to play on phones and tablets.
            """)
        #expect(r.subtitle == "Grow virtual beans and send real ones to school gardens!")
        #expect(r.location == "Hobart")
    }

    /// (An inch mark opens no quotation: the dateline under such a headline is still the dateline.)
    @Test func anInchMarkInACapitalsHeadlineLeavesTheDatelineAlone() {
        let r = Self.parse("""
            HARBOUR OPTICS LAUNCHES A 27" MONITOR FOR CHART ROOMS
            PORTLAND – March 2, 2026 – Harbour Optics today launched a monitor for ships' chart rooms, built to
            stay readable in low red light.
            It goes on sale in April.
            \u{0C}The monitor costs 900 dollars.
            """, name: "monitor.pdftotext.txt")
        #expect(r.title == "HARBOUR OPTICS LAUNCHES A 27\" MONITOR FOR CHART ROOMS")
        #expect(r.date == "2026-03-02")
        #expect(r.location == "PORTLAND")
    }

    /// (Two sentences above a dateline are a headline and its standfirst, not the body.)
    @Test func twoSentencesAboveADatelineAreTheHead() {
        let r = Self.parse("""
            FOR IMMEDIATE RELEASE

            Harbour Trust opens its new ferry terminal after three years of building work on the waterfront.
            The terminal will carry two million passengers a year and cut crossing times by half.

            PORTLAND, Maine, March 2, 2026 - The Harbour Trust opened its new ferry terminal on Monday.

            The terminal has twelve berths.
            """)
        #expect(r.title != "")
        #expect(r.date == "2026-03-02")
        #expect(r.location == "PORTLAND, Maine")
    }

    @Test func aSentenceUnderTheHeadlineWithoutADatelineIsBody() {
        let r = Self.parse("""
            Pebble Games presents “Seed Swap”

            Grow virtual beans and send real ones to school gardens!

            The game is free to play on phones and tablets, and every harvest becomes seed packets.
            """)
        #expect(r.subtitle == nil)
    }
}

/// A text whose first header line is followed, in its block, by the text itself keeps that text; a sign-off
/// closes a body, so the same `Place, date` line opening the body is no sign-off.
@Suite struct SignOffNeedsABodyTests {
    /// (A long line under the date line, read as prose, ended the search for a headline; the lines after the
    /// date line in its block were then skipped, and the release lost its text.)
    @Test func theLinesUnderADateLineInItsBlockAreKept() {
        let r = HeadlessHeadTests.parse("""
            Lyon, le 3 avril 2025.
            Atelier Brume, une petite entreprise lyonnaise de luminaires fondée en 2019, lance une lampe solaire pliable qui se recharge en quatre heures de soleil
            et éclaire une pièce toute une soirée.
            """)
        #expect(r.date == "2025-04-03")
        let all = ([r.title] + r.paragraphs).joined(separator: " ")
        #expect(all.contains("Atelier Brume, une petite entreprise") && all.contains("toute une soirée."), "\(all)")
    }

    @Test func aMadeAtLineOpeningTheBodyIsStillTheSignOff() {
        let r = HeadlessHeadTests.parse("""
            Déclaration du Collectif Eau Claire sur les coupures d'eau à Thiès

            Fait à Dakar, le 2 avril 2024
            Le Collectif Eau Claire
            """)
        #expect(r.date == "2024-04-02")
        #expect(r.paragraphs.isEmpty, "\(r.paragraphs)")
    }

    @Test func aPlaceAndDateLineOpeningTheBodyIsNoSignOff() {
        let r = HeadlessHeadTests.parse("""
            Déclaration commune sur l'eau potable

            Lyon, le 3 avril 2025
            Les associations signataires demandent un plan.
            Les villages attendent depuis dix ans.
            """)
        #expect(r.title == "Déclaration commune sur l'eau potable")
        #expect(r.paragraphs.joined(separator: " ").contains("Les villages attendent depuis dix ans."), "\(r.paragraphs)")
    }

    @Test func aPlaceAndDateLineAfterTheBodyIsStillTheSignOff() {
        let r = HeadlessHeadTests.parse("""
            Déclaration commune sur l'eau potable

            Les associations signataires demandent un plan d'urgence pour les réseaux d'eau des villages.

            Lyon, le 3 avril 2025
            """)
        #expect(r.date == "2025-04-03")
        #expect(!r.paragraphs.contains { $0.contains("Lyon, le 3 avril") })
    }
}
