/// The texts the organisation finder reads whole, made once a release and only when a cue asks: the fold of
/// the headline and the body (where `mentions` counts a name), and the short lines of the head and the tail
/// (where an acronym of the issuer is printed alone).

/// The fold of the headline and the body joined by a space, `LineFold.fold(headline, joinedTo: body, …)`,
/// and within it the body's own fold.
///
/// Folding goes scalar by scalar, makes each run of whitespace one space and trims the ends, so the fold of
/// texts joined by spaces is their folds, the empty ones left out, joined by spaces (the argument of
/// `LineFold.fold(_:joinedTo:foldedB:)`): the paragraphs are folded one after another into one buffer, and
/// neither the body joined nor its fold copied behind the headline's is made (~30,000 instructions a release).
/// A text that may hold a combining mark (which folds to nothing, and so can leave a space at an end) takes
/// the definition, `init(headlineFoldedPlain:body:)`.
struct Folds {
    let headlineAndBody: String
    /// The body's fold when made on its own (the definition), else nil: it is then `headlineAndBody` from `bodyOffset`.
    private let bodyFold: String?
    private let bodyOffset: Int

    /// The body's fold (asked for rarely: a domain printed in capitals).
    var body: String {
        bodyFold ?? String(decoding: headlineAndBody.utf8.dropFirst(bodyOffset), as: UTF8.self)
    }

    /// The definition: the body folded whole, the headline's fold joined to it.
    init(headlineFoldedPlain headline: String, body: String) {
        let b = LineFold.fold(body)
        self.init(headlineAndBody: LineFold.fold(headline, joinedTo: body, foldedB: b), bodyFold: b, bodyOffset: 0)
    }

    /// The folds of `headline` and of each of `bodyTexts` written one after another; `allText` (the body joined
    /// by spaces) is asked for only when a text may hold a combining mark.
    init(headline: String, bodyTexts: [String], allText: () -> String) {
        func mayHoldMark(_ s: String) -> Bool { TextScan.hasByte(s, 0xCC) || TextScan.hasByte(s, 0xCD) }
        guard !FastPaths.off, !mayHoldMark(headline), !bodyTexts.contains(where: mayHoldMark) else {
            self.init(headlineFoldedPlain: headline, body: allText())
            return
        }
        var out: [UInt8] = []
        out.reserveCapacity(headline.utf8.count + bodyTexts.reduce(0) { $0 + $1.utf8.count + 1 } + 16)
        func append(_ text: String) {
            let mark = out.count
            if !out.isEmpty { out.append(0x20) }
            let start = out.count
            TextScan.withBytes(text) { src in
                let tabled = LineFold.withTableFold(src, entries: .all) { f -> Bool in
                    guard let f else { return false }
                    out.append(contentsOf: f)
                    return true
                }
                if !tabled { out.append(contentsOf: LineFold.fold(bytes: src).utf8) }
            }
            // An empty fold adds nothing, not even its space.
            if out.count == start { out.removeSubrange(mark...) }
        }
        append(headline)
        let headlineEnd = out.count
        for p in bodyTexts { append(p) }
        self.init(headlineAndBody: String(decoding: out, as: UTF8.self), bodyFold: nil,
                  bodyOffset: out.count == headlineEnd || headlineEnd == 0 ? headlineEnd : headlineEnd + 1)
    }

    private init(headlineAndBody: String, bodyFold: String?, bodyOffset: Int) {
        self.headlineAndBody = headlineAndBody
        self.bodyFold = bodyFold
        self.bodyOffset = bodyOffset
    }
}

/// Whether a word is printed alone among short lines: `" " + word + " "` in `" " + fold(lines joined by
/// spaces) + " "`, where `word` (lower-case, an acronym's letters) holds no space.
///
/// A word without a space found between spaces lies within one line's fold, between spaces there or at its
/// ends; so each line is asked on its own, and a plain ASCII line (whose fold is its runs between whitespace,
/// lowered) without folding it: its runs are compared with the word on bytes. The joined fold, the
/// definition, is made only with the fast paths off or when a line may hold a combining mark.
struct AcronymPlaces {
    /// The groups of lines; only lines of at most 120 bytes are read.
    let lines: [[String]]
    let plain: Bool
    private var joinedFold: String?
    private var mayHoldMark: Bool?

    init(lines: [[String]], plain: Bool) {
        self.lines = lines
        self.plain = plain
    }

    private var shortLines: [String] { lines.flatMap { $0 }.filter { $0.utf8.count <= 120 } }

    mutating func hasWord(_ word: String) -> Bool {
        if mayHoldMark == nil {
            mayHoldMark = plain || lines.contains { $0.contains { l in l.utf8.count <= 120 && (TextScan.hasByte(l, 0xCC) || TextScan.hasByte(l, 0xCD)) } }
        }
        guard mayHoldMark == false else { return hasWordPlain(word) }
        for group in lines {
            for line in group where line.utf8.count <= 120 && Self.line(line, hasWord: word) { return true }
        }
        return false
    }

    /// The definition: the word between spaces in the lines' joined fold.
    mutating func hasWordPlain(_ word: String) -> Bool {
        if joinedFold == nil { joinedFold = " " + LineFold.fold(shortLines.joined(separator: " ")) + " " }
        return TextScan.find(" " + word + " ", in: joinedFold![...]) != nil
    }

    /// Whether `word` is a run of `line`'s fold between spaces (or its ends).
    static func line(_ line: String, hasWord word: String) -> Bool {
        var word = word
        let ascii: Bool? = word.withUTF8 { w in
            TextScan.withBytes(line) { b -> Bool? in
                for c in b where c >= 0x80 { return nil }
                var i = 0
                let n = b.count
                while i < n {
                    if TextScan.isSpaceByte(b[i]) { i += 1; continue }
                    let start = i
                    while i < n && !TextScan.isSpaceByte(b[i]) { i += 1 }
                    guard i - start == w.count else { continue }
                    var k = 0
                    while k < w.count && (b[start + k] &- 0x41 < 26 ? b[start + k] | 0x20 : b[start + k]) == w[k] { k += 1 }
                    if k == w.count { return true }
                }
                return false
            }
        }
        if let ascii { return ascii }
        return TextScan.find(" " + word + " ", in: (" " + LineFold.fold(line) + " ")[...]) != nil
    }
}
