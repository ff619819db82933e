import CLibXML2
import Foundation

/// The text of a PDF from pdftotext's page geometry (`pdftotext -bbox-layout`: XHTML of pages, flows, blocks,
/// lines and words with their boxes), written as pdftotext's default mode prints it — lines in reading order,
/// a line-end hyphen joined with the next line, an empty line after each flow, a form feed after each page —
/// with one thing more: an empty line where the page leaves a paragraph's space between two lines.
///
/// Why: pdftotext prints an empty line only between *flows*, and the left-aligned paragraphs of one column
/// (what a word processor exports) make a single flow, so the text it prints has no gap between paragraphs: a
/// headline runs into its standfirst, a letterhead into the headline, paragraphs into each other. The page
/// still shows each paragraph's space, and `-bbox-layout` gives the lines' boxes to measure it by. One run
/// of pdftotext gives both: the default mode's text is rebuilt from the same lines (byte for byte on every PDF
/// of the dev corpus and the three real sets, checked when this was written), so where the geometry says
/// nothing new (columns, tables, page furniture, the page breaks the parser reads) the text is what it was.
///
/// The paragraph's space is measured against the document's own line pitch, not a fixed one: the most
/// common distance from one line's top to the next's, in line heights, between lines of one size. A line
/// whose bottom stands more than `gapRatio` pitches (of its own height) below the line above it starts a
/// paragraph. A double-spaced document's pitch is its double spacing, so only its wider gaps count.
enum PDFLayoutText {
    /// How many of the document's line pitches a line must stand below the one above it to open a paragraph:
    /// a line's own pitch is 1, a paragraph's space ~1.5–2.5 in what press offices print (6 pt after an 11 pt
    /// line is 1.4). From 1.15 to 1.5 no score of the dev corpus or the real sets moves by more than 0.003.
    static let gapRatio = 1.3

    /// A word as `-bbox-layout` prints it.
    struct Word {
        var text: String
        var xMin, xMax, yMin, yMax: Double
    }

    /// A printed line: its text (words joined as pdftotext joins them), its box's top and bottom, and the
    /// height its words share when every word is of one size (within a twentieth), else nil.
    struct Line: Equatable {
        var text: String
        var top: Double
        var bottom: Double
        var typeSize: Double? = nil
        var height: Double { bottom - top }
    }

    /// A page: its flows, each the lines pdftotext reads in one run, in reading order.
    typealias Page = [[Line]]

    /// The text of `xhtml` (pdftotext `-bbox-layout` output), or nil when it cannot be read as such.
    static func text(fromBBoxLayout xhtml: [UInt8]) -> String? {
        guard let pages = pages(xhtml) else { return nil }
        return text(pages)
    }

    /// The text of `pages`, as described above; without `paragraphGaps`, exactly what pdftotext's default
    /// mode prints (the tests hold it to that).
    static func text(_ pages: [Page], paragraphGaps: Bool = true) -> String {
        let pitch = paragraphGaps ? linePitch(pages) : nil
        var out = ""
        for page in pages {
            for flow in page {
                // Where each line opens a paragraph (the first of a flow is after the flow's empty line).
                let opens = flow.indices.map { i in
                    i > 0 && (pitch.map { opensParagraph(flow[i], after: flow[i - 1], pitch: $0) } == true
                              || paragraphGaps && changesTypeSize(flow[i], after: flow[i - 1]))
                }
                for (i, line) in flow.enumerated() {
                    if opens[i] { out += "\n" }
                    // pdftotext joins a line ending in a hyphen with the next one of its flow, the hyphen dropped;
                    // not when the next line opens a paragraph (a word broken at a line end goes on right under
                    // it), nor after an end mark, whose dash is no hyphen (`-ENDS-` over `Media contact:`).
                    if i < flow.count - 1, line.text.utf8.last == 0x2D, !opens[i + 1],
                       !(paragraphGaps && ReleaseLexicon.isEndMark(line.text)) {
                        out += line.text.dropLast()
                    } else {
                        out += line.text
                        out += "\n"
                    }
                }
                out += "\n"
            }
            out += "\u{0C}"
        }
        return out
    }

    /// The document's line pitch: the most common distance from a line's top to the next line's top in its
    /// flow, in the upper line's heights, over lines of one size that stand one under the other (counted in
    /// fiftieths; a tie goes to the closer spacing). nil when no two such lines are printed. Where one-line
    /// paragraphs outnumber the paragraphs' inner lines (a short page of head lines), the most common distance
    /// is a paragraph's space and no gap is wider: the text is then pdftotext's, as it was, never cut at
    /// every line.
    static func linePitch(_ pages: [Page]) -> Double? {
        var counts: [Int: Int] = [:]
        for page in pages {
            for flow in page where flow.count > 1 {
                for i in 1..<flow.count {
                    let a = flow[i - 1], b = flow[i]
                    let h = a.height
                    // (Single-spaced lines of some fonts overlap the line above by a hair: their boxes are the
                    // font's, not the ink's.)
                    guard h > 0, b.top >= a.bottom - 0.02 * h, abs(h - b.height) <= 0.1 * h else { continue }
                    counts[Int(((b.top - a.top) / h * 50).rounded()), default: 0] += 1
                }
            }
        }
        // The most common spacing, its neighbouring fiftieths counted with it (a spacing that falls on the edge
        // between two, as 1.15 lines does, is not split in two and outnumbered by the paragraphs' spacing); the
        // pitch is the mean of the three.
        func near(_ k: Int) -> Int { (counts[k - 1] ?? 0) + (counts[k] ?? 0) + (counts[k + 1] ?? 0) }
        guard let best = counts.keys.max(by: { near($0) != near($1) ? near($0) < near($1) : $0 > $1 }) else { return nil }
        let weight = near(best)
        let sum = (best - 1...best + 1).reduce(0) { $0 + $1 * (counts[$1] ?? 0) }
        return Double(sum) / Double(weight) / 50
    }

