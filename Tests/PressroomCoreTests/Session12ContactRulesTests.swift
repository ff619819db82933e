import Testing
@testable import PressroomCore

/// Session 12's rules for contacts, links and the dateline (contacts12), each a layout of the genre in invented
/// text, with a near layout the rule must leave alone.
@Suite struct Session12ContactRulesTests {
    private func parse(_ text: String, name: String = "fixture.txt") -> Release {
        IssueDateEvidenceTests.parseNormalized(text, name: name)
    }

    // MARK: - Phones: the calling code in brackets of its own

    @Test func aCallingCodeInBracketsIsTheCallingCode() {
        #expect(PhoneNumber.phones(in: "(+1) 248 555 0178") == ["+12485550178"])
        #expect(PhoneNumber.phones(in: "Tel. (+44) 20 7946 0381") == ["+442079460381"])
        #expect(PhoneNumber.phones(in: "(+49) (0)30 5555 0217") == ["+493055550217"])
        // Near layouts: an area code in brackets stays a national number; a lone `(+` opens nothing.
        #expect(PhoneNumber.phones(in: "(248) 555-0178") == ["2485550178"])
        #expect(PhoneNumber.phones(in: "(+) 248 555 0178") == ["2485550178"])
    }

    @Test func aNumberCutAfterItsCodeAndTrunkZeroIsOneNumber() {
        let cut = ContactParser.parse(lines: ["Press:", "Mara Quill", "mara@tidewell.example.org +44(0)", "7700900461"])
        #expect(cut.flatMap(\.phones) == ["+447700900461"])
        // Near layout: a line that ends in a bracketed word, then a number of its own.
        let two = ContactParser.parse(lines: ["Press:", "Mara Quill (UK)", "07700 900461"])
        #expect(two.flatMap(\.phones) == ["07700900461"])
    }

    // MARK: - Links: a scheme glued to the label before it

