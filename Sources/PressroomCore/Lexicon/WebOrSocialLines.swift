import Foundation

/// Lines of web addresses and social handles (`www.x.org | Twitter: @x`), bare host names and address marks
/// (`@`, `www.`, `http`): the tests on characters and their byte paths.
extension ReleaseLexicon {
    /// `@`, `www.` or `http` in `f`, found in one pass over its bytes.
    static func holdsAddressMark(_ f: String) -> Bool {
        var copy = f
        return copy.withUTF8(holdsAddressMark(bytes:))
    }

    static func holdsAddressMark(bytes b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        for k in 0..<n {
            switch b[k] {
            case 0x40: return true
            case 0x77: if k + 3 < n, b[k + 1] == 0x77, b[k + 2] == 0x77, b[k + 3] == 0x2E { return true }
            case 0x68: if k + 3 < n, b[k + 1] == 0x74, b[k + 2] == 0x74, b[k + 3] == 0x70 { return true }
            default: break
            }
        }
        return false
    }

    private static let socialLabels = ["web:", "website:", "site:", "site web:", "sitio web:", "internet:", "twitter:", "x:",
                                       "instagram:", "facebook:", "linkedin:", "youtube:", "tiktok:", "bluesky:", "mastodon:",
                                       "follow us", "suivez-nous", "siguenos", "siga-nos", "folgen sie uns"]

    /// A line of web addresses and social handles (`www.x.org | Twitter: @x`), kept for links only.
    static func isWebOrSocialLine(_ line: String) -> Bool {
        guard line.utf8.count <= 640 else { return false }
        var copy = line
        // A line longer than 160 characters once trimmed is prose: the byte path rejects it (most after their
        // first eleven words), and so does the character path.
        if let answer = copy.withUTF8(webOrSocialBytes) { return answer }
        return isWebOrSocialLinePlain(line)
    }

    /// `isWebOrSocialLine` on characters, for any line: the definition the byte path is tested against.
    static func isWebOrSocialLinePlain(_ line: String) -> Bool {
        guard line.utf8.count <= 640 else { return false }
        let t = TextScan.trim(line)
        guard !t.isEmpty, TextScan.length(t) <= 160 else { return false }
        if TextScan.wordCount(t) > 10 && !TextScan.has(t, "|") { return false }
        if !TextScan.hasByte(t, 0x7C) && !TextScan.has(t, "·") && !mayBeWebOrSocialPart(t) { return false }
        var sawAddress = false
        for part in t.split(separator: "|").flatMap({ $0.split(separator: "·") }) {
            let p = TextScan.trim(part)
            if p.isEmpty { continue }
            let words = p.split(separator: " ")
            if words.count > 8 { return false }
            let pf = Fold.line(p)
            if let fb = pf.utf8.first, socialLabels.contains(where: { $0.utf8.first == fb && pf.hasPrefix($0) }) {
                sawAddress = true
                continue
            }
            if words.count == 1, let w = words.first {
                if w.hasPrefix("@") || TextScan.isAddressToken(w) || looksLikeBareDomain(w) { sawAddress = true; continue }
            }
            return false
        }
        return sawAddress
    }

    private static let socialLabelBytes = LabelBytes(socialLabels)

    /// A line of web addresses each after its own label of one to four words and a colon, whatever the label
    /// (`Appstore: https://…`, `Discord: https://…`, `✅ Try the tool: https://…`, `Docs:https://… FAQ:https://…`):
    /// a release's closing pointers to its sites, kept for links only. An address is a scheme's or a `www.` one (a
    /// label over an e-mail, `Email: …`, is a contact's line).
    static func isLabelledAddressLine(_ line: String) -> Bool {
        // (Asked of the first line of every block that is no web line: at most 300 bytes and sixteen words, a colon
        // within its first five words and `http` or `www.` after it, read on bytes before anything is cut; prose
        // ends at its fifth word.)
        guard line.utf8.count <= 300 else { return false }
        let cheap = TextScan.withBytes(line) { b -> Bool in
            var spaces = 0
            var colon = false
            let n = b.count
            for k in 0..<n {
                switch b[k] {
                case 0x20:
                    spaces += 1
                    if spaces > 16 || !colon && spaces > 4 { return false }
                case 0x3A: colon = true
                case 0x68: if colon, k + 3 < n, b[k + 1] == 0x74, b[k + 2] == 0x74, b[k + 3] == 0x70 { return true }
                case 0x77: if colon, k + 3 < n, b[k + 1] == 0x77, b[k + 2] == 0x77, b[k + 3] == 0x2E { return true }
                default: break
                }
            }
            return false
        }
        guard cheap else { return false }
        func isAddress<S: StringProtocol>(_ w: S) -> Bool {
            (w.hasPrefix("http://") || w.hasPrefix("https://") || w.hasPrefix("www.")) && !w.contains("@")
        }
        var labelWords = 0
        var colonClosed = false
        var addresses = 0
        for word in TextScan.trim(line).split(separator: " ") {
            if isAddress(word) {
                guard colonClosed else { return false }
                addresses += 1
                labelWords = 0
                colonClosed = false
                continue
            }
            // (`Site :`, a colon spaced from its label.)
            if word == ":" { guard labelWords > 0, !colonClosed else { return false }; colonClosed = true; continue }
            guard !colonClosed, labelWords < 4 else { return false }
            labelWords += 1
            if let colon = word.firstIndex(of: ":") {
                let after = word[word.index(after: colon)...]
                guard colon > word.startIndex else { return false }
                if after.isEmpty { colonClosed = true; continue }
                // `Docs:https://…`, the label glued to its address.
                guard isAddress(after) else { return false }
                addresses += 1
                labelWords = 0
            }
        }
        return addresses > 0 && labelWords == 0 && !colonClosed
    }

