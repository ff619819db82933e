// pressroom-bench: one executable for all benchmarks (../shared/BENCHMARKS.md), a subcommand each.
// Each benchmark lives in its own file; the shared measuring is in Timing.swift.
import ArgumentParser

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pressroom-bench",
        abstract: "pressroom's benchmarks: a table for people, then one JSON line of the figures.",
        subcommands: [Parse.self, Search.self, Render.self, Open.self, Contacts.self])

    struct Parse: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Reading and parsing throughput over an archive (make one with: python3 ../shared/tools/gencorpus.py --count 20000 DIR).")
        @Argument(help: "The archive.") var dir: String
        @Option(help: "Runs of each measure after a warm-up (the median is reported).") var runs = 5
        func validate() throws { if runs < 1 { throw ValidationError("--runs must be 1 or more") } }
        func run() throws { runParseBench(dir: dir, runs: runs) }
    }

    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Index build, every manifest query's latency, simulated typing, and grep on the same files, over a gencorpus archive.")
        @Argument(help: "A gencorpus archive (with its manifest.json).") var dir: String
        @Option(help: "Runs of each query.") var runs = 50
        @Option(help: "Rounds of typing every prefix of every query.") var typingRounds = 5
        @Option(help: "Runs of grep per compared query.") var grepRuns = 3
        @Option(help: "Builds of the index (the median is reported).") var builds = 3
        func run() throws {
            try runSearchBench(dir: dir, runs: runs, typingRounds: typingRounds, grepRuns: grepRuns, buildRuns: max(1, builds))
        }
    }

    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A full 200x60 render and key to presented grid, over releases synthesised or read from DIR.")
        @Argument(help: "An archive to read (default: releases synthesised in-process).") var dir: String?
        @Option(help: "How many releases to synthesise.") var releases = 20_000
        @Option(help: "Frames rendered; keys pressed.") var rounds = 400
        func validate() throws {
            if releases < 1 { throw ValidationError("--releases must be 1 or more") }
            if rounds < 1 { throw ValidationError("--rounds must be 1 or more") }
        }
        func run() throws { runRenderBench(dir: dir, count: releases, rounds: rounds) }
    }

    struct Open: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Cold index, warm start, warm --count, against cat and ripgrep on the same files.")
        @Argument(help: "The archive.") var dir: String
        @Option(help: "The word searched for.") var word = "water"
        func run() throws { try runOpenBench(dir: dir, word: word) }
    }

    struct Contacts: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The contacts directory of a gencorpus archive: its build time, entries, and a filter's time.")
        @Argument(help: "The archive.") var dir: String
        @Option(help: "The archive's releases this many times over (each copy a release of its own).") var times = 1
        @Option(help: "Builds of the directory (the median is reported).") var runs = 5
        func run() throws { try runContactsBench(dir: dir, times: max(1, times), runs: max(1, runs)) }
    }
}

Bench.main()
