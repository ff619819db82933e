/// The language of a text from its commonest words, and how many British spellings it uses.
enum DateLanguage {
    static let languages = ["en", "fr", "es", "pt", "de"]

    static let stopwords: [[String]] = [
        ["the", "and", "of", "to", "in", "is", "for", "with", "on", "that", "by", "this", "will", "are"],
        ["le", "la", "les", "des", "et", "est", "pour", "dans", "une", "du", "au", "sur", "qui", "avec", "aux"],
        ["el", "los", "las", "del", "y", "para", "con", "una", "por", "que", "se", "al", "es", "su"],
        ["o", "os", "do", "da", "dos", "das", "para", "com", "uma", "nao", "em", "no", "na", "ao", "pelo"],
        ["der", "die", "das", "und", "ist", "mit", "fur", "von", "den", "ein", "eine", "zu", "im", "auf", "sich"],
    ]

    static let british = [
        "organisation", "organisations", "organised", "programme", "programmes", "centre", "centres", "colour",
        "colours", "favour", "favourite", "labour", "behaviour", "neighbour", "neighbours", "neighbourhood",
        "neighbourhoods", "defence", "licence", "recognise", "recognised", "realise", "realised", "whilst",
        "analyse", "analysed", "travelled", "fulfil", "catalogue", "metres", "kilometres", "litres",
    ]


    /// No listed word is longer (in letters): longer words need no lookup.
    static let longestWord = (stopwords.joined() + british).map(\.utf8.count).max() ?? 0

    /// Counts the listed words of `b` (folded: lower case, Latin-1 accents dropped) by language, and the
    /// British spellings. A word is a run of letters (ASCII or any non-ASCII byte); only words whose letters
    /// all fold to ASCII can be listed ones.
    static func scan(_ b: UnsafeBufferPointer<UInt8>) -> (language: String?, britishSpellings: Int) {
        let (counts, british) = counts(b)
        // The first language with the most words, and the most words of another.
        var best = 0
        for k in counts.indices where counts[k] > counts[best] { best = k }
        guard counts[best] >= 3 else { return (nil, british) }
        var second = 0
        for k in counts.indices where k != best { second = max(second, counts[k]) }
        // Romance languages share many short words; ask for a clear lead.
        guard Double(counts[best]) >= 1.3 * Double(second) else { return (nil, british) }
        return (languages[best], british)
    }

    /// The listed words of `b` by language (in `languages` order), and the British spellings.
    static func counts(_ b: UnsafeBufferPointer<UInt8>) -> (counts: [Int], british: Int) {
        var counts = [Int](repeating: 0, count: languages.count)
        var british = 0
        // In pieces of about 2,000 bytes cut before a byte that is not part of a word (so no word is cut):
        // a word takes two bytes at least (a letter and what ends it), so no count of a piece reaches 1,024.
        var start = 0
        while start < b.count {
            var end = min(b.count, start + 2_000)
            while end < b.count && WordBytes.isWordByte(b[end]) { end += 1 }
            let t = tally(UnsafeBufferPointer(rebasing: b[start..<end]))
            for k in 0..<counts.count { counts[k] += Int(truncatingIfNeeded: (t &>> (10 * k)) & 0x3FF) }
            british += Int(truncatingIfNeeded: (t &>> 50) & 0x3FF)
            start = end
        }
        return (counts, british)
    }

