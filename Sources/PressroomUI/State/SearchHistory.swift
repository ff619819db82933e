/// The search line's history: the queries accepted with Enter, oldest first, recalled with ↑ and ↓ and kept
/// between runs (the backend reads and writes the file; this is its format and the state's moves).
public enum SearchHistory {
    /// The most queries kept.
    public static let limit = 200

    /// The queries of a history file: one a line, oldest first.
    public static func decode(_ text: String) -> [String] {
        Array(text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            .filter { !$0.allSatisfy { $0 == " " } }.suffix(limit))
    }

    /// A history file's text.
    public static func encode(_ queries: [String]) -> String {
        queries.suffix(limit).map { $0 + "\n" }.joined()
    }

    /// `history` with `query` as its newest entry (an older copy of it dropped).
    static func adding(_ query: String, to history: [String]) -> [String] {
        Array((history.filter { $0 != query } + [query]).suffix(limit))
    }
}

extension AppState {
    /// ↑ on the search line: the query before the one shown (first the newest, keeping what was typed).
    mutating func recallHistory(older: Bool, _ effects: inout [Effect]) {
        guard !searchHistory.isEmpty else { return }
        let next: Int?
        switch (historyPosition, older) {
        case (nil, true):
            historyDraft = query
            next = searchHistory.count - 1
        case (nil, false): return
        case (let position?, true): next = max(0, position - 1)
        case (let position?, false): next = position + 1 < searchHistory.count ? position + 1 : nil
        }
        historyPosition = next
        replaceQuery(next.map { searchHistory[$0] } ?? historyDraft, &effects)
    }

    /// Shows `text` on the search line, the cursor at its end, and searches for it.
    mutating func replaceQuery(_ text: String, _ effects: inout [Effect]) {
        guard text != query else { return }
        let edits: [LineEdit] = [.end, .deleteToStart] + text.map { .insert($0) }
        // One search for the whole change: the edits without searching, then one.
        for edit in edits { self.edit(edit, search: false) }
        if searchOffKeyPath, !query.allSatisfy({ $0 == " " }) {
            searchRequest += 1
            effects.append(.search(query: query, request: searchRequest, typing: isTyping, now: now))
        } else {
            runSearch()
        }
    }

    /// Enter: the query becomes the newest entry of the history, which the backend saves.
    mutating func remember(_ accepted: String, _ effects: inout [Effect]) {
        historyPosition = nil
        guard !accepted.allSatisfy({ $0 == " " }) else { return }
        let updated = SearchHistory.adding(accepted, to: searchHistory)
        guard updated != searchHistory else { return }
        searchHistory = updated
        effects.append(.saveHistory(updated))
    }
}
