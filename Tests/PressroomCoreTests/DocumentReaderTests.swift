import Foundation
import Testing
import ZIPFoundation
@testable import PressroomCore

/// Reads one file through the archive reader and the parser, as `pressroom export` does.
private func record(_ path: String) -> Result<Release, LoadProblem> {
    let file = ArchiveReader.discover([path]).files[0]
    return ArchiveReader.read(file).map(ReleaseParser.parse)
}

private func problem(_ path: String) -> String? {
    if case .failure(let p) = record(path) { return p.reason }
    return nil
}

@Suite struct HTMLReaderTests {
    /// A newsroom page written for this test: navigation, a cookie banner, a breadcrumb, share buttons, an
    /// aside of related news and a site footer around the article, JSON-LD and meta tags in the head.
    @Test func aNewsroomPageGivesTheReleaseWithoutItsFurniture() throws {
        let r = try record(readingFixtures + "/newsroom-page.html").get()
        #expect(r.format == .html)
        #expect(r.kind == "PRESS RELEASE")
        #expect(r.title == "Pellworth Harbour Trust reopens the Victorian tidal pool after restoration")
        #expect(r.release == "For immediate release")
        #expect(r.date == "2025-03-11")
        #expect(r.location == "PELLWORTH")
        #expect(r.organization == "Pellworth Harbour Trust")
        #expect(r.paragraphs.count == 5)
        #expect(r.paragraphs[2] == "New sluice gate refreshes the water on every tide")
        #expect(r.paragraphMarkers[2] == "•")
        #expect(r.notes == ["The Pellworth Harbour Trust is a charity that looks after the harbour's historic structures."])
        let all = (r.paragraphs + r.notes).joined(separator: " ")
        for furniture in ["cookies", "About us", "Share on", "Related news", "Registered charity", "tracking", "Home"] {
            #expect(!all.contains(furniture), "\(furniture) leaked into the body")
        }
        #expect(r.contacts.count == 1)
        #expect(r.contacts.first?.name == "Idris Penhallow")
        #expect(r.contacts.first?.role == "Communications Officer")
        #expect(r.contacts.first?.phones == ["+441632960418"])
        #expect(r.links == ["mailto:press@pellworth-harbour.example", "https://coastal-fund.example/grants"])
    }

    @Test func thePagesMetadataIsEvidenceBelowWhatTheTextPrints() throws {
        let dir = try ReadingTempFolder()
        // The CMS published it a day late; the release prints its own date.
        let late = try dir.write("late.html", """
            <html><head><meta property="article:published_time" content="2024-05-09T07:00:00Z"></head><body><article>
            <h1>Ferry timetable extended for the summer season</h1>
            <p>KIRKWALL, 8 May 2024 – The island council today extended the evening ferry timetable until the end of September.</p>
            <p>The extra sailings leave at 21:00 and 22:30 on weekdays.</p></article></body></html>
            """)
        #expect(try record(late).get().date == "2024-05-08")
        // No date printed: JSON-LD's datePublished is the answer; its headline finds the headline among the
        // paragraphs (no <h1>), and `<title>`'s site name is not taken.
        let undated = try dir.write("undated.html", """
            <html><head><title>News | Island Council</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
            {"@type":"PressRelease","headline":"Ferry timetable extended for the summer season","datePublished":"2024-05-08"}]}</script>
            </head><body><div class="content"><p><b>Ferry timetable extended for the summer season</b></p>
            <p>The island council today extended the evening ferry timetable until the end of September.</p>
            <p>The extra sailings leave at 21:00 and 22:30 on weekdays, and tickets can be booked online.</p></div></body></html>
            """)
        let r = try record(undated).get()
        #expect(r.date == "2024-05-08")
        #expect(r.title == "Ferry timetable extended for the summer season")
        #expect(r.paragraphs.count == 2)
    }

