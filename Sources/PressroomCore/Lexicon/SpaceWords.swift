/// The words of a text cut at spaces, as `split(separator: " ")` cuts them, found on bytes; and the
/// word tests the organisation finder asks of each word, on bytes when the word is plain ASCII.
///
/// The finder reads names word by word (capitalised runs, sentence subjects, initials, domain spellings).
/// Cutting with `split` and testing words as `Character`s cost it most of its time; these give the same
/// answers. `splitPlain` and the `…Reference` tests are the plain definitions; `SpaceWordsTests`
/// holds them equal.
enum SpaceWords {
    /// A word and whether every byte of it is ASCII (its characters are then its bytes: a carriage
    /// return never reaches a word here, see `split`).
    struct Word {
        var text: Substring
        var ascii: Bool
        init(text: Substring, ascii: Bool) {
            self.text = text
            self.ascii = ascii
        }
        /// The word `text`, its ASCII flag read from its bytes.
        init(_ text: Substring) {
            self.text = text
            ascii = TextScan.withBytes(text) { b in !b.contains { $0 >= 0x80 } }
        }
    }

    /// `Array(s.split(separator: " ").prefix(limit))`, with each word's ASCII flag. Cut on bytes when
    /// every scalar of the text is a character of its own (`SimpleText.isSimple`: no carriage return, no
    /// combining mark or joiner that could make a space part of a larger character).
    static func split(_ s: Substring, atMost limit: Int = .max) -> [Word] { split(s, on: 0x20, atMost: limit) }

    /// `Array(s.split(separator: Character(separator)).prefix(limit))` for an ASCII separator (a space, a
    /// comma), with each piece's ASCII flag; cut on bytes when the text read is simple, as `split` says.
    static func split(_ s: Substring, on separator: UInt8, atMost limit: Int = .max) -> [Word] {
        let cut: [Word]? = FastPaths.off ? nil : s.utf8.withContiguousStorageIfAvailable { b -> [Word]? in
            var out: [Word] = []
            let base = s.utf8.startIndex
            var i = 0
            let n = b.count
            while i < n && out.count < limit {
                if b[i] == separator { i += 1; continue }
                let start = i
                var high: UInt8 = 0
                while i < n && b[i] != separator { high |= b[i]; i += 1 }
                let lo = s.utf8.index(base, offsetBy: start), hi = s.utf8.index(base, offsetBy: i)
                out.append(Word(text: s[lo..<hi], ascii: high < 0x80))
            }
            // Exact when every scalar read is a character of its own, and so is the one after the last space
            // read (a mark after a space would join it).
            let read = UnsafeBufferPointer(rebasing: b[0..<i])
            guard SimpleText.isSimple(read), i == n || SimpleText.startsSafely(b, at: i + 1) else { return nil }
            return out
        } ?? nil
        if let cut { return cut }
        return Array(s.split(separator: Character(Unicode.Scalar(separator))).prefix(limit)).map(Word.init)
    }

    static func split(_ s: String, atMost limit: Int = .max) -> [Word] { split(s[...], atMost: limit) }

    /// The plain definition of `split`.
    static func splitPlain(_ s: Substring, atMost limit: Int = .max) -> [Substring] {
        Array(s.split(separator: " ").prefix(limit))
    }

    /// `plain.contains(Fold.line(w.text))`, where `set` is `WordSet(plain)`: on bytes for a plain ASCII
    /// word without whitespace (its fold is then its lower-casing).
    static func isFolded(_ w: Word, in set: WordSet, longest: Int, plain: Set<String>) -> Bool {
        guard w.ascii else { return plain.contains(Fold.line(w.text)) }
        let quick: Bool? = FastPaths.off ? nil : TextScan.withBytes(w.text) { b in
            for c in b where c <= 0x20 { return nil }
            guard b.count <= longest else { return false }
            return set.containsLowered(b)
        }
        return quick ?? plain.contains(Fold.line(w.text))
    }

    /// A vocabulary of folded words asked about by `isFolded`.
    struct Vocabulary: Sendable {
        let plain: Set<String>
        let set: WordSet
        let longest: Int
        init(_ words: Set<String>) {
            plain = words
            set = WordSet(words)
            longest = words.map(\.utf8.count).max() ?? 0
        }
        func contains(_ w: Word) -> Bool { SpaceWords.isFolded(w, in: set, longest: longest, plain: plain) }
        /// Whether the ASCII bytes `b[r]`, lowered, are a word of the vocabulary (the byte paths' lookup).
        @inline(__always) func containsLowered(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
            r.count <= longest && set.containsLowered(UnsafeBufferPointer(rebasing: b[r]))
        }
        func contains(_ w: Substring) -> Bool { contains(Word(w)) }
    }

    /// `ReleaseLexicon.nameJoiners.contains(Fold.line(w))`.
    static func isJoiner(_ w: Word) -> Bool { joiners.contains(w) }
    static func isJoiner(_ w: Substring) -> Bool { joiners.contains(w) }
    static func isJoinerPlain<S: StringProtocol>(_ w: S) -> Bool { ReleaseLexicon.nameJoiners.contains(Fold.line(w)) }
    static let joiners = Vocabulary(ReleaseLexicon.nameJoiners)

    /// `isJoiner` of a plain ASCII word's bytes; nil when they hold whitespace or a control byte.
    static func isJoinerASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        if FastPaths.off { return nil }
        for c in b where c <= 0x20 { return nil }
        return b.count <= joiners.longest && joiners.set.containsLowered(b)
    }

    /// Whether the word's first character is upper-case: its first byte, for an ASCII word.
    @inline(__always) static func startsUppercase(_ w: Word) -> Bool {
        if w.ascii { return w.text.utf8.first.map { ASCII.isUpper($0) } ?? false }
        return w.text.first?.isUppercase == true
    }

    /// `w.text.trimming(set)` where `asciiMarks` are the ASCII members of `set` (an ASCII word's characters
    /// are its bytes, so only they can be trimmed from it).
    static func trimming(_ w: Word, _ set: Set<Character>, asciiMarks: ASCIIMarks) -> Word {
        guard w.ascii else { return Word(text: Substring(w.text.trimming(set)), ascii: false) }
        let u = w.text.utf8
        var lo = u.startIndex, hi = u.endIndex
        while lo < hi, asciiMarks.contains(u[lo]) { lo = u.index(after: lo) }
        while lo < hi, asciiMarks.contains(u[u.index(before: hi)]) { hi = u.index(before: hi) }
        return Word(text: w.text[lo..<hi], ascii: true)
    }

    /// A small set of ASCII bytes, as two 64-bit masks.
    struct ASCIIMarks {
        private var low: UInt64 = 0, high: UInt64 = 0
        /// The ASCII members of `set`.
        init(_ set: Set<Character>) {
            for c in set where c.isASCII {
                let b = c.asciiValue!
                if b < 64 { low |= 1 << UInt64(b) } else { high |= 1 << UInt64(b - 64) }
            }
        }
        @inline(__always) func contains(_ b: UInt8) -> Bool {
            b < 64 ? low & (1 << UInt64(b)) != 0 : b < 128 && high & (1 << UInt64(b - 64)) != 0
        }
        /// The range `r` of `b` without these marks at either end (`trimming` on a word's bytes).
        @inline(__always) func trim(_ r: Range<Int>, in b: UnsafeBufferPointer<UInt8>) -> Range<Int> {
            var lo = r.lowerBound, hi = r.upperBound
            while lo < hi, contains(b[lo]) { lo += 1 }
            while lo < hi, contains(b[hi - 1]) { hi -= 1 }
            return lo..<hi
        }
    }
}
