/// Page furniture: running headers and footers, page numbers. Found by repetition across pages
/// (the same line at the top or bottom of two or more pages) and by the shape of page numbers.
enum PageFurniture {
    /// One entry of a page: a printed line or a paragraph gap.
    enum Entry: Hashable, Sendable {
        case line(PrintedLine)
        case gap

        /// The printed line's text; nil for a gap. (Reads the one field, where binding the line copies both.)
        var text: String? {
            if case .line(let l) = self { return l.text }
            return nil
        }
    }

    private static let pageNumberDecoration = Set<Character>(" -–—()[]|·•")

    private static let pageWords: Set<String> = ["page", "pagina", "pag.", "pag", "p.", "seite", "s.", "pg.", "pg"]
    /// The ASCII bytes other than letters and digits a page number may hold: space decoration, `/`, `.`.
    private static let pageNumberBytes: Set<UInt8> = [0x20, 0x2D, 0x28, 0x29, 0x5B, 0x5D, 0x7C, 0x2F, 0x2E]
    /// `pageNumberBytes.contains(x)` without hashing.
    @inline(__always) private static func isPageNumberByte(_ x: UInt8) -> Bool {
        switch x {
        case 0x20, 0x2D, 0x28, 0x29, 0x5B, 0x5D, 0x7C, 0x2F, 0x2E: return true
        default: return false
        }
    }
    private static let ofWords: Set<String> = ["of", "de", "von", "sur", "/", "di"]

    /// A cheap test on bytes, false for most lines: a page number has an ASCII digit, and an ASCII line
    /// (no CR, so one Character a byte) longer than 30 bytes once trimmed is too long to be one.
    private static func mayBePageNumber(_ text: String) -> Bool {
        TextScan.withBytes(text) { b in
            guard ByteTest.hasDigit(bytes: b), let base = b.baseAddress else { return false }
            // Non-ASCII or a CR: the String path decides. Checked eight bytes at a time first, so that a
            // long ASCII line is rejected from its trimmed length without a look at each byte.
            var i = 0
            var high: UInt64 = 0
            while i + 8 <= b.count {
                let x = ByteLanes.load(UnsafeRawPointer(base + i))
                high |= ByteLanes.highLanes(x) | ByteLanes.firstLanes(x, equalTo: 0x0D)
                i += 8
            }
            while i < b.count { high |= UInt64(b[i]) | (b[i] == 0x0D ? 0x80 : 0); i += 1 }
            guard high & ByteLanes.highs == 0 else { return true }
            var first = 0, last = b.count - 1
            while first <= last && TextScan.isSpaceByte(b[first]) { first += 1 }
            while last >= first && TextScan.isSpaceByte(b[last]) { last -= 1 }
            // An ASCII page number is digits, `/`, `.`, decoration (`- ( ) [ ] |`) and at most two short words
            // (`pagina` … `von`: nine letters).
            guard first <= last, last - first + 1 <= 30 else { return false }
            var letters = 0
            for k in first...last {
                let x = b[k]
                if TextScan.isSpaceByte(x) { continue }
                if ASCII.isLetter(x) { letters += 1 } else if !(ASCII.isDigit(x) || isPageNumberByte(x)) { return false }
            }
            return letters <= 9
        }
    }

    /// A continuation mark at a page's foot, telling the editor that the release goes on overleaf: `-more-`,
    /// `- MORE -`, `(more)`, `– mehr –`, `- suite -`, `…/…`, `- sigue -`, `- segue -`, `(continued)`. It is no
    /// text, wherever the extractor leaves it. The word needs its marks on both sides: `More` alone is a word.
    static func isContinuationMark(_ text: String) -> Bool {
        let u = text.utf8
        // Most lines are longer than any mark, or hold none of its punctuation at their start.
        guard u.count >= 3, u.count <= 24, let f = u.first, f == 0x2D || f == 0x28 || f == 0x5B || f == 0x2E
                || f == 0xE2 || f == 0x20 || f == 0x2A else { return false }
        if !FastPaths.off, let quick = TextScan.withBytes(text, continuationMarkASCII) { return quick }
        return isContinuationMarkPlain(text)
    }

