import PressroomCore

/// A window drawn over the panes, taking the keys while open.
public enum Overlay: Hashable, Sendable {
    /// The key help, scrolled to `top`.
    case help(top: Int)
    /// The files that could not be read, scrolled to `top`.
    case problems(top: Int)
    /// Choosing which field to copy.
    case chooser(Chooser)
    /// `o` was pressed: the link number typed so far.
    case openLink(digits: String)
    /// `i`: how the parser read the release (`pressroom explain`), scrolled to `top`.
    case explanation(Explanation)
    /// `C`: the contacts directory of the listed releases.
    case directory(DirectoryPage)
}

/// What the `C` window shows: every contact of the listed releases merged into one entry per person or desk
/// (`ContactDirectory`), and, when one is open, that entry with the releases it appears in.
public struct DirectoryPage: Hashable, Sendable {
    public var entries: [ContactDirectory.Entry]
    /// How many releases the directory was made of, and the filter that chose them (empty: all).
    public var releaseCount: Int
    public var query: String
    /// The entry under the cursor, the first row shown.
    public var selected = 0
    public var top = 0
    /// The entry shown in full, and the release under the cursor among its releases.
    public var open: Int?
    public var release = 0

    public init(entries: [ContactDirectory.Entry], releaseCount: Int, query: String) {
        self.entries = entries
        self.releaseCount = releaseCount
        self.query = query
    }
}

/// What the `i` window shows: the explanation's lines for one release.
public struct Explanation: Hashable, Sendable {
    public var releaseID: String
    public var lines: [String]
    public var top: Int
    public init(releaseID: String, lines: [String], top: Int = 0) {
        self.releaseID = releaseID
        self.lines = lines
        self.top = top
    }
}

/// The small menu `y` opens when there is more than one thing to copy.
public struct Chooser: Hashable, Sendable {
    public struct Item: Hashable, Sendable {
        /// What it is (`E-mail`, `Phone`, `Name`, `Headline`).
        public var label: String
        public var value: String
        public init(label: String, value: String) {
            self.label = label
            self.value = value
        }
    }
    public var items: [Item]
    public var selected: Int
    public init(items: [Item], selected: Int = 0) {
        self.items = items
        self.selected = selected
    }
}
