import Testing
@testable import PressroomCore

/// A person's name and a clause are no organisation (session 11): a sole author, artist or founder who sends out
/// their own release is its contact, the subject of its About section and the owner of its mailbox
/// (`OrganizationNames.isPersonsName`); a title-case headline or a sentence that lands in the letterhead or the
/// closing lines acts, and a name does not (`OrganizationNames.readsAsClause`). A missing organisation is better
/// than a wrong one. Each fixture has a look-alike the rule must leave alone.
@Suite struct IssuerIsNoPersonOrClauseTests {
    static let author = """
        FOR IMMEDIATE RELEASE

        Coastal Novelist Lena Marwick Publishes "The Salt Ledger"

        PORTHAVEN, May 4, 2025 – Lena Marwick has published her third novel, The Salt Ledger, a story of two sisters who keep a lighthouse through the winter of 1953.

        The book follows the sisters as the storms close the harbour and the supply boat stops coming.

        "I wanted to write about the people who keep the lights on when nobody is watching," Marwick said.

        The Salt Ledger is available in paperback and as an e-book from today.

        About Lena Marwick

        Lena Marwick writes historical fiction set on the northern coast. She lives in Porthaven with two cats.

        Media contact:
        Lena Marwick
        lena@saltledgerbook.example
        """

    @Test func aSoleAuthorWhoIsTheContactIsNoIssuer() {
        let r = IssueDateEvidenceTests.parse(Self.author)
        #expect(r.organization == nil)
        #expect(r.contacts.first?.name == "Lena Marwick")
    }

    @Test func aPublisherNamedByItsAboutHeadingStaysTheIssuer() {
        // The same release, its About section the publisher's: the author is still the contact.
        let text = Self.author
            .replacingOccurrences(of: "About Lena Marwick", with: "About Gullwing Books")
            .replacingOccurrences(of: "Lena Marwick writes historical fiction set on the northern coast. She lives in Porthaven with two cats.",
                                  with: "Gullwing Books is an independent publisher of fiction from the northern coast, founded in 2009.")
        #expect(IssueDateEvidenceTests.parse(text).organization == "Gullwing Books")
    }

    static let personalLetterhead = """
        Tomas Reyvik
        tomasreyvik@postbox.example
        twitter.com/reyvikcoin

        Press Release: March 2nd, 2024

        Reyvikcoin, a Ledger Built For Small Shops, Opens To The Public

        Reyvikcoin opened its network to the public on March 1st, with fees of a fraction of a cent for each payment.

        The ledger was written by one developer over two years and is published under an open licence.

        "Small shops pay too much to take a card," said its creator, Tomas Reyvik. "This is my answer."

        The code and the white paper can be read at github.com/reyvik/reyvikcoin.
        """

    @Test func aLetterheadOfAPersonsNameOverTheirMailboxIsNoIssuer() {
        #expect(IssueDateEvidenceTests.parse(Self.personalLetterhead).organization == nil)
    }

    @Test func aLetterheadOfAnOrganisationOverItsDeskAddressStays() {
        let text = Self.personalLetterhead
            .replacingOccurrences(of: "Tomas Reyvik\ntomasreyvik@postbox.example", with: "Reyvik Ledger Foundation\ninfo@reyvikledger.example")
        #expect(IssueDateEvidenceTests.parse(text).organization == "Reyvik Ledger Foundation")
    }

    static let clauseInLetterhead = """
        PRESS RELEASE
        ivo.tamsen@mailbox.example
        www.civicquestionsbook.example
        Harbour Town Author Encourages Readers To Question Their Council
        For Immediate Release

        PRESS RELEASE

        Author Ivo Tamsen has published his first book, "Ask the Council", a guide for residents who want to follow the decisions of their town.

        The book grew out of Tamsen's years of reporting on council meetings for a local newsletter.

        "Most people never read an agenda," he says. "They should, and it is easier than they think."

        Ask the Council is available from the author's website.
        """

    @Test func aTitleCaseHeadlineInTheLetterheadIsNoName() {
        // The headline sits among the letterhead's lines, and the closing line is a sentence: neither names anyone.
        let r = IssueDateEvidenceTests.parse(Self.clauseInLetterhead)
        #expect(r.organization == nil)
    }

    @Test func aLongNameInTheLetterheadStays() {
        let r = IssueDateEvidenceTests.parse("""
            PRESS RELEASE
            info@harbourlibraryfriends.example
            www.harbourlibraryfriends.example
            Friends of the Harbour Town Public Library
            For Immediate Release

            Library Volunteers Raise Funds For A New Reading Room

            Volunteers have raised 18,000 dollars in a year of book sales for a reading room at the Harbour Town Public Library.

            The room will open in the autumn with forty seats and a shelf of large-print books.

            "Every sale was a paperback and a conversation," said the group's treasurer.
            """)
        #expect(r.organization == "Friends of the Harbour Town Public Library")
    }

