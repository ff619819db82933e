import Foundation
import Testing
@testable import PressroomCore

/// A headline can read like a name (`City Council Backs New Ferry Terminal`: capitalised words and an
/// organisation word). Passed over as a second letterhead, the next candidate would be the first body
/// paragraph, which is too long to be a headline: the name-like line was the headline.
@Suite struct NameLikeHeadlineTests {
    static func parse(_ text: String) -> Release {
        let file = SourceFile(url: URL(fileURLWithPath: "/test/name-like.txt"), source: "name-like.txt", format: .text)
        return ReleaseParser.parse(LoadedDocument(file: file, text: TextNormalizer.normalize(text), id: "test"))
    }

    static let headline = "City Council Backs New Ferry Terminal"
    static let body = [
        ["The city council voted on Monday to pay for half of the new ferry terminal on the east quay, which",
         "will replace the old building and handle up to two million passengers a year once it opens.",
         "Work is due to start in the spring and to take two years, the harbour authority said after the",
         "vote, which passed by thirty votes to four."],
        ["The rest of the cost will be met by the harbour authority and by a grant from the state."],
    ]

    /// Typed text: a blank line between blocks, each paragraph on one line.
    static var typed: String {
        (["Harbour Ports Authority", headline, "12 March 2024"] + body.map { $0.joined(separator: " ") }).joined(separator: "\n\n") + "\n"
    }

    /// Tika: each line followed by an empty line, a one-space line between blocks.
    static var tika: String {
        let blocks = [["Harbour Ports Authority"], [headline], ["12 March 2024"]] + body
        return "\n \n \n\n" + blocks.map { $0.map { $0 + " \n\n" }.joined() }.joined(separator: " \n\n") + " \n\n\n\tHarbour Ports Authority\n\n\n\n"
    }

    @Test(arguments: [typed, tika])
    func aNameLikeLineBeforeTheBodyIsTheHeadline(text: String) {
        let release = Self.parse(text)
        #expect(release.title == Self.headline)
        #expect(release.organization == "Harbour Ports Authority")
        #expect(release.date == "2024-03-12")
        #expect(release.paragraphs.count == 2)
    }

    /// After `Press Release / Harbour Ports Authority / date`, a name-like line that wraps on in its own
    /// block into a line continuing it (Title Case on both) is the headline's first line, not another name.
    @Test func aNameLikeLineWrappingOnIntoItsHeadlineIsTheHeadline() {
        let headline = ["Harbour Council Backs New Ferry Service", "Between the Islands"]
        let blocks = [["Press Release", "Harbour Ports Authority", "12 March 2024"], headline] + Self.body
        let text = "\n \n \n\n" + blocks.map { $0.map { $0 + " \n\n" }.joined() }.joined(separator: " \n\n") + " \n\n\n\tPress Release\n\n\n\n"
        let release = Self.parse(text)
        #expect(release.title == "Harbour Council Backs New Ferry Service Between the Islands")
        #expect(release.organization == "Harbour Ports Authority")
        #expect(release.paragraphs.count == 2)
    }

    /// An organisation's name need not carry an organisation word (`Grüne Hafenkante`). Printed right above
    /// the kind label in its block, with a headline-shaped block after the header lines, it is the letterhead.
    @Test func aPlainNameRightAboveTheKindLabelIsTheLetterhead() {
        let text = """
            Grüne Hafenkante
            Pressemitteilung

            Neue Fähre verbindet beide Ufer der Elbe

            2023-09-05

            Die neue Fähre zwischen Finkenwerder und den Landungsbrücken fährt ab Montag alle zwanzig Minuten und bringt Pendler in einer Viertelstunde über den Fluss, teilte der Verein heute mit.

            „Wir haben zehn Jahre für diese Verbindung gekämpft“, sagte die Vorsitzende des Vereins.

            """
        let release = Self.parse(text)
        #expect(release.title == "Neue Fähre verbindet beide Ufer der Elbe")
        #expect(release.organization == "Grüne Hafenkante")
        #expect(release.kind == "Pressemitteilung")
        #expect(release.paragraphs.count == 2)
    }

