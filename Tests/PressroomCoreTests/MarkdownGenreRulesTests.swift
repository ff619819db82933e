import Foundation
import Testing
@testable import PressroomCore

/// Markdown layouts of releases kept on their issuers' sites (issue 9, the fifth real set): a standfirst set apart
/// as a blockquote or an italic paragraph, lists of links alone and labelled address lines at the end, pandoc's
/// padded list markers and lazy continuation lines, and a run-in `About X:` paragraph. Each layout has a fixture of
/// invented text and a look-alike that must not trigger the rule.
@Suite struct MarkdownGenreRulesTests {
    static func parse(_ text: String, name: String = "fixture.md") -> Release {
        IssueDateEvidenceTests.parse(text, name: name)
    }

    // MARK: - A standfirst set apart by its markup

    static let quoted = """
        ---
        title: Harbour Works Guild Opens Its Tool Library
        date: 2024-05-02
        ---

        # Harbour Works Guild Opens Its Tool Library

        > Members can borrow any of 400 tools for a week at a time.

        **PORT ELLIN, May 2, 2024** – The Harbour Works Guild today opened a tool library in the old ferry shed on the east quay, with drills, saws and ladders for its members to borrow.

        The library is open on Saturdays from nine until one, and members book tools through the guild's site.

        > We wanted the shed to be full of people again, said the guild's chair, Ilse Marrow.
        """

    @Test func aBlockquoteUnderTheHeadlineIsTheStandfirstEvenWhenItIsASentence() {
        let r = Self.parse(Self.quoted)
        #expect(r.title == "Harbour Works Guild Opens Its Tool Library")
        #expect(r.subtitle == "Members can borrow any of 400 tools for a week at a time.")
        #expect(r.paragraphs.count == 3)
    }

    @Test func aBlockquoteFurtherDownIsAParagraphWithoutItsMark() {
        let r = Self.parse(Self.quoted)
        #expect(r.paragraphs.last == "We wanted the shed to be full of people again, said the guild's chair, Ilse Marrow.")
        #expect(!r.paragraphs.contains { $0.hasPrefix(">") })
    }

    @Test func aQuoteMarkWithoutASpaceIsNotShown() {
        let r = Self.parse("""
            # Harbour Works Guild Counts Its Members

            The guild counted its members in April for the first time since the shed reopened last year.

            >_Two in three members borrowed a tool at least once, and one in ten borrowed every week._

            The full count will be printed in the guild's summer letter to members.
            """)
        #expect(r.paragraphs.count == 3)
        #expect(r.paragraphs[1] == "Two in three members borrowed a tool at least once, and one in ten borrowed every week.")
    }

    static let italic = """
        ---
        title: "Council Funds Second Ferry Crossing"
        date: '2024-06-11'
        ---

        *The council will pay for a second crossing between the quays from
        next spring, with boats every twenty minutes at the busiest
        hours*

        The council agreed on Tuesday to fund a second ferry crossing between the east and west quays, after a year in which queues at the only landing grew longer every month.

        The new crossing will run from April, and its timetable will be printed in the council's spring newsletter.
        """

    @Test func anItalicParagraphUnderTheFrontMattersTitleIsTheStandfirst() {
        let r = Self.parse(Self.italic)
        #expect(r.title == "Council Funds Second Ferry Crossing")
        #expect(r.subtitle == "The council will pay for a second crossing between the quays from next spring, with boats every twenty minutes at the busiest hours")
        #expect(r.paragraphs.count == 2)
    }

    @Test func aParagraphWhoseEmphasisClosesInsideIsNoStandfirst() {
        // (`*The council* will pay … at the *busiest hours*`: it opens and closes with a mark, two phrases in italics.)
        let r = Self.parse(Self.italic.replacingOccurrences(of: "*The council will pay for a second crossing between the quays from\n", with: "*The council* will pay for a second crossing between the quays from\n")
            .replacingOccurrences(of: "busiest\nhours*", with: "*busiest\nhours*"))
        #expect(r.subtitle == nil)
        #expect(r.paragraphs.count == 3)
    }

    // MARK: - Links that are not body

    static let sponsors = """
        # Open Lantern Launches Free Map Tiles

        Open Lantern today released its first set of free map tiles for the whole of the valley, drawn from the survey its volunteers finished in March.

        If you want to help us keep the tiles free, here is how you can take part:

        * [Sponsor Open Lantern](https://openlantern.example.org/sponsor/)
        * [Join the mapping evenings](/evenings/)

        To learn more about the project and its volunteers, read the story of the survey on our site.
        """

    @Test func aListOfLinksAloneIsNoBodyWhereverItStandsAndItsLinksCount() {
        let r = Self.parse(Self.sponsors)
        #expect(r.paragraphs.count == 3)
        #expect(!r.paragraphs.contains("Sponsor Open Lantern"))
        #expect(r.links.contains("https://openlantern.example.org/sponsor/"))
    }

