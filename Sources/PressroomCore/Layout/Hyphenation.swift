import Foundation
import Synchronization

/// What a document itself says about its hyphenated words: which compounds it prints with a hyphen
/// (`KP-certified`) and which words it prints whole. Line-end hyphens are judged from this first.
struct HyphenationEvidence: Sendable {
    /// Lower-cased words printed with an inner hyphen, inside a line (`kp-certified`).
    var compounds: Set<String> = []
    /// Compounds without their hyphens (`kpcertified`) → the compound (`kp-certified`).
    var joinedCompounds: [String: String] = [:]
    /// The document's lines, lower-cased, one per line, made on the first look-up (most documents never
    /// look a word up); present only when some line ends with a hyphen. Searching it beats indexing every
    /// word of every document.
    private var lowered: LoweredLines?

    init() {}

    /// Collects evidence from every printed line. `lineEndHyphensJudged`: false for styles whose
    /// line-end hyphens are always kept (typed text, markdown), which never look words up.
    init(lines: [String], lineEndHyphensJudged: Bool = true) {
        if lineEndHyphensJudged && lines.contains(where: { $0.utf8.last == 0x2D }) { lowered = LoweredLines(lines: lines) }
        for line in lines { collectCompounds(line) }
    }

    /// The evidence of the lines of `blocks`, without gathering the lines into one array first.
    init(blocks: [LayoutBlock], lineEndHyphensJudged: Bool) {
        if lineEndHyphensJudged && Self.hasLineEndHyphen(blocks) {
            lowered = LoweredLines(blocks: blocks)
        }
        for block in blocks {
            // (Each line's text read alone: binding the whole line would copy both of its strings.)
            let lines = block.lines
            for k in lines.indices { collectCompounds(lines[k].text) }
        }
    }

    /// Whether a line of `blocks` ends with `-`: read on each line's bytes, by index (no line copied, no
    /// generic `utf8.last`).
    static func hasLineEndHyphen(_ blocks: [LayoutBlock]) -> Bool {
        for b in blocks.indices {
            for l in blocks[b].lines.indices where TextScan.withBytes(blocks[b].lines[l].text, { $0.last == 0x2D }) { return true }
        }
        return false
    }

    /// Records the hyphenated words printed inside `line` (not the one cut at its end).
    private mutating func collectCompounds(_ line: String) {
        guard TextScan.hasByte(line, 0x2D) else { return }
        // Plain ASCII: tokens, cores and lower case on bytes, with no Substring per token.
        let done: Bool = TextScan.withBytes(line) { b in
            var high: UInt8 = 0
            for x in b { high |= x }
            guard high < 0x80 else { return false }
            var i = 0
            let n = b.count
            while let word = TextScan.nextWord(in: b, from: i) {
                let start = word.lowerBound
                i = word.upperBound
                guard TextScan.hasByte(UnsafeBufferPointer(rebasing: b[word]), 0x2D) else { continue }
                var end = i
                // The last token's line-end hyphen is no compound.
                var rest = i
                while rest < n && b[rest] == 0x20 { rest += 1 }
                if rest == n && b[end - 1] == 0x2D { continue }
                // `core`: from the first letter or digit to the last letter, digit or hyphen.
                @inline(__always) func isAlnum(_ x: UInt8) -> Bool { ASCII.isLetter(x) || ASCII.isDigit(x) }
                var s = start
                while s < end && !isAlnum(b[s]) { s += 1 }
                while end > s && !(isAlnum(b[end - 1]) || b[end - 1] == 0x2D) { end -= 1 }
                guard s < end, b[s] != 0x2D, b[end - 1] != 0x2D else { continue }
                let lower = String(unsafeUninitializedCapacity: end - s) { out in
                    for k in s..<end { let x = b[k]; out[k - s] = ASCII.lowered(x) }
                    return end - s
                }
                var joinedCount = 0
                for k in s..<end where b[k] != 0x2D { joinedCount += 1 }
                let joined = String(unsafeUninitializedCapacity: joinedCount) { out in
                    var m = 0
                    for k in s..<end where b[k] != 0x2D { let x = b[k]; out[m] = ASCII.lowered(x); m += 1 }
                    return m
                }
                compounds.insert(lower)
                joinedCompounds[joined] = lower
            }
            return true
        }
        if done { return }
        // Cut at space bytes: a Character-by-Character split was most of this function's cost.
        let tokens = line.utf8.split(separator: 0x20).map { Substring($0) }
        for (i, raw) in tokens.enumerated() where TextScan.hasByte(raw, 0x2D) {
            if i == tokens.count - 1 && raw.hasSuffix("-") { continue }
            let lower = Self.core(raw).lowercased()
            guard !lower.isEmpty, !lower.hasSuffix("-"), !lower.hasPrefix("-") else { continue }
            compounds.insert(lower)
            joinedCompounds[String(decoding: lower.utf8.filter { $0 != 0x2D }, as: UTF8.self)] = lower
        }
    }

