import Foundation

/// The tests of one line of a release against the genre's words (`ReleaseLexicon`): kind labels, release
/// instructions, notes headings, issue lines, list markers; `LineKey`, the short line prepared once for them.
/// End marks, web lines and contact headings have files of their own.
extension ReleaseLexicon {
    static let notesHeadingMaxBytes = notesHeadings.map(\.utf8.count).max() ?? 0

    static let aboutFirstBytes = Set(aboutWords.map { $0.utf8.first! })

    static let aboutPrefixes: [[UInt8]] = aboutWords.flatMap { [Array(($0 + " ").utf8), Array(($0 + "'").utf8)] }

    /// `kindLabels` and `releasePrefixes` as bytes, for the prefix tests on a `FoldedPrefix`.
    static let kindLabelBytes = LabelBytes(kindLabels)

    static let releasePrefixBytes = LabelBytes(releasePrefixes)

    /// The kind label that the folded line `p` starts with, or nil: `kindPrefix(ofFolded:)` on a prefix
    /// window of at least `kindLabelBytes.window` bytes.
    /// The kind label that `line` starts with once folded, or nil (`kindPrefix(ofFolded: fold(line))`).
    static func kindPrefix<S: StringProtocol>(ofLine line: S) -> String? {
        if let p = FoldedPrefix.of(line, limit: kindLabelBytes.window) { return kindPrefix(of: p) }
        return kindPrefix(ofFolded: Fold.line(line))
    }

    /// Words that name the genre alone in a kind line printed in several languages (`premsa | prensa | press`), each
    /// with its family (the same word in each language: press, media, news).
    static let kindWordFamilies: [String: Int] = {
        var families: [String: Int] = [:]
        for (k, words) in [["press", "presse", "prensa", "premsa", "imprensa", "stampa", "pers", "prasa"],
                           ["media", "medios", "medien", "medias"],
                           ["news", "noticias", "nouvelles", "nachrichten", "notizie", "nieuws"]].enumerated() {
            for w in words { families[w] = k }
        }
        return families
    }()

    static var kindWordsAlone: [String] { Array(kindWordFamilies.keys) }

    /// The first letters of the kind labels and of the genre's words alone (lower-case ASCII).
    static let kindFirstBytes = ByteSet((kindLabels + Array(kindWordsAlone)).map { $0.utf8.first! })

    /// A kind line printed in two or more languages, its parts set apart by `|`, `/`, `·` or `•`
    /// (`Press release | Communiqué de presse`, `premsa | prensa | press`), as bilingual issuers print it above
    /// the headline: every part a kind label or a word of the genre alone, and either one part a whole kind
    /// label, or three parts or more that are one word in each language (different words, `News | Media | Press`,
    /// are a site's menu). The line as printed is the kind.
    static func isMultilingualKindLine(_ text: String) -> Bool {
        // (Asked of every head line: the first byte must open a kind word, and a separator's bytes must be there.)
        guard let f = text.utf8.first, text.utf8.count <= 120, f >= 0x80 || kindFirstBytes.contains(f | 0x20),
              TextScan.withBytes(text, holdsKindSeparator) else { return false }
        let parts = text.split(whereSeparator: { $0 == "|" || $0 == "/" || $0 == "·" || $0 == "•" })
        guard parts.count >= 2 else { return false }
        var labels = 0
        var families = Set<Int>()
        for part in parts {
            let folded = Fold.line(TextScan.trim(part))
            if kindLabels.contains(folded) { labels += 1; continue }
            guard let family = kindWordFamilies[folded] else { return false }
            families.insert(family)
        }
        // Words alone: the same word in three languages or more (`premsa | prensa | press`), not a menu of
        // different ones (`News | Media | Press`).
        return labels > 0 || parts.count >= 3 && families.count == 1
    }

