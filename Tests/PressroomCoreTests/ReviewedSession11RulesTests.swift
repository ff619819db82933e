import Testing
@testable import PressroomCore

/// Layouts a second reader wrote against session 11's rules (invented text), each of which one rule first got wrong.
@Suite struct ReviewedSession11RulesTests {

    /// `Awards`, `Issues`, `Supports` are nouns inside a name, not the verbs of a headline.
    @Test func aNameHoldingAHeadlineVerbsNounStaysAName() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            Northvale Film and Television Awards Committee
            14 Quay Road, Northvale

            FOR IMMEDIATE RELEASE

            Shortlist Announced for the 2026 Harbour Screen Prizes

            The Northvale Film and Television Awards Committee has published the shortlist for this year's prizes, with forty-two films from eleven studios.

            "This is the strongest year we have seen," said committee chair Dev Arkwright.

            About the Committee
            The Northvale Film and Television Awards Committee has honoured regional screen work since 1988.
            """)
        #expect(r.organization == "Northvale Film and Television Awards Committee")
        #expect(!OrganizationNames.readsAsClause("Northvale Centre for Indigenous Land Issues"))
        #expect(!OrganizationNames.readsAsClause("Northvale Disability Supports and Advocacy Network"))
        #expect(OrganizationNames.readsAsClause("South Harbour Author Encourages Critical Thinking About Ferries"))
    }

    /// A brand whose mailbox spells it, when the release names its contact as someone else, is the issuer.
    @Test func aBrandWhoseMailboxSpellsItIsNoPerson() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            Kettle Point
            Small-batch tea from the north shore

            FOR IMMEDIATE RELEASE

            Kettle Point Opens Its First Tasting Room in Northvale

            NORTHVALE, March 3, 2026 -- Kettle Point, the tea blender run by two sisters from the north shore, will open its first tasting room on Harbour Street on Saturday, March 14.

            The room seats twenty and will pour six teas a week, each blended on site from leaves bought directly from growers.

            "People kept asking where they could sit down and drink it," said co-founder Ines Marlow. "Now they can."

            About Kettle Point
            Kettle Point blends loose-leaf tea in small batches and sells it at markets across the north shore.

            Media contact:
            Ines Marlow
            kettlepoint@gmail.com
            555-201-4477
            """)
        #expect(r.organization == "Kettle Point")
    }

    /// A label that names no event (`Date published:`) does not hide the issue date under it.
    @Test func anUnknownLabelKeepsTheDateUnderIt() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            Harbour Trust
            Date published:
            3 March 2026

            Lifeboat House Reopens to Visitors

            The restored lifeboat house on Quay Road opens to visitors on Saturday 14 March, after two years of work by volunteers and local builders.
            """)
        #expect(r.date == "2026-03-03")
        #expect(DateReading.isEventLabel("Opening:"))
        #expect(DateReading.isEventLabel("Dates:"))
        #expect(!DateReading.isEventLabel("Sent:"))
        #expect(!DateReading.isEventLabel("Publish date:"))
    }

    /// No dateline is looked for under a paragraph of prose or a quotation.
    @Test func noDatelineDeepInTheText() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            Harbour Trust
            3 March 2026

            Lifeboat House Reopens to Visitors

            The restored lifeboat house on Quay Road opens to visitors this month after two years of work.

            Volunteers and local builders replaced the roof, the slipway doors and the old winch.

            "It has taken two winters and a lot of paint," said Jane Roe, who led the work.

            Quay Road, Northvale – Saturday, March 14, 2026, from 10 am to 4 pm, with free entry all day.
            """)
        #expect(r.location == nil)
        #expect(r.paragraphs.last?.hasPrefix("Quay Road, Northvale") == true)
    }

    /// A `## Media` heading over a contact line keeps the contact.
    @Test func aMediaHeadingOverAContactLineKeepsTheContact() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            # Lifeboat House Reopens to Visitors After Two Years of Repairs

            **NORTHVALE, March 3, 2026** -- The restored lifeboat house on Quay Road opens to visitors on Saturday, after two years of work by volunteers and local builders.

            "It has taken two winters and a lot of paint," said Jane Roe, who led the work.

            ## About Harbour Trust

            Harbour Trust has cared for the boats and buildings of Northvale's working harbour since 1978.

            ## Media

            Jane Roe, [jane.roe@harbourtrust.example](mailto:jane.roe@harbourtrust.example), 555-201-0134
            """, name: "fixture.md")
        #expect(r.contacts.first?.emails == ["jane.roe@harbourtrust.example"])
    }

    /// A headline broken by hand over three lines, the later ones opening with a preposition, stays one headline.
    @Test func aHeadlineLineOpeningWithAPrepositionGoesOnWithIt() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            FOR IMMEDIATE RELEASE
            4 March 2026

                  Northvale Biolabs Begins the Second Phase
                      Of Its Flu Vaccine Trial
               With Four Hundred Volunteers Across the Region
            Northvale Biolabs said on Monday that it had enrolled the first of 400 adult volunteers in a trial of its
            seasonal influenza vaccine, with results expected before the winter of next year at the earliest.
            "We are moving as fast as the evidence lets us," said the company's medical director, Dr Ama Reyes.
            The trial runs at six clinics across the region and is paid for by the company and a public grant.
            \u{0C}
            """)
        #expect(r.title == "Northvale Biolabs Begins the Second Phase Of Its Flu Vaccine Trial With Four Hundred Volunteers Across the Region")
    }

    /// A lead-in ending in a colon is no fuller headline than the page's title.
    @Test func aLeadInIsNoHeadline() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            ---
            title: "Harbour Trust Names the Lifeboat Award Winners"
            ---

            Harbour Trust names the Lifeboat Award winners for 2026:

            - Best crew: the Northvale inshore crew
            - Best newcomer: Tam Roe, aged nineteen
            - Lifetime service: Joan Park, forty years at the station

            The awards were given at the Trust's spring dinner on Friday. "Every name here has gone out in the dark for a stranger," said Jane Roe.
            """, name: "fixture.md")
        #expect(r.title == "Harbour Trust Names the Lifeboat Award Winners")
        #expect(r.paragraphs.first == "Harbour Trust names the Lifeboat Award winners for 2026:")
    }

    /// `Title:` over a release's own labelled head (`Contact:`, `Phone:`) is no site generator's header.
    @Test func aTitleLineOverContactFieldsIsNoGeneratorHeader() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            Title: Lifeboat House Reopens to Visitors
            Contact: Jane Roe, jane.roe@harbourtrust.example
            Phone: 555-201-0134

            **NORTHVALE, March 3, 2026** -- The restored lifeboat house on Quay Road opens to visitors on Saturday, after two years of work by volunteers and local builders.
            """, name: "fixture.md")
        #expect(r.contacts.contains { $0.emails == ["jane.roe@harbourtrust.example"] })
        #expect(FrontMatter.pelicanHeader("Title: A\nDate: 2026-03-03\n\nText") != nil)
    }
}
