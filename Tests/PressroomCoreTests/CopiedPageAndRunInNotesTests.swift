import Foundation
import Testing
@testable import PressroomCore

/// Layouts of releases copied from a news site's page and of notes run into their paragraph: the site's
/// advertisement marker between paragraphs, the headline printed again in bold under the page's title, a
/// `Background:` note with its heading run in, a kind word with `am` and a date (`Presseaussendung am …`),
/// and an issuer named by one word in mixed case that its own web address spells.
@Suite struct CopiedPageAndRunInNotesTests {
    static func parse(_ text: String, name: String = "fixture.txt") -> Release {
        IssueDateEvidenceTests.parse(text, name: name)
    }

    static let page = """
        ---
        title: "Lakeside Trust backs ferry plan"
        date: 2024-03-12
        ---
        Lakeside Trust backs ferry plan
        ===============================

        12 March 2024  
        Immediate Release

        **Lakeside Trust backs ferry plan**

        The Lakeside Trust said on Monday that it would back the council's plan for a second ferry terminal on the east quay.

        "This is good news for everyone who crosses the water every day," said the trust's chair, Mina Roe.

        Advertisement - scroll to continue reading

        The terminal would open in 2027 if the council finds the rest of the money in its spring budget.

        Background The east quay terminal was first proposed in 2019 and has been delayed twice by funding gaps.

        **Background:** The trust has run the lake's two ferries since 1998.

        ENDS
        """

    @Test func aCopiedPageKeepsTheReleaseAndDropsTheSitesMarks() {
        let r = Self.parse(Self.page, name: "copied.md")
        #expect(r.title == "Lakeside Trust backs ferry plan")
        #expect(r.subtitle == nil, "the headline printed again is not a standfirst")
        #expect(r.paragraphs.count == 3)
        #expect(!r.paragraphs.contains { $0.contains("Advertisement") })
        #expect(r.notes == ["The east quay terminal was first proposed in 2019 and has been delayed twice by funding gaps.",
                            "The trust has run the lake's two ferries since 1998."])
    }

    @Test func aDifferentLineUnderTheHeadlineStaysTheStandfirst() {
        let r = Self.parse(Self.page.replacingOccurrences(of: "**Lakeside Trust backs ferry plan**", with: "**A second terminal would halve the queues at the quay**"), name: "copied.md")
        #expect(r.subtitle == "A second terminal would halve the queues at the quay")
    }

    @Test func advertisementInASentenceIsBody() {
        let r = Self.parse("""
            Lakeside Trust reports a smaller deficit

            The Lakeside Trust said on Monday that its deficit fell by a third last year.

            Advertisement

            Revenue from the ferry screens rose by half, the trust said.

            Advertisement revenue alone paid for the new pier lights.
            """)
        #expect(r.paragraphs == ["The Lakeside Trust said on Monday that its deficit fell by a third last year.",
                                 "Revenue from the ferry screens rose by half, the trust said.",
                                 "Advertisement revenue alone paid for the new pier lights."])
    }

    @Test(arguments: [
        ("Background: The scheme began in 2019.", "Background", "The scheme began in 2019."),
        ("**Background:** The scheme began in 2019.", "Background", "The scheme began in 2019."),
        ("**Background**: The scheme began in 2019.", "Background", "The scheme began in 2019."),
        ("**Notes to editors** – The survey asked 900 tenants.", "Notes to editors", "The survey asked 900 tenants."),
        ("Background The scheme began in 2019 with two boats.", "Background", "The scheme began in 2019 with two boats."),
        ("Hintergrund: Der Verein wurde 2011 gegründet.", "Hintergrund", "Der Verein wurde 2011 gegründet."),
        ("Contexte – L'association a été fondée en 2011.", "Contexte", "L'association a été fondée en 2011."),
    ])
    func runInNotesHeadings(line: String, heading: String, rest: String) throws {
        let cut = try #require(ReleaseLexicon.runInNotesHeading(line))
        #expect(cut.heading == heading)
        #expect(cut.rest == rest)
    }

    @Test(arguments: [
        "Background checks are required for every volunteer.", "Backgrounds: three of them.", "Background",
        "***Background:*** The scheme began in 2019.", "**Background: The scheme began in 2019.**",
        "À propos de la fondation : elle a été créée en 2011.", "The background: a scheme from 2019.",
        "Notes on the survey follow below.",
    ])
    func notRunInNotesHeadings(line: String) {
        #expect(ReleaseLexicon.runInNotesHeading(line) == nil)
    }

    @Test func aBackgroundSentenceInTheBodyStaysBody() {
        let r = Self.parse("""
            Lakeside Trust hires forty ferry staff

            The Lakeside Trust said on Monday that it would hire forty more ferry staff this spring.

            Background checks for every new member of staff will take about three weeks, the trust said.
            """)
        #expect(r.notes.isEmpty)
        #expect(r.paragraphs.count == 2)
    }

    @Test func aKindWordWithItsDateIsTheKindNotAPlace() {
        let r = Self.parse("""
            Presseaussendung am 12.3.2025

            Bürgerinitiative fordert neue Prüfung des Heizwerks

            Die Bürgerinitiative Saubere Luft Ostviertel hat am Dienstag beim Land eine neue Prüfung des geplanten Heizwerks beantragt.

            „Wir verlangen nur, was das Gesetz vorsieht“, sagte die Sprecherin der Initiative, Lena Hofer.
            """)
        #expect(r.kind == "Presseaussendung")
        #expect(r.location == nil)
        #expect(r.date == "2025-03-12")
        #expect(r.title == "Bürgerinitiative fordert neue Prüfung des Heizwerks")
    }

    static let festival = """
        Tidewater Week opens registration

        GreenHarbour is a two-week online festival that brings volunteers and coastal scientists together to clean beaches.

        GreenHarbour hopes to gather five thousand volunteers this year, twice as many as in its first season.

        The festival runs from 3 to 17 May. Find out more at https://www.greenharbour.org.
        """

    @Test func aOneWordNameThatTheReleasesAddressSpellsIsTheIssuer() {
        #expect(Self.parse(Self.festival).organization == "GreenHarbour")
    }

    @Test func aOneWordNameWithoutItsAddressIsNoIssuer() {
        let elsewhere = Self.festival.replacingOccurrences(of: "https://www.greenharbour.org", with: "https://www.tidewater-events.example")
        #expect(Self.parse(elsewhere).organization != "GreenHarbour")
        #expect(OrganizationNames.openingWordSpellingDomain("Thompson said the plan was sound.", hostLabels: ["greenharbour"]) == nil)
        #expect(OrganizationNames.openingWordSpellingDomain("GREENHARBOUR is a festival.", hostLabels: ["greenharbour"]) == nil)
        #expect(OrganizationNames.openingWordSpellingDomain("GreenHarbour's festival opens.", hostLabels: ["greenharbour"]) == "GreenHarbour")
    }
}

