import ArgumentParser

/// PLACEHOLDER (skeleton); replaced by the work that owns the `show` command.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show")
    @Argument var arguments: [String] = []
    func run() throws { throw ValidationError("'show' is not built yet") }
}
