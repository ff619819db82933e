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
    ///
    /// Files are read and parsed in parallel; the result does not depend on the number of cores:
    /// releases are sorted by `source`, problems by path, missing arguments stay in argument order.
    public static func load(_ paths: [String]) -> Archive {
        load(paths, pdf: .fromEnvironment())
    }

    /// As `load(_:)`, extracting PDFs with `pdf`.
    public static func load(_ paths: [String], pdf: PDFTextExtractor) -> Archive {
        let found = ArchiveReader.discoverAll(paths)
        let outcomes = ParallelMap.map(found.files) { file -> Result<Release, LoadProblem> in
            ArchiveReader.read(file, pdf: pdf).map(ReleaseParser.parse)
        }
        var releases: [Release] = []
        var problems = found.problems
        releases.reserveCapacity(outcomes.count)
        for outcome in outcomes {
            switch outcome {
            case .success(let release): releases.append(release)
            case .failure(let problem): if !problem.isPassedOver { problems.append(problem) }
            }
        }
        // Two arguments can name the same file; keep the order total so the output is deterministic.
        releases.sort { ($0.source, $0.id) < ($1.source, $1.id) }
        problems.sort { ($0.path, $0.reason) < ($1.path, $1.reason) }
        return Archive(releases: releases, problems: problems, missing: found.missing)
    }
}

/// `map` over all cores with `DispatchQueue.concurrentPerform`, in chunks, results in input order.
enum ParallelMap {
    static func map<T: Sendable, U: Sendable>(_ items: [T], threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                                              _ transform: @Sendable (T) -> U) -> [U] {
        guard items.count > 1, threads > 1 else { return items.map(transform) }
        // Several chunks per core so that one slow file (a big PDF) does not leave the others idle.
        let chunks = min(items.count, threads * 8)
        let results = Slots<U>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let lower = items.count * chunk / chunks
            let upper = items.count * (chunk + 1) / chunks
            for index in lower..<upper { results.set(index, transform(items[index])) }
        }
        return results.values()
    }
}

/// Write-once result slots; each index is written by exactly one chunk, so no lock is needed.
private final class Slots<U>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<U?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func set(_ index: Int, _ value: U) { storage[index] = value }

    func values() -> [U] { (0..<count).map { storage[$0]! } }
}
