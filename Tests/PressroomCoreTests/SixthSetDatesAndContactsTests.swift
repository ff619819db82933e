import Testing
@testable import PressroomCore

/// Layouts of datelines, dates, release instructions and contacts a sixth set of real releases showed, each in
/// invented words with a near layout the rule must leave alone.
@Suite struct SixthSetDatesAndContactsTests {

    // MARK: - Datelines

    @Test func aPlaceInSquareBracketsAfterTheDateIsTheDateline() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            Lantern Hall Opens Its Doors to Night Readers

            March 4, 2024 [Portland, Oregon] - Lantern Hall will stay open until midnight on Fridays, the library board said today.

            Readers may borrow up to ten books a visit.
            """)
        #expect(r.date == "2024-03-04")
        #expect(r.location == "Portland, Oregon")
        #expect(r.paragraphs.first?.hasPrefix("Lantern Hall will stay") == true)
        #expect(Dateline.bracketedPlaceThenDate("[Portland, Oregon] March 4, 2024", hints: DateHints())?.0 == "Portland, Oregon")
        // A note in square brackets after the date is no place.
        #expect(Dateline.dateThenBracketedPlace("March 4, 2024 [updated]", hints: DateHints()) == nil)
        #expect(Dateline.dateThenBracketedPlace("March 4, 2024 [PRNewswire]", hints: DateHints()) == nil)
    }

    @Test func aDatelineMayFollowAnEventBox() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            FOR IMMEDIATE RELEASE

            March 3, 2024

            The Harbour Arts Centre presents the Third Annual Festival of Shadow Puppets

            Dates: Friday, April 5, and Saturday, April 6, 2024
            Shows: 7:00 p.m. each evening.

            Tickets are $10 and free for members

            Visit the centre's site for more information.

            Kelso, Wash.—The Harbour Arts Centre hosts the Third Annual Festival of Shadow Puppets, April 5 and 6. Doors open at 6:30 p.m. each night.

            Puppeteers from four countries will perform.
            """)
        // (The abbreviation's full stop is not kept, as for every place before a dash.)
        #expect(r.location == "Kelso, Wash")
        #expect(r.paragraphs.contains { $0.hasPrefix("The Harbour Arts Centre hosts") })
        let bracketed = IssueDateEvidenceTests.parseNormalized("""
            Harbour Arts Centre Festival

            Friday and Saturday, April 5 & 6, 2024 7:00 pm: Shows Location: Harbour Arts Centre, 12 Quay Street FREE Admission Visit our site for more information.

            (Kelso, Washington) The Third Annual Festival of Shadow Puppets comes to the Harbour Arts Centre on April 5 and 6, with puppeteers from four countries.

            Tickets are free.
            """)
        #expect(bracketed.location == "Kelso, Washington")
        #expect(bracketed.paragraphs.contains { $0.hasPrefix("The Third Annual Festival") })
    }

    @Test func pastTheBoxOnlyAMarkedPlaceIsADateline() {
        // A paragraph that opens with a name and a dash after a box, or past the third paragraph, is no dateline:
        // the genre marks a deep dateline's place (brackets, a state, a date).
        let box = ["Tickets are $10 and free for members", "Visit the centre's site for more information."]
        let named = box + ["Mira Holt – The festival's founder will open the first evening with a film.", "Puppeteers from four countries will perform."]
        #expect(Dateline.opening(named, raws: [], hints: DateHints()) == nil)
        let state = box + ["Kelso, Wash. – The festival opens on Friday with a film.", "Puppeteers from four countries will perform."]
        #expect(Dateline.opening(state, raws: [], hints: DateHints())?.1.location == "Kelso, Wash")
        let deep = ["Harbour Arts Centre", "Third Annual Festival", "April 5 and 6", "Mira Holt – The festival's founder will open the first evening."]
        #expect(Dateline.opening(deep, raws: [], hints: DateHints()) == nil)
        #expect(!Dateline.isBoxParagraph("The hall opens at noon. Readers may borrow ten books."))
        #expect(Dateline.isBoxParagraph("Shows: 7:00 p.m. each evening."))
    }

    @Test func anEmphasisedBracketedPlaceGluedToTheTextIsTheDateline() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            # Riverside Couriers Walk Out

            **(Tacoma, Washington)**—Today, forty couriers of Riverside Deliveries stopped work over unpaid waiting time.

            The couriers voted for the strike last week.
            """, name: "fixture.md")
        #expect(r.location == "Tacoma, Washington")
        #expect(r.paragraphs.first?.hasPrefix("Today, forty couriers") == true)
        // A wire's credit in bold brackets is no place.
        let wire = IssueDateEvidenceTests.parseNormalized("""
            # Riverside Couriers Walk Out

            **(Reuters)**—Today, forty couriers of Riverside Deliveries stopped work over unpaid waiting time.
            """, name: "fixture.md")
        #expect(wire.location == nil)
    }

    // MARK: - Dates and release instructions

    @Test func anImmediateInstructionDoesNotKeepItsDate() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            Harbour Arts Centre
            PRESS RELEASE
            For immediate release: 9/6/2024

            Shadow Puppets Return to the Harbour

            The Harbour Arts Centre brings back its festival of shadow puppets this autumn.
            """)
        #expect(r.release == "For immediate release")
        #expect(r.date == "2024-09-06" || r.date == "2024-06-09")
        #expect(HeadMetadata.instructionWithoutDate("FOR IMMEDIATE RELEASE – March 3, 2024", hints: DateHints()) == "FOR IMMEDIATE RELEASE")
        // An embargo says its date: it keeps it.
        #expect(HeadMetadata.instructionWithoutDate("Embargoed until: March 3, 2024", hints: DateHints()) == "Embargoed until: March 3, 2024")
        #expect(HeadMetadata.instructionWithoutDate("For immediate release: March 3, 2024 and after", hints: DateHints())
                == "For immediate release: March 3, 2024 and after")
    }

    @Test func aDateAndAReleaseInstructionOnOneHeadLine() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            COMMUNIQUÉ DE PRESSE

            Association Lumière Nord
            le 12 mars 2024 – Pour diffusion à partir du 2 avril 2024

            Lille accueille les ateliers de la lumière

            L’association Lumière Nord a choisi Lille pour ses ateliers annuels, une semaine de rencontres autour de l’éclairage public et des économies d’énergie.
            """)
        #expect(r.release == "Pour diffusion à partir du 2 avril 2024")
        #expect(r.date == "2024-03-12")
        #expect(r.location == nil)
        #expect(!r.paragraphs.contains { $0.contains("Pour diffusion") })
        let split = HeadMetadata.dateAndRelease("le 12 mars 2024 – Pour diffusion à partir du 2 avril 2024", hints: DateHints())
        #expect(split?.date == "le 12 mars 2024")
        // A date and a headline after the dash is no instruction.
        #expect(HeadMetadata.dateAndRelease("12 mars 2024 – Lille accueille les ateliers", hints: DateHints()) == nil)
    }

    @Test func aDateAloneOpeningALongSentenceIsTheBody() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            4 MARCH 2024: The Lantern Project announces the release of Lantern 3.0.  This version of the open source map renderer brings faster tiles, offline styles, and a new plugin interface for the people who build on it.

            "Lantern 3.0 is our largest release yet," said Ada Quill, a core developer.

            More details are on the project's site.
            """)
        #expect(r.date == "2024-03-04")
        #expect(r.title == "")
        #expect(r.paragraphs.first?.hasPrefix("The Lantern Project announces") == true)
        // A headline that opens with a date stays the headline.
        let headline = IssueDateEvidenceTests.parseNormalized("""
            4 March 2024: Lantern 3.0 Released

            The Lantern Project released version 3.0 of its map renderer today, with faster tiles and offline styles.
            """)
        #expect(headline.title == "4 March 2024: Lantern 3.0 Released")
    }

    @Test func eastAsianDates() {
        #expect(DateParser.firstDate(in: "2014 年 12 月 19 日")?.iso == "2014-12-19")
        #expect(DateParser.firstDate(in: "2014年12月19日")?.iso == "2014-12-19")
        #expect(DateParser.firstDate(in: "2024년 3월 5일")?.iso == "2024-03-05")
        let m = DateParser.firstDate(in: "2014 年 11 月 4 日に設立されました")
        #expect(m?.iso == "2014-11-04")
        #expect(m.map { "2014 年 11 月 4 日に設立されました"[$0.range] } == "2014 年 11 月 4 日")
        // Marks out of order, or a month that does not exist, make no date.
        #expect(DateParser.firstDate(in: "2014 月 12 年 19 日") == nil)
        #expect(DateParser.firstDate(in: "2014 年 13 月 19 日") == nil)
        let r = IssueDateEvidenceTests.parseNormalized("""
            報道関係各位
                                                        2024 年 3 月 5 日
                                              灯台会議 実行委員会

            灯台会議 2024 開催のお知らせ

            灯台会議実行委員会は、2024 年 6 月 1 日に第三回灯台会議を開催します。
            """)
        #expect(r.date == "2024-03-05")
    }

    @Test func anEventBoxDateIsNoIssueDate() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            Pressemitteilung

            Gezeitenlicht

            Ausstellung im Hafenpark Kiel

            Eröffnung:
            6 Mai 2024, 16 - 21 Uhr
            Symposium:
            18 Mai 2024, 10-18 Uhr

            Die Ausstellung Gezeitenlicht zeigt zwölf Arbeiten über das Licht am Meer. Sie ist bis Ende Juni jeden Tag geöffnet.
            """)
        #expect(r.date == nil)
        #expect(DateReading.isEventLabel("Eröffnung:"))
        #expect(DateReading.isEventLabel("Opening night:"))
        // A date label, a kind label or a release instruction is no event's.
        #expect(!DateReading.isEventLabel("Date:"))
        #expect(!DateReading.isEventLabel("Press release:"))
        #expect(!DateReading.isEventLabel("For immediate release:"))
        #expect(!DateReading.isEventLabel("PHONE:"))
        #expect(!DateReading.isEventLabel("Contact:"))
        let dated = IssueDateEvidenceTests.parseNormalized("""
            Pressemitteilung

            Datum:
            6 Mai 2024

            Gezeitenlicht im Hafenpark Kiel

            Die Ausstellung Gezeitenlicht zeigt zwölf Arbeiten über das Licht am Meer. Sie ist bis Ende Juni jeden Tag geöffnet.
            """)
        #expect(dated.date == "2024-05-06")
    }

    // MARK: - Contacts

    @Test func aContactLineAboveTheTextKeepsTheBody() {
        let text = """
            ---
            title: 'Riverside Couriers Walk Out Over Waiting Time'
            ---

            **FOR IMMEDIATE RELEASE**

            _Friday, March 1, 2024_

            _Press contact: press@riverside-couriers.example_

            **(Tacoma, Washington)**—Today, forty couriers of Riverside Deliveries stopped work over unpaid waiting time at the depot, where they say they wait up to two hours a shift without pay.

            “We are paid by the parcel, and the parcels are late because the depot is late,” said Dana Moss, a courier for six years, who has joined the union committee.

            The couriers voted for the strike last week after the company refused to meet them, and they will stay out until the company agrees to pay for the time spent waiting.

            Last month the couriers filed a complaint with the state labour board about the waiting time, which the board will hear in April.
            """
        let r = IssueDateEvidenceTests.parseNormalized(text, name: "fixture.md")
        #expect(r.paragraphs.count >= 4)
        #expect(r.notes.isEmpty)
        #expect(r.location == "Tacoma, Washington")
        #expect(r.contacts.count == 1)
        #expect(r.contacts.first?.emails == ["press@riverside-couriers.example"])
        // A contact block at the end, with an About section under it, still ends the body.
        let closing = IssueDateEvidenceTests.parseNormalized("""
            Riverside Couriers Walk Out

            Forty couriers of Riverside Deliveries stopped work today over unpaid waiting time at the depot.

            The couriers voted for the strike last week after the company refused to meet them.

            Press contact: press@riverside-couriers.example

            Riverside Couriers Union represents four hundred couriers in the county and has bargained for them since 2019, when it was founded by drivers of three firms.
            """)
        #expect(closing.paragraphs.count == 2)
        #expect(closing.notes.count == 1)
    }

    @Test func aPressOrMediaLabelNamesNoOne() {
        for line in ["Press contact: press@harbour.example", "Media contact: info@harbour.example"] {
            let c = ContactParser.parse(lines: [line])
            #expect(c.count == 1)
            #expect(c.first?.name == nil, "\(line)")
        }
        // A person after the label is the name.
        #expect(ContactParser.parse(lines: ["Press contact: Jane Roe, jane@harbour.example"]).first?.name == "Jane Roe")
    }

    @Test func anAgencyAfterTheNameIsTheOrganisation() {
        let c = ContactParser.parse(lines: ["Media Contact:", "Jane Roe, Tidewater Communications", "press@harbour.example"])
        #expect(c.first?.name == "Jane Roe")
        #expect(c.first?.organization == "Tidewater Communications")
        #expect(c.first?.role == nil)
        // A department is a job title, as before.
        let dept = ContactParser.parse(lines: ["Media Contact:", "Jane Roe, Corporate Communications", "press@harbour.example"])
        #expect(dept.first?.role == "Corporate Communications")
        #expect(ContactDraft.isAgencyName("Tidewater Public Relations"))
        #expect(!ContactDraft.isAgencyName("Global Communications"))
        #expect(!ContactDraft.isAgencyName("Communications Manager"))
    }

    @Test func aLeadInCutAtItsCommaNamesTheOrganisation() {
        let c = ContactParser.parse(lines: [
            "Pour plus d’informations, contactez l’association Lumière Nord par e-mail à contact@lumiere-nord.example ou rendez-vous sur le site : lumiere-nord.example",
        ])
        #expect(c.first?.name == nil)
        #expect(c.first?.role == nil)
        #expect(c.first?.organization == "Lumière Nord")
        // A person named in the sentence is the contact, as before.
        let person = ContactParser.parse(lines: ["Pour plus d’informations, contactez Claire Martin par e-mail à claire@lumiere-nord.example"])
        #expect(person.first?.name == "Claire Martin")
    }

    @Test func aLetterheadColumnIsNoContactOfItsOwn() {
        let c = ContactParser.parse(lines: [
            "Via Fratelli Rosselli, 14", "25121 Brescia BS", "info@lanterna.example", "+39 333 555 0142", "",
            "Per ulteriori informazioni e contatti stampa", "Giulia Verdi, she/her", "+39 333 555 0142", "info@lanterna.example",
        ])
        #expect(c.count == 1)
        #expect(c.first?.name == "Giulia Verdi")
        #expect(c.first?.role == nil)
        #expect(PostalAddress.isAddressLine("Via Fratelli Rosselli, 14"))
        #expect(!PostalAddress.isAddressLine("Fratelli Rosselli, 14"))
        #expect(ContactLine.isPronouns("they/them"))
        #expect(ContactLine.isPronouns("(she/her)"))
        #expect(!ContactLine.isPronouns("Press/Media"))
        #expect(ContactVocabulary.isHeading("Per ulteriori informazioni e contatti stampa"))
        #expect(ContactVocabulary.isHeading("Ufficio stampa"))
    }

    @Test func anImprintNamesTheOrganisationAndAContactSentenceUnderItsHeading() {
        let c = ContactParser.parse(lines: ["Imprint:", "Harbour Lantern Foundation", "12 Quay Street", "Kelso, WA 98626", "office@lantern.example"])
        #expect(c.count == 1)
        #expect(c.first?.name == nil)
        #expect(c.first?.role == nil)
        #expect(c.first?.organization == "Harbour Lantern Foundation")
        // A person under the imprint is still the name.
        let person = ContactParser.parse(lines: ["Imprint:", "Jane Roe", "office@lantern.example"])
        #expect(person.first?.name == "Jane Roe")
        // A German lead-in that addresses the reader (`wenden Sie sich bitte an:`) names no one: the address under
        // it repeats the person's above.
        let lead = ContactParser.parse(lines: ["Kommunikation: Jana Berg, presse@gezeiten.example", "",
                                               "Für weitere Informationen wenden Sie sich bitte an:", "presse@gezeiten.example"])
        #expect(lead.count == 1)
        #expect(lead.first?.name == "Jana Berg")
        #expect(ContactLeadIn.read("Für weitere Informationen wenden Sie sich bitte an:") == .heading)
        #expect(ContactLeadIn.read("Für weitere Informationen wenden Sie sich bitte an Jana Berg:") == nil)
        let r = IssueDateEvidenceTests.parseNormalized("""
            # Harbour Lantern Foundation Welcomes Three New Members

            The Harbour Lantern Foundation welcomed three new member organisations today, bringing its membership to forty.

            The new members will join the foundation's working groups on public lighting.

            ### Contact Information

            If you would like to learn more about the foundation or its members, please contact us at: office@lantern.example.
            """, name: "fixture.md")
        #expect(r.notes.isEmpty)
        #expect(r.contacts.count == 1)
        #expect(r.contacts.first?.name == nil)
        #expect(r.contacts.first?.emails == ["office@lantern.example"])
    }
}
