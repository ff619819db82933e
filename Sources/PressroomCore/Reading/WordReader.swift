import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// A Word document (`.docx`) or an OpenDocument text (`.odt`) into the logical text of its release: the
/// body's paragraphs with their styles (Title and Heading as `#` headings, list paragraphs as items, a
/// wholly bold paragraph as `**…**`), line breaks, tables where they stand (a row of one-line cells as one
/// block of lines, as a contact table prints a name, a role, a phone and an address), and hyperlinks'
/// addresses as links. Headers, footers and footnotes are separate parts of the file and are not read: they
/// are the page's furniture. The document's core properties (title, created date) become front matter:
/// evidence, weighed below what the text prints.
///
/// The zip is read with ZIPFoundation from memory and its XML with Foundation's `XMLParser`; a part whose
/// inflated size passes `maxPartSize` is refused as it inflates (a zip bomb declares a small size and
/// inflates to gigabytes), and so is an archive of more than `maxEntries` entries.
enum WordReader {
    /// The most bytes any one part may inflate to (the body of a 300-page report is a few MB).
    static let maxPartSize = 64 * 1024 * 1024
    static let maxEntries = 10_000

    enum Kind { case docx, odt }

    enum Failure: Error, Equatable {
        case notAZip, legacyWord, missingPart(String), tooLarge(String, limit: Int), tooManyEntries, damaged(String), noText

        var reason: String {
            switch self {
            case .notAZip: return "the file is not a Word (.docx) or OpenDocument (.odt) file: it is not a zip archive"
            case .legacyWord:
                return "a legacy Word .doc file, which pressroom does not read: convert it first with `libreoffice --headless --convert-to docx FILE` (or save it as .docx in Word)"
            case .missingPart(let part): return "the document has no \(part) (not a Word or OpenDocument text?)"
            case .tooLarge(let part, let limit):
                return "the document's \(part) inflates to more than \(limit / 1_048_576) MB (a zip bomb?); refused"
            case .tooManyEntries: return "the document's zip holds more than \(WordReader.maxEntries) entries (a zip bomb?); refused"
            case .damaged(let why): return "the document is damaged (\(why))"
            case .noText: return "the document holds no text"
            }
        }
    }

    /// Whether the bytes are an OLE2 compound file: a legacy `.doc` (or `.xls`, `.ppt`), whatever its name.
    static func isLegacyOffice(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    }

