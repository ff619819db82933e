import Foundation
import PressroomUI

/// The search history's file: `$XDG_STATE_HOME/pressroom/search-history`, by default
/// `~/.local/state/pressroom/search-history` (`SearchHistory` is its format). Neither a missing file nor a
/// failed write stops the browser: the history is a convenience.
enum HistoryFile {
    static var url: URL? {
        let env = ProcessInfo.processInfo.environment
        let base: URL
        if let state = env["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = URL(fileURLWithPath: state)
        } else if let home = env["HOME"], !home.isEmpty {
            base = URL(fileURLWithPath: home).appendingPathComponent(".local/state")
        } else {
            return nil
        }
        return base.appendingPathComponent("pressroom/search-history")
    }

    static func load() -> [String] {
        guard let url, let data = try? Data(contentsOf: url) else { return [] }
        return SearchHistory.decode(String(decoding: data, as: UTF8.self))
    }

    static func save(_ queries: [String]) {
        guard let url else { return }
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(SearchHistory.encode(queries).utf8).write(to: url, options: .atomic)
    }
}
