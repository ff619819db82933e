import ArgumentParser

/// What every command that reads releases takes: the files and folders, and how to read them (the index,
/// the size limit). One option group, so that the paths mean the same in every command.
struct InputPaths: ParsableArguments {
    @Argument(help: "Files and folders to read (default: the bundled releases).") var paths: [String] = []
    @OptionGroup var cache: CacheOptions

    /// The paths to read: those given, else the bundled releases.
    var resolved: [String] { Inputs.paths(paths) }
}
