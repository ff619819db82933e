/// Metadata printed above a release's text by the tool that keeps it: YAML (`---` … `---`) or TOML
/// (`+++` … `+++`) front matter of a static-site page or a harvester's record, after any HTML comments.
/// It is not the release's text (its URLs are the page's or the harvester's, not the issuer's), but its
/// `title` and `date` say what the page's heading and issue date are, so they are kept as evidence.
struct FrontMatter: Sendable, Equatable {
    /// `title:` unquoted, or nil.
    var title: String?
    /// `date:` as printed, unquoted (`2019-07-19`, `"1990-06-07"`, `2024-07-01T10:00:00Z`), or nil.
    var date: String?
    /// `subtitle:`: the deck that a site's layout prints under the page's title (`<h4>{{ page.subtitle }}</h4>`),
    /// the standfirst of a page that prints no headline of its own.
    var subtitle: String?
    /// `sender:`, which only the e-mail reader writes (`Name <address>`): evidence for the organisation.
    var sender: String?
    /// A `title:` that is only the genre's label (`title: PRESS RELEASE`, `title: COMUNICADO DE PRENSA`): a site
    /// that files its releases as pages titled by their kind. It is the kind (and stays the title, for a page
    /// that prints no headline of its own).
    var kind: String?
    /// `author:` of a site's page (the account that posted it): evidence for the organisation when it is one.
    var author: String?
    /// The page's publisher as its metadata names it (`publisher:`, `organization:`, `agency:`, `issuer:`, a
    /// harvester's `source:` or `…_source:`): evidence for the organisation when it is a name (`publisherName`).
    var publisher: String?

    /// Whether `line` prints this page's title: the same letters and digits, whatever the case and
    /// punctuation (`CAMBODIA: NO RETURNS` for `Cambodia: no returns`).
    func isTitle(_ line: String) -> Bool {
        guard let title, !title.isEmpty, line.utf8.count <= title.utf8.count * 2 + 16 else { return false }
        func key(_ s: String) -> String { String(Fold.line(s).filter { $0.isLetter || $0.isNumber }) }
        let k = key(title)
        return k.count >= 8 && key(line) == k
    }

    /// The text without its leading HTML comments and front matter, and the front matter found (nil when
    /// none). Only the top of the text is read: a document that opens with anything else is returned as it is.
    /// `markdown`: the file is a markdown file, whose metadata may also be a header of `Key: value` lines
    /// without fences (`pelicanHeader`).
    static func split(_ text: String, markdown: Bool = false) -> (text: Substring, frontMatter: FrontMatter?) {
        // Cheap test first: front matter and comments open with `-`, `+` or `<` as the first printed byte
        // (a markdown header with `T`, its `Title:`).
        let first = TextScan.withBytes(text) { b -> UInt8? in b.first { !TextScan.isSpaceByte($0) && $0 != 0x0A } }
        if markdown, let f = first, ASCII.isLetter(f), let header = pelicanHeader(text) { return header }
        guard let f = first, f == 0x2D || f == 0x2B || f == 0x3C else { return (text[...], nil) }
        var rest = text[...]
        var found: FrontMatter? = nil
        // Comments and front matter may come in either order (`<!-- how to build this -->` then `---`).
        var progress = true
        while progress {
            progress = false
            let trimmed = rest.drop(while: { $0 == " " || $0 == "\n" || $0 == "\t" })
            if trimmed.hasPrefix("<!--"), let end = TextScan.find("-->", in: trimmed) {
                rest = trimmed[end.upperBound...]
                progress = true
            } else if found == nil, let (block, after) = block(in: trimmed) {
                found = parse(block)
                rest = after
                progress = true
            }
        }
        guard found != nil || rest.startIndex != text.startIndex else { return (text[...], nil) }
        return (rest, found ?? FrontMatter())
    }

