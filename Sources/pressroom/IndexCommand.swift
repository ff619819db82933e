import ArgumentParser
import Foundation
import PressroomCore

/// `pressroom index`: builds or refreshes the persistent index, with progress on stderr and a summary.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build or refresh the index of the releases under PATH (new, changed and removed files).",
        discussion: """
            Unchanged files are not read again; new and changed files are read and parsed on every core. \
            Progress goes to stderr (a bar on a terminal, a line every few seconds otherwise), then a summary: \
            new, changed, removed, problems, time. Exit status: 0, or 1 when some file could not be used \
            (`pressroom check` lists them), 2 when a path does not exist.

            With --watch it then stays in the foreground: it keeps the index current as files change and \
            answers the warm `search --count` and `list --count` of the same paths, so that they need not \
            look at every file (Ctrl-C ends it). It cannot see writes through a shared mmap, nor changes \
            made by another machine on a network file system (where it refuses to vouch).
            """)

    @Flag(help: "Stay in the foreground, keep the index current and vouch for it to --count (see above).")
    var watch = false

    @OptionGroup var inputs: InputPaths

    func validate() throws {
        if watch && inputs.cache.noCache { throw ValidationError("--watch keeps the index current: it cannot be used with --no-cache") }
    }

    func run() throws {
        if watch { return try runWatching() }
        let meter = ProgressMeter(terminal: isatty(2) == 1)
        let (archive, report) = try Inputs.loadReporting(inputs.paths, inputs.cache, records: false, printProblems: false) { progress, _ in
            meter.show(progress)
        }
        meter.finish()
        var summary = "pressroom: indexed " + report.summary
        if report.parsed > 0, report.seconds > 0 {
            summary += String(format: ", %.0f files/s, %.1f MB/s", Double(report.parsed) / report.seconds,
                              Double(report.bytesRead) / 1_048_576 / report.seconds)
        }
        if let path = inputs.cache.cachePath, report.fault == nil { summary += " → \(path)" }
        FileHandle.standardError.write(Data((summary + "\n").utf8))
        if !archive.problems.isEmpty { throw ExitCode(1) }
    }
}

/// A progress bar on stderr: on a terminal one line redrawn in place (count, rate, ETA); otherwise a plain
/// line every five seconds.
final class ProgressMeter {
    let terminal: Bool
    private var lastShown = 0.0
    private var drawn = false

    init(terminal: Bool) { self.terminal = terminal }

    func show(_ p: LoadProgress) {
        let interval = terminal ? 0.1 : 5
        // Plain lines every five seconds (the summary follows the last); the bar also at the end.
        guard p.toParse > 0, p.seconds - lastShown >= interval || (terminal && p.done == p.total) else { return }
        lastShown = p.seconds
        let rate = p.rate
        let left = p.toParse - p.parsed
        let eta = rate > 0 ? Double(left) / rate : 0
        let etaText = rate > 0 ? String(format: "%d:%02d", Int(eta) / 60, Int(eta) % 60) : "–"
        let percent = p.total > 0 ? p.done * 100 / p.total : 100
        let text = "\(p.done)/\(p.total) files (\(percent)%) · \(String(format: "%.0f", rate)) files/s · ETA \(etaText)"
        if terminal {
            let width = 24
            let filled = p.total > 0 ? width * p.done / p.total : width
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            FileHandle.standardError.write(Data("\r\u{1B}[K\(bar) \(text)".utf8))
            drawn = true
        } else {
            FileHandle.standardError.write(Data("pressroom: \(text)\n".utf8))
        }
    }

    func finish() {
        if terminal && drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
