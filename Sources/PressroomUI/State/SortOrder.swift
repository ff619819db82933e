/// The orders the list can be sorted in; `s` cycles through them.
public enum SortOrder: String, CaseIterable, Hashable, Sendable {
    case newestFirst, oldestFirst, organization, headline

    /// What the status bar calls it.
    public var label: String {
        switch self {
        case .newestFirst: "newest first"
        case .oldestFirst: "oldest first"
        case .organization: "by organisation"
        case .headline: "by headline"
        }
    }

    /// A shorter name, for narrow status bars.
    public var shortLabel: String {
        switch self {
        case .newestFirst: "newest"
        case .oldestFirst: "oldest"
        case .organization: "org"
        case .headline: "headline"
        }
    }

    /// The order after this one.
    public var next: SortOrder {
        let all = SortOrder.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
