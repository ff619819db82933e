import Foundation

/// What a query found.
public struct SearchResult: Sendable {
    /// Indices into the indexed releases, in the order the releases were given.
    public var matches: [Int]
    /// Set when the query is malformed; `matches` is then empty and the caller keeps its last good result.
    public var error: QueryError?
    /// Folded words and prefixes to highlight in the matched text (see `highlights` for which are prefixes).
    public var highlightTerms: [String]
    /// The words and prefixes to highlight, each marked whole-word or prefix; give them to `Highlighter`.
    public var highlights: [HighlightTerm]
    /// The parsed query (nil when malformed); `SearchIndex.scores`/`ranked` use it.
    public var query: Query?

    public init(matches: [Int], error: QueryError? = nil, highlightTerms: [String] = []) {
        self.matches = matches
        self.error = error
        self.highlightTerms = highlightTerms
        highlights = highlightTerms.map { HighlightTerm($0) }
        query = nil
    }

    init(matches: [Int], query: Query) {
        self.matches = matches
        error = nil
        highlights = query.highlights
        highlightTerms = query.highlights.map(\.folded)
        self.query = query
    }
}

/// A malformed query: what is wrong and where (a character offset into the query).
public struct QueryError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var position: Int

    public init(message: String, position: Int) {
        self.message = message
        self.position = position
    }

    public var description: String { "\(message) (at column \(position + 1))" }
}

/// Answers keyword queries over a set of releases from an inverted index built once, in parallel.
///
/// The query language (see `QueryParser`): `a b` (both), `a OR b`, `-a` / `NOT a`, parentheses,
/// `"exact phrase"`, `word*`; fields `title:` `text:` `body:` `org:` `contact:` `place:` `kind:`;
/// `date:2021`, `date:2021-06`, `date:2021-06-28`, `date:2021-01..2021-06`, `after:`, `before:`;
/// `has:contacts|embargo|notes|warnings`, `embargoed:now`. Words match whole words, folded for case and accents.
public final class SearchIndex: Sendable {
    let index: InvertedIndex
    let releases: [Release]

    public init(_ releases: [Release]) {
        self.releases = releases
        index = IndexBuilder.build(releases)
    }

    init(releases: [Release], index: InvertedIndex) {
        self.releases = releases
        self.index = index
    }

    /// The index as bytes, to keep in the persistent index (`restore` reads them back).
    public func storedBytes() -> [UInt8] { index.storedBytes() }

    /// The index `storedBytes` gave, over `releases`: they must be the releases it was built over, in the same
    /// order (`fingerprint` tells), or their list fields alone when no query needs more (a phrase in a field
    /// other than the body reads the field's text). Nil when the bytes are not an index of this version.
    public static func restore(_ bytes: UnsafeRawBufferPointer, releases: [Release]) -> SearchIndex? {
        guard let index = InvertedIndex.restore(bytes), index.documentCount == releases.count else { return nil }
        return SearchIndex(releases: releases, index: index)
    }

    /// As `restore(_:releases:)`, reading the bytes piece by piece from `source`.
    public static func restore(_ source: StoredBytes, releases: [Release]) -> SearchIndex? {
        guard let index = InvertedIndex.restore(source), index.documentCount == releases.count else { return nil }
        return SearchIndex(releases: releases, index: index)
    }

    /// Whether `matches(_:stored:count:)` can answer `query`: every condition but a phrase (which reads the
    /// body's word streams or the fields' text).
    public static func canAnswerFromStorage(_ query: Query) -> Bool {
        func simple(_ node: QueryNode) -> Bool {
            switch node {
            case .phrase: return false
            case .all, .term, .date, .has, .embargoed: return true
            case .and(let nodes), .or(let nodes): return nodes.allSatisfy(simple)
            case .not(let inner): return simple(inner)
            }
        }
        return simple(query.root)
    }

