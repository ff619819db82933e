import PressroomCore

/// One release as the detail pane shows it, as plain text (`pressroom show`).
public enum PlainDetail {
    public static func text(_ release: Release, width: Int) -> String {
        DetailLayout(release: release, width: max(1, width - 2)).lines
            .map { line in
                let text = DisplayWidth.sanitized(line.plain)
                return (text.isEmpty ? "" : " " + text) + "\n"
            }.joined()
    }

    /// The release whose id is `id`, or whose id starts with it when only one does.
    public static func find(_ id: String, in releases: [Release]) -> Release? {
        if case .found(let release) = lookUp(id, in: releases) { return release }
        return nil
    }

    /// What a name given to `pressroom show` names.
    public enum LookUp {
        case found(Release)
        case none
        /// Several releases, none preferred.
        case ambiguous([Release])
    }

    /// The release `name` names, tried in this order: its id; its source path (`2024/03/a.txt`, as `list`
    /// prints it); a path that ends with its source (`~/archive/2024/03/a.txt`) or a source that ends with
    /// the path (`03/a.txt`); its file name (`a.txt`); a prefix of its id. The first way that names exactly
    /// one release wins; several releases named the same way are ambiguous.
    public static func lookUp(_ name: String, in releases: [Release]) -> LookUp {
        guard !name.isEmpty else { return .none }
        let fileName = name.split(separator: "/").last.map(String.init) ?? name
        let ways: [(Release) -> Bool] = [
            { $0.id == name },
            { $0.source == name },
            { name.hasSuffix("/" + $0.source) || $0.source.hasSuffix("/" + name) },
            { ($0.source.split(separator: "/").last.map(String.init) ?? $0.source) == fileName && !fileName.isEmpty },
            { $0.id.hasPrefix(name) },
        ]
        for way in ways {
            let hits = releases.filter(way)
            if hits.count == 1 { return .found(hits[0]) }
            if hits.count > 1 { return .ambiguous(hits) }
        }
        return .none
    }
}
