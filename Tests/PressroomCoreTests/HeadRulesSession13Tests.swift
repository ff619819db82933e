import Foundation
import Testing
@testable import PressroomCore

/// What the head of a release prints besides its headline (session 13): a section's heading under the title,
/// a registration number, a blog's reading time after the date, a page's publication date under another key,
/// and a letterhead's line of contact details. Fixtures in our own words.
@Suite struct HeadRulesSession13Tests {
    // MARK: - A section's heading under the title is no standfirst

    static let sectioned = """
        # Harbour Lanterns Trust relights the east pier

        ## Summary

        The trust relit the twelve lanterns of the east pier on Friday after a winter of repairs paid for by 300 donors.

        ## Details

        Each lantern was taken down, cleaned and fitted with a new burner by volunteers from the boat club.
        """

    @Test func aShortSectionHeadingUnderTheTitleIsNoStandfirst() {
        let release = IssueDateEvidenceTests.parse(Self.sectioned, name: "fixture.md")
        #expect(release.title == "Harbour Lanterns Trust relights the east pier")
        #expect(release.subtitle == nil)
    }

    @Test func aShortHeadingThatIsTheOnlyOneOfItsLevelIsStillTheStandfirst() {
        // (review13: `## Starting next spring` over a text with no other section.)
        let deck = Self.sectioned.replacingOccurrences(of: "## Summary", with: "## Starting next spring")
            .replacingOccurrences(of: "## Details\n\n", with: "")
        #expect(IssueDateEvidenceTests.parse(deck, name: "fixture.md").subtitle == "Starting next spring")
    }

    @Test func aDeckSetAsAHeadingStillIs() {
        let deck = Self.sectioned.replacingOccurrences(of: "## Summary", with: "## Twelve lanterns shine again after a winter of repairs")
        let release = IssueDateEvidenceTests.parse(deck, name: "fixture.md")
        #expect(release.subtitle == "Twelve lanterns shine again after a winter of repairs")
    }

    // MARK: - A registration number is metadata

    static let lettered = """
        Harbour Lanterns Trust

        ABN 12 345 678 901

        LANTERNS RELIT ON THE EAST PIER

        The trust relit the twelve lanterns of the east pier on Friday after a winter of repairs paid for by 300 donors.

        Each lantern was taken down, cleaned and fitted with a new burner by volunteers from the boat club.
        """

    @Test func aRegistrationNumberIsNeverTheHeadline() {
        #expect(IssueDateEvidenceTests.parse(Self.lettered).title == "LANTERNS RELIT ON THE EAST PIER")
        #expect(HeadMetadata.label("ABN 12 345 678 901") == "abn")
        #expect(HeadMetadata.label("SIRET 123 456 789 00012") == "siret")
        // The label before words, or before too short a number, is no registration line.
        #expect(HeadMetadata.label("ABN Harbour wins the pier contract") == nil)
        #expect(HeadMetadata.label("EIN 2024 plans") == nil)
    }

    // MARK: - A letterhead's contact details

    @Test func aLetterheadsLineOfContactDetailsIsNeverTheHeadline() {
        let text = Self.lettered.replacingOccurrences(of: "ABN 12 345 678 901",
            with: "Charity no. 1098765\n\n14 Quay Road, Port Ellis PE1 2AB: PO Box 77, Port Ellis PE1 9ZZ  Telephone: (01) 5550 1000 Facsimile (01) 5550 1001  Website: https://lanterns.example.org/")
        #expect(IssueDateEvidenceTests.parse(text).title == "LANTERNS RELIT ON THE EAST PIER")
        #expect(HeadMetadata.holdsContactDetails("Tel: 01 5550 1000  Fax: 01 5550 1001"))
        // One field is no letterhead's line: a headline may name a helpline.
        #expect(!HeadMetadata.holdsContactDetails("Telephone helpline answers 2,000,000 calls in its first year"))
        #expect(!HeadMetadata.holdsContactDetails("Website and phone lines down for two hours"))
        // (review13) A headline that gives a helpline, and a lead paragraph that says how to call: no colon after
        // a label, or a sentence's full stop.
        #expect(!HeadMetadata.holdsContactDetails("New advice line: phone 0800 555 0100 or email help@lanterns.example.org"))
        #expect(!HeadMetadata.holdsContactDetails(
            "Residents can now book a collection by telephone on 0300 555 0199 or through the website: www.lanterns.example/book."))
    }

    // MARK: - A reading time after the date

    @Test func aReadingTimeAfterTheDateIsNoPartOfIt() {
        #expect(HeadMetadata.withoutTrailingTime("7 October 2020 3 min read") == "7 October 2020")
        #expect(HeadMetadata.withoutTrailingTime("7 October 2020 · 5 minute read") == "7 October 2020")
        #expect(HeadMetadata.withoutTrailingTime("12. März 2024 4 Min. Lesezeit") == "12. März 2024")
        #expect(HeadMetadata.withoutTrailingTime("Read the 3 min summary") == nil)
        let text = Self.lettered.replacingOccurrences(of: "ABN 12 345 678 901\n\nLANTERNS RELIT ON THE EAST PIER",
                                                      with: "LANTERNS RELIT ON THE EAST PIER\n\n7 October 2020 3 min read")
        let release = IssueDateEvidenceTests.parse(text)
        #expect(release.date == "2020-10-07")
        #expect(release.subtitle == nil)
    }

    // MARK: - The publication date under another key

    @Test func aPublicationDateKeyGivesTheDateWhenNoDateKeyDoes() {
        let page = "---\ntitle: Lanterns relit\npublish_date: 2025-03-02\n---\n\nThe trust relit the lanterns.\n"
        #expect(FrontMatter.split(page).frontMatter?.date == "2025-03-02")
        let hugo = "---\ntitle: Lanterns relit\npublishDate: 2025-03-04\ndate: 2025-03-01\n---\n\nText.\n"
        #expect(FrontMatter.split(hugo).frontMatter?.date == "2025-03-01")
        // Jekyll's `published: true` is a switch, not the date.
        let jekyll = "---\ntitle: Lanterns relit\npublished: true\npublish_date: 2025-03-02\n---\n\nText.\n"
        #expect(FrontMatter.split(jekyll).frontMatter?.date == "2025-03-02")
        let neither = "---\ntitle: Lanterns relit\nexpiry_date: 2025-04-01\n---\n\nText.\n"
        #expect(FrontMatter.split(neither).frontMatter?.date == nil)
    }
}