    static func read(_ bytes: [UInt8], kind: Kind, partLimit: Int = maxPartSize) -> Result<String, Failure> {
        if isLegacyOffice(bytes) { return .failure(.legacyWord) }
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]),
              let archive = try? ZIPFoundation.Archive(data: Data(bytes), accessMode: .read, pathEncoding: nil) else {
            return .failure(.notAZip)
        }
        var entries = 0
        for _ in archive {
            entries += 1
            if entries > maxEntries { return .failure(.tooManyEntries) }
        }
        func part(_ path: String) -> Result<Data?, Failure> {
            guard let entry = archive[path] else { return .success(nil) }
            guard entry.uncompressedSize <= UInt64(partLimit) else { return .failure(.tooLarge(path, limit: partLimit)) }
            var data = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    // The declared size may lie: count what actually inflates.
                    guard data.count + chunk.count <= partLimit else { throw Failure.tooLarge(path, limit: partLimit) }
                    data.append(chunk)
                }
            } catch let failure as Failure {
                return .failure(failure)
            } catch {
                return .failure(.damaged("\(path) cannot be inflated"))
            }
            return .success(data)
        }
        let bodyPath = kind == .docx ? "word/document.xml" : "content.xml"
        let body: Data
        switch part(bodyPath) {
        case .success(let d?): body = d
        case .success(nil): return .failure(.missingPart(bodyPath))
        case .failure(let f): return .failure(f)
        }
        var links: [String: String] = [:]
        var styles: [String: String] = [:]
        var properties = Properties()
        var numbering = Numbering()
        if kind == .docx {
            if case .success(let d?) = part("word/_rels/document.xml.rels") { links = Relationships.parse(d) }
            if case .success(let d?) = part("word/numbering.xml") { numbering = Numbering.parse(d) }
            if case .success(let d?) = part("word/styles.xml") { styles = StyleNames.parse(d) }
            if case .success(let d?) = part("docProps/core.xml") { properties = Properties.parse(d) }
        } else {
            if case .success(let d?) = part("styles.xml") { styles = StyleNames.parseODF(d) }
            if case .success(let d?) = part("meta.xml") { properties = Properties.parse(d) }
        }
        // A document that uses the Title style puts its headings under it: Heading 1 is then a level-2 heading
        // (a standfirst or a section), not a second headline.
        let titleIDs = styles.filter { $0.value == "title" }.map(\.key) + ["Title"]
        let titled = kind == .docx && titleIDs.contains { body.range(of: Data("w:val=\"\($0)\"".utf8)) != nil }
        let reader = BodyReader(kind: kind, links: links, styles: styles, headingShift: titled ? 1 : 0, numbering: numbering)
        let parser = XMLParser(data: body)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        guard parser.parse() else {
            return .failure(.damaged("\(bodyPath) is not well-formed XML: \(parser.parserError.map { "\($0.localizedDescription)" } ?? "unknown error")"))
        }
        reader.finish()
        var out = reader.out
        guard !out.isEmpty else { return .failure(.noText) }
        // The file's title property is often a template's or a draft's name: evidence only when the text prints it.
        out.title = properties.title.flatMap { out.prints($0) ? $0 : nil }
        out.date = properties.created
        return .success(out.text)
    }

    /// A docx's list numbering (`word/numbering.xml`): each list (`w:num`) points at an abstract definition whose
    /// levels say how an item is numbered (`w:numFmt` decimal, lowerLetter, upperRoman, bullet …; `w:lvlText`
    /// `%1.`, `(%1)`, `%1.%2.`; `w:start`). The reader counts the items of each list and level as Word does, so a
    /// numbered list keeps its `1.` `2.` (`a)`, `iv.`) instead of becoming bullets.
    struct Numbering {
        struct Level { var format = "decimal"; var text = "%1."; var start = 1 }
        var abstractOf: [String: String] = [:]
        var levels: [String: [Int: Level]] = [:]
        /// The counters of each list, by level.
        private var counters: [String: [Int: Int]] = [:]

        /// The marker of the next item of list `numID` at `level`, nil for a bullet (or a list not defined).
        mutating func next(numID: String, level: Int) -> String? {
            guard let abstract = abstractOf[numID], let defined = levels[abstract], let this = defined[level] else { return nil }
            guard this.format != "bullet", this.format != "none" else { return nil }
            var counts = counters[numID] ?? [:]
            counts[level] = (counts[level] ?? ((this.start) - 1)) + 1
            // A new item at a level restarts the levels below it.
            for deeper in counts.keys where deeper > level { counts[deeper] = nil }
            counters[numID] = counts
            var marker = this.text
            for k in (0...8).reversed() where marker.contains("%\(k + 1)") {
                let l = defined[k] ?? Level()
                marker = marker.replacingOccurrences(of: "%\(k + 1)", with: Self.format(counts[k] ?? l.start, l.format))
            }
            let trimmed = marker.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : trimmed
        }

        static func format(_ n: Int, _ format: String) -> String {
            switch format {
            case "lowerLetter", "upperLetter":
                var k = max(1, n), letters = ""
                repeat { k -= 1; letters = String(UnicodeScalar(UInt8(97 + k % 26))) + letters; k /= 26 } while k > 0
                return format == "upperLetter" ? letters.uppercased() : letters
            case "lowerRoman", "upperRoman":
                var k = max(1, min(n, 3999)), roman = ""
                for (value, digits) in [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                                        (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")] {
                    while k >= value { roman += digits; k -= value }
                }
                return format == "upperRoman" ? roman.uppercased() : roman
            default: return String(n)
            }
        }

        static func parse(_ data: Data) -> Numbering {
            let reader = NumberingReader()
            let parser = XMLParser(data: data)
            parser.shouldResolveExternalEntities = false
            parser.delegate = reader
            _ = parser.parse()
            return reader.numbering
        }
    }

    private final class NumberingReader: NSObject, XMLParserDelegate {
        var numbering = Numbering()
        private var abstract: String?
        private var level: Int?
        private var num: String?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let value = attributes["w:val"]
            switch name {
            case "w:abstractNum": abstract = attributes["w:abstractNumId"]
            case "w:lvl":
                level = attributes["w:ilvl"].flatMap { Int($0) }
                if let abstract, let level { numbering.levels[abstract, default: [:]][level] = Numbering.Level() }
            case "w:num": num = attributes["w:numId"]
            case "w:abstractNumId": if let num, let value { numbering.abstractOf[num] = value }
            case "w:numFmt", "w:lvlText", "w:start":
                guard num == nil, let abstract, let level, let value else { return }
                switch name {
                case "w:numFmt": numbering.levels[abstract]?[level]?.format = value
                case "w:lvlText": numbering.levels[abstract]?[level]?.text = value
                default: numbering.levels[abstract]?[level]?.start = Int(value) ?? 1
                }
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "w:abstractNum": abstract = nil
            case "w:lvl": level = nil
            case "w:num": num = nil
            default: break
            }
        }
    }

    /// `dc:title` and `dcterms:created` (docx `docProps/core.xml`) or `meta:creation-date` (odt `meta.xml`).
    struct Properties {
        var title: String?
        var created: String?

        static func parse(_ data: Data) -> Properties {
            let collector = ElementText(names: ["dc:title", "dcterms:created", "meta:creation-date"])
            let parser = XMLParser(data: data)
            parser.delegate = collector
            _ = parser.parse()
            return Properties(title: collector.found["dc:title"],
                              created: collector.found["dcterms:created"] ?? collector.found["meta:creation-date"])
        }
    }
}

