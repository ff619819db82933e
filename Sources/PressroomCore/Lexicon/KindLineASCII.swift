/// The kind-label line tests of `HeaderRole.classify` on the bytes of a plain ASCII line without CR, where
/// characters are bytes: cutting at space bytes cuts as `split(separator: " ")` would, and no String or
/// array of words is built. Each returns nil for any other line, which then takes the character path.
enum KindLineASCII {
    /// The kind (the first `kindWords` words joined by single spaces) and the rest (the other words joined
    /// so, trimmed, without the edge marks ` -|:,/` at its ends), as `classify` cuts a kind line.
    static func cut(_ text: String, kindWords: Int) -> (kind: String, rest: String)? {
        var copy = text
        return copy.withUTF8 { b -> (String, String)? in
            guard !b.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(b.count, 1)) { out in
                // The words joined by single spaces: the kind's bytes, then the rest's.
                var n = 0, words = 0, kindEnd = 0, restStart = 0
                var i = 0
                let count = b.count
                while i < count {
                    while i < count && b[i] == 0x20 { i += 1 }
                    guard i < count else { break }
                    if words == kindWords { kindEnd = n; restStart = n }
                    if words > 0 && words != kindWords { out[n] = 0x20; n += 1 }
                    while i < count && b[i] != 0x20 { out[n] = b[i]; n += 1; i += 1 }
                    words += 1
                }
                if words <= kindWords { kindEnd = n; restStart = n }
                let kind = String(decoding: UnsafeBufferPointer(rebasing: out[..<kindEnd]), as: UTF8.self)
                // `TextScan.trim`, then `trimming(restEdges)` (which leaves other whitespace in place).
                var lo = restStart, hi = n
                while lo < hi && TextScan.isSpaceByte(out[lo]) { lo += 1 }
                while hi > lo && TextScan.isSpaceByte(out[hi - 1]) { hi -= 1 }
                while lo < hi && isEdge(out[lo]) { lo += 1 }
                while hi > lo && isEdge(out[hi - 1]) { hi -= 1 }
                return (kind, String(decoding: UnsafeBufferPointer(rebasing: out[lo..<hi]), as: UTF8.self))
            }
        }
    }

    /// The ASCII marks of `HeaderRole`'s rest edges (` -–—|:,/`).
    @inline(__always) private static func isEdge(_ x: UInt8) -> Bool {
        x == 0x20 || x == 0x2D || x == 0x7C || x == 0x3A || x == 0x2C || x == 0x2F
    }

    /// Whether a kind label's rest names an organisation (`Kimberley Process Civil Society Coalition`,
    /// `Goldline plc`): it starts with a capital, ends no sentence, has ten words at most, and its words in
    /// lower case are joining words or legal forms.
    static func isName(_ rest: String) -> Bool? {
        if FastPaths.off { return nil }
        var copy = rest
        return copy.withUTF8 { b -> Bool? in
            guard !b.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            guard let first = b.first, ASCII.isUpper(first), !TextScan.endsSentence(rest) else { return false }
            var words = 0
            var i = 0
            while let word = TextScan.nextWord(in: b, from: i) {
                words += 1
                if words > 10 { return false }
                if ASCII.isLower(b[word.lowerBound]) {
                    let f = Fold.line(bytes: UnsafeBufferPointer(rebasing: b[word]))
                    if !ReleaseLexicon.nameJoiners.contains(f) && !ReleaseLexicon.organizationWords.contains(f) { return false }
                }
                i = word.upperBound
            }
            return true
        }
    }
}
