/// List items the lexicon's markers do not catch: numbered items that open in lower case after a lead-in
/// (`demands the following:` / `1. a wage increase …;`), and bullets whose markers the extractor printed
/// on lines of their own, away from their text (`●` `●` `●`, then the items' lines).
enum ListItems {
    /// `1. `, `12) ` followed by a letter of either case: the marker's length in characters and its number.
    /// Not a date (`5. September 2023`).
    static func numberMarker(_ text: String) -> (length: Int, number: Int)? {
        guard let f = text.utf8.first, ASCII.isDigit(f) else { return nil }
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        guard digits.count <= 2, let number = Int(digits) else { return nil }
        let after = text.dropFirst(digits.count)
        guard let p = after.first, p == "." || p == ")" else { return nil }
        let rest = after.dropFirst()
        guard rest.first == " " else { return nil }
        let body = rest.drop(while: { $0 == " " })
        guard let c = body.first, c.isLetter || TextScan.openingQuotes.contains(c) else { return nil }
        if p == ".", CalendarWords.isCalendarWord(TextScan.firstWord(body)), CalendarWords.containsYear(body) { return nil }
        return (text.count - body.count, number)
    }

    /// A numbered item in context: after a line that leads in or ends an item (`:` or `;`), or numbered one
    /// after the item before (`previous`).
    static func numberMarker(_ text: String, after prev: String?, previous: Int?) -> Int? {
        guard let (length, number) = numberMarker(text) else { return nil }
        if let previous, number == previous + 1 { return length }
        guard let prev, let last = prev.last else { return nil }
        return last == ":" || last == ";" ? length : nil
    }

    /// The bullet glyphs extractors print alone on a line: the usual bullets, and the private-use glyphs of
    /// symbol fonts (U+F0A7, U+F0B7, …) that PDFs use for them.
    private static let bulletGlyphs = Set<Character>("•●◦▪■□◆◇►▸‣∙○➢➤✓✔·-–*")

    /// A bullet glyph set apart from its text by several spaces or a tab (`●   Item`, as `-layout` text keeps
    /// the indent of the item's text): the marker's length in characters. Dashes are left to the lexicon,
    /// which tells a list's dash from a dash in prose.
    static func spacedBullet(_ text: String) -> Int? {
        // Every glyph of `bulletGlyphs` beyond ASCII but `·` (refused below) starts with the byte E2, a private-use
        // one with EF: a line that starts with any other byte (most lines, and `“`, `–`, `…`) is passed over
        // before its first character is read.
        if FastPaths.off { return spacedBulletPlain(text) }
        guard let f = text.utf8.first, f == 0xE2 || f == 0xEF else { return nil }
        return spacedBulletPlain(text)
    }

    /// The definition `spacedBullet` keeps to (its first-byte test only passes over lines this refuses).
    static func spacedBulletPlain(_ text: String) -> Int? {
        guard let f = text.utf8.first, f >= 0xC2, let c = text.first, c != "–", c != "—", c != "·",
              bulletGlyphs.contains(c) || c.unicodeScalars.first.map({ (0xF000...0xF0FF).contains($0.value) }) == true else { return nil }
        let rest = text.dropFirst()
        let body = rest.drop(while: { $0 == " " || $0 == "\t" })
        guard body.count < rest.count, let b = body.first, !b.isWhitespace else { return nil }
        return text.count - body.count
    }