/// The text of the first element of each of some names.
private final class ElementText: NSObject, XMLParserDelegate {
    let names: Set<String>
    var found: [String: String] = [:]
    private var current: String?
    private var text = ""

    init(names: Set<String>) { self.names = names }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if names.contains(name), found[name] == nil { current = name; text = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if current != nil { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == current {
            let t = LogicalMarkdown.collapse(text)
            if !t.isEmpty { found[name] = t }
            current = nil
        }
    }
}

/// `word/_rels/document.xml.rels`: relationship id → external target (the hyperlinks' addresses).
private enum Relationships {
    final class Delegate: NSObject, XMLParserDelegate {
        var targets: [String: String] = [:]
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if name == "Relationship", let id = attributes["Id"], let target = attributes["Target"],
               attributes["TargetMode"] == "External" { targets[id] = target }
        }
    }

    static func parse(_ data: Data) -> [String: String] {
        let d = Delegate()
        let parser = XMLParser(data: data)
        parser.delegate = d
        _ = parser.parse()
        return d.targets
    }
}

/// Style id → the style's name, lower-cased (`Heading1` → `heading 1`; a German template's `berschrift1`
/// is named `heading 1` too), so that headings are known whatever the template's language.
private enum StyleNames {
    final class Delegate: NSObject, XMLParserDelegate {
        let odf: Bool
        var names: [String: String] = [:]
        var current: String?
        init(odf: Bool) { self.odf = odf }
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if odf {
                if name == "style:style", let id = attributes["style:name"] {
                    names[id] = (attributes["style:display-name"] ?? id).lowercased().replacingOccurrences(of: "_20_", with: " ")
                }
            } else if name == "w:style" {
                current = attributes["w:styleId"]
            } else if name == "w:name", let id = current, let value = attributes["w:val"] {
                names[id] = value.lowercased()
            }
        }
    }

    static func parse(_ data: Data) -> [String: String] { run(data, odf: false) }
    static func parseODF(_ data: Data) -> [String: String] { run(data, odf: true) }

    private static func run(_ data: Data, odf: Bool) -> [String: String] {
        let d = Delegate(odf: odf)
        let parser = XMLParser(data: data)
        parser.delegate = d
        _ = parser.parse()
        return d.names
    }
}

/// The body's walk: paragraphs (`w:p`, `text:p`, `text:h`), runs' text, breaks, tabs, hyperlinks, lists,
/// table rows and cells.
private final class BodyReader: NSObject, XMLParserDelegate {
    let kind: WordReader.Kind
    let links: [String: String]
    let styles: [String: String]
    var out = LogicalMarkdown()

    // The paragraph being read.
    private var inParagraph = 0
    private var block = LogicalMarkdown.OpenBlock()
    private var style: String?
    private var headingLevel = 0
    private var isListItem = false
    private var numbering: WordReader.Numbering
    private var numID: String?
    private var numLevel = 0
    private var inText = false
    private var runBold = false
    private var runItalic = false
    private var hyperlinks: [(url: String?, start: String.Index)] = []
    // Tables: the open rows' cells (each cell's lines, a paragraph's lines joined), nested tables stacked.
    private var rows: [[[String]]] = []
    private var tables: [[[[String]]]] = []
    private var cellDepth = 0
    private var odfListDepth = 0
    private var skipDepth = 0

    let headingShift: Int

    init(kind: WordReader.Kind, links: [String: String], styles: [String: String], headingShift: Int,
         numbering: WordReader.Numbering) {
        self.numbering = numbering
        self.headingShift = headingShift
        self.kind = kind
        self.links = links
        self.styles = styles
    }

    private func styleName(_ id: String) -> String { styles[id] ?? id.lowercased() }

