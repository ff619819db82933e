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

    @OptionGroup var inputs: InputPaths

    func run() throws {
        // Each record is written as soon as every record before it in `source` order is known, while later
        // files are still parsed: the first line comes at once and memory stays flat (`ArchiveLoader.load`'s
        // `stream`). The bytes are those of `ReleaseJSON.array`, `.lines` and `ReleaseCSV.document`.
        var out = Output.Buffer()
        var first = true
        let format = self.format
        /// The document's end, and what is still buffered, written: also when the load fails after some
        /// records went out (a path removed while it was read), so that what was printed is whole.
        func finish() {
            switch format {
            case .json: out.append(first ? "[]\n" : "\n]\n")
            case .jsonl: break
            case .csv: if first { out.append(CSV.line(ReleaseCSV.header)) }
            }
            out.flush()
        }
        let archive: Archive
        do {
            archive = try Inputs.load(inputs.paths, inputs.cache, stream: { release in
                switch format {
                case .json: out.append((first ? "[\n" : ",\n") + ReleaseJSON.object(release))
                case .jsonl: out.append(ReleaseJSON.object(release) + "\n")
                case .csv: out.append((first ? CSV.line(ReleaseCSV.header) : "") + CSV.line(ReleaseCSV.fields(release)))
                }
                first = false
            })
        } catch {
            if !first { finish() }
            throw error
        }
        finish()
        if !archive.problems.isEmpty { throw ExitCode(1) }
    }
}
