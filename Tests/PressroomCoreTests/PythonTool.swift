import Foundation

/// Runs the shared Python tools (`score.py`, `gencorpus.py`) for the accuracy tests.
enum PythonTool {
    /// `../shared` beside the repository, where the corpus and the tools are.
    static let shared = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    /// `python3 args…`; its standard output. Throws when it exits non-zero.
    @discardableResult
    static func run(_ args: [String]) throws -> String {
        let (data, status) = try output(of: URL(fileURLWithPath: "/usr/bin/env"), ["python3"] + args)
        guard status == 0 else {
            throw Failed(description: "python3 \(args.joined(separator: " ")) exited \(status)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// A program's standard output (its errors dropped) and exit status.
    static func output(of executable: URL, _ arguments: [String]) throws -> (Data, Int32) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (data, process.terminationStatus)
    }
}
