// pressroom-bench: one executable for all benchmarks (../shared/BENCHMARKS.md).
// Each benchmark lives in its own file and registers in `benchmarks` below.
import Foundation

let benchmarks: [String: ([String]) throws -> Void] = [:]

let args = Array(CommandLine.arguments.dropFirst())
guard let name = args.first, let bench = benchmarks[name] else {
    FileHandle.standardError.write(Data("usage: pressroom-bench <\(benchmarks.keys.sorted().joined(separator: "|"))> [DIR] [options]\n".utf8))
    exit(2)
}
try bench(Array(args.dropFirst()))
