/// `BlockSplitter.isSpecial` decided on the bytes of a line: one pass gives the word count and whether the
/// line is plain ASCII; an ASCII line is then trimmed, stripped of markdown marks and folded into a small
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
        typealias L = ReleaseLexicon
        var words = 0, inWord = false, ascii = true
        for x in b {
            if x >= 0x80 || x == 0x0D { ascii = false }
            if ByteTest.isSpace(x) {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                // More than a dozen words: no heading, no `Issued` line, and no end mark (four words at most),
                // whatever the bytes.
                if words > 12 { return false }
            }
        }
        guard ascii else { return nil }
        var lo = 0, hi = b.count
        while lo < hi && ByteTest.isSpace(b[lo]) { lo += 1 }
        while hi > lo && ByteTest.isSpace(b[hi - 1]) { hi -= 1 }
        guard lo < hi else { return false }
        // `isEndMark` on ASCII is `endMarkASCII`, which needs at most 16 characters once trimmed.
        if b.count <= 200, words <= 4, hi - lo <= 16, L.endMarkASCII(b) == true { return true }
        let first = b[lo]
        let markup = first == 0x23 || first == 0x2A || first == 0x5F
        if words >= 8 && !markup {
            // As in `BlockSplitter.isSpecial`: only `Issued …` or `About …` can match. Without markup,
            // `stripMarkup` is the trim.
            let t = UnsafeBufferPointer(rebasing: b[lo..<hi])
            if isIssued(t) { return true }
            guard [0x61, 0x73, 0x75, 0x7A].contains(first | 0x20), hi - lo <= 90,
                  let p = FoldedPrefix.of(bytes: t, limit: aboutWindow),
                  L.aboutPrefixes.contains(where: { p.hasPrefix($0) }) else { return false }
            return L.isNotesHeading(line)
        }
        // `stripMarkup`, then the trim of `LineKey`.
        var s = lo, e = hi
        if markup {
            while s < e && b[s] == 0x23 { s += 1 }
            while s < e && ByteTest.isSpace(b[s]) { s += 1 }
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
            while s < e && ByteTest.isSpace(b[s]) { s += 1 }
            while e > s && ByteTest.isSpace(b[e - 1]) { e -= 1 }
        }
        // `LineKey` takes no empty text and none over 90 characters.
        guard s < e, e - s <= 90 else { return false }
        let text = UnsafeBufferPointer(rebasing: b[s..<e])
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 96) { out -> Bool in
            // `LineFold.fold` of the text (ASCII: lower case, whitespace runs made one space).
            var n = 0
            var pendingSpace = false
            for x in text {
                if ByteTest.isSpace(x) { pendingSpace = n > 0; continue }
                if pendingSpace { out[n] = 0x20; n += 1; pendingSpace = false }
                out[n] = x &- 0x41 < 26 ? x + 0x20 : x
                n += 1
            }
            var h = n
            while h > 0 && (out[h - 1] == 0x3A || out[h - 1] == 0x20) { h -= 1 }
            let folded = UnsafeBufferPointer(rebasing: out[..<n])
            let heading = UnsafeBufferPointer(rebasing: out[..<h])
            return isNotesHeading(heading, line: line) || isContactHeading(text: text, folded: folded, heading: heading, line: line)
                || isIssuedKey(folded)
        }
    }

    /// `ReleaseLexicon.isNotesHeading(LineKey(line))` from the key's folded heading bytes.
    private static func isNotesHeading(_ heading: UnsafeBufferPointer<UInt8>, line: String) -> Bool {
        guard let f0 = heading.first else { return false }
        if heading.count <= ReleaseLexicon.notesHeadingMaxBytes {
            for label in notesHeadingsByFirstByte[Int(f0)] where label.count == heading.count && label.elementsEqual(heading) { return true }
        }
        // `About …` needs the words as printed: the String path decides.
        guard ReleaseLexicon.aboutFirstBytes.contains(f0),
              ReleaseLexicon.aboutPrefixes.contains(where: { heading.starts(with: $0) }) else { return false }
        return ReleaseLexicon.isNotesHeading(line)
    }

    /// `ReleaseLexicon.isContactHeading(key) && !inlineContactHeading(line)` from the key's bytes.
    private static func isContactHeading(text: UnsafeBufferPointer<UInt8>, folded: UnsafeBufferPointer<UInt8>,
                                         heading: UnsafeBufferPointer<UInt8>, line: String) -> Bool {
        // The first meaningful character: upper case, `*` or `#`. The text is trimmed, so an opening quote or
        // bracket is the only thing `firstMeaningfulASCII` would step over: the String path then.
        let b0 = text[0]
        if b0 == 0x22 || b0 == 0x27 || b0 == 0x28 || b0 == 0x5B {
            return ReleaseLexicon.isContactHeading(line) && !ReleaseLexicon.inlineContactHeading(line)
        }
        guard b0 &- 0x41 < 26 || b0 == 0x2A || b0 == 0x23 else { return false }
        // Seven words at most (the folded heading has single spaces and none at its ends), no final `.`.
        guard let last = heading.last, last != 0x2E else { return false }
        var spaces = 0
        for x in heading where x == 0x20 {
            spaces += 1
            if spaces >= 7 { return false }
        }
        guard !ReleaseLexicon.holdsAddressMark(bytes: heading) else { return false }
        var found = false
        for w in ReleaseLexicon.contactHeadingPrefixNeedles where folded.starts(with: w.bytes) { found = true; break }
        if !found { found = ReleaseLexicon.holdsContactWord(heading) }
        return found && !ReleaseLexicon.inlineContactHeading(line)
    }

    /// `ReleaseLexicon.isIssuedLine(key)` from the key's folded bytes.
    private static func isIssuedKey(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let f0 = folded.first, ReleaseLexicon.issuedFirstBytes.contains(f0) else { return false }
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
        guard let b0 = t.first, ReleaseLexicon.issuedFirstBytes.contains(b0 | 0x20), t.count <= 90,
              let p = FoldedPrefix.of(bytes: t, limit: ReleaseLexicon.issuedPrefixBytes.window) else { return false }
        return ReleaseLexicon.issuedPrefixBytes.firstPrefix(of: p) != nil
    }

    private static let aboutWindow = ReleaseLexicon.aboutPrefixes.map(\.count).max()! + 1
}
