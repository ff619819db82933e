/// Page furniture: running headers and footers, page numbers. Found by repetition across pages
/// (the same line at the top or bottom of two or more pages) and by the shape of page numbers.
enum PageFurniture {
    /// One entry of a page: a printed line or a paragraph gap.
    enum Entry: Hashable, Sendable {
        case line(PrintedLine)
        case gap
    }

    private static let pageNumberDecoration = Set<Character>(" -–—()[]|·•")

    private static let pageWords: Set<String> = ["page", "pagina", "pag.", "pag", "p.", "seite", "s.", "pg.", "pg"]
    /// The ASCII bytes other than letters and digits a page number may hold: space decoration, `/`, `.`.
    private static let pageNumberBytes: Set<UInt8> = [0x20, 0x2D, 0x28, 0x29, 0x5B, 0x5D, 0x7C, 0x2F, 0x2E]
    private static let ofWords: Set<String> = ["of", "de", "von", "sur", "/", "di"]

    /// A cheap test on bytes, false for most lines: a page number has an ASCII digit, and an ASCII line
    /// (no CR, so one Character a byte) longer than 30 bytes once trimmed is too long to be one.
    private static func mayBePageNumber(_ text: String) -> Bool {
        TextScan.withBytes(text) { b in
            guard hasASCIIDigit(b) else { return false }
            var high: UInt8 = 0, cr = false, stray = false
            var first = -1, last = -1, letters = 0
            for i in 0..<b.count {
                let x = b[i]
                high |= x
                if TextScan.isSpaceByte(x) { if x == 0x0D { cr = true }; continue }
                if first < 0 { first = i }
                last = i
                if (x | 0x20) &- 0x61 < 26 { letters += 1 } else if !(x &- 0x30 < 10 || pageNumberBytes.contains(x)) { stray = true }
            }
            guard high < 0x80, !cr else { return true }
            // An ASCII page number is digits, `/`, `.`, decoration (`- ( ) [ ] |`) and at most two short words
            // (`pagina` … `von`: nine letters).
            return first >= 0 && last - first + 1 <= 30 && !stray && letters <= 9
        }
    }

    /// Whether some byte is an ASCII digit, eight bytes at a time (every line of a document is tested).
    static func hasASCIIDigit(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress else { return false }
        let ones: UInt64 = 0x0101_0101_0101_0101
        var i = 0
        // A byte strictly between 0x2F and 0x3A, with no carry between bytes (the bit-twiddling `hasbetween`).
        while i + 8 <= b.count {
            let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let x7 = x & (ones &* 127)
            if ((ones &* (127 + 0x3A)) &- x7) & ~x & (x7 &+ ones &* (127 - 0x2F)) & (ones &* 128) != 0 { return true }
            i += 8
        }
        while i < b.count { if b[i] &- 0x30 < 10 { return true }; i += 1 }
        return false
    }

    /// True when `text` is a page number alone: `Page 2 of 3`, `Página 1 de 2`, `Seite 1 von 2`, `2/3`,
    /// `– 1 –`, `- 2 -`, `(3)`, a bare number.
    static func isPageNumber(_ text: String) -> Bool {
        // Every page number has an ASCII digit: a byte scan rejects most lines before any allocation.
        guard text.utf8.count <= 90, Self.mayBePageNumber(text), TextScan.wordCount(text, atMost: 5) <= 5 else { return false }
        let t = TextScan.trim(text)
        guard !t.isEmpty, t.count <= 30 else { return false }
        let stripped = t.trimming(pageNumberDecoration)
        guard !stripped.isEmpty else { return false }
        let words = TextScan.fold(stripped).utf8.split(separator: 0x20).map { Substring($0) }
        var i = 0
        if let first = words.first, pageWords.contains(String(first)) { i = 1 }
        guard i < words.count else { return false }
        func isNumber(_ w: Substring) -> Bool { !w.isEmpty && w.count <= 3 && w.allSatisfy { $0.isASCII && $0.isNumber } }
        let first = words[i]
        if isNumber(first) {
            if i + 1 == words.count { return true }
            if i + 3 == words.count, ofWords.contains(String(words[i + 1])), isNumber(words[i + 2]) { return true }
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
            return TextScan.withBytes(c) { b in
                String(unsafeUninitializedCapacity: b.count) { out in
                    for i in 0..<b.count { out[i] = b[i] &- 0x30 < 10 ? 0x23 : b[i] }
                    return b.count
                }
            }
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
