import CLibXML2

/// Markdown releases: `#` headings (and setext, AsciiDoc `=` headings), `**KIND**`, `_standfirst_`, `- `
/// bullets, hard line breaks, fenced blocks. What a renderer would not show as text is dropped: HTML
/// comments, images, HTML tags.
enum MarkdownBlocks {
    /// The blocks of a markdown text's lines. `title` is the page's title from its front matter, the headline
    /// when the text prints no `#` heading of its own.
    /// `subtitle` is the front matter's deck, printed under that title by the site's layout.
    static func blocks(_ lines: [Substring], links: inout [String], title: String? = nil, subtitle: String? = nil) -> [LayoutBlock] {
        var out: [LayoutBlock] = []
        var current = LayoutBlock(lines: [])
        // How many lines of `current` are printed as a blockquote (`> …`).
        var quotedLines = 0
        func flush() {
            if !current.lines.isEmpty {
                if current.lines.count == 1, let only = current.lines.first, only.raw.hasPrefix("***"), only.raw.hasSuffix("***") {
                    // A kind framed by asterisks (`*** PRESS RELEASE ***`), not a mark of emphasis: the words alone.
                    current.emphasis = true
                } else if current.lines.count == 1, let only = current.lines.first, isWhollyEmphasised(only.raw) {
                    current.emphasis = true
                    // (A link inside the emphasis, `_[Acme](https://…) is a charity …_`, shows its text alone, as
                    // everywhere; its address was counted when the line was read.)
                    var text = ReleaseLexicon.stripMarkup(only.raw)
                    if TextScan.has(text, "](") { var counted: [String] = []; text = inline(text, links: &counted) }
                    current.lines = [PrintedLine(raw: only.raw, text: text)]
                } else if quotedLines == current.lines.count || isWhollyEmphasised(lines: current.lines) && !current.bullet {
                    current.emphasis = true
                }
                out.append(current)
            }
            current = LayoutBlock(lines: [])
            quotedLines = 0
        }
        var inComment = false
        var fence: Substring? = nil
        for rawLine in joiningWrappedBrackets(lines) {
            var t = TextScan.trim(rawLine)
            // A kramdown attribute list (`{:.img-fluid}`, `{: .lead}`, `{.xr-button}`) styles the element it
            // follows or precedes and is not shown: alone on its line it is skipped, after text it is cut off.
            if fence == nil, !inComment, t.hasSuffix("}"), let open = attributeListStart(t) {
                // (Alone on its line it also ends the paragraph above, as a blank line would.)
                if open == t.startIndex { flush(); continue }
                t = TextScan.trim(t[..<open])
            }
            // A site generator's call alone on its line (Hugo's `{{< header >}}`, `{{% notice %}}`, Liquid's
            // `{% include banner.html %}`) is replaced by what its template prints (a banner, a box's frame),
            // not the release's text; like a block of HTML it parts the paragraphs around it.
            if fence == nil, !inComment, isTemplateCall(t) { flush(); continue }
            // An HTML comment is not shown: its lines are skipped, and the part of a line outside one is kept.
            if inComment || TextScan.has(t, "<!--") {
                let (kept, open) = withoutComments(t, inComment: inComment)
                inComment = open
                if kept.isEmpty { continue }
                t = kept
            }
            // A fenced block (```` ``` ````, `~~~`): its lines as printed, one printed line each.
            if let f = fence {
                if t.hasPrefix(f) { fence = nil; flush(); continue }
                if !t.isEmpty { current.lines.append(PrintedLine(raw: TextScan.rtrim(rawLine), text: t)) }
                continue
            }
            if t.hasPrefix("```") || t.hasPrefix("~~~") {
                flush()
                fence = t.prefix(3)
                continue
            }
            if t.isEmpty { flush(); continue }
            if ReleaseLexicon.isEndMark(t) {
                flush()
                out.append(LayoutBlock(lines: [PrintedLine(raw: t)]))
                continue
            }
            if let (level, rest) = atxHeading(t) {
                flush()
                let text = inline(rest, links: &links)
                if !text.isEmpty { out.append(LayoutBlock(lines: [PrintedLine(raw: text)], heading: level)) }
                continue
            }
            // A setext heading: the paragraph's line underlined with `===` or `---`.
            if current.lines.count >= 1, !current.bullet, let c = t.first, c == "=" || c == "-", t.count >= 3, t.allSatisfy({ $0 == c }) {
                let headingLine = current.lines.removeLast()
                flush()
                out.append(LayoutBlock(lines: [PrintedLine(raw: headingLine.text)], heading: c == "=" ? 1 : 2))
                continue
            }
            if t == "---" || t == "***" || t == "___" { flush(); continue }
            var body = t
            // A blockquote's mark (`> `, and `>` with no space: `>_quoted_`) is not shown; a quote's empty line
            // (`>` alone) parts its paragraphs as an empty line does.
            let quoted = body.utf8.first == 0x3E
            if quoted {
                body = String(body.dropFirst())
                if body.utf8.first == 0x20 { body = String(body.dropFirst()) }
                if TextScan.trim(body).isEmpty { flush(); continue }
            }
            // (In markdown a number and a full stop open a list item whatever the case of its first word; a
            // marker may be padded to the item's indent, pandoc's `-   item`.)
            if let marker = ReleaseLexicon.listMarkerLength(body) ?? ListItems.numberMarker(body)?.length ?? paddedMarkerLength(body),
               isMarkdownMarker(body) {
                flush()
                current.bullet = true
                current.marker = ListMarker.display(body.prefix(marker))
                let item = TextScan.trim(body.dropFirst(marker))
                current.linkAlone = isLinkAlone(item)
                let text = inline(item, links: &links)
                current.lines.append(PrintedLine(raw: String(rawLine), text: text))
                if quoted { quotedLines += 1 }
                continue
            }
            let text = TextScan.trim(inline(body, links: &links))
            // A line of images or HTML tags only shows no text.
            if text.isEmpty { continue }
            // A quotation's attribution in a `<cite>` element on its own line under it (`<blockquote>` / quote /
            // `<cite>— Jo Park, Director</cite>`): the page sets it apart under the quote, a paragraph of its own
            // as a printed release's attribution line is. (A `<cite>` that opens a line inside a sentence, `…
            // quotes` / `<cite>The Shared Map</cite>, the essay …`, is a title in the sentence.)
            if !current.lines.isEmpty, !current.bullet, body.utf8.first == 0x3C, body.hasPrefix("<cite>") || body.hasPrefix("<cite "),
               body.hasSuffix("</cite>"), let above = current.lines.last?.text,
               TextScan.endsSentence(above) || above.last.map({ "”\"»".contains($0) }) == true {
                flush()
            }
            if current.bullet && TextScan.indent(rawLine) == 0 && !current.lines.isEmpty,
               !continuesItemLazily(current.lines[current.lines.count - 1].text, text) {
                flush()
            }
            current.linkAlone = false
            current.lines.append(PrintedLine(raw: TextScan.rtrim(rawLine), text: text))
            if quoted { quotedLines += 1 }
        }
        flush()
        return headline(linkListsWhole(out), title: title, subtitle: subtitle)
    }

