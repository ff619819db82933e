/// The search index as bytes, for the persistent index (`Index/IndexStore`): its flat arrays copied as they
/// are in memory, each after its element count, so that restoring it is a few large copies instead of
/// tokenising every release again (at 100,000 releases: ~0.2 s against ~6 s on 2 cores).
/// The per-letter `initials` are not stored; they are computed again from the postings.
extension InvertedIndex {
    /// Bump when the index's layout or the tokenizer's output changes: stored indexes of another version
    /// are built again.
    static let storageVersion: UInt64 = 2
    private static let magic: UInt64 = 0x5052_5349_4458_0001  // "PRSIDX"

    func storedBytes() -> [UInt8] {
        var out = StorageWriter()
        out.integer(Self.magic)
        out.integer(Self.storageVersion)
        out.array(termBytes)
        out.array(termStarts)
        out.integer(UInt64(fields.count))
        for f in fields {
            out.array(f.offsets)
            out.array(f.docs)
            out.array(f.tfs)
            out.array(f.lengths)
            out.integer(f.averageLength.bitPattern)
        }
        out.array(dates)
        out.array(flags)
        out.array(embargoes)
        out.integer(UInt64(documentCount))
        out.integer(UInt64(body.streams.count))
        for stream in body.streams { out.array(stream) }
        out.array(body.ends)
        out.integer(UInt64(body.chunkSize))
        out.integer(UInt64(body.chunkTerms.count))
        for terms in body.chunkTerms { out.array(terms) }
        return out.bytes
    }

    /// The index stored by `storedBytes`, or nil when the bytes are not one of this version.
    static func restore(_ bytes: UnsafeRawBufferPointer) -> InvertedIndex? {
        restore(StoredBytes(count: bytes.count) { destination, offset, count in
            destination.copyMemory(from: bytes.baseAddress! + offset, byteCount: count)
            return true
        })
    }

    /// As `restore(_:)`, reading the bytes piece by piece straight into the index's arrays (from SQLite's
    /// incremental blob reads: no copy of the whole).
    static func restore(_ source: StoredBytes) -> InvertedIndex? {
        var r = StorageReader(source)
        guard r.integer() == magic, r.integer() == storageVersion,
              let termBytes = r.array(UInt8.self), let termStarts = r.array(UInt32.self),
              let fieldCount = r.count(limit: 64) else { return nil }
        var fields: [FieldPostings] = []
        for _ in 0..<fieldCount {
            guard let offsets = r.array(UInt32.self), let docs = r.array(UInt32.self), let tfs = r.array(UInt8.self),
                  let lengths = r.array(UInt32.self), let average = r.integer() else { return nil }
            fields.append(FieldPostings(offsets: offsets, docs: docs, tfs: tfs, lengths: lengths,
                                        averageLength: Double(bitPattern: average)))
        }
        guard let dates = r.array(UInt32.self), let flags = r.array(UInt8.self),
              let embargoes = r.array(UInt32.self), let documents = r.integer(),
              let streamCount = r.count(limit: 1 << 24) else { return nil }
        var streams: [[UInt8]] = []
        for _ in 0..<streamCount {
            guard let stream = r.array(UInt8.self) else { return nil }
            streams.append(stream)
        }
        guard let ends = r.array(UInt32.self), let chunkSize = r.integer(), chunkSize > 0,
              let termsCount = r.count(limit: 1 << 24) else { return nil }
        var chunkTerms: [[UInt32]] = []
        for _ in 0..<termsCount {
            guard let terms = r.array(UInt32.self) else { return nil }
            chunkTerms.append(terms)
        }
        guard r.atEnd, Int(documents) == dates.count, embargoes.count == dates.count, termStarts.count >= 1 else { return nil }
        let body = ForwardIndex(streams: streams, ends: ends, chunkSize: Int(chunkSize), chunkTerms: chunkTerms)
        var index = InvertedIndex(termBytes: termBytes, termStarts: termStarts, fields: fields, dates: dates,
                                  flags: flags, embargoes: embargoes, documentCount: Int(documents), body: body)
        index.computeInitials()
        return index
    }
}