    @Test func textThatLooksLikeMarkupStaysText() throws {
        let dir = try ReadingTempFolder()
        let path = try dir.write("marks.html", """
            <html><body><main><h1>Rates cut to 2.5% from 1 July</h1>
            <p>1. This paragraph opens with a number, and *stars* and [brackets] are printed as they are.</p>
            <p>- Nor is this a list: it opens with a dash.<br><br>A second paragraph after two breaks.</p></main></body></html>
            """)
        let r = try record(path).get()
        #expect(r.paragraphs == ["1. This paragraph opens with a number, and *stars* and [brackets] are printed as they are.",
                                 "- Nor is this a list: it opens with a dash.", "A second paragraph after two breaks."])
    }

    @Test func hostilePagesAreRefusedWithAReason() throws {
        let dir = try ReadingTempFolder()
        // Nesting deeper than the limit (libxml2 would drop what is below its own limit without a word).
        let deep = try dir.write("deep.html", "<html><body>" + String(repeating: "<div>", count: 300) + "text"
                                 + String(repeating: "</div>", count: 300) + "</body></html>")
        #expect(problem(deep)?.contains("nests its elements more than 200 deep") == true)
        // More elements than any page has: refused before libxml2 builds a tree of them.
        let many = try dir.write("many.html", String(repeating: "<i>", count: HTMLReader.maxElements + 1))
        #expect(problem(many)?.contains("more than 200,000 elements") == true)
        let empty = try dir.write("empty.html", "<html><head><script>x()</script></head><body><nav>Home</nav></body></html>")
        #expect(problem(empty) == "the HTML page holds no text outside its navigation and scripts")
    }
}

/// A Word file made from parts written here, as a word processor zips them.
private func docx(_ parts: [String: String]) throws -> [UInt8] {
    let archive = try ZIPFoundation.Archive(data: Data(), accessMode: .create, pathEncoding: nil)
    for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
        let data = Data(text.utf8)
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
    return [UInt8](archive.data!)
}

private let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

private func paragraph(_ text: String, style: String? = nil, bold: Bool = false) -> String {
    let pPr = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
    return "<w:p>\(pPr)<w:r>\(bold ? "<w:rPr><w:b/></w:rPr>" : "")<w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
}

private func cell(_ lines: [String]) -> String {
    "<w:tc>" + lines.map { paragraph($0) }.joined() + "</w:tc>"
}

@Suite struct WordReaderTests {
    /// A release in Word with a contact table of two people side by side, a hyperlink and core properties.
    static let release: [String: String] = [
        "[Content_Types].xml": "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
        "word/styles.xml": "<w:styles \(w)><w:style w:styleId=\"Titel\"><w:name w:val=\"Title\"/></w:style>"
            + "<w:style w:styleId=\"berschrift1\"><w:name w:val=\"heading 1\"/></w:style></w:styles>",
        "word/_rels/document.xml.rels": "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId7\" Type=\"hyperlink\" Target=\"https://orchard-trust.example/report\" TargetMode=\"External\"/></Relationships>",
        "docProps/core.xml": "<cp:coreProperties xmlns:cp=\"cp\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
            + "<dc:title>Normal.dotm</dc:title><dcterms:created>2019-01-02T10:00:00Z</dcterms:created></cp:coreProperties>",
        "word/document.xml": "<w:document \(w)><w:body>"
            + paragraph("MEDIA RELEASE", bold: true)
            + paragraph("Community orchards planted in twelve villages", style: "Titel")
            + paragraph("Volunteers chose old local apple varieties", style: "berschrift1")
            + "<w:p><w:r><w:t>HEREFORD, 3 February 2025 – The Orchard Trust has planted 480 fruit trees with volunteers in twelve villages, it said in its </w:t></w:r>"
            + "<w:hyperlink r:id=\"rId7\"><w:r><w:t>winter report</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r></w:p>"
            + paragraph("Each village chose varieties that once grew in its parish, from the records kept by the county archive.")
            + "<w:p><w:r><w:t>Planting ends in March.</w:t></w:r><w:del><w:r><w:delText>Deleted draft words.</w:delText></w:r></w:del></w:p>"
            + paragraph("ENDS")
            + paragraph("Media contacts", style: "berschrift1")
            + "<w:tbl>"
            + "<w:tr>" + cell(["Marguerite Oakhampton"]) + cell(["Tomasz Wielgosz"]) + "</w:tr>"
            + "<w:tr>" + cell(["Press Officer"]) + cell(["Volunteer Coordinator"]) + "</w:tr>"
            + "<w:tr>" + cell(["+44 1632 960 771"]) + cell(["+44 7700 900 318"]) + "</w:tr>"
            + "<w:tr>" + cell(["press@orchard-trust.example"]) + cell(["tomasz@orchard-trust.example"]) + "</w:tr>"
            + "</w:tbl><w:sectPr/></w:body></w:document>",
    ]

