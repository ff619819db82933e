import ArgumentParser
import Foundation
import PressroomCore

/// `pressroom index --watch`: the first load as `pressroom index` (progress, summary), then one line when the
/// watcher starts vouching, one per settled change, and one per reason it will not vouch. The work is
/// `ArchiveWatch`'s (PressroomCore); every word is `WatchLines`'.
extension IndexCommand {
    func runWatching() throws {
        try Inputs.checkMissing(inputs.paths)
        let paths = inputs.resolved
        let loader = inputs.cache.loader()
        // Drawn on the loop's thread, cleared on the watcher's before the first load's summary: one at a time.
        nonisolated(unsafe) let meter = ProgressMeter(terminal: isatty(2) == 1)
        let state = WatchOutput()
        let watch: ArchiveWatch
        do {
            watch = try ArchiveWatch(paths: paths, loader: loader) { event in
                if case .loaded(_, true, _, _, _) = event { meter.finish() }  // the bar's line, before the summary
                for line in state.lines(for: event, paths: paths, cachePath: loader.cachePath) { Output.write(line + "\n") }
            }
        } catch let failure as ArchiveWatch.StartFailure {
            Inputs.printError(WatchLines.cannotStart(failure.kind))
            throw ExitCode(2)
        }
        // Ctrl-C and SIGTERM end it cleanly: the load under way is cancelled and the socket removed.
        var sources: [DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { watch.stop() }
            source.resume()
            sources.append(source)
        }
        watch.run(progress: { progress in if !state.startedVouching { meter.show(progress) } })
        for source in sources { source.cancel() }
        Output.write(WatchLines.stopped + "\n")
    }
}

/// What the watcher has said so far (one line for the first vouch, the first load's summary as `index`).
final class WatchOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var vouched = false
    private var firstDone = false

    var startedVouching: Bool {
        lock.lock()
        defer { lock.unlock() }
        return firstDone
    }

    func lines(for event: ArchiveWatch.Event, paths: [String], cachePath: String?) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        switch event {
        case .loaded(let report, let first, let generation, let files, let changed):
            var lines: [String] = []
            if first {
                firstDone = true
                lines.append(WatchLines.indexed(report, cachePath: cachePath))
            } else if changed > 0 {
                lines.append(WatchLines.settled(report, paths: changed))
            }
            if generation != nil && !vouched {
                vouched = true
                lines.append(WatchLines.vouching(files: files, paths: paths))
            }
            return lines
        case .notYet(let reason):
            return WatchLines.notYet(reason).map { [$0] } ?? []
        case .refusing(let refusal):
            return [WatchLines.refusing(refusal)]
        case .failed(let reason):
            return [WatchLines.failed(reason)]
        }
    }
}

/// Every line `pressroom index --watch` prints (`WatchLinesTests`).
enum WatchLines {
    static func count(_ n: Int, _ one: String, _ many: String? = nil) -> String {
        let number = n.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))
        return "\(number) \(n == 1 ? one : (many ?? one + "s"))"
    }

    /// The first load's summary, as `pressroom index` prints it.
    static func indexed(_ report: LoadReport, cachePath: String?) -> String {
        var line = "pressroom: indexed " + report.summary
        if let cachePath, report.fault == nil { line += " → \(cachePath)" }
        return line
    }

    static func vouching(files: Int, paths: [String]) -> String {
        "pressroom: watching \(count(files, "file")) under \(VisibleText.sanitized(paths.joined(separator: ", "))): "
            + "`search --count` and `list --count` of these paths need no check while nothing changes (Ctrl-C stops)"
    }

    /// A settled change, loaded again: how many paths the watcher heard of (files and folders), and the files
    /// the index now holds. Not the load's new/changed counts: a `--count` that checked meanwhile may have
    /// stored those files' rows already.
    static func settled(_ report: LoadReport, paths: Int) -> String {
        "pressroom: \(count(paths, "path")) changed; the index is current again (\(count(report.files, "file")))"
    }

    static func notYet(_ reason: ArchiveWatch.NotYet) -> String? {
        switch reason {
        case .unsettled: return nil  // files written less than 2 s before: looked at again in a moment
        case .linksWatched(let n):
            return "pressroom: \(count(n, "file")) with another hard link or reached by a symbolic link now watched by "
                + "\(n == 1 ? "itself" : "themselves"); indexing once more"
        case .changedUnseen:
            return "pressroom: a file changed without an inotify event (a write through mmap?); indexing again"
        }
    }

    static func refusing(_ refusal: ArchiveWatch.Refusal) -> String {
        let tail = "counts check every file"
        switch refusal {
        case .networkFileSystem(let folder, let type):
            return "pressroom: not vouching: \(VisibleText.sanitized(folder)) is on a network file system (\(type)), "
                + "whose changes made elsewhere send no event; \(tail) (the index is still kept current)"
        case .limitReached(let limit):
            let value = limit.map { " (\($0))" } ?? ""
            return "pressroom: not vouching: the limit of inotify watches, fs.inotify.max_user_watches\(value), is reached; "
                + "\(tail) (raise it and start again)"
        case .cannotWatch(let path, let reason):
            return "pressroom: not vouching: cannot watch \(VisibleText.sanitized(path)): \(reason); \(tail)"
        case .overflow:
            return "pressroom: inotify's queue overflowed (events were lost): \(tail) until the archive is indexed again"
        }
    }

    static func failed(_ reason: String) -> String {
        "pressroom: watching stopped: \(reason)"
    }

    static let stopped = "pressroom: stopped watching"

    static func cannotStart(_ kind: ArchiveWatch.StartFailure.Kind) -> String {
        switch kind {
        case .noIndex: return "--watch keeps the index current: it cannot be used with --no-cache"
        case .socketPathTooLong(let path):
            return "cannot watch: the socket beside the index \(path) would be too long a path; choose a shorter one with --cache"
        case .notASocket(let path): return "cannot watch: \(path) is in the way and is not a socket (left alone)"
        case .anotherWatcher(let path): return "another `pressroom index --watch` is watching these paths already (its socket: \(path))"
        case .socket(let path, let reason): return "cannot make the socket \(path): \(reason)"
        case .watching(let reason): return "cannot watch: \(reason)"
        }
    }
}
