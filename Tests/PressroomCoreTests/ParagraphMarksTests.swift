import Testing
@testable import PressroomCore

/// A word processor's PDF whose text layer ends every paragraph with a `!` mark and prints each empty
/// paragraph as a line of `!` alone (`ParagraphMarks`), in invented words.
@Suite struct ParagraphMarksTests {
    /// pdftotext's reading of such a PDF: marks after the headline's deck, every paragraph's last line, the
    /// contact block's one-line paragraphs, and runs of empty paragraphs. The writer's own `!` ends a full
    /// line in the second paragraph (`… before lunch!`), and a short paragraph ends in an exclamation (`!!`).
    static let marked = """
        Lanternfish Ferries
        A new crossing for the northern islands.
        !

        May 2, 2024 - Lanternfish Ferries today opened a year-round crossing between Harrow Point and the
        island of Skellan, with two sailings a day and room for forty cars on each sailing of the new boat.!
        !
        !
        !
        !
        The crossing takes fifty minutes, and the first sailing leaves early enough to be in town before lunch!
        Islanders can book a season ticket at the harbour office or on the company's website from today.!
        Cars must be at the ramp twenty minutes before a sailing, and foot passengers ten minutes before.!
        !
        Come aboard!!
        !
        For interviews, please contact:!
        Mira Solberg, Harbour Manager!
        Email: mira@lanternfish.example!
        """

    @Test func theMarksAreTakenOffAndTheEmptyParagraphsAreGaps() throws {
        let text = try #require(ParagraphMarks.removed(Self.marked))
        #expect(!text.contains(".!"))
        #expect(!text.contains("\n!\n"))
        #expect(text.contains("room for forty cars on each sailing of the new boat.\n"))
        #expect(text.contains("Mira Solberg, Harbour Manager\n"))
        #expect(text.hasSuffix("Email: mira@lanternfish.example"))
        // The writer's exclamation at the end of a full line that runs on stays; the paragraph's own stays too.
        #expect(text.contains("in town before lunch!\nIslanders"))
        #expect(text.contains("\nCome aboard!\n"))
        // A full line that ends `.!` and runs straight into the next paragraph still ends with a mark.
        #expect(text.contains("website from today.\nCars must"))

        let r = IssueDateEvidenceTests.parseNormalized(Self.marked)
        #expect(r.paragraphs.allSatisfy { !$0.hasSuffix(".!") && $0 != "!" && !$0.contains("! !") })
        #expect(r.paragraphs.contains { $0.hasSuffix("sailing of the new boat.") })
        #expect(r.paragraphs.contains { $0.contains("before lunch! Islanders can book") })
        #expect(r.contacts.first?.emails == ["mira@lanternfish.example"])
    }

    /// Text without the layout is left alone: exclamations at line ends, a lone `!` or two, and marks without the
    /// telltale `.!` (a writer's list of shouted lines) are the writer's.
    @Test func textWithoutTheLayoutIsLeftAlone() {
        #expect(ParagraphMarks.removed("Join us on Saturday!\n\nBring a friend!\n") == nil)
        #expect(ParagraphMarks.removed("Opening day.!\n!\n!\nThen the rest.") == nil)  // two lone lines only
        #expect(ParagraphMarks.removed("Go!\n!\n!\n!\nNow!\n") == nil)                  // no full stop before a mark
        #expect(ParagraphMarks.removed("No marks here at all.\n") == nil)
    }
}
