// pressroom-bench: one executable for all benchmarks (../shared/BENCHMARKS.md).
// Each benchmark lives in its own file; its entry point is registered here.
import Foundation

let benchmarks: [String: ([String]) throws -> Void] = [
    "parse": runParseBench,
    "search": runSearchBench,
    "render": runRenderBench,
    "open": runOpenBench,
    "contacts": runContactsBench,
]

let args = Array(CommandLine.arguments.dropFirst())
guard let name = args.first, let bench = benchmarks[name] else {
    let names = benchmarks.keys.sorted().joined(separator: "|")
    FileHandle.standardError.write(Data("usage: pressroom-bench <\(names)> [DIR] [options]\n".utf8))
    exit(2)
}
try bench(Array(args.dropFirst()))
