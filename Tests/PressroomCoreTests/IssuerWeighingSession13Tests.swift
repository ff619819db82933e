import Foundation
import Testing
@testable import PressroomCore

/// The organisation weighed (session 13): a name the release prints as its issuer in three kinds of place
/// (the headline, the first sentence's subject, the text again) is no longer vetoed as "a person or a title"
/// for its shape alone (two capitalised words, no organisation word); it is a person's only when the text
/// treats it as one. Fixtures in our own words.
@Suite struct IssuerWeighingSession13Tests {
    /// A residents' group whose name has no organisation word.
    static let group = """
        Quiet Streets Publishes Its First Night Noise Map

        Quiet Streets today published a map of night-time noise across the eleven wards of the city, built from readings that 140 volunteers took on their balconies over six months.

        The map shows that the loudest streets at night are not the busiest by day, but those beside late delivery routes.

        Volunteers with Quiet Streets will present the map to the transport committee on 12 March and ask for a trial of quieter delivery hours.

        The readings and the method are published with the map, so that anyone can check them.
        """

    /// The look-alike: a candidate's release, the same cues for a person's name, and the person quoted.
    static let candidate = """
        Mara Quill Launches Her Bid for the Harbour Ward Seat

        Mara Quill today launched her campaign for the Harbour ward seat on the city council, promising a vote on quieter delivery hours in her first year.

        "The loudest streets at night are not the busiest by day," Quill said. "They are the ones beside the late delivery routes."

        Mara Quill has lived in the ward for twenty years and chairs its residents' forum.

        The election is held on 4 May.
        """

    @Test func aNameWithThreeKindsOfCueAndNoPersonsTraitIsTheIssuer() {
        #expect(IssueDateEvidenceTests.parse(Self.group).organization == "Quiet Streets")
    }

    @Test func thePersonQuotedOrTitledIsStillNoIssuer() {
        #expect(IssueDateEvidenceTests.parse(Self.candidate).organization == nil)
        // Given a title instead.
        let titled = Self.candidate.replacingOccurrences(of: "\" Quill said.", with: "\" she said.")
            .replacingOccurrences(of: "Mara Quill has lived", with: "Councillor Mara Quill has lived")
        #expect(IssueDateEvidenceTests.parse(titled).organization == nil)
    }

    @Test func weakerCuesKeepTheVeto() {
        // Printed in the first sentence only, the name is too weakly the issuer's.
        let once = Self.group.replacingOccurrences(of: "Volunteers with Quiet Streets", with: "Volunteers")
            .replacingOccurrences(of: "Quiet Streets Publishes Its", with: "Volunteers Publish the")
        #expect(IssueDateEvidenceTests.parse(once).organization == nil)
    }

    @Test func readsAsPersonWantsWholeWords() {
        let folded = "the map was welcomed, quill said. dijo ana ortega, que preside el foro. lenz sagte"
        #expect(OrganizationNames.readsAsPerson("Mara Quill", contactNames: [], inFolded: folded))
        #expect(OrganizationNames.readsAsPerson("Ana Ortega", contactNames: [], inFolded: folded))
        #expect(OrganizationNames.readsAsPerson("Jonas Lenz", contactNames: [], inFolded: folded))
        #expect(OrganizationNames.readsAsPerson("Quiet Streets", contactNames: ["Quiet Streets"], inFolded: ""))
        #expect(!OrganizationNames.readsAsPerson("Quiet Streets", contactNames: ["Mara Quill"], inFolded: folded))
        // An organisation's whole name before a verb of speech is no sign (its president speaks), nor is the last
        // word of a longer name.
        #expect(!OrganizationNames.readsAsPerson("Open Harbour", contactNames: [], inFolded: "the president of open harbour says"))
        #expect(!OrganizationNames.readsAsPerson("Tidewater Action Lakeside", contactNames: [], inFolded: "people in lakeside said"))
        #expect(!OrganizationNames.readsAsPerson("Open Harbour", contactNames: [], inFolded: "the leader of open harbour said"))
        #expect(!OrganizationNames.readsAsPerson("Tidewater Action", contactNames: [], inFolded: "said tidewater action spokesperson jo"))
        // A word that only begins or ends like the name or the verb is not it.
        #expect(!OrganizationNames.readsAsPerson("Ara Quil", contactNames: [], inFolded: "maraquill said; quil saidx"))
    }

