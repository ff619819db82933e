/// The orders the list can be sorted in; `s` cycles through them.
public enum SortOrder: String, CaseIterable, Hashable, Sendable {
    case newestFirst, oldestFirst, organization, headline
    /// Most relevant first; offered only while a query is active.
    case relevance

    /// What the status bar calls it.
    public var label: String {
        switch self {
        case .newestFirst: "newest first"
        case .oldestFirst: "oldest first"
        case .organization: "by organisation"
        case .headline: "by headline"
        case .relevance: "by relevance"
        }
    }

    /// A shorter name, for narrow status bars.
    public var shortLabel: String {
        switch self {
        case .newestFirst: "newest"
        case .oldestFirst: "oldest"
        case .organization: "org"
        case .headline: "headline"
        case .relevance: "relevance"
        }
    }

    /// The order after this one; relevance only when there is a query to be relevant to.
    public func next(withQuery: Bool) -> SortOrder {
        let all = withQuery ? SortOrder.allCases : SortOrder.allCases.filter { $0 != .relevance }
        guard let i = all.firstIndex(of: self) else { return .newestFirst }
        return all[(i + 1) % all.count]
    }
}
