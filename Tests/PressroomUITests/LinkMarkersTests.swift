import PressroomCore
import Testing
@testable import PressroomUI

/// Links numbered where the text prints them (`[n]`, as newsboat does), and listed at the end.
@Suite struct LinkMarkersTests {
    @Test func aLinkIsNumberedAfterItsFirstPrintingWithoutTheScheme() {
        var markers = LinkMarkers(links: ["https://example.org/a", "http://www.example.org/"])
        #expect(markers.mark("See example.org/a. Then www.example.org, and example.org/a again.")
                == "See example.org/a[1]. Then www.example.org[2], and example.org/a again.")
        // Each link once: later text leaves them alone.
        #expect(markers.mark("example.org/a and www.example.org") == "example.org/a and www.example.org")
    }

    @Test func aPrintingInsideALongerAddressIsNotTheLink() {
        var markers = LinkMarkers(links: ["http://example.org"])
        #expect(markers.mark("Go to example.org/report or myexample.org or example.org.uk.")
                == "Go to example.org/report or myexample.org or example.org.uk.")
        #expect(markers.mark("Finally (example.org).") == "Finally (example.org[1]).")
    }

    @Test func aMailtoIsItsAddressAndCaseIsIgnored() {
        var markers = LinkMarkers(links: ["mailto:Press@Example.org?subject=Hi"])
        #expect(markers.mark("Write to press@example.org today") == "Write to press@example.org[1] today")
    }

    @Test func theDetailNumbersLinksInTheTextAndTheCardsAndListsThemAtTheEnd() {
        let layout = DetailLayout(release: Fixtures.linked, width: 60)
        let text = layout.lines.map(\.plain)
        #expect(text.contains { $0.contains("jirani.example/report[1]") })
        #expect(text.contains { $0.hasSuffix("press@jirani.example [2]") })
        #expect(text.contains("[1] https://jirani.example/report"))
        #expect(text.contains("[3] https://jirani.example/unprinted"))
        #expect(!text.contains { $0.contains("unprinted[3]") })
        // Copying the e-mail field takes the address, not its number.
        let state = AppState(releases: [Fixtures.linked], size: Size(rows: 24, columns: 80))
            .after(keys: [.enter, .character("c"), .character("j"), .character("y")])
        #expect(state.message?.text.hasSuffix(": press@jirani.example") == true)
    }

    @Test func oThenTheNumberOpensTheLinkNumberedInTheText() {
        let state = AppState(releases: [Fixtures.linked], size: Size(rows: 24, columns: 80))
        let result = update(state.after(keys: [.character("o")]), .digit(1))
        #expect(result.effects == [.openURL("https://jirani.example/report")])
    }
}
