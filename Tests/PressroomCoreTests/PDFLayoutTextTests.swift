import Foundation
import Testing
@testable import PressroomCore

/// The PDF reader takes paragraph breaks from the page's geometry (`PDFLayoutText`): pdftotext prints no empty
/// line between the left-aligned paragraphs of one column, but its `-bbox-layout` boxes show each paragraph's
/// space. Fixtures are PDFs made in the test (`TestPDF`) with invented releases, and lines given by hand.
@Suite struct PDFLayoutTextTests {
    typealias Line = PDFLayoutText.Line

    /// Lines of 10 points' height set `pitch` points apart from `top` down; `nil` leaves a line's space empty.
    static func flow(_ texts: [String?], pitch: Double = 12, top: Double = 100) -> [Line] {
        var out: [Line] = []
        for (i, t) in texts.enumerated() {
            guard let t else { continue }
            let y = top + Double(i) * pitch
            out.append(Line(text: t, top: y, bottom: y + 10))
        }
        return out
    }

    @Test func aLineSetAParagraphsSpaceBelowTheOneAboveOpensAParagraph() {
        let page = [Self.flow(["Tarnside council opens a new", "library on the quay.", nil,
                               "The library holds twelve", "thousand books.", "It opens on Monday."])]
        #expect(PDFLayoutText.text([page]) ==
            "Tarnside council opens a new\nlibrary on the quay.\n\nThe library holds twelve\nthousand books.\nIt opens on Monday.\n\n\u{0C}")
        // pdftotext's default mode, which the text is otherwise byte for byte: no empty line inside a flow.
        #expect(PDFLayoutText.text([page], paragraphGaps: false) ==
            "Tarnside council opens a new\nlibrary on the quay.\nThe library holds twelve\nthousand books.\nIt opens on Monday.\n\n\u{0C}")
    }

    /// A double-spaced document's line pitch is its double spacing: only wider gaps open paragraphs.
    @Test func theLinePitchIsTheDocumentsOwn() {
        let lines: [String?] = ["One line of the first paragraph", "and its second line.", nil,
                                "The second paragraph", "goes on here", "and ends here."]
        let page = [Self.flow(lines, pitch: 24)]
        #expect(PDFLayoutText.linePitch([page]) == 2.4)
        #expect(PDFLayoutText.text([page]).components(separatedBy: "\n\n").count == 3)  // two paragraphs, then the flow's end
        let single = [Self.flow(lines.compactMap { $0 }, pitch: 24)]
        #expect(!PDFLayoutText.text([single]).dropLast(3).contains("\n\n"))
    }

    @Test func aLineBesideOrAboveTheOneBeforeOpensNothing() {
        let left = Line(text: "Name", top: 100, bottom: 110)
        let right = Line(text: "Role", top: 100, bottom: 110)
        let far = Line(text: "Far below", top: 160, bottom: 170)
        #expect(!PDFLayoutText.opensParagraph(right, after: left, pitch: 1.2))
        #expect(!PDFLayoutText.opensParagraph(left, after: far, pitch: 1.2))
        #expect(PDFLayoutText.opensParagraph(far, after: left, pitch: 1.2))
    }

    /// Markers printed in a column of their own stand as far apart as their items are high.
    @Test func bareListMarkersStayTogether() {
        let intro = ["The council asked six questions", "of every household on the quay", "in the spring and found that",
                     "most of them want a library", "open on Sundays and late on", "weekday evenings."]
        let page = [Self.flow(intro.map(Optional.some) + [nil, "The report finds that:", nil, "1.", nil, "2.", nil, "3."])]
        #expect(PDFLayoutText.text([page]) == intro.joined(separator: "\n") + "\n\nThe report finds that:\n1.\n2.\n3.\n\n\u{0C}")
    }

    /// pdftotext joins a line ending in a hyphen with the next; not across a paragraph's space.
    @Test func aLineEndHyphenJoinsOnlyTheLineRightUnderIt() {
        let page = [Self.flow(["The trust replaced eighteen gates in the lock-", "flight this winter.", nil, "-30-", nil, "Media contact:"])]
        #expect(PDFLayoutText.text([page]) == "The trust replaced eighteen gates in the lockflight this winter.\n\n-30-\n\nMedia contact:\n\n\u{0C}")
    }

    @Test func wordsAreJoinedWithASpaceOnlyWhereTheyStandApart() {
        typealias W = PDFLayoutText.Word
        let words = [W(text: "Tarnside", xMin: 72, xMax: 110, yMin: 100, yMax: 110),
                     W(text: "Library", xMin: 113, xMax: 140, yMin: 100, yMax: 110),
                     W(text: "1", xMin: 140, xMax: 143, yMin: 98, yMax: 104)]
        #expect(PDFLayoutText.join(words) == "Tarnside Library1")
    }

    @Test func theXHTMLIsReadWithItsPagesFlowsAndLines() throws {
        let xhtml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml">
        <head><title>Quay &amp; Library</title></head><body><doc>
        <page width="595" height="842"><flow><block xMin="72" yMin="100" xMax="200" yMax="110">
        <line xMin="72" yMin="100" xMax="200" yMax="110"><word xMin="72" yMin="100" xMax="100" yMax="110">Quay</word><word xMin="104" yMin="100" xMax="112" yMax="110">&amp;</word><word xMin="116" yMin="100" xMax="150" yMax="110">Library</word></line>
        </block></flow></page>
        <page width="595" height="842"></page>
        </doc></body></html>
        """
        let pages = try #require(PDFLayoutText.pages(Array(xhtml.utf8)))
        #expect(pages == [[[Line(text: "Quay & Library", top: 100, bottom: 110)]], []])
        #expect(PDFLayoutText.text(fromBBoxLayout: Array(xhtml.utf8)) == "Quay & Library\n\n\u{0C}\u{0C}")
        #expect(PDFLayoutText.pages(Array("this is not XHTML <page".utf8)) == nil)
        #expect(PDFLayoutText.pages(Array("<html><body>no pages</body></html>".utf8)) == nil)
    }
}

/// Releases printed as PDFs, read through pdftotext and parsed: what the page's geometry gives the parser.
@Suite(.enabled(if: PDFReadingTests.pdftotextInstalled, "pdftotext is not installed"))
struct PDFParagraphGeometryTests {
    static func parse(_ pdf: TestPDF) throws -> Release {
        let dir = try ReadingTempFolder()
        let path = try dir.write("release.pdf", bytes: pdf.bytes)
        let file = SourceFile(url: URL(fileURLWithPath: path), source: "release.pdf", format: .pdf)
        return ReleaseParser.parse(try ArchiveReader.read(file).get())
    }

    static let body = 10.0

    /// A word processor's left-aligned export: a headline over a standfirst in the body's size, paragraphs whose
    /// last lines happen to be nearly full; pdftotext prints it all as one flow, without an empty line.
    static let leftAligned = TestPDF(pages: [TestPDF.page([
        ("Marrowby Canal Trust", body), (nil, body),
        ("PRESS RELEASE", body), (nil, body),
        ("Canal trust reopens the Hollin lock flight after two years", body), (nil, body),
        ("Boats can climb the nine locks to the summit pound again from Saturday", body), (nil, body),
        ("Marrowby, 14 May 2024 - The Marrowby Canal Trust will reopen the Hollin lock flight on Saturday,", body),
        ("two years after a breach in the summit pound closed the flight to boats and walkers alike so far.", body),
        (nil, body),
        ("Volunteers rebuilt four lock chambers and replaced eighteen gates, most of them made of oak that", body),
        ("was felled in the trust's own woodland near Tarnside and seasoned in its yard for three winters.", body),
        (nil, body),
        ("The work cost 1.9 million pounds, raised from members, from local firms and from a heritage grant.", body),
        (nil, body),
        ("Media contact: Ruth Abernethy, +44 20 7946 0321, ruth.abernethy@marrowbycanal.org", body),
    ])])

    @Test func aHeadlineStandsApartFromItsStandfirst() throws {
        let release = try Self.parse(Self.leftAligned)
        #expect(release.title == "Canal trust reopens the Hollin lock flight after two years")
        #expect(release.subtitle == "Boats can climb the nine locks to the summit pound again from Saturday")
    }

    @Test func leftAlignedParagraphsAreParagraphs() throws {
        let release = try Self.parse(Self.leftAligned)
        #expect(release.paragraphs.count == 3)
        #expect(release.paragraphs.dropFirst().first == "Volunteers rebuilt four lock chambers and replaced eighteen gates, most of them made of oak that was felled in the trust's own woodland near Tarnside and seasoned in its yard for three winters.")
        #expect(release.paragraphs.last == "The work cost 1.9 million pounds, raised from members, from local firms and from a heritage grant.")
        #expect(release.contacts.first?.name == "Ruth Abernethy")
    }

    /// A paragraph cut by the page's end goes on over the page break, the running header and the page number
    /// between its halves removed; the paragraphs around it keep their breaks.
    @Test func aParagraphGoesOnOverAPageBreak() throws {
        func furnished(_ n: Int, _ lines: [(text: String?, size: Double)]) -> [TestPDF.Line] {
            [TestPDF.Line(text: "Marrowby Canal Trust - Hollin lock flight", y: 806, size: 9)]
                + TestPDF.page(lines) + [TestPDF.Line(text: "Page \(n) of 2", y: 40, size: 9)]
        }
        let pdf = TestPDF(pages: [
            furnished(1, [
                ("PRESS RELEASE", Self.body), (nil, Self.body),
                ("Canal trust reopens the Hollin lock flight after two years", Self.body), (nil, Self.body),
                ("Marrowby, 14 May 2024 - The Marrowby Canal Trust will reopen the Hollin lock flight on Saturday.", Self.body),
                (nil, Self.body),
                ("Volunteers rebuilt four lock chambers and replaced eighteen gates, most of them made of oak that", Self.body),
                ("was felled in the trust's own woodland near Tarnside and", Self.body),
            ]),
            furnished(2, [
                ("seasoned in its yard for three winters before it was cut.", Self.body), (nil, Self.body),
                ("The work cost 1.9 million pounds, raised from members, from local firms and from a heritage grant.", Self.body),
                (nil, Self.body),
                ("Media contact: Ruth Abernethy, +44 20 7946 0321, ruth.abernethy@marrowbycanal.org", Self.body),
            ]),
        ])
        let release = try Self.parse(pdf)
        #expect(release.paragraphs.contains("Volunteers rebuilt four lock chambers and replaced eighteen gates, most of them made of oak that was felled in the trust's own woodland near Tarnside and seasoned in its yard for three winters before it was cut."))
        #expect(release.paragraphs.last == "The work cost 1.9 million pounds, raised from members, from local firms and from a heritage grant.")
        #expect(release.paragraphs.count == 3)
        #expect(!release.paragraphs.joined().contains("Page 1"))
    }

    /// Without paragraph gaps the text is pdftotext's default mode, byte for byte: checked on the PDFs of the
    /// dev corpus (when `../shared/corpus` is beside the repository) and the committed fixture.
    @Test func withoutParagraphGapsTheTextIsPdftotextsDefaultMode() throws {
        let dev = ScoreTests.corpus.appendingPathComponent("releases").path
        var paths = [PDFReadingTests.fixturePDF]
        if let names = try? FileManager.default.contentsOfDirectory(atPath: dev) {
            paths += names.filter { $0.hasSuffix(".pdf") }.sorted().map { dev + "/" + $0 }
        }
        for path in paths {
            let plain = try Self.pdftotext(["-enc", "UTF-8", path, "-"])
            let xhtml = try Self.pdftotext(["-enc", "UTF-8", "-bbox-layout", path, "-"])
            let pages = try #require(PDFLayoutText.pages(xhtml), "\(path): no pages")
            #expect(PDFLayoutText.text(pages, paragraphGaps: false) == String(decoding: plain, as: UTF8.self), "\(path)")
        }
    }

    static func pdftotext(_ arguments: [String]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = PDFTextExtractor.fromEnvironment().executable
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Array(data)
    }
}
