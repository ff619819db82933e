/// A page that republishes a release (a news site, a wire's archive) credits itself with a linked copyright line,
/// `[© Harbour Wire](https://www.harbourwire.example/terms)`, and around the release prints its own furniture: its
/// terms, its subscription offers, its index of the issuer's releases. Links to that site are the page's, not the
/// release's, unless the release's own text prints the site's address (an issuer crediting its own site).
enum PublisherCredit {
    /// The openings of a copyright credit set as a markdown link's text.
    private static let openings = ["[©", "[(c) ", "[(C) ", "[Copyright "]

    /// The site a markdown text's copyright credit links to (`harbourwire.example`, without `www.`), nil when the
    /// text prints no linked credit. One byte search of the text per opening; the link is read only where found.
    static func creditedSite(inMarkdown text: String) -> String? {
        for opening in openings {
            var from = text[...]
            while let r = TextScan.find(opening, in: from) {
                from = text[r.upperBound...]
                // The link's text ends at the first `](` on the same line, and its target at the next `)`.
                let line = from.prefix(while: { $0 != "\n" })
                guard let close = TextScan.find("](", in: line) else { continue }
                let target = line[close.upperBound...].prefix(while: { $0 != ")" && $0 != " " })
                guard let host = host(of: target) else { continue }
                return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
            }
        }
        return nil
    }

    /// Whether web address `link` is on `site` or one of its subdomains (`pro.harbourwire.example`).
    static func isOn(_ link: String, site: String) -> Bool {
        guard let h = host(of: link[...]) else { return false }
        return h == site || h.hasSuffix("." + site)
    }

    /// The lower-cased host of an `http(s)://` address; nil for any other text.
    static func host(of link: Substring) -> String? {
        guard let sep = TextScan.find("://", in: link) else { return nil }
        let scheme = link[..<sep.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let h = link[sep.upperBound...].prefix(while: { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" })
        return h.contains(".") ? h.lowercased() : nil
    }
}
