import Foundation

/// The index proper: a sorted term dictionary and, per field, each term's postings (sorted document
/// numbers with the term's frequency in that document's field), plus per-document lengths, dates and
/// flags. Everything lives in a few flat arrays: 100,000 releases index in about a third of their
/// size on disk, and a prefix is a contiguous range of the dictionary found by binary search.
struct InvertedIndex: Sendable {
    /// Every term's folded bytes back to back, in byte order; term `i` is `termBytes[termStarts[i]..<termStarts[i + 1]]`.
    let termBytes: [UInt8]
    let termStarts: [UInt32]
    /// Per field (`FieldSet.each` order).
    let fields: [FieldPostings]
    /// Issue date as yyyymmdd, 0 when the release has none.
    let dates: [UInt32]
    /// `HasFlag` bits.
    let flags: [UInt8]
    /// When each release's embargo lifts, in minutes since 1970 UTC (`Embargo`); 0 when it states none.
    let embargoes: [UInt32]
    let documentCount: Int
    /// The body's word streams, for phrases.
    let body: ForwardIndex
    /// Per field, per ASCII letter or digit: the documents with a term starting with it. The first
    /// keystroke of a word is the broadest prefix (all of `t…` is millions of postings); these
    /// answer it at once.
    var initials: [[UInt8: DocSet]] = []

    var termCount: Int { termStarts.count - 1 }

    /// One field's postings.
    struct FieldPostings: Sendable {
        /// Postings of term `t`: `docs[offsets[t]..<offsets[t + 1]]` (ascending) and the same range of `tfs`.
        let offsets: [UInt32]
        let docs: [UInt32]
        /// Term frequency in the field, capped at 255.
        let tfs: [UInt8]
        /// Words in the field per document.
        let lengths: [UInt32]
        let averageLength: Double

        func range(_ term: Int) -> Range<Int> { Int(offsets[term])..<Int(offsets[term + 1]) }
    }

    /// Bytes held by the index's arrays (its memory, apart from a few object headers).
    var byteCount: Int {
        var total = termBytes.count + termStarts.count * 4 + dates.count * 4 + flags.count + embargoes.count * 4
        for f in fields {
            total += f.offsets.count * 4 + f.docs.count * 4 + f.tfs.count + f.lengths.count * 4
        }
        for field in initials { total += field.count * (documentCount + 63) / 64 * 8 }
        total += body.byteCount
        return total
    }

    // MARK: - Dictionary lookups

    /// Compares term `i` with `key` by bytes; with `prefixOnly`, a term that starts with `key` counts as equal.
    private func compare(_ i: Int, _ key: UnsafeBufferPointer<UInt8>, prefixOnly: Bool) -> Int {
        let s = Int(termStarts[i]), e = Int(termStarts[i + 1])
        return termBytes.withUnsafeBufferPointer { all in
            let n = min(e - s, key.count)
            var k = 0
            while k < n {
                let a = all[s + k], b = key[k]
                if a != b { return a < b ? -1 : 1 }
                k += 1
            }
            if e - s == key.count || (prefixOnly && e - s > key.count) { return 0 }
            return e - s < key.count ? -1 : 1
        }
    }