    /// True when the document prints `word` (lower case) as a whole word somewhere, or as a part of a
    /// hyphenated compound, other than cut at a line end.
    func hasWord(_ word: String) -> Bool {
        guard !word.isEmpty, let lowered = lowered?.bytes, !lowered.isEmpty else { return false }
        var word = word
        return word.withUTF8 { w in
            lowered.withUnsafeBufferPointer { u in
                @inline(__always) func isWordByte(_ b: UInt8?) -> Bool {
                    guard let b else { return false }
                    return (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
                }
                let n = u.count
                var from = 0
                while let at = Self.nextOccurrence(of: w, in: u, from: from) {
                    let end = at + w.count
                    let before: UInt8? = at > 0 ? u[at - 1] : nil
                    let after: UInt8? = end < n ? u[end] : nil
                    // Not inside a longer word, and not the piece before a line-end hyphen.
                    if !isWordByte(before) && !isWordByte(after) && !(after == 0x2D && (end + 1 == n || u[end + 1] == 0x0A)) {
                        // Nor the piece after a line-end hyphen (`pay-` / `ments`).
                        if let b = before, b == 0x0A, at > 1 {
                            if u[at - 2] != 0x2D { return true }
                        } else {
                            return true
                        }
                    }
                    from = end
                }
                return false
            }
        }
    }

    /// `TextScan.offset(of: w, in: u, from: from)`, found by the rarest byte of `w` in English text rather than its
    /// first: `memchr` then stops at far fewer candidates (`c` of `community` is everywhere in a document, `y` much
    /// less). Candidates come in the order of their start, so the first match is the first occurrence.
    static func nextOccurrence(of w: UnsafeBufferPointer<UInt8>, in u: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        if FastPaths.off { return TextScan.offset(of: w, in: u, from: from) }
        let nc = w.count
        guard nc > 0, let hb = u.baseAddress, let wb = w.baseAddress, u.count - from >= nc else { return nil }
        let rarity = byteRarity
        var k = 0
        for j in 1..<nc where rarity[Int(wb[j])] > rarity[Int(wb[k])] { k = j }
        let anchor = Int32(wb[k])
        // The anchor of an occurrence at `at` stands at `at + k`; the last possible occurrence starts at `last`.
        let last = u.count - nc
        var i = from + k
        while i <= last + k, let hit = memchr(hb + i, anchor, last + k - i + 1) {
            let at = hb.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - k
            if memcmp(hb + at, wb, nc) == 0 { return at }
            i = at + k + 1
        }
        return nil
    }

    /// How rare each byte is in lower-cased English text, roughly: letters by their frequency (`e` commonest),
    /// any other byte (digits, punctuation, bytes beyond ASCII) rarer than every letter, but the space and the
    /// newline commonest of all.
    private static let byteRarity: [UInt8] = {
        var rarity = [UInt8](repeating: 40, count: 256)
        for (k, letter) in "etaoinsrhldcumfpgwybvkxjqz".utf8.enumerated() { rarity[Int(letter)] = UInt8(k + 1) }
        rarity[0x20] = 0
        rarity[0x0A] = 0
        return rarity
    }()

    /// `raw` without surrounding punctuation and quotes (hyphens inside kept, a trailing hyphen kept).
    static func core<S: StringProtocol>(_ raw: S) -> String {
        if !FastPaths.off, let quick = TextScan.withBytes(raw, coreASCII) { return quick }
        return corePlain(raw)
    }

    /// `core` of ASCII bytes without a CR (each byte a character: letters and digits are the ASCII ones); nil
    /// for any other text.
    private static func coreASCII(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        for x in b where x >= 0x80 || x == 0x0D { return nil }
        guard let start = b.firstIndex(where: { ASCII.isLetterOrDigit($0) }),
              let end = b.lastIndex(where: { ASCII.isLetterOrDigit($0) || $0 == 0x2D }), start <= end else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: b[start...end]), as: UTF8.self)
    }

    /// The definition `core` keeps to.
    static func corePlain<S: StringProtocol>(_ raw: S) -> String {
        guard let start = raw.firstIndex(where: { $0.isLetter || $0.isNumber }) else { return "" }
        guard let end = raw.lastIndex(where: { $0.isLetter || $0.isNumber || $0 == "-" }) else { return "" }
        guard start <= end else { return "" }
        return String(raw[start...end])
    }

    /// Whether the hyphen in `left-` + `right` (printed at a line end) belongs to the word.
    /// `left` is the whole token before the hyphen (`KP`, `organi`), `right` the token after it.
    func keepsHyphen(left: String, right: String) -> Bool {
        let coreLeft = Self.core(left), coreRight = Self.core(right)
        let l = coreLeft.lowercased()
        let r = coreRight.lowercased()
        guard let lastLeft = l.last, let firstRight = coreRight.first else { return true }
        // The document prints the compound elsewhere, or the joined word.
        if compounds.contains(l + "-" + r) { return true }
        if hasWord(l + r) { return false }
        // Capitals and digits next to the hyphen: `KP-certified`, `COVID-19`, `pre-2020`.
        if lastLeft.isNumber || firstRight.isNumber || firstRight.isUppercase { return true }
        if let lastLeftOrig = coreLeft.last, lastLeftOrig.isUppercase { return true }
        let leftPart = String(l.split(separator: "-").last ?? Substring(l))
        if ReleaseLexicon.hyphenPrefixes.contains(leftPart) { return true }
        let rightPart = String(r.split(separator: "-").first ?? Substring(r))
        if ReleaseLexicon.hyphenSuffixes.contains(rightPart) { return true }
        // Both halves are words this document uses on their own: a compound (`community-run`).
        if leftPart.count >= 3, rightPart.count >= 3, hasWord(leftPart), hasWord(rightPart) { return true }
        // No evidence in the document: a dictionary, where one is installed.
        if let keep = WordList.keepsHyphen(left: leftPart, right: rightPart) { return keep }
        // An inner hyphen already (`Kamau-Otie-` + `no` would be odd; `sous-ré-` likewise): a split.
        return false
    }
}

