import Foundation
import Testing

/// The browser with the persistent index: a damaged cache gives one line and a working browser; a warm
/// start draws its list from the index.
@Suite(.serialized, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct BrowserIndexTmuxTests {
    @Test func aDamagedCacheIsSaidOnceAndTheBrowserWorksFromMemory() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pressroom-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = folder.appendingPathComponent("pressroom")
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 151 &+ 7) })
            .write(to: cache.appendingPathComponent("index.sqlite"))
        let n = TmuxSession.bundledCount
        let tmux = try TmuxSession([], environment: ["XDG_CACHE_HOME": folder.path])
        tmux.waitFor("The index is damaged")
        #expect(tmux.screen.contains("running from memory"))
        // Keys work while the releases load, but `j` moves only once there is a second release to move to.
        tmux.waitFor("Saltpan Cycling Union")
        try tmux.send("j")
        tmux.waitFor("2/\(n)")
        try tmux.send("q")
        tmux.waitFor("[exit 0]")
    }

    @Test func aWarmStartListsFromTheIndexAndRFindsANewFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pressroom-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let releases = folder.appendingPathComponent("releases")
        try FileManager.default.createDirectory(at: releases, withIntermediateDirectories: true)
        try "Harbour authority opens new ferry terminal\n\nThe terminal serves 2,000 passengers a day.\n"
            .write(to: releases.appendingPathComponent("harbour-2024-03-01.txt"), atomically: true, encoding: .utf8)
        let env = ["XDG_CACHE_HOME": folder.appendingPathComponent("cache").path]
        let first = try CommandRun.pressroom(["index", releases.path])  // fills the test run's own cache…
        #expect(first.status == 0)
        let index = try TmuxSession([releases.path], environment: env)  // …and this one, its own
        index.waitFor("1 release")
        try index.send("q")
        index.waitFor("[exit 0]")
        let tmux = try TmuxSession([releases.path], environment: env)
        tmux.waitFor("Harbour authority opens new ferry terminal")
        try "Library extends opening hours\n\nThe city library now opens on Sundays.\n"
            .write(to: releases.appendingPathComponent("library-2023-09-12.txt"), atomically: true, encoding: .utf8)
        try tmux.send("r")
        tmux.waitFor("Reloaded 2 releases")
        #expect(tmux.screen.contains("Library"))
        try tmux.send("q")
        tmux.waitFor("[exit 0]")
    }
}
