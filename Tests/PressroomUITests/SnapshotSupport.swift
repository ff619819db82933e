import Foundation
import Testing
@testable import PressroomUI

/// Whole-screen snapshots: a grid's text (as `tmux capture-pane -p` would show it) against a file in
/// `Snapshots/`. `PRESSROOM_UPDATE_SNAPSHOTS=1 swift test` rewrites the files; review them by eye.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots")

    static var updating: Bool { ProcessInfo.processInfo.environment["PRESSROOM_UPDATE_SNAPSHOTS"] == "1" }

    /// The grid as stored: a ruler line with the size, then each row between `|` marks (so that trailing
    /// blanks and blank rows are visible in review).
    static func format(_ grid: CellGrid) -> String {
        var out = "size \(grid.columns)x\(grid.rows)\n"
        for row in 0..<grid.rows { out += "|" + grid.line(row) + "\n" }
        return out
    }

    static func check(_ grid: CellGrid, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name + ".txt")
        let actual = format(grid)
        if updating {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing snapshot \(name).txt; run with PRESSROOM_UPDATE_SNAPSHOTS=1 and review it",
                         sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "snapshot \(name) differs:\n\(actual)", sourceLocation: sourceLocation)
    }
}

/// Driving the pure update as a user's keys would.
extension AppState {
    func after(_ actions: [Action]) -> AppState {
        actions.reduce(self) { update($0, $1).state }
    }

    /// The state at `size`, as the loop makes it on a resize (`render` draws a state at its own size).
    func at(_ size: Size) -> AppState {
        size == self.size ? self : update(self, .resize(size)).state
    }

    func after(keys: [Key]) -> AppState {
        keys.reduce(self) { state, key in
            guard let action = KeyMap.action(for: key, in: KeyMap.context(of: state)) else { return state }
            return update(state, action).state
        }
    }

    /// Types `text` into the search line (after `/`).
    func searching(_ text: String) -> AppState {
        after(keys: [.character("/")] + text.map { .character($0) })
    }

    /// Moves the list selection to the release `id`.
    func selecting(_ id: String) -> AppState {
        var state = self.after([.move(.top)])
        while state.selectedRelease?.id != id, state.selected < state.visible.count - 1 {
            state = state.after([.move(.lineDown)])
        }
        return state
    }
}