/// Joins printed lines into one paragraph: single spaces, line-end hyphens repaired.
enum Reflow {
    /// `lines` as one paragraph. `keepLineEndHyphens`: the style never splits words at line ends
    /// (typed text wrapped at spaces), so a line-end hyphen is part of the word.
    static func join(_ lines: [String], evidence: HyphenationEvidence, keepLineEndHyphens: Bool) -> String {
        if lines.count == 1 { return TextScan.collapse(lines[0]) }
        // The paragraph is written as bytes into one buffer and made a String once: appending String to
        // String line by line cost more than the lines' bytes.
        var out: [UInt8] = []
        out.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 1 })
        for raw in lines {
            let line = TextScan.collapse(raw)
            if line.isEmpty { continue }
            if out.isEmpty { appendBytes(of: line, to: &out); continue }
            let n = out.count
            if out[n - 1] == 0x2D, n >= 2 {
                guard let splits = splitsWordQuickly(out, line) else {
                    // Characters next to the hyphen that are not lone ASCII bytes: the same step on Strings.
                    var text = String(decoding: out, as: UTF8.self)
                    if joinAcrossHyphen(&text, line, evidence: evidence, keepLineEndHyphens: keepLineEndHyphens) {
                        out = Array(text.utf8)
                        continue
                    }
                    out.append(0x20)
                    appendBytes(of: line, to: &out)
                    continue
                }
                if splits {
                    // The last word before the hyphen (cut at space bytes, as `TextScan.lastWord`).
                    var start = n - 1
                    while start > 0 && !TextScan.isSpaceByte(out[start - 1]) { start -= 1 }
                    let leftWord = out.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<(n - 1)]), as: UTF8.self) }
                    let rightWord = TextScan.firstWord(line)
                    if !(keepLineEndHyphens || evidence.keepsHyphen(left: leftWord, right: String(rightWord))) {
                        out.removeLast()
                    }
                    appendBytes(of: line, to: &out)
                    continue
                }
            }
            // Chinese and Japanese are written without spaces between words, so a line end between two of their
            // characters is no word space (CSS Text's segment-break rule: a break between two East Asian wide
            // characters other than Hangul is removed). Only a line ending in a byte beyond ASCII is asked.
            if out[n - 1] >= 0x80, Self.joinsWithoutSpace(out, line) {
                appendBytes(of: line, to: &out)
                continue
            }
            out.append(0x20)
            appendBytes(of: line, to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `line`'s bytes appended to `out` through a buffer pointer (appending its `utf8` view goes a byte at a time).
    @inline(__always) static func appendBytes(of line: String, to out: inout [UInt8]) {
        TextScan.withBytes(line) { out.append(contentsOf: $0) }
    }

    /// `lines` joined by single spaces, as `joined(separator: " ")` does, but with none between two Chinese or
    /// Japanese characters (a headline or standfirst wrapped over printed lines).
    static func spaced(_ lines: [String]) -> String {
        if lines.count <= 1 { return lines.first ?? "" }
        var out: [UInt8] = []
        out.reserveCapacity(lines.reduce(lines.count) { $0 + $1.utf8.count })
        for line in lines {
            if let last = out.last, !(last >= 0x80 && joinsWithoutSpace(out, line)) { out.append(0x20) }
            appendBytes(of: line, to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether the last character of `out` and the first of `line` are both Chinese or Japanese (ideographs,
    /// kana, their punctuation, full-width forms): the line end between them is no space. Hangul is not among
    /// them (Korean spaces its words).
    static func joinsWithoutSpace(_ out: [UInt8], _ line: String) -> Bool {
        var lead = out.count - 1
        while lead > 0, lead > out.count - 4, out[lead] & 0xC0 == 0x80 { lead -= 1 }
        let last = out.withUnsafeBufferPointer { TextScan.scalar(in: $0, at: lead) }
        guard lead + last.width == out.count, isWideCJK(last.value) else { return false }
        return TextScan.withBytes(line) { b -> Bool in
            guard let f = b.first, f >= 0xE3 else { return false }
            return isWideCJK(TextScan.scalar(in: b, at: 0).value)
        }
    }

    /// CJK symbols and punctuation, hiragana, katakana, CJK ideographs (extension A, the unified block,
    /// compatibility ideographs) and full-width forms.
    static func isWideCJK(_ v: UInt32) -> Bool {
        (0x3000...0x30FF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFFEF).contains(v) || (0x20000...0x3FFFF).contains(v)
    }

    /// Whether the hyphen ending `out` stands between a letter or digit and `line` starting with one (a word
    /// cut at the line end), decided on bytes when both characters are lone ASCII bytes; nil otherwise.
    static func splitsWordQuickly(_ out: [UInt8], _ line: String) -> Bool? {
        if FastPaths.off { return nil }
        @inline(__always) func isAlnum(_ x: UInt8) -> Bool { ASCII.isLetter(x) || ASCII.isDigit(x) }
        let n = out.count
        let before = out[n - 2]
        // (Non-ASCII next to either character may join it into a longer one: the characters decide.)
        guard before < 0x80, n < 3 || out[n - 3] < 0x80 else { return nil }
        return TextScan.withBytes(line) { b -> Bool? in
            guard let f = b.first, f < 0x80, b.count < 2 || b[1] < 0x80 else { return nil }
            return isAlnum(before) && isAlnum(f)
        }
    }

    /// Whether the hyphen ending `text` stands between a letter or digit and `line` opening with one, on
    /// Characters: the definition `splitsWordQuickly` agrees with.
    static func splitsWordPlain(_ text: String, _ line: String) -> Bool {
        text.dropLast().last.map { $0.isLetter || $0.isNumber } == true
            && TextScan.firstWord(line).first.map { $0.isLetter || $0.isNumber } == true
    }

    /// `line` joined to `out` (which ends in a hyphen) when the hyphen cuts a word, the hyphen kept or
    /// dropped; false (nothing done) when it does not.
    private static func joinAcrossHyphen(_ out: inout String, _ line: String, evidence: HyphenationEvidence,
                                         keepLineEndHyphens: Bool) -> Bool {
        guard splitsWordPlain(out, line) else { return false }
        let beforeHyphen = out.dropLast()
        let leftWord = TextScan.lastWord(beforeHyphen)
        let rightWord = TextScan.firstWord(line)
        if !(keepLineEndHyphens || evidence.keepsHyphen(left: String(leftWord), right: String(rightWord))) {
            out.removeLast()
        }
        out += line
        return true
    }

    /// The bytes of `TextScan.lowercased(text)`, made in one pass, eight bytes at a time over plain ASCII, when
    /// every character beyond ASCII is a Latin-1 letter or sign (`C3 …`) or general punctuation (`E2 80–81 …`:
    /// quotes, dashes, bullets, which have no case), as in most paragraphs; nil for any other text. Those are
    /// the cases `TextScan.lowercased` maps by bytes itself: the output is as long as the input.
    static func lowercasedBytes(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        if FastPaths.off { return nil }
        guard let src = b.baseAddress else { return [] }
        let n = b.count
        var ok = true
        let out = [UInt8](unsafeUninitializedCapacity: n) { out, count in
            count = 0
            guard let dst = out.baseAddress else { return }
            var i = 0
            while i < n {
                if i &+ 8 <= n {
                    let x = ByteLanes.load(UnsafeRawPointer(src + i))
                    if ByteLanes.highLanes(x) == 0 {
                        UnsafeMutableRawPointer(dst + i).storeBytes(of: ByteLanes.asciiLowered(x), as: UInt64.self)
                        i &+= 8
                        continue
                    }
                }
                let x = src[i]
                if x < 0x80 {
                    dst[i] = ASCII.lowered(x)
                    i &+= 1
                } else if x == 0xC3, i &+ 1 < n {
                    // Latin-1 capitals (C3 80–9E but for ×) are their small letters plus 0x20.
                    let y = src[i + 1]
                    dst[i] = 0xC3
                    dst[i + 1] = y >= 0x80 && y <= 0x9E && y != 0x97 ? y + 0x20 : y
                    i &+= 2
                } else if x == 0xE2, i &+ 2 < n, src[i + 1] == 0x80 || src[i + 1] == 0x81 {
                    dst[i] = x
                    dst[i + 1] = src[i + 1]
                    dst[i + 2] = src[i + 2]
                    i &+= 3
                } else {
                    ok = false
                    return
                }
            }
            count = n
        }
        return ok ? out : nil
    }

    /// `Array(TextScan.lowercased(text).utf8)`: through `lowercasedBytes` where it answers.
    static func lowercasedBytes(_ text: String) -> [UInt8] {
        if let quick = TextScan.withBytes(text, { lowercasedBytes($0) }) { return quick }
        return Array(TextScan.lowercased(text).utf8)
    }

    /// pdftotext removes every line-end hyphen, real ones too (`KP-` + `certified` → `KPcertified`):
    /// puts back the hyphen of words the document prints hyphenated elsewhere.
    static func restoreHyphens(_ text: String, evidence: HyphenationEvidence) -> String {
        let joinedToCompound = evidence.joinedCompounds
        guard !joinedToCompound.isEmpty else { return text }
        // Whether the paragraph holds any of the joined forms: searched in its lower-cased bytes (no String made).
        let lowered = lowercasedBytes(text)
        let holdsJoined = lowered.withUnsafeBufferPointer { u in
            joinedToCompound.keys.contains { key in TextScan.withBytes(key) { TextScan.offset(of: $0, in: u) != nil } }
        }
        guard holdsJoined else { return text }
        var changed = false
        let tokens = text.split(separator: " ", omittingEmptySubsequences: false).map { token -> Substring in
            guard token.count >= 5, !TextScan.has(token, "-") else { return token }
            let core = HyphenationEvidence.core(token)
            guard let compound = joinedToCompound[core.lowercased()],
                  let range = token.range(of: core) else { return token }
            // Rebuild with the printed capitals: insert hyphens where the compound has them.
            var rebuilt = ""
            var ci = compound.makeIterator()
            for ch in core {
                if let expected = ci.next(), expected == "-" {
                    rebuilt.append("-")
                    _ = ci.next()
                }
                rebuilt.append(ch)
            }
            changed = true
            return Substring(String(token[..<range.lowerBound]) + rebuilt + String(token[range.upperBound...]))
        }
        return changed ? tokens.joined(separator: " ") : text
    }
}

/// A document's lines joined with newlines and lower-cased (as bytes), made once, on first use (a look-up), and
/// shared by copies of the evidence.
final class LoweredLines: Sendable {
    private enum Source: Sendable {
        case lines([String])
        case blocks([LayoutBlock])
    }
    private let source: Source
    private let made = Mutex<[UInt8]?>(nil)

    init(lines: [String]) { source = .lines(lines) }
    init(blocks: [LayoutBlock]) { source = .blocks(blocks) }

    /// The bytes of `TextScan.lowercased` of the lines joined with `\n`.
    var bytes: [UInt8] {
        made.withLock { made in
            if let made { return made }
            let bytes: [UInt8]
            switch source {
            case .lines(let lines): bytes = Self.lowered(lines)
            case .blocks(let blocks): bytes = Self.lowered(blocks: blocks)
            }
            made = bytes
            return bytes
        }
    }

    /// The bytes of `TextScan.lowercased(lines.joined(separator: "\n"))`, written once into one buffer (kept
    /// as bytes: the look-ups compare bytes): plain ASCII lines are copied as they are, others lower-cased
    /// through `TextScan.lowercased` (which maps scalar by scalar, so lowering line by line is lowering the
    /// whole), and the ASCII capitals of the whole buffer lowered in one pass at the end.
    static func lowered(_ lines: [String]) -> [UInt8] {
        var out = Joined(capacity: lines.reduce(lines.count) { $0 + $1.utf8.count })
        for line in lines { out.add(line) }
        return out.finish()
    }

    /// `lowered` of the lines of `blocks`, read where they are (no array of the lines made first).
    static func lowered(blocks: [LayoutBlock]) -> [UInt8] {
        var capacity = 0
        for b in blocks.indices {
            for l in blocks[b].lines.indices { capacity += blocks[b].lines[l].text.utf8.count + 1 }
        }
        var out = Joined(capacity: capacity)
        for b in blocks.indices {
            for l in blocks[b].lines.indices { out.add(blocks[b].lines[l].text) }
        }
        return out.finish()
    }

    /// The lines' bytes joined with newlines, lower-cased but for ASCII capitals until `finish`.
    private struct Joined {
        var bytes: [UInt8] = []
        var first = true

        init(capacity: Int) { bytes.reserveCapacity(capacity) }

        mutating func add(_ line: String) {
            if !first { bytes.append(0x0A) }
            first = false
            // A plain ASCII line is copied as it is (its capitals wait for `finish`); the test reads eight bytes
            // at a time.
            let ascii = TextScan.withBytes(line) { b -> Bool in
                guard let base = b.baseAddress else { return true }
                var high: UInt64 = 0
                var i = 0
                while i &+ 8 <= b.count { high |= ByteLanes.load(UnsafeRawPointer(base + i)); i &+= 8 }
                while i < b.count { high |= UInt64(b[i]); i &+= 1 }
                guard ByteLanes.highLanes(high) == 0 else { return false }
                bytes.append(contentsOf: b)
                return true
            }
            // (A lower-cased line beyond ASCII holds no ASCII capital: lowering it again at the end changes nothing.)
            if !ascii { bytes.append(contentsOf: Reflow.lowercasedBytes(line)) }
        }

        /// The bytes with their ASCII capitals lowered, eight at a time (`ByteLanes.lowered` leaves bytes beyond
        /// ASCII as they are).
        mutating func finish() -> [UInt8] {
            bytes.withUnsafeMutableBufferPointer { p in
                guard let base = p.baseAddress else { return }
                var i = 0
                while i &+ 8 <= p.count {
                    let raw = UnsafeMutableRawPointer(base + i)
                    raw.storeBytes(of: ByteLanes.lowered(raw.loadUnaligned(as: UInt64.self)), as: UInt64.self)
                    i &+= 8
                }
                while i < p.count { p[i] = ASCII.lowered(p[i]); i &+= 1 }
            }
            return bytes
        }
    }
}
