/// How a release file was read (the record's `format` key). New cases go at the end: the index stores a
/// format as its position here (`ReleaseCodec.formatCode`).
public enum SourceFormat: String, Hashable, Sendable, CaseIterable {
    case text, markdown, pdf, html, email, docx, odt

    /// A document whose reader writes its structure as markdown (`LogicalMarkdown`): a web page, a Word or
    /// OpenDocument file. A line break inside one of its paragraphs is a `<br>` or `w:br`, often where text
    /// pasted from a PDF was cut: a hyphen at its end is judged as in extracted text, not kept as typed.
    public var isStructuredDocument: Bool { self == .html || self == .docx || self == .odt }
}