    /// True when `b` holds a separator of a multilingual kind line: `|`, `/`, `·` or `•`. Eight bytes at a time
    /// while none is `|`, `/` or beyond ASCII (most head lines hold none), then byte by byte.
    static func holdsKindSeparator(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        if FastPaths.off { return holdsKindSeparatorPlain(b) }
        let n = b.count
        var i = 0
        if let base = b.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i &+ 8 <= n {
                let x = ByteLanes.load(raw, at: i)
                if ByteLanes.lanes(x, equalTo: 0x7C) | ByteLanes.lanes(x, equalTo: 0x2F) | ByteLanes.highLanes(x) != 0 { break }
                i &+= 8
            }
        }
        while i < n {
            let x = b[i]
            if x == 0x7C || x == 0x2F || x == 0xC2 && i + 1 < n && b[i + 1] == 0xB7
                || x == 0xE2 && i + 2 < n && b[i + 1] == 0x80 && b[i + 2] == 0xA2 { return true }
            i += 1
        }
        return false
    }

    /// True when the first character of `t` is upper case (`t.first?.isUppercase`), read on its first byte when that
    /// character is one ASCII byte (the byte after it ASCII too, so no mark joins it): `Character.isUppercase` looks
    /// the scalar's properties up.
    static func opensWithCapital(_ t: Substring) -> Bool {
        let u = t.utf8
        if !FastPaths.off, let b0 = u.first, b0 < 0x80 {
            let next = u.index(after: u.startIndex)
            if next == u.endIndex || u[next] < 0x80 { return ASCII.isUpper(b0) }
        }
        return t.first?.isUppercase == true
    }

    /// `holdsKindSeparator` byte by byte: the definition.
    static func holdsKindSeparatorPlain(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        b.indices.contains { i in
            b[i] == 0x7C || b[i] == 0x2F || b[i] == 0xC2 && i + 1 < b.count && b[i + 1] == 0xB7
                || b[i] == 0xE2 && i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0xA2
        }
    }

    /// The window that decides both kind labels and release instructions.
    static let headerWindow = max(kindLabelBytes.window, releasePrefixBytes.window)

    static func kindPrefix(of p: FoldedPrefix) -> String? {
        var from = 0
        while let i = kindLabelBytes.firstPrefix(of: p, from: from) {
            let n = kindLabelBytes.bytes[i].count
            if n == p.count { return kindLabels[i] }
            // The window is ASCII: the character after the label is this byte alone.
            let c = p[n]
            if c == 0x20 || c == 0x3A || c == 0x2C || c == 0x2D || c == 0x7C || c == 0x2F { return kindLabels[i] }
            from = i + 1
        }
        return nil
    }

    /// The kind label that `folded` starts with, as a count of folded characters, or nil.
    static func kindPrefix(ofFolded folded: String) -> String? {
        // First-byte prefilter: labels are ASCII, and `hasPrefix` is slow next to a byte compare.
        guard let fb = folded.utf8.first else { return nil }
        for label in kindLabels where label.utf8.first == fb && folded.hasPrefix(label) {
            let rest = folded.dropFirst(label.count)
            if rest.isEmpty { return label }
            if let c = rest.first, c == " " || c == ":" || c == "," || c == "-" || c == "–" || c == "—" || c == "|" || c == "/" {
                return label
            }
        }
        return nil
    }

    /// A short line prepared once for the heading tests: markup stripped, folded, trailing colon removed.
    struct LineKey {
        /// Trimmed, markdown markers removed, as printed.
        let text: String
        /// `text` folded.
        let folded: String
        /// `folded` without a trailing colon.
        let heading: String

        /// nil for lines too long to be a heading.
        init?(_ line: String) {
            guard line.utf8.count <= 360 else { return nil }
            let t = ReleaseLexicon.stripMarkupTrimmed(line)
            // At most 90 bytes means at most 90 scalars: no count needed.
            guard !t.isEmpty, t.utf8.count <= 90 || TextScan.length(t) <= 90 else { return nil }
            text = t
            folded = Fold.line(t)
            // No trailing colon or space (the usual case): the folded text as it is.
            if let lb = folded.utf8.last, lb != 0x3A, lb != 0x20 { heading = folded; return }
            // Trailing `:` and spaces cut on bytes when an ASCII byte comes before them (then each is a
            // character of its own, as the character loop below would find them).
            let cut: String? = FastPaths.off ? nil : TextScan.withBytes(folded) { b in
                var k = b.count
                while k > 0 && (b[k - 1] == 0x3A || b[k - 1] == 0x20) { k -= 1 }
                guard k == 0 || b[k - 1] < 0x80 else { return nil }
                return String(decoding: UnsafeBufferPointer(rebasing: b[..<k]), as: UTF8.self)
            }
            if let cut { heading = cut; return }
            var h = Substring(folded)
            while let last = h.last, last == ":" || last == " " { h = h.dropLast() }
            heading = String(h)
        }
    }

    /// True when `line` begins a release instruction.
    static func isReleaseInstruction(_ line: String) -> Bool {
        isReleaseInstruction(line, prefix: FoldedPrefix.of(line, limit: releasePrefixBytes.window))
    }

    /// `isReleaseInstruction` with the line's folded prefix computed already (at least
    /// `releasePrefixBytes.window` bytes, or nil for the Unicode path).
    static func isReleaseInstruction(_ line: String, prefix: FoldedPrefix?) -> Bool {
        guard line.utf8.count <= 480 else { return false }
        // Without markdown markers, the line's folded start is that of its stripped form. The prefix test
        // rejects most lines, so the length (a count over the whole line) is taken only for the others.
        if let p = prefix, !p.startsWithMarkup {
            guard releasePrefixBytes.firstPrefix(of: p) != nil else { return false }
            return line.utf8.count <= 120 || TextScan.length(line) <= 120
        }
        guard line.utf8.count <= 120 || TextScan.length(line) <= 120 else { return false }
        let f = Fold.line(stripMarkup(line))
        guard let fb = f.utf8.first else { return false }
        return releasePrefixes.contains { $0.utf8.first == fb && f.hasPrefix($0) }
    }

    /// True when `line` heads a notes section (`Notes to editors`, `About X`, `À propos de X`, `Über X`, …).
    static func isNotesHeading(_ line: String) -> Bool { LineKey(line).map(isNotesHeading) ?? false }

    /// A notes heading run into the paragraph it heads: `Background: The scheme …`, `**Notes to editors** – …`,
    /// `**Hintergrund:** Der Verein …`, or the heading word alone before a sentence (`Background The scheme …`,
    /// as a page that dropped the heading's line break prints it). The heading as printed (without its marks)
    /// and the paragraph's text after it; nil for any other line, and for an `About`-style heading, which
    /// needs the name after it (`À propos de X`).
    static func runInNotesHeading(_ line: String) -> (heading: String, rest: String)? {
        // (Asked of every paragraph's first line: its first word, on bytes when ASCII, must open a heading.)
        if let opens = opensWithRunInWordASCII(line), !opens { return nil }
        var t = Substring(TextScan.trim(line))
        let opening = t.prefix { $0 == "*" || $0 == "_" }.count
        guard opening <= 2 else { return nil }
        t = t.dropFirst(opening)
        guard opensWithCapital(t) else { return nil }
        // (Asked of every paragraph's first line: the first word, folded and bare, must open a heading before
        // anything else is cut.)
        guard let space = t.firstIndex(of: " "), t.distance(from: t.startIndex, to: space) <= 24,
              isRunInFirstWord(Fold.line(t[..<space]).trimming(runInWordEnds)) else { return nil }
        let words = t.split(separator: " ", maxSplits: 5)
        // (The longest heading first: `Notes to editors` before `Notes`.)
        for k in stride(from: min(4, words.count - 1), through: 1, by: -1) {
            var last = words[k - 1]
            var closing = 0, colon = false
            while let c = last.last, c == "*" || c == "_" || c == ":" {
                if c == ":" { colon = true } else { closing += 1 }
                last = last.dropLast()
            }
            let heading = (words[..<(k - 1)] + [last]).joined(separator: " ")
            let folded = Fold.line(heading)
            guard notesHeadingSet.contains(folded), !runInExcluded.contains(folded) else { continue }
            // Emphasis opened must be closed on the heading (`**Background:**`), not further on.
            guard closing == opening else { continue }
            var rest = words[k...]
            var dash = false
            if !colon, let d = rest.first, d == "–" || d == "—" || d == "-" { dash = true; rest = rest.dropFirst() }
            guard let next = rest.first?.first else { return nil }
            let text = rest.joined(separator: " ")
            // With no mark between them, only a capital shows where the heading ends, and what follows must read
            // as a sentence of six words or more, not a title-case subheading (`Background Checks Go Online`) or
            // a German noun (`Hintergrund Klimaanpassung`).
            if !colon && !dash && opening == 0 {
                let after = text.split(separator: " ")
                guard next.isUppercase, after.count >= 6, TextScan.endsSentence(text),
                      after.dropFirst().filter({ $0.first?.isUppercase == true }).count * 2 < after.count - 1 else { return nil }
            }
            return (heading, text)
        }
        return nil
    }

    /// Notes headings that name nothing alone and open sentences as often (`À propos de …`, `Acerca de …`).
    private static let runInExcluded: Set<String> = ["a propos", "a propos de", "acerca de"]
    /// Whether `line`'s first word (after spaces and emphasis marks, before its trailing `:`, `*`, `_`) is the first
    /// word of a run-in heading, read on bytes: nil when that word is not plain ASCII letters (then the caller
    /// folds it). The plain definition is the test on the folded word below it in `runInNotesHeading`.
    static func opensWithRunInWordASCII(_ line: String) -> Bool? {
        if FastPaths.off { return nil }
        var line = line
        return line.withUTF8 { b -> Bool? in
            var i = 0
            while i < b.count, TextScan.isSpaceByte(b[i]) || b[i] == 0x2A || b[i] == 0x5F { i += 1 }
            let start = i
            while i < b.count, b[i] != 0x20, b[i] != 0x3A, b[i] != 0x2A, b[i] != 0x5F {
                guard ASCII.isUpper(b[i]) || ASCII.isLower(b[i]) || b[i] == 0x27 || b[i] == 0x2D else { return b[i] >= 0x80 ? nil : false }
                i += 1
            }
            let n = i - start
            guard n >= 2, n <= 24 else { return false }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { low in
                for k in 0..<n { low[k] = ASCII.lowered(b[start + k]) }
                return runInFirstWordsASCII.contains(UnsafeBufferPointer(low))
            }
        }
    }

    /// Whether a folded word is the first word of a heading a paragraph may open with (the plain definition of
    /// `opensWithRunInWordASCII`).
    static func isRunInFirstWord(_ folded: String) -> Bool { runInFirstWords.contains(folded) }

    /// The first words of the headings a paragraph may open with (folded), and the marks a first word may end in.
    private static let runInFirstWords = Set(notesHeadings.filter { !runInExcluded.contains($0) }.compactMap { $0.split(separator: " ").first.map(String.init) })
    private static let runInWordEnds = Set<Character>(":*_")
    private static let runInFirstWordsASCII = ASCIIWordSet(Array(runInFirstWords))

    static func isNotesHeading(_ key: LineKey) -> Bool {
        let f = key.heading
        // No listed heading is longer, and an equal string has the same bytes (they are ASCII).
        if f.utf8.count <= notesHeadingMaxBytes && notesHeadingSet.contains(f) { return true }
        // `About …`: the folded heading starts with the bytes of an about word and a space or apostrophe.
        guard let f0 = f.utf8.first, aboutFirstBytes.contains(f0), aboutPrefixes.contains(where: { p in f.utf8.starts(with: p) }) else { return false }
        // (The heading as printed, without the colon that ends it: French typography sets a space before it,
        // `À propos du Salon :`, which would otherwise read as a word of the name.)
        var t = key.text
        if t.utf8.last == 0x3A { while let last = t.last, last == ":" || last == " " || last == "\u{A0}" { t.removeLast() } }
        guard let first = TextScan.firstMeaningful(t), first.isUppercase else { return false }
        for word in aboutWords where f.hasPrefix(word) && (f.hasPrefix(word + " ") || f.hasPrefix(word + "'")) {
            // `About X`: a short heading whose other words are names (capitalised) or small joining words.
            let words = t.split(separator: " ")
            // A full stop ends a sentence, not a heading, unless it ends a legal form (`… (Pvt.) Ltd.`, `Inc.`).
            let endsInLegalForm = t.hasSuffix(".") && words.last.map { organizationWords.contains(Fold.line($0)) } == true
            guard words.count >= 2, words.count <= 12, !t.hasSuffix(","), !t.hasSuffix(".") || endsInLegalForm, !TextScan.has(t, ", ") else { return false }
            var capitalised = 0
            for word in words.dropFirst(word.split(separator: " ").count) {
                // A bracketed part of the name (`(Pvt.)`, `(Pty)`) reads as the words inside it.
                let w = word.first == "(" && word.last == ")" ? word.dropFirst().dropLast() : word
                if w.first?.isUppercase == true || w.first?.isNumber == true { capitalised += 1; continue }
                let fw = Fold.line(w)
                if fw.hasPrefix("d'") || fw.hasPrefix("l'") {
                    // An elided article before the name (`À propos d’Aneo`, `de l’Atelier`) counts its name.
                    if w.dropFirst(2).first?.isUppercase == true { capitalised += 1 }
                    continue
                }
                if nameJoiners.contains(fw) { continue }
                // Legal forms in lower case or mixed case (`plc`, `eG`).
                if organizationWords.contains(fw) || (w.count <= 4 && w.contains(where: \.isUppercase)) { continue }
                return false
            }
            return capitalised > 0
        }
        return false
    }

    /// The folded heading text of a short line without markdown markers and trailing colon, or nil for prose.
    static func headingText(_ line: String) -> String? { LineKey(line)?.heading }

    /// The first character of `t` that is not whitespace, an opening quote or bracket, when `t` starts
    /// with it and it is a plain ASCII character (the next byte is ASCII too); nil otherwise.
    @inline(__always) static func firstMeaningfulASCII(_ t: String) -> UInt8? {
        let u = t.utf8
        guard let b0 = u.first, b0 < 0x80, b0 != 0x20, b0 != 0x09, b0 != 0x22, b0 != 0x27, b0 != 0x28, b0 != 0x5B,
              b0 != 0x0D, b0 != 0x0A else { return nil }
        let rest = u.dropFirst()
        if let b1 = rest.first, b1 >= 0x80 { return nil }
        return b0
    }

    /// `line.firstIndex(of: ":")`: the first `:` byte when its neighbours are ASCII (it is then a character
    /// alone, and no earlier `:` character exists), else the search by characters.
    static func firstColon(_ line: String) -> String.Index? {
        let u = line.utf8
        guard let i = u.firstIndex(of: 0x3A) else { return nil }
        let before = i > u.startIndex ? u[u.index(before: i)] : 0
        let next = u.index(after: i)
        let after = next < u.endIndex ? u[next] : 0
        if before < 0x80 && after < 0x80 { return i }
        return line.firstIndex(of: ":")
    }

    /// `Issued on 3rd March, 2025`, `Publié le …`, `Emitido el …`: a closing line that gives the issue date.
    static func isIssuedLine(_ line: String) -> Bool {
        // As `LineKey` prepares the line, then only the folded start is needed.
        guard line.utf8.count <= 360 else { return false }
        // The first byte past ASCII whitespace starts the trimmed, stripped line unless it is a markdown
        // marker: when it is plain ASCII and starts no prefix, nothing needs trimming or folding.
        let first = TextScan.withBytes(line) { $0.first(where: { !TextScan.isSpaceByte($0) }) }
        guard let first else { return false }
        if first < 0x80, first != 0x23, first != 0x2A, first != 0x5F {
            guard issuedFirstByteSet.contains(first | 0x20) else { return false }
            // The folded start of the line is that of the trimmed line (folding skips leading whitespace, and
            // a window that reaches the end saw only ASCII, whose trailing whitespace folding drops): when no
            // prefix starts it, the length and the trimmed copy are not needed.
            if let p = FoldedPrefix.of(line, limit: issuedPrefixBytes.window), issuedPrefixBytes.firstPrefix(of: p) == nil { return false }
        }
        let t = ReleaseLexicon.stripMarkupTrimmed(line)
        // A plain first letter that starts no prefix: no need to measure or fold the line.
        guard let b0 = t.utf8.first, b0 >= 0x80 || issuedFirstByteSet.contains(b0 | 0x20) else { return false }
        guard t.utf8.count <= 90 || TextScan.length(t) <= 90 else { return false }
        if let p = FoldedPrefix.of(t, limit: issuedPrefixBytes.window) { return issuedPrefixBytes.firstPrefix(of: p) != nil }
        return LineKey(line).map(isIssuedLine) ?? false
    }

    static let issuedPrefixes = ["issued on", "issued:", "issued by", "date of issue", "publie le", "diffuse le", "emitido el",
                                         "publicado el", "publicado em", "emitido em", "divulgado em", "herausgegeben am", "veroffentlicht am"]

    static let issuedPrefixBytes = LabelBytes(issuedPrefixes)

    private static let issuedFirstByteSet = ByteSet(issuedPrefixes.map { $0.utf8.first! })

    static func isIssuedLine(_ key: LineKey) -> Bool {
        let f = key.folded
        guard let fb = f.utf8.first else { return false }
        return issuedPrefixes.contains { $0.utf8.first == fb && f.hasPrefix($0) }
    }

    private static let listBullets = Set<Character>("•◦▪●·‣∙–—-*+")

    /// A numbered or bulleted list item: the marker's length (including the space after it), or nil.
    static func listMarkerLength(_ line: String) -> Int? {
        // Markers start with an ASCII mark or digit, or a bullet or dash (lead bytes 0xC2, 0xE2).
        // Read on bytes first (`utf8.first(where:)` goes index by index): most lines start with no mark,
        // and an ASCII mark or digit run followed by an ASCII byte that the tests below refuse is no marker
        // either (ASCII bytes after it cannot join it into one character).
        let mayBeMarker = TextScan.withBytes(line) { bytes -> Bool in
            let n = bytes.count
            var i = 0
            while i < n && bytes[i] == 0x20 { i += 1 }
            guard i < n else { return false }
            let b = bytes[i]
            if b == 0x2A || b == 0x2B || b == 0x2D {
                // A bullet needs a space or tab next.
                return i + 1 >= n || bytes[i + 1] >= 0x80 || bytes[i + 1] == 0x20 || bytes[i + 1] == 0x09
            }
            if ASCII.isDigit(b) {
                var k = i + 1
                while k < n && ASCII.isDigit(bytes[k]) { k += 1 }
                // One or two digits, then `.` or `)`, then a space.
                guard k < n, bytes[k] < 0x80 else { return true }
                guard k - i <= 2, bytes[k] == 0x2E || bytes[k] == 0x29 else { return false }
                return k + 1 >= n || bytes[k + 1] >= 0x80 || bytes[k + 1] == 0x20
            }
            return b == 0xC2 || b == 0xE2
        }
        guard mayBeMarker else { return nil }
        let t = line.drop(while: { $0 == " " })
        guard let c = t.first else { return nil }
        if listBullets.contains(c) {
            let rest = t.dropFirst()
            guard let n = rest.first, n == " " || n == "\t" else { return nil }
            // `- 30 -` and `— ` dashes inside prose are not list items.
            guard rest.dropFirst().first.map({ !$0.isWhitespace }) == true else { return nil }
            if c == "-" || c == "–" || c == "—", isEndMark(line) { return nil }
            return line.count - rest.dropFirst().count
        }
        if c.isNumber {
            let digits = t.prefix(while: { $0.isNumber })
            guard digits.count <= 2 else { return nil }
            let afterDigits = t.dropFirst(digits.count)
            guard let p = afterDigits.first, p == "." || p == ")" else { return nil }
            let rest = afterDigits.dropFirst()
            guard let s = rest.first, s == " " else { return nil }
            guard let next = rest.dropFirst().first, next.isUppercase || TextScan.openingQuotes.contains(next) else { return nil }
            // A German date (`5. September 2023`) is not a numbered item.
            if p == ".", CalendarWords.isCalendarWord(TextScan.firstWord(rest.dropFirst())), CalendarWords.containsYear(rest) { return nil }
            return line.count - rest.dropFirst().count
        }
        return nil
    }
}
