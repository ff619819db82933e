import ArgumentParser
import Foundation
import PressroomCore

/// Where the arguments' releases come from: the paths given, or the bundled demo releases.
enum Inputs {
    /// The bundled releases folder (`Resources/releases`).
    static var bundledReleases: String {
        Bundle.module.url(forResource: "releases", withExtension: nil)?.path ?? "Resources/releases"
    }

    /// The paths to read: those given, else the bundled releases.
    static func paths(_ given: [String]) -> [String] {
        given.isEmpty ? [bundledReleases] : given
    }

    /// Loads the archive, printing one line per problem on stderr.
    ///
    /// A path that does not exist is an error of the command line: one line naming it, exit 2, before
    /// anything is read. A file that cannot be read is a problem of that file only: one line on stderr
    /// naming it and the reason; the caller decides the exit status (`archive.problems`).
    static func load(_ given: [String], _ options: CacheOptions, records: Bool = true, printProblems: Bool = true,
                     progress: ((LoadProgress, [Release]) -> Void)? = nil,
                     stream: ((Release) -> Void)? = nil) throws -> Archive {
        try loadReporting(given, options, records: records, printProblems: printProblems, progress: progress, stream: stream).archive
    }

    /// As `load`, with what the load did (new, changed, removed files; the cache fault, already reported).
    static func loadReporting(_ given: [String], _ options: CacheOptions, records: Bool = true,
                              printProblems: Bool = true,
                              progress: ((LoadProgress, [Release]) -> Void)? = nil,
                              stream: ((Release) -> Void)? = nil) throws -> (archive: Archive, report: LoadReport) {
        let paths = paths(given)
        try checkMissing(given)
        // Streamed releases are counted here: the archive then holds none.
        var streamed = 0
        let counting: ((Release) -> Void)? = stream.map { give in { release in streamed += 1; give(release) } }
        let (archive, report) = options.loader().load(paths, records: records, progress: progress, stream: counting)
        if let fault = report.fault { printError(fault.message) }
        for path in archive.missing { printError("\(path): no such file or directory") }
        if !archive.missing.isEmpty { throw ExitCode(2) }  // removed while being read
        if printProblems { for problem in archive.problems { printError(problem.description) } }
        if archive.releases.isEmpty && streamed == 0 && archive.problems.isEmpty {
            printError(noReleases(paths))
        }
        keepUntilExit(archive)
        return (archive, report)
    }

    /// What is said when the paths hold no release: which files are read, and that e-mail without a release
    /// (a newsletter, a reply) is passed over, since a mailbox of those gives no release and no problem.
    static func noReleases(_ paths: [String]) -> String {
        "no releases found in \(paths.joined(separator: ", ")) (release files: .txt, .text, .md, .markdown, .pdf, .html, .htm, "
            + ".docx, .odt, e-mail as .eml, mbox or Maildir; messages that carry no press release are passed over)"
    }

    /// A path that does not exist: one line naming it, exit 2, before anything is read.
    static func checkMissing(_ given: [String]) throws {
        let missing = paths(given).filter { !FileManager.default.fileExists(atPath: $0) }
        for path in missing {
            let what = given.isEmpty ? "the bundled releases are missing" : "no such file or directory"
            printError("\(path): \(what)")
        }
        if !missing.isEmpty { throw ExitCode(2) }
    }

    /// The warm path of `--count`: what the last load of these paths saw, when nothing changed since
    /// (`ArchiveLoader.quickSummary`), with its problems printed as `load` prints them; nil when the archive
    /// must be loaded. `matching` also asks for the releases a query matches (`quickMatches`).
    static func quickSummary(_ given: [String], _ options: CacheOptions) throws -> ArchiveLoader.QuickSummary? {
        try checkMissing(given)
        guard let summary = options.loader().quickSummary(paths(given)) else { return nil }
        reportQuick(summary, paths(given))
        return summary
    }

    static func quickMatches(_ given: [String], _ options: CacheOptions, query: Query) throws -> [Int]? {
        try checkMissing(given)
        guard let (matches, summary) = options.loader().quickMatches(paths(given), query: query) else { return nil }
        reportQuick(summary, paths(given))
        return matches
    }

    private static func reportQuick(_ summary: ArchiveLoader.QuickSummary, _ paths: [String]) {
        for problem in summary.problems { printError(problem.description) }
        if summary.releaseCount == 0 && summary.problems.isEmpty {
            printError(noReleases(paths))
        }
    }

    /// Keeps `archive` alive until the process exits: a command prints and exits, and freeing 100,000
    /// records one by one on the way out costs a tenth of a second for nothing.
    static func keepUntilExit(_ archive: Archive) {
        _ = Unmanaged.passRetained(Kept(archive))
    }

    private final class Kept {
        let archive: Archive
        init(_ archive: Archive) { self.archive = archive }
    }

    /// One line on standard error, prefixed with the program's name. File names and what the user typed are
    /// untrusted: control characters and bidirectional overrides show as visible placeholders, and a line
    /// break inside cannot split the line.
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data("pressroom: \(VisibleText.sanitized(message))\n".utf8))
    }

    /// A malformed query on standard error: the message, the query (a window of it around the problem when
    /// it is long) and a caret under the problem, all made visible.
    static func printBadQuery(_ query: String, _ error: QueryError) {
        let chars = Array(query)
        let width = 70
        var start = 0, end = chars.count
        if chars.count > width {
            start = max(0, min(error.position - width / 2, chars.count - width))
            end = min(chars.count, start + width)
        }
        let shown = (start > 0 ? "…" : "") + VisibleText.sanitized(String(chars[start..<end])) + (end < chars.count ? "…" : "")
        let caret = String(repeating: " ", count: max(0, error.position - start + (start > 0 ? 1 : 0))) + "^"
        let message = VisibleText.sanitized("\(error)")
        FileHandle.standardError.write(Data("pressroom: bad query: \(message)\n  \(shown)\n  \(caret)\n".utf8))
    }
}
