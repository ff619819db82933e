import Foundation

/// Relevance: BM25F. For each positive word or prefix of the query, a document's term frequency is
/// summed over the fields, each weighted (the headline above the body) and normalised by the
/// field's length against its average; the sum is saturated once (k1) and multiplied by the
/// term's inverse document frequency. Negated terms and filters (dates, `has:`) do not score.
struct Ranking {
    /// Field weights in `FieldSet.each` order: title, body, notes, org, contact, place, kind.
    static let weights: [Double] = [3.0, 1.0, 0.5, 1.5, 1.0, 1.0, 0.5]
    static let k1 = 1.2
    static let b = 0.75

    let index: InvertedIndex
    let evaluator: QueryEvaluator

    /// Scores of every document (0 for those not in `docs`), indexed by document number.
    func scores(_ query: QueryNode, docs: [Int]) -> [Double] {
        let n = index.documentCount
        guard !docs.isEmpty else { return [Double](repeating: 0, count: n) }
        var member = DocSet(universe: n)
        for d in docs { member.insert(d) }
        var total = [Double](repeating: 0, count: n)
        var weighted = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        for (term, fields, prefix) in Self.positiveTerms(query) {
            let terms = index.terms(term, prefix: prefix)
            guard !terms.isEmpty else { continue }
            for (f, field) in FieldSet.each.enumerated() where fields.contains(field) {
                let p = index.fields[f]
                let w = Self.weights[f]
                let average = p.averageLength
                for k in Int(p.offsets[terms.lowerBound])..<Int(p.offsets[terms.upperBound]) {
                    let d = Int(p.docs[k])
                    guard member.contains(d) else { continue }
                    if weighted[d] == 0 { touched.append(d) }
                    let norm = 1 - Self.b + Self.b * Double(p.lengths[d]) / average
                    weighted[d] += w * Double(p.tfs[k]) / norm
                }
            }
            // Document frequency over the whole archive, not only the matches.
            let df = Double(evaluator.termSet(term, fields: fields, prefix: prefix).count)
            let idf = log(1 + (Double(n) - df + 0.5) / (df + 0.5))
            for d in touched {
                let tf = weighted[d]
                total[d] += idf * tf * (Self.k1 + 1) / (Self.k1 + tf)
                weighted[d] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        return total
    }

    /// The words, prefixes and phrase words that make a document relevant (not those under a NOT).
    static func positiveTerms(_ node: QueryNode) -> [(String, FieldSet, Bool)] {
        switch node {
        case let .term(t, f, prefix): return [(t, f, prefix)]
        case let .phrase(words, f): return words.map { ($0, f, false) }
        case let .and(nodes), let .or(nodes): return nodes.flatMap(positiveTerms)
        case .not, .all, .date, .has, .embargoed: return []
        }
    }
}
