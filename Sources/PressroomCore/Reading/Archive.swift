import Foundation

/// Everything loaded from the user's arguments: the records in `source` order and what went wrong.
public struct Archive: Sendable {
    public var releases: [Release]
    public var problems: [LoadProblem]
    /// Arguments that do not exist.
    public var missing: [String]

    public init(releases: [Release] = [], problems: [LoadProblem] = [], missing: [String] = []) {
        self.releases = releases
        self.problems = problems
        self.missing = missing
    }

    /// Discovers, reads and parses every file under `paths`. One bad file never stops the others.
    public static func load(_ paths: [String]) -> Archive {
        let (files, missing) = ArchiveReader.discover(paths)
        var releases: [Release] = []
        var problems: [LoadProblem] = []
        for file in files {
            switch ArchiveReader.read(file) {
            case .success(let doc): releases.append(ReleaseParser.parse(doc))
            case .failure(let problem): problems.append(problem)
            }
        }
        releases.sort { $0.source < $1.source }
        return Archive(releases: releases, problems: problems, missing: missing)
    }
}