    @Test func clausesAndNames() {
        #expect(OrganizationNames.readsAsClause("Harbour Town Author Encourages Readers To Question Their Council"))
        #expect(OrganizationNames.readsAsClause("Ask the Council is available from the author's website."))
        #expect(OrganizationNames.readsAsClause("Tickets are sold at the Harbour Town Library."))
        // Names: no verb, a verb that is an organisation word, a legal form's full stop, five words.
        #expect(!OrganizationNames.readsAsClause("Friends of the Harbour Town Public Library"))
        #expect(!OrganizationNames.readsAsClause("Harbour Capital Partners Investment Fund of Canada"))
        #expect(!OrganizationNames.readsAsClause("Société coopérative des artisans réunis de Brest S.A."))
        #expect(!OrganizationNames.readsAsClause("Quarry Choir Welcomes New Singers"))
    }

    @Test func personsNames() {
        let mailboxes = OrganizationNames.mailboxLetters(["jane.roe7", "info", "pr"])
        #expect(mailboxes == ["janeroe"])
        #expect(OrganizationNames.isPersonsName("Jane Roe", contactNames: [], mailboxes: mailboxes))
        #expect(OrganizationNames.isPersonsName("Odile Marchetti", contactNames: ["Odile Marchetti"], mailboxes: []))
        // An organisation word, one word, or no contact and no mailbox that names it: no person.
        #expect(!OrganizationNames.isPersonsName("Roe Foundation", contactNames: ["Roe Foundation"], mailboxes: mailboxes))
        #expect(!OrganizationNames.isPersonsName("Marchetti", contactNames: ["Marchetti"], mailboxes: []))
        #expect(!OrganizationNames.isPersonsName("Jane Doe", contactNames: ["Odile Marchetti"], mailboxes: mailboxes))
    }
}

/// The issuer named by its own e-mail domain and its text (session 11): a name printed twice or more that a label
/// of the release's e-mail domains spells letter for letter (`OrganizationNames.namesSpellingDomain`), when no
/// heading, letterhead or sign-off names one. Two cues agree: the address and the text.
@Suite struct IssuerNamedByMailDomainTests {
    static let release = """
        Tilework Tactics: a Board Game of Mosaics and Markets

        Available in shops and online from June 2.

        Brindlecraft releases its first board game, Tilework Tactics, on June 2. Two to four players build mosaics and trade tiles in a busy market square.

        Each game takes about forty minutes, and a solo mode lets one player race against the clock.

        The game was funded by 1,200 backers and printed in a run of 5,000 copies.

        Brindlecraft is a two-person studio that designs games about crafts and trades.

        For more information or a review copy, please contact:
        Ada Hollis
        ada@brindlecraft.example
        """

    @Test func aNamePrintedTwiceThatTheMailDomainSpellsIsTheIssuer() {
        #expect(IssueDateEvidenceTests.parse(Self.release).organization == "Brindlecraft")
    }

    @Test func theTailOfALongerNameIsNotSpelledByTheDomain() {
        // `Lanterns to the Harbour` writes from `press@harbour.example`: `Harbour` alone is no issuer.
        let text = Self.release.replacingOccurrences(of: "Brindlecraft", with: "Lanterns to the Harbour")
            .replacingOccurrences(of: "brindlecraft", with: "harbour")
        #expect(IssueDateEvidenceTests.parse(text).organization != "Harbour")
        #expect(OrganizationNames.isTailOfLongerName(["Lanterns", "to", "the"]))
        #expect(OrganizationNames.isTailOfLongerName(["Friends", "of", "the"]))
        #expect(!OrganizationNames.isTailOfLongerName(["said", "the"]))
        #expect(!OrganizationNames.isTailOfLongerName(["the"]))
        #expect(!OrganizationNames.isTailOfLongerName(["Today,", "the"]))
        #expect(!OrganizationNames.isTailOfLongerName(["Lanterns"]))
        #expect(!OrganizationNames.isTailOfLongerName(["PATCHER.XYZ", "and"]))
    }

    @Test func printedOnceItIsNot() {
        let text = Self.release.replacingOccurrences(
            of: "Brindlecraft is a two-person studio that designs games about crafts and trades.",
            with: "The studio designs games about crafts and trades.")
        #expect(IssueDateEvidenceTests.parse(text).organization == nil)
    }

    @Test func aWebAddressAloneDoesNotName() {
        // A linked site may be a partner's or a sponsor's: only the mailbox's domain is the issuer's own.
        let text = Self.release.replacingOccurrences(of: "ada@brindlecraft.example", with: "www.brindlecraft.example")
        #expect(IssueDateEvidenceTests.parse(text).organization == nil)
    }

