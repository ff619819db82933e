import ArgumentParser

/// PLACEHOLDER (skeleton); replaced by the work that owns the `browse` command.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "browse")
    @Argument var arguments: [String] = []
    func run() throws { throw ValidationError("'browse' is not built yet") }
}
