import Foundation

/// What a query found.
public struct SearchResult: Sendable {
    /// Indices into the indexed releases, in the order the releases were given.
    public var matches: [Int]
    /// Set when the query is malformed; `matches` is then empty and the caller keeps its last good result.
    public var error: QueryError?
    /// Folded words and prefixes to highlight in the matched text.
    public var highlightTerms: [String]

    public init(matches: [Int], error: QueryError? = nil, highlightTerms: [String] = []) {
        self.matches = matches
        self.error = error
        self.highlightTerms = highlightTerms
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

/// Answers keyword queries over a set of releases.
/// PLACEHOLDER implementation (skeleton: a linear scan, all words as substrings); the search work replaces it.
public final class SearchIndex: Sendable {
    private let texts: [String]

    public init(_ releases: [Release]) {
        texts = releases.map { r in
            ([r.title, r.subtitle ?? "", r.organization ?? ""] + r.paragraphs + r.notes)
                .joined(separator: " ")
                .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        }
    }

    /// Runs `query`; `typing` makes the last word also match as a prefix (the user is still typing it).
    public func search(_ query: String, typing: Bool = false) -> SearchResult {
        let words = query.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(separator: " ").map(String.init)
        guard !words.isEmpty else { return SearchResult(matches: Array(texts.indices)) }
        let matches = texts.indices.filter { i in words.allSatisfy { texts[i].contains($0) } }
        return SearchResult(matches: matches, highlightTerms: words)
    }
}
