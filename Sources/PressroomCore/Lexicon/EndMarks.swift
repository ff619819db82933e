import Foundation

/// End marks (`ENDS`, `-ENDS-`, `###`, `##`, `####`, `-30-`, `FIN`, `FIM`, `Ende`): the test on characters and its byte path.
extension ReleaseLexicon {
    /// True when `line` is an end mark (`ENDS`, `-ENDS-`, `###`, `-30-`, `FIN`, `FIM`, `Ende`).
    static func isEndMark(_ line: String) -> Bool {
        guard line.utf8.count <= 200 else { return false }
        var copy = line
        if copy.withUTF8(cannotBeEndMark) { return false }
        guard TextScan.wordCount(line) <= 4 else { return false }
        if let answer = copy.withUTF8(endMarkASCII) { return answer }
        return isEndMarkPlain(line)
    }

    /// `isEndMark` of a line of four words at most, on Characters: the definition `endMarkASCII` agrees with.
    static func isEndMarkPlain(_ line: String) -> Bool {
        let t = TextScan.trim(line)
        guard !t.isEmpty, t.count <= 16 else { return false }
        if t == "###" || t == "####" || t == "# # #" || t == "##" || t == "***" || t == "* * *" || t == "-o0o-" || t == "oOo" { return true }
        // `-###-`, `– # # # –`: the hashes between dashes.
        let dashless = t.trimming(dashes)
        if dashless != t, dashless == "###" || dashless == "# # #" { return true }
        let core = t.trimming(endMarkPunctuation)
        if core == "30" { return t != "30" }
        switch core.lowercased() {
        case "ends", "end", "fin", "fim", "ende", "end of release", "end of press release", "ends.": return true
        default: return false
        }
    }

    private static let endMarkPunctuation = Set<Character>(" -–—*#_")

    private static let dashes = Set<Character>(" -–—")

    private static let hashForms: [[UInt8]] = ["###", "# # #"].map { Array($0.utf8) }

    /// (`##` is `###` short of a mark, as some issuers print it; `####` one over.)
    private static let endMarkForms: [[UInt8]] = ["###", "####", "# # #", "##", "***", "* * *", "-o0o-", "oOo"].map { Array($0.utf8) }

    private static let endMarkWords: [[UInt8]] = ["ends", "end", "fin", "fim", "ende", "end of release", "end of press release", "ends."].map { Array($0.utf8) }

    /// True when the line certainly is no end mark: past its spaces it holds a character no end mark
    /// has (end marks are ASCII letters, digits, spaces, `.`, `-`, `*`, `#`, `_`, `–` and `—`), or more than
    /// 16 of them. A line whose ends are other characters (which trimming may remove) is not judged here.
    static func cannotBeEndMark(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var lo = 0, hi = b.count
        while lo < hi && TextScan.isSpaceByte(b[lo]) { lo += 1 }
        while hi > lo && TextScan.isSpaceByte(b[hi - 1]) { hi -= 1 }
        guard lo < hi, b[lo] < 0x80, b[hi - 1] < 0x80 else { return false }
        var characters = 0
        var k = lo
        while k < hi {
            let x = b[k]
            if x < 0x80 {
                let allowed = ASCII.isLetter(x) || ASCII.isDigit(x) || x == 0x20 || x == 0x2E || x == 0x2D
                    || x == 0x2A || x == 0x23 || x == 0x5F
                if !allowed { return true }
                k += 1
            } else {
                // Only the en and em dashes (E2 80 93, E2 80 94).
                guard x == 0xE2, k + 2 < hi, b[k + 1] == 0x80, b[k + 2] == 0x93 || b[k + 2] == 0x94 else { return true }
                k += 3
            }
            characters += 1
            if characters > 16 { return true }
        }
        return false
    }

    /// `isEndMark` on the bytes of a plain ASCII line (characters are bytes), nil for any other line.
    static func endMarkASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        if FastPaths.off { return nil }
        for x in b where x >= 0x80 || x == 0x0D { return nil }
        var lo = 0, hi = b.count
        while lo < hi && TextScan.isSpaceByte(b[lo]) { lo += 1 }
        while hi > lo && TextScan.isSpaceByte(b[hi - 1]) { hi -= 1 }
        return endMarkASCII(trimmed: UnsafeBufferPointer(rebasing: b[lo..<hi]))
    }

    /// `endMarkASCII` on the trimmed bytes of a plain ASCII line without CR.
    static func endMarkASCII(trimmed t: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !t.isEmpty, t.count <= 16 else { return false }
        let b = t
        let lo = 0, hi = t.count
        if endMarkForms.contains(where: { $0.elementsEqual(t) }) { return true }
        var dl = lo, dh = hi
        while dl < dh && (b[dl] == 0x20 || b[dl] == 0x2D) { dl += 1 }
        while dh > dl && (b[dh - 1] == 0x20 || b[dh - 1] == 0x2D) { dh -= 1 }
        if dh - dl < hi - lo, hashForms.contains(where: { $0.elementsEqual(b[dl..<dh]) }) { return true }
        @inline(__always) func isMark(_ x: UInt8) -> Bool { x == 0x20 || x == 0x2D || x == 0x2A || x == 0x23 || x == 0x5F }
        var cl = lo, ch = hi
        while cl < ch && isMark(b[cl]) { cl += 1 }
        while ch > cl && isMark(b[ch - 1]) { ch -= 1 }
        let core = b[cl..<ch]
        if core.elementsEqual([0x33, 0x30]) { return !t.elementsEqual([0x33, 0x30]) }
        // Compared in lower case, without building the lowered core.
        return endMarkWords.contains { w in
            w.count == core.count && zip(w, core).allSatisfy { $0 == (ASCII.lowered($1)) }
        }
    }
}