    @Test func aListThatMixesLinksWithTextIsTheReleasesList() {
        let r = Self.parse(Self.sponsors.replacingOccurrences(of: "* [Join the mapping evenings](/evenings/)", with: "* Come to a mapping evening on Thursdays"))
        #expect(r.paragraphs.count == 5)
        #expect(r.paragraphs.contains("Sponsor Open Lantern"))
    }

    static let labelled = """
        # Tidewater Puzzle Comes to Phones

        Tidewater, the puzzle game about steering boats through a changing estuary, comes to phones on 3 June after two years on the desktop.

        The phone version adds forty new levels and a tide editor that players can share with each other.

        Website: https://tidewater.example.com/
        Appstore: https://apps.example.com/tidewater/id555
        Discord: https://chat.example.com/tidewater
        """

    @Test func labelledAddressLinesAtTheEndAreNoBodyAndTheirLinksCount() {
        let r = Self.parse(Self.labelled)
        #expect(r.paragraphs.count == 2)
        #expect(r.links.contains("https://apps.example.com/tidewater/id555"))
        #expect(r.links.contains("https://chat.example.com/tidewater"))
    }

    @Test func aLabelledLineThatIsNoAddressStaysBody() {
        let r = Self.parse(Self.labelled.replacingOccurrences(of: "Appstore: https://apps.example.com/tidewater/id555", with: "Price: 4 euros on every store"))
        // (The three labelled lines are a box of facts, a paragraph each since session 12: `isFactBox`.)
        #expect(r.paragraphs.count == 5)
        #expect(r.paragraphs.contains("Price: 4 euros on every store"))
    }

    @Test func whatALabelledAddressLineIs() {
        #expect(ReleaseLexicon.isLabelledAddressLine("Appstore: https://apps.example.com/x"))
        #expect(ReleaseLexicon.isLabelledAddressLine("✅ Try the game: https://tidewater.example.com/"))
        #expect(ReleaseLexicon.isLabelledAddressLine("🧭 Guide:https://docs.example.com/ 💬 Chat:https://chat.example.com/x"))
        #expect(ReleaseLexicon.isLabelledAddressLine("Site : https://tidewater.example.com/"))
        #expect(!ReleaseLexicon.isLabelledAddressLine("Read the full story at https://tidewater.example.com/"))
        #expect(!ReleaseLexicon.isLabelledAddressLine("Email: press@tidewater.example.com"))
        #expect(!ReleaseLexicon.isLabelledAddressLine("https://tidewater.example.com/"))
        #expect(!ReleaseLexicon.isLabelledAddressLine("Note: the levels at https://tidewater.example.com/ change weekly"))
    }

    @Test func aLabelOverLinksAloneGoesWithThem() {
        let r = Self.parse("""
            # Open Lantern Publishes Its Survey

            Open Lantern today published the full survey of the valley's footpaths, with every stile and gate its volunteers counted.

            **Further reading:**

            * [The survey in one page](https://openlantern.example.org/survey.pdf)
            * [How the volunteers counted](https://openlantern.example.org/method/) (long read)

            ### About Open Lantern

            Open Lantern is a volunteer group that maps the valley's paths and publishes its maps for free.
            """)
        #expect(r.paragraphs.count == 1)
        #expect(r.notes == ["Open Lantern is a volunteer group that maps the valley's paths and publishes its maps for free."])
        #expect(r.links.contains("https://openlantern.example.org/method/"))
    }

    // MARK: - List items

