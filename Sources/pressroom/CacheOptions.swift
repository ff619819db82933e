import ArgumentParser
import Foundation
import PressroomCore

/// The options every command that reads an archive takes: which persistent index to use, and the size limit.
struct CacheOptions: ParsableArguments {
    @Option(name: .customLong("cache"), help: ArgumentHelp(
        "The index file to use (default: $XDG_CACHE_HOME/pressroom/index.sqlite, else ~/.cache/pressroom/index.sqlite).",
        valueName: "path"))
    var cache: String?

    @Flag(name: .customLong("no-cache"), help: "Use no index: read and parse every file, keep nothing.")
    var noCache = false

    @Option(name: .customLong("max-size"), help: ArgumentHelp("Skip text files larger than this many MB.", valueName: "MB"))
    var maxSize: Double = 20

    func validate() throws {
        if maxSize <= 0 { throw ValidationError("--max-size must be more than 0") }
        if noCache && cache != nil { throw ValidationError("--cache and --no-cache cannot be used together") }
    }

    /// The index file, or nil for `--no-cache`.
    var cachePath: String? {
        if noCache { return nil }
        if let cache {
            return cache.hasPrefix("/") ? cache : FileManager.default.currentDirectoryPath + "/" + cache
        }
        return IndexStore.defaultPath()
    }

    /// A loader for these options.
    func loader() -> ArchiveLoader {
        let loader = ArchiveLoader(cachePath: cachePath)
        loader.textLimit = Int(maxSize * 1_048_576)
        return loader
    }
}
