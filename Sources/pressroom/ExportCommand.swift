import ArgumentParser
import Foundation
import PressroomCore

/// `pressroom export`: the records of the spec, for scripts.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the release records (the JSON of spec/release-json.md), ordered by source.",
        discussion: """
            Exit status: 0 when every file was read; 1 when some file could not be read (each is named \
            on stderr with the reason, and the other records are still printed); 2 when a path does not exist.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, jsonl, csv }

    @Option(help: "json (one array), jsonl (one record a line) or csv (one row per release, RFC 4180).") var format: Format = .json
    @Argument(help: "Files and folders to read (default: the bundled releases).") var paths: [String] = []

    @OptionGroup var cacheOptions: CacheOptions

    func run() throws {
        let archive = try Inputs.load(paths, cacheOptions)
        let text: String
        switch format {
        case .json: text = ReleaseJSON.array(archive.releases) + "\n"
        case .jsonl: text = ReleaseJSON.lines(archive.releases)
        case .csv: text = ReleaseCSV.document(archive.releases)
        }
        Output.write(text)
        if !archive.problems.isEmpty { throw ExitCode(1) }
    }
}
