import Foundation
import Testing
@testable import PressroomCore

/// Where a headline ends and its standfirst starts in releases printed without gaps (session 12, title12), each in
/// invented words with a near layout the rule must leave alone: a title-case headline over a sentence-case deck of
/// about its measure, a name ending in `+` at a headline's line end, and an event's field or a picture's credit
/// printed under the headline where a deck would stand.
@Suite struct HeadlineDeckRulesTests {

    /// The head lines, a blank line, then a dated first paragraph and one more (pdftotext with one gap).
    static func page(_ head: [String]) -> String {
        (head + [
            "",
            "PORT ELLIN, 2 March 2025 – Harbour Volunteers, the largest litter group on the coast, returns for its",
            "sixth year on Saturday, with walkers from every town of the district set to cover the long beach.",
            "“Every bag we lift is one the sea does not take back,” said the group’s coordinator, Mara Lind.",
        ]).joined(separator: "\n") + "\n\u{0C}"
    }

    // MARK: - A title-case headline over a sentence-case deck

    /// A headline in title case is in title case on every line it wraps to: the sentence-case line of about its
    /// measure under it is the standfirst.
    @Test func aTitleCaseHeadlineEndsWhereTheSentenceCaseDeckStarts() {
        let r = IssueDateEvidenceTests.parseNormalized(HeadlineGenreRulesTests.pdftotext([
            "FOR IMMEDIATE RELEASE", "4 March 2025", "",
            "Harbour Trust Opens the Longest Boardwalk on the Northern Coast",
            "Volunteers from nine towns finished the planks in under a year",
        ]))
        #expect(r.title == "Harbour Trust Opens the Longest Boardwalk on the Northern Coast")
        #expect(r.subtitle == "Volunteers from nine towns finished the planks in under a year")
    }

    /// A title-case line with one lower-case word of a brand's (`ezQuay`) is still the headline's: it takes two
    /// such words to say sentence case.
    @Test func aTitleCaseLineWithOneLowerCaseBrandStaysTheHeadlines() {
        let r = IssueDateEvidenceTests.parseNormalized(HeadlineGenreRulesTests.pdftotext([
            "FOR IMMEDIATE RELEASE", "4 March 2025", "",
            "Harbour Trust Opens the Longest Boardwalk on the Northern Coast",
            "Planks From Nine Towns Laid by ezQuay Volunteers in One Year",
        ]))
        #expect(r.title == "Harbour Trust Opens the Longest Boardwalk on the Northern Coast Planks From Nine Towns Laid by ezQuay Volunteers in One Year")
    }

    @Test func sentenceCaseIsTwoLongLowerCaseWords() {
        #expect(ReleaseSegmenter.isSentenceCase("Volunteers from nine towns finished the planks"))
        #expect(!ReleaseSegmenter.isSentenceCase("Planks From Nine Towns Laid by ezQuay Volunteers"))
        #expect(!ReleaseSegmenter.isSentenceCase("volunteers from nine towns finished the planks"))
        #expect(!ReleaseSegmenter.isSentenceCase("Harbour Trust Opens the Boardwalk Without Delay"))
    }

    /// A headline in capitals wraps in capitals: a title-case line under it, whatever its measure, is the standfirst.
    /// (`HeadlineGenreRulesTests.aCapitalsHeadlineWrappedInCapitalsStaysOne` bounds it: capitals under capitals join.)
    @Test func aCapitalsHeadlineEndsWhereTheTitleCaseDeckStarts() {
        let r = IssueDateEvidenceTests.parseNormalized(HeadlineGenreRulesTests.pdftotext([
            "FOR IMMEDIATE RELEASE", "4 March 2025", "",
            "HARBOUR TRUST OPENS THE LONGEST BOARDWALK ON THE NORTHERN COAST",
            "Volunteers From Nine Towns Laid the Planks in One Year",
        ]))
        #expect(r.title == "HARBOUR TRUST OPENS THE LONGEST BOARDWALK ON THE NORTHERN COAST")
        #expect(r.subtitle == "Volunteers From Nine Towns Laid the Planks in One Year")
    }

    // MARK: - A `+` glued to a name ends the headline's line

    /// `LGBTQIA+` at a line's end is a name, not a joining mark: the deck under the headline stays apart.
    @Test func aNameEndingInPlusEndsTheHeadlinesLine() {
        let r = IssueDateEvidenceTests.parseNormalized(Self.page([
            "FOR IMMEDIATE RELEASE", "",
            "Harbour Pride 2025: on 6 September the march for the",
            "rights of LGBTQIA+",
            "Free, open to all and independent of sponsors: Harbour Pride returns to the Old",
            "Quay as a place of protest, joy and care.",
        ]))
        #expect(r.title == "Harbour Pride 2025: on 6 September the march for the rights of LGBTQIA+")
        #expect(r.subtitle == "Free, open to all and independent of sponsors: Harbour Pride returns to the Old Quay as a place of protest, joy and care.")
    }

    /// Without the dateline under them, the lines left under the headline are cut where a capital opens a line, as
    /// before: only the dateline says that all above it is the head.
    @Test func withoutADatelineUnderItTheDeckEndsAtACapital() {
        let text = Self.page([
            "FOR IMMEDIATE RELEASE", "",
            "Harbour Pride 2025: on 6 September the march for the",
            "rights of LGBTQIA+",
            "Free, open to all and independent of sponsors: Harbour Pride returns to the Old",
            "Quay as a place of protest, joy and care.",
        ]).replacingOccurrences(of: "PORT ELLIN, 2 March 2025 – ", with: "")
        let r = IssueDateEvidenceTests.parseNormalized(text)
        #expect(r.subtitle == "Free, open to all and independent of sponsors: Harbour Pride returns to the Old")
    }

