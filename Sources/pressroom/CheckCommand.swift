import ArgumentParser
import Foundation
import PressroomCore

/// `pressroom check`: the files that could not be used, one line each, through the index.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "List the files that could not be used (path: reason), one a line.",
        discussion: """
            Unreadable, empty, binary, too large, undecodable, PDFs without text or whose extraction failed \
            or timed out. Exit status: 0 when there are none, 1 when there are some, 2 when a path does not exist.
            """)

    @OptionGroup var cacheOptions: CacheOptions
    @Argument(help: "Files and folders to check (default: the bundled releases).") var paths: [String] = []

    func run() throws {
        let archive = try Inputs.load(paths, cacheOptions, records: false, printProblems: false)
        let text = archive.problems.map { DisplayText.line($0.description) + "\n" }.joined()
        FileHandle.standardOutput.write(Data(text.utf8))
        if !archive.problems.isEmpty { throw ExitCode(1) }
    }
}

/// One line of output whatever a path or a reason holds: line breaks and tabs become spaces.
enum DisplayText {
    static func line(_ s: String) -> String {
        String(s.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
    }
}