    /// The heading level a style name gives: Title 1, Heading n n.
    private func level(_ name: String) -> Int {
        if name == "title" { return 1 }
        for prefix in ["heading ", "heading"] where name.hasPrefix(prefix) {
            if let n = Int(name.dropFirst(prefix.count)), (1...6).contains(n) { return min(6, n + headingShift) }
        }
        return 0
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if skipDepth > 0 { skipDepth += 1; return }
        switch name {
        // Deleted text of tracked changes, field codes, footnote references' marks: not printed text.
        case "w:del", "w:instrText", "w:delText", "text:note", "office:annotation", "w:footnoteReference":
            skipDepth = 1
        case "w:p", "text:p", "text:h":
            inParagraph += 1
            if inParagraph == 1 {
                block = LogicalMarkdown.OpenBlock()
                style = nil; headingLevel = 0; isListItem = odfListDepth > 0; numID = nil; numLevel = 0
                if name == "text:h" { headingLevel = Int(attributes["text:outline-level"] ?? "1") ?? 1 }
                if let s = attributes["text:style-name"] { applyStyle(styleName(s)) }
            }
        case "w:pStyle": if let v = attributes["w:val"] { applyStyle(styleName(v)) }
        case "w:numPr": isListItem = true
        case "w:numId": numID = attributes["w:val"]
        case "w:ilvl": numLevel = attributes["w:val"].flatMap { Int($0) } ?? 0
        case "w:rPr": break
        case "w:b": runBold = !(attributes["w:val"] == "0" || attributes["w:val"] == "false")
        case "w:i": runItalic = !(attributes["w:val"] == "0" || attributes["w:val"] == "false")
        case "w:r": runBold = false; runItalic = false
        case "w:t", "text:span", "text:a":
            inText = true
            if name == "text:a" { hyperlinks.append((attributes["xlink:href"], block.line.endIndex)) }
        case "w:tab", "text:tab": block.line += " "
        case "w:br", "w:cr", "text:line-break":
            if attributes["w:type"] == "page" { endParagraphPart() } else { endLine() }
        case "text:s": block.line += " "
        case "w:hyperlink":
            hyperlinks.append((attributes["r:id"].flatMap { links[$0] }, block.line.endIndex))
        case "text:list": odfListDepth += 1
        case "w:tbl", "table:table": tables.append([])
        case "w:tr", "table:table-row": rows.append([])
        case "w:tc", "table:table-cell":
            if !rows.isEmpty { rows[rows.count - 1].append([]) }
            cellDepth += 1
        default: break
        }
        if kind == .odt, name == "text:p" || name == "text:h" || name == "text:span" { inText = true }
    }

    private func applyStyle(_ name: String) {
        style = name
        let l = level(name)
        if l > 0 { headingLevel = l }
        if name.hasPrefix("list") { isListItem = true }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard skipDepth == 0, inParagraph > 0, inText || kind == .odt else { return }
        block.add(string, printing: string.filter { !$0.isWhitespace }.count, bold: runBold, italic: runItalic)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if skipDepth > 0 { skipDepth -= 1; return }
        switch name {
        case "w:t": inText = false
        case "w:hyperlink", "text:a":
            if let link = hyperlinks.popLast(), let url = link.url.flatMap(Self.absolute) {
                let printed = link.start <= block.line.endIndex ? String(block.line[link.start...]) : block.line
                if !printed.lowercased().contains(url.replacingOccurrences(of: "mailto:", with: "").lowercased()) {
                    block.line += LogicalMarkdown.linkMark(url)
                }
            }
        case "w:p", "text:p", "text:h":
            inParagraph -= 1
            if inParagraph == 0 { endParagraphPart() }
        case "text:list": odfListDepth -= 1
        case "w:tc", "table:table-cell": cellDepth -= 1
        case "w:tr", "table:table-row":
            guard let cells = rows.popLast() else { return }
            if tables.isEmpty { out.table([cells]) } else { tables[tables.count - 1].append(cells) }
        case "w:tbl", "table:table":
            guard let table = tables.popLast() else { return }
            if cellDepth > 0, !rows.isEmpty, !rows[rows.count - 1].isEmpty {
                // A table inside a cell: its text belongs to the outer cell.
                rows[rows.count - 1][rows[rows.count - 1].count - 1] += table.flatMap { $0.flatMap { $0 } }
            } else {
                out.table(table)
            }
        default: break
        }
    }

    private static func absolute(_ url: String) -> String? {
        let lower = url.lowercased()
        if lower.hasPrefix("mailto:") { return "mailto:" + url.dropFirst(7).prefix(while: { $0 != "?" }).lowercased() }
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") ? url : nil
    }

    private func endLine() { block.endLine() }

    /// Ends the paragraph (or the part before a page break): into the open table cell, or written out.
    private func endParagraphPart() {
        endLine()
        defer { block.lines = [] }
        guard !block.lines.isEmpty else { return }
        if cellDepth > 0, !rows.isEmpty, !rows[rows.count - 1].isEmpty {
            rows[rows.count - 1][rows[rows.count - 1].count - 1] += block.lines
            return
        }
        // The list's number is taken only for an item: taking it moves the list's count on.
        let item = headingLevel == 0 && isListItem ? numID.flatMap { numbering.next(numID: $0, level: numLevel) } ?? "-" : nil
        out.write(block, heading: headingLevel, item: item)
    }

    func finish() { endParagraphPart() }
}
