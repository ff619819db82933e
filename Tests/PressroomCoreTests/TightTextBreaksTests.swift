import Testing
@testable import PressroomCore

/// PDF text printed without gaps: a heading after a line that ends with a web address, and an asterisk note
/// under a finished sentence, each start a paragraph.
@Suite struct TightTextBreaksTests {
    static let release = """
        Pebble Games presents “Seed Swap”

        Hobart, March 9th, 2026 - Pebble Games today released Seed Swap, a farming game whose harvest is turned
        into seed packets for school gardens across Tasmania, with the first packets sent out in May this year.
        The game is free to play on phones and tablets, and the studio pays for the seeds from its own sales.
        Screenshots and a trailer are on the studio's press page: https://pebble-games.example/press/
        About Pebble Games:
        Pebble Games is a studio of four people in Hobart that has made small games for children since 2019.
        *Seed Swap is a registered trademark of Pebble Games Pty Ltd.
        \u{0C}Press contact: Ada Lowe, ada@pebble-games.example, +61 3 5550 1234
        """

    @Test func aHeadingAfterALineEndingInAWebAddressOpensTheNotes() {
        let r = IssueDateEvidenceTests.parse(Self.release, name: "seed.pdftotext.txt")
        #expect(r.notes.first == "Pebble Games is a studio of four people in Hobart that has made small games for children since 2019.")
        #expect(!r.paragraphs.contains { $0.contains("About Pebble Games") })
    }

    @Test func anAsteriskNoteIsAParagraphOfItsOwn() {
        let r = IssueDateEvidenceTests.parse(Self.release, name: "seed.pdftotext.txt")
        #expect(r.notes.contains("*Seed Swap is a registered trademark of Pebble Games Pty Ltd."), "\(r.notes)")
    }

    @Test func theirTests() {
        #expect(BlockSplitter.endsWithWebAddress("Website: https://pebble-games.example/press/"))
        #expect(BlockSplitter.endsWithWebAddress("visit the campaign at pebble.example/ks"))
        #expect(!BlockSplitter.endsWithWebAddress("write to ada@pebble-games.example"))
        #expect(!BlockSplitter.endsWithWebAddress("the ratio rose to 3.5/4"))
        #expect(!BlockSplitter.endsWithWebAddress("and so on and so forth"))
        #expect(!BlockSplitter.endsWithWebAddress("sold across the U.S./Canada"))
        #expect(!BlockSplitter.endsWithWebAddress("she holds a Ph.D./M.D."))
        #expect(BlockSplitter.opensAsteriskNote("*Seed Swap is a trademark.", after: "It ends here."))
        #expect(!BlockSplitter.opensAsteriskNote("*Seed Swap is a trademark.", after: "It goes on"))
        #expect(!BlockSplitter.opensAsteriskNote("** bold", after: "It ends here."))
    }
}
