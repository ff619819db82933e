import Foundation
import PressroomCore

/// The browser's whole state: a value, changed only by `update`, drawn only by `render`.
public struct AppState: Sendable {
    public var catalog: Catalog
    /// Indices into `catalog.releases` of the releases shown, in the list's order.
    public var visible: [Int]
    /// Position of the selected release in `visible`.
    public var selected: Int = 0
    /// The first list row shown.
    public var listTop: Int = 0
    /// The first detail line shown.
    public var detailTop: Int = 0
    public var focus: Focus = .list
    /// The search line's text and the cursor in it (a `Character` offset).
    public var query: String = ""
    public var queryCursor: Int = 0
    /// Folded words to highlight, from the last good search.
    public var highlightTerms: [String] = []
    /// What to highlight, as the search matched it (whole words, and prefixes only where the query
    /// asked for one or the word is still being typed).
    public var highlights: [HighlightTerm] = []
    /// Which releases the last good search matched, by index into `catalog.releases`; nil: no filter.
    public var matchesMask: [Bool]?
    /// The last good search result (for sorting by relevance).
    public var lastResult: SearchResult?
    /// Set while the query is malformed; the list keeps the last good result.
    public var queryError: QueryError?
    public var sort: SortOrder = .newestFirst
    public var size: Size
    public var overlay: Overlay?
    public var message: StatusMessage?
    /// The contact card `c` moved to, whose fields `y` copies.
    public var selectedContact: Int?
    /// The field of that card under the cursor (`ContactCard.fields`): `j`/`k` move it, `y` copies it.
    public var selectedField: Int?
    /// The match `n`/`N` moved to, an index into the detail's matches.
    public var currentMatch: Int?
    public var theme: Theme
    /// Set while the archive loads in the background (the status bar shows it).
    public var loading: LoadingStatus?
    /// Searches run off the key path: an edit of the search line asks the backend for the search
    /// (`Effect.search`) and the list keeps the last finished result until `.searched` brings the new one.
    /// Off, each edit searches at once (tests, tools).
    public var searchOffKeyPath = false
    /// The number of the latest search asked for; an older one's result is dropped.
    public var searchRequest = 0
    /// The time, in seconds since 1970 UTC: what `embargoed:now` and the embargo marks compare with. The
    /// backend sets it (`.clock`); tests give their own.
    public var now: Int64 = Int64(Date().timeIntervalSince1970)
    /// The queries accepted before, oldest first (`SearchHistory`); ↑ ↓ on the search line recall them.
    public var searchHistory: [String] = []
    /// The entry ↑ ↓ have recalled, and the query typed before the first ↑.
    var historyPosition: Int?
    var historyDraft = ""
    /// The pager, editor and browser the terminal is handed to (the backend reads them from the environment).
    public var programs = Programs()
    /// `--watch`: changes on disk are merged in as they come (the status bar says "watching").
    public var watching = false
    /// Paths changed on disk waiting to be read (while the archive loads, or another reread runs).
    public var pendingChanges: [String] = []
    /// A reread (`Effect.reread`) is out.
    public var rereading = false
    /// Events were lost (`.watched(.overflow)`): the whole archive is read again as soon as nothing else runs.
    public var reloadAfterChanges = false

    /// A browser over `catalog`, sorted newest first, nothing filtered.
    public init(catalog: Catalog, size: Size = Size(rows: 24, columns: 80), theme: Theme = .color) {
        self.catalog = catalog
        self.size = size
        self.theme = theme
        visible = catalog.ordering(.newestFirst)
    }

    /// A browser over `releases` (convenience for tests and tools).
    public init(releases: [Release], size: Size = Size(rows: 24, columns: 80), theme: Theme = .color) {
        self.init(catalog: Catalog(releases: releases), size: size, theme: theme)
    }

    public var releases: [Release] { catalog.releases }

    /// The selected release, if any is shown.
    public var selectedRelease: Release? {
        visible.indices.contains(selected) ? catalog.releases[visible[selected]] : nil
    }

    /// The embargo of `release` when it has not lifted yet at `now`.
    public func embargoInForce(_ release: Release) -> Embargo? {
        guard release.release != nil, let embargo = Embargo(release), embargo.isInForce(at: now) else { return nil }
        return embargo
    }

    /// Where everything is on the screen at the current size.
    public var layout: ScreenLayout { ScreenLayout(size: size, focus: focus) }

    /// The longest line the detail wraps to, however wide the pane: text is read comfortably at 60–100
    /// columns (`--width` chooses another measure).
    public var measure: Int = 100
    /// Where the text stands in a pane wider than the measure (`--align`): centred, or at the left edge.
    public var alignment: TextAlignment = .centre

    /// The selected release laid out for the detail pane at its current width (at most `measure`).
    public var detailLayout: DetailLayout? {
        guard visible.indices.contains(selected) else { return nil }
        let index = visible[selected]
        let width = min(layout.detailTextWidth, max(20, measure))
        return catalog.layoutCache.layout(release: index, width: width, highlights: highlights) {
            DetailLayout(release: catalog.releases[index], width: width, highlights: highlights)
        }
    }
}
