import CLibXML2
import Foundation

/// A web page into the logical text of its release, by libxml2's HTML parser (the parser browsers' error
/// recovery was modelled on, and what `xmllint --html` uses), never by patterns over the markup.
///
/// The article is `<article>` (the one holding most text), else `<main>`, else the element whose paragraphs
/// hold most text. What a page prints around and inside it that is not the release is dropped: navigation,
/// the page's header and footer, asides, scripts and styles, forms, cookie and consent banners, share
/// buttons, breadcrumbs, text hidden from the eye. Headings, paragraphs, line breaks, lists and tables keep
/// their structure as `LogicalMarkdown`; links' addresses become the record's links.
///
/// What the page says of itself is evidence for the parser, not the answer: the headline from schema.org
/// `NewsArticle` / `PressRelease` JSON-LD, `og:title`, or `<title>` (only when the article prints it), and
/// the date from JSON-LD, `article:published_time` and similar meta tags, or the article's `<time datetime>`,
/// become the text's front matter.
enum HTMLReader {
    /// Deeper nesting than this is not a page but an attack or a broken generator. libxml2 itself stops
    /// building the tree at 256 levels and silently drops what is below, so the limit is under that: a page
    /// nested deeper is refused rather than read in part.
    static let maxDepth = 200
    /// More tags than this are refused before parsing (a news page has a few thousand; a 10 MB file of
    /// `<div>`s has two million, which libxml2 would hold as ~1 GB of nodes).
    static let maxElements = 200_000

    enum Failure: Error, Equatable {
        case unparsable, tooDeep(Int), tooManyElements(Int), noText

        var reason: String {
            switch self {
            case .unparsable: return "the HTML page could not be parsed"
            case .tooDeep(let limit):
                return "the HTML page nests its elements more than \(limit) deep (not a web page pressroom can read safely)"
            case .tooManyElements(let limit):
                return "the HTML page has more than \(limit.formatted(.number.grouping(.automatic))) elements (not a web page pressroom can read safely)"
            case .noText: return "the HTML page holds no text outside its navigation and scripts"
            }
        }
    }

    /// The page's logical text, with its front matter. `encoding` is the charset the page was sent in (an
    /// e-mail part's `charset=`), which overrides what the page declares.
    static func read(_ bytes: [UInt8], encoding sent: String? = nil) -> Result<String, Failure> {
        guard !bytes.isEmpty else { return .failure(.noText) }
        if tagCount(bytes, atMost: maxElements) > maxElements { return .failure(.tooManyElements(maxElements)) }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let encoding = sent ?? (declaredEncoding(bytes) == nil ? (isUTF8(bytes) ? "UTF-8" : "windows-1252") : nil)
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { b in
            b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { p in
                if let encoding { return htmlReadMemory(p, Int32(clamping: b.count), nil, encoding, options) }
                return htmlReadMemory(p, Int32(clamping: b.count), nil, nil, options)
            }
        }
        guard let doc else { return .failure(.unparsable) }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return .failure(.noText) }
        var page = Page(root: root)
        if let failure = page.index() { return .failure(failure) }
        var writer = page.write()
        guard !writer.isEmpty else { return .failure(.noText) }
        writer.date = page.date()
        writer.title = page.title(corroboratedBy: writer)
        return .success(writer.text)
    }

    /// The number of tags opened in `bytes` (`<` then a letter), counting no further than `limit + 1`.
    static func tagCount(_ bytes: [UInt8], atMost limit: Int) -> Int {
        bytes.withUnsafeBufferPointer { b -> Int in
            var count = 0
            var i = 0
            while i + 1 < b.count, count <= limit {
                guard let p = memchr(b.baseAddress! + i, 0x3C, b.count - i) else { break }
                i = b.baseAddress!.distance(to: p.assumingMemoryBound(to: UInt8.self)) + 1
                if i < b.count, (b[i] | 0x20) >= 0x61 && (b[i] | 0x20) <= 0x7A { count += 1 }
            }
            return count
        }
    }

    /// The charset a `<meta>` in the first 2 KB declares, lower-cased, or nil.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
        guard let r = head.range(of: "charset=") else { return nil }
        let value = head[r.upperBound...].drop(while: { $0 == "\"" || $0 == "'" || $0 == " " })
            .prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        return value.isEmpty ? nil : String(value)
    }

    private static func isUTF8(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }
}

