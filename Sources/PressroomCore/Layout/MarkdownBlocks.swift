/// Markdown releases: `#` headings, `**KIND**`, `_standfirst_`, `- ` bullets, hard line breaks.
enum MarkdownBlocks {
    static func blocks(_ lines: [Substring], links: inout [String]) -> [LayoutBlock] {
        var out: [LayoutBlock] = []
        var current = LayoutBlock(lines: [])
        func flush() {
            if !current.lines.isEmpty {
                if current.lines.count == 1, let only = current.lines.first, isWhollyEmphasised(only.raw) {
                    current.emphasis = true
                    current.lines = [PrintedLine(raw: only.raw, text: ReleaseLexicon.stripMarkup(only.raw))]
                }
                out.append(current)
            }
            current = LayoutBlock(lines: [])
        }
        for rawLine in lines {
            let t = TextScan.trim(rawLine)
            if t.isEmpty { flush(); continue }
            if ReleaseLexicon.isEndMark(t) {
                flush()
                out.append(LayoutBlock(lines: [PrintedLine(raw: t)]))
                continue
            }
            if t.hasPrefix("#") {
                let level = t.prefix(while: { $0 == "#" }).count
                let rest = t.dropFirst(level)
                if level <= 6, rest.first == " " {
                    flush()
                    let text = inline(TextScan.trim(rest), links: &links)
                    out.append(LayoutBlock(lines: [PrintedLine(raw: text)], heading: level))
                    continue
                }
            }
            if t == "---" || t == "***" || t == "___" { flush(); continue }
            var body = t
            if body.hasPrefix("> ") { body = String(body.dropFirst(2)) }
            if let marker = ReleaseLexicon.listMarkerLength(body), isMarkdownMarker(body) {
                flush()
                current.bullet = true
                let text = inline(TextScan.trim(body.dropFirst(marker)), links: &links)
                current.lines.append(PrintedLine(raw: String(rawLine), text: text))
                continue
            }
            let text = inline(body, links: &links)
            if current.bullet && TextScan.indent(rawLine) == 0 && !current.lines.isEmpty {
                flush()
            }
            current.lines.append(PrintedLine(raw: TextScan.rtrim(rawLine), text: text))
        }
        flush()
        return out
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
    /// `<url>` → url, backslash escapes.
    static func inline(_ s: String, links: inout [String]) -> String {
        guard s.contains(where: { "*_[<\\`".contains($0) }) else { return s }
        var out = ""
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if c == "\\", let n = s.index(i, offsetBy: 1, limitedBy: s.endIndex), n < s.endIndex {
                out.append(s[n]); i = s.index(after: n); continue
            }
            if c == "[", let close = s[i...].firstIndex(of: "]"),
               let open = s.index(close, offsetBy: 1, limitedBy: s.endIndex), open < s.endIndex, s[open] == "(",
               let end = s[open...].firstIndex(of: ")") {
                out += s[s.index(after: i)..<close]
                let url = String(s[s.index(after: open)..<end])
                if !url.isEmpty { links.append(url) }
                i = s.index(after: end)
                continue
            }
            if c == "<", let end = s[i...].firstIndex(of: ">") {
                let inner = s[s.index(after: i)..<end]
                if inner.hasPrefix("http") || inner.hasPrefix("mailto:") || TextScan.has(inner, "@") {
                    out += inner; i = s.index(after: end); continue
                }
            }
            if c == "*" || c == "`" { i = s.index(after: i); continue }
            if c == "_" {
                // `_` emphasis at word edges; keep it inside words and addresses (`snake_case`, `a_b@x.org`).
                let prev = i > s.startIndex ? s[s.index(before: i)] : " "
                let nextIndex = s.index(after: i)
                let next = nextIndex < s.endIndex ? s[nextIndex] : " "
                if !(prev.isLetter || prev.isNumber) || !(next.isLetter || next.isNumber) { i = nextIndex; continue }
            }
            out.append(c)
            i = s.index(after: i)
        }
        return out
    }
}
