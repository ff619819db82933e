import PressroomCore

/// The bottom line: shown / total releases, the query, the sort order, the position, problem files, and
/// the `? help` hint; or, for one key, a message (what was copied, an error).
public enum StatusBar {
    /// What the bar tells: a message, a malformed query, or the facts of the summary.
    public struct Content {
        public var theme: Theme
        /// The message of the last key (what was copied, an error), shown instead of the summary.
        public var message: StatusMessage?
        /// The query is malformed: said instead of the summary.
        public var queryError: QueryError?
        public var summary: Summary
    }

    /// The facts the summary counts.
    public struct Summary {
        public var total: Int
        /// The releases shown, when a search filters them (nil: no filter).
        public var filtered: Int?
        public var shown: Int
        /// The query in force, shown unless it is being typed (the search line shows it then).
        public var query: String
        /// The position of the selected release in the list (0-based).
        public var selected: Int
        /// How far the detail is read, when it has the keys: its lines, the first in view, the rows in view.
        public var reading: (lines: Int, top: Int, rows: Int)?
        /// The selected release's embargo, while in force.
        public var embargo: Embargo?
        public var loading: LoadingStatus?
        public var watching: Bool
        public var sort: SortOrder
        public var problems: Int
    }

    public static func draw(_ content: Content, in rect: Rect, into grid: inout CellGrid) {
        let theme = content.theme
        let end = rect.column + rect.columns
        grid.fill(row: rect.row, from: rect.column, to: end, style: theme.statusBar)
        let hint = " ? help "
        let hintWidth = rect.columns >= 30 ? DisplayWidth.of(hint) : 0
        let leftEnd = end - hintWidth
        if let message = content.message {
            grid.put(" " + message.text, row: rect.row, column: rect.column, limit: leftEnd,
                     style: message.isError ? theme.statusError : theme.statusMessage)
        } else if let error = content.queryError {
            grid.put(" Query: \(error)", row: rect.row, column: rect.column, limit: leftEnd, style: theme.statusError)
        } else {
            var text = " " + summary(content.summary, compact: false).joined(separator: " · ")
            if DisplayWidth.of(text) > leftEnd - rect.column { text = " " + summary(content.summary, compact: true).joined(separator: " · ") }
            grid.put(text, row: rect.row, column: rect.column, limit: leftEnd, style: theme.statusBar)
        }
        if hintWidth > 0 { grid.put(hint, row: rect.row, column: leftEnd, limit: end, style: theme.statusBar) }
    }

    /// The parts of the status line, most important first (truncation cuts from the end).
    /// `compact` drops the words, for narrow terminals.
    static func summary(_ facts: Summary, compact: Bool) -> [String] {
        var parts: [String] = []
        let total = facts.total
        let noun = compact ? "" : (total == 1 ? " release" : " releases")
        parts.append(facts.filtered.map { "\($0)/\(total)\(noun)" } ?? "\(total)\(noun)")
        // The search line above shows the query too; narrow bars leave it there.
        if !facts.query.isEmpty, !compact { parts.append("/\(facts.query)") }
        if facts.shown > 0 {
            if let reading = facts.reading {
                let shownTo = min(reading.lines, reading.top + reading.rows)
                let percent = reading.lines <= reading.rows ? 100 : shownTo * 100 / reading.lines
                parts.append("\(facts.selected + 1)/\(facts.shown) · \(percent)%")
            } else {
                parts.append("\(facts.selected + 1)/\(facts.shown)")
            }
        }
        if let embargo = facts.embargo {
            parts.append((compact ? "embargo until " : "under embargo until ") + embargo.description)
        }
        if let loading = facts.loading { parts.append(loading.text(compact: compact)) }
        if facts.watching && !compact { parts.append("watching") }
        parts.append(compact ? facts.sort.shortLabel : facts.sort.label)
        let problems = facts.problems
        if problems > 0 {
            parts.append(compact ? "\(problems) bad" : (problems == 1 ? "1 problem file (p)" : "\(problems) problem files (p)"))
        }
        return parts
    }
}
