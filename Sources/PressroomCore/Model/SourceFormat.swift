/// How a release file was read (the record's `format` key).
public enum SourceFormat: String, Hashable, Sendable, CaseIterable {
    case text, markdown, pdf, html, email
}
