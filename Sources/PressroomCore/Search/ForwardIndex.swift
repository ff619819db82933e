import Foundation

/// Each document's body as its word stream, for phrases: the postings say which documents hold all
/// of a phrase's words, and this says whether they stand together, without reading the text again.
///
/// A document's stream is the term ids of its words in order, as LEB128 varints, 0 between
/// paragraphs (a phrase never spans two). Ids are those of the document's build chunk, given in
/// order of first appearance: common words come first and take one byte, so the streams hold about
/// 1.5 bytes a word. `chunkTerms` maps them to the dictionary.
struct ForwardIndex: Sendable {
    /// Per build chunk, its documents' streams back to back (kept as built: no copy, no second
    /// allocation while the index is merged).
    let streams: [[UInt8]]
    /// End of document `d`'s stream in its chunk's; it starts where the previous document's ends
    /// (or at 0 for a chunk's first document).
    let ends: [UInt32]
    /// Documents per build chunk: document `d` belongs to chunk `d / chunkSize`.
    let chunkSize: Int
    /// Per chunk, its local term ids' dictionary indices.
    let chunkTerms: [[UInt32]]

    var byteCount: Int {
        streams.reduce(0) { $0 + $1.count } + ends.count * 4 + chunkTerms.reduce(0) { $0 + $1.count * 4 }
    }

    /// Document `doc`'s stream range in its chunk's.
    @inline(__always)
    func range(_ doc: Int) -> Range<Int> {
        (doc % chunkSize == 0 ? 0 : Int(ends[doc - 1]))..<Int(ends[doc])
    }

    /// For each chunk, the local ids + 1 (the stream's codes) of `terms` (dictionary indices), or
    /// nil where the chunk lacks one of them.
    func codes(of terms: [Int]) -> [[UInt32]?] {
        chunkTerms.map { map in
            var found = [UInt32?](repeating: nil, count: terms.count)
            for (local, global) in map.enumerated() {
                for (k, t) in terms.enumerated() where Int(global) == t { found[k] = UInt32(local + 1) }
            }
            return found.contains(where: { $0 == nil }) ? nil : found.map { $0! }
        }
    }

    /// True when document `doc`'s body holds `needle` (stream codes of its chunk) consecutively.
    func contains(_ needle: [UInt32], doc: Int) -> Bool {
        let r = range(doc)
        return streams[doc / chunkSize].withUnsafeBufferPointer { s in
            needle.withUnsafeBufferPointer { n in Self.contains(n, in: s, from: r.lowerBound, to: r.upperBound) }
        }
    }

    /// The documents of `docs` (ascending) whose body holds the phrase; `codes` as from `codes(of:)`.
    /// Long lists are split over the cores.
    func matching(_ docs: [Int], codes: [[UInt32]?]) -> [Int] {
        let slices = docs.count >= 4096 ? 8 : 1
        let found = UnsafeMutableBufferPointer<Bool>.allocate(capacity: docs.count)
        found.initialize(repeating: false)
        defer { found.deallocate() }
        let out = SendableBuffer(found)
        DispatchQueue.concurrentPerform(iterations: slices) { slice in
            let lo = docs.count * slice / slices, hi = docs.count * (slice + 1) / slices
            for k in lo..<hi {
                let doc = docs[k]
                guard let needle = codes[doc / chunkSize] else { continue }
                out.buffer[k] = contains(needle, doc: doc)
            }
        }
        return docs.indices.filter { found[$0] }.map { docs[$0] }
    }

    /// Scans one document's stream `s[from..<to]` for `needle`.
    @inline(__always)
    static func contains(_ needle: UnsafeBufferPointer<UInt32>, in s: UnsafeBufferPointer<UInt8>,
                         from: Int, to end: Int) -> Bool {
        let m = needle.count
        guard m > 0 else { return false }
        let first = needle[0]
        if first < 0x80 { return containsFromFirstByte(needle, in: s, from: from, to: end) }
        var i = from
        var matched = 0  // words of the needle matched so far, ending at the previous word
        while i < end {
            let code = Self.code(in: s, at: &i)
            if code == needle[matched] {
                matched += 1
                if matched == m { return true }
            } else if matched > 0 {
                matched = restart(needle, matchedBefore: matched, next: code)
            } else if code == first {
                matched = 1
                if m == 1 { return true }
            }
        }
        return false
    }

    /// `contains` when the first word has a one-byte code (the common words): `memchr` finds its
    /// occurrences (a byte that follows a varint's last byte starts a word), and only the words
    /// after each are decoded, instead of the whole stream.
    static func containsFromFirstByte(_ needle: UnsafeBufferPointer<UInt32>, in s: UnsafeBufferPointer<UInt8>,
                                      from: Int, to end: Int) -> Bool {
        guard let base = s.baseAddress else { return false }
        let first = Int32(needle[0])
        let m = needle.count
        var i = from
        while i < end {
            guard let hit = memchr(base + i, first, end - i) else { return false }
            let p = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            i = p + 1
            if p > from && s[p - 1] >= 0x80 { continue }  // inside a multi-byte varint
            if m == 1 { return true }
            var j = p + 1
            var k = 1
            while k < m && j < end {
                guard Self.code(in: s, at: &j) == needle[k] else { break }
                k += 1
            }
            if k == m { return true }
        }
        return false
    }

    /// The code that starts at `s[i]`, a LEB128 varint (one byte for the common words, more for the rarer),
    /// with `i` moved past it. The stream is the index's own, written whole by `IndexBuilder`: a varint never
    /// runs past its document's end, so no bound is checked here.
    @inline(__always)
    static func code(in s: UnsafeBufferPointer<UInt8>, at i: inout Int) -> UInt32 {
        var code = UInt32(s[i])
        i += 1
        guard code >= 0x80 else { return code }
        code &= 0x7F
        var shift: UInt32 = 7
        while true {
            let b = s[i]
            i += 1
            code |= UInt32(b & 0x7F) << shift
            if b < 0x80 { return code }
            shift += 7
        }
    }

    /// After `matchedBefore` words matched and `next` broke the run: how many needle words now match,
    /// ending at `next` (the longest proper suffix of the run plus `next` that is a needle prefix).
    static func restart(_ needle: [UInt32], matchedBefore: Int, next: UInt32) -> Int {
        needle.withUnsafeBufferPointer { restart($0, matchedBefore: matchedBefore, next: next) }
    }

    static func restart(_ needle: UnsafeBufferPointer<UInt32>, matchedBefore: Int, next: UInt32) -> Int {
        var k = matchedBefore
        while k > 0 {
            // Does needle[matchedBefore - k + 1 ..< matchedBefore] + [next] equal needle[0..<k]?
            let shift = matchedBefore - k + 1
            var ok = needle[k - 1] == next
            var j = 0
            while ok && j < k - 1 {
                if needle[j] != needle[shift + j] { ok = false }
                j += 1
            }
            if ok { return k }
            k -= 1
        }
        return 0
    }
}