    /// A markdown page's metadata as Pelican and MultiMarkdown write it: `Title: …` on the first line, then
    /// more `Key: value` lines (`Date:`, `Summary:`, `Tags:`; a line indented four spaces goes on with the
    /// value above), ended by a blank line, no fences. The site prints the title as the page's heading and
    /// not the header, so it is read as front matter is: its title is the headline (without the `Title:`
    /// label), its date evidence. At least one key besides the title is needed, and every line of the
    /// header must be a key line: a page that opens with `Title: …` over a paragraph keeps its text.
    /// The keys of Pelican's and MultiMarkdown's metadata headers.
    private static let pelicanKeys: Set<String> = [
        "title", "date", "modified", "tags", "tag", "category", "categories", "slug", "author", "authors", "summary",
        "lang", "language", "status", "subtitle", "translation", "save_as", "url", "template", "keywords", "description",
        "base header level", "css", "format", "copyright", "image", "cover", "thumbnail", "series", "type", "layout",
    ]

    /// Whether a metadata key names the page's publisher: `publisher`, `organization`/`organisation`, `agency`,
    /// `issuer`, or one of these qualified (`site_publisher`); a source only qualified (`collection_source`,
    /// `news-source`): a bare `source:` holds a wire service, a URL or a person as often (`image_source`,
    /// `photo_source`, which credit a picture, are not).
    static func isPublisherKey(_ key: String) -> Bool {
        let parts = key.split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == "." }).map(String.init)
        guard let last = parts.last else { return false }
        if ["publisher", "organization", "organisation", "agency", "issuer"].contains(last) { return true }
        return last == "source" && parts.count > 1 && !["image", "photo", "picture", "img", "cover", "video"].contains(parts[0])
    }

    static func pelicanHeader(_ text: String) -> (text: Substring, frontMatter: FrontMatter?)? {
        var rest = text.drop(while: { $0 == " " || $0 == "\n" || $0 == "\t" })
        // (The first line a key line of the generator's: most pages open with prose, and stop here.)
        let firstLine = rest.prefix(while: { $0 != "\n" })
        guard isKeyLine(firstLine, toml: false),
              Self.pelicanKeys.contains(Fold.line(String(firstLine.prefix(while: { $0 != ":" })))) else { return nil }
        var lines: [Substring] = []
        while !rest.isEmpty, lines.count <= 40 {
            let end = rest.firstIndex(of: "\n") ?? rest.endIndex
            let line = rest[..<end]
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[rest.endIndex...]
            if TextScan.trim(line).isEmpty { break }
            if line.hasPrefix("    ") || line.hasPrefix("\t") {
                guard !lines.isEmpty else { return nil }
                continue
            }
            guard isKeyLine(line, toml: false) else { return nil }
            // Only a site generator's own keys: `Contact:` or `Phone:` under a `Title:` line are a release's head.
            let key = Fold.line(String(line.prefix(while: { $0 != ":" })))
            guard Self.pelicanKeys.contains(key) else { return nil }
            lines.append(line)
        }
        // The title among the keys, in any order (`type: page`, `template: page`, `title: …`, `slug: …`).
        guard lines.count >= 2, lines.count <= 40,
              lines.contains(where: { Fold.line(String($0.prefix(while: { $0 != ":" }))) == "title" }) else { return nil }
        return (rest, parse(lines))
    }

    /// A fenced metadata block at the start of `s`: its lines between the fences, and what follows it.
    /// The fences are `---` (closed by `---` or `...`) or `+++`; the block's first line is `key: value`
    /// (`key = value` in TOML), and it closes within 80 lines.
    private static func block(in s: Substring) -> (lines: [Substring], after: Substring)? {
        let fence: Substring
        if s.hasPrefix("---\n") || s.hasPrefix("--- \n") { fence = "---" } else if s.hasPrefix("+++\n") { fence = "+++" } else { return nil }
        var lines: [Substring] = []
        var lineStart = s.index(after: s.firstIndex(of: "\n")!)
        while lineStart < s.endIndex, lines.count <= 80 {
            let lineEnd = s[lineStart...].firstIndex(of: "\n") ?? s.endIndex
            let line = s[lineStart..<lineEnd]
            let t = TextScan.trim(line)
            if t == fence || (fence == "---" && t == "...") {
                guard let firstLine = lines.first(where: { !TextScan.trim($0).isEmpty }), isKeyLine(firstLine, toml: fence == "+++") else { return nil }
                return (lines, lineEnd < s.endIndex ? s[s.index(after: lineEnd)...] : s[s.endIndex...])
            }
            lines.append(line)
            lineStart = lineEnd < s.endIndex ? s.index(after: lineEnd) : s.endIndex
        }
        return nil
    }

    /// `key: value` (YAML) or `key = value` (TOML): a key of letters, digits, `_` and `-` at the line's start.
    private static func isKeyLine(_ line: Substring, toml: Bool) -> Bool {
        guard let c = line.first, c.isLetter else { return false }
        let key = line.prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" })
        let after = line.dropFirst(key.count).drop(while: { $0 == " " })
        return after.first == (toml ? "=" : ":")
    }

    /// A YAML double-quoted scalar's text with its escapes read (`\_` a no-break space, `\"`, `\\`, `\t`, `\n`, `\/`):
    /// a site's generator escapes the title it writes (`"President\_Biden Announces …"`), and the page shows the
    /// characters. The no-break space and line ends are shown as spaces, as the text's are.
    static func unescapedDoubleQuoted(_ value: String) -> String {
        var out = ""
        var escaped = false
        for c in value {
            if escaped {
                switch c {
                case "_", "t", "n", "N", "L", "P", " ": out.append(" ")
                case "\\", "\"", "/": out.append(c)
                default: out.append("\\"); out.append(c)
                }
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.append(c)
            }
        }
        if escaped { out.append("\\") }
        return out
    }

    private static func parse(_ lines: [Substring]) -> FrontMatter {
        var fm = FrontMatter()
        var published: String?
        for (index, line) in lines.enumerated() where line.first?.isLetter == true {
            let key = line.prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" })
            var value = TextScan.trim(line.dropFirst(key.count).drop(while: { $0 == " " }).dropFirst())
            // A value YAML goes on with on indented lines (a long title wrapped by its editor), or a folded or
            // literal block (`title: >`) whose lines are all indented under its key: one line of text.
            var more: [String] = []
            for next in lines[(index + 1)...] {
                guard let c = next.first, c == " " || c == "\t" else { break }
                let t = TextScan.trim(next)
                if t.isEmpty || t.hasPrefix("- ") || t.hasPrefix("#") { break }
                more.append(t)
            }
            if ["|", ">", "|-", ">-", "|+", ">+"].contains(value) {
                value = more.joined(separator: " ")
            } else if !more.isEmpty, !value.isEmpty, value.first != "[", value.first != "{",
                      !more.contains(where: { TextScan.has($0, ": ") || $0.hasSuffix(":") }) {
                // (A plain scalar's continuation holds no `key: value`: lines under an empty value are a mapping.)
                value = ([value] + more).joined(separator: " ")
            }
            if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                value = String(value.dropFirst().dropLast())
                if q == "\"" && TextScan.hasByte(value, 0x5C) { value = unescapedDoubleQuoted(value) }
            }
            guard !value.isEmpty else { continue }
            switch key.lowercased() {
            case "title":
                if fm.title == nil {
                    fm.title = value
                    if let label = ReleaseLexicon.kindPrefix(ofLine: value),
                       label.split(separator: " ").count == value.split(separator: " ").count { fm.kind = value }
                }
            case "date": if fm.date == nil { fm.date = value }
            case "subtitle": if fm.subtitle == nil { fm.subtitle = value }
            case "sender": if fm.sender == nil { fm.sender = value }
            case "author": if fm.author == nil { fm.author = value }
            case let k where fm.publisher == nil && Self.isPublisherKey(k): fm.publisher = value
            // (`published: true` is Jekyll's switch, not a date.)
            case let k where published == nil && Self.publishedKeys.contains(k) && ByteTest.hasDigit(value): published = value
            default: break
            }
        }
        // `publishDate:` (Hugo), `published:`, `publish_date:`: the page's publication date, when it has no `date:`.
        if fm.date == nil { fm.date = published }
        return fm
    }

    /// Keys of a page's publication date besides `date` (lower-cased).
    static let publishedKeys: Set<String> = ["publishdate", "publish_date", "published", "pubdate", "pub_date",
                                             "date_published", "published_at", "publication_date", "datepublished"]
}
