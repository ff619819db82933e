import ArgumentParser
import Foundation
import PressroomCore

/// `pressroom explain`: why the parser read one release as it did.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show how one release file was read: each line's role, and the candidates weighed for each field.")

    @Argument(help: "The path of a release file.") var path: String
    @Option(help: "Cut lines to this many columns (default: $COLUMNS, else 100).") var width: Int?

    func run() throws {
        let columns = width ?? ProcessInfo.processInfo.environment["COLUMNS"].flatMap { Int($0) } ?? 100
        guard columns >= 20 else { throw ValidationError("--width must be at least 20") }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            Inputs.printError("\(path): no such file or directory")
            throw ExitCode(2)
        }
        guard !isDirectory.boolValue else {
            Inputs.printError("\(path): is a folder; explain reads one release file")
            throw ExitCode(2)
        }
        let file = SourceFile(path: path, source: path, format: ArchiveReader.format(ofName: path) ?? .text)
        switch ArchiveReader.read(file) {
        case .failure(let problem):
            Inputs.printError(problem.description)
            throw ExitCode(1)
        case .success(let doc):
            let (release, explanation) = ReleaseParser.explain(doc)
            Output.write(explanation.text(release: release, width: columns))
        }
    }
}
