import Testing
@testable import PressroomCore

/// Layouts a second reader wrote against earlier sessions' rules (invented text), each of which a rule got wrong,
/// and the rule's own layout beside it, so that the mending is seen to keep what the rule was for.
@Suite struct ReviewedSession12Tests {

    /// A contact line printed after the story has begun is the release's end, not its head: the boilerplate under it
    /// stays notes, however long. (The head-contact rule keeps the body going under a contact line only while the body
    /// above holds no prose.)
    @Test func aContactAfterTheStoryEndsItWhateverBoilerplateFollows() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            FOR IMMEDIATE RELEASE
            9 April 2026

            Ferry Society and Tidewater Credit Union Restore the Old Ticket Hall

            KELSO -- The old ticket hall at the south pier opens its doors again on Friday, after eighteen months of repairs.

            "We found the original floor," said Imogen Pryce, who ran the repairs.

            Media contact: Imogen Pryce, imogen@ferrysociety.example, 555-310-2277

            The Kelso Ferry Society is a volunteer group that has kept the records, boats and buildings of the town's ferry service since 1964, with three hundred members, a small archive and a workshop.

            Tidewater Credit Union is a member-owned credit union with branches in nine river towns, and gives a share of its surplus each year to local heritage work chosen by a vote of its members.

            Kelso Borough Council owns the pier and the ticket hall, maintains the slipway and the car park, and leases the hall to the society on a long lease at a peppercorn rent agreed in 1990.
            """)
        #expect(r.paragraphs.count == 2)
        #expect(r.notes.count == 3)
        #expect(r.contacts.first?.name == "Imogen Pryce")
    }

    /// The layout the head-contact rule is for: an event box of labelled rows (one of them a list of twenty names
    /// ending with a full stop), a contact line in it, then the story. A labelled row is not prose: the story under
    /// the contact is the body.
    @Test func anEventBoxRowOfNamesIsNoStoryAboveAHeadContact() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            Pressemitteilung

            Gezeitenräume: Eine Ausstellung am Hafenbecken

            Eröffnung: 4. Juni 2026, 17 Uhr
            Künstler*innen: Ada Kern, Bela Voss, Cem Ardic, Dora Lind, Emil Sauer, Fenja Roth, Gero Falk, Hana Iwasaki, Ilse Brandt, Jonas Weber, Kira Mohn, Lutz Haber, Mira Stein, Nils Ortmann und weitere Gäste aus sechs Ländern.

            Kommunikation: Jana Berg, presse@gezeiten.example

            Die Ausstellung Gezeitenräume zeigt am alten Hafenbecken vierzehn Arbeiten, die von Ebbe und Flut, vom Wasser der Stadt und von den Tieren am Ufer erzählen.

            Die Arbeiten stehen im Freien und sind bis zum 30. August täglich von 10 bis 20 Uhr zu sehen, der Eintritt ist frei und die Wege sind barrierefrei.

            Zur Eröffnung sprechen die Kuratorinnen über die Entstehung der Ausstellung, danach spielt ein Ensemble der Musikschule am Kai bis in den Abend, und die Künstler*innen führen in kleinen Gruppen über das Gelände.

            Ein Begleitheft in drei Sprachen liegt am Eingang aus und erklärt jede Arbeit, ihre Materialien und die Orte am Wasser, an denen sie entstanden sind, mit Karten und Fotos aus den Werkstätten.

            Führungen für Schulklassen und Gruppen können ab sofort über die Website der Ausstellung gebucht werden, an den Wochenenden gibt es offene Führungen um 15 Uhr ohne Anmeldung.
            """)
        #expect(r.paragraphs.count >= 3)
        #expect(r.paragraphs.contains { $0.hasPrefix("Die Ausstellung Gezeitenräume zeigt") })
        #expect(r.notes.isEmpty)
    }

    /// A newsroom page marks what comes with a release after its date (`[Audio]`, `(Photos)`): a media mark in
    /// brackets is no dateline place; a town in brackets still is.
    @Test func aMediaMarkAfterTheDateIsNoPlace() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            Kelso Ferry Society

            Old Ticket Hall Reopens After Eighteen Months of Repairs

            April 9, 2026 [Audio] - The old ticket hall at the south pier opens its doors again on Friday, after eighteen months of repairs.

            "We found the original floor," said Imogen Pryce, who ran the repairs.
            """)
        #expect(r.location == nil)
        #expect(r.date == "2026-04-09")
        #expect(r.paragraphs.first?.hasPrefix("The old ticket hall") == true)
        #expect(Dateline.dateThenBracketedPlace("April 9, 2026 (Photos)", hints: DateHints()) == nil)
        #expect(Dateline.dateThenBracketedPlace("April 9, 2026 [Kelso]", hints: DateHints())?.0 == "Kelso")
    }

    // MARK: - The session's second reader (review12), each case seen wrong on the merged rules, then mended

    /// A contact line under the lead paragraph, with the story (a quote, the details) under it: the contact is the
    /// head's and the story stays body; only boilerplate (`X is a …`) under a contact is the release's end.
    @Test func aStoryUnderAContactLineAfterTheLeadStaysBody() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            FOR IMMEDIATE RELEASE

            Kelso Ferry Society Reopens the Old Ticket Hall

            KELSO -- The old ticket hall at the south pier opens its doors again on Friday, after eighteen months of repairs.

            Media contact: Imogen Pryce, imogen@ferrysociety.example, 555-310-2277

            "We found the original floor under three layers of linoleum, and the ticket windows behind a false wall," said Imogen Pryce, who ran the repairs for the society.

            The hall will hold the society's photographs of the ferries, its ticket machines and the bell of the last paddle steamer, and it will be open every day from ten to four.

            Schools can book a visit for a class through the society's website, and the visits and the exhibition are free for everyone under eighteen.
            """)
        #expect(r.paragraphs.count == 4)
        #expect(r.notes.isEmpty)
        #expect(r.contacts.first?.name == "Imogen Pryce")
    }

    /// A photograph's copyright line between two of the story's paragraphs is no page foot; nor is a company's
    /// copyright line at the end of its own About section (the notes go on under it).
    @Test func aCopyrightLineInsideTheReleaseIsNoPageFoot() {
        let caption = IssueDateEvidenceTests.parseNormalized("""
            Kelso Ferry Society Reopens the Old Ticket Hall

            KELSO -- The old ticket hall at the south pier opens its doors again on Friday, after eighteen months of repairs.

            © Kelso Ferry Society 2026

            The hall will hold the society's photographs of the ferries, its ticket machines and the bell of the last paddle steamer, and it will be open every day.

            Schools can book a visit for a class through the society's website, and the visits are free for everyone under eighteen.
            """)
        #expect(caption.paragraphs.count == 3)
        let notes = IssueDateEvidenceTests.parseNormalized("""
            FOR IMMEDIATE RELEASE

            Tidewell Ships Version 4 of Its Gauge Software

            KELSO, 3 March 2026 – Tidewell today released version 4 of Gaugewatch, the software harbours use to read their tide gauges.

            Version 4 reads gauges over a low-power radio link and keeps a year of readings on the gauge itself.

            About Tidewell
            Tidewell makes instruments for harbours and rivers in twelve countries.

            © 2026 Tidewell Ltd. All rights reserved.

            Gaugewatch and Tidewell are trademarks of Tidewell Ltd. Other names may be trademarks of their owners, and are used here only to name their products.
            """)
        #expect(notes.notes.contains { $0.hasPrefix("Gaugewatch and Tidewell are trademarks") })
    }

    /// The statement goes on under its list of signatories: the paragraph of prose after the list is body again.
    @Test func proseAfterTheSignatoriesIsBodyAgain() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            JOINT STATEMENT

            Harbour Towns Ask for a Law to Protect the Marshes

            KELSO, March 3, 2026 – The mayors of six harbour towns today asked the state to protect the east marshes by law.

            Signed by:
            Ada Kern, Mayor of Kelso
            Bela Voss, Mayor of Northvale

            The mayors will take the statement to the state legislature on March 10, and copies of the letter and of the map of the marshes can be had from the town clerk.
            """)
        #expect(r.paragraphs.contains { $0.hasPrefix("The mayors will take the statement") })
        #expect(!r.paragraphs.contains { $0.contains("Ada Kern") })
    }

    /// A line that gives the release's own pictures or says where they will be (`Download photos: https://…`) is the
    /// release's, not a picture's credit.
    @Test func aLineAboutTheReleasesPhotosIsNoCredit() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            Kelso Ferry Society Reopens the Old Ticket Hall

            KELSO -- The old ticket hall at the south pier opens its doors again on Friday, after eighteen months of repairs.

            Download photos: https://ferrysociety.example/press/hall-photos

            The hall will be open every day from ten to four.
            """)
        #expect(r.paragraphs.contains { $0.hasPrefix("Download photos:") })
        #expect(ReleaseSegmenter.isCreditLine("Photo: Jane Roe/Kelso Ferry Society"))
        #expect(!ReleaseSegmenter.isCreditLine("Photos: the society will post pictures of the opening on its website."))
    }

    /// A date, then a person and a role (a byline) is no date-and-place line.
    @Test func aBylineAfterTheDateIsNoPlace() {
        #expect(Dateline.placeAndDate("March 3, 2026, Jane Roe, Chair", hints: DateHints(), requirePlace: false) == nil)
        #expect(Dateline.placeAndDate("March 3, 2026, Kelso, Washington", hints: DateHints(), requirePlace: false)?.0 == "Kelso, Washington")
    }

    /// An issuer crediting its own site (`[© 2026 Kelso Ferry Society](https://ferrysociety.example/)`, and an e-mail
    /// address there) keeps its links.
    @Test func anIssuersOwnLinkedCreditKeepsItsLinks() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            # Kelso Ferry Society Reopens the Old Ticket Hall

            KELSO, March 3, 2026 – The old ticket hall at the south pier opens its doors again on Friday. See the [map of the hall](https://ferrysociety.example/hall/map).

            Media contact: Imogen Pryce, press@ferrysociety.example

            [© 2026 Kelso Ferry Society](https://ferrysociety.example/)
            """, name: "fixture.md")
        #expect(r.links.contains { $0.contains("ferrysociety.example/hall/map") })
    }

    /// An event's field under a title-case headline (`Dates: …`, `When: …`) is never the headline, and the
    /// headline above it is no letterhead. (The field still runs on into the headline's text, as it did before
    /// session 12's rule: left.)
    @Test func anEventFieldUnderATitleCaseHeadlineIsNotTheHeadline() {
        for field in ["Dates: Saturday, May 9, and Sunday, May 10, 2026", "When: Saturday, May 9, 2026, 10 a.m."] {
            let r = IssueDateEvidenceTests.parseNormalized("""
                MEDIA ADVISORY

                Kelso Ferry Society Opens Its Ticket Hall
                \(field)

                The Kelso Ferry Society will open the restored ticket hall at the south pier with two days of guided tours.

                Media contact: Imogen Pryce, press@ferrysociety.example
                """)
            #expect(r.title.hasPrefix("Kelso Ferry Society Opens Its Ticket Hall"), "\(field)")
            #expect(r.organization != "Kelso Ferry Society Opens Its Ticket Hall")
        }
    }
}