    @Test func aWordReleaseWithAContactTable() throws {
        let dir = try ReadingTempFolder()
        let path = try dir.write("orchards.docx", bytes: try docx(Self.release))
        let r = try record(path).get()
        #expect(r.format == .docx)
        #expect(r.kind == "MEDIA RELEASE")
        #expect(r.title == "Community orchards planted in twelve villages")
        #expect(r.subtitle == "Volunteers chose old local apple varieties")
        // The printed dateline's date, not the file's created date (nor its template's title).
        #expect(r.date == "2025-02-03")
        #expect(r.location == "HEREFORD")
        #expect(r.paragraphs == [
            "The Orchard Trust has planted 480 fruit trees with volunteers in twelve villages, it said in its winter report.",
            "Each village chose varieties that once grew in its parish, from the records kept by the county archive.",
            "Planting ends in March.",
        ])
        #expect(r.contacts.map(\.name) == ["Marguerite Oakhampton", "Tomasz Wielgosz"])
        #expect(r.contacts.map(\.role) == ["Press Officer", "Volunteer Coordinator"])
        #expect(r.contacts.map(\.phones) == [["+441632960771"], ["+447700900318"]])
        #expect(r.links.contains("https://orchard-trust.example/report"))
    }

    /// `zip` with the uncompressed size of `name` written as `size` in its local header (offset 22) and its
    /// central directory entry (offset 24): what a zip bomb's maker does.
    static func declaring(_ size: UInt32, for name: String, in zip: [UInt8]) -> [UInt8] {
        var out = zip
        let nameBytes = Array(name.utf8)
        let le = withUnsafeBytes(of: size.littleEndian) { Array($0) }
        for i in 0..<(out.count - 46) where out[i] == 0x50 && out[i + 1] == 0x4B {
            if out[i + 2] == 3 && out[i + 3] == 4, out[(i + 30)...].starts(with: nameBytes) {
                out.replaceSubrange((i + 22)..<(i + 26), with: le)
            } else if out[i + 2] == 1 && out[i + 3] == 2, out[(i + 46)...].starts(with: nameBytes) {
                out.replaceSubrange((i + 24)..<(i + 28), with: le)
            }
        }
        return out
    }

    @Test func numberedListsKeepTheirNumbersAndBulletsStayBullets() throws {
        let numbering = "<w:numbering \(w)>"
            + "<w:abstractNum w:abstractNumId=\"4\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%2)\"/></w:lvl></w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"9\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u{F0B7}\"/></w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"4\"/></w:num><w:num w:numId=\"2\"><w:abstractNumId w:val=\"9\"/></w:num></w:numbering>"
        func item(_ text: String, num: Int, level: Int = 0) -> String {
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(num)\"/></w:numPr></w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
        }
        var parts = Self.release
        parts["word/numbering.xml"] = numbering
        parts["word/document.xml"] = "<w:document \(w)><w:body>"
            + paragraph("MEDIA RELEASE", bold: true) + paragraph("Orchard Trust sets out its three asks", style: "Titel")
            + paragraph("LEDBURY, 2 May 2025 – The Orchard Trust today set out what it asks of the county council.")
            + item("Plant two hundred trees a year.", num: 1) + item("Keep the old varieties.", num: 1)
            + item("Perry pears first.", num: 1, level: 1) + item("Open the orchards on Sundays.", num: 1)
            + item("Volunteers welcome.", num: 2)
            + paragraph("ENDS") + "</w:body></w:document>"
        let text = try WordReader.read(docx(parts), kind: .docx).get()
        #expect(text.contains("\n1. Plant two hundred trees a year."))
        #expect(text.contains("\n2. Keep the old varieties."))
        #expect(text.contains("\na) Perry pears first."))
        #expect(text.contains("\n3. Open the orchards on Sundays."))
        #expect(text.contains("\n- Volunteers welcome."))
        #expect(WordReader.Numbering.format(4, "upperRoman") == "IV")
        #expect(WordReader.Numbering.format(28, "lowerLetter") == "ab")
    }

    @Test func zipBombsLegacyDocAndOtherFilesAreRefusedWithAReason() throws {
        let dir = try ReadingTempFolder()
        // A part that inflates past the limit (here 2 MB of spaces, a few KB zipped, against a limit of 1 MB;
        // the reader's is 64 MB).
        var bomb = Self.release
        bomb["word/document.xml"] = "<w:document \(w)><w:body>" + String(repeating: " ", count: 2 << 20) + "</w:body></w:document>"
        let bombBytes = try docx(bomb)
        #expect(bombBytes.count < 20_000)
        #expect(WordReader.read(bombBytes, kind: .docx, partLimit: 1 << 20)
                == .failure(.tooLarge("word/document.xml", limit: 1 << 20)))
        // The same bomb whose headers lie: the local and central headers declare 1,000 bytes, so only the bytes
        // actually inflated can stop it.
        let lying = Self.declaring(1_000, for: "word/document.xml", in: bombBytes)
        #expect(lying != bombBytes)
        #expect(WordReader.read(lying, kind: .docx, partLimit: 1 << 20)
                == .failure(.tooLarge("word/document.xml", limit: 1 << 20)))
        #expect(try WordReader.read(docx(Self.release), kind: .docx, partLimit: 1 << 20).get().contains("Community orchards"))
        // A legacy .doc (an OLE2 compound file), whatever its name.
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        for name in ["old.doc", "renamed.docx"] {
            let legacy = try dir.write(name, bytes: ole)
            #expect(problem(legacy)?.contains("libreoffice --headless --convert-to docx") == true)
        }
        let notZip = try dir.write("text.docx", "just text")
        #expect(problem(notZip)?.contains("not a zip archive") == true)
        var noBody = Self.release
        noBody["word/document.xml"] = nil
        let missing = try dir.write("nobody.docx", bytes: try docx(noBody))
        #expect(problem(missing) == "the document has no word/document.xml (not a Word or OpenDocument text?)")
    }

    @Test func anOpenDocumentTextReadsTheSameWay() throws {
        let content = """
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:xlink="http://www.w3.org/1999/xlink">\
            <office:body><office:text><text:p>PRESS RELEASE</text:p>\
            <text:h text:outline-level="1">Riverside library opens on Sundays from April</text:h>\
            <text:p>LEEDSWORTH, 14 March 2025 – The town's riverside library will open on Sundays from 6 April, \
            the council said, after a<text:s/>survey of <text:a xlink:href="https://leedsworth.example/survey">1,200 readers</text:a>.</text:p>\
            <text:list><text:list-item><text:p>Open 10:00 to 16:00</text:p></text:list-item></text:list>\
            <text:p>Media contact: Oluwaseun Barrowby, +44 113 496 0321, press@leedsworth.example</text:p>\
            </office:text></office:body></office:document-content>
            """
        let dir = try ReadingTempFolder()
        let path = try dir.write("library.odt", bytes: try docx(["mimetype": "application/vnd.oasis.opendocument.text",
                                                                  "content.xml": content]))
        let r = try record(path).get()
        #expect(r.format == .odt)
        #expect(r.title == "Riverside library opens on Sundays from April")
        #expect(r.date == "2025-03-14")
        #expect(r.paragraphs == ["The town's riverside library will open on Sundays from 6 April, the council said, after a survey of 1,200 readers.",
                                 "Open 10:00 to 16:00"])
        #expect(r.contacts.first?.name == "Oluwaseun Barrowby")
        #expect(r.links.contains("https://leedsworth.example/survey"))
    }

    @Test func foldersOfferWebPagesAndWordFiles() throws {
        let dir = try ReadingTempFolder()
        for name in ["a.html", "b.htm", "c.docx", "d.odt", "e.doc", "f.rtf"] { try dir.write(name, "x") }
        let found = ArchiveReader.discover([dir.path]).files
        #expect(found.map(\.source) == ["a.html", "b.htm", "c.docx", "d.odt", "e.doc"])
        #expect(found.map(\.format) == [.html, .html, .docx, .odt, .docx])
    }
}
