import Foundation

/// Evaluates a query tree over the index into a set of documents. Words and prefixes come from the
/// postings; a phrase takes the documents holding all its words and then checks, in each one's
/// text, that they stand next to each other (no positions are stored: they would double the index).
struct QueryEvaluator {
    let index: InvertedIndex
    let releases: [Release]

    func evaluate(_ node: QueryNode) -> DocSet {
        let n = index.documentCount
        switch node {
        case .all:
            return DocSet(universe: n, full: true)
        case let .term(term, fields, prefix):
            return termSet(term, fields: fields, prefix: prefix)
        case let .phrase(words, fields):
            return phraseSet(words, fields: fields)
        case let .date(from, to):
            var set = DocSet(universe: n)
            for (doc, date) in index.dates.enumerated() where date != 0 && date >= from && date < to {
                set.insert(doc)
            }
            return set
        case let .has(flag):
            var set = DocSet(universe: n)
            for (doc, flags) in index.flags.enumerated() where flags & flag.bit != 0 { set.insert(doc) }
            return set
        case let .and(nodes):
            // Positive conditions first, then remove what the negative ones match.
            var positive: DocSet?
            var negative: [QueryNode] = []
            for child in nodes {
                if case let .not(inner) = child { negative.append(inner); continue }
                let set = evaluate(child)
                if positive == nil { positive = set } else { positive!.formIntersection(set) }
                if positive!.isEmpty { return positive! }
            }
            var result = positive ?? DocSet(universe: n, full: true)
            for inner in negative { result.subtract(evaluate(inner)) }
            return result
        case let .or(nodes):
            var result = DocSet(universe: n)
            for child in nodes { result.formUnion(evaluate(child)) }
            return result
        case let .not(inner):
            var set = evaluate(inner)
            set.invert()
            return set
        }
    }

    /// Documents with `term` (or a term starting with it) in any of `fields`.
    func termSet(_ term: String, fields: FieldSet, prefix: Bool) -> DocSet {
        var set = DocSet(universe: index.documentCount)
        if prefix, term.utf8.count == 1, let initial = term.utf8.first, initial < 0x80 {
            for (f, field) in FieldSet.each.enumerated() where fields.contains(field) {
                if let cached = index.initials[f][initial] { set.formUnion(cached) }
            }
            return set
        }
        let terms = index.terms(term, prefix: prefix)
        guard !terms.isEmpty else { return set }
        for (f, field) in FieldSet.each.enumerated() where fields.contains(field) {
            let postings = index.fields[f]
            let range = Int(postings.offsets[terms.lowerBound])..<Int(postings.offsets[terms.upperBound])
            postings.docs.withUnsafeBufferPointer { all in
                set.insert(UnsafeBufferPointer(rebasing: all[range]))
            }
        }
        return set
    }

    /// Documents where `words` appear consecutively in one text of one of `fields`.
    func phraseSet(_ words: [String], fields: FieldSet) -> DocSet {
        var candidates = DocSet(universe: index.documentCount, full: true)
        for w in words {
            candidates.formIntersection(termSet(w, fields: fields, prefix: false))
            if candidates.isEmpty { return candidates }
        }
        let docs = candidates.members
        let needle = words.map { Array($0.utf8) }
        let fieldNumbers = FieldSet.each.enumerated().filter { fields.contains($0.element) }.map(\.offset)
        // Checking reads the candidates' text again: spread it over the cores when there is much of it.
        let slices = docs.count > 512 ? min(16, docs.count / 256) : 1
        let found = UnsafeMutableBufferPointer<Bool>.allocate(capacity: docs.count)
        found.initialize(repeating: false)
        defer { found.deallocate() }
        let out = SendableBuffer(found)
        let releases = self.releases
        DispatchQueue.concurrentPerform(iterations: slices) { s in
            var tokenizer = Tokenizer()
            let lo = docs.count * s / slices, hi = docs.count * (s + 1) / slices
            for k in lo..<hi {
                let r = releases[docs[k]]
                out.buffer[k] = fieldNumbers.contains { f in
                    FieldText.texts(r, field: f).contains { Self.phrase(needle, in: $0, tokenizer: &tokenizer) }
                }
            }
        }
        var result = DocSet(universe: index.documentCount)
        for (k, doc) in docs.enumerated() where found[k] { result.insert(doc) }
        return result
    }

    /// True when the folded word stream of `text` holds `needle` consecutively.
    static func phrase(_ needle: [[UInt8]], in text: String, tokenizer: inout Tokenizer) -> Bool {
        guard !needle.isEmpty else { return false }
        // Lengths of the needle prefixes that end at the current word.
        var partial: [Int] = []
        var next: [Int] = []
        var found = false
        tokenizer.scan(text) { bytes, _, _, role in
            guard role == .part, !found else { return }
            next.removeAll(keepingCapacity: true)
            for k in partial where needle[k].elementsEqual(bytes) {
                if k + 1 == needle.count { found = true; return }
                next.append(k + 1)
            }
            if needle[0].elementsEqual(bytes) {
                if needle.count == 1 { found = true; return }
                next.append(1)
            }
            swap(&partial, &next)
        }
        return found
    }
}
