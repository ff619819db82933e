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
        let archive = try Inputs.load(isFile ? [release] : paths, cacheOptions)
        let found = isFile ? archive.releases.first : PlainDetail.find(release, in: archive.releases)
        guard let found else {
            FileHandle.standardError.write(Data("pressroom: no release with id '\(release)'\n".utf8))
            throw ExitCode(1)
        }
        FileHandle.standardOutput.write(Data(PlainDetail.text(found, width: columns).utf8))
    }
}
