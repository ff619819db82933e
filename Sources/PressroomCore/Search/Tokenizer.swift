import Foundation

/// Splits text into searchable words and folds them, the one rule shared by the index, the query
/// parser and the highlighter (so that what is found is what is highlighted).
///
/// - A word is a run of letters, digits and combining marks. Words joined by a single hyphen
///   (`-`, U+2010, U+2011) or apostrophe (`'`, U+2019, U+02BC) between two word characters form a
///   compound: the compound is a token as a whole (`kp-certified`, `forum's`; apostrophes folded to
///   `'`, hyphens to `-`), so is the part before its first apostrophe when that is itself a compound,
///   and so is every part (`kp`, `certified`, `forum`, `s`).
/// - Folding: compatibility decomposition (NFKD, so `ﬁ` = `fi`, full-width = ASCII), case folding
///   (`ß` = `ss`), then every combining mark removed (`Pérez` = `perez`). `ø`, `æ`, `ł` have no
///   decomposition and stay as they are, as in the archive generator's matching rule.
/// - The parts, in order, are the word stream that phrases match against: they are exactly the
///   tokens of the rule "fold, then split at every character that is not a letter or digit".
public struct Tokenizer: Sendable {
    /// What a token stands for in the text.
    public enum Role: Sendable, Hashable {
        /// One word between separators: a position in the word stream.
        case part
        /// A hyphen or apostrophe compound as a whole (also indexed by its parts).
        case whole
    }

    /// One token: its folded form and where it is in the text.
    public struct Token: Sendable, Hashable {
        /// The folded word (UTF-8).
        public var folded: String
        /// Byte range in the text's UTF-8.
        public var utf8Range: Range<Int>
        /// Index of the (first) part in the word stream.
        public var position: Int
        public var role: Role
    }

    /// Folded forms of non-ASCII words seen so far (folding them goes through Foundation, which is slow).
    private var foldCache: [String: [[UInt8]]] = [:]

    /// A piece of the current run: a folded part, or the joiner between two parts.
    private struct Slot: Sendable {
        /// End offset of this slot's bytes in `runBytes`.
        var end: Int
        /// Where it is in the text (UTF-8 byte range).
        var source: Range<Int>
        /// The folded joiner (`-`, `'`, or a space between the pieces of one folded word); 0 for a part.
        var joiner: UInt8
    }

    // Reused buffers for the current run: its folded bytes, parts and joiners in order.
    private var runBytes: [UInt8] = []
    private var slots: [Slot] = []

    public init() {}

    /// Calls `body` for every token of `text`, in text order (a compound's parts first, then its
    /// wholes): folded bytes (valid only during the call), UTF-8 byte range, word-stream position, role.
    /// Returns the number of parts (the text's length in words).
    @discardableResult
    public mutating func scan(_ text: String,
                              _ body: (UnsafeBufferPointer<UInt8>, Range<Int>, Int, Role) -> Void) -> Int {
        var text = text
        return text.withUTF8 { utf8 in scan(utf8: utf8, body) }
    }

    /// As `scan(_:_:)`, over UTF-8 bytes.
    @discardableResult
    public mutating func scan(utf8 bytes: UnsafeBufferPointer<UInt8>,
                              _ body: (UnsafeBufferPointer<UInt8>, Range<Int>, Int, Role) -> Void) -> Int {
        let n = bytes.count
        var position = 0
        var i = 0
        while i < n {
            let (scalar, length) = Self.decode(bytes, at: i)
            guard Fold.isSearchWordCharacter(scalar) else { i += length; continue }
            // One run: word segments joined by single hyphens/apostrophes.
            runBytes.removeAll(keepingCapacity: true)
            slots.removeAll(keepingCapacity: true)
            var segmentStart = i
            var j = i
            while true {
                var ascii = true
                while j < n {
                    let b = UInt32(bytes[j])
                    if b < 0x80 {  // the common case, without decoding
                        guard ASCII.isLetterOrDigit(bytes[j]) else { break }
                        j += 1
                        continue
                    }
                    let (s, l) = Self.decode(bytes, at: j)
                    guard Fold.isSearchWordCharacter(s) else { break }
                    if l > 1 { ascii = false }
                    j += l
                }
                appendFolded(bytes, segmentStart..<j, ascii: ascii)
                guard j < n else { break }
                let (s, l) = Self.decode(bytes, at: j)
                let joiner = Self.joiner(s)
                guard joiner != 0, j + l < n, Fold.isSearchWordCharacter(Self.decode(bytes, at: j + l).0) else { break }
                runBytes.append(joiner)
                slots.append(Slot(end: runBytes.count, source: j..<j + l, joiner: joiner))
                j += l
                segmentStart = j
            }
            position = emitRun(i..<j, position: position, body)
            i = j
        }
        return position
    }

