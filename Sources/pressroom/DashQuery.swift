/// `pressroom search -gold DIR`: a query that starts with `-` (NOT, in the query language) would be read as
/// an option. Before parsing, the arguments of `search` are put in the order the parser takes without
/// doubt: the options first (a value joined to its option, `--limit=-1`), then `--`, then the query and the
/// paths. Only a first positional argument that is not one of search's options is the query; an unknown
/// option elsewhere stays an option, and is reported as one.
enum DashQuery {
    /// Search's options that take a value.
    static let valued: Set<String> = ["--format", "--sort", "--limit", "--cache", "--max-size"]
    /// Search's flags.
    static let flags: Set<String> = ["--count", "--no-cache", "-h", "--help"]

    /// `arguments` (without the program's name) in an order that parses as meant.
    static func rewrite(_ arguments: [String]) -> [String] {
        guard arguments.first == "search" else { return arguments }
        var options: [String] = []
        var positionals: [String] = []
        var i = 1
        while i < arguments.count {
            let a = arguments[i]
            if a == "--" {
                positionals += arguments[(i + 1)...]
                break
            }
            let name = a.split(separator: "=", maxSplits: 1).first.map(String.init) ?? a
            if valued.contains(a), i + 1 < arguments.count {
                options.append(a + "=" + arguments[i + 1])
                i += 2
                continue
            }
            if valued.contains(name) || flags.contains(a) {
                options.append(a)
            } else if a.hasPrefix("-"), a.count > 1, !positionals.isEmpty || isOptionLike(a) {
                options.append(a)          // an unknown option: left for the parser to report
            } else {
                positionals.append(a)      // the query (even `-gold`), then the paths
            }
            i += 1
        }
        guard positionals.first?.hasPrefix("-") == true else { return arguments }
        return ["search"] + options + ["--"] + positionals
    }

    /// `--word`: written as a long option, never a query (a query's NOT is one dash).
    private static func isOptionLike(_ a: String) -> Bool { a.hasPrefix("--") }
}
