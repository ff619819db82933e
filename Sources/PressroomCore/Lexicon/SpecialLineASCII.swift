/// `BlockSplitter.isSpecial` decided on the bytes of a line: one pass gives the word count and whether the
/// line is plain ASCII; a line of ASCII and Latin letters is then trimmed, stripped of markdown marks and folded into a small
/// stack buffer, and the lexicon's heading tests (notes heading, contact heading, `Issued …`, end mark) run
/// on those bytes, without the `LineKey` strings. The splitter asks this of every line of every block.
///
/// Exact by construction: on plain ASCII without CR every character is one byte, so trimming, `stripMarkup`,
/// folding and `hasPrefix` are byte operations. Any other line (nil) takes the String path, and the rare
/// cases that need more than bytes (`About X`, a heading that opens with a quote, a contact heading followed
/// by its contact) call the String functions themselves.
enum SpecialLineASCII {
    /// The answer of `BlockSplitter.isSpecial` for the line `b` (`line` as a String), or nil when the line
    /// holds a non-ASCII byte or a CR. The caller has checked `b.count <= 360`.
    static func isSpecial(_ b: UnsafeBufferPointer<UInt8>, line: String) -> Bool? {
        if FastPaths.off { return nil }
        typealias L = ReleaseLexicon
        // More than a dozen words: no heading, no `Issued` line, and no end mark (four words at most),
        // whatever the bytes.
        guard let scan = scan(b, atMost: 12) else { return false }
        let words = scan.words, cr = scan.cr, ascii = scan.ascii
        // A CR may join the next byte into one character (CR LF): the String path.
        guard !cr else { return nil }
        var lo = 0, hi = b.count
        while lo < hi && TextScan.isSpaceByte(b[lo]) { lo += 1 }
        while hi > lo && TextScan.isSpaceByte(b[hi - 1]) { hi -= 1 }
        guard lo < hi else { return false }
        // Non-ASCII ends may be Unicode whitespace, which trimming removes: the String path.
        if !ascii && (b[lo] >= 0x80 || b[hi - 1] >= 0x80) { return nil }
        if ascii {
            // `isEndMark` on ASCII is `endMarkASCII`, which needs at most 16 characters once trimmed.
            if b.count <= 200, words <= 4, hi - lo <= 16, L.endMarkASCII(trimmed: UnsafeBufferPointer(rebasing: b[lo..<hi])) { return true }
        } else if words <= 4, L.isEndMark(line) {
            return true
        }
        let first = b[lo]
        let markup = first == 0x23 || first == 0x2A || first == 0x5F
        if words >= 8 && !markup {
            // As in `BlockSplitter.isSpecial`: only `Issued …` or `About …` can match. Without markup,
            // `stripMarkup` is the trim.
            let t = UnsafeBufferPointer(rebasing: b[lo..<hi])
            if ascii ? isIssued(t) : issuedFirst.contains(first | 0x20) && L.isIssuedLine(line) { return true }
            guard aboutFirst.contains(first | 0x20) else { return false }
            guard ascii else { return L.isNotesHeading(line) }
            guard hi - lo <= 90, let p = FoldedPrefix.of(bytes: t, limit: aboutWindow),
                  L.aboutPrefixes.contains(where: { p.hasPrefix($0) }) else { return false }
            return L.isNotesHeading(line)
        }
        // Markup next to non-ASCII characters is stripped by characters: the String path.
        if markup && !ascii { return nil }
        // `stripMarkup`, then the trim of `LineKey`.
        var s = lo, e = hi
        if markup {
            while s < e && b[s] == 0x23 { s += 1 }
            while s < e && TextScan.isSpaceByte(b[s]) { s += 1 }
            // The first of `**`, `__`, `*`, `_` that both starts and ends the text, as `stripMarkup` tries them.
            let n = e - s
            if n > 4 && b[s] == 0x2A && b[s + 1] == 0x2A && b[e - 1] == 0x2A && b[e - 2] == 0x2A {
                s += 2; e -= 2
            } else if n > 4 && b[s] == 0x5F && b[s + 1] == 0x5F && b[e - 1] == 0x5F && b[e - 2] == 0x5F {
                s += 2; e -= 2
            } else if n > 2 && b[s] == 0x2A && b[e - 1] == 0x2A {
                s += 1; e -= 1
            } else if n > 2 && b[s] == 0x5F && b[e - 1] == 0x5F {
                s += 1; e -= 1
            }
            while s < e && TextScan.isSpaceByte(b[s]) { s += 1 }
            while e > s && TextScan.isSpaceByte(b[e - 1]) { e -= 1 }
        }
        // `LineKey` takes no empty text and none over 90 characters (scalars).
        guard s < e else { return false }
        if ascii {
            guard e - s <= 90 else { return false }
        } else if e - s > 90 {
            var scalars = 0
            for k in s..<e where b[k] & 0xC0 != 0x80 { scalars += 1 }
            guard scalars <= 90 else { return false }
        }
        let text = UnsafeBufferPointer(rebasing: b[s..<e])
        // `LineFold.fold` of the text, kept only when it is plain ASCII (then characters are bytes in every
        // test below).
        return LineFold.withTableFold(text, entries: .asciiOnly) { folded -> Bool? in
            guard let folded else { return nil }
            let n = folded.count
            var h = n
            while h > 0 && (folded[h - 1] == 0x3A || folded[h - 1] == 0x20) { h -= 1 }
            let heading = UnsafeBufferPointer(rebasing: folded[..<h])
            return isNotesHeading(heading, line: line) || isContactHeading(text: text, folded: folded, heading: heading, line: line)
                || isIssuedKey(folded)
        }
    }