    /// A line that is one call of a site generator's template and nothing more: Hugo's shortcodes (`{{< name … >}}`,
    /// `{{< /name >}}`, `{{% name %}}`) and Liquid's tags (`{% include x.html %}`). Liquid's output tags
    /// (`{{ page.title }}`) print text and are not one.
    static func isTemplateCall(_ t: String) -> Bool {
        guard t.utf8.first == 0x7B, t.utf8.count >= 5 else { return false }
        if t.hasPrefix("{{<") { return t.hasSuffix(">}}") }
        if t.hasPrefix("{{%") { return t.hasSuffix("%}}") }
        if t.hasPrefix("{%") { return t.hasSuffix("%}") }
        return false
    }

    /// The blocks with `linkAlone` kept only on lists whose every item is a link alone: a list that mixes links
    /// with items of text (`- [Acme](…)` / `- Beta Ltd`) is the release's list, each item a paragraph.
    static func linkListsWhole(_ blocks: [LayoutBlock]) -> [LayoutBlock] {
        guard blocks.contains(where: \.linkAlone) else { return blocks }
        var blocks = blocks
        var start = 0
        while start < blocks.count {
            guard blocks[start].bullet else { start += 1; continue }
            var end = start
            while end < blocks.count && blocks[end].bullet { end += 1 }
            if !blocks[start..<end].allSatisfy(\.linkAlone) {
                for k in start..<end { blocks[k].linkAlone = false }
            }
            start = end
        }
        return blocks
    }