/// One parsed page: its elements in document order, with what the walk needs of each.
private struct Page {
    let root: xmlNodePtr
    /// Elements (and their text length, dropped subtrees excluded) by node.
    var textLength: [xmlNodePtr: Int] = [:]
    var articles: [xmlNodePtr] = []
    var mains: [xmlNodePtr] = []
    var paragraphParents: [xmlNodePtr: Int] = [:]
    var head: [xmlNodePtr] = []
    var article: xmlNodePtr?

    init(root: xmlNodePtr) { self.root = root }

    static let dropped: Set<String> = [
        "script", "style", "noscript", "template", "nav", "aside", "form", "button", "iframe", "svg", "canvas",
        "select", "input", "textarea", "object", "embed", "video", "audio", "picture", "img", "figure", "dialog",
        "menu", "head", "title", "meta", "link",
    ]
    /// Words in a class, id or aria-label that mark page furniture rather than the release.
    static let furnitureWords = ["cookie", "consent", "gdpr", "share", "sharing", "social", "newsletter", "subscribe",
                                 "breadcrumb", "skip-link", "skiplink", "sr-only", "visually-hidden", "screen-reader",
                                 "related", "advert", "sidebar", "navbar", "site-header", "site-footer", "masthead",
                                 "menu", "pagination", "print-button"]
    static let furnitureRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "dialog",
                                              "alertdialog", "search", "menu", "menubar", "toolbar"]
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
        "li", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "blockquote", "pre", "address", "dl", "dt", "dd",
        "hr", "center", "details", "summary", "figcaption", "caption", "body", "html",
    ]

    static func name(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    static func attribute(_ node: xmlNodePtr, _ key: String) -> String? {
        guard let value = xmlGetProp(node, key) else { return nil }
        defer { cx_free(value) }
        return String(cString: value)
    }

    /// Whether an element is furniture: by its name, its role, its class, id or label, or hidden.
    static func isDropped(_ node: xmlNodePtr, name: String, insideArticle: Bool) -> Bool {
        if dropped.contains(name) { return true }
        if !insideArticle && (name == "header" || name == "footer") { return true }
        if attribute(node, "hidden") != nil || attribute(node, "aria-hidden") == "true" { return true }
        if let role = attribute(node, "role")?.lowercased(), furnitureRoles.contains(role) { return true }
        if let style = attribute(node, "style")?.lowercased().replacingOccurrences(of: " ", with: ""),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        let marks = [attribute(node, "class"), attribute(node, "id"), attribute(node, "aria-label")]
            .compactMap { $0?.lowercased() }.joined(separator: " ")
        guard !marks.isEmpty, name != "body", name != "main", name != "article" else { return false }
        for token in marks.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            for word in furnitureWords where token.contains(word) {
                // `social-affairs`, `shareholders`: a word of the page's subject, not a button.
                if word == "social" && token.contains("affairs") || word == "share" && token.contains("holder") { continue }
                return true
            }
        }
        return false
    }

    /// One pass over the tree without recursion: text lengths, articles, mains, paragraphs' parents. Refuses
    /// pages nested too deep or too large.
    mutating func index() -> HTMLReader.Failure? {
        // (node, depth, entering, inside an article or main)
        var stack: [(xmlNodePtr, Int, Bool, Bool)] = [(root, 0, true, false)]
        var order: [xmlNodePtr] = []
        var elements = 0
        while let (node, depth, entering, inside) = stack.popLast() {
            guard node.pointee.type == XML_ELEMENT_NODE else { continue }
            if entering {
                elements += 1
                if elements > HTMLReader.maxElements { return .tooManyElements(HTMLReader.maxElements) }
                if depth > HTMLReader.maxDepth { return .tooDeep(HTMLReader.maxDepth) }
                let name = Self.name(node)
                if name == "head" { head.append(node); continue }
                if Self.isDropped(node, name: name, insideArticle: inside) { continue }
                if name == "article" { articles.append(node) }
                if name == "main" || Self.attribute(node, "role") == "main" { mains.append(node) }
                stack.append((node, depth, false, inside))
                var child = node.pointee.children
                var children: [xmlNodePtr] = []
                let nowInside = inside || name == "article" || name == "main"
                while let c = child { children.append(c); child = c.pointee.next }
                for c in children.reversed() { stack.append((c, depth + 1, true, nowInside)) }
            } else {
                var length = 0
                var child = node.pointee.children
                while let c = child {
                    if c.pointee.type == XML_TEXT_NODE || c.pointee.type == XML_CDATA_SECTION_NODE {
                        if let content = c.pointee.content { length += strlen(content) }
                    } else if let l = textLength[c] { length += l }
                    child = c.pointee.next
                }
                textLength[node] = length
                order.append(node)
                if Self.name(node) == "p", let parent = node.pointee.parent {
                    paragraphParents[parent, default: 0] += length
                }
            }
        }
        article = articles.max { (textLength[$0] ?? 0) < (textLength[$1] ?? 0) }
            ?? mains.max { (textLength[$0] ?? 0) < (textLength[$1] ?? 0) }
            ?? paragraphParents.max { $0.value < $1.value || $0.value == $1.value && Self.before($1.key, $0.key, order) }?.key
            ?? body()
        return nil
    }

    private static func before(_ a: xmlNodePtr, _ b: xmlNodePtr, _ order: [xmlNodePtr]) -> Bool {
        (order.firstIndex(of: a) ?? 0) < (order.firstIndex(of: b) ?? 0)
    }

    private func body() -> xmlNodePtr {
        var child = root.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE, Self.name(c) == "body" { return c }
            child = c.pointee.next
        }
        return root
    }

    // MARK: Writing

    /// The article's text as markdown.
    func write() -> LogicalMarkdown {
        var w = Writer(base: baseURL())
        if let article { w.walk(article, page: self) }
        w.endBlock()
        return w.out
    }

    /// A base for relative links: `<base href>`, the canonical URL or `og:url`.
    func baseURL() -> URL? {
        for h in head {
            var child = h.pointee.children
            while let c = child {
                defer { child = c.pointee.next }
                guard c.pointee.type == XML_ELEMENT_NODE else { continue }
                let n = Self.name(c)
                if n == "base" || n == "link" && Self.attribute(c, "rel")?.lowercased() == "canonical"
                    || n == "meta" && Self.attribute(c, "property")?.lowercased() == "og:url",
                   let href = Self.attribute(c, "href") ?? Self.attribute(c, "content"),
                   let url = URL(string: href), url.scheme == "http" || url.scheme == "https" {
                    return url
                }
            }
        }
        return nil
    }

    /// `<meta>` values of the head by lower-cased `property` or `name`.
    func meta() -> [String: String] {
        var out: [String: String] = [:]
        for h in head {
            var child = h.pointee.children
            while let c = child {
                defer { child = c.pointee.next }
                guard c.pointee.type == XML_ELEMENT_NODE, Self.name(c) == "meta",
                      let key = (Self.attribute(c, "property") ?? Self.attribute(c, "name") ?? Self.attribute(c, "itemprop"))?.lowercased(),
                      let value = Self.attribute(c, "content"), out[key] == nil else { continue }
                out[key] = value
            }
        }
        return out
    }

    /// The schema.org articles of the page's JSON-LD: (headline, date published).
    func jsonLD() -> [(headline: String?, date: String?)] {
        var found: [(String?, String?)] = []
        var scripts: [xmlNodePtr] = []
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            var child = node.pointee.children
            while let c = child {
                if c.pointee.type == XML_ELEMENT_NODE {
                    if Self.name(c) == "script", Self.attribute(c, "type")?.lowercased() == "application/ld+json" {
                        scripts.append(c)
                    } else { stack.append(c) }
                }
                child = c.pointee.next
            }
        }
        let types: Set<String> = ["newsarticle", "pressrelease", "article", "reportagenewsarticle", "analysisnewsarticle",
                                  "reportnewsarticle", "backgroundnewsarticle", "opinionnewsarticle"]
        func visit(_ any: Any, depth: Int) {
            guard depth < 8 else { return }
            if let list = any as? [Any] { for x in list { visit(x, depth: depth + 1) }; return }
            guard let object = any as? [String: Any] else { return }
            let type = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
            if type.contains(where: { types.contains($0.lowercased()) }) {
                found.append(((object["headline"] ?? object["name"]) as? String,
                              (object["datePublished"] ?? object["dateCreated"]) as? String))
            }
            if let graph = object["@graph"] { visit(graph, depth: depth + 1) }
        }
        for s in scripts {
            guard let content = xmlNodeGetContent(s) else { continue }
            defer { cx_free(content) }
            let data = Data(bytes: content, count: strlen(content))
            if let json = try? JSONSerialization.jsonObject(with: data) { visit(json, depth: 0) }
        }
        return found
    }

    /// The page's own date: JSON-LD's `datePublished`, the publishing meta tags, the article's `<time datetime>`.
    func date() -> String? {
        if let d = jsonLD().lazy.compactMap(\.date).first { return d }
        let m = meta()
        for key in ["article:published_time", "og:article:published_time", "datepublished", "date", "dc.date",
                    "dc.date.issued", "dcterms.issued", "dcterms.created", "pubdate", "publish-date", "publication_date",
                    "sailthru.date", "parsely-pub-date"] {
            if let d = m[key], !d.isEmpty { return d }
        }
        guard let article else { return nil }
        var stack: [xmlNodePtr] = [article]
        while let node = stack.popLast() {
            if Self.name(node) == "time", let d = Self.attribute(node, "datetime"), !d.isEmpty { return d }
            var children: [xmlNodePtr] = []
            var child = node.pointee.children
            while let c = child { if c.pointee.type == XML_ELEMENT_NODE { children.append(c) }; child = c.pointee.next }
            stack.append(contentsOf: children.reversed())
        }
        return nil
    }

    /// The page's headline as its metadata names it: JSON-LD's, `og:title`, or `<title>` (its site's name cut
    /// off) when the article prints it. `<title>` alone is often `Newsroom | Site`: it is not evidence unless
    /// the text agrees.
    func title(corroboratedBy text: LogicalMarkdown) -> String? {
        if let t = jsonLD().lazy.compactMap(\.headline).first(where: { !$0.isEmpty }) { return t }
        if let t = meta()["og:title"], !t.isEmpty { return t }
        guard let element = firstTitleElement(), let content = xmlNodeGetContent(element) else { return nil }
        defer { cx_free(content) }
        let whole = LogicalMarkdown.collapse(String(cString: content))
        var parts = [whole]
        for separator in [" | ", " – ", " — ", " - ", " :: ", " · "] where whole.contains(separator) {
            parts = whole.components(separatedBy: separator)
            break
        }
        return parts.first { !$0.isEmpty && text.prints($0) }
    }

    private func firstTitleElement() -> xmlNodePtr? {
        for h in head {
            var child = h.pointee.children
            while let c = child {
                if c.pointee.type == XML_ELEMENT_NODE, Self.name(c) == "title" { return c }
                child = c.pointee.next
            }
        }
        return nil
    }
}

