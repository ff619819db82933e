import PressroomCore

/// The text of the `?` window: every key of the key map, grouped by section, generated from `KeyMap.bindings`,
/// and its rows wrapped to a width. Read by the update (how far the help scrolls, through `OverlayLayout`) and
/// by `HelpOverlay` (what it draws).
public enum HelpText {
    /// One line of the help: a section title (no keys) or keys and what they do.
    public struct Line: Hashable, Sendable {
        public var keys: String
        public var summary: String
        public var isTitle: Bool
    }

    /// Lines that are not single bindings: typing on the search line, numbers in menus.
    static let extras: [(section: String, keys: String, summary: String)] = [
        ("Search line", "any text", "type the query (all words must match)"),
        ("Menus", "1-9", "pick an item by its number"),
        ("Mouse", "wheel", "scroll the pane under the pointer"),
        ("Mouse", "click", "select a release; double click opens it"),
    ]

    /// Every help line, in key-map order.
    public static let lines: [Line] = {
        var sections: [String] = []
        var bySection: [String: [Line]] = [:]
        func add(_ section: String, _ line: Line) {
            if bySection[section] == nil { sections.append(section) }
            bySection[section, default: []].append(line)
        }
        for binding in KeyMap.bindings {
            add(binding.section, Line(keys: binding.keys.map(\.name).joined(separator: " "),
                                      summary: binding.summary, isTitle: false))
        }
        for extra in extras { add(extra.section, Line(keys: extra.keys, summary: extra.summary, isTitle: false)) }
        // The query language, from its one table (`QueryReference`): an example each.
        for entry in QueryReference.entries {
            add("Queries (/): \(entry.topic.lowercased())", Line(keys: entry.example, summary: entry.meaning, isTitle: false))
        }
        var out: [Line] = []
        for section in sections {
            if !out.isEmpty { out.append(Line(keys: "", summary: "", isTitle: false)) }
            out.append(Line(keys: section, summary: "", isTitle: true))
            out += bySection[section] ?? []
        }
        return out
    }()

    /// The width of the keys column in a box `width` wide.
    static func keyWidth(_ width: Int) -> Int {
        // The keys' column fits the keys; a longer query example takes a row of its own.
        let widest = (KeyMap.bindings.map { $0.keys.map(\.name).joined(separator: " ") } + extras.map(\.keys))
            .map { DisplayWidth.of($0) }.max() ?? 8
        return min(widest, max(8, width / 3))
    }

    /// The help as screen rows in a box `width` wide: summaries that do not fit wrap under themselves.
    static func rows(width: Int) -> [Line] {
        let room = max(1, width - 5 - keyWidth(width))
        var out: [Line] = []
        for line in lines {
            if line.isTitle || line.summary.isEmpty {
                out.append(line)
                continue
            }
            let ownRow = DisplayWidth.of(line.keys) > keyWidth(width)
            if ownRow { out.append(Line(keys: line.keys, summary: "", isTitle: false)) }
            for (i, piece) in TextWrap.wrap(line.summary, width: room).enumerated() {
                out.append(Line(keys: i == 0 && !ownRow ? line.keys : "", summary: piece, isTitle: false))
            }
        }
        return out
    }
}