    /// A list item that is one link and nothing more, as printed after its marker: `[text](url)` or `<url>` or a
    /// bare address, perhaps in emphasis, after an emoji or symbol, and followed by a short remark in brackets
    /// (`(page 98)`) or a closing stop. A list of such items points the reader elsewhere (sponsors, documents,
    /// sources) and is no paragraph of the release; its links count.
    static func isLinkAlone(_ item: String) -> Bool {
        // (Asked of every list item: an item that holds no `[`, `<` or `http`/`www.` is no link, on bytes.)
        guard item.utf8.count <= 400, item.utf8.contains(where: { $0 == 0x5B || $0 == 0x3C || $0 == 0x68 || $0 == 0x77 }) else { return false }
        var t = Substring(item)
        // An emoji or symbol before the link (`🔗 [Docs](…)`).
        while let c = t.first, !c.isLetter, !c.isNumber, !"[<*_(".contains(c) { t = t.dropFirst() }
        t = t.drop(while: { $0 == " " })
        // Emphasis around the whole link (`**[Docs](…)**`).
        let marks = t.prefix(while: { $0 == "*" || $0 == "_" })
        t = t.dropFirst(marks.count)
        var rest: Substring
        let ts = String(t)
        if t.first == "[", let (_, url, end) = link(in: ts, at: ts.startIndex), !url.isEmpty {
            rest = ts[end...]
        } else if t.first == "<", let close = t.firstIndex(of: ">"), t[t.index(after: t.startIndex)..<close].hasPrefix("http") {
            rest = t[t.index(after: close)...]
        } else {
            let word = t.prefix(while: { $0 != " " })
            guard word.hasPrefix("http://") || word.hasPrefix("https://") || word.hasPrefix("www.") else { return false }
            rest = t.dropFirst(word.count)
        }
        if !marks.isEmpty {
            guard rest.hasPrefix(marks) else { return false }
            rest = rest.dropFirst(marks.count)
        }
        rest = TextScan.trim(rest)[...]
        if rest == "." || rest == ";" || rest == "," { return true }
        // A remark in brackets of four words at most: `(page 98)`, `(PDF, 2 MB)`.
        if rest.first == "(", rest.last == ")" {
            return rest.split(separator: " ").count <= 4 && !rest.dropFirst().contains("(")
        }
        return rest.isEmpty
    }

    /// A list marker padded to the item's indent with two to four spaces (pandoc's `-   item`, `1.  item`): its
    /// length with the spaces, or nil.
    static func paddedMarkerLength(_ s: String) -> Int? {
        let b = Array(s.utf8.prefix(8))
        var i = 0
        if let f = b.first, f == 0x2D || f == 0x2A || f == 0x2B {
            i = 1
        } else {
            while i < b.count, i < 2, b[i] &- 0x30 < 10 { i += 1 }
            guard i > 0, i < b.count, b[i] == 0x2E || b[i] == 0x29 else { return nil }
            i += 1
        }
        var spaces = 0
        while i + spaces < b.count, b[i + spaces] == 0x20 { spaces += 1 }
        guard (2...4).contains(spaces), i + spaces < b.count else { return nil }
        return i + spaces
    }

