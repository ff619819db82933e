/// Where the detail's text stands in a pane wider than its measure (`AppState.measure`, `--width`).
public enum TextAlignment: String, CaseIterable, Hashable, Sendable {
    /// The measure centred in the pane, as a page is centred on a screen.
    case centre
    /// The measure against the pane's left edge.
    case left

    /// The columns left blank before the text, in a pane with `room` columns for text and a text `width` wide.
    public func inset(room: Int, width: Int) -> Int {
        switch self {
        case .left: 0
        case .centre: max(0, (room - width) / 2)
        }
    }
}
