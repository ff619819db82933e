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

    /// Single-spaced lines whose boxes overlap the line above by a hair, and a spacing that falls on the edge
    /// between two fiftieths of a line (1.15, half its lines rounded each way), are still the document's pitch: the
    /// paragraphs' wider spacing does not outnumber them.
    @Test func aTightOrEdgeSpacingIsStillThePitch() {
        func flow(pitch: Double, gap: Double) -> [Line] {
            var out: [Line] = [], y = 100.0
            for k in 0..<12 {
                // Six paragraphs of two lines: five paragraph gaps, six line gaps (half rounded up, half down).
                if k > 0 { y += k % 2 == 0 ? gap : ((k / 2) % 2 == 0 ? pitch + 0.01 : pitch - 0.01) }
                out.append(Line(text: "line \(k)", top: y, bottom: y + 10))
            }
            return out
        }
        let tight = PDFLayoutText.linePitch([[flow(pitch: 9.996, gap: 20)]])
        #expect(tight.map { abs($0 - 1.0) < 0.02 } == true, "\(String(describing: tight))")
        let edge = PDFLayoutText.linePitch([[flow(pitch: 11.5, gap: 23)]])
        #expect(edge.map { abs($0 - 1.15) < 0.02 } == true, "\(String(describing: edge))")
        #expect(PDFLayoutText.text([[flow(pitch: 11.5, gap: 23)]]).components(separatedBy: "\n\n").count == 7)
    }

    /// A double-spaced document's line pitch is its double spacing: only wider gaps open paragraphs.
    @Test func theLinePitchIsTheDocumentsOwn() {
        let lines: [String?] = ["One line of the first paragraph", "and its second line.", nil,
                                "The second paragraph", "goes on here", "and ends here."]
        let page = [Self.flow(lines, pitch: 24)]
        #expect(PDFLayoutText.linePitch([page]) == 2.4)
        #expect(PDFLayoutText.text([page]).components(separatedBy: "\n\n").count == 3)  // two paragraphs, then the flow's end
        let kept: [String] = lines.compactMap { $0 }
        let single = [Self.flow(kept.map(Optional.some), pitch: 24)]
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
        let page = [Self.flow(["The trust replaced eighteen gates", "along the canal and in the lock-", "flight this winter, with oak", "from its own woodland.",
                               nil, "-30-", nil, "Media contact:"])]
        #expect(PDFLayoutText.text([page]) == "The trust replaced eighteen gates\nalong the canal and in the lockflight this winter, with oak\nfrom its own woodland.\n\n-30-\n\nMedia contact:\n\n\u{0C}")
    }

    /// An end mark's dash is no hyphen: `-ENDS-` printed right above the contact heading stays a line of its own.
    @Test func anEndMarkIsNotJoinedWithTheLineUnderIt() {
        let page = [Self.flow(["The library opens on Monday at nine.", "-ENDS-", "Media contact: Owen Pryce"])]
        #expect(PDFLayoutText.text([page]) == "The library opens on Monday at nine.\n-ENDS-\nMedia contact: Owen Pryce\n\n\u{0C}")
        // (pdftotext's default mode joins them, and the text without gaps is that mode's.)
        #expect(PDFLayoutText.text([page], paragraphGaps: false) == "The library opens on Monday at nine.\n-ENDSMedia contact: Owen Pryce\n\n\u{0C}")
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
        #expect(pages == [[[Line(text: "Quay & Library", top: 100, bottom: 110, typeSize: 10)]], []])
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
    /// A paragraph's lines in the body's size, then its space.
    static func paragraph(_ lines: String...) -> [(text: String?, size: Double)] {
        lines.map { ($0, body) } + [(nil, body)]
    }

    /// A word processor's left-aligned export: a headline over a standfirst in the body's size, paragraphs whose
    /// last lines happen to be nearly full; pdftotext prints it all as one flow, without an empty line.
    static let leftAligned = TestPDF(pages: [TestPDF.page(
        paragraph("Marrowby Canal Trust")
        + paragraph("Canal trust reopens the Hollin lock flight to boats and walkers")
        + paragraph("Volunteers rebuilt four lock chambers and eighteen gates in two years")
        + paragraph("Marrowby, 14 May 2024 - The Marrowby Canal Trust will reopen the Hollin lock flight on Saturday,",
                    "two years after a breach in the summit pound closed the flight to boats and to walkers on the",
                    "towpath, and eighteen months after the trust began the largest repair in its sixty-year history",
                    "with the help of more than three hundred volunteers from the villages along the whole canal.")
        + paragraph("Volunteers rebuilt four lock chambers and replaced eighteen gates, most of them made of oak that",
                    "was felled in the trust's own woodland near Tarnside and seasoned in its yard for three winters",
                    "before the carpenters of the trust's workshop at Hollin Bottom shaped it into beams and planks,",
                    "each gate taking two carpenters and a dozen volunteers about five weeks of work to complete.")
        + paragraph("The work cost 1.9 million pounds, raised from members, from local firms and from a heritage grant",
                    "that the trust won in its second attempt, after the first application was turned down in 2022.")
        + [("Media contact:", body), ("Ruth Abernethy, Communications Officer", body),
           ("+44 20 7946 0321, ruth.abernethy@marrowbycanal.org", body)]
    )])

    @Test func aHeadlineStandsApartFromItsStandfirst() throws {
        let release = try Self.parse(Self.leftAligned)
        // (Without the page's gap the two lines, of one measure, read as a headline wrapped over two lines.)
        #expect(release.title == "Canal trust reopens the Hollin lock flight to boats and walkers")
        #expect(release.subtitle == "Volunteers rebuilt four lock chambers and eighteen gates in two years")
    }

    @Test func leftAlignedParagraphsAreParagraphs() throws {
        let release = try Self.parse(Self.leftAligned)
        #expect(release.paragraphs.count == 3)
        #expect(release.paragraphs.dropFirst().first == "Volunteers rebuilt four lock chambers and replaced eighteen gates, most of them made of oak that was felled in the trust's own woodland near Tarnside and seasoned in its yard for three winters before the carpenters of the trust's workshop at Hollin Bottom shaped it into beams and planks, each gate taking two carpenters and a dozen volunteers about five weeks of work to complete.")
        #expect(release.paragraphs.last == "The work cost 1.9 million pounds, raised from members, from local firms and from a heritage grant that the trust won in its second attempt, after the first application was turned down in 2022.")
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
            furnished(1, Self.paragraph("PRESS RELEASE")
                + Self.paragraph("Canal trust reopens the Hollin lock flight after two years")
                + Self.paragraph("Marrowby, 14 May 2024 - The Marrowby Canal Trust will reopen the Hollin lock flight on Saturday,",
                                 "two years after a breach in the summit pound closed the flight to boats and to walkers on the",
                                 "towpath, and eighteen months after the trust began the largest repair in its history.")
                + Self.paragraph("Volunteers rebuilt four lock chambers and replaced eighteen gates, most of them made of oak that",
                                 "was felled in the trust's own woodland near Tarnside and seasoned in its yard for three winters",
                                 "before the carpenters of the trust's workshop at Hollin Bottom shaped it into beams and")),
            furnished(2, Self.paragraph("planks, each gate taking two carpenters and a dozen volunteers five weeks of work.")
                + Self.paragraph("The work cost 1.9 million pounds, raised from members, from local firms and from a heritage grant",
                                 "that the trust won in its second attempt, after the first application was turned down in 2022.")
                + [("Media contact:", Self.body), ("Ruth Abernethy, Communications Officer", Self.body),
                   ("+44 20 7946 0321, ruth.abernethy@marrowbycanal.org", Self.body)]),
        ])
        let release = try Self.parse(pdf)
        #expect(release.paragraphs.contains("Volunteers rebuilt four lock chambers and replaced eighteen gates, most of them made of oak that was felled in the trust's own woodland near Tarnside and seasoned in its yard for three winters before the carpenters of the trust's workshop at Hollin Bottom shaped it into beams and planks, each gate taking two carpenters and a dozen volunteers five weeks of work."))
        #expect(release.paragraphs.last == "The work cost 1.9 million pounds, raised from members, from local firms and from a heritage grant that the trust won in its second attempt, after the first application was turned down in 2022.")
        #expect(release.paragraphs.count == 3)
        #expect(!release.paragraphs.joined().contains("Page 1"))
    }

    /// `For further information …, contact:` alone above the contact lines (a gap between them on the page) is
    /// the contact block's lead-in, not the body's last paragraph.
    @Test func aContactCallStandingAloneOpensTheContactBlock() throws {
        let pdf = TestPDF(pages: [TestPDF.page(
            Self.paragraph("PRESS RELEASE") + Self.paragraph("Tarnside library opens on the quay")
            + Self.paragraph("Tarnside, 3 March 2024 - The Tarnside Library opened its new building on the quay today, with",
                             "twelve thousand books, a reading room that looks over the harbour and a children's floor",
                             "with its own garden, three years after the old library on Mill Street was closed for good",
                             "because its roof, patched for decades, could no longer keep the winter storms out of it.")
            + Self.paragraph("The library will be open every day of the week and late on Thursdays, when the reading room",
                             "hosts talks by local writers, the first of them on the history of the harbour's fishing fleet",
                             "and the families who crewed its boats for two hundred years.")
            + Self.paragraph("For further information on the opening, see the library's website or contact:")
            + [("Press office: Owen Pryce, press@tarnside-library.example", Self.body),
               ("Events team: Mair Lloyd, events@tarnside-library.example", Self.body)]
        )])
        let release = try Self.parse(pdf)
        #expect(release.paragraphs.last == "The library will be open every day of the week and late on Thursdays, when the reading room hosts talks by local writers, the first of them on the history of the harbour's fishing fleet and the families who crewed its boats for two hundred years.")
        #expect(release.contacts.map(\.emails) == [["press@tarnside-library.example"], ["events@tarnside-library.example"]])
    }

    /// A pdftotext that does not write the geometry (too old for `-bbox-layout`, or writing something else) is
    /// asked again in its default mode, and its text read as before.
    @Test func withoutTheGeometryTheDefaultModesTextIsRead() throws {
        let dir = try ReadingTempFolder()
        for (name, script) in [
            ("refuses", "#!/bin/sh\nfor a in \"$@\"; do [ \"$a\" = -bbox-layout ] && { echo 'Unknown option' >&2; exit 99; }; done\nprintf 'PRESS RELEASE\\n\\nOld reader headline\\n\\nThe body.\\n\\f'\n"),
            ("garbles", "#!/bin/sh\nfor a in \"$@\"; do [ \"$a\" = -bbox-layout ] && { echo '<html><page'; exit 0; }; done\nprintf 'PRESS RELEASE\\n\\nOld reader headline\\n\\nThe body.\\n\\f'\n"),
        ] {
            let path = try dir.write(name, script)
            chmod(path, 0o755)
            let extractor = PDFTextExtractor(executable: URL(fileURLWithPath: path), timeLimit: 10)
            let text = try extractor.extract(PDFReadingTests.fixturePDF).get()
            #expect(String(decoding: text, as: UTF8.self) == "PRESS RELEASE\n\nOld reader headline\n\nThe body.\n\u{0C}", "\(name)")
        }
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
        guard let pdftotext = PDFTextExtractor.fromEnvironment().executable else { throw PythonTool.Failed(description: "no pdftotext") }
        return Array(try PythonTool.output(of: pdftotext, arguments).0)
    }
}