    /// An unindented line that goes on with the list item above it (a lazy continuation): the item's line
    /// stops mid-sentence and this one opens in lower case, as a paragraph wrapped at a fixed width does
    /// (`* **More than half of members renew` / `within a year.**`).
    static func continuesItemLazily(_ itemLine: String, _ line: String) -> Bool {
        guard let f = line.unicodeScalars.first, f.properties.isLowercase, let last = itemLine.last,
              !".!?:;…".contains(last) else { return false }
        return !TextScan.endsSentence(itemLine)
    }

    /// The lines of a paragraph printed wholly in bold or italics: the marks opening its first line and closing
    /// its last, or each line in emphasis of its own (`*90% of members voted*` / `*The count took a week*`, which
    /// renders as one paragraph in italics all the same).
    static func isWhollyEmphasised(lines: [PrintedLine]) -> Bool {
        guard lines.count > 1, let a = TextScan.trim(lines[0].raw).utf8.first, a == 0x2A || a == 0x5F,
              let z = TextScan.trim(lines[lines.count - 1].raw).utf8.last, z == 0x2A || z == 0x5F else { return false }
        if isWhollyEmphasised(lines.map { TextScan.trim($0.raw) }.joined(separator: " ")) { return true }
        return lines.allSatisfy { isWhollyEmphasised($0.raw) }
    }

    /// Where a kramdown attribute list at the end of `t` starts (`{:` or `{.`/`{#` followed by a class or id
    /// name and no space before it inside), or nil.
    static func attributeListStart(_ t: String) -> String.Index? {
        guard t.hasSuffix("}"), let open = t.range(of: "{", options: .backwards)?.lowerBound else { return nil }
        let inside = t[t.index(after: open)..<t.index(before: t.endIndex)]
        guard let first = inside.first else { return nil }
        if first == ":" { return open }
        guard first == "." || first == "#", inside.dropFirst().first?.isLetter == true,
              inside.allSatisfy({ $0.isLetter || $0.isNumber || " .#-_".contains($0) }) else { return nil }
        return open
    }

    /// The lines with a link or image whose bracketed text wraps onto the next line joined to it
    /// (`![Harbour` / `at dusk](/img/harbour.jpg)`), so that the inline reader sees it whole. At most three
    /// lines are joined, and only while a `[` stays unclosed.
    static func joiningWrappedBrackets(_ lines: [Substring]) -> [Substring] {
        var out: [Substring] = []
        out.reserveCapacity(lines.count)
        var k = 0
        while k < lines.count {
            var line = lines[k]
            if unclosedBracket(line) {
                // Join while the bracket stays open and the next line opens no block of its own; keep the join only
                // when it closes into a link or image (`](`), else the lines stay as printed (`the range [2, 5)`).
                var joined = line
                var j = k
                while j - k < 2, j + 1 < lines.count, unclosedBracket(joined), continuesInline(lines[j + 1]) {
                    joined = Substring(TextScan.rtrim(joined) + " " + TextScan.trim(lines[j + 1]))
                    j += 1
                }
                if j > k, !unclosedBracket(joined), TextScan.has(String(joined), "](") {
                    line = joined
                    k = j
                }
            }
            out.append(line)
            k += 1
        }
        return out
    }

    /// A line that may continue the text above: not blank, and opening no heading, list item, fence, quote, tag
    /// or attribute list.
    private static func continuesInline(_ line: Substring) -> Bool {
        let t = TextScan.trim(line)
        guard let c = t.first else { return false }
        if "#>-*+<{|".contains(c) || t.hasPrefix("```") || t.hasPrefix("~~~") { return false }
        return ListItems.numberMarker(t) == nil
    }

    private static func unclosedBracket(_ line: Substring) -> Bool {
        guard line.utf8.contains(0x5B) else { return false }
        var depth = 0
        for b in line.utf8 {
            if b == 0x5B { depth += 1 } else if b == 0x5D, depth > 0 { depth -= 1 }
        }
        return depth > 0
    }

