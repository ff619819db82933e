import Foundation

/// The persistent index the end-to-end tests' `pressroom` processes use: a folder of this test run's own
/// (never the user's ~/.cache), given as XDG_CACHE_HOME to every process they start.
enum TestCache {
    static let folder: String = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pressroom-e2e-cache-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        TestFolders.removeAtExit(url.path)
        return url.path
    }()

    /// The search history and other state go there too (never the user's ~/.local/state).
    static var environment: [String: String] { ["XDG_CACHE_HOME": folder, "XDG_STATE_HOME": folder + "/state"] }
}

/// Temporary folders the tests share for the whole run, removed when the test process exits (a run must
/// not leave folders behind in the user's /tmp).
enum TestFolders {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var paths: [String] = []
    nonisolated(unsafe) private static var registered = false

    static func removeAtExit(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        paths.append(path)
        if !registered {
            registered = true
            atexit { TestFolders.removeAll() }
        }
    }

    private static func removeAll() {
        lock.lock()
        let all = paths
        lock.unlock()
        for path in all { try? FileManager.default.removeItem(atPath: path) }
    }
}
