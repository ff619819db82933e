import ArgumentParser

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
}
