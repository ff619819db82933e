import ArgumentParser
import Foundation
import PressroomCore
import PressroomTerminal
import PressroomUI

/// `pressroom [PATH...]`: the interactive browser (the default command). With stdout not a terminal, the
/// list as `pressroom list` prints it.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Browse releases in the terminal (the default command).")

    @Flag(help: "Do not capture the mouse, so that the terminal's text selection works.") var noMouse = false
    @Argument(help: "Files and folders to read (default: the bundled releases).") var paths: [String] = []
    @OptionGroup var cacheOptions: CacheOptions

    func run() throws {
        // A large archive takes a while to read: say so, then erase the line (spaces, no escape sequences).
        // The carriage return lets a problem report from the loading overwrite the notice.
        let notice = "pressroom: reading releases…"
        let showNotice = Terminal.isUsable && isatty(2) == 1
        if showNotice { FileHandle.standardError.write(Data((notice + "\r").utf8)) }
        let archive: Archive
        do {
            archive = try Inputs.load(paths, cacheOptions)
        } catch {
            throw error
        }
        if showNotice {
            FileHandle.standardError.write(Data(("\r" + String(repeating: " ", count: notice.count) + "\r").utf8))
        }
        let catalog = Catalog(releases: archive.releases, problems: archive.problems)
        guard Terminal.isUsable else {
            // Not a terminal (`pressroom | cat`): the list, as `pressroom list` prints it.
            FileHandle.standardOutput.write(Data(PlainList.text(PlainList.ordered(catalog)).utf8))
            if !archive.problems.isEmpty { throw ExitCode(1) }
            return
        }
        let paths = self.paths
        do {
            let explain: (Release) -> Result<[String], ExplainFailure> = { release in
                guard let (again, explanation) = Archive.explain(release, in: Inputs.paths(paths)) else {
                    return .failure(ExplainFailure("its file is gone or has changed since it was loaded (r reloads)"))
                }
                let text = explanation.text(release: again, width: 116)
                return .success(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
            }
            let status = try Browser.run(catalog, options: BrowserOptions(mouse: !noMouse), explain: explain) {
                // Not Inputs.load: it reports on stderr, which would land on the browser's screen.
                let again = cacheOptions.loader().load(Inputs.paths(paths)).archive
                let vanished = again.missing.map { LoadProblem(path: $0, reason: "no such file or directory") }
                return Catalog(releases: again.releases, problems: vanished + again.problems)
            }
            if status != 0 { throw ExitCode(status) }
        } catch let error as TerminalUnavailable {
            FileHandle.standardError.write(Data("pressroom: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }
}
