/// One printed line: as printed (`raw`, right-trimmed, column spacing kept) and trimmed (`text`).
struct PrintedLine: Hashable, Sendable {
    var raw: String
    var text: String

    init(raw: String) {
        self.raw = TextScan.rtrim(raw)
        self.text = TextScan.trim(raw)
    }

    /// The line printed as the bytes `r` of `b` (valid UTF-8 cut at character boundaries): one copy of its
    /// bytes, shared by `text` when the line has no indent.
    init(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) {
        var end = r.upperBound
        while end > r.lowerBound && TextScan.isSpaceByte(b[end - 1]) { end -= 1 }
        let raw = String(decoding: UnsafeBufferPointer(rebasing: b[r.lowerBound..<end]), as: UTF8.self)
        self.raw = raw
        // No indent and ASCII ends (the last byte is no space): the trimmed text is the line itself.
        let plain = end > r.lowerBound && b[r.lowerBound] < 0x80 && !TextScan.isSpaceByte(b[r.lowerBound]) && b[end - 1] < 0x80
        self.text = plain ? raw : TextScan.trim(raw)
    }

    init(raw: String, text: String) {
        self.raw = raw
        self.text = text
    }
}

/// A run of printed lines that layout recovery believes belong together: a paragraph, a heading,
/// a list item, or a group of header or contact lines.
struct LayoutBlock: Hashable, Sendable {
    var lines: [PrintedLine]
    /// A list item; its marker is removed from the first line's `text`.
    var bullet = false
    /// A list item's marker as it is shown (`ListMarker.display`: `•` for any bullet, `1.` `2)` as printed),
    /// nil when the item's marker is not known or the block is no list item.
    var marker: String? = nil
    /// Markdown heading level (`#` = 1), 0 for none.
    var heading = 0
    /// A markdown block set apart from the text by its markup: printed wholly in bold or italics (on one line or
    /// several), or as a blockquote (`> …`). Under a headline such a block is the standfirst.
    var emphasis = false
    /// A markdown list item that is a link and nothing more (`* [Sponsor us](/sponsors/)`, a bare address, an
    /// emoji before the link): a reference for the reader to follow, not a paragraph of the release.
    var linkAlone = false

    init(lines: [PrintedLine], bullet: Bool = false, marker: String? = nil, heading: Int = 0, emphasis: Bool = false) {
        self.lines = lines
        self.bullet = bullet
        self.marker = marker
        self.heading = heading
        self.emphasis = emphasis
    }

    /// The block's lines joined with single spaces (no hyphenation repair).
    var joined: String { TextScan.collapse(lines.map(\.text).joined(separator: " ")) }
}

/// What layout recovery makes of a file's text: the logical blocks in reading order, with the debris
/// it removed kept aside for the field parser (annotations are links; furniture may name the organisation).
struct RecoveredText: Sendable {
    var style: TextStyle
    var blocks: [LayoutBlock]
    /// Tika link annotations and markdown link targets, in order.
    var annotations: [String]
    /// Lines removed as repeated page headers and footers (first occurrence of each), in order.
    var furniture: [String]
    /// Typical number of characters in a full body line (0 when unknown).
    var lineWidth: Int
    /// Evidence about hyphenated words, for repairing line-end hyphens.
    var hyphenation: HyphenationEvidence
    /// The front matter above the text (its `title` and `date` are evidence for the headline and the
    /// issue date), nil when the text has none.
    var frontMatter: FrontMatter? = nil
    /// PDF text's footnotes (`Footnotes`), taken out of the blocks: notes of the release.
    var footnotes: [String] = []
    /// The text was read from a PDF by pressroom's reader, whose empty lines are the page's paragraph spaces
    /// (`PDFLayoutText`): a line standing alone between two of them stands alone on the page.
    var fromPageGeometry = false
}