    // MARK: - The publisher a page's metadata names

    /// A harvested page: its metadata names the publisher, with a gloss; the text names it once, as one
    /// capitalised word the finder takes from no sentence.
    static let harvested = """
        ---
        title: "Harbourpol closes a counterfeit parts market"
        publisher: Harbourpol (HP) — the harbour district's police service
        source_url: https://harbourpol.example.org/news/parts-market
        publish_date: 2025-03-02
        ---

        # Harbourpol closes a counterfeit parts market

        Officers searched four warehouses on Tuesday and seized 9,000 counterfeit brake pads, after a year-long inquiry that Harbourpol ran with customs.

        Two men were arrested and will appear in court next month.
        """

    @Test func thePublisherTheMetadataNamesAndTheTextPrintsIsTheIssuer() {
        let release = IssueDateEvidenceTests.parse(Self.harvested, name: "fixture.md")
        #expect(release.organization == "Harbourpol")
    }

    @Test func aPublisherTheTextNeverPrintsNamesNothing() {
        let text = Self.harvested.replacingOccurrences(of: "inquiry that Harbourpol ran", with: "inquiry run")
            .replacingOccurrences(of: "# Harbourpol closes", with: "# Police close")
        #expect(IssueDateEvidenceTests.parse(text, name: "fixture.md").organization == nil)
    }

    @Test func publisherKeysAndNames() {
        for key in ["publisher", "organization", "organisation", "agency", "issuer", "collection_source", "site-publisher"] {
            #expect(FrontMatter.isPublisherKey(key), "\(key)")
        }
        for key in ["source_url", "source_type", "author", "title", "resource", "publisher_url"] {
            #expect(!FrontMatter.isPublisherKey(key), "\(key)")
        }
        #expect(OrganizationNames.publisherName("Harbourpol (HP) — the harbour district's police service") == "Harbourpol")
        #expect(OrganizationNames.publisherName("Lantern Trust, Press Office") == "Lantern Trust")
        #expect(OrganizationNames.publisherName("https://harbourpol.example.org") == nil)
        #expect(OrganizationNames.publisherName("press-release") == nil)
        #expect(OrganizationNames.publisherName("2024 annual report") == nil)
    }

    // MARK: - Mended after review13 (a second reader's invented releases)

    /// An organisation's letterhead and About heading, and the text quoting it as it would a person (`…, says
    /// Eelgrass Watch.`) or naming it after a word that ends like a title (`welcomed`, `med`): still the issuer.
    static let quotedGroup = """
        PRESS RELEASE

        Eelgrass Watch

        3 June 2024

        Divers count the eelgrass beds of the inner bay

        A count of the eelgrass beds of the inner bay was finished this week, says Eelgrass Watch.

        The harbour board has welcomed Eelgrass Watch's survey and will use it to plan moorings.

        Kelso opens its own survey next year.

        About Eelgrass Watch
        Eelgrass Watch is a volunteer group that maps seagrass along the coast.
        """

    @Test func anOrganisationQuotedOrAfterATitlesLettersIsStillTheIssuer() {
        #expect(IssueDateEvidenceTests.parse(Self.quotedGroup).organization == "Eelgrass Watch")
        #expect(!OrganizationNames.readsAsPerson("Eelgrass Watch", contactNames: [], inFolded: "the board has welcomed eelgrass watch"))
        #expect(OrganizationNames.readsAsPerson("Eelgrass Watch", contactNames: [], inFolded: "the board med eelgrass watch"))
    }

    @Test func aBareSourceKeyOrAPicturesSourceNamesNoPublisher() {
        #expect(!FrontMatter.isPublisherKey("source"))
        #expect(!FrontMatter.isPublisherKey("image_source"))
        #expect(!FrontMatter.isPublisherKey("photo-source"))
        let page = Self.harvested.replacingOccurrences(of: "publisher: Harbourpol (HP) — the harbour district's police service",
                                                       with: "source: Harbourpol")
        #expect(IssueDateEvidenceTests.parse(page, name: "fixture.md").organization == nil)
    }
}
