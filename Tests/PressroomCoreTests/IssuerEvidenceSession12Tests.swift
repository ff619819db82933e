import Foundation
import Testing
@testable import PressroomCore

/// The organisation from the genre (session 12, org12): a name spelled out once and then by its initials, a
/// social handle that spells the issuer's name, and the page's author in front matter. Fixtures in our own words.
@Suite struct IssuerEvidenceSession12Tests {
    // MARK: - A name spelled out once, then by its initials

    /// A union's release: its press mailbox's domain spells its name, printed once in full and then by initials.
    static let union = """
        FOR IMMEDIATE RELEASE

        Press contact: press@harbourdriversunion.example

        Bus Drivers at Lakeside Depot Vote for Representation

        (Lakeside, OR) — Today the regional labour board confirmed that drivers at the Lakeside depot voted 41 to 3 to join the Harbour Drivers Union (HDU-UAW Local 22) after a campaign of eight months.

        "We voted for schedules we can plan our lives around," said driver Nell Ambrose.

        HDU-UAW members at two other depots sent messages of support this week, and more drivers have asked to join.

        Drivers will meet the depot's managers in March to begin bargaining over rotas and breaks.
        """

    @Test func aNameSpelledOutOnceThenByItsInitialsIsTheIssuer() {
        #expect(IssueDateEvidenceTests.parse(Self.union).organization == "Harbour Drivers Union")
    }

    @Test func spelledOutOnceWithoutItsInitialsItIsNot() {
        // (The bracket stays, without the initials: `Harbour Drivers Union UAW Local` is too long for the domain.)
        let text = Self.union.replacingOccurrences(of: "HDU-UAW members", with: "Members")
            .replacingOccurrences(of: "(HDU-UAW Local 22)", with: "(UAW Local 22)")
        #expect(IssueDateEvidenceTests.parse(text).organization == nil)
    }

