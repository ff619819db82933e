import ArgumentParser
import Foundation
import PressroomCore
import PressroomUI

/// `pressroom show`: one release as the detail pane shows it.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one release as the detail pane shows it.")

    @Argument(help: "A release id (or a unique prefix of one), or the path of a release file.") var release: String
    @Argument(help: "Where to look for the id (default: the bundled releases).") var paths: [String] = []
    @Option(help: "Wrap to this many columns (default: $COLUMNS, else 80).") var width: Int?

    @OptionGroup var cacheOptions: CacheOptions

    func run() throws {
        let columns = width ?? ProcessInfo.processInfo.environment["COLUMNS"].flatMap { Int($0) } ?? 80
        guard columns >= 10 else { throw ValidationError("--width must be at least 10") }
        let isFile = paths.isEmpty && FileManager.default.fileExists(atPath: release)
        let found: Release?
        if isFile {
            found = try Inputs.load([release], cacheOptions).releases.first
        } else {
            // The id among the list fields (no record decoded), then that one file's record.
            let listed = try Inputs.load(paths, cacheOptions, records: false)
            found = PlainDetail.find(release, in: listed.releases).flatMap { record(of: $0) }
        }
        guard let found else {
            Inputs.printError("no release with id '\(release)'")
            throw ExitCode(1)
        }
        Output.write(PlainDetail.text(found, width: columns))
    }

    /// The whole record of a release found by its list fields: its file read through the index, under
    /// whichever argument holds it.
    private func record(of hit: Release) -> Release? {
        let loader = cacheOptions.loader()
        for argument in Inputs.paths(paths) {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder) else { continue }
            let file = isFolder.boolValue ? (argument.hasSuffix("/") ? argument : argument + "/") + hit.source : argument
            guard isFolder.boolValue || argument == hit.source else { continue }
            if var whole = loader.load([file]).archive.releases.first(where: { $0.id == hit.id }) {
                whole.source = hit.source
                return whole
            }
        }
        return hit  // its file is gone since: what the index knows
    }
}