    /// `isContinuationMark` on the bytes of an ASCII line without a CR (each byte a character of its own); nil
    /// for any other line. (`isContinuationMarkPlain` is the definition.)
    private static func continuationMarkASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        for x in b where x >= 0x80 || x == 0x0D { return nil }
        @inline(__always) func isMark(_ x: UInt8) -> Bool {
            switch x {
            case 0x2D, 0x28, 0x29, 0x5B, 0x5D, 0x2E, 0x2F, 0x20, 0x2A: return true
            default: return false
            }
        }
        var lo = 0, hi = b.count
        while lo < hi, isMark(b[lo]) { lo += 1 }
        while hi > lo, isMark(b[hi - 1]) { hi -= 1 }
        if lo == hi {
            // `.../...` (`…` is no ASCII): a slash and three dots in a row.
            var dots = 0
            for x in b {
                dots = x == 0x2E ? dots + 1 : 0
                if dots == 3 { return TextScan.hasByte(b, 0x2F) }
            }
            return false
        }
        guard b[..<lo].contains(where: { $0 != 0x20 }), b[hi...].contains(where: { $0 != 0x20 }) else { return false }
        let word = UnsafeBufferPointer(rebasing: b[lo..<hi])
        return continuationWords.contains { w in
            w.count == word.count && zip(w, word).allSatisfy { $0 == ASCII.lowered($1) }
        }
    }

    private static let continuationWords: [[UInt8]] = ["more", "mehr", "suite", "sigue", "segue", "continua", "continued"].map { Array($0.utf8) }

    /// The definition `isContinuationMark` keeps to (after its first-byte test).
    static func isContinuationMarkPlain(_ text: String) -> Bool {
        let marks: Set<Character> = ["-", "–", "—", "(", ")", "[", "]", ".", "…", "/", " ", "*"]
        let chars = Array(text)
        var lo = 0, hi = chars.count
        while lo < hi, marks.contains(chars[lo]) { lo += 1 }
        while hi > lo, marks.contains(chars[hi - 1]) { hi -= 1 }
        let word = String(chars[lo..<hi]).lowercased()
        if word.isEmpty { return text.contains("/") && (text.contains("…") || text.contains("...")) }  // `…/…`
        guard chars[..<lo].contains(where: { $0 != " " }), chars[hi...].contains(where: { $0 != " " }) else { return false }
        return ["more", "mehr", "suite", "sigue", "segue", "continua", "continued"].contains(word)
    }

    /// True when `text` is a page number alone: `Page 2 of 3`, `Página 1 de 2`, `Seite 1 von 2`, `2/3`,
    /// `– 1 –`, `- 2 -`, `(3)`, a bare number.
    static func isPageNumber(_ text: String) -> Bool {
        guard text.utf8.count <= 90 else { return false }
        // (An ASCII line, the usual one, is read whole on its bytes.)
        if !FastPaths.off, let quick = TextScan.withBytes(text, pageNumberASCII) { return quick }
        // Every page number has an ASCII digit: a byte scan rejects most lines before any allocation.
        guard Self.mayBePageNumber(text), TextScan.wordCount(text, atMost: 5) <= 5 else { return false }
        if FastPaths.off { return isPageNumberPlain(text) }
        let t = TextScan.trim(text)
        // (The lines that get here are short and mostly ASCII: characters counted, decoration trimmed and numbers
        // read on bytes where that gives the same answer; `isPageNumberPlain` is the definition.)
        guard !t.isEmpty, SimpleText.characterCount(t) <= 30 else { return false }
        let stripped = trimmingDecoration(t)
        guard !stripped.isEmpty else { return false }
        let words = Fold.line(stripped).utf8.split(separator: 0x20).map { Substring($0) }
        // One to three characters, each an ASCII digit: one to three bytes, each a digit (a digit with a mark on
        // it is a character beyond ASCII, and its mark a byte beyond ASCII).
        return arePageNumberWords(words) { w in
            let u = w.utf8
            return !u.isEmpty && u.count <= 3 && u.allSatisfy { ASCII.isDigit($0) }
        }
    }

    /// `isPageNumber` of an ASCII line without a CR, on its bytes: each byte is a character, trimming and
    /// stripping the decoration are byte steps, and the fold is the lower-casing with whitespace runs made one
    /// space. Nil for any other line. (`ParseSpeedFastPathTests` holds it to `isPageNumberReference`.)
    private static func pageNumberASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let base = b.baseAddress else { return false }
        let n = b.count
        // One pass, eight bytes at a time: bytes beyond ASCII or a CR (the other path), and digits.
        var i = 0
        var high: UInt64 = 0, digits: UInt64 = 0
        while i + 8 <= n {
            let x = ByteLanes.load(UnsafeRawPointer(base + i))
            high |= ByteLanes.highLanes(x) | ByteLanes.firstLanes(x, equalTo: 0x0D)
            digits |= ByteLanes.firstDigitLanes(x)
            i += 8
        }
        while i < n {
            let x = b[i]
            if x >= 0x80 || x == 0x0D { return nil }
            if ASCII.isDigit(x) { digits = 1 }
            i += 1
        }
        guard high & ByteLanes.highs == 0 else { return nil }
        // `mayBePageNumber`: a digit, thirty bytes at most once trimmed, at most nine letters, and otherwise only
        // digits, spaces and the page number bytes.
        guard digits != 0 else { return false }
        var first = 0, last = n - 1
        while first <= last && TextScan.isSpaceByte(b[first]) { first += 1 }
        while last >= first && TextScan.isSpaceByte(b[last]) { last -= 1 }
        guard first <= last, last - first + 1 <= 30 else { return false }
        var letters = 0, words = 0
        var inWord = false
        for k in first...last {
            let x = b[k]
            if TextScan.isSpaceByte(x) { inWord = false; continue }
            if !inWord { inWord = true; words += 1 }
            if ASCII.isLetter(x) { letters += 1 } else if !(ASCII.isDigit(x) || isPageNumberByte(x)) { return false }
        }
        // Five words at most (`TextScan.wordCount`); the trimmed line is one character a byte (30 at most).
        guard letters <= 9, words <= 5 else { return false }
        // The decoration stripped (`trimmingDecoration`), then the words of the fold.
        var s = first, e = last + 1
        @inline(__always) func decoration(_ x: UInt8) -> Bool {
            x == 0x20 || x == 0x2D || x == 0x28 || x == 0x29 || x == 0x5B || x == 0x5D || x == 0x7C
        }
        while s < e && decoration(b[s]) { s += 1 }
        while e > s && decoration(b[e - 1]) { e -= 1 }
        guard s < e else { return false }
        // At most five words (the stripped text's words are no more than the line's).
        var starts = (0, 0, 0, 0, 0), ends = (0, 0, 0, 0, 0)
        var count = 0
        var k = s
        while k < e {
            while k < e && TextScan.isSpaceByte(b[k]) { k += 1 }
            guard k < e else { break }
            let w = k
            while k < e && !TextScan.isSpaceByte(b[k]) { k += 1 }
            switch count {
            case 0: starts.0 = w; ends.0 = k
            case 1: starts.1 = w; ends.1 = k
            case 2: starts.2 = w; ends.2 = k
            case 3: starts.3 = w; ends.3 = k
            default: starts.4 = w; ends.4 = k
            }
            count += 1
        }
        guard count >= 1, count <= 5 else { return nil }
        func word(_ j: Int) -> Range<Int> {
            switch j {
            case 0: return starts.0..<ends.0
            case 1: return starts.1..<ends.1
            case 2: return starts.2..<ends.2
            case 3: return starts.3..<ends.3
            default: return starts.4..<ends.4
            }
        }
        // One to three digits.
        func isNumber(_ r: Range<Int>) -> Bool {
            guard !r.isEmpty, r.count <= 3 else { return false }
            for k in r where !ASCII.isDigit(b[k]) { return false }
            return true
        }
        func isOne(of list: [[UInt8]], _ r: Range<Int>) -> Bool {
            list.contains { w in w.count == r.count && zip(w, r).allSatisfy { $0 == ASCII.lowered(b[$1]) } }
        }
        // `arePageNumberWords`, on the words' byte ranges.
        var j = 0
        if isOne(of: pageWordBytes, word(0)) { j = 1 }
        guard j < count else { return false }
        let w0 = word(j)
        if isNumber(w0) {
            if j + 1 == count { return true }
            if j + 3 == count, isOne(of: ofWordBytes, word(j + 1)), isNumber(word(j + 2)) { return true }
            if j + 2 == count, b[word(j + 1).lowerBound] == 0x2F, isNumber(word(j + 1).dropFirst()) { return true }
            return false
        }
        // `2/3`: the word split at its slashes, empty parts left out, is two numbers.
        if j + 1 == count {
            var parts = 0, allNumbers = true
            var p = w0.lowerBound
            while p < w0.upperBound {
                while p < w0.upperBound && b[p] == 0x2F { p += 1 }
                guard p < w0.upperBound else { break }
                let q = p
                while p < w0.upperBound && b[p] != 0x2F { p += 1 }
                parts += 1
                if !isNumber(q..<p) { allNumbers = false }
            }
            if parts == 2 && allNumbers { return true }
        }
        if j + 2 == count, b[w0.upperBound - 1] == 0x2F, isNumber(w0.dropLast()), isNumber(word(j + 1)) { return true }
        return false
    }

    private static let pageWordBytes: [[UInt8]] = pageWords.map { Array($0.utf8) }
    private static let ofWordBytes: [[UInt8]] = ofWords.map { Array($0.utf8) }

    /// `t.trimming(pageNumberDecoration)`, on bytes for ASCII text without a CR (each byte a character; the
    /// decoration's ASCII members are space, `-`, `(`, `)`, `[`, `]` and `|`).
    private static func trimmingDecoration(_ t: String) -> String {
        let cut: Range<Int>?? = TextScan.withBytes(t) { b -> Range<Int>?? in
            for x in b where x >= 0x80 || x == 0x0D { return nil }
            @inline(__always) func decoration(_ x: UInt8) -> Bool {
                x == 0x20 || x == 0x2D || x == 0x28 || x == 0x29 || x == 0x5B || x == 0x5D || x == 0x7C
            }
            var s = 0, e = b.count
            while s < e && decoration(b[s]) { s += 1 }
            while e > s && decoration(b[e - 1]) { e -= 1 }
            return .some(s < e ? s..<e : nil)
        }
        switch cut {
        case .some(.some(let r)):
            if r.lowerBound == 0 && r.upperBound == t.utf8.count { return t }
            let u = t.utf8
            return String(t[u.index(u.startIndex, offsetBy: r.lowerBound)..<u.index(u.startIndex, offsetBy: r.upperBound)])
        case .some(.none): return ""
        case .none: return t.trimming(pageNumberDecoration)
        }
    }

    /// `isPageNumber` with its tail read by `isPageNumberPlain` (what the fast tail must answer).
    static func isPageNumberReference(_ text: String) -> Bool {
        guard text.utf8.count <= 90, Self.mayBePageNumber(text), TextScan.wordCount(text, atMost: 5) <= 5 else { return false }
        return isPageNumberPlain(text)
    }

    /// The definition `isPageNumber` keeps to (after its byte rejection).
    static func isPageNumberPlain(_ text: String) -> Bool {
        let t = TextScan.trim(text)
        guard !t.isEmpty, t.count <= 30 else { return false }
        let stripped = t.trimming(pageNumberDecoration)
        guard !stripped.isEmpty else { return false }
        let words = Fold.line(stripped).utf8.split(separator: 0x20).map { Substring($0) }
        return arePageNumberWords(words) { w in !w.isEmpty && w.count <= 3 && w.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// The words of a page number, folded, with `isNumber` the test of one number: `page 2 of 3`, `2 / 3`,
    /// `2/3`, `2`. (The fast path and the plain definition differ only in how they read a number.)
    private static func arePageNumberWords(_ words: [Substring], isNumber: (Substring) -> Bool) -> Bool {
        var i = 0
        if let first = words.first, pageWords.contains(String(first)) { i = 1 }
        guard i < words.count else { return false }
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
        let parts = keyParts(text)
        return key(parts)
    }

    /// The parts of a key: the collapsed text, the text with its numbers replaced by `#` (the key
    /// whether or not the line is a contact line), and whether it holds a number at all.
    struct KeyParts {
        var collapsed: String
        var replaced: String
        var hasNumber: Bool
    }

    /// `key` from its parts: only a line with a number may be a contact line that keeps its digits.
    static func key(_ parts: KeyParts) -> String {
        guard parts.hasNumber else { return parts.collapsed }
        return ContactLineShape.isContactLine(parts.collapsed) ? parts.collapsed : parts.replaced
    }

    static func keyParts(_ text: String) -> KeyParts {
        let c = TextScan.collapse(text)
        // Without a number the key is the text whether or not it is a contact line: skip that test.
        let (ascii, digit) = TextScan.withBytes(c) { b -> (Bool, Bool) in
            var high: UInt8 = 0
            var digit = false
            for x in b { high |= x; if ASCII.isDigit(x) { digit = true } }
            return (high < 0x80, digit)
        }
        // (Other scalars are numbers only rarely: look them up only when no ASCII digit settled it.)
        if !digit, ascii || c.unicodeScalars.allSatisfy({ $0.isASCII || $0.properties.numericType == nil }) {
            return KeyParts(collapsed: c, replaced: c, hasNumber: false)
        }
        // ASCII text: digits are the only numbers, replaced on bytes. So in other text where no other
        // scalar is a number and each digit stands between ASCII bytes (a Character of its own).
        let byBytes = ascii || TextScan.withBytes(c) { b -> Bool in
            var i = 0
            while i < b.count {
                let x = b[i]
                if x < 0x80 {
                    if ASCII.isDigit(x), (i > 0 && b[i - 1] >= 0x80) || (i + 1 < b.count && b[i + 1] >= 0x80) { return false }
                    i += 1
                    continue
                }
                let (value, width) = TextScan.scalar(in: b, at: i)
                if let u = Unicode.Scalar(value), u.properties.numericType != nil { return false }
                i += width
            }
            return true
        }
        if byBytes {
            let replaced = TextScan.withBytes(c) { b in
                String(unsafeUninitializedCapacity: b.count) { out in
                    for i in 0..<b.count { out[i] = ASCII.isDigit(b[i]) ? 0x23 : b[i] }
                    return b.count
                }
            }
            return KeyParts(collapsed: c, replaced: replaced, hasNumber: true)
        }
        return KeyParts(collapsed: c, replaced: String(c.map { $0.isNumber ? "#" : $0 }), hasNumber: true)
    }

    /// Removes page numbers everywhere and lines repeated at the top or bottom of two or more pages.
    /// Returns the pages without them and the removed repeated lines (first occurrence of each).
    static func remove(from pages: [[Entry]], layout: Bool) -> (pages: [[Entry]], furniture: [String]) {
        // A running header may be a letterhead of four lines (kind, place, department, date).
        let edge = 4
        var furniture: [String] = []
        var repeated = Set<String>()
        // The keys of each page's edge lines (line index, key), computed once; nil key: the line cannot
        // be repeated enough.
        var edgeKeys: [[(index: Int, key: String)]] = []
        if pages.count >= 2 {
            let needed = max(2, (pages.count + 1) / 2)
            // Two lines with one key have one number-replaced text (a key is the collapsed text or that,
            // and replacing numbers again changes neither): a line whose replaced text is on fewer pages
            // than needed cannot be furniture, and needs no contact-line test.
            // (Counted by a hash of the replaced text: a collision only lets more lines through to the exact count.)
            var parts: [[(index: Int, parts: KeyParts, hash: UInt64)]] = []
            parts.reserveCapacity(pages.count)
            var replacedOnPages: [UInt64: Int] = [:]
            // At most `2 * edge` edge lines a page: room for all of them, so the table never grows.
            replacedOnPages.reserveCapacity(pages.count * 2 * edge)
            for page in pages {
                let edgeIndices = edgeLineIndices(page, edge: edge)
                var pageParts: [(index: Int, parts: KeyParts, hash: UInt64)] = []
                pageParts.reserveCapacity(edgeIndices.count)
                for i in edgeIndices {
                    if let text = page[i].text {
                        let p = keyParts(text)
                        pageParts.append((i, p, TextScan.withBytes(p.replaced) { Hashes.fnv1a($0) }))
                    }
                }
                for (k, p) in pageParts.enumerated() where !pageParts[..<k].contains(where: { $0.hash == p.hash }) {
                    replacedOnPages[p.hash, default: 0] += 1
                }
                parts.append(pageParts)
            }
            var seenOnPages: [String: Int] = [:]
            edgeKeys.reserveCapacity(pages.count)
            for pageParts in parts {
                var keys: [(index: Int, key: String)] = []
                for p in pageParts where replacedOnPages[p.hash, default: 0] >= needed {
                    keys.append((p.index, key(p.parts)))
                }
                for (k, e) in keys.enumerated() where !keys[..<k].contains(where: { $0.key == e.key }) {
                    seenOnPages[e.key, default: 0] += 1
                }
                edgeKeys.append(keys)
            }
            for (k, n) in seenOnPages where n >= needed && !k.isEmpty { repeated.insert(k) }
        }
        var out: [[Entry]] = []
        out.reserveCapacity(pages.count)
        var recorded = Set<String>()
        for (p, page) in pages.enumerated() {
            let keys = p < edgeKeys.count ? edgeKeys[p] : []
            // A repeated line is a running header or footer only where it stands at its page's edge: every
            // line above it (a header) or below it (a footer) is furniture too. A name repeated lower down, under
            // a line of text (`For more information:` / `Press Office`), is text.
            // The lines at the top are `0..<topEnd`, those at the bottom `bottomStart..<page.count` (runs from
            // the edges, so two bounds say what sets of indices would).
            var topEnd = 0, bottomStart = page.count
            if !repeated.isEmpty {
                func isFurniture(_ i: Int) -> Bool? {
                    guard let text = page[i].text else { return nil }
                    if isPageNumber(text) && !ReleaseLexicon.isEndMark(text) { return true }
                    if layout, case .line(let l) = page[i], hasPageNumberCell(l.raw) { return true }
                    guard let k = keys.first(where: { $0.index == i })?.key else { return false }
                    return repeated.contains(k)
                }
                while topEnd < page.count, isFurniture(topEnd) ?? true { topEnd += 1 }
                while bottomStart > 0, isFurniture(bottomStart - 1) ?? true { bottomStart -= 1 }
            }
            // A page that loses no line is passed on as it is.
            var kept: [Entry]? = nil
            for i in page.indices {
                guard let text = page[i].text else { kept?.append(.gap); continue }
                // `-30-` is the end mark, not page 30.
                var drop = isPageNumber(text) && !ReleaseLexicon.isEndMark(text) || isContinuationMark(text)
                if !drop, layout, case .line(let l) = page[i] { drop = hasPageNumberCell(l.raw) }
                if !drop, !repeated.isEmpty, i < topEnd || i >= bottomStart,
                   let k = keys.first(where: { $0.index == i })?.key, repeated.contains(k) {
                    if recorded.insert(k).inserted { furniture.append(text) }
                    drop = true
                }
                if drop {
                    if kept == nil {
                        kept = Array(page[..<i])
                        kept?.reserveCapacity(page.count - 1)
                    }
                } else {
                    kept?.append(page[i])
                }
            }
            out.append(kept ?? page)
        }
        return (out, furniture)
    }

    /// The indices of the first `edge` and the last `edge` lines of `page` (each once), in that order.
    private static func edgeLineIndices(_ page: [Entry], edge: Int) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(2 * edge)
        var i = 0
        while i < page.count && out.count < edge {
            if case .line = page[i] { out.append(i) }
            i += 1
        }
        let top = out.count
        var tail: [Int] = []
        var j = page.count - 1
        while j >= 0 && tail.count < edge {
            if case .line = page[j] { tail.append(j) }
            j -= 1
        }
        for k in tail.reversed() where !out[..<top].contains(k) { out.append(k) }
        return out
    }

    /// FNV-1a over the bytes.
}
