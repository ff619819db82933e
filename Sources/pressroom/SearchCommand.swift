import ArgumentParser

/// PLACEHOLDER (skeleton); replaced by the work that owns the `search` command.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search")
    @Argument var arguments: [String] = []
    func run() throws { throw ValidationError("'search' is not built yet") }
}
