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
        if let exact = releases.first(where: { $0.id == id }) { return exact }
        let prefixed = releases.filter { $0.id.hasPrefix(id) }
        return prefixed.count == 1 ? prefixed[0] : nil
    }
}
