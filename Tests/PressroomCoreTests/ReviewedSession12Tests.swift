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
}