    @Test func aSchemeGluedToItsLabelStartsTheAddress() {
        #expect(LinkExtractor.links(in: "Company Websitehttps://www.kestrelworks.example.com/")
                == ["https://www.kestrelworks.example.com/"])
        #expect(LinkExtractor.links(in: "Homepagehttp://tidewell.example.org/news")
                == ["http://tidewell.example.org/news"])
        // Near layouts: schemes that are no web scheme stay unread, and a plain address is as before.
        #expect(LinkExtractor.links(in: "Notes at myhttpx://tidewell.example.org/x").allSatisfy { !$0.hasPrefix("myhttp") })
        #expect(LinkExtractor.links(in: "Website: https://tidewell.example.org") == ["https://tidewell.example.org"])
    }

    // MARK: - Links: every delegated top-level domain

    @Test func aBareDomainInAnyDelegatedTopLevelDomainIsAnAddress() {
        #expect(LinkExtractor.links(in: "For more information, visit slices.pizza.") == ["http://slices.pizza"])
        #expect(LinkExtractor.links(in: "Tickets from harbourfest.tickets today") == ["http://harbourfest.tickets"])
        // Near layouts: a file whose extension is also a domain (`.zip`, `.mov`), and a word that is no domain.
        #expect(LinkExtractor.links(in: "Download photos.zip and teaser.mov here") == [])
        #expect(LinkExtractor.links(in: "the growth.flattened out") == [])
        #expect(TopLevelDomains.isKnown("pizza"))
        #expect(!TopLevelDomains.isKnown("zip"))
    }

    // MARK: - Contacts: one labelled item of a footer line or a list of links

    @Test func aLabelledContactItemOutsideAContactBlockIsTheContact() {
        let footer = parse("""
            Tidewell Archive Opens Its Map Room to Readers

            The Tidewell Archive will open its map room to readers from Monday, with two hundred charts of the estuary on show.

            The charts were drawn between 1790 and 1910 and have been restored over the last three years.

            Homepage: https://tidewell.example.org \u{2022} Mastodon: @tidewell \u{2022} \u{200B}Media contact: \u{200B}press@tidewell.example.org
            """)
        #expect(footer.contacts.map(\.emails) == [["press@tidewell.example.org"]])
        #expect(footer.contacts.first?.name == nil)

        let list = parse("""
            # Kestrel Avenue Releases Its Second Album

            Kestrel Avenue, the four-piece from Northvale, releases its second album on Friday, recorded in a disused chapel over one winter.

            The album's nine songs were written on the road during last year's tour of small halls.

            ---

            **Streaming:** https://music.example.com/kestrel-avenue
            **Press contact:** kestrelavenue@example.net
            **Web:** https://kestrelavenue.example.net
            """, name: "fixture.md")
        #expect(list.contacts.map(\.emails) == [["kestrelavenue@example.net"]])
    }

    @Test func aLabelledItemThatIsNoContactGivesNone() {
        // Near layout: the same footer with no contact label (`Enquiries` is; `Newsletter` is not).
        let footer = parse("""
            Tidewell Archive Opens Its Map Room to Readers

            The Tidewell Archive will open its map room to readers from Monday, with two hundred charts of the estuary on show.

            The charts were drawn between 1790 and 1910 and have been restored over the last three years.

            Homepage: https://tidewell.example.org \u{2022} Newsletter: news@tidewell.example.org
            """)
        #expect(footer.contacts.isEmpty)
        #expect(ContactParser.labelAndValue("Newsletter: news@tidewell.example.org") == nil)
        #expect(ContactParser.labelAndValue("Media contact: press@tidewell.example.org")?.0 == "Media contact")
    }

    // MARK: - Contacts: a role that ends with the release's organisation

    @Test func aRoleEndingWithTheOrganisationNamesIt() {
        let signed = Contact(name: "Oren Blake", role: "Founder Kestrelworks", organization: nil, phones: [],
                             emails: ["oren@kestrelworks.example.com"], urls: [])
        let split = ContactParser.splittingRole(of: signed, endingIn: "Kestrelworks")
        #expect(split.role == "Founder")
        #expect(split.organization == "Kestrelworks")
        // Near layouts: the name inside the role's phrase, another organisation, an organisation already there.
        let head = Contact(name: "Oren Blake", role: "Head of Kestrelworks", organization: nil, phones: [], emails: [], urls: [])
        #expect(ContactParser.splittingRole(of: head, endingIn: "Kestrelworks") == head)
        #expect(ContactParser.splittingRole(of: signed, endingIn: "Tidewell") == signed)
        var withOrg = signed
        withOrg.organization = "Kestrel Studio"
        #expect(ContactParser.splittingRole(of: withOrg, endingIn: "Kestrelworks") == withOrg)
    }

    @Test func splittingRoleKeepsToItsPlainDefinition() {
        let roles = ["Founder Kestrelworks", "Founder KESTRELWORKS", "Head of Kestrelworks", "Founder", "Founder Kestrelworks.",
                     "Directrice Kestrelworks Études", "Gründer Kestrelwörks", "CEO, Kestrelworks", "Press Officer"]
        for role in roles {
            for org in ["Kestrelworks", "Kestrelwörks", "Kestrelworks Études", "kestrelworks", "Tidewell"] {
                let c = Contact(name: "Oren Blake", role: role, organization: nil, phones: [], emails: [], urls: [])
                #expect(ContactParser.splittingRole(of: c, endingIn: org) == ContactParser.splittingRolePlain(of: c, endingIn: org))
            }
        }
    }

    @Test func aSignatureWithRoleAndOrganisationSplitsInTheRecord() {
        let r = parse("""
            Kestrelworks Releases Its First Puzzle Game

            Kestrelworks, a two-person studio in Northvale, has released Lantern Steps, a puzzle game about a lighthouse keeper.

            The game has forty levels and costs nothing to try. Kestrelworks plans two more chapters this year.

            Media contact:
            Oren Blake, Founder Kestrelworks
            Email: oren@kestrelworks.example.com
            """)
        #expect(r.contacts.first?.role == "Founder")
        #expect(r.contacts.first?.organization == "Kestrelworks")
    }

    // MARK: - Datelines: a whole date and its dash under a tagline

    @Test func aDateAndDashUnderTaglinesIsTheDateline() {
        let r = parse("""
            Lantern Steps

            Out now for phones and tablets.

            Kestrelworks releases its first game, Lantern Steps.

            March 4, 2026 - Lantern Steps is the first game from Kestrelworks, a two-person studio in Northvale. Players guide a lighthouse keeper up a tower of moving stairs.

            The game has forty levels and costs nothing to try.
            """)
        #expect(r.date == "2026-03-04")
        #expect(r.paragraphs.contains { $0.hasPrefix("Lantern Steps is the first game") })
    }

    @Test func aDateAndDashDeepInProseIsNoDateline() {
        // Near layout: prose above, so the date and dash open a paragraph of the text (a timeline's entry).
        let r = parse("""
            Kestrelworks Looks Back on Ten Years

            Kestrelworks, a two-person studio in Northvale, was founded ten years ago this spring, and has made nine games since then, each of them about the sea.

            The studio has marked the anniversary with a short history of its work, which it published on its site today.

            March 4, 2016 - The studio's first game came out, after two years of work in a spare room.
            """)
        #expect(r.paragraphs.contains { $0.hasPrefix("March 4, 2016 - The studio") })
    }

    // MARK: - Links: a republishing site's own links

    private static func republished(credit: String) -> String {
        """
        # Tidewell Archive Opens Its Map Room to Readers

        The Tidewell Archive will open its map room to readers from Monday, with two hundred charts of the estuary on show.

        The charts were drawn between 1790 and 1910 and have been restored over the last three years.

        ENDS

        For more information visit https://tidewell.example.org or write to press@tidewell.example.org.

        Advertisement - scroll to continue reading

        \(credit)

        [Join Harbour Wire Pro](https://pro.harbourwire.example/join?from=release) [Find out more](https://pro.harbourwire.example/why)

        Find more from [Tidewell Archive](https://info.harbourwire.example/Tidewell_Archive) on the index.
        """
    }

    @Test func aRepublishingSitesOwnLinksAreNotTheReleases() {
        let r = IssueDateEvidenceTests.parseNormalized(
            Self.republished(credit: "[© Harbour Wire](http://www.harbourwire.example/about/terms.html)"), name: "fixture.md")
        #expect(!r.links.contains { $0.contains("harbourwire") })
        #expect(r.links.contains("https://tidewell.example.org"))
        #expect(r.links.contains("mailto:press@tidewell.example.org"))
    }

    @Test func anIssuersOwnCreditKeepsItsLinks() {
        // Near layouts: the credit names the issuer's own site, which its text prints; and no linked credit at all.
        let own = IssueDateEvidenceTests.parseNormalized(
            Self.republished(credit: "[© Tidewell Archive](https://tidewell.example.org/legal)"), name: "fixture.md")
        #expect(own.links.contains("https://tidewell.example.org/legal"))
        #expect(own.links.contains("https://pro.harbourwire.example/why"))
        let plain = IssueDateEvidenceTests.parseNormalized(Self.republished(credit: "© Harbour Wire"), name: "fixture.md")
        #expect(plain.links.contains("https://info.harbourwire.example/Tidewell_Archive"))
        #expect(PublisherCredit.creditedSite(inMarkdown: "[© Harbour Wire](https://www.harbourwire.example/t)") == "harbourwire.example")
        #expect(PublisherCredit.creditedSite(inMarkdown: "[Harbour Wire](https://www.harbourwire.example/t)") == nil)
    }

    // MARK: - Datelines: a list of highlights above the dateline

    private static func highlights(_ items: [String], then opening: String) -> String {
        "# Northvale Opens Its Restored Tide Mill\n\n" + items.joined(separator: "\n") + "\n\n" + opening
            + " The Northvale Mill Trust will open the town's restored tide mill on Saturday, after six years of work.\n\n"
            + "The mill will grind flour for four bakeries in the town and for visitors who bring their own grain.\n"
    }

    private static let items = [
        "- Northvale's tide mill will grind flour again. It opens on Saturday.",
        "- Forty volunteers restored the wheel and the sluice. The work took six years.",
        "- Visitors can tour the mill at weekends. Entry is free.",
    ]

    @Test func aDatelineUnderAListOfHighlightsIsTheDateline() {
        let r = IssueDateEvidenceTests.parseNormalized(Self.highlights(Self.items, then: "NORTHVALE, March 3, 2026 –"), name: "fixture.md")
        #expect(r.location == "NORTHVALE")
        #expect(r.date == "2026-03-03")
        #expect(r.paragraphs.contains { $0.hasPrefix("The Northvale Mill Trust will open") })
    }

    @Test func highlightsAboveAnUnmarkedOpeningGiveNoDateline() {
        // Near layouts: a paragraph under the list that opens with a word and a dash (no place the genre marks), and
        // the same sentences as paragraphs of prose rather than list items.
        let update = IssueDateEvidenceTests.parseNormalized(Self.highlights(Self.items, then: "Update –"), name: "fixture.md")
        #expect(update.location == nil)
        let prose = IssueDateEvidenceTests.parseNormalized(
            Self.highlights(Self.items.map { String($0.dropFirst(2)) + "\n" }, then: "NORTHVALE, March 3, 2026 –"), name: "fixture.md")
        #expect(prose.location == nil)
    }
}