    @Test func notWhenTheLedeAnnouncesAnotherName() {
        // The lede names the issuer: the studio the mailbox spells is its member, not the issuer.
        let text = Self.release.replacingOccurrences(
            of: "Brindlecraft releases its first board game, Tilework Tactics, on June 2.",
            with: "The Harbour Games Association announces Tilework Tactics, a board game by its member studio Brindlecraft, for June 2.")
        #expect(IssueDateEvidenceTests.parse(text).organization == "Harbour Games Association")
    }

    @Test func oneOwnMailDomainOnly() {
        // Public mail services do not count; two domains (a joint release, an agency) name no issuer.
        #expect(OrganizationNames.ownMailDomainLabels(["squidshaped.example", "gmail.com", "mail.squidshaped.example"]) == ["squidshaped"])
        #expect(OrganizationNames.ownMailDomainLabels(["harbourtrust.example", "brightsidepr.example"]).isEmpty)
        #expect(OrganizationNames.ownMailDomainLabels(["gmail.com"]).isEmpty)
    }

    @Test func spelledRuns() {
        let texts = [
            "Jo’s Pantry opens its doors on Monday.", "Patcher.xyz was built for makers.", "PATCHER.XYZ and Jo’s Pantry.",
            "Harbour Trust thanks Jo’s volunteers.", "HARBOUR TRUST is a charity.",
        ]
        #expect(OrganizationNames.namesSpellingDomain(in: texts, labels: ["jospantry", "patcher", "harbourtrust"])
                == ["Harbour Trust", "Jo’s Pantry", "Patcher.xyz"])
        // Printed once, or spelled by no label: nothing.
        #expect(OrganizationNames.namesSpellingDomain(in: ["Jo’s Pantry opens."], labels: ["jospantry"]).isEmpty)
        #expect(OrganizationNames.namesSpellingDomain(in: texts, labels: ["pantries", "harbourtrusts"]).isEmpty)
    }

    /// The byte scan of word starts gives what the plain definition gives, on crafted texts and on every
    /// paragraph of the dev corpus against labels made from its own capitalised words.
    @Test func theFastPathIsThePlainDefinition() {
        let crafted = [
            "“Jo’s Pantry” opens.", "(Jo’s Pantry) and @JOS PANTRY.", "“‘Patcher.xyz’” — PATCHER.XYZ, patcher.xyz", "Äpfel Jo’s",
            "  Jo’s   Pantry  ", "#Harbour_Trust, Harbour Trust!", "", "J", "Jos’ Pantry", "Ä Jo’s Pantry é",
        ]
        let labels = ["jospantry", "patcher", "harbourtrust", "harbour"]
        #expect(OrganizationNames.namesSpellingDomain(in: crafted, labels: labels) == OrganizationNames.namesSpellingDomainPlain(in: crafted, labels: labels))
        // The dev corpus's lines and paragraphs (`SpaceWordsTests.texts`) twenty at a time, as a release's texts.
        let texts = SpaceWordsTests.texts
        for start in stride(from: 0, to: texts.count, by: 20) {
            let release = Array(texts[start..<min(start + 20, texts.count)])
            // Labels from the texts' own capitalised words, one and two at a time.
            let words = release.flatMap { $0.split(separator: " ") }.filter { $0.first?.isUppercase == true }.prefix(40)
            var made = words.map { String(Fold.line($0).filter { $0.isLetter && $0.isASCII }) }
            made += zip(words, words.dropFirst()).map { String(Fold.line($0 + $1).filter { $0.isLetter && $0.isASCII }) }
            let fast = OrganizationNames.namesSpellingDomain(in: release, labels: made)
            let plain = OrganizationNames.namesSpellingDomainPlain(in: release, labels: made)
            #expect(fast == plain)
        }
    }
}

/// The boilerplate confirms the issuer (session 11): a closing paragraph that defines a name (`X is a …`,
/// `X ist ein …`, `X es una …`; `OrganizationNames.definitionSubject`) supports that name when the head or the lede
/// names it too. Alone it names no one: the last paragraphs also define partners, venues and people.
@Suite struct IssuerDefinedByBoilerplateTests {
    static let release = """
        Mira Olsen
        Tidewater Makers Spring Fair
        (555) 201-3344
        www.tidewatermakers.example

        FOR IMMEDIATE RELEASE

        FOUR HUNDRED STUDENTS BUILD ROBOTS AT HARBOUR CITY FAIR

        Tidewater Makers had four hundred students at its spring fair on Saturday, where teams built robots from kits in six hours.

        The fair ran in the engineering hall of Harbour City College, with forty volunteer mentors.

        Prizes went to a robot that sorts recycling and one that waters plants.

        Tidewater Makers is a volunteer group that runs build days for students across the county.
        """