    /// The words of `b` (runs of bytes that are not `TextScan.isSpaceByte`), whether it holds a CR and
    /// whether it is plain ASCII; nil as soon as a word past `atMost` starts. Eight bytes a step: a byte's
    /// top bit marks it space (`0x20`, or `0x09`–`0x0D`), and a word starts at each non-space byte after a
    /// space byte (or at the first byte); the tests carry no bit from one byte into the next.
    static func scan(_ b: UnsafeBufferPointer<UInt8>, atMost limit: Int) -> (words: Int, cr: Bool, ascii: Bool)? {
        let n = b.count
        var words = 0, i = 0
        var high: UInt64 = 0, crs: UInt64 = 0
        // 0x80 when the byte before the chunk is a space (the line's start counts as one).
        var before: UInt64 = 0x80
        if let base = b.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i &+ 8 <= n {
                let x = UInt64(littleEndian: ByteLanes.load(raw, at: i))
                let space = ByteLanes.spaceByteLanes(x)
                let starts = (~space & ByteLanes.highs) & (space << 8 | before)
                words &+= ByteLanes.count(starts)
                if words > limit { return nil }
                before = (space >> 56) & 0x80
                high |= ByteLanes.highLanes(x)
                crs |= ByteLanes.lanes(x, equalTo: 0x0D)
                i &+= 8
            }
        }
        var any: UInt8 = high != 0 ? 0x80 : 0
        var cr = crs != 0, inWord = before == 0
        while i < n {
            let x = b[i]
            i &+= 1
            any |= x
            if TextScan.isSpaceByte(x) {
                inWord = false
                if x == 0x0D { cr = true }
            } else if !inWord {
                inWord = true
                words += 1
                if words > limit { return nil }
            }
        }
        return (words, cr, any < 0x80)
    }

    /// `LineFold`'s folds of U+0080–U+017F and U+2010–U+203F, nil where the fold is not plain ASCII.

    /// `ReleaseLexicon.isNotesHeading(LineKey(line))` from the key's folded heading bytes.
    private static func isNotesHeading(_ heading: UnsafeBufferPointer<UInt8>, line: String) -> Bool {
        guard let f0 = heading.first else { return false }
        if heading.count <= ReleaseLexicon.notesHeadingMaxBytes {
            for label in notesHeadingsByFirstByte[Int(f0)] where label.count == heading.count && label.elementsEqual(heading) { return true }
        }
        // `About …` needs the words as printed: the String path decides.
        guard aboutFirst.contains(f0),
              ReleaseLexicon.aboutPrefixes.contains(where: { heading.starts(with: $0) }) else { return false }
        return ReleaseLexicon.isNotesHeading(line)
    }

    /// `ReleaseLexicon.isContactHeading(key) && !inlineContactHeading(line)` from the key's bytes.
    private static func isContactHeading(text: UnsafeBufferPointer<UInt8>, folded: UnsafeBufferPointer<UInt8>,
                                         heading: UnsafeBufferPointer<UInt8>, line: String) -> Bool {
        // The first meaningful character: upper case, `*` or `#`. The text is trimmed, so an opening quote or
        // bracket is the only thing `firstMeaningfulASCII` would step over; that, or a first character that
        // is not plain ASCII, is decided on Strings below.
        let b0 = text[0]
        let byCharacters = b0 >= 0x80 || (text.count > 1 && text[1] >= 0x80) || b0 == 0x22 || b0 == 0x27 || b0 == 0x28 || b0 == 0x5B
        guard byCharacters || ASCII.isUpper(b0) || b0 == 0x2A || b0 == 0x23 else { return false }
        // Seven words at most, no final `.`.
        guard let last = heading.last, last != 0x2E else { return false }
        var words = 0, inWord = false
        for x in heading {
            if TextScan.isSpaceByte(x) {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > 7 { return false }
            }
        }
        var found = false
        for w in prefixNeedles where folded.count >= w.count {
            var k = 0
            while k < w.count && folded[k] == w[k] { k += 1 }
            if k == w.count { found = true; break }
        }
        if !found { found = contactWords.occurs(in: heading) }
        // The address test after the word search: most lines hold no contact word, and both must pass.
        guard found, !ReleaseLexicon.holdsAddressMark(bytes: heading) else { return false }
        if byCharacters { return ReleaseLexicon.isContactHeading(line) && !ReleaseLexicon.inlineContactHeading(line) }
        return !ReleaseLexicon.inlineContactHeading(line)
    }

    private static let contactWords = NeedleSet(ReleaseLexicon.contactHeadingNeedles.filter { !$0.prefixOnly }.map(\.bytes))

    private static let prefixNeedles: [[UInt8]] = ReleaseLexicon.contactHeadingPrefixNeedles.map(\.bytes)

    /// `ReleaseLexicon.isIssuedLine(key)` from the key's folded bytes.
    private static func isIssuedKey(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let f0 = folded.first, issuedFirst.contains(f0) else { return false }
        return ReleaseLexicon.issuedPrefixBytes.bytes.contains { folded.starts(with: $0) }
    }

    /// The notes headings as bytes, by first byte.
    private static let notesHeadingsByFirstByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for h in ReleaseLexicon.notesHeadings { table[Int(h.utf8.first!)].append(Array(h.utf8)) }
        return table
    }()

    /// `ReleaseLexicon.isIssuedLine` on the trimmed, markup-free bytes of an ASCII line.
    static func isIssued(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let b0 = t.first, issuedFirst.contains(b0 | 0x20), t.count <= 90,
              let p = FoldedPrefix.of(bytes: t, limit: ReleaseLexicon.issuedPrefixBytes.window) else { return false }
        return ReleaseLexicon.issuedPrefixBytes.firstPrefix(of: p) != nil
    }

    /// First bytes of the `Issued` prefixes and (folded) about words: `a`, `s`, `u`, `z`, as byte sets.
    private static let issuedFirst = ByteSet(ReleaseLexicon.issuedPrefixes.map { $0.utf8.first! })
    private static let aboutFirst = ByteSet(ReleaseLexicon.aboutWords.map { $0.utf8.first! })

    private static let aboutWindow = ReleaseLexicon.aboutPrefixes.map(\.count).max()! + 1
}
