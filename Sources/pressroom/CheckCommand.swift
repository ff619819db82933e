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

    @OptionGroup var inputs: InputPaths

    func run() throws {
        let archive = try Inputs.load(inputs.paths, inputs.cache, records: false, printProblems: false)
        // A release without a headline is kept (listed as "(no headline)"), but it is a problem to fix.
        let headless = archive.releases.filter { $0.title.isEmpty }.map {
            LoadProblem(path: displayPath($0), reason: "no headline found (kept, listed as “(no headline)”)")
        }
        let problems = (archive.problems + headless).sorted { ($0.path, $0.reason) < ($1.path, $1.reason) }
        let text = problems.map { DisplayText.line($0.description) + "\n" }.joined()
        Output.write(text)
        if !problems.isEmpty { throw ExitCode(1) }
    }

    /// Where a release's file is, as the user named it: the folder argument it is under, joined with its source.
    private func displayPath(_ release: Release) -> String {
        for argument in inputs.resolved {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder) else { continue }
            if !isFolder.boolValue {
                if argument == release.source { return argument }
                continue
            }
            let path = (argument.hasSuffix("/") ? argument : argument + "/") + release.source
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        return release.source
    }
}

/// One line of output whatever a path or a reason holds: line breaks and tabs become spaces.
enum DisplayText {
    static func line(_ s: String) -> String {
        String(s.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
    }
}