    /// Emits the parts and wholes of the current run; returns the next word-stream position.
    private func emitRun(_ run: Range<Int>, position start: Int,
                         _ body: (UnsafeBufferPointer<UInt8>, Range<Int>, Int, Role) -> Void) -> Int {
        var position = start
        var compound = false
        runBytes.withUnsafeBufferPointer { all in
            var from = 0
            for slot in slots {
                if slot.joiner == 0, slot.end > from {
                    body(UnsafeBufferPointer(rebasing: all[from..<slot.end]), slot.source, position, .part)
                    position += 1
                }
                if slot.joiner == UInt8(ascii: "-") || slot.joiner == UInt8(ascii: "'") { compound = true }
                from = slot.end
            }
            guard compound, position - start > 1 else { return }
            body(UnsafeBufferPointer(rebasing: all[0..<runBytes.count]), run, start, .whole)
            // The compound before the first apostrophe (`kp-certified` of `kp-certified's`).
            guard let a = slots.firstIndex(where: { $0.joiner == UInt8(ascii: "'") }), a > 0,
                  slots[..<a].contains(where: { $0.joiner == UInt8(ascii: "-") }) else { return }
            let before = slots[a - 1]
            body(UnsafeBufferPointer(rebasing: all[0..<before.end]), run.lowerBound..<before.source.upperBound,
                 start, .whole)
        }
        return position
    }

    /// Appends the folded bytes of one segment as a part (or several, if folding splits it).
    private mutating func appendFolded(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, ascii: Bool) {
        if ascii {
            let start = runBytes.count
            runBytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
            runBytes.withUnsafeMutableBufferPointer { b in
                for k in start..<b.count where b[k] &- 65 < 26 { b[k] |= 0x20 }
            }
            slots.append(Slot(end: runBytes.count, source: range, joiner: 0))
            return
        }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        let pieces: [[UInt8]]
        if let cached = foldCache[word] {
            pieces = cached
        } else {
            pieces = Fold.searchPieces(word)
            foldCache[word] = pieces
        }
        for (k, piece) in pieces.enumerated() {
            if k > 0 {
                runBytes.append(UInt8(ascii: " "))
                slots.append(Slot(end: runBytes.count, source: range, joiner: UInt8(ascii: " ")))
            }
            runBytes.append(contentsOf: piece)
            slots.append(Slot(end: runBytes.count, source: range, joiner: 0))
        }
    }

    /// The folded form of a single word or of any text, words separated by one space.
    public static func fold(_ text: String) -> String {
        var tokenizer = Tokenizer()
        var words: [String] = []
        tokenizer.scan(text) { bytes, _, _, role in
            if role == .part { words.append(String(decoding: bytes, as: UTF8.self)) }
        }
        return words.joined(separator: " ")
    }

    /// Every token of `text`.
    public static func tokens(_ text: String) -> [Token] {
        var tokenizer = Tokenizer()
        var out: [Token] = []
        tokenizer.scan(text) { bytes, range, position, role in
            out.append(Token(folded: String(decoding: bytes, as: UTF8.self), utf8Range: range,
                             position: position, role: role))
        }
        return out
    }

    /// The folded word stream (parts only) of `text`.
    public static func words(_ text: String) -> [String] {
        tokens(text).filter { $0.role == .part }.map(\.folded)
    }

    // MARK: - Folding


    // MARK: - Characters


    /// The folded joiner byte (`-` or `'`) for a hyphen or apostrophe, else 0.
    @inline(__always)
    static func joiner(_ s: Unicode.Scalar) -> UInt8 {
        switch s.value {
        case 0x2D, 0x2010, 0x2011: return UInt8(ascii: "-")
        case 0x27, 0x2019, 0x2BC: return UInt8(ascii: "'")
        default: return 0
        }
    }

    /// Decodes the scalar at byte `i` of valid UTF-8 (Swift strings always are).
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(b[i])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        if b0 < 0xE0, i + 1 < b.count {
            return (Unicode.Scalar(((b0 & 0x1F) << 6) | (UInt32(b[i + 1]) & 0x3F)) ?? " ", 2)
        }
        if b0 < 0xF0, i + 2 < b.count {
            let v = ((b0 & 0x0F) << 12) | ((UInt32(b[i + 1]) & 0x3F) << 6) | (UInt32(b[i + 2]) & 0x3F)
            return (Unicode.Scalar(v) ?? " ", 3)
        }
        if i + 3 < b.count {
            let v = ((b0 & 0x07) << 18) | ((UInt32(b[i + 1]) & 0x3F) << 12) | ((UInt32(b[i + 2]) & 0x3F) << 6)
                | (UInt32(b[i + 3]) & 0x3F)
            return (Unicode.Scalar(v) ?? " ", 4)
        }
        return (" ", 1)
    }
}
