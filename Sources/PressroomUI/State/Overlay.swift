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
    /// `|` was pressed: the command typed so far, to pipe the release to.
    case pipe(command: String)
    /// `i`: how the parser read the release (`pressroom explain`), scrolled to `top`.
    case explanation(Explanation)
    /// `C`: the contacts directory of the listed releases.
    case directory(DirectoryPage)
}

/// What the `C` window shows: every contact of the listed releases merged into one entry per person or desk
/// (`ContactDirectory`), and, when one is open, that entry with the releases it appears in.
public struct DirectoryPage: Hashable, Sendable {
    /// The entries shown: all of them, or those the typed filter matches.
    public var entries: [ContactDirectory.Entry]
    /// What the user typed to filter the entries (the search language: names, roles, organisations, phones
    /// however printed, e-mails), and the directory with its search index, made once when `C` opened it.
    public var filter = ""
    public var source: DirectorySource?
    /// How many releases the directory was made of, and the filter that chose them (empty: all).
    public var releaseCount: Int
    public var query: String
    /// The entry under the cursor, the first row shown.
    public var selected = 0
    public var top = 0
    /// The entry shown in full, and the release under the cursor among its releases.
    public var open: Int?
    public var release = 0

    public init(entries: [ContactDirectory.Entry], releaseCount: Int, query: String, source: DirectorySource? = nil) {
        self.entries = entries
        self.releaseCount = releaseCount
        self.query = query
        self.source = source
    }
}

/// The directory a `C` window filters, and its search index (built once, reused for every keystroke);
/// equal by identity.
public final class DirectorySource: Hashable, @unchecked Sendable {
    public let directory: ContactDirectory
    private var built: SearchIndex?
    public init(_ directory: ContactDirectory) { self.directory = directory }
    /// The index, made when first asked for (the first typed character).
    var index: SearchIndex {
        if let built { return built }
        let made = directory.makeIndex()
        built = made
        return made
    }
    public static func == (a: DirectorySource, b: DirectorySource) -> Bool { a === b }
    public func hash(into h: inout Hasher) { h.combine(ObjectIdentifier(self)) }
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