    @Test func initialsAndHyphenatedAffiliations() {
        let labels = ["harbourdriversunion"]
        // An affiliation in capitals after the hyphen stays in the name; a compound's lower-case rest does not.
        #expect(OrganizationNames.namesSpellingDomain(
            in: ["Last week Harbour Drivers Union-UAW filed a charge.", "HDU-UAW members walked out."], labels: labels)
                == ["Harbour Drivers Union-UAW"])
        #expect(OrganizationNames.namesSpellingDomain(
            in: ["The Harbour Drivers Union-backed plan passed.", "HDU members cheered."], labels: labels)
                == ["Harbour Drivers Union"])
        // A hyphenated word that spells the label whole is read whole first.
        #expect(OrganizationNames.namesSpellingDomain(in: ["Lime-Tree Books opens.", "Lime-Tree Books again."], labels: ["limetreebooks"])
                == ["Lime-Tree Books"])
        // Once, and no initials: nothing; two words are too few for initials to count.
        #expect(OrganizationNames.namesSpellingDomain(in: ["Harbour Drivers Union met."], labels: labels).isEmpty)
        #expect(OrganizationNames.namesSpellingDomain(in: ["Jo’s Pantry opens.", "JP is open."], labels: ["jospantry"]).isEmpty)
        #expect(OrganizationNames.initialsPrinted(of: "Harbour Drivers Union", in: ["the HDU-UAW local"]))
        #expect(OrganizationNames.initialsPrinted(of: "Friends of the Harbour Light", in: ["(FHL) said"]))
        #expect(!OrganizationNames.initialsPrinted(of: "Harbour Drivers Union", in: ["THDUX", "hdu", "XHDU"]))
        #expect(!OrganizationNames.initialsPrinted(of: "Harbour Transit", in: ["HT"]))
    }

    @Test func theFastPathStillIsThePlainDefinition() {
        let texts = ["Last week Harbour Drivers Union-UAW filed a charge.", "HDU-UAW members walked out.",
                     "The Lime-Tree Books shop.", "Lime-Tree Books again, and the Harbour Drivers Union-backed plan."]
        let labels = ["harbourdriversunion", "limetreebooks", "limetree"]
        #expect(OrganizationNames.namesSpellingDomain(in: texts, labels: labels)
                == OrganizationNames.namesSpellingDomainPlain(in: texts, labels: labels))
    }

    // MARK: - A social handle that spells the issuer's name

    /// A campaign named in its capitals headline and its text, with no organisation word, domain or acronym: its
    /// handle, which readers are asked to tag, spells it.
    static let campaign = """
        Embargoed until March 5 at 9AM
        Media Contact:
        Tomas Reyes
        press@canalwalks.example

        LANTERNS FOR THE LOCKS RETURNS TO LIGHT THE CANAL PATH

        March 3, 2026 (Leeds) -- With evenings still dark and walkers eager to be out, volunteers will hang 400 paper lanterns along the canal path this Saturday, the third year of the walk.

        This year Lanterns for the Locks adds a second route past the old mill, with music at each lock.

        Walkers can share their photos by tagging @LanternsfortheLocks on social media, and the best will be shown at the mill.
        """

    @Test func aHandleSpellingANameNoPersonBearsConfirmsIt() {
        #expect(IssueDateEvidenceTests.parse(Self.campaign).organization == "Lanterns for the Locks")
    }

    @Test func anotherAccountsHandleDoesNot() {
        let text = Self.campaign.replacingOccurrences(of: "@LanternsfortheLocks", with: "@LeedsCanalWalks")
        #expect(IssueDateEvidenceTests.parse(text).organization == nil)
    }

    @Test func aHandleDoesNotMakeAPersonAnIssuer() {
        let text = Self.campaign.replacingOccurrences(of: "LANTERNS FOR THE LOCKS", with: "MARGIT OSTERLAND")
            .replacingOccurrences(of: "Lanterns for the Locks", with: "Margit Osterland")
            .replacingOccurrences(of: "@LanternsfortheLocks", with: "@MargitOsterland")
        #expect(IssueDateEvidenceTests.parse(text).organization == nil)
    }

    @Test func handles() {
        #expect(OrganizationNames.socialHandles(in: ["tag @Lanterns_for_the_Locks or (@canalwalks).", "write to jo@canal.example",
                                                     "@example.org", "@abc and @Abcd"])
                == ["lanternsforthelocks", "canalwalks", "abcd"])
        #expect(OrganizationNames.handleLetters("Lanterns for the Locks") == "lanternsforthelocks")
        #expect(OrganizationNames.hasPersonsShape("Margit Osterland"))
        #expect(!OrganizationNames.hasPersonsShape("Lanterns for the Locks"))
    }

    // MARK: - The page's author

    static let byline = """
        ---
        title: Statement on the new towpath fees
        author: Lockside Rowers Trust
        date: '2026-02-10'
        ---

        **Within an hour of the council's vote, the Lockside Rowers Trust – through its elected chair Odile Brandt – wrote to the harbour board asking it to pause the new towpath fees.**

        The board of the Trust believes the fees will keep younger rowers off the water this summer.

        Odile said: "We asked for a season's grace so that clubs can plan."

        The harbour board will answer at its next meeting.
        """

    @Test func thePagesAuthorNamesAnIssuerTheTextPrints() {
        #expect(IssueDateEvidenceTests.parse(Self.byline, name: "fixture.md").organization == "Lockside Rowers Trust")
    }

    @Test func aPersonAsThePagesAuthorIsNoIssuer() {
        let text = Self.byline.replacingOccurrences(of: "author: Lockside Rowers Trust", with: "author: Odile Brandt")
        #expect(IssueDateEvidenceTests.parse(text, name: "fixture.md").organization == nil)
    }

    @Test func anAuthorTheTextNeverPrintsIsNoIssuer() {
        let text = Self.byline.replacingOccurrences(of: "author: Lockside Rowers Trust", with: "author: Northgate Web Team Trust")
        #expect(IssueDateEvidenceTests.parse(text, name: "fixture.md").organization != "Northgate Web Team Trust")
    }

    @Test func bylines() {
        #expect(OrganizationNames.bylineName("Lockside Rowers Trust") == "Lockside Rowers Trust")
        #expect(OrganizationNames.bylineName("Odile Brandt") == nil)
        #expect(OrganizationNames.bylineName("Jo Aas, Trust Director") == nil)
        #expect(OrganizationNames.bylineName("lockside-rowers-trust") == nil)
    }

    // MARK: - A name introduced by its kind

    /// A community group that prints no About section, letterhead or domain: its text introduces it by its kind
    /// once (`the association X`) and names it again.
    static let introduced = """
        First neighbourhood garden prize awarded by the Quayside Growers

        Every street has its gardeners, but some deserve special thanks. That is why the association Quayside Growers gives its first prize this year to the best front garden of the quarter.

        The prize has two categories: a household and a school.

        The jury, made up of members of Quayside Growers, visited twelve gardens in June and will hand over the prizes at the summer fair.
        """

    @Test func aNameIntroducedByItsKindAndPrintedAgainIsTheIssuer() {
        #expect(IssueDateEvidenceTests.parse(Self.introduced).organization == "Quayside Growers")
    }

    @Test func introducedOnceAndNeverPrintedAgainItIsNot() {
        let text = Self.introduced.replacingOccurrences(of: " by the Quayside Growers", with: "")
            .replacingOccurrences(of: "members of Quayside Growers", with: "its members")
        #expect(IssueDateEvidenceTests.parse(text).organization == nil)
    }

    @Test func introductions() {
        #expect(ClauseSubjects.introducedByKind(in: ["Es por ello que la asociación Quayside Growers realiza el premio."]).map(\.name)
                == ["Quayside Growers"])
        #expect(ClauseSubjects.introducedByKind(in: ["Walkers love the innovative campaign Lanterns for the Locks, which returns."]).map(\.name)
                == ["Lanterns for the Locks"])
        #expect(ClauseSubjects.introducedByKind(in: ["Ce samedi, l'association Quayside Lyon organise un troc."]).map(\.name)
                == ["Quayside Lyon"])
        // No article before the noun, a noun in capitals, nothing capitalised after it: no introduction.
        #expect(ClauseSubjects.introducedByKind(in: ["We thank our campaign Quayside for it.", "The Campaign Quayside met.",
                                                    "the campaign in Leeds grew", "the network 2024 Plan"]).isEmpty)
        // One word after the noun is what the text is about as often as who it is (`the Linux community`).
        #expect(ClauseSubjects.introducedByKind(in: ["Everyone in la comunidad Python es bienvenido."]).isEmpty)
    }
}