/// A lead-in that ends in a colon introduces the text under it: three lines of it are no headline, and a
/// running header's headline is taken instead (the page's geometry sets such a lead-in apart from the
/// paragraph under it, where pdftotext's text had run them together).
@Suite struct LeadInHeadlineTests {
    @Test func aThreeLineLeadInEndingInAColonIsNoHeadline() {
        let header = "Comunicado de prensa\n\nPuerto Viejo\n\nEncuesta de Bahías 2024\n\nMarzo 3 del 2024\n\n"
        let text = header + """
            La Autoridad Portuaria de Puerto Viejo, la Cofradía de Pescadores
            y la Asociación de Vecinos del Muelle, reunidas en asamblea,
            comunican a la opinión pública:

            Que el pasado 28 de febrero se reunieron los representantes de las tres entidades para revisar
            los resultados de la encuesta sobre el estado de las bahías de la costa norte del municipio.

            La encuesta recogió datos de 46 puntos de muestreo entre octubre y enero, y sus resultados
            serán publicados en el sitio web de la Autoridad Portuaria durante la próxima semana.

            COM-112-PV-002 V3
            \u{0C}
            """ + header + """
            Las tres entidades acordaron reunirse de nuevo en junio para revisar las medidas tomadas
            en cada bahía y presentar un informe conjunto al concejo municipal antes del verano.

            Contacto de prensa: Lucía Ferrer Dalmau, +34 612 345 678, prensa@puertoviejo.example

            COM-112-PV-002 V3
            \u{0C}
            """
        let file = SourceFile(url: URL(fileURLWithPath: "/test/comunicado.pdf"), source: "comunicado.pdf", format: .pdf)
        let release = ReleaseParser.parse(LoadedDocument(file: file, text: TextNormalizer.normalize(text), id: "test"))
        #expect(release.title == "Encuesta de Bahías 2024")
        #expect(release.paragraphs.first?.hasPrefix("La Autoridad Portuaria de Puerto Viejo") == true)
    }
}