    /// For a line that is one part (no `|`, no `·`): false when it neither starts with a social label nor
    /// can be a single address word (`@handle`, a scheme, `www.`, an e-mail, a host name), which the
    /// part-by-part test would reject after cutting the line into characters.
    private static func mayBeWebOrSocialPart(_ t: String) -> Bool {
        if let p = FoldedPrefix.of(t, limit: socialLabelBytes.window) {
            if socialLabelBytes.firstPrefix(of: p) != nil { return true }
        } else {
            let pf = Fold.line(t)
            if let fb = pf.utf8.first, socialLabels.contains(where: { $0.utf8.first == fb && pf.hasPrefix($0) }) { return true }
        }
        guard let b0 = t.utf8.first else { return true }
        if b0 == 0x40 { return true }
        var copy = t
        return copy.withUTF8 { b in
            // `http`, `www.` or `mailto:` in any case (no other character lower-cases to these letters).
            func starts(_ word: StaticString) -> Bool {
                guard b.count >= word.utf8CodeUnitCount else { return false }
                for k in 0..<word.utf8CodeUnitCount {
                    let x = b[k]
                    if (ASCII.lowered(x)) != word.utf8Start[k] { return false }
                }
                return true
            }
            if starts("http") || starts("www.") || starts("mailto:") { return true }
            var at = false, dot = false, space = false, spaceJoined = false
            for k in 0..<b.count {
                let x = b[k]
                if x == 0x40 { at = true } else if x == 0x2E { dot = true } else if x == 0x20 {
                    space = true
                    if !spaceStandsAlone(b, k) { spaceJoined = true }
                }
            }
            // An e-mail; or a host name, which is one word (unless a space is part of another character).
            return (at && dot) || (dot && (!space || spaceJoined))
        }
    }

    /// True when the space at `k` is a character of its own: its neighbours are ASCII, Latin letters
    /// (U+0080–U+024F) or general punctuation (U+2000–U+203F other than the zero-width joiners), none of
    /// which joins a space into a larger character.
    static func spaceStandsAlone(_ b: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        @inline(__always) func plain(_ lead: Int) -> Bool {
            let x = b[lead]
            if x < 0x80 || (x >= 0xC2 && x <= 0xC9) { return true }
            guard x == 0xE2, lead + 2 < b.count, b[lead + 1] == 0x80 else { return false }
            return b[lead + 2] != 0x8C && b[lead + 2] != 0x8D
        }
        if k + 1 < b.count, !plain(k + 1) { return false }
        if k > 0 {
            var j = k - 1
            while j > 0 && b[j] & 0xC0 == 0x80 { j -= 1 }
            if !plain(j) { return false }
        }
        return true
    }

