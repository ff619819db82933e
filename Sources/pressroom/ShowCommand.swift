import ArgumentParser
import Foundation
import PressroomCore
import PressroomUI

/// `pressroom show`: one release as the detail pane shows it.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one release as the detail pane shows it.")

    @Argument(help: "A release id (or a unique prefix of one), a file name or source path as `list` shows it, or the path of a release file.") var release: String
    @Option(parsing: .unconditional, help: "Wrap to this many columns, 10 or more (default: $COLUMNS, else 80).") var width: Int?

    func validate() throws {
        if let width, width < 10 { throw ValidationError("--width must be at least 10 (it was \(width))") }
    }

    @OptionGroup var inputs: InputPaths

    func run() throws {
        // $COLUMNS too narrow to read in is taken as 10.
        let columns = width ?? max(10, ProcessInfo.processInfo.environment["COLUMNS"].flatMap { Int($0) } ?? 80)
        // (A folder is not a release: `show DIR` looks the name up, and says so when it names none.)
        var isFolder: ObjCBool = false
        let isFile = inputs.paths.isEmpty && FileManager.default.fileExists(atPath: release, isDirectory: &isFolder) && !isFolder.boolValue
        // `mail/inbox.mbox#042`: one message of an mbox, named by its path as `list` prints it.
        let message = inputs.paths.isEmpty && !isFile ? Mailbox.mboxPart(of: release).flatMap { part in
            FileManager.default.fileExists(atPath: part.file) ? part.file : nil
        } : nil
        let found: Release?
        if isFile {
            found = try Inputs.load([release], inputs.cache).releases.first
        } else if let message {
            found = try Inputs.load([message], inputs.cache).releases.first { $0.source == release }
        } else {
            // The id among the list fields (no record decoded), then that one file's record.
            let listed = try Inputs.load(inputs.paths, inputs.cache, records: false)
            switch PlainDetail.lookUp(release, in: listed.releases) {
            case .found(let hit): found = record(of: hit)
            case .none: found = nil
            case .ambiguous(let hits):
                Inputs.printError("'\(release)' names \(hits.count) releases: "
                                  + hits.prefix(5).map { "\($0.id) (\($0.source))" }.joined(separator: ", ")
                                  + (hits.count > 5 ? ", …" : "") + "; give the id")
                throw ExitCode(1)
            }
        }
        guard let found else {
            // A file that could not be used has said why (`Inputs.load`): nothing to add.
            if isFile { throw ExitCode(1) }
            // A path to a file that is not there is a missing path (exit 2), not an unknown id.
            if inputs.paths.isEmpty, Self.looksLikePath(release) {
                Inputs.printError("\(release): no such file or directory")
                throw ExitCode(2)
            }
            Inputs.printError("no release '\(release)': give an id, a file name or a source path as `pressroom list` shows it")
            throw ExitCode(1)
        }
        Output.write(PlainDetail.text(found, width: columns))
    }

    /// Whether `argument`, not found as an id or a name, is the path of a release file: it holds a folder
    /// separator or ends in a release file's extension (an id is hexadecimal, with neither).
    static func looksLikePath(_ argument: String) -> Bool {
        argument.contains("/") || ArchiveReader.format(ofName: argument) != nil
    }

    /// The whole record of a release found by its list fields: its file read through the index, under
    /// whichever argument holds it.
    private func record(of hit: Release) -> Release? {
        let loader = inputs.cache.loader()
        for argument in inputs.resolved {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder) else { continue }
            // A message of an mbox is read with its mbox (`inbox.mbox#042` → `inbox.mbox`), and found by its id.
            let name = Mailbox.mboxPart(of: hit.source).map(\.file) ?? hit.source
            let file = isFolder.boolValue ? (argument.hasSuffix("/") ? argument : argument + "/") + name : argument
            guard isFolder.boolValue || argument == hit.source || argument == name else { continue }
            if var whole = loader.load([file]).archive.releases.first(where: { $0.id == hit.id }) {
                whole.source = hit.source
                return whole
            }
        }
        return hit  // its file is gone since: what the index knows
    }
}