    @Test func aPaddedMarkerWithHangingLinesIsOneParagraphPerItem() {
        let r = Self.parse("""
            ---
            title: The Ferry Timetable Goes Online
            date: '2024-07-01'
            ---

            The council has put the ferry timetable online, so that travellers can:

            -   See the next three sailings from either quay, updated every
                minute from the boats' own positions.
            -   Sign up for a message when a sailing is cancelled or
                delayed by the weather.
            -   Print a timetable for the week.

            The paper timetable stays at both landings.
            """)
        #expect(r.paragraphs == [
            "The council has put the ferry timetable online, so that travellers can:",
            "See the next three sailings from either quay, updated every minute from the boats' own positions.",
            "Sign up for a message when a sailing is cancelled or delayed by the weather.",
            "Print a timetable for the week.",
            "The paper timetable stays at both landings.",
        ])
    }

    static let lazy = """
        # Valley Cyclists Count Their Rides

        The valley's cycling club asked its members how they ride, and found:

        * **More than half of the members ride to work at least twice a week in
        summer, and a third do so in winter too.**
        * Of those who do not, most say the quay road is the reason and
        would ride if it had a lane of its own.

        The club will send the count to the council before its roads meeting.
        """

    @Test func anUnindentedLineThatGoesOnWithAnItemIsPartOfIt() {
        let r = Self.parse(Self.lazy)
        #expect(r.paragraphs.count == 4)
        #expect(r.paragraphs[1] == "More than half of the members ride to work at least twice a week in summer, and a third do so in winter too.")
    }

    @Test func anUnindentedLineAfterAFinishedItemIsItsOwnParagraph() {
        let r = Self.parse(Self.lazy.replacingOccurrences(of: "\n\nThe club will send", with: "\nThe club will send"))
        #expect(r.paragraphs.count == 4)
        #expect(r.paragraphs.last == "The club will send the count to the council before its roads meeting.")
    }

    // MARK: - A run-in about paragraph

    static let runInAbout = """
        # Millbrook Bakers Win Regional Prize

        Millbrook Bakers, a cooperative of four bakeries in the hill towns, won the regional prize for bread on Friday.

        "The prize belongs to our early shift," said the cooperative's head baker, Tomas Reed.

        About Millbrook Bakers: Millbrook Bakers is a cooperative founded in 2009 by four family bakeries that share one mill and one delivery van.

        ###
        """

    @Test func aRunInAboutParagraphAtTheEndIsANote() {
        let r = Self.parse(Self.runInAbout)
        #expect(r.paragraphs.count == 2)
        #expect(r.notes == ["Millbrook Bakers is a cooperative founded in 2009 by four family bakeries that share one mill and one delivery van."])
        #expect(r.organization == "Millbrook Bakers")
    }

    @Test func anAboutSentenceIsNoRunInHeading() {
        let r = Self.parse(Self.runInAbout.replacingOccurrences(of: "About Millbrook Bakers: Millbrook", with: "About 300 loaves a day: Millbrook"))
        #expect(r.paragraphs.count == 3)
        #expect(r.notes.isEmpty)
    }

    // MARK: - The page's own head under a site's title

    static let ownHead = """
        ---
        layout: post
        title: "Harbour Guild County Award Press Release"
        ---

        FOR IMMEDIATE RELEASE
        March 3, 2015
        Contact: Nora Vale, 555-201-3344, nora@harbourguild.example.org

        *** PRESS RELEASE ***

        HARBOUR GUILD WINS COUNTY AWARD FOR ITS TOOL LIBRARY

        Port Ellin, ME – The Harbour Guild received the county's community award on Monday for the tool library it opened in the old ferry shed last spring.

        "Every drill in the shed has been out at least twenty times," said the guild's chair, Ilse Marrow.
        """

    @Test func aPagesOwnHeadTakesThePrintedHeadlineOverTheSitesTitle() {
        let r = Self.parse(Self.ownHead)
        #expect(r.title == "HARBOUR GUILD WINS COUNTY AWARD FOR ITS TOOL LIBRARY")
        #expect(r.kind == "PRESS RELEASE")
        #expect(r.release == "FOR IMMEDIATE RELEASE")
        #expect(r.date == "2015-03-03")
        #expect(r.location == "Port Ellin, ME")
        #expect(r.paragraphs.count == 2)
        #expect(!r.paragraphs.contains { $0.contains("PRESS RELEASE") || $0.contains("FOR IMMEDIATE") })
    }

    @Test func aPageWithoutAHeadOfItsOwnTakesTheSitesTitle() {
        let r = Self.parse(Self.ownHead.replacingOccurrences(of: "FOR IMMEDIATE RELEASE\nMarch 3, 2015\nContact: Nora Vale, 555-201-3344, nora@harbourguild.example.org\n\n*** PRESS RELEASE ***\n\n", with: ""))
        #expect(r.title == "Harbour Guild County Award Press Release")
    }

    // MARK: - A long deck above the dateline; the front matter's escapes

    static let longDeck = """
        # HARBOUR GUILD WINS COUNTY AWARD FOR ITS TOOL LIBRARY

        Port Ellin's guild honoured for lending four hundred tools to its members since it opened the old ferry shed; the guild also trained forty volunteers to repair what comes back broken and opened a second room on the upper floor for children's repair workshops on Saturday mornings through the winter

        Port Ellin, ME – The Harbour Guild received the county's community award on Monday for the tool library it opened in the old ferry shed last spring.

        "Every drill in the shed has been out at least twenty times," said the guild's chair, Ilse Marrow.
        """

    @Test func aLongDeckRightAboveTheDatelineIsTheStandfirst() {
        let r = Self.parse(Self.longDeck)
        #expect(r.subtitle?.hasPrefix("Port Ellin's guild honoured") == true)
        #expect(r.location == "Port Ellin, ME")
        #expect(r.paragraphs.count == 2)
    }

    @Test func aLongParagraphThatIsASentenceStaysBody() {
        let r = Self.parse(Self.longDeck.replacingOccurrences(of: "through the winter\n", with: "through the winter.\n"))
        #expect(r.subtitle == nil)
        #expect(r.paragraphs.count == 3)
    }

    @Test func aDoubleQuotedTitleHasItsEscapesRead() {
        let r = Self.parse("""
            ---
            title: "Mayor\\_Opens the \\"New\\" East\\_Quay"
            date: '2024-08-09'
            ---

            The mayor opened the rebuilt east quay on Friday, two years after the storm that closed it.
            """)
        #expect(r.title == "Mayor Opens the \"New\" East Quay")
        // (Single quotes escape nothing: a backslash there is printed.)
        #expect(FrontMatter.split("---\ntitle: 'A\\_B'\n---\nText.").frontMatter?.title == "A\\_B")
    }
}