/// The walk that writes the article: blocks end at block elements, `<br>` ends a line, lists number their
/// items, a table row of one-line cells is one block of lines (a contact's name, role, phone, e-mail).
private struct Writer {
    var out = LogicalMarkdown()
    let base: URL?
    var block = LogicalMarkdown.OpenBlock()
    var boldDepth = 0
    var italicDepth = 0
    var preDepth = 0
    /// Open lists: ordered or not, and the next number.
    var lists: [(ordered: Bool, next: Int)] = []
    var itemMarker: String?
    /// Open tables (their rows so far) and open rows (the cells written so far, each cell's lines).
    var tables: [[[[String]]]] = []
    var rows: [[[String]]] = []
    var inCell = 0
    var heading = 0
    var sawH1 = false

    init(base: URL?) { self.base = base }

    mutating func endLine() { block.endLine() }

    /// Ends the current block: a heading, an item, a table cell's part or a paragraph.
    mutating func endBlock() {
        endLine()
        defer { block = LogicalMarkdown.OpenBlock() }
        guard !block.lines.isEmpty else { return }
        if inCell > 0, !rows.isEmpty {
            if rows[rows.count - 1].isEmpty { rows[rows.count - 1].append([]) }
            rows[rows.count - 1][rows[rows.count - 1].count - 1] += block.lines
            return
        }
        out.write(block, heading: heading, item: heading > 0 ? nil : itemMarker)
        if heading == 1 { sawH1 = true }
        if heading == 0 { itemMarker = nil }
    }

