import Foundation

/// The texts the organisation finder reads whole, made once a release and only when a cue asks: the fold of
/// the headline and the body (where `mentions` counts a name), and the short lines of the head and the tail
/// (where an acronym of the issuer is printed alone).

/// The fold of the headline and the body joined by a space, `Fold.line(headline, joinedTo: body, …)`,
/// and within it the body's own fold.
///
/// Folding goes scalar by scalar, makes each run of whitespace one space and trims the ends, so the fold of
/// texts joined by spaces is their folds, the empty ones left out, joined by spaces (the argument of
/// `Fold.line(_:joinedTo:foldedB:)`): the paragraphs are folded one after another into one buffer, and
/// neither the body joined nor its fold copied behind the headline's is made (~30,000 instructions a release).
/// A text that may hold a combining mark (which folds to nothing, and so can leave a space at an end) takes
/// the definition, `init(headlineFoldedPlain:body:)`.
final class Folds {
    /// The fold's bytes: what `mentions` searches (`OrganizationNames.mentions(of:in:)`).
    let bytes: [UInt8]
    /// The body's fold when made on its own (the definition), else nil: it is then `bytes` from `bodyOffset`.
    private let bodyFold: String?
    private let bodyOffset: Int

    /// The fold as a `String`, made when first asked (the definition's plain paths read it; a release whose
    /// mentions are all counted on bytes never makes it, nor checks its bytes again as UTF-8).
    lazy var headlineAndBody: String = String(decoding: bytes, as: UTF8.self)

    /// The body's fold (asked for rarely: a domain printed in capitals).
    var body: String {
        bodyFold ?? String(decoding: bytes[bodyOffset...], as: UTF8.self)
    }

    private init(bytes: [UInt8], text: String?, bodyFold: String?, bodyOffset: Int) {
        self.bytes = bytes
        self.bodyFold = bodyFold
        self.bodyOffset = bodyOffset
        if let text { headlineAndBody = text }
    }

    /// The definition: the body folded whole, the headline's fold joined to it.
    convenience init(headlineFoldedPlain headline: String, body: String) {
        let b = Fold.line(body)
        let text = Fold.line(headline, joinedTo: body, foldedB: b)
        self.init(bytes: Array(text.utf8), text: text, bodyFold: b, bodyOffset: 0)
    }

    /// The folds of `headline` and of each of `bodyTexts` written one after another; `allText` (the body joined
    /// by spaces) is asked for only when a text may hold a combining mark.
    convenience init(headline: String, bodyTexts: [String], allText: () -> String) {
        guard !FastPaths.off, !Self.mayHoldMark(headline), !bodyTexts.contains(where: Self.mayHoldMark) else {
            self.init(headlineFoldedPlain: headline, body: allText())
            return
        }
        var out: [UInt8] = []
        out.reserveCapacity(headline.utf8.count + bodyTexts.reduce(0) { $0 + $1.utf8.count + 1 } + 16)
        Self.appendFold(of: headline, to: &out, after: 0)
        let headlineEnd = out.count
        for p in bodyTexts { Self.appendFold(of: p, to: &out, after: 0) }
        self.init(bytes: out, text: nil, bodyFold: nil,
                  bodyOffset: out.count == headlineEnd || headlineEnd == 0 ? headlineEnd : headlineEnd + 1)
    }

    /// Whether a text may hold a combining mark (U+0300–U+036F, lead byte 0xCC or 0xCD), which folds to nothing.
    static func mayHoldMark(_ s: String) -> Bool { TextScan.hasByte(s, 0xCC) || TextScan.hasByte(s, 0xCD) }

    /// Appends `Fold.line(text)` to `out`, after a space when `out` holds more than `after` bytes; an
    /// empty fold adds nothing, not even its space. (The table fold's bytes are written straight into `out`.)
    static func appendFold(of text: String, to out: inout [UInt8], after: Int) {
        let mark = out.count
        if out.count > after { out.append(0x20) }
        let start = out.count
        TextScan.withBytes(text) { src in
            let tabled = LineFold.withTableFold(src, entries: .all) { f -> Bool in
                guard let f else { return false }
                out.append(contentsOf: f)
                return true
            }
            if !tabled { out.append(contentsOf: Fold.line(bytes: src).utf8) }
        }
        if out.count == start { out.removeSubrange(mark...) }
    }

}

/// Whether a word is printed alone among short lines: `" " + word + " "` in `" " + fold(lines joined by
/// spaces) + " "` (the definition, `hasWordPlain`).
///
/// A word without whitespace found between spaces there lies within one line's fold, between spaces or at
/// its ends, so each line is asked on its own. A plain ASCII line is not folded (its fold is its runs between
/// whitespace, lowered): the word's first letter is looked for with `memchr`, in both cases, and compared at
/// the start of a run. A line beyond ASCII is folded once, when a word is first asked about. A line that may
/// hold a combining mark (which folds to nothing, so that a line's fold may end in a space) sends every
/// question to the definition.
struct AcronymPlaces {
    /// The groups of lines; only lines of at most 120 bytes are read.
    let lines: [[String]]
    let plain: Bool
    /// Each short line, with the bytes of `" " + fold + " "` when it holds a byte beyond ASCII; made when
    /// first asked.
    private var prepared: [(line: String, spacedFold: [UInt8]?)]?
    private var anyMark = false