    /// `# Heading` … `###### Heading`, and AsciiDoc's `= Title` / `== Section`: the level and the text.
    static func atxHeading(_ t: String) -> (Int, String)? {
        guard let c = t.first, c == "#" || c == "=" else { return nil }
        let level = t.prefix(while: { $0 == c }).count
        let rest = t.dropFirst(level)
        guard level <= 6, rest.first == " " else { return nil }
        var text = TextScan.trim(rest)
        // A closing sequence (`## Title ##`) is not part of the heading.
        if c == "#" { while text.hasSuffix("#") { text.removeLast() }; text = TextScan.trim(text) }
        return text.isEmpty ? nil : (level, text)
    }

    /// The line without the parts inside HTML comments, and whether a comment is still open at its end.
    static func withoutComments(_ t: String, inComment: Bool) -> (String, Bool) {
        var out = ""
        var open = inComment
        var rest = t[...]
        while !rest.isEmpty {
            if open {
                guard let end = TextScan.find("-->", in: rest) else { return (TextScan.trim(out), true) }
                rest = rest[end.upperBound...]
                open = false
            } else if let start = TextScan.find("<!--", in: rest) {
                out += rest[..<start.lowerBound]
                rest = rest[start.upperBound...]
                open = true
            } else {
                out += rest
                break
            }
        }
        return (TextScan.trim(out), open)
    }

    /// The headline among the first headings. A first heading that is only the kind label (`# PRESS RELEASE`)
    /// is the kind, printed as a heading: the next heading before the body is then the headline; when none
    /// follows, the label is the only headline the page prints and stays one. A text without a level-1 heading
    /// takes its front matter's title as the headline, as a site renders the page.
    /// A front matter's `subtitle`, which the layout prints under the title it prints, is then the standfirst
    /// (set apart, as an emphasised deck is), unless the text prints it itself.
    static func headline(_ blocks: [LayoutBlock], title: String?, subtitle: String? = nil) -> [LayoutBlock] {
        var blocks = blocks
        if let title = title.map(TextScan.collapse), !title.isEmpty, !blocks.prefix(12).contains(where: { $0.heading == 1 }),
           !printsItsOwnHead(blocks, title: title) {
            // The page prints its headline as plain text, fuller than the page's title (`Acme on the new law:
            // "Good, not enough"` under `title: Acme on the new law`): what the reader sees is the headline.
            if let k = blocks.prefix(3).firstIndex(where: { $0.heading == 0 && !$0.bullet }), blocks[k].lines.count <= 2,
               !isProse(blocks[k]), case let printed = TextScan.collapse(blocks[k].joined), extendsTitle(printed, title) {
                blocks[k] = LayoutBlock(lines: [PrintedLine(raw: printed)], heading: 1)
            } else {
                blocks.insert(LayoutBlock(lines: [PrintedLine(raw: title)], heading: 1), at: 0)
                if let deck = subtitle.map(TextScan.collapse), !deck.isEmpty, deck != title,
                   !blocks.prefix(4).contains(where: { Fold.line(TextScan.collapse($0.joined)) == Fold.line(deck) }) {
                    var b = LayoutBlock(lines: [PrintedLine(raw: deck)])
                    b.emphasis = true
                    blocks.insert(b, at: 1)
                }
            }
        }
        guard let h = blocks.prefix(12).firstIndex(where: { $0.heading > 0 }), blocks[h].heading == 1,
              isKindLabel(blocks[h].joined) else { return blocks }
        let kindLine = LayoutBlock(lines: blocks[h].lines)
        var k = h + 1
        while k < blocks.count && k <= h + 4 && blocks[k].heading == 0 && !isProse(blocks[k]) { k += 1 }
        if k < blocks.count, blocks[k].heading > 0, !isKindLabel(blocks[k].joined) {
            blocks[h] = kindLine
            blocks[k].heading = 1
        } else {
            blocks.insert(kindLine, at: h)
        }
        return blocks
    }