    /// A line that is a bullet or an item's number (`3.`, `3)`) and nothing else.
    static func isBareMarker(_ text: String) -> Bool {
        guard text.utf8.count <= 4 else { return false }
        if isBareNumber(text) { return true }
        guard text.count == 1, let c = text.first else { return false }
        if bulletGlyphs.contains(c) { return true }
        guard let u = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return false }
        return (0xF000...0xF0FF).contains(u.value)
    }

    /// `3.` or `12)` alone.
    static func isBareNumber(_ text: String) -> Bool {
        let u = Array(text.utf8)
        guard u.count >= 2, u.count <= 3, u[u.count - 1] == 0x2E || u[u.count - 1] == 0x29 else { return false }
        return u.dropLast().allSatisfy { ASCII.isDigit($0) }
    }

    /// Blocks where a run of bare markers (`●` × n) stands apart from the items' lines: the markers dropped,
    /// and the lines that follow them made into n list items, one a line when they are n lines, else cut
    /// before each line that opens with a capital when that gives n items. Other runs lose their markers only.
    static func attachDetachedMarkers(_ blocks: [LayoutBlock]) -> [LayoutBlock] {
        // Most texts print no bare marker: a cheap test passes them on as they are.
        guard blocks.contains(where: { $0.lines.contains { isBareMarker($0.text) } }) else { return blocks }
        var out: [LayoutBlock] = []
        var waiting: [String] = []  // markers seen at the end of the block before, whose items are to come
        for block in blocks {
            // A block of markers only goes on with the run before it (`1.` `2.` `3.`, a gap, `4.`), or starts one.
            if block.lines.allSatisfy({ isBareMarker($0.text) }), !waiting.isEmpty || block.lines.count >= 2 || !isBareNumber(block.lines[0].text) {
                waiting += block.lines.map(\.text)
                continue
            }
            if !waiting.isEmpty, let items = cut(block.lines, into: waiting.count) {
                append(items, markers: waiting, to: &out)
                waiting = []
                continue
            }
            waiting = []
            guard let m = block.lines.firstIndex(where: { isBareMarker($0.text) }) else { out.append(block); continue }
            var e = m
            while e < block.lines.count && isBareMarker(block.lines[e].text) { e += 1 }
            let n = e - m
            // One number alone is a number, not a list, unless a lead-in opens the list (`… include:` / `1.`).
            if n == 1 && isBareNumber(block.lines[m].text) && !(m > 0 && block.lines[m - 1].text.hasSuffix(":")) {
                out.append(block)
                continue
            }
            if m > 0 { out.append(LayoutBlock(lines: Array(block.lines[..<m]))) }
            let rest = Array(block.lines[e...])
            let markers = block.lines[m..<e].map(\.text)
            if rest.isEmpty {
                waiting = markers
            } else if n >= 2, let items = cut(rest, into: n) {
                append(items, markers: markers, to: &out)
            } else {
                out.append(LayoutBlock(lines: rest))
            }
        }
        return out
    }

    /// The list items `items`, the k-th printed with the k-th of the bare `markers`.
    private static func append(_ items: [[PrintedLine]], markers: [String], to out: inout [LayoutBlock]) {
        for (item, marker) in zip(items, markers) {
            out.append(LayoutBlock(lines: item, bullet: true, marker: ListMarker.display(marker)))
        }
    }

    /// `lines` as `n` items: one a line, or cut before each line that opens with a capital, a digit or a quote.
    /// Items that wrap are cut where a line opens with a capital after a line that ends a sentence or stops
    /// short; else before every line that opens with a capital.
    private static func cut(_ lines: [PrintedLine], into n: Int) -> [[PrintedLine]]? {
        if lines.count == n { return lines.map { [$0] } }
        guard lines.count > n else { return nil }
        let longest = lines.map { TextScan.length($0.text) }.max() ?? 0
        for strict in [true, false] {
            var items: [[PrintedLine]] = []
            for line in lines {
                let opens = TextScan.startsUppercaseOrQuote(line.text) || line.text.first?.isNumber == true
                let afterEnd = items.last.map { item in
                    let p = item[item.count - 1].text
                    return TextScan.endsSentence(p) || TextScan.length(p) * 4 < longest * 3
                } ?? true
                if items.isEmpty || opens && (!strict || afterEnd) {
                    items.append([line])
                } else {
                    items[items.count - 1].append(line)
                }
            }
            if items.count == n { return items }
        }
        return nil
    }
}