    /// First term index for which `compare(...) >= 0`.
    private func lowerBound(_ key: UnsafeBufferPointer<UInt8>, prefixOnly: Bool, orAbove: Bool) -> Int {
        var lo = 0, hi = termCount
        while lo < hi {
            let mid = (lo + hi) / 2
            let c = compare(mid, key, prefixOnly: prefixOnly)
            if c < 0 || (orAbove && c == 0) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The dictionary range of terms equal to `term`, or starting with it when `prefix`.
    func terms(_ term: String, prefix: Bool) -> Range<Int> {
        var term = term
        return term.withUTF8 { key in
            let lo = lowerBound(key, prefixOnly: prefix, orAbove: false)
            let hi = lowerBound(key, prefixOnly: prefix, orAbove: true)
            return lo..<hi
        }
    }

    /// Fills `initials`: one pass over each field's postings, fields in parallel.
    mutating func computeInitials() {
        let ranges: [(UInt8, Range<Int>)] = termBytes.withUnsafeBufferPointer { all in
            var out: [(UInt8, Range<Int>)] = []
            var t = 0
            while t < termCount {
                let first = all[Int(termStarts[t])]
                var end = t + 1
                while end < termCount && all[Int(termStarts[end])] == first { end += 1 }
                if first < 0x80 { out.append((first, t..<end)) }
                t = end
            }
            return out
        }
        let results = UnsafeMutableBufferPointer<[UInt8: DocSet]>.allocate(capacity: fields.count)
        results.initialize(repeating: [:])
        defer { results.deinitialize(); results.deallocate() }
        let out = SendableBuffer(results)
        let fields = self.fields, n = documentCount
        DispatchQueue.concurrentPerform(iterations: fields.count) { f in
            var sets: [UInt8: DocSet] = [:]
            for (first, terms) in ranges {
                let p = fields[f]
                let range = Int(p.offsets[terms.lowerBound])..<Int(p.offsets[terms.upperBound])
                guard !range.isEmpty else { continue }
                var set = DocSet(universe: n)
                p.docs.withUnsafeBufferPointer { set.insert(UnsafeBufferPointer(rebasing: $0[range])) }
                sets[first] = set
            }
            out.buffer[f] = sets
        }
        initials = Array(results)
    }

    /// Term `i` as a string (tests and diagnostics).
    func term(_ i: Int) -> String {
        String(decoding: termBytes[Int(termStarts[i])..<Int(termStarts[i + 1])], as: UTF8.self)
    }
}

/// What each field indexes of a release.
enum FieldText {
    /// The texts of field number `field` (`FieldSet.each` order); a phrase never spans two of them.
    static func texts(_ r: Release, field: Int) -> [String] {
        switch field {
        case 0: return r.subtitle.map { [r.title, $0] } ?? [r.title]
        case 1: return r.paragraphs
        case 2: return r.notes
        case 3: return r.organization.map { [$0] } ?? []
        case 4:
            var out: [String] = []
            for c in r.contacts {
                if let n = c.name { out.append(n) }
                if let role = c.role { out.append(role) }
                if let o = c.organization { out.append(o) }
                out.append(contentsOf: c.emails)
            }
            return out
        case 5: return r.location.map { [$0] } ?? []
        case 6: return r.kind.map { [$0] } ?? []
        default: return []
        }
    }

    /// Terms indexed as they are besides the words: whole e-mail addresses and phone digits (contacts).
    static func extraTerms(_ r: Release, field: Int) -> [String] {
        guard field == 4 else { return [] }
        var out: [String] = []
        for c in r.contacts {
            out.append(contentsOf: c.emails.map { $0.lowercased() })
            out.append(contentsOf: c.phones.map { $0.filter { $0.isASCII && $0.isNumber } }.filter { !$0.isEmpty })
        }
        return out
    }

    static func flags(_ r: Release) -> UInt8 {
        var f: UInt8 = 0
        if r.contacts.contains(where: { !$0.isEmpty }) { f |= HasFlag.contacts.bit }
        if let instruction = r.release, Embargo.isEmbargo(instruction) { f |= HasFlag.embargo.bit }
        if !r.notes.isEmpty { f |= HasFlag.notes.bit }
        if !r.warnings.isEmpty { f |= HasFlag.warnings.bit }
        return f
    }

    /// When the release's embargo lifts, in minutes since 1970 UTC; 0 when it states none (or one before 1970).
    static func embargo(_ r: Release) -> UInt32 {
        guard let embargo = Embargo(r), embargo.lifts > 0 else { return 0 }
        return UInt32(clamping: (embargo.lifts + 59) / 60)
    }
}
