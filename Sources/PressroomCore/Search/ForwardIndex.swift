import Foundation

/// Each document's body as its word stream, for phrases: the postings say which documents hold all
/// of a phrase's words, and this says whether they stand together, without reading the text again.
///
/// A document's stream is the term ids of its words in order, as LEB128 varints, 0 between
/// paragraphs (a phrase never spans two). Ids are those of the document's build chunk, given in
/// order of first appearance: common words come first and take one byte, so the streams hold about
/// 1.5 bytes a word. `chunkTerms` maps them to the dictionary.
struct ForwardIndex: Sendable {
    let stream: [UInt8]
    /// Document `d`'s stream is `stream[starts[d]..<starts[d + 1]]`.
    let starts: [UInt32]
    /// Documents per build chunk: document `d` belongs to chunk `d / chunkSize`.
    let chunkSize: Int
    /// Per chunk, its local term ids' dictionary indices.
    let chunkTerms: [[UInt32]]

    var byteCount: Int { stream.count + starts.count * 4 + chunkTerms.reduce(0) { $0 + $1.count * 4 } }

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
        stream.withUnsafeBufferPointer { s in
            needle.withUnsafeBufferPointer { n in
                Self.contains(n, in: s, from: Int(starts[doc]), to: Int(starts[doc + 1]))
            }
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
        let chunkSize = self.chunkSize
        stream.withUnsafeBufferPointer { s in
            starts.withUnsafeBufferPointer { st in
                let stream = UnsafeSendable(s), starts = UnsafeSendable(st)
                DispatchQueue.concurrentPerform(iterations: slices) { slice in
                    let lo = docs.count * slice / slices, hi = docs.count * (slice + 1) / slices
                    for k in lo..<hi {
                        let doc = docs[k]
                        guard let needle = codes[doc / chunkSize] else { continue }
                        out.buffer[k] = needle.withUnsafeBufferPointer { n in
                            Self.contains(n, in: stream.value, from: Int(starts.value[doc]), to: Int(starts.value[doc + 1]))
                        }
                    }
                }
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
        var i = from
        var matched = 0  // words of the needle matched so far, ending at the previous word
        while i < end {
            var code = UInt32(s[i])
            i += 1
            if code >= 0x80 {  // a multi-byte varint (rarer words)
                code &= 0x7F
                var shift: UInt32 = 7
                while true {
                    let b = s[i]
                    i += 1
                    code |= UInt32(b & 0x7F) << shift
                    if b < 0x80 { break }
                    shift += 7
                }
            }
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

/// A pointer read by concurrent iterations (the memory outlives them and is not written).
struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