    /// The releases `query` matches (ascending), from a stored index read only where the query's terms are
    /// (`InvertedIndex.restore(_:onlyFor:)`) rather than restored whole: the same matches as `evaluate` on the
    /// whole index. Nil when the query needs a phrase, or the bytes are not an index of this version over
    /// `count` releases.
    public static func matches(_ query: Query, stored source: StoredBytes, count: Int) -> [Int]? {
        guard canAnswerFromStorage(query) else { return nil }
        var terms: [(term: String, prefix: Bool)] = []
        func collect(_ node: QueryNode) {
            switch node {
            case let .term(term, _, prefix): terms.append((term, prefix))
            case .and(let nodes), .or(let nodes): nodes.forEach(collect)
            case .not(let inner): collect(inner)
            case .all, .phrase, .date, .has, .embargoed: break
            }
        }
        collect(query.root)
        guard let index = InvertedIndex.restore(source, onlyFor: terms), index.documentCount == count else { return nil }
        if case .all = query.root { return Array(0..<count) }
        return QueryEvaluator(index: index, releases: []).evaluate(query.root).members
    }

    /// What an index over `releases` depends on: their ids and sources in order (an id changes with its
    /// file's bytes), the parser's version and the index's layout.
    public static func fingerprint(_ releases: [Release]) -> Int64 {
        fingerprint(keys: releases.map { ($0.id, $0.source) })
    }

    /// As `fingerprint(_:)`, from each release's id and source alone.
    public static func fingerprint(keys: [(id: String, source: String)]) -> Int64 {
        var hash = WordHash()
        hash.add(word: UInt64(ParserVersion.current))
        hash.add(word: InvertedIndex.storageVersion)
        hash.add(word: UInt64(keys.count))
        for key in keys {
            var id = key.id, source = key.source
            id.withUTF8 { hash.add($0) }
            source.withUTF8 { hash.add($0) }
        }
        return Int64(bitPattern: hash.finish())
    }

    /// The number of releases indexed.
    public var count: Int { releases.count }

    /// Bytes held by the index's own arrays (its memory footprint, apart from the releases).
    public var indexBytes: Int { index.byteCount }

    /// The number of distinct terms in the dictionary.
    public var termCount: Int { index.termCount }

    /// Runs `query`; `typing` makes the last word also match as a prefix (the user is still typing it).
    /// Never throws: a malformed query gives a result with `error` set and no matches.
    public func search(_ query: String, typing: Bool = false) -> SearchResult {
        search(query, typing: typing, now: Int64(Date().timeIntervalSince1970))
    }

    /// As `search(_:typing:)`, with `embargoed:now` meaning `now` (seconds since 1970 UTC).
    public func search(_ query: String, typing: Bool, now: Int64) -> SearchResult {
        switch Query.parse(query, typing: typing, now: now) {
        case .failure(let error):
            return SearchResult(matches: [], error: error)
        case .success(let parsed):
            return SearchResult(matches: evaluate(parsed), query: parsed)
        }
    }

    /// The releases a parsed query matches, ascending.
    public func evaluate(_ query: Query) -> [Int] {
        if case .all = query.root { return Array(releases.indices) }
        return QueryEvaluator(index: index, releases: releases).evaluate(query.root).members
    }

    /// BM25F relevance of each of `result.matches`, in the same order (all 0 for an empty query).
    public func scores(_ result: SearchResult) -> [Double] {
        guard let query = result.query else { return result.matches.map { _ in 0 } }
        let evaluator = QueryEvaluator(index: index, releases: releases)
        let byDoc = Ranking(index: index, evaluator: evaluator).scores(query.root, docs: result.matches)
        return result.matches.map { byDoc[$0] }
    }

    /// `result.matches` by relevance, most relevant first; equal scores keep their given order.
    public func ranked(_ result: SearchResult) -> [Int] {
        let s = scores(result)
        // One sort of plain integers: the score's bits (non-negative floats order as their bits),
        // then the position, inverted so that the earlier match sorts first among equals.
        var keys = [UInt64](repeating: 0, count: s.count)
        for (k, score) in s.enumerated() {
            keys[k] = UInt64(Float(max(0, score)).bitPattern) << 32 | UInt64(UInt32.max - UInt32(k))
        }
        keys.sort(by: >)
        return keys.map { result.matches[Int(UInt32.max - UInt32(truncatingIfNeeded: $0))] }
    }
}
