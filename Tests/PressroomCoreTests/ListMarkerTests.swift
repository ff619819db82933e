import Foundation
import Testing
@testable import PressroomCore

/// A release's lists: the text of each item is a paragraph (the spec's, without its marker), and the marker
/// it was printed with is kept beside it for the reader (`Release.paragraphMarkers`, `noteMarkers`), in every
/// export left out. Every fixture is invented.
@Suite struct ListMarkerTests {
    static func parse(_ text: String, format: SourceFormat = .text, name: String = "fixture.txt") -> Release {
        BlockRecoveryTests.parse(text, format: format, name: name)
    }

    /// Markdown: `-` and `*` bullets are shown as `•`; numbers as printed; a paragraph has no marker.
    @Test func markdownItemsKeepTheirMarkers() {
        let md = """
        # Lantern Quay market reopens after the harbour wall repairs

        The Lantern Quay Traders' Association reopened its Saturday market today, after eight months of \
        repairs to the harbour wall that had closed the quay.

        Stallholders will find:

        - forty covered pitches along the repaired wall;
        * a water point and power for every food stall;

        The association asks visitors to:

        1. arrive on foot or by the shuttle bus;
        2) keep the slipway clear for the lifeboat.

        ## Notes to editors

        1. The association has 64 members.
        2. Photographs of the repaired wall are available on request.
        """
        let r = Self.parse(md, format: .markdown, name: "fixture.md")
        #expect(r.paragraphs.count == 7)
        #expect(r.paragraphs[2] == "forty covered pitches along the repaired wall;")
        #expect(r.paragraphMarkers == [nil, nil, "•", "•", nil, "1.", "2)"])
        #expect(r.notes.count == 2)
        #expect(r.noteMarkers == ["1.", "2."])
    }

    /// Typed text: bullets of any glyph, and numbered items after a lead-in, lower case or not.
    @Test func typedItemsKeepTheirMarkers() {
        let text = """
        Valley bus company adds late services on three routes

        The Fernholt Valley Bus Company will run buses after midnight on three of its routes from next month, \
        following a survey of shift workers at the district hospital.

        The new services are:
        ● the 12 from the hospital to Upper Fernholt;
        ● the 15 from the station to the industrial estate;
        ● the 31 round the villages of the upper valley.

        Riders asked for two more things:
        1. a shelter at the hospital stop;
        2. tickets that can be bought on the bus.

        Timetables will be printed in the company's spring guide.
        """
        let r = Self.parse(text)
        let items = zip(r.paragraphs, r.paragraphMarkers).filter { $0.1 != nil }
        #expect(items.map(\.1) == ["•", "•", "•", "1.", "2."])
        #expect(items[0].0 == "the 12 from the hospital to Upper Fernholt;")
        #expect(items[3].0 == "a shelter at the hospital stop;")
        #expect(r.paragraphMarkers.count == r.paragraphs.count)
    }

    /// Markers an extractor printed on lines of their own, away from their items, go to their items in order.
    @Test func detachedMarkersGoToTheirItems() {
        let blocks = [LayoutBlock(lines: [PrintedLine(raw: "Volunteers will:")]),
                      LayoutBlock(lines: ["1.", "2."].map { PrintedLine(raw: $0) }),
                      LayoutBlock(lines: ["Clear the beach of plastic.", "Count the nesting terns."].map { PrintedLine(raw: $0) })]
        let out = ListItems.attachDetachedMarkers(blocks)
        #expect(out.map(\.marker) == [nil, "1.", "2."])
        #expect(out.map(\.bullet) == [false, true, true])
    }

    @Test func aBulletIsShownAsOneGlyphAndANumberAsPrinted() {
        #expect(ListMarker.display("- ") == "•")
        #expect(ListMarker.display("\u{F0B7}  ") == "•")
        #expect(ListMarker.display(" 12) ") == "12)")
        #expect(ListMarker.display("b.") == "b.")
        #expect(ListMarker.display("  ") == nil)
    }

    /// No export prints the markers, and a record without lists has none (equal to one made by hand).
    @Test func exportsLeaveTheMarkersOutAndTheIndexKeepsThem() throws {
        let md = "# Ferry fares frozen\n\nThe island council froze ferry fares for the year.\n\n- adults pay £4;\n- children travel free.\n"
        let r = Self.parse(md, format: .markdown, name: "fixture.md")
        #expect(r.paragraphMarkers == [nil, "•", "•"])
        let json = ReleaseJSON.object(r)
        #expect(!json.contains("arker"))
        #expect(json.contains("\"adults pay £4;\""))
        #expect(!ReleaseCSV.document([r]).contains("•"))
        let decoded = try #require(ReleaseCodec.decode(ReleaseCodec.encode(r), id: r.id, source: r.source))
        #expect(decoded == r)
        var other = r
        other.paragraphMarkers[1] = "1."
        #expect(other != r)
        let plain = Self.parse("# Ferry fares frozen\n\nThe island council froze ferry fares for the year.\n", format: .markdown, name: "fixture.md")
        #expect(plain.paragraphMarkers.isEmpty && plain.noteMarkers.isEmpty)
    }
}