    /// The page opens with a release's own head, a release instruction or a kind label on its first lines
    /// (`FOR IMMEDIATE RELEASE` / date / contact, `*** STATEMENT ***`), above the headline it prints: the site's
    /// title for the page (`… Press Release`, `STATEMENT: …`) is then not the release's headline, which the head
    /// shows where it stands.
    /// Only where the site's title for the page is not a headline: it names the kind (`… Press Release`,
    /// `STATEMENT: …`). A page that prints `FOR IMMEDIATE RELEASE` over its lead under a title that is a headline
    /// (`Kestrel Robotics Names Amara Okafor Chief Engineer`) keeps that title.
    static func printsItsOwnHead(_ blocks: [LayoutBlock], title: String) -> Bool {
        let folded = " " + String(Fold.line(title).map { $0.isLetter || $0.isNumber ? $0 : " " }) + " "
        guard ReleaseLexicon.kindLabels.contains(where: { folded.contains(" " + $0 + " ") }) else { return false }
        return blocks.prefix(2).contains { b in
            b.heading == 0 && !b.bullet && b.lines.count <= 4
                && b.lines.contains { l in l.text.utf8.count <= 60 && (ReleaseLexicon.isReleaseInstruction(l.text) || isKindLabel(l.text)) }
        }
    }

    /// `printed` is `title` with more after it, parted by a colon, a dash or a quotation mark (`… climate
    /// emergency: "Good, not enough"`), and is no sentence and no dated line: the headline as printed.
    static func extendsTitle(_ printed: String, _ title: String) -> Bool {
        guard printed.count > title.count + 2, Fold.line(printed).hasPrefix(Fold.line(title)),
              !TextScan.endsSentence(printed) || printed.hasSuffix("\"") || printed.hasSuffix("”") else { return false }
        let extra = TextScan.trim(printed.dropFirst(title.count))
        guard let c = extra.first, ":–—-\"“«(".contains(c) else { return false }
        return !CalendarWords.containsYear(extra)
    }

    /// A line that is a kind label and nothing more (`Press Release`, `COMUNICADO DE PRENSA`).
    static func isKindLabel(_ text: String) -> Bool {
        let t = TextScan.trim(text)
        guard !t.isEmpty, t.utf8.count <= 60, let label = ReleaseLexicon.kindPrefix(ofFolded: Fold.line(t)) else { return false }
        return label.split(separator: " ").count == t.split(separator: " ").count
    }

    /// A paragraph of body text (long, or several lines), which ends the head of the page.
    private static func isProse(_ block: LayoutBlock) -> Bool {
        block.lines.count >= 3 || TextScan.length(block.joined) > 160
    }

    private static func isMarkdownMarker(_ s: String) -> Bool {
        guard let c = s.first else { return false }
        return c == "-" || c == "*" || c == "+" || c.isNumber || c == "•"
    }

    /// A line printed wholly in bold or italics (`**NOTA DE PRENSA**`, `_standfirst_`).
    static func isWhollyEmphasised(_ raw: String) -> Bool {
        let t = TextScan.trim(raw)
        for m in ["**", "__", "*", "_"] where t.count > 2 * m.count && t.hasPrefix(m) && t.hasSuffix(m) {
            let inner = t.dropFirst(m.count).dropLast(m.count)
            return !inner.contains(m)
        }
        return false
    }

