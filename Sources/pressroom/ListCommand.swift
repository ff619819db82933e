import ArgumentParser

/// PLACEHOLDER (skeleton); replaced by the work that owns the `list` command.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list")
    @Argument var arguments: [String] = []
    func run() throws { throw ValidationError("'list' is not built yet") }
}