/// The headline printed twice: a page's shortened title above the release's own fuller headline, or the same
/// headline again as a plain line above the first paragraph.
@Suite struct HeadlineRestatedTests {
    static func page(_ printed: String) -> String {
        """
        ---
        title: "Harbour research improves rope testing"
        date: 2024-05-02
        ---
        Harbour research improves rope testing
        ======================================

        **Thursday, 2 May 2024**

        \(printed)

        A masters student at the Harbour Institute found that salt water weakens mooring ropes twice as fast as the makers say.

        The findings will be used to set new testing rules for the port's tugs.
        """
    }

    @Test func aFullerHeadlineInBoldIsTheHeadline() {
        let r = IssueDateEvidenceTests.parse(Self.page("**Harbour research improves rope testing for tug crews**"), name: "page.md")
        #expect(r.title == "Harbour research improves rope testing for tug crews")
        #expect(r.subtitle == nil)
    }

    @Test func theHeadlinePrintedAgainIsNotBody() {
        let r = IssueDateEvidenceTests.parse(Self.page("Harbour research improves rope testing"), name: "page.md")
        #expect(r.title == "Harbour research improves rope testing")
        #expect(r.paragraphs.count == 2)
        #expect(r.paragraphs.first?.hasPrefix("A masters student") == true)
    }

    @Test func aStandfirstInOtherWordsStaysTheStandfirst() {
        let r = IssueDateEvidenceTests.parse(Self.page("**Salt water halves the life of mooring ropes, a student finds**"), name: "page.md")
        #expect(r.title == "Harbour research improves rope testing")
        #expect(r.subtitle == "Salt water halves the life of mooring ropes, a student finds")
    }

    @Test func fullerAndRepeatedAreJudgedByWords() {
        #expect(HeadlineRestated.isFuller("Risk of more low pay from the council's housing policies", than: "Risk of more low pay from the council's policies"))
        #expect(!HeadlineRestated.isFuller("Risk of more low pay from the council's policies, the union said today.", than: "Risk of more low pay from the council's policies"))
        #expect(!HeadlineRestated.isFuller("Port opens new quay", than: "Port opens"))
        #expect(!HeadlineRestated.isFuller("The council policies bring risk of more low pay", than: "Risk of more low pay from the council's policies"))
        #expect(HeadlineRestated.repeats("**Wellington: proud to be car-free**", "Wellington: proud to be car-free"))
        #expect(!HeadlineRestated.repeats("Statement", "Statement"))
    }
}

