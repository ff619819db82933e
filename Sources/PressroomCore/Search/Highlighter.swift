/// Finds what to highlight in a text for a query: every word (or compound) whose folded form is
/// one of the query's words, or starts with one of its prefixes. The list, the detail view and the
/// command line all use it, so they highlight the same words the index matched.
public struct Highlighter: Sendable {
    public let terms: [HighlightTerm]
    private let exact: Set<String>
    private let prefixes: [String]

    public init(terms: [HighlightTerm]) {
        self.terms = terms
        exact = Set(terms.filter { !$0.isPrefix }.map(\.folded))
        prefixes = terms.filter(\.isPrefix).map(\.folded)
    }

    /// The highlights of a search result.
    public init(_ result: SearchResult) {
        self.init(terms: result.highlights)
    }

    /// True when there is nothing to highlight.
    public var isEmpty: Bool { terms.isEmpty }

    /// Ranges of `text` to highlight, ascending and not overlapping.
    public func ranges(in text: String) -> [Range<String.Index>] {
        let utf8 = text.utf8
        return utf8Ranges(in: text).map { r in
            utf8.index(utf8.startIndex, offsetBy: r.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: r.upperBound)
        }
    }

    /// The same ranges as offsets in `Character`s (grapheme clusters), as a cell grid lays text out.
    public func characterRanges(in text: String) -> [Range<Int>] {
        let ranges = self.ranges(in: text)
        guard !ranges.isEmpty else { return [] }
        var out: [Range<Int>] = []
        var offset = 0
        var k = 0
        var lower = 0
        var index = text.startIndex
        // Walk the characters once; a highlight starts and ends on a word's first and last scalar,
        // which begin and end characters (a combining mark belongs to the word before it).
        while index < text.endIndex && k < ranges.count {
            let next = text.index(after: index)
            if index <= ranges[k].lowerBound && ranges[k].lowerBound < next { lower = offset }
            if index < ranges[k].upperBound && ranges[k].upperBound <= next {
                out.append(lower..<(offset + 1))
                k += 1
                continue  // the next range may start in this same character
            }
            index = next
            offset += 1
        }
        return out
    }

    /// The same ranges as offsets in Unicode scalars (code points), as JSON consumers count.
    public func scalarRanges(in text: String) -> [Range<Int>] {
        let byteRanges = utf8Ranges(in: text)
        guard !byteRanges.isEmpty else { return [] }
        // Scalar offset of every byte offset that starts a scalar, computed in one pass.
        var out: [Range<Int>] = []
        var scalar = 0
        var byte = 0
        var k = 0
        var lower = 0
        var wantLower = true
        for b in text.utf8 {
            while k < byteRanges.count {
                let target = wantLower ? byteRanges[k].lowerBound : byteRanges[k].upperBound
                guard target == byte else { break }
                if wantLower { lower = scalar; wantLower = false } else {
                    out.append(lower..<scalar); wantLower = true; k += 1
                }
            }
            if b & 0xC0 != 0x80 { scalar += 1 }
            byte += 1
        }
        if k < byteRanges.count, !wantLower { out.append(lower..<scalar) }
        return out
    }

    /// Highlight ranges as UTF-8 byte offsets.
    public func utf8Ranges(in text: String) -> [Range<Int>] {
        guard !terms.isEmpty else { return [] }
        var found: [Range<Int>] = []
        var tokenizer = Tokenizer()
        tokenizer.scan(text) { bytes, range, _, _ in
            let word = String(decoding: bytes, as: UTF8.self)
            if exact.contains(word) || prefixes.contains(where: { word.hasPrefix($0) }) { found.append(range) }
        }
        guard found.count > 1 else { return found }
        // A compound and its parts can both match: keep the widest, merged.
        found.sort { $0.lowerBound < $1.lowerBound || ($0.lowerBound == $1.lowerBound && $0.upperBound > $1.upperBound) }
        var merged: [Range<Int>] = [found[0]]
        for r in found.dropFirst() {
            if r.lowerBound < merged[merged.count - 1].upperBound {
                let last = merged.removeLast()
                merged.append(last.lowerBound..<max(last.upperBound, r.upperBound))
            } else {
                merged.append(r)
            }
        }
        return merged
    }
}
