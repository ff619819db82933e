import ArgumentParser
import Foundation
import PressroomCore

/// Where the arguments' releases come from: the paths given, or the bundled demo releases.
enum Inputs {
    /// The bundled releases folder (`Resources/releases`).
    static var bundledReleases: String {
        Bundle.module.url(forResource: "releases", withExtension: nil)?.path ?? "Resources/releases"
    }

    /// The paths to read: those given, else the bundled releases.
    static func paths(_ given: [String]) -> [String] {
        given.isEmpty ? [bundledReleases] : given
    }

    /// Loads the archive, printing one line per problem on stderr. Exits 2 when a path does not exist.
    static func load(_ given: [String]) throws -> Archive {
        let archive = Archive.load(paths(given))
        for path in archive.missing {
            FileHandle.standardError.write(Data("pressroom: \(path): no such file or directory\n".utf8))
        }
        if !archive.missing.isEmpty { throw ExitCode(2) }
        for problem in archive.problems {
            FileHandle.standardError.write(Data("pressroom: \(problem)\n".utf8))
        }
        return archive
    }
}