@Suite struct CopyrightLineTests {
    @Test(arguments: ["© 2024 Lakeside Trust. All rights reserved.", "[© Harbour News](https://news.example/terms)",
                      "Copyright © 2024 Lakeside Trust", "Copyright 2024 Lakeside Trust", "**© Lakeside Trust**"])
    func copyrightLines(line: String) { #expect(ReleaseLexicon.isCopyrightLine(line)) }

    @Test(arguments: ["Copyright law was reformed in 2019, the trust said.", "Copyrights and patents are listed below.",
                      "The © mark is printed on every ticket."])
    func notCopyrightLines(line: String) { #expect(!ReleaseLexicon.isCopyrightLine(line)) }

    @Test func aCopyrightLineAfterTheContactsIsNoPartOfThem() {
        let r = IssueDateEvidenceTests.parse("""
            Lakeside Trust backs ferry plan

            WELLINGTON – The Lakeside Trust said on Monday that it would back the council's plan for a second ferry terminal.

            ENDS

            For more information, please contact Mina Roe at 384-2291 or Tom Beck on 027- 555-0142

            © 2024 Harbour News. All rights reserved.
            """)
        #expect(r.contacts.map(\.name) == ["Mina Roe", "Tom Beck"])
        #expect(r.contacts.allSatisfy { $0.role == nil })
        #expect(r.notes.isEmpty)
    }
}

/// A label over a list of links at the end of a release (`Social media:`, `**Documentation:**`) is no paragraph.
@Suite struct LinkListLabelTests {
    @Test func aLabelOverWebLinesIsNoParagraph() {
        let r = IssueDateEvidenceTests.parse("""
            Tidewater Week opens registration

            GreenHarbour is a two-week online festival that brings volunteers and coastal scientists together to clean beaches.

            The festival runs from 3 to 17 May and anyone over 13 can take part.

            Social Media:
            Website: https://www.greenharbour.org
            Twitter: https://twitter.com/GreenHarbour
            """)
        #expect(r.paragraphs.count == 2)
        #expect(r.links.contains("https://twitter.com/GreenHarbour"))
    }

    @Test func aLabelOverABulletListOfLinksIsNoParagraph() {
        let r = IssueDateEvidenceTests.parse("""
            # Campaign asks the county bank to drop pipeline loans

            Volunteers of the River Keepers campaign protested outside the county bank on Friday, asking it to end its loans.

            The bank lent the builder forty million dollars last year, its filings show.

            **Documentation:**

             * [https://filings.example/bank/annual.htm](https://filings.example/bank/annual.htm)
             * [https://filings.example/bank/credit.htm](https://filings.example/bank/credit.htm)
            """, name: "campaign.md")
        #expect(r.paragraphs.count == 2)
        #expect(r.links.count == 2)
    }

    @Test func aLabelOverProseStaysBody() {
        let r = IssueDateEvidenceTests.parse("""
            Tidewater Week opens registration

            GreenHarbour is a two-week online festival that brings volunteers and coastal scientists together to clean beaches.

            Next steps:

            Volunteers will be sent a kit with gloves, bags and a map of their stretch of beach a week before the start.
            """)
        #expect(r.paragraphs.contains("Next steps:"))
        #expect(ReleaseLexicon.isLinkListLabel("**Documentation:**"))
        #expect(!ReleaseLexicon.isLinkListLabel("The festival runs until 17 May:"))
        #expect(!ReleaseLexicon.isLinkListLabel("Documentation"))
    }
}

/// Layouts a second reader found the session's rules breaking, each kept as it was before them.
@Suite struct CopiedPageRulesKeepTheirBoundsTests {
    static func parse(_ text: String, name: String = "fixture.txt") -> Release { IssueDateEvidenceTests.parse(text, name: name) }

    @Test func aDeckWithTheHeadlinesWordsAndItsFiguresStaysTheStandfirst() {
        let r = Self.parse("""
            Ministry pledges repairs for hill schools

            Ministry pledges $4 million repairs for hill schools in Tallow and Brook counties

            TALLOW, 4 March 2025 – The Ministry of Learning today pledged $4 million to repair hill schools damaged in last year's storms.

            The money will be paid out over two years.
            """)
        #expect(r.title == "Ministry pledges repairs for hill schools")
        #expect(r.subtitle == "Ministry pledges $4 million repairs for hill schools in Tallow and Brook counties")
    }

    @Test func aTitleCaseSubheadingOpeningWithBackgroundStaysBody() {
        let r = Self.parse("""
            County widens volunteer screening

            MARLOW – The Marlow County Services Office today announced new rules for screening volunteers who work with children.

            Background Checks Go Online

            From 1 April, volunteers can apply for their check online and get a result within five days.

            Volunteers who already hold a check do not need to apply again until it expires.
            """)
        #expect(r.notes.isEmpty)
        #expect(r.paragraphs.contains("Background Checks Go Online"))
        #expect(ReleaseLexicon.runInNotesHeading("Hintergrund Klimaanpassung") == nil)
    }

    @Test func anAdvisorysLabelledLinesStayBody() {
        let r = Self.parse("""
            MEDIA ADVISORY

            Mayor to open the Fennick Bridge

            FENNICK – Mayor Lia Moss will open the rebuilt Fennick Bridge on Thursday.

            WHAT: Opening of the rebuilt bridge, closed since the 2023 floods.

            BACKGROUND: The bridge was rebuilt in fourteen months at a cost of $9 million.

            WHEN: Thursday, 6 March 2025, 10:00 a.m.

            WHERE: North ramp of the Fennick Bridge
            """)
        #expect(r.notes.isEmpty)
        #expect(r.paragraphs.contains { $0.hasPrefix("BACKGROUND:") })
    }

    @Test func aNumberFollowedByHoursIsNotJoinedAcrossItsHyphen() {
        #expect(PhoneNumber.phones(in: "call Tom Beck on 06 871 5000- 8am to 5pm") == ["068715000"])
        #expect(PhoneNumber.phones(in: "Tel. 06 871 5000- 24 hours") == ["068715000"])
        #expect(PhoneNumber.phones(in: "Tom Beck 027- 555-0142") == ["0275550142"])
    }

    @Test func aPlaceThatTheDomainSpellsIsNoIssuer() {
        let r = Self.parse("""
            Bins collected weekly from July

            Marlowby households will get a weekly bin collection from July, the council said on Monday.

            The change follows a survey of 4,000 residents. More at www.marlowby.example.
            """)
        #expect(r.organization != "Marlowby")
    }

    @Test func aOneWordSubheadingOverItsParagraphIsNoAdvertisementMark() {
        let r = Self.parse("""
            Landtag beschließt neues Jugendschutzgesetz

            Kiel, 4. März 2025 – Der Landtag hat am Dienstag das neue Jugendschutzgesetz beschlossen.

            Werbung

            Werbung für Sportwetten ist im Umfeld von Schulen künftig verboten.
            """)
        #expect(r.paragraphs.contains("Werbung"))
    }

    @Test func aCopyrightSubheadingWithAColonIsNoCopyrightLine() {
        #expect(!ReleaseLexicon.isCopyrightLine("Copyright 2025 Amendment Act: what changes"))
    }

    @Test func aClauseOrADayBeforeTheNameIsNoPartOfIt() {
        #expect(ContactLeadIn.splitPeople("Please contact Mina Roe on 384-2291 or, in Australia, Tom Beck on +61 2 5550 1234")
                == ["Mina Roe, 384-2291", "Tom Beck, +61 2 5550 1234"])
        #expect(ContactLeadIn.splitPeople("Please contact Mina Roe on 384-2291 or after 5pm Monday Tom Beck on 027 555 0142")
                == ["Mina Roe, 384-2291", "Tom Beck, 027 555 0142"])
    }
}

