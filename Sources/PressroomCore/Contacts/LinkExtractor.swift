import Foundation

/// Finds web and e-mail addresses in text.
/// PLACEHOLDER implementation (skeleton); the contacts work replaces it.
public enum LinkExtractor {
    /// Every distinct address in `text` as an absolute URL (`https://…`, `http://www…`, `mailto:…`), in order.
    public static func links(in text: String) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for email in emails(in: text) where seen.insert("mailto:" + email).inserted { out.append("mailto:" + email) }
        return out
    }

    /// Lower-cased e-mail addresses in `text`, in order.
    public static func emails(in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: #"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"#) else { return [] }
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length))
            .map { ns.substring(with: $0.range).lowercased() }
    }
}
