import Testing
@testable import PressroomCore

/// A line can start with a number that ends the sentence before it (`… rose from 64 to` / `77. Most …`):
/// after an unfinished full line, `77.` is part of the sentence, not a numbered item.
@Suite struct NumberAtLineStartTests {
    @Test func aNumberAfterAnUnfinishedFullLineIsNoListItem() {
        let text = """
            Kiosk network reports a year of growth

            The number of water kiosks run by women's groups in the district rose from 64 to
            77. Most of the new kiosks were opened in villages that had no safe water before.

            The network will publish its full report next month, with results for each site:
            1. Water quality at every kiosk.
            2. Opening hours and prices.

            """
        let blocks = LayoutRecovery.recover(text, format: .text).blocks
        #expect(blocks.map(\.joined) == [
            "Kiosk network reports a year of growth",
            "The number of water kiosks run by women's groups in the district rose from 64 to 77. Most of the new kiosks were opened in villages that had no safe water before.",
            "The network will publish its full report next month, with results for each site:",
            "Water quality at every kiosk.",
            "Opening hours and prices.",
        ])
    }
}
