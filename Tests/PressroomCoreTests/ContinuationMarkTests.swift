import Testing
@testable import PressroomCore

/// `-more-` at a page's foot: the release goes on overleaf. It is furniture, not a paragraph's first words
/// (invented text).
@Suite struct ContinuationMarkTests {
    @Test func theMarksOfTheGenre() {
        for mark in ["-more-", "- more -", "-MORE-", "(more)", "– more –", "— MORE —", "--more--", "[more]", "- mehr -",
                     "– suite –", "…/…", ".../...", "- sigue -", "(continued)", "*** more ***"] {
            #expect(PageFurniture.isContinuationMark(mark), "\(mark)")
        }
        for text in ["More", "more", "MORE", "More to come", "- more than 40 boats -", "(more details below)", "Suite 400",
                     "- 2 -", "###", "-30-", "more-", "(Suite)x"] {
            #expect(!PageFurniture.isContinuationMark(text), "\(text)")
        }
    }

    @Test func aMarkAtThePageFootIsNoText() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            FOR IMMEDIATE RELEASE

            Harbour Ferry Trust opens a museum of the old crossing

            PORTLAW, March 3, 2025 – The Harbour Ferry Trust opens its museum on Saturday in the former ticket hall,
            with the last paddle steamer's wheel at its centre and a room of the crossing's old timetables.

            The museum is open from ten to four every day but Monday.

                                                  -more-
            \u{0C}"The Last Crossing," a film of the final sailing in 1961, plays every hour in the upper hall.

            Entry is free for children.

            ###
            """)
        #expect(r.paragraphs.contains { $0.hasPrefix("\"The Last Crossing,\"") || $0.hasPrefix("“The Last Crossing") || $0.hasPrefix("The Last Crossing") })
        #expect(!r.paragraphs.contains { $0.lowercased().contains("more-") })
        #expect(r.paragraphs.count == 4)
    }
}
