import Foundation

/// Evaluates a query tree over the index into a set of documents. Words and prefixes come from the
/// postings; a phrase takes the documents holding all its words and then checks that they stand
/// next to each other: in the body's word streams (`ForwardIndex`), and in the other, short fields'
/// text.
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
        case let .embargoed(at):
            var set = DocSet(universe: n)
            for (doc, minutes) in index.embargoes.enumerated() where minutes != 0 && Int64(minutes) * 60 > at {
                set.insert(doc)
            }
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
        var result = DocSet(universe: index.documentCount)
        // The body from its word streams, for the documents with every word in the body.
        if fields.contains(.body) {
            var inBody = candidates
            for w in words { inBody.formIntersection(termSet(w, fields: .body, prefix: false)) }
            let ids = words.map { index.terms($0, prefix: false).lowerBound }
            for doc in index.body.matching(inBody.members, codes: index.body.codes(of: ids)) { result.insert(doc) }
        }
        // The other fields (short: a headline, a name, notes) from their text, where each holds every word.
        let needle = words.map { Array($0.utf8) }
        var tokenizer = Tokenizer()
        for (f, field) in FieldSet.each.enumerated() where field != .body && fields.contains(field) {
            var inField = candidates
            for w in words { inField.formIntersection(termSet(w, fields: field, prefix: false)) }
            inField.subtract(result)
            for doc in inField.members
            where FieldText.texts(releases[doc], field: f).contains(where: { Self.phrase(needle, in: $0, tokenizer: &tokenizer) }) {
                result.insert(doc)
            }
        }
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
