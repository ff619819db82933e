import ArgumentParser
import Foundation
import PressroomCore
import PressroomUI

/// `pressroom list`: the browser's list as text, for scripts.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Print one line per release: date, organisation, headline, source (tab-separated).",
        discussion: "Newest first, undated last, as the browser lists them. Exits 1 when a file could not be read.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Flag(help: "Print the number of releases alone.") var count = false
    @Option(help: "text (tab-separated lines) or json.") var format: Format = .text

    @OptionGroup var inputs: InputPaths

    func run() throws {
        if count {
            // From the snapshot of the last load when nothing changed since; else the releases are streamed
            // past a counter, none kept.
            if let summary = try Inputs.quickSummary(inputs.paths, inputs.cache) {
                Output.write("\(summary.releaseCount)\n")
                if !summary.problems.isEmpty { throw ExitCode(1) }
                return
            }
            var releases = 0
            let archive = try Inputs.load(inputs.paths, inputs.cache, records: false, stream: { _ in releases += 1 })
            Output.write("\(releases)\n")
            if !archive.problems.isEmpty { throw ExitCode(1) }
            return
        }
        // Newest first: the order is known only once every date is.
        let archive = try Inputs.load(inputs.paths, inputs.cache, records: false)
        let releases = PlainList.ordered(Catalog(releases: archive.releases, problems: archive.problems))
        Output.write(format == .json ? PlainList.json(releases) : PlainList.text(releases))
        if !archive.problems.isEmpty { throw ExitCode(1) }     // as `export`: the list is there, but not all of it
    }
}