    /// A `+` after a space is a joining mark still: the line under it goes on with the headline.
    @Test func aPlusAfterASpaceStillJoinsTheNextLine() {
        let r = IssueDateEvidenceTests.parseNormalized(Self.page([
            "FOR IMMEDIATE RELEASE", "",
            "Harbour market: fresh bread +",
            "Butter week opens with forty stalls on the quay",
        ]))
        #expect(r.title == "Harbour market: fresh bread + Butter week opens with forty stalls on the quay")
    }

    @Test func aGluedPlusIsNoJoiningMark() {
        #expect(ReleaseSegmenter.endsWithGluedPlus("the rights of LGBTQIA+"))
        #expect(ReleaseSegmenter.endsWithGluedPlus("now streaming on Quayflix+"))
        #expect(ReleaseSegmenter.endsWithGluedPlus("a course in C++"))
        #expect(!ReleaseSegmenter.endsWithGluedPlus("fresh bread +"))
        #expect(!ReleaseSegmenter.endsWithGluedPlus("fresh bread"))
    }

    // MARK: - An event's field or a credit under the headline

    /// An event's dates under the headline are no standfirst, and a line of their own in the body.
    @Test func anEventsDatesUnderTheHeadlineAreNoStandfirst() {
        let r = IssueDateEvidenceTests.parseNormalized(HeadlineGenreRulesTests.pdftotext([
            "FOR IMMEDIATE RELEASE", "4 March 2025", "",
            "HARBOUR FILM WEEK RETURNS FOR ITS FIFTH YEAR",
            "Dates: Friday, April 4, and Saturday, April 5, 2025",
            "Screenings of the short films: 8:00 p.m. each evening.",
        ]))
        #expect(r.title == "HARBOUR FILM WEEK RETURNS FOR ITS FIFTH YEAR")
        #expect(r.subtitle == nil)
        #expect(r.paragraphs.first == "Dates: Friday, April 4, and Saturday, April 5, 2025")
    }

    /// A credit: a label of one to three words whose last is a credit's word, and a value.
    @Test func aCreditLineIsACreditsLabelAndAValue() {
        let segmenter = ReleaseSegmenter.self
        #expect(segmenter.isCreditLine("Design Credit: Quill & Anchor Studio"))
        #expect(segmenter.isCreditLine("Photo: Jo Park"))
        #expect(!segmenter.isCreditLine("Photo:"))
        #expect(!segmenter.isCreditLine("Harbour Trust picks its photo: the quay at dawn"))
    }

    @Test func aPicturesCreditUnderTheHeadlineIsNoStandfirst() {
        let r = IssueDateEvidenceTests.parseNormalized(Self.page([
            "FOR IMMEDIATE RELEASE", "4 March 2025", "",
            "HARBOUR FILM WEEK RETURNS FOR ITS FIFTH YEAR",
            "Poster Credit: Quill & Anchor Studio",
        ]))
        #expect(r.title == "HARBOUR FILM WEEK RETURNS FOR ITS FIFTH YEAR")
        #expect(r.subtitle == nil)
        #expect(!r.paragraphs.contains { $0.contains("Credit") })
    }

    /// The byte prefilter rejects only lines that `labelAndValue` reads as no label, so the credit test with and
    /// without it agree.
    @Test func theCreditTestsFastPathAgreesWithItsDefinition() {
        let lines = [
            "Design Credit: Quill & Anchor Studio", "Photo: Jo Park", "  Photo credit : Jo Park", "\u{3000}Photo: Jo Park",
            "Foto: Hafenamt", "photo: Jo Park", "Photo:", "Our Photo Archive Credit: none", "Dates: Friday, April 4, 2025",
            "Harbour Trust picks its photo: the quay at dawn", "Design  Credit:  Quill", "A\tCredit: Quill", "",
            ":", "Credit", "Photo Credit", "Bildnachweis: Stadtarchiv Hafenstadt", "Crédito: Ana Ruiz",
            String(repeating: "x", count: 45) + " Photo: y", "É Photo: Jo", "Image: " + String(repeating: "z", count: 60),
            "Contact: Jo Park", "Media Contact: Jo Park", "PHOTO CREDIT: JO PARK", "Photo-credit: Jo", "Bild : Hafenamt",
            "Fotó: Jo", "Credits:x",
        ]
        for line in lines {
            #expect(ReleaseSegmenter.isCreditLine(line) == ReleaseSegmenter.isCreditLinePlain(line), "\(line)")
            if ReleaseSegmenter.labelAndValue(line) != nil { #expect(ReleaseSegmenter.mayBeLabelled(line), "\(line)") }
        }
        #expect(!ReleaseSegmenter.mayBeLabelled("Harbour Trust picks its photo: the quay at dawn"))
        #expect(!ReleaseSegmenter.mayBeLabelled("the quay: at dawn"))
        #expect(!ReleaseSegmenter.mayBeLabelled("Media Contact: Jo Park", creditOnly: true))
    }

    /// A deck that opens with an event's word and a colon but says the news in a phrase, with no date, stays the
    /// standfirst.
    @Test func aDeckOpeningWithAnEventWordStaysTheStandfirst() {
        let r = IssueDateEvidenceTests.parseNormalized(Self.page([
            "FOR IMMEDIATE RELEASE", "4 March 2025", "",
            "HARBOUR FILM WEEK RETURNS FOR ITS FIFTH YEAR",
            "Festival: 40 films from 12 countries shown on the old quay",
        ]))
        #expect(r.subtitle == "Festival: 40 films from 12 countries shown on the old quay")
    }
}
