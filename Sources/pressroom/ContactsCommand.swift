import ArgumentParser

/// PLACEHOLDER (skeleton); replaced by the work that owns the `contacts` command.
struct ContactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "contacts")
    @Argument var arguments: [String] = []
    func run() throws { throw ValidationError("'contacts' is not built yet") }
}
