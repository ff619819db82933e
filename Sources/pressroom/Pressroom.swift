import ArgumentParser
import Foundation

@main
struct Pressroom: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pressroom",
        abstract: "Browse, search and export archives of press releases.",
        subcommands: [BrowseCommand.self, ListCommand.self, ShowCommand.self, SearchCommand.self,
                      ContactsCommand.self, ExportCommand.self, ExplainCommand.self, IndexCommand.self,
                      CheckCommand.self],
        defaultSubcommand: BrowseCommand.self
    )

    static func main() {
        // A closed standard output (`pressroom export >&-`) is reported before any work: otherwise the
        // first file opened (a pipe to pdftotext, the index) would take its number and be written to.
        if fcntl(STDOUT_FILENO, F_GETFD) == -1 && errno == EBADF {
            FileHandle.standardError.write(Data("pressroom: cannot write the output: standard output is closed\n".utf8))
            Foundation.exit(1)
        }
        do {
            var command = try parseAsRoot(DashQuery.rewrite(Array(CommandLine.arguments.dropFirst())))
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
