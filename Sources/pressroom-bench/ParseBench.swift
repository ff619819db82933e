import Foundation

/// PLACEHOLDER (skeleton); replaced by the work that owns this benchmark.
func runParseBench(_ args: [String]) throws {
    FileHandle.standardError.write(Data("not built yet\n".utf8))
    exit(2)
}