    @Test func theBoilerplateConfirmsTheLedesSubjectOverALetterheadName() {
        #expect(IssueDateEvidenceTests.parse(Self.release).organization == "Tidewater Makers")
    }

    @Test func aPartnerDefinedAtTheEndIsNotTaken() {
        let text = Self.release.replacingOccurrences(
            of: "Tidewater Makers is a volunteer group that runs build days for students across the county.",
            with: "Harbour City College is a public college that lends its engineering hall to community groups.")
        #expect(IssueDateEvidenceTests.parse(text).organization != "Harbour City College")
    }

    @Test func definitions() {
        #expect(OrganizationNames.definitionSubject("Tidewater Makers is a volunteer group.") == "Tidewater Makers")
        #expect(OrganizationNames.definitionSubject("Der Harbour Verein ist ein Bündnis von zwölf Gruppen.") == "Harbour Verein")
        #expect(OrganizationNames.definitionSubject("**Lumen Harbor Labs, Inc.** is a studio in Leeds.") == "Lumen Harbor Labs")
        #expect(OrganizationNames.definitionSubject("Casa del Puerto es una asociación vecinal.") == "Casa del Puerto")
        // A pronoun, a sentence that does not define, a name that acts.
        #expect(OrganizationNames.definitionSubject("It is a volunteer group.") == nil)
        #expect(OrganizationNames.definitionSubject("Tidewater Makers runs build days.") == nil)
        #expect(OrganizationNames.definitionSubject("the group is a volunteer one.") == nil)
    }

    /// The byte test asked first never turns away a paragraph the plain definition finds a subject in.
    @Test func theByteTestKeepsEveryDefinition() {
        let crafted = [
            "Tidewater Makers is a volunteer group.", "Casa Verde È una cooperativa.", "Casa Verde *is* a club.", "Casa Verde “es” una casa.",
            "Casa Verde ÉS un club.", "Casa Verde ést un club.", "Casa Verde is", "A B C D E F G H I J K L is a club.", "Casa is a",
            "* Casa Verde is a club.", "_ * Casa Verde is a club.", "Casa de la Vega es una casa.", "Casa verde is a club.",
            "Casa Verde, founded here, is a club.", "Casa e\u{301}st une maison.", "Casa Verde\u{00A0}is a club.",
        ]
        for p in crafted {
            #expect(OrganizationNames.definitionSubject(p) == OrganizationNames.definitionSubjectPlain(p), "\(p)")
        }
        var defined = 0
        for p in SpaceWordsTests.texts {
            let plain = OrganizationNames.definitionSubjectPlain(p)
            if plain != nil { defined += 1 }
            #expect(OrganizationNames.definitionSubject(p) == plain, "\(p)")
        }
        #expect(defined > 0)
    }
}

/// A one-word brand opening the headline before a headline verb (`DeadRay Debuts …`; session 11): a capital after
/// lower-case letters inside one word is a brand's shape, no person's name, so the name needs no organisation word
/// (`OrganizationNames.brandOpeningHeadline`, `isBrandShaped`). A plain capitalised word is left to the other cues.
@Suite struct BrandInTheHeadlineTests {
    static let release = """
        PRESS RELEASE

        GlowHaven Debuts "Lanterns", a Night Market on the Old Pier

        GlowHaven is a new collective of three lantern makers from the harbour district. On June 14 it opens its first night market on the old pier.

        Forty stalls will sell lanterns, paper crafts and street food from six in the evening until midnight.

        "We wanted the pier to glow again," said one of the makers.

        GlowHaven is out on the pier every second Saturday of the summer.

        For press inquiries: lights@pierlanterns.example
        """

    @Test func aBrandOpeningTheHeadlineIsTheIssuer() {
        #expect(IssueDateEvidenceTests.parse(Self.release).organization == "GlowHaven")
    }

    @Test func aPlainCapitalisedWordIsNot() {
        // `Glowhaven` may be a surname (`Marlowe Debuts …`): nothing else names an issuer.
        let text = Self.release.replacingOccurrences(of: "GlowHaven", with: "Glowhaven")
        #expect(IssueDateEvidenceTests.parse(text).organization == nil)
    }

    @Test func brandShapes() {
        #expect(OrganizationNames.isBrandShaped("DeadRay"))
        #expect(OrganizationNames.isBrandShaped("GrizzHacks"))
        #expect(!OrganizationNames.isBrandShaped("Marlowe"))
        #expect(!OrganizationNames.isBrandShaped("NASA"))
        #expect(!OrganizationNames.isBrandShaped("Jane Roe"))
        #expect(OrganizationNames.brandOpeningHeadline("DeadRay Debuts With A Single") == "DeadRay")
        #expect(OrganizationNames.brandOpeningHeadline("DeadRay And The Night") == nil)
        #expect(OrganizationNames.brandOpeningHeadline("Marlowe Debuts With A Novel") == nil)
    }
}
