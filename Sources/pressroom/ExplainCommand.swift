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
        // `mail/inbox.mbox#042`: one message of an mbox, as `list` names it.
        let part = FileManager.default.fileExists(atPath: path) ? nil : Mailbox.mboxPart(of: path).flatMap { part in
            FileManager.default.fileExists(atPath: part.file) ? part : nil
        }
        if let (message, number) = part.map({ ($0.file, $0.number) }) {
            // (The mbox is read as far as that message, not split whole.)
            switch Mailbox.message(number: number, path: message) {
            case .failure(let failure):
                Inputs.printError("\(message): \(failure.reason)")
                throw ExitCode(1)
            case .success(nil):
                Inputs.printError("\(path): \(message) holds no such message")
                throw ExitCode(1)
            case .success(let found?):
                var file = SourceFile(path: message, source: path, format: .email)
                file.message = found
                return try explain(file, columns: columns)
            }
        }
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            Inputs.printError("\(path): no such file or directory")
            throw ExitCode(2)
        }
        guard !isDirectory.boolValue else {
            Inputs.printError("\(path): is a folder; explain reads one release file")
            throw ExitCode(2)
        }
        let files = ArchiveReader.discoverAll([path]).files
        if files.count > 1, let last = files.last {
            Inputs.printError("\(path) is an mbox of \(files.count) messages; explain reads one: name it as `list` does (\(last.source))")
            throw ExitCode(2)
        }
        try explain(files.first ?? SourceFile(path: path, source: path, format: ArchiveReader.format(ofName: path) ?? .text), columns: columns)
    }

    private func explain(_ file: SourceFile, columns: Int) throws {
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
