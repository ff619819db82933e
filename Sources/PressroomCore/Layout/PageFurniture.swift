/// Page furniture: running headers and footers, page numbers. Found by repetition across pages
/// (the same line at the top or bottom of two or more pages) and by the shape of page numbers.
enum PageFurniture {
    /// One entry of a page: a printed line or a paragraph gap.
    enum Entry: Hashable, Sendable {
        case line(PrintedLine)
        case gap
    }

    private static let pageNumberDecoration = Set<Character>(" -–—()[]|·•")

    /// True when `text` is a page number alone: `Page 2 of 3`, `Página 1 de 2`, `Seite 1 von 2`, `2/3`,
    /// `– 1 –`, `- 2 -`, `(3)`, a bare number.
    static func isPageNumber(_ text: String) -> Bool {
        // Every page number has an ASCII digit: a byte scan rejects most lines before any allocation.
        guard text.utf8.count <= 90, TextScan.withBytes(text, { $0.contains { $0 >= 0x30 && $0 <= 0x39 } }),
              TextScan.wordCount(text, atMost: 5) <= 5 else { return false }
        let t = TextScan.trim(text)
        guard !t.isEmpty, t.count <= 30 else { return false }
        let stripped = t.trimming(pageNumberDecoration)
        guard !stripped.isEmpty else { return false }
        let words = TextScan.fold(stripped).utf8.split(separator: 0x20).map { Substring($0) }
        var i = 0
        if let first = words.first, ["page", "pagina", "pag.", "pag", "p.", "seite", "s.", "pg.", "pg"].contains(String(first)) { i = 1 }
        guard i < words.count else { return false }
        func isNumber(_ w: Substring) -> Bool { !w.isEmpty && w.count <= 3 && w.allSatisfy { $0.isASCII && $0.isNumber } }
        let first = words[i]
        if isNumber(first) {
            if i + 1 == words.count { return true }
            if i + 3 == words.count, ["of", "de", "von", "sur", "/", "di"].contains(String(words[i + 1])), isNumber(words[i + 2]) { return true }
            if i + 2 == words.count, words[i + 1].hasPrefix("/"), isNumber(words[i + 1].dropFirst()) { return true }
            return false
        }
        // `2/3`
        let parts = first.split(separator: "/")
        if parts.count == 2, i + 1 == words.count, isNumber(parts[0]), isNumber(parts[1]) { return true }
        if i + 2 == words.count, first.hasSuffix("/"), isNumber(first.dropLast()), isNumber(words[i + 1]) { return true }
        return false
    }

    /// True when a `-layout` line carries a page number as one of its cells (`Plot 14 … | www…   Page 1 of 1`).
    static func hasPageNumberCell(_ raw: String) -> Bool {
        guard TextScan.hasColumnGap(raw) else { return false }
        let cells = TextScan.cells(raw)
        guard cells.count >= 2 else { return false }
        return cells.contains { isPageNumber($0) }
    }

    /// Comparison key: whitespace collapsed, digits replaced (so `Page 1 of 2` matches `Page 2 of 2`).
    /// A contact line keeps its digits: two phone lines that happen to end two pages
    /// (`Phone: +254 20 691 2139`, `Phone: +254 20 494 1390`) are two people, not a running footer.
    static func key(_ text: String) -> String {
        let c = TextScan.collapse(text)
        // Without a number the key is the text whether or not it is a contact line: skip that test.
        let (ascii, digit) = TextScan.withBytes(c) { b in
            (b.allSatisfy { $0 < 0x80 }, b.contains { $0 >= 0x30 && $0 <= 0x39 })
        }
        // (Other scalars are numbers only rarely: look them up only when no ASCII digit settled it.)
        if !digit, ascii || c.unicodeScalars.allSatisfy({ $0.isASCII || $0.properties.numericType == nil }) {
            return c
        }
        if ContactParser.isContactLine(c) { return c }
        // ASCII text: digits are the only numbers, replaced on bytes.
        if ascii {
            return String(decoding: c.utf8.map { $0 >= 0x30 && $0 <= 0x39 ? 0x23 : $0 }, as: UTF8.self)
        }
        return String(c.map { $0.isNumber ? "#" : $0 })
    }

    /// Removes page numbers everywhere and lines repeated at the top or bottom of two or more pages.
    /// Returns the pages without them and the removed repeated lines (first occurrence of each).
    static func remove(from pages: [[Entry]], layout: Bool) -> (pages: [[Entry]], furniture: [String]) {
        let edge = 3
        var furniture: [String] = []
        var repeated = Set<String>()
        // The keys of each page's edge lines (line index → key), computed once.
        var edgeKeys: [[Int: String]] = []
        edgeKeys.reserveCapacity(pages.count)
        if pages.count >= 2 {
            var seenOnPages: [String: Int] = [:]
            for page in pages {
                let idx = lineIndices(page)
                var keys: [Int: String] = [:]
                for i in idx.prefix(edge) + idx.suffix(edge) where keys[i] == nil {
                    if case .line(let l) = page[i] { keys[i] = key(l.text) }
                }
                for k in Set(keys.values) { seenOnPages[k, default: 0] += 1 }
                edgeKeys.append(keys)
            }
            let needed = max(2, (pages.count + 1) / 2)
            repeated = Set(seenOnPages.filter { $0.value >= needed && !$0.key.isEmpty }.map(\.key))
        }
        var out: [[Entry]] = []
        var recorded = Set<String>()
        for (p, page) in pages.enumerated() {
            let keys = p < edgeKeys.count ? edgeKeys[p] : [:]
            var kept: [Entry] = []
            for (i, entry) in page.enumerated() {
                guard case .line(let l) = entry else { kept.append(entry); continue }
                // `-30-` is the end mark, not page 30.
                if isPageNumber(l.text) && !ReleaseLexicon.isEndMark(l.text) || (layout && hasPageNumberCell(l.raw)) { continue }
                if !repeated.isEmpty, let k = keys[i], repeated.contains(k) {
                    if recorded.insert(k).inserted { furniture.append(l.text) }
                    continue
                }
                kept.append(entry)
            }
            out.append(kept)
        }
        return (out, furniture)
    }

    private static func lineIndices(_ page: [Entry]) -> [Int] {
        page.indices.filter { if case .line = page[$0] { return true } else { return false } }
    }
}
