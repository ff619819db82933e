/// Where each part of the screen goes at a size: a pure function of the size and the focus, shared by
/// `render` and by `update` (page sizes, mouse clicks).
public struct ScreenLayout: Hashable, Sendable {
    /// The smallest size the browser draws at; below it, a "terminal too small" line.
    public static let minimum = Size(rows: 6, columns: 20)
    /// From this width on, list and detail are side by side.
    public static let splitWidth = 100

    public var size: Size
    public var tooSmall: Bool
    /// The list pane's rows of releases, when shown.
    public var list: Rect?
    /// The row above them naming the list's columns, when the list is shown.
    public var listHeader: Rect?
    /// The detail pane, when shown.
    public var detail: Rect?
    /// The column of the line between the panes, when both are shown.
    public var separator: Int?
    public var searchLine: Rect
    public var statusBar: Rect
    /// The width the detail text is wrapped to (also when the detail is hidden, for its next opening).
    public var detailTextWidth: Int

    public init(size: Size, focus: Focus) {
        self.size = size
        tooSmall = size.rows < Self.minimum.rows || size.columns < Self.minimum.columns
        let paneRows = max(0, size.rows - 2)
        searchLine = Rect(row: size.rows - 2, column: 0, rows: 1, columns: size.columns)
        statusBar = Rect(row: size.rows - 1, column: 0, rows: 1, columns: size.columns)
        if size.columns >= Self.splitWidth {
            let listColumns = size.columns * 40 / 100
            listHeader = Rect(row: 0, column: 0, rows: 1, columns: listColumns)
            list = Rect(row: 1, column: 0, rows: max(0, paneRows - 1), columns: listColumns)
            separator = listColumns
            detail = Rect(row: 0, column: listColumns + 1, rows: paneRows, columns: size.columns - listColumns - 1)
            detailTextWidth = size.columns - listColumns - 1 - 2
        } else {
            let full = Rect(row: 0, column: 0, rows: paneRows, columns: size.columns)
            if focus == .detail {
                detail = full
            } else {
                listHeader = Rect(row: 0, column: 0, rows: 1, columns: size.columns)
                list = Rect(row: 1, column: 0, rows: max(0, paneRows - 1), columns: size.columns)
            }
            separator = nil
            detailTextWidth = size.columns - 2
        }
        detailTextWidth = max(1, detailTextWidth)
        if tooSmall { list = nil; listHeader = nil; detail = nil; separator = nil }
    }

    /// Whether the list and detail are side by side.
    public var isSplit: Bool { separator != nil }

    /// Rows in the detail pane, shown or not (for scrolling).
    public var detailRows: Int { max(1, size.rows - 2) }
    /// Rows of releases in the list pane (under its header row).
    public var listRows: Int { max(1, size.rows - 3) }
}
