/// Turns a document's normalised text into a release record.
/// PLACEHOLDER implementation (skeleton); the parsing work replaces it.
public enum ReleaseParser {
    public static func parse(_ doc: LoadedDocument) -> Release {
        let blocks = doc.text.components(separatedBy: "\n\n")
            .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            .filter { !$0.isEmpty }
        return Release(id: doc.id, source: doc.file.source, format: doc.file.format,
                       title: blocks.first ?? "", paragraphs: Array(blocks.dropFirst()),
                       links: LinkExtractor.links(in: doc.text), warnings: doc.warnings)
    }
}