    mutating func text(_ s: String) {
        if preDepth > 0 {
            let parts = s.split(separator: "\n", omittingEmptySubsequences: false)
            for (i, p) in parts.enumerated() {
                if i > 0 { endLine() }
                block.line += LogicalMarkdown.escape(String(p))
            }
            return
        }
        let collapsed = s.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
        block.add(collapsed, printing: collapsed.filter { $0 != " " }.count, bold: boldDepth > 0, italic: italicDepth > 0)
    }

    /// An absolute address for `href`, or nil for one the record cannot use.
    func resolve(_ href: String) -> String? {
        let h = href.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = h.lowercased()
        if lower.hasPrefix("mailto:") {
            let address = h.dropFirst(7).prefix(while: { $0 != "?" })
            return address.contains("@") ? "mailto:" + address.lowercased() : nil
        }
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return h }
        guard !h.isEmpty, !h.hasPrefix("#"), !lower.hasPrefix("javascript:"), !lower.hasPrefix("tel:"),
              !lower.hasPrefix("data:"), let base, let url = URL(string: h, relativeTo: base)?.absoluteURL,
              url.scheme == "http" || url.scheme == "https" else { return nil }
        return url.absoluteString
    }

    /// Whether the anchor's text already prints its address (`www.example.org`, `press@example.org`).
    static func printsAddress(_ text: String, _ url: String) -> Bool {
        let t = text.lowercased()
        if url.hasPrefix("mailto:") { return t.contains(url.dropFirst(7)) }
        var rest = url.lowercased()
        for p in ["https://", "http://"] where rest.hasPrefix(p) { rest.removeFirst(p.count) }
        if rest.hasPrefix("www.") { rest.removeFirst(4) }
        while rest.hasSuffix("/") { rest.removeLast() }
        return !rest.isEmpty && t.contains(rest)
    }

    /// Writes `root`'s subtree, without recursion (a deep page cannot exhaust the stack).
    mutating func walk(_ root: xmlNodePtr, page: Page) {
        enum Step { case enter(xmlNodePtr), exit(xmlNodePtr, String, (line: Int, offset: String.Index)?) }
        var stack: [Step] = [.enter(root)]
        while let step = stack.popLast() {
            switch step {
            case .enter(let node):
                switch node.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = node.pointee.content { text(String(cString: content)) }
                    continue
                case XML_ELEMENT_NODE: break
                default: continue
                }
                let name = Page.name(node)
                if node != root, Page.isDropped(node, name: name, insideArticle: true) { continue }
                var anchorStart: (line: Int, offset: String.Index)? = nil
                enter(name, node)
                if name == "a" { anchorStart = (block.lines.count, block.line.endIndex) }
                stack.append(.exit(node, name, anchorStart))
                var children: [xmlNodePtr] = []
                var child = node.pointee.children
                while let c = child { children.append(c); child = c.pointee.next }
                for c in children.reversed() { stack.append(.enter(c)) }
            case .exit(let node, let name, let anchorStart):
                if name == "a", let start = anchorStart, let href = Page.attribute(node, "href"), let url = resolve(href) {
                    let printed = start.line == block.lines.count && start.offset <= block.line.endIndex ? String(block.line[start.offset...]) : block.line
                    if !Self.printsAddress(printed, url) { block.line += LogicalMarkdown.linkMark(url) }
                }
                exit(name)
            }
        }
    }

    mutating func enter(_ name: String, _ node: xmlNodePtr) {
        switch name {
        // Two breaks in a row leave an empty line: a paragraph break, as a browser shows it.
        case "br": if LogicalMarkdown.collapse(block.line).isEmpty { endBlock() } else { endLine() }
        case "b", "strong": boldDepth += 1
        case "i", "em": italicDepth += 1
        case "pre": endBlock(); preDepth += 1
        case "h1", "h2", "h3", "h4", "h5", "h6":
            endBlock()
            heading = Int(String(name.last!))!
        case "ul", "ol", "dl":
            endBlock()
            let start = Page.attribute(node, "start").flatMap { Int($0) } ?? 1
            lists.append((name == "ol", start))
        case "li":
            endBlock()
            if var list = lists.popLast() {
                itemMarker = list.ordered ? "\(list.next)." : "-"
                list.next += 1
                lists.append(list)
            } else { itemMarker = "-" }
        case "table":
            endBlock()
            tables.append([])
        case "tr":
            endBlock()
            rows.append([])
        case "td", "th":
            endBlock()
            if !rows.isEmpty { rows[rows.count - 1].append([]) }
            inCell += 1
        default:
            if Page.blocks.contains(name) { endBlock() }
        }
    }

    mutating func exit(_ name: String) {
        switch name {
        case "b", "strong": boldDepth -= 1
        case "i", "em": italicDepth -= 1
        case "pre": endBlock(); preDepth -= 1
        case "h1", "h2", "h3", "h4", "h5", "h6": endBlock(); heading = 0
        case "ul", "ol", "dl": endBlock(); _ = lists.popLast()
        case "li": endBlock(); itemMarker = nil
        case "td", "th": endBlock(); inCell -= 1
        case "tr":
            endBlock()
            guard let cells = rows.popLast() else { return }
            if tables.isEmpty { out.table([cells]) } else { tables[tables.count - 1].append(cells) }
        case "table":
            endBlock()
            guard let table = tables.popLast() else { return }
            if inCell > 0, !rows.isEmpty, !rows[rows.count - 1].isEmpty {
                // A table inside a cell (a layout table): its text belongs to the outer cell.
                rows[rows.count - 1][rows[rows.count - 1].count - 1] += table.flatMap { $0.flatMap { $0 } }
            } else {
                out.table(table)
            }
        default:
            if Page.blocks.contains(name) { endBlock() }
        }
    }
}
