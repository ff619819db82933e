import Foundation

/// Builds an `InvertedIndex` on every core: the releases are cut into chunks, each chunk is indexed
/// on its own (its own term table and postings), then the chunks are merged into one sorted
/// dictionary, copying each chunk's postings into place in parallel. Chunks are contiguous runs of
/// documents, so concatenating them in chunk order keeps every postings list sorted.
enum IndexBuilder {
    static let fieldCount = FieldSet.each.count

    static func build(_ releases: [Release]) -> InvertedIndex {
        let n = releases.count
        let chunkSize = max(256, min(4096, (n + 31) / 32))  // ≤ 65,536: documents are 16-bit within a chunk
        let chunkCount = max(1, (n + chunkSize - 1) / chunkSize)
        let chunks = UnsafeMutableBufferPointer<Chunk?>.allocate(capacity: chunkCount)
        chunks.initialize(repeating: nil)
        defer { chunks.deinitialize(); chunks.deallocate() }
        let shared = SendableBuffer(chunks)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { c in
            let range = (c * chunkSize)..<min(n, (c + 1) * chunkSize)
            var chunk = Chunk(base: range.lowerBound, count: range.count)
            for i in range { chunk.add(releases[i], doc: UInt32(i)) }
            chunk.finish()
            shared.buffer[c] = chunk
        }
        var built = chunks.map { $0! }
        for c in 0..<chunkCount { chunks[c] = nil }
        let index = merge(&built, documentCount: n, chunkSize: chunkSize,
                          dates: releases.map { DateQuery.number($0.date) },
                          flags: releases.map(FieldText.flags), embargoes: releases.map(FieldText.embargo))
        built = []
        releaseFreedMemory()
        return index
    }

