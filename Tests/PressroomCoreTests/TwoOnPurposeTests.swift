import Testing
@testable import PressroomCore

/// The lexicon keeps two contact-heading tests and two markdown strippers on purpose (`ContactHeadings.swift`,
/// `MarkdownMarks.swift` say why): lines on which each pair disagrees, so that making one stand for the other
/// shows here as well as in the exports.
@Suite struct TwoOnPurposeTests {
    @Test func theTwoContactHeadingTestsAnswerDifferentQuestions() {
        // A phrase the segmenter starts the contact block at, whose other words are no heading words.
        for line in ["Contact Jane Doe", "Weitere Informationen zu Grünfeld", "Media relations at Northwind Trust"] {
            #expect(ReleaseLexicon.isContactHeading(line), "\(line)")
            #expect(!ContactVocabulary.isHeading(line), "\(line)")
        }
        // Heading words only, without one of the segmenter's phrases.
        for line in ["Information", "Relaciones con los medios"] {
            #expect(ContactVocabulary.isHeading(line), "\(line)")
            #expect(!ReleaseLexicon.isContactHeading(line), "\(line)")
        }
        // And lines both take.
        for line in ["Media contact:", "Pressekontakt", "Contacts presse"] {
            #expect(ReleaseLexicon.isContactHeading(line) && ContactVocabulary.isHeading(line), "\(line)")
        }
    }

    @Test func theTwoMarkdownStrippersKeepDifferentThings() {
        let cases: [(line: String, heading: String, contact: String)] = [
            ("- **Press:** [Jane Doe](mailto:jane@northwind.example)", "- **Press:** [Jane Doe](mailto:jane@northwind.example)",
             "Press: Jane Doe jane@northwind.example"),
            ("**About Northwind**", "About Northwind", "About Northwind"),
            ("## Media contact", "Media contact", "Media contact"),
            ("> Tel. **+44 20 7946 0000**", "> Tel. **+44 20 7946 0000**", "Tel. +44 20 7946 0000"),
            ("_Notes to editors_", "Notes to editors", "_Notes to editors_"),
        ]
        for c in cases {
            #expect(ReleaseLexicon.stripMarkup(c.line) == c.heading, "\(c.line)")
            #expect(ContactVocabulary.stripMarkdown(c.line) == c.contact, "\(c.line)")
        }
    }
}