    init(lines: [[String]], plain: Bool) {
        self.lines = lines
        self.plain = plain
    }

    private mutating func prepare() {
        var out: [(line: String, spacedFold: [UInt8]?)] = []
        out.reserveCapacity(lines.reduce(0) { $0 + $1.count })
        for group in lines {
            for line in group where line.utf8.count <= 120 {
                let ascii = TextScan.withBytes(line) { b in
                    var high: UInt8 = 0
                    for c in b { high |= c }
                    return high < 0x80
                }
                if ascii { out.append((line, nil)); continue }
                // (A combining mark's lead byte is beyond ASCII: only such lines may hold one.)
                if Folds.mayHoldMark(line) { anyMark = true }
                // The fold written between two spaces into one buffer (`Folds.appendFold`), no `String` made.
                var spaced: [UInt8] = [0x20]
                spaced.reserveCapacity(line.utf8.count + 8)
                Folds.appendFold(of: line, to: &spaced, after: Int.max)
                spaced.append(0x20)
                out.append((line, spaced))
            }
        }
        prepared = out
    }

    mutating func hasWord(_ word: String) -> Bool {
        if plain { return hasWordPlain(word) }
        if prepared == nil { prepare() }
        var w = word
        let quick: Bool? = w.withUTF8 { wb -> Bool? in
            guard !anyMark, !wb.isEmpty, !wb.contains(where: TextScan.isSpaceByte) else { return nil }
            var spaced: [UInt8] = [0x20]
            spaced.append(contentsOf: wb)
            spaced.append(0x20)
            for (line, spacedFold) in prepared! {
                if let spacedFold {
                    if spacedFold.withUnsafeBufferPointer({ TextScan.contains($0, spaced) }) { return true }
                } else if Self.asciiLine(line, hasRun: wb) {
                    return true
                }
            }
            return false
        }
        return quick ?? hasWordPlain(word)
    }

    /// Whether a run of the ASCII line between whitespace (or its ends), lowered, is `w` (no whitespace in it).
    static func asciiLine(_ line: String, hasRun w: UnsafeBufferPointer<UInt8>) -> Bool {
        TextScan.withBytes(line) { b -> Bool in
            guard let base = b.baseAddress else { return false }
            let n = b.count, l = w.count
            let first = w[0]
            func runAt(_ p: Int) -> Bool {
                guard p + l <= n, p == 0 || TextScan.isSpaceByte(b[p - 1]), p + l == n || TextScan.isSpaceByte(b[p + l]) else { return false }
                for k in 0..<l where (ASCII.lowered(b[p + k])) != w[k] { return false }
                return true
            }
            // The byte that lowers to the word's first: itself, and its capital for a lower-case letter.
            func found(_ c: UInt8) -> Bool {
                var i = 0
                while i < n, let hit = memchr(base + i, Int32(c), n - i) {
                    let p = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if runAt(p) { return true }
                    i = p + 1
                }
                return false
            }
            return found(first) || ASCII.isLower(first) && found(first - 0x20)
        }
    }

    /// The definition.
    func hasWordPlain(_ word: String) -> Bool {
        let short = lines.flatMap { $0 }.filter { $0.utf8.count <= 120 }
        return TextScan.find(" " + word + " ", in: (" " + Fold.line(short.joined(separator: " ")) + " ")[...]) != nil
    }
}

/// The pairs of letters a vocabulary's words open with, lowered: a word of ASCII bytes whose first two bytes,
/// lowered, are letters that open no word of the vocabulary is not in it, told without hashing it (most words
/// of a line are not in a vocabulary of a hundred words, and the lookup lowers and hashes each).
struct LetterPairs: Sendable {
    /// Bit `26 * a + b` for each word opening with the letters `a`, `b` (0 for `a`).
    private let bits: [UInt64]

    init(_ words: some Sequence<String>) {
        var bits = [UInt64](repeating: 0, count: 11)
        for w in words {
            let u = Array(w.utf8)
            // A word beyond ASCII may be canonically equal to ASCII another way: every pair stays possible.
            if u.contains(where: { $0 >= 0x80 }) { bits = [UInt64](repeating: ~0, count: 11); break }
            guard u.count >= 2, ASCII.isLower(u[0]), ASCII.isLower(u[1]) else { continue }
            let k = 26 * Int(u[0] - 0x61) + Int(u[1] - 0x61)
            bits[k >> 6] |= 1 << UInt64(k & 63)
        }
        self.bits = bits
    }

    /// False only when `b[r]` is two bytes or more whose first two, lowered, are letters that open no word
    /// (a word of the vocabulary that opens otherwise, with a mark, a digit or a byte beyond ASCII, or has one
    /// letter, is never ruled out: the answer is then true).
    @inline(__always) func mayHold(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        guard r.count >= 2 else { return true }
        let c0 = b[r.lowerBound] | 0x20, c1 = b[r.lowerBound + 1] | 0x20
        guard ASCII.isLower(c0), ASCII.isLower(c1) else { return true }
        let k = 26 * Int(c0 - 0x61) + Int(c1 - 0x61)
        return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
    }
}