    /// `isWebOrSocialLine` on the bytes of a line, nil when bytes cannot decide as characters would: a CR, a
    /// `|`, `·` or space joined with a neighbour into a larger character, a U+0387 (which equals `·` as a
    /// character), or Unicode whitespace at the ends of the line or of a part (which trimming removes).
    /// Otherwise cutting on the bytes of `|`, `·` and spaces cuts as the characters would, and each part is
    /// tested as the String path tests it.
    private static func webOrSocialBytes(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        if FastPaths.off { return nil }
        guard !TextScan.hasByte(b, 0x0D) else { return nil }
        let bar = TextScan.hasByte(b, 0x7C)
        var lo = 0, hi = b.count
        while lo < hi && TextScan.isSpaceByte(b[lo]) { lo += 1 }
        while hi > lo && TextScan.isSpaceByte(b[hi - 1]) { hi -= 1 }
        guard lo < hi else { return false }
        if endsInUnicodeSpace(b, lo, hi) { return nil }
        // More than ten words (trimming leaves them as they are) and no `|`: prose. Most lines end here,
        // after their first eleven words.
        // (Words counted eight bytes a step.)
        if !bar && SpecialLineASCII.scan(UnsafeBufferPointer(rebasing: b[lo..<hi]), atMost: 10) == nil { return false }
        var nonASCII = false
        for k in lo..<hi where b[k] >= 0x80 { nonASCII = true; break }
        if nonASCII {
            var scalars = 0
            for k in lo..<hi where b[k] & 0xC0 != 0x80 { scalars += 1 }
            guard scalars <= 160 else { return false }
        } else {
            guard hi - lo <= 160 else { return false }
        }
        var sawAddress = false
        var start = lo
        while start < hi {
            // The part runs to the next `|` or `·` (C2 B7).
            var end = start, separator = 0
            while end < hi {
                let x = b[end]
                if x == 0x7C { separator = 1; break }
                if x >= 0x80 {
                    if x == 0xC2, end + 1 < hi, b[end + 1] == 0xB7 { separator = 2; break }
                    if x == 0xCE, end + 1 < hi, b[end + 1] == 0x87 { return nil }
                }
                end += 1
            }
            if separator > 0 && nonASCII && !standsAlone(b, end, end + separator) { return nil }
            var ps = start, pe = end
            start = end + separator
            while ps < pe && TextScan.isSpaceByte(b[ps]) { ps += 1 }
            while pe > ps && TextScan.isSpaceByte(b[pe - 1]) { pe -= 1 }
            if ps == pe { continue }
            if nonASCII && endsInUnicodeSpace(b, ps, pe) { return nil }
            var partWords = 0, inPartWord = false
            for k in ps..<pe {
                if b[k] == 0x20 {
                    if nonASCII && !spaceStandsAlone(b, k) { return nil }
                    inPartWord = false
                } else if !inPartWord {
                    inPartWord = true
                    partWords += 1
                }
            }
            if partWords > 8 { return false }
            let part = UnsafeBufferPointer(rebasing: b[ps..<pe])
            if let p = FoldedPrefix.of(bytes: part, limit: socialLabelBytes.window) {
                if socialLabelBytes.firstPrefix(of: p) != nil { sawAddress = true; continue }
            } else {
                let pf = Fold.line(bytes: part)
                if let fb = pf.utf8.first, socialLabels.contains(where: { $0.utf8.first == fb && pf.hasPrefix($0) }) {
                    sawAddress = true
                    continue
                }
            }
            if partWords == 1 {
                let w = String(decoding: part, as: UTF8.self)
                if w.hasPrefix("@") || TextScan.isAddressToken(w) || looksLikeBareDomain(w) { sawAddress = true; continue }
            }
            return false
        }
        return sawAddress
    }

    /// True when the first or last scalar of `b[lo..<hi]` (its ends past ASCII whitespace) is non-ASCII whitespace.
    private static func endsInUnicodeSpace(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        @inline(__always) func isSpace(_ lead: Int) -> Bool {
            Unicode.Scalar(TextScan.scalar(in: b, at: lead).value)?.properties.isWhitespace == true
        }
        if b[lo] >= 0x80 && isSpace(lo) { return true }
        if b[hi - 1] >= 0x80 {
            var j = hi - 1
            while j > lo && b[j] & 0xC0 == 0x80 { j -= 1 }
            if isSpace(j) { return true }
        }
        return false
    }

    /// True when the character `b[start..<end]` (a `|` or `·`) is a character of its own: the scalar after
    /// it and the one before it are among those `spaceStandsAlone` accepts.
    private static func standsAlone(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        @inline(__always) func plain(_ lead: Int) -> Bool {
            let x = b[lead]
            if x < 0x80 || (x >= 0xC2 && x <= 0xC9) { return true }
            guard x == 0xE2, lead + 2 < b.count, b[lead + 1] == 0x80 else { return false }
            return b[lead + 2] != 0x8C && b[lead + 2] != 0x8D
        }
        if end < b.count, !plain(end) { return false }
        if start > 0 {
            var j = start - 1
            while j > 0 && b[j] & 0xC0 == 0x80 { j -= 1 }
            if !plain(j) { return false }
        }
        return true
    }

    /// `srna-netball.com.au`, `example.org`: a host name printed without a scheme.
    static func looksLikeBareDomain<S: StringProtocol>(_ s: S) -> Bool {
        // A host name holds a dot.
        guard TextScan.hasByte(s, 0x2E) else { return false }
        // A space before the first `/` falls in a label, which then fails the letters test below.
        let spaceInHost: Bool = TextScan.withBytes(s) { b in
            for c in b {
                if c == 0x2F { return false }
                if c == 0x20 { return true }
            }
            return false
        }
        if spaceInHost { return false }
        var t = Substring(String(s))
        if t.hasSuffix(".") { t = t.dropLast() }
        guard TextScan.has(t, "."), !TextScan.has(t, "@"), t.count >= 4 else { return false }
        let labels = t.split(separator: "/").first?.split(separator: ".") ?? []
        guard labels.count >= 2, let tld = labels.last, tld.count >= 2, tld.count <= 6,
              tld.allSatisfy({ $0.isLetter && $0.isASCII }) else { return false }
        return labels.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }
            && labels.contains { $0.contains { $0.isLetter } }
    }
}