    /// pdftotext: the organisation's name is the running header (and is removed with it); a name-like line
    /// passed over before the body's first paragraph was the headline.
    @Test func aNameLikeLineUnderARunningHeaderBeforeTheBodyIsTheHeadline() {
        let wrapped = [
            "The city council voted on Monday to pay for half of the new ferry terminal on",
            "the east quay, which will replace the old building and handle up to two",
            "million passengers a year once it opens. Work is due to start in the spring",
            "and to take two years, the harbour authority said after the vote, which passed",
            "by thirty votes to four.",
        ]
        let page1 = ["Harbour Ports Authority", "", "Harbour Ports Authority", "", Self.headline, "", "12 March 2024", ""]
            + wrapped + ["", "Page 1 of 2"]
        let page2 = ["Harbour Ports Authority", ""] + Self.body[1] + ["", "Page 2 of 2"]
        let text = page1.joined(separator: "\n") + "\n\u{0C}" + page2.joined(separator: "\n") + "\n\u{0C}"
        let release = Self.parse(text)
        #expect(release.title == Self.headline)
        #expect(release.organization == "Harbour Ports Authority")
        #expect(release.paragraphs.count == 2)
    }

    static let germanBody = """
        Die neue Fähre zwischen Finkenwerder und den Landungsbrücken fährt ab Montag alle zwanzig Minuten und bringt Pendler in einer Viertelstunde über den Fluss, teilte der Verein heute mit.

        „Wir haben zehn Jahre für diese Verbindung gekämpft“, sagte die Vorsitzende des Vereins.

        """

    /// A running header and the letterhead under it print the organisation's name twice at the top.
    @Test func aLinePrintedTwiceAtTheTopIsTheOrganisation() {
        let text = "Grüne Hafenkante\n\nGrüne Hafenkante\nPressemitteilung\n\nNeue Fähre verbindet beide Ufer der Elbe\n\n2023-09-05\n\n" + Self.germanBody
        let release = Self.parse(text)
        #expect(release.title == "Neue Fähre verbindet beide Ufer der Elbe")
        #expect(release.organization == "Grüne Hafenkante")
        #expect(release.kind == "Pressemitteilung")
    }

    /// A plain name between two header lines of one block names the organisation.
    @Test func aPlainNameBetweenHeaderLinesIsTheLetterhead() {
        let text = "Pressemitteilung\nGrüne Hafenkante\n2023-09-05\n\nNeue Fähre verbindet beide Ufer der Elbe\n\n" + Self.germanBody
        let release = Self.parse(text)
        #expect(release.title == "Neue Fähre verbindet beide Ufer der Elbe")
        #expect(release.organization == "Grüne Hafenkante")
        #expect(release.date == "2023-09-05")
    }

    /// The name printed above the kind label and again below it is the organisation both times.
    @Test func aNameRepeatedAmongTheHeaderLinesIsTheOrganisation() {
        let text = "Grüne Hafenkante\n\nPressemitteilung\n\nGrüne Hafenkante\n\n2023-09-05\n\nNeue Fähre verbindet beide Ufer der Elbe\n\n" + Self.germanBody
        let release = Self.parse(text)
        #expect(release.title == "Neue Fähre verbindet beide Ufer der Elbe")
        #expect(release.organization == "Grüne Hafenkante")
        #expect(release.subtitle == nil)
    }

    /// When the kind label carries the organisation's name, a name-like line passed over before the body's
    /// first paragraph was the headline.
    @Test func aNameLikeLineAfterAKindLabelWithTheNameIsTheHeadline() {
        let blocks = [["Press Release Harbour Ports Authority", "12 March 2024"], [Self.headline]] + Self.body
        let text = "\n \n \n\n" + blocks.map { $0.map { $0 + " \n\n" }.joined() }.joined(separator: " \n\n") + " \n\n\n\tPress Release\n\n\n\n"
        let release = Self.parse(text)
        #expect(release.title == Self.headline)
        #expect(release.organization == "Harbour Ports Authority")
        #expect(release.paragraphs.count == 2)
    }

    /// One page of pdftotext: the organisation's name printed twice at the top (running header, letterhead)
    /// names it; a name-like line passed over before the body's first paragraph was the headline.
    @Test func aNameLikeLineUnderANamePrintedTwiceIsTheHeadline() {
        let lines = ["Harbour Ports Authority", "", "Harbour Ports Authority", "", Self.headline, "", "12 March 2024", "",
                     "The city council voted on Monday to pay for half of the new ferry terminal on",
                     "the east quay, which will replace the old building and handle up to two",
                     "million passengers a year once it opens. Work is due to start in the spring",
                     "and to take two years, the harbour authority said after the vote, which passed",
                     "by thirty votes to four.", "", "Page 1 of 1"]
        let release = Self.parse(lines.joined(separator: "\n") + "\n\u{0C}")
        #expect(release.title == Self.headline)
        #expect(release.organization == "Harbour Ports Authority")
        #expect(release.paragraphs.count == 1)
    }
}
