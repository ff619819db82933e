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
        func validate() throws { try atLeastOne(runs, "--runs") }
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
        func validate() throws {
            try atLeastOne(runs, "--runs")
            try atLeast(0, typingRounds, "--typing-rounds")   // 0: no typing measured
            try atLeastOne(grepRuns, "--grep-runs")
            try atLeastOne(builds, "--builds")
        }
        func run() throws {
            try runSearchBench(dir: dir, runs: runs, typingRounds: typingRounds, grepRuns: grepRuns, buildRuns: builds)
        }
    }

    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A full 200x60 render and key to presented grid, over releases synthesised or read from DIR.")
        @Argument(help: "An archive to read (default: releases synthesised in-process).") var dir: String?
        @Option(help: "How many releases to synthesise.") var releases = 20_000
        @Option(help: "Frames rendered; keys pressed.") var rounds = 400
        func validate() throws {
            try atLeastOne(releases, "--releases")
            try atLeastOne(rounds, "--rounds")
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
        func validate() throws {
            try atLeastOne(times, "--times")
            try atLeastOne(runs, "--runs")
        }
        func run() throws { try runContactsBench(dir: dir, times: times, runs: runs) }
    }
}

/// Refuses a count below 1 (`--runs 0` would measure nothing and report a median of no runs), in the same
/// words for every benchmark's counts.
func atLeastOne(_ value: Int, _ option: String) throws { try atLeast(1, value, option) }

/// Refuses a count below `minimum` (a negative count would trap on its range).
func atLeast(_ minimum: Int, _ value: Int, _ option: String) throws {
    if value < minimum { throw ValidationError("\(option) must be \(minimum) or more") }
}

Bench.main()