    /// The chunks' buffers are freed by now: glibc keeps such memory in its heap unless asked to hand
    /// it back (`malloc_trim`, looked up at run time: Swift's Glibc module does not declare it).
    private static func releaseFreedMemory() {
        #if os(Linux)
        typealias Trim = @convention(c) (Int) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
            _ = unsafeBitCast(symbol, to: Trim.self)(0)
        }
        #endif
    }

    /// One chunk of documents, indexed on its own.
    struct Chunk: Sendable {
        let base: Int
        var table = TermTable()
        var tokenizer = Tokenizer()
        /// Postings in document order, all fields together: key (local term × 8 + field), document
        /// (relative to `base`: a chunk holds at most 65,536 documents), tf.
        private var postKeys: [UInt32] = []
        private var postDocsAll: [UInt16] = []
        private var postTfsAll: [UInt8] = []
        /// After `finish`, per field: postings grouped by local term (documents ascending, relative to
        /// `base`) and their counts. Two bytes a document keep the build's transient memory small.
        var postDocs: [[UInt16]] = []
        var postTfs: [[UInt8]] = []
        var termCounts: [[UInt32]] = []
        var lengths: [[UInt32]]
        /// The body's word stream per document: local term id + 1 as LEB128 varints, 0 between
        /// paragraphs. Local ids are given in order of first appearance, so common words take one byte.
        var forward: [UInt8] = []
        /// End of each document's stream in `forward`.
        var forwardEnds: [UInt32] = []
        private var tf: [UInt32] = []
        private var touched: [UInt32] = []

        init(base: Int, count: Int) {
            self.base = base
            lengths = Array(repeating: Array(repeating: 0, count: count), count: fieldCount)
        }

        mutating func add(_ r: Release, doc: UInt32) {
            // The tokenizer is taken out while its callback updates the rest of the chunk.
            var tokenizer = Tokenizer()
            swap(&tokenizer, &self.tokenizer)
            defer { swap(&tokenizer, &self.tokenizer) }
            for field in 0..<fieldCount {
                var length = 0
                let isBody = field == FieldSet.body.index
                for text in FieldText.texts(r, field: field) {
                    length += tokenizer.scan(text) { bytes, _, _, role in
                        let id = count(bytes)
                        if isBody && role == .part { appendVarint(id + 1) }
                    }
                    if isBody { forward.append(0) }
                }
                if isBody { forwardEnds.append(UInt32(forward.count)) }
                for var extra in FieldText.extraTerms(r, field: field) {
                    _ = extra.withUTF8 { count($0) }
                }
                lengths[field][Int(doc) - base] = UInt32(length)
                for id in touched {
                    postKeys.append(id << 3 | UInt32(field))
                    postDocsAll.append(UInt16(Int(doc) - base))
                    postTfsAll.append(UInt8(min(255, tf[Int(id)])))
                    tf[Int(id)] = 0
                }
                touched.removeAll(keepingCapacity: true)
            }
        }

        @discardableResult
        private mutating func count(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
            let id = Int(table.intern(bytes))
            if id >= tf.count { tf.append(contentsOf: repeatElement(0, count: id + 1 - tf.count + 4096)) }
            if tf[id] == 0 { touched.append(UInt32(id)) }
            tf[id] += 1
            return UInt32(id)
        }

        private mutating func appendVarint(_ value: UInt32) {
            var v = value
            while v >= 0x80 {
                forward.append(UInt8(v & 0x7F) | 0x80)
                v >>= 7
            }
            forward.append(UInt8(v))
        }

        /// Groups the postings by field and term (a counting sort, stable, so documents stay ascending).
        mutating func finish() {
            let terms = table.count
            let keys = terms << 3
            var counts = [Int](repeating: 0, count: keys)
            for k in postKeys { counts[Int(k)] += 1 }
            // Each field's postings in one array, terms in id order.
            var cursor = [Int](repeating: 0, count: keys)
            var fieldTotals = [Int](repeating: 0, count: fieldCount)
            for field in 0..<fieldCount {
                var sum = 0
                for t in 0..<terms {
                    cursor[t << 3 | field] = sum
                    sum += counts[t << 3 | field]
                }
                fieldTotals[field] = sum
            }
            postDocs = fieldTotals.map { [UInt16](repeating: 0, count: $0) }
            postTfs = fieldTotals.map { [UInt8](repeating: 0, count: $0) }
            for field in 0..<fieldCount {
                postDocs[field].withUnsafeMutableBufferPointer { docs in
                    postTfs[field].withUnsafeMutableBufferPointer { tfs in
                        for k in 0..<postKeys.count where Int(postKeys[k]) & 7 == field {
                            let key = Int(postKeys[k])
                            docs[cursor[key]] = postDocsAll[k]
                            tfs[cursor[key]] = postTfsAll[k]
                            cursor[key] += 1
                        }
                    }
                }
            }
            termCounts = (0..<fieldCount).map { field in (0..<terms).map { UInt32(counts[$0 << 3 | field]) } }
            // The stream is kept as the index's: drop the spare capacity its growth left.
            forward = forward.withUnsafeBufferPointer { Array($0) }
            postKeys = []
            postDocsAll = []
            postTfsAll = []
            tf = []
            touched = []
        }
    }

    /// Merges the chunks' dictionaries into one sorted dictionary and their postings into one array per field.
    static func merge(_ chunks: inout [Chunk], documentCount n: Int, chunkSize: Int, dates: [UInt32],
                      flags: [UInt8], embargoes: [UInt32]) -> InvertedIndex {
        // 1. One table of every term, then its order by bytes.
        var global = TermTable(capacity: chunks.map(\.table.count).max() ?? 16)
        var localToGlobal: [[Int]] = []
        for chunk in chunks {
            var map = [Int](repeating: 0, count: chunk.table.count)
            chunk.table.bytes.withUnsafeBufferPointer { all in
                for l in 0..<chunk.table.count {
                    let s = Int(chunk.table.starts[l]), e = Int(chunk.table.starts[l + 1])
                    map[l] = Int(global.intern(UnsafeBufferPointer(rebasing: all[s..<e])))
                }
            }
            localToGlobal.append(map)
        }
        let termCount = global.count
        let order: [Int] = global.bytes.withUnsafeBufferPointer { all in
            let starts = global.starts
            return (0..<termCount).sorted { a, b in
                let sa = Int(starts[a]), ea = Int(starts[a + 1]), sb = Int(starts[b]), eb = Int(starts[b + 1])
                let m = min(ea - sa, eb - sb)
                var k = 0
                while k < m {
                    let x = all[sa + k], y = all[sb + k]
                    if x != y { return x < y }
                    k += 1
                }
                return ea - sa < eb - sb
            }
        }
        var rank = [Int](repeating: 0, count: termCount)
        for (r, g) in order.enumerated() { rank[g] = r }
        var termBytes: [UInt8] = []
        termBytes.reserveCapacity(global.bytes.count)
        var termStarts: [UInt32] = [0]
        termStarts.reserveCapacity(termCount + 1)
        for g in order {
            termBytes.append(contentsOf: global.term(g))
            termStarts.append(UInt32(termBytes.count))
        }
        let localToSorted = localToGlobal.map { $0.map { rank[$0] } }

        // 2. Per field: where each chunk's postings of each term go, then copy them in parallel.
        var fields: [InvertedIndex.FieldPostings] = []
        for field in 0..<fieldCount {
            var offsets = [UInt32](repeating: 0, count: termCount + 1)
            for (c, chunk) in chunks.enumerated() {
                let map = localToSorted[c]
                for (l, count) in chunk.termCounts[field].enumerated() where count > 0 {
                    offsets[map[l] + 1] += count
                }
            }
            for t in 0..<termCount { offsets[t + 1] += offsets[t] }
            let total = Int(offsets[termCount])
            var running = offsets.map(Int.init)
            var starts: [[Int]] = []
            for (c, chunk) in chunks.enumerated() {
                let map = localToSorted[c]
                var s = [Int](repeating: 0, count: chunk.termCounts[field].count)
                for (l, count) in chunk.termCounts[field].enumerated() where count > 0 {
                    s[l] = running[map[l]]
                    running[map[l]] += Int(count)
                }
                starts.append(s)
            }
            let chunkStarts = starts
            let sources = chunks
            // Every slot is written below exactly once; not zero-filling first saves touching the memory twice.
            var tfs = [UInt8](unsafeUninitializedCapacity: total) { _, count in count = total }
            let docs = [UInt32](unsafeUninitializedCapacity: total) { dst, count in
                count = total
                tfs.withUnsafeMutableBufferPointer { tdst in
                    let d = SendableBuffer(dst), t = SendableBuffer(tdst)
                    DispatchQueue.concurrentPerform(iterations: sources.count) { c in
                        let chunk = sources[c]
                        let counts = chunk.termCounts[field]
                        let srcDocs = chunk.postDocs[field], srcTfs = chunk.postTfs[field]
                        let base = UInt32(chunk.base)
                        var from = 0
                        for l in 0..<counts.count {
                            let k = Int(counts[l])
                            guard k > 0 else { continue }
                            let to = chunkStarts[c][l]
                            for i in 0..<k {
                                d.buffer[to + i] = base + UInt32(srcDocs[from + i])
                                t.buffer[to + i] = srcTfs[from + i]
                            }
                            from += k
                        }
                    }
                }
            }
            // This field's chunk postings are copied: free them before the next field's.
            for c in chunks.indices {
                chunks[c].postDocs[field] = []
                chunks[c].postTfs[field] = []
            }
            var lengths: [UInt32] = []
            lengths.reserveCapacity(n)
            for chunk in chunks { lengths.append(contentsOf: chunk.lengths[field]) }
            let average = n == 0 ? 1 : max(1, Double(lengths.reduce(0) { $0 + Int($1) }) / Double(n))
            fields.append(InvertedIndex.FieldPostings(offsets: offsets, docs: docs, tfs: tfs,
                                                      lengths: lengths, averageLength: average))
        }
        // 3. The body's word streams, as the chunks built them, and each chunk's local-to-dictionary map.
        var ends: [UInt32] = []
        ends.reserveCapacity(n)
        for chunk in chunks { ends.append(contentsOf: chunk.forwardEnds) }
        let body = ForwardIndex(streams: chunks.map(\.forward), ends: ends, chunkSize: chunkSize,
                                chunkTerms: localToSorted.map { $0.map { UInt32($0) } })
        var index = InvertedIndex(termBytes: termBytes, termStarts: termStarts, fields: fields, dates: dates,
                                  flags: flags, embargoes: embargoes, documentCount: n, body: body)
        index.computeInitials()
        return index
    }
}

/// A buffer that concurrent iterations write at disjoint indices.
struct SendableBuffer<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T>
    init(_ buffer: UnsafeMutableBufferPointer<T>) { self.buffer = buffer }
}
