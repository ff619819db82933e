import PressroomCore
import Testing
@testable import PressroomUI

/// `pressroom show` prints what the detail pane draws: the same lines (an embargo's instruction on its own line,
/// list items with their markers and hanging lines), and in monochrome the headline still stands apart from the
/// standfirst.
@Suite struct ShowAgreementTests {
    /// A release with an embargo, a standfirst, bullets and numbered notes, made by hand.
    static let release = Release(
        id: "5a1e00000001", source: "quarry-2025-04-02.md", format: .markdown, kind: "Media Advisory",
        title: "Old quarry opens as a nature reserve with a path for wheelchairs",
        subtitle: "The reserve's lakes and cliffs can be visited from Saturday",
        date: "2025-04-02", organization: "Hollowmere Wildlife Trust",
        release: "EMBARGOED UNTIL 00:01 BST, 5 APRIL 2025",
        paragraphs: ["The trust bought the quarry in 2019 and has planted the old spoil heaps with wildflowers.",
                     "Visitors will find a level path of two kilometres round the upper lake, benches every two hundred metres and a hide above the heronry.",
                     "dogs on short leads only;", "no swimming in either lake."],
        notes: ["The trust manages 31 reserves.", "Photographs are available on request."],
        paragraphMarkers: [nil, nil, "•", "•"], noteMarkers: ["1.", "2)"])

    @Test(arguments: [40, 80])
    func showPrintsWhatThePaneDraws(columns: Int) throws {
        let size = Size(rows: 60, columns: columns)
        var state = AppState(releases: [Self.release], size: size).after(keys: [.enter])
        state.alignment = .left
        let grid = render(state.at(size))
        let shown = PlainDetail.text(Self.release, width: columns).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let pane = (0..<(size.rows - 2)).map { grid.line($0) }
        let drawn = pane.prefix(while: { !$0.contains("Source:") }) + pane.filter { $0.contains("Source:") }.prefix(1)
        let printed = shown.prefix(while: { !$0.contains("Source:") }) + shown.filter { $0.contains("Source:") }.prefix(1)
        #expect(Array(drawn) == Array(printed))
        #expect(printed.contains { $0.hasPrefix(" EMBARGOED UNTIL 00:01 BST, 5 APRIL") })
        #expect(printed.contains { $0.hasPrefix(" • dogs on short leads") })
        #expect(printed.contains { $0.hasPrefix(" 2) Photographs") })
    }

    /// NO_COLOR: the headline is bold, the standfirst plain, a blank line between them.
    @Test func monochromeSetsTheHeadlineApartFromTheStandfirst() throws {
        let size = Size(rows: 24, columns: 80)
        let state = AppState(releases: [Self.release], size: size, theme: .monochrome).after(keys: [.enter])
        let grid = render(state.at(size))
        let headline = try #require((0..<grid.rows).first { grid.line($0).hasPrefix(" Old quarry") })
        #expect(grid.line(headline + 1).trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(grid.line(headline + 2).hasPrefix(" The reserve's lakes"))
        #expect(grid[headline, 1].style.attributes.contains(.bold))
        #expect(!grid[headline + 2, 1].style.attributes.contains(.bold))
        #expect(grid[headline, 1].style.foreground == .default && grid[headline + 2, 1].style.foreground == .default)
    }
}