    /// Inline markup removed: emphasis markers, `[text](url)` → text (the url is kept as a link),
    /// `<url>` → url, images and HTML tags → nothing, backslash escapes.
    static func inline(_ s: String, links: inout [String]) -> String {
        guard s.contains(where: { "*_[<\\`!&".contains($0) }) else { return s }
        var out = ""
        var i = s.startIndex
        @inline(__always) func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }
        while i < s.endIndex {
            let c = s[i]
            if c == "\\", let n = s.index(i, offsetBy: 1, limitedBy: s.endIndex), n < s.endIndex {
                out.append(s[n]); i = s.index(after: n); continue
            }
            // An image (`![alt](src)`) shows a picture, not text.
            if c == "!", let open = s.index(i, offsetBy: 1, limitedBy: s.endIndex), open < s.endIndex, s[open] == "[",
               let (_, _, end) = link(in: s, at: open) {
                i = end
                continue
            }
            if c == "[", let (text, url, end) = link(in: s, at: i) {
                out += inline(String(text), links: &links)
                if !url.isEmpty { links.append(String(url)) }
                i = end
                continue
            }
            if c == "<", let end = s[i...].firstIndex(of: ">") {
                let inner = s[s.index(after: i)..<end]
                if inner.hasPrefix("http") || inner.hasPrefix("mailto:") || (TextScan.has(inner, "@") && !TextScan.has(inner, " ")) {
                    out += inner; i = s.index(after: end); continue
                }
                // An HTML tag (`<img src=… />`, `<br>`, `</div>`): markup, not text.
                if let f = inner.first, f.isLetter || f == "/" && inner.dropFirst().first?.isLetter == true {
                    i = s.index(after: end); continue
                }
            }
            if c == "`" { i = s.index(after: i); continue }
            // A character reference (`&amp;`, `&rsquo;`, `&#8217;`, `&#x2019;`) shows its character.
            if c == "&", let (decoded, end) = characterReference(in: s, at: i) {
                out.unicodeScalars.append(decoded)
                i = end
                continue
            }
            if c == "*" || c == "_" {
                // Emphasis opens or closes at a word's edge; a mark between two letters is the word's
                // (`Bürger*innen`, `snake_case`, `a_b@x.org`).
                let prev = i > s.startIndex ? s[s.index(before: i)] : " "
                let nextIndex = s.index(after: i)
                let next = nextIndex < s.endIndex ? s[nextIndex] : " "
                if !isWordCharacter(prev) || !isWordCharacter(next) { i = nextIndex; continue }
            }
            out.append(c)
            i = s.index(after: i)
        }
        return out
    }

    /// The character an HTML character reference starting at `i` (the `&`) stands for, and the index after its
    /// `;`: a name HTML defines (libxml2's table, `htmlEntityLookup`) or a decimal or hexadecimal code point. A
    /// no-break space is shown as a space, as the text's own are. nil when `&` opens no reference (`AT&T`,
    /// `R&D;`, `&unknown;`).
    static func characterReference(in s: String, at i: String.Index) -> (Unicode.Scalar, String.Index)? {
        let u = s.utf8
        guard let start = u.index(i, offsetBy: 1, limitedBy: u.endIndex), start < u.endIndex,
              let semi = u[start...].prefix(33).firstIndex(of: 0x3B), semi > start else { return nil }
        let name = u[start..<semi]
        var value: UInt32
        if name.first == 0x23 {
            let digits = name.dropFirst()
            let hex = digits.first == 0x78 || digits.first == 0x58
            let number = hex ? digits.dropFirst() : digits
            guard !number.isEmpty, number.count <= 7,
                  let v = UInt32(String(decoding: number, as: UTF8.self), radix: hex ? 16 : 10), v > 0 else { return nil }
            value = v
        } else {
            guard name.allSatisfy({ ASCII.isLetter($0) || ASCII.isDigit($0) }) else { return nil }
            var key = Array(name)
            key.append(0)
            guard let entity = htmlEntityLookup(key) else { return nil }
            value = entity.pointee.value
        }
        if value == 0xA0 { value = 0x20 }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, u.index(after: semi))
    }

    /// `[text](url)` starting at `i` (the `[`): the text, the url and the index after the `)`.
    private static func link(in s: String, at i: String.Index) -> (Substring, Substring, String.Index)? {
        guard let close = s[i...].firstIndex(of: "]"),
              let open = s.index(close, offsetBy: 1, limitedBy: s.endIndex), open < s.endIndex, s[open] == "(",
              let end = s[open...].firstIndex(of: ")") else { return nil }
        var url = s[s.index(after: open)..<end]
        // A title after the address (`(url "title")`) is not part of it.
        if let space = url.firstIndex(of: " ") { url = url[..<space] }
        return (s[s.index(after: i)..<close], url, s.index(after: end))
    }
}
