import Foundation

/// The persistent index the end-to-end tests' `pressroom` processes use: a folder of this test run's own
/// (never the user's ~/.cache), given as XDG_CACHE_HOME to every process they start.
enum TestCache {
    static let folder: String = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pressroom-e2e-cache-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }()

    /// The search history and other state go there too (never the user's ~/.local/state).
    static var environment: [String: String] { ["XDG_CACHE_HOME": folder, "XDG_STATE_HOME": folder + "/state"] }
}