    /// Whether `line` stands far enough below `previous` (the line above it in its flow) to open a paragraph.
    /// A line beside or above the one before (a column, a table's next cell) says nothing. Nor does the space
    /// around a bare list marker (`1.`, `•` alone on its line): markers printed in a column of their own beside
    /// their items stand as far apart as their items are high, and the parser gives each to its item
    /// (`ListItems.attachDetachedMarkers`) only when they stay together as pdftotext prints them.
    static func opensParagraph(_ line: Line, after previous: Line, pitch: Double) -> Bool {
        guard line.top >= previous.bottom, line.height > 0 else { return false }
        guard line.bottom - previous.bottom > gapRatio * pitch * line.height else { return false }
        return !ListItems.isBareMarker(previous.text) && !ListItems.isBareMarker(line.text)
    }

    /// Whether `line` is set in another size of type than `previous`, the line above it in its flow: each line's
    /// words all of one height, the two heights a tenth or more apart. A release sets its headline, its deck and
    /// its text in three sizes, often with no more space between them than between the lines of one (`Harbour
    /// Trust Opens Its Boardwalk` over `Volunteers from nine towns …`, 18 pt over 15 pt): where the size changes,
    /// one of them ends and the next begins. A line of mixed sizes (a superscript, a drop capital, an emoji) says
    /// nothing, nor does a line beside the one before.
    static func changesTypeSize(_ line: Line, after previous: Line) -> Bool {
        guard let a = previous.typeSize, let b = line.typeSize, a > 0, b > 0,
              line.top >= previous.bottom - 0.1 * min(a, b) else { return false }
        return max(a, b) >= 1.1 * min(a, b)
    }

    /// A line's words joined as pdftotext's default mode joins them: a space where the words stand apart, none
    /// where they touch (a superscript, a change of font inside a word, a zero-width character), judged
    /// against the word's height.
    static func join(_ words: [Word]) -> String {
        var text = ""
        for (i, w) in words.enumerated() {
            if i > 0 {
                let p = words[i - 1]
                if w.xMin - p.xMax >= 0.05 * max(p.yMax - p.yMin, 0.1) { text += " " }
            }
            text += w.text
        }
        return text
    }

    /// The height the words share when all are of one size (each within a twentieth of the first), else nil.
    static func typeSize(_ words: [Word]) -> Double? {
        guard let first = words.first else { return nil }
        let h = first.yMax - first.yMin
        guard h > 0 else { return nil }
        for w in words.dropFirst() where abs((w.yMax - w.yMin) - h) > 0.05 * h { return nil }
        return h
    }

    // MARK: - Reading the XHTML

    /// The pages of `xhtml`, read with libxml2's streaming reader (a long PDF's geometry is large: it is never
    /// held as a tree). nil when it is not well-formed or holds no `page`.
    static func pages(_ xhtml: [UInt8]) -> [Page]? {
        guard !xhtml.isEmpty else { return nil }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_HUGE.rawValue | XML_PARSE_NOBLANKS.rawValue)
        let reader: xmlTextReaderPtr? = xhtml.withUnsafeBufferPointer { b in
            b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { p in
                xmlReaderForMemory(p, Int32(clamping: b.count), nil, "UTF-8", options)
            }
        }
        guard let reader else { return nil }
        defer { xmlFreeTextReader(reader) }
        var pages: [Page] = []
        var page: Page = []
        var flow: [Line] = []
        var words: [Word] = []
        var line: (top: Double, bottom: Double)? = nil
        var sawPage = false
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { break }
            guard status == 1 else { return nil }
            let type = xmlTextReaderNodeType(reader)
            guard type == 1 || type == 15, let raw = xmlTextReaderConstLocalName(reader) else { continue }
            let name = String(cString: raw)
            let start = type == 1
            // An element written `<flow/>` opens and closes at once.
            let closes = !start || xmlTextReaderIsEmptyElement(reader) == 1
            switch name {
            case "page":
                if start { sawPage = true; page = [] }
                if closes { pages.append(page); page = [] }
            case "flow":
                if start { flow = [] }
                if closes { if !flow.isEmpty { page.append(flow) }; flow = [] }
            case "line":
                if start {
                    words = []
                    line = (number(reader, "yMin"), number(reader, "yMax"))
                }
                if closes, let box = line {
                    flow.append(Line(text: join(words), top: box.top, bottom: box.bottom, typeSize: typeSize(words)))
                    line = nil
                }
            case "word":
                if start {
                    var word = Word(text: "", xMin: number(reader, "xMin"), xMax: number(reader, "xMax"),
                                    yMin: number(reader, "yMin"), yMax: number(reader, "yMax"))
                    if !closes, let s = xmlTextReaderReadString(reader) {
                        word.text = String(cString: s)
                        cx_free(s)
                        // XML reads a CR in a word's text as a line end (LF), but a word holds no line: the CR the
                        // text layer put there (some word processors put `tab CR space no-break-space` between
                        // words) is given back, as pdftotext's default mode prints it.
                        if word.text.utf8.contains(0x0A) { word.text = word.text.replacingOccurrences(of: "\n", with: "\r") }
                    }
                    words.append(word)
                }
            default:
                continue
            }
        }
        return sawPage ? pages : nil
    }

    /// The attribute `name` of the reader's element as a number (0 when it is missing or not a number).
    private static func number(_ reader: xmlTextReaderPtr, _ name: String) -> Double {
        guard let value = xmlTextReaderGetAttribute(reader, name) else { return 0 }
        defer { cx_free(value) }
        return strtod(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self), nil)
    }
}