    /// The listed words of `b` counted in 10-bit fields: one per language in `languages` order, then British
    /// spellings (`b` holds fewer than 1,024 words).
    ///
    /// Words are found eight bytes at a time and keyed by their folded bytes (exact, no hash to collide);
    /// a word with a non-ASCII byte takes the byte-by-byte path.
    static func tally(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = b.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let n = b.count
        let longest = Self.longestWord
        let latin1Fold = Fold.dateLatin1
        let entries = Self.keyTable.entries
        var tally: UInt64 = 0
        @inline(__always) func load(_ k: Int) -> UInt64 { ByteLanes.load(raw, at: k) }
        @inline(__always) func count(_ k0: UInt64, _ k1: UInt64) { tally &+= WordKeyTable.lookup(entries, k0, k1) }
        var i = 0
        scanning: while i < n {
            // Skip to the next word byte (an ASCII letter or any non-ASCII byte).
            while i &+ 8 <= n {
                let m = ByteLanes.wordLanes(load(i))
                if m != 0 { i &+= m.trailingZeroBitCount &>> 3; break }
                i &+= 8
            }
            while i < n && !WordBytes.isWordByte(b[i]) { i &+= 1 }
            if i == n { break }
            // Words of ASCII letters ended by an ASCII byte (most words): keyed, looked up and stepped over
            // from one load (two for eight letters or more), which also tells where the next word starts.
            while i &+ 8 <= n {
                let w = load(i)
                let other = ~ByteLanes.letterLanes(w) & ByteLanes.highs
                // The high bit of the byte that ends the run of letters.
                let end = other & (0 &- other)
                if end == 0 {
                    // Eight letters or more: the same with the next eight bytes, for words of up to 15.
                    guard i &+ 16 <= n else { break }
                    let w2 = load(i &+ 8)
                    let other2 = ~ByteLanes.letterLanes(w2) & ByteLanes.highs
                    let end2 = other2 & (0 &- other2)
                    guard end2 != 0, w2 & end2 == 0 else { break }
                    if 8 + (end2.trailingZeroBitCount &>> 3) <= longest {
                        count(w | ByteLanes.repeating(0x20), (w2 | ByteLanes.repeating(0x20)) & ((end2 &>> 7) &- 1))
                    }
                    let next = ByteLanes.wordLanes(w2) & ~((end2 &<< 1) &- 1)
                    if next == 0 { i &+= 16; continue scanning }
                    i &+= 8 &+ next.trailingZeroBitCount &>> 3
                    continue
                }
                guard w & end == 0 else { break }
                count((w | ByteLanes.repeating(0x20)) & ((end &>> 7) &- 1), 0)
                let next = ByteLanes.wordLanes(w) & ~((end &<< 1) &- 1)
                if next == 0 { i &+= 8; continue scanning }
                i &+= next.trailingZeroBitCount &>> 3
            }
            let start = i
            // The run of ASCII letters.
            var j = i
            var found = false
            while j + 8 <= n {
                let other = ~ByteLanes.letterLanes(load(j)) & ByteLanes.highs
                if other != 0 { j += other.trailingZeroBitCount >> 3; found = true; break }
                j += 8
            }
            if !found { while j < n && WordBytes.isASCIILetter(b[j]) { j += 1 } }
            if j < n && b[j] >= 0x80 {
                // Accented or non-Latin letters: fold byte by byte.
                var k0: UInt64 = 0, k1: UInt64 = 0
                var length = 0
                var plain = true
                j = start
                while j < n {
                    let c = b[j]
                    var folded: UInt8 = 0
                    if WordBytes.isASCIILetter(c) {
                        folded = c | 0x20
                        j += 1
                    } else if c == 0xC3, j + 1 < n, b[j + 1] &- 0x80 < 64 {
                        folded = latin1Fold[Int(b[j + 1] - 0x80)]
                        j += 2
                    } else if c >= 0x80 {
                        j += 1
                    } else {
                        break
                    }
                    if folded == 0 { plain = false }
                    if plain && length < 16 {
                        if length < 8 { k0 |= UInt64(folded) &<< (8 * length) } else { k1 |= UInt64(folded) &<< (8 * (length - 8)) }
                    }
                    length += 1
                }
                if plain, length <= longest { count(k0, k1) }
            } else {
                let length = j - start
                if length <= longest {
                    var k0: UInt64 = 0, k1: UInt64 = 0
                    if start + 16 <= n {
                        let lo = load(start) | ByteLanes.repeating(0x20)
                        if length <= 8 {
                            k0 = lo & (~0 &>> (64 - 8 * length))
                        } else {
                            k0 = lo
                            k1 = (load(start + 8) | ByteLanes.repeating(0x20)) & (~0 &>> (128 - 8 * length))
                        }
                    } else {
                        for k in 0..<length {
                            let folded = UInt64(b[start + k] | 0x20)
                            if k < 8 { k0 |= folded &<< (8 * k) } else { k1 |= folded &<< (8 * (k - 8)) }
                        }
                    }
                    count(k0, k1)
                }
            }
            i = j
        }
        return tally
    }

    /// The listed words keyed by their bytes. A word's value is what it adds to `scan`'s tally: 1 in the
    /// 10-bit field of each language that lists it (field k = `languages[k]`), 1 in field 5 for a British spelling.
    static let keyTable: WordKeyTable = {
        let table = WordKeyTable()
        for (k, words) in stopwords.enumerated() {
            for word in words { table.add(word, value: 1 << (10 * k)) }
        }
        for word in british { table.add(word, value: 1 << 50) }
        return table
    }()
}

/// Byte classes of `DateLanguage.scan`, one byte at a time (eight at a time: `ByteLanes.letterLanes`, `wordLanes`).
enum WordBytes {
    @inline(__always) static func isASCIILetter(_ c: UInt8) -> Bool { ASCII.isLetter(c) }
    @inline(__always) static func isWordByte(_ c: UInt8) -> Bool { c >= 0x80 || ASCII.isLetter(c) }
}