/// The byte test of a paragraph's first word agrees with the folded word's test it stands for.
@Suite struct RunInFirstWordFastPathTests {
    @Test func theByteTestAgreesWithTheFoldedWord() {
        let lines = ["Background: x", "**Background:** x", "  background The", "Editor's notes: x", "Notes to editors – x",
                     "Hintergrund: x", "The background", "Backgrounds are", "B", "", "   ", "**", "Contexte – x", "Über uns: x",
                     "Qui sommes-nous ? x", "About us: x", "Abouts", "Note:", "Notes", "_Background_ x", "Back-ground x",
                     "Antecedentes: x", "Chi siamo: x", "Noot voor de redactie: x"] + ParseSpeedFastPathTests.texts.prefix(2000)
        var answered = 0
        for line in lines {
            guard let quick = ReleaseLexicon.opensWithRunInWordASCII(line) else { continue }
            answered += 1
            var t = Substring(TextScan.trim(line))
            t = t.drop { $0 == "*" || $0 == "_" }
            let word = t.prefix { $0 != " " && $0 != ":" && $0 != "*" && $0 != "_" }
            let plain = word.count >= 2 && ReleaseLexicon.isRunInFirstWord(Fold.line(word))
            #expect(quick == plain, "\(line)")
        }
        #expect(answered >= 20)
    }
}
