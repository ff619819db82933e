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
