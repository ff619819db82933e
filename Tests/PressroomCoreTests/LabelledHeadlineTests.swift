import Foundation
import Testing
@testable import PressroomCore

/// The kind label or the release instruction printed as the headline's prefix (`Press release: <headline>`),
/// in plain text and as a markdown heading. Every fixture is invented.
@Suite struct LabelledHeadlineTests {
    static func parse(_ text: String, name: String) -> Release {
        let file = SourceFile(url: URL(fileURLWithPath: "/test/" + name), source: name, format: name.hasSuffix(".md") ? .markdown : .text)
        return ReleaseParser.parse(LoadedDocument(file: file, text: TextNormalizer.normalize(text), id: "test"))
    }

    static let body = """

        The harbour trust opened its second ferry pier on Monday, two years after the first, with room for four boats at once.

        The pier cost 2.4 million euros, shared between the trust and the port authority.
        """

    @Test(arguments: [
        ("Press release: Harbour Trust opens a second ferry pier", "pier.txt", "Press release", nil, "Harbour Trust opens a second ferry pier"),
        ("PRESS RELEASE – Harbour Trust opens a second ferry pier", "pier.txt", "PRESS RELEASE", nil, "Harbour Trust opens a second ferry pier"),
        ("# Press-release: Harbour Trust opens a second ferry pier", "pier.md", "Press-release", nil, "Harbour Trust opens a second ferry pier"),
        ("# Communiqué de presse : La ville ouvre un second ponton", "pier.md", "Communiqué de presse", nil, "La ville ouvre un second ponton"),
        ("# For Immediate Release: Harbour Trust opens a second ferry pier", "pier.md", nil, "For Immediate Release", "Harbour Trust opens a second ferry pier"),
    ] as [(String, String, String?, String?, String)])
    func theLabelIsCutFromTheHeadline(_ head: String, name: String, kind: String?, release: String?, title: String) {
        let r = Self.parse(head + "\n" + Self.body, name: name)
        #expect(r.kind == kind)
        #expect(r.release == release)
        #expect(r.title == title)
    }

    /// A name after the label is the issuer's, not a headline: the headline is the next line.
    @Test func aNameAfterTheLabelIsNoHeadline() {
        let r = Self.parse("Press Release: Harbour Trust\n\nSecond ferry pier opens in the old harbour\n" + Self.body, name: "pier.txt")
        #expect(r.kind == "Press Release")
        #expect(r.title == "Second ferry pier opens in the old harbour")
        #expect(r.organization == "Harbour Trust")
    }
}