extension InvertedIndex {
    /// The part of a stored index that `terms` (folded words, each whole or a prefix) need: a dictionary of
    /// those terms alone (the dictionary ranges they reach) with their postings in every field, and every
    /// document's date and flags. A query over those terms, phrases aside, gives from it what it gives from
    /// the whole index: the postings read are the same ones, and every other term is absent from both the
    /// query and this index. No lengths (no ranking) and no word streams (no phrases). At 100,000 releases a
    /// word reads ~2 MB of a 230 MB index. Nil when the bytes are not an index of this version.
    static func restore(_ source: StoredBytes, onlyFor terms: [(term: String, prefix: Bool)]) -> InvertedIndex? {
        var r = StorageReader(source)
        guard r.integer() == magic, r.integer() == storageVersion,
              let termBytes = r.array(UInt8.self), let termStarts = r.array(UInt32.self), termStarts.count >= 1,
              let fieldCount = r.count(limit: 64) else { return nil }
        let termCount = termStarts.count - 1
        guard Int(termStarts[termCount]) == termBytes.count else { return nil }
        // Where each field's arrays are (they are read below, only where needed).
        struct Place { var offsets: (at: Int, count: Int); var docs: (at: Int, count: Int); var tfs: (at: Int, count: Int) }
        var places: [Place] = []
        for _ in 0..<fieldCount {
            guard let offsets = r.skipArray(UInt32.self), let docs = r.skipArray(UInt32.self),
                  let tfs = r.skipArray(UInt8.self), r.skipArray(UInt32.self) != nil, r.integer() != nil,
                  offsets.count == termCount + 1, tfs.count == docs.count else { return nil }
            places.append(Place(offsets: offsets, docs: docs, tfs: tfs))
        }
        guard let dates = r.array(UInt32.self), let flags = r.array(UInt8.self), let embargoes = r.array(UInt32.self),
              let documents = r.integer(), Int(documents) == dates.count, flags.count == dates.count,
              embargoes.count == dates.count else { return nil }

        // The dictionary ranges the terms reach, merged, in dictionary order.
        let dictionary = InvertedIndex(termBytes: termBytes, termStarts: termStarts, fields: [], dates: [], flags: [],
                                       embargoes: [], documentCount: 0, body: ForwardIndex(streams: [], ends: [], chunkSize: 1, chunkTerms: []))
        var ranges = terms.map { dictionary.terms($0.term, prefix: $0.prefix) }.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for range in ranges {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        ranges = merged

        // The small dictionary.
        var smallBytes: [UInt8] = []
        var smallStarts: [UInt32] = [0]
        for range in ranges {
            smallBytes += termBytes[Int(termStarts[range.lowerBound])..<Int(termStarts[range.upperBound])]
            for t in range { smallStarts.append(UInt32(smallBytes.count) - (termStarts[range.upperBound] - termStarts[t + 1])) }
        }
        // Each field's postings of those terms.
        var fields: [FieldPostings] = []
        for place in places {
            var offsets: [UInt32] = [0]
            var docs: [UInt32] = []
            var tfs: [UInt8] = []
            for range in ranges {
                guard let bounds = r.read(UInt32.self, at: place.offsets.at, from: range.lowerBound, count: range.count + 1),
                      let first = bounds.first, let last = bounds.last, first <= last, Int(last) <= place.docs.count,
                      let someDocs = r.read(UInt32.self, at: place.docs.at, from: Int(first), count: Int(last - first)),
                      let someTfs = r.read(UInt8.self, at: place.tfs.at, from: Int(first), count: Int(last - first))
                else { return nil }
                let base = UInt32(docs.count)
                for bound in bounds.dropFirst() {
                    guard bound >= first else { return nil }
                    offsets.append(base + bound - first)
                }
                docs += someDocs
                tfs += someTfs
            }
            guard docs.allSatisfy({ Int($0) < dates.count }) else { return nil }
            fields.append(FieldPostings(offsets: offsets, docs: docs, tfs: tfs, lengths: [], averageLength: 0))
        }
        var index = InvertedIndex(termBytes: smallBytes, termStarts: smallStarts, fields: fields, dates: dates, flags: flags,
                                  embargoes: embargoes, documentCount: Int(documents),
                                  body: ForwardIndex(streams: [], ends: [], chunkSize: 1, chunkTerms: []))
        index.computeInitials()
        return index
    }
}

private struct StorageWriter {
    var bytes: [UInt8] = []

    mutating func integer(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func array<T: BitwiseCopyable>(_ values: [T]) {
        integer(UInt64(values.count))
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }
}

/// Bytes of a stored index: their count, and a way to copy any range of them to memory.
public struct StoredBytes {
    public let count: Int
    /// Copies `count` bytes from `offset` to the pointer; false when that failed.
    public let read: (UnsafeMutableRawPointer, _ offset: Int, _ count: Int) -> Bool

    public init(count: Int, read: @escaping (UnsafeMutableRawPointer, Int, Int) -> Bool) {
        self.count = count
        self.read = read
    }
}

private struct StorageReader {
    let source: StoredBytes
    var at = 0

    init(_ source: StoredBytes) { self.source = source }

    var atEnd: Bool { at == source.count }

    mutating func integer() -> UInt64? {
        guard source.count - at >= 8 else { return nil }
        var value: UInt64 = 0
        guard withUnsafeMutableBytes(of: &value, { source.read($0.baseAddress!, at, 8) }) else { return nil }
        at += 8
        return UInt64(littleEndian: value)
    }

    mutating func count(limit: Int) -> Int? {
        guard let n = integer(), n <= UInt64(limit) else { return nil }
        return Int(n)
    }

    /// Passes over an array, giving where its elements start and how many there are.
    mutating func skipArray<T: BitwiseCopyable>(_: T.Type) -> (at: Int, count: Int)? {
        guard let n = integer(), n <= UInt64(source.count - at) / UInt64(MemoryLayout<T>.stride) else { return nil }
        let place = (at: at, count: Int(n))
        at += Int(n) * MemoryLayout<T>.stride
        return place
    }

    /// Elements `from..<from + count` of the array whose elements start at `start` (as `skipArray` gave).
    func read<T: BitwiseCopyable>(_: T.Type, at start: Int, from: Int, count: Int) -> [T]? {
        let stride = MemoryLayout<T>.stride
        guard from >= 0, count >= 0, start + (from + count) * stride <= source.count else { return nil }
        var ok = true
        let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            if count > 0 { ok = source.read(UnsafeMutableRawPointer(buffer.baseAddress!), start + from * stride, count * stride) }
            initialized = ok ? count : 0
        }
        return ok ? values : nil
    }

    mutating func array<T: BitwiseCopyable>(_: T.Type) -> [T]? {
        guard let n = integer(), n <= UInt64(source.count - at) / UInt64(MemoryLayout<T>.stride) else { return nil }
        let count = Int(n)
        let size = count * MemoryLayout<T>.stride
        var ok = true
        let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            if size > 0 { ok = source.read(UnsafeMutableRawPointer(buffer.baseAddress!), at, size) }
            initialized = ok ? count : 0
        }
        guard ok else { return nil }
        at += size
        return values
    }
}
