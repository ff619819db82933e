import PressroomCore

/// What `--watch` found changed on disk, counted for the status bar.
public struct WatchSummary: Hashable, Sendable {
    public var added = 0
    public var changed = 0
    public var removed = 0
    /// Files that could not be used and were not known as such before.
    public var problems = 0

    public init(added: Int = 0, changed: Int = 0, removed: Int = 0, problems: Int = 0) {
        self.added = added
        self.changed = changed
        self.removed = removed
        self.problems = problems
    }

    public var isEmpty: Bool { added == 0 && changed == 0 && removed == 0 && problems == 0 }
}

/// Releases read again from disk merged into a catalog (`Catalog.merging`), for `.merged`.
public struct CatalogMerge: Sendable, Equatable {
    /// The catalog the changes were merged into: when the browser's is no longer this one (a reload ended
    /// meanwhile), the paths are read again over the new one.
    public let base: Catalog
    public let catalog: Catalog
    public let summary: WatchSummary
    /// Old id → new id of each release whose file changed (a release's id is made from its bytes), so that
    /// the selection follows its file.
    public let renamed: [String: String]
    /// The paths that were read.
    public let paths: [String]

    public init(base: Catalog, catalog: Catalog, summary: WatchSummary, renamed: [String: String], paths: [String]) {
        self.base = base
        self.catalog = catalog
        self.summary = summary
        self.renamed = renamed
        self.paths = paths
    }

    public static func == (a: CatalogMerge, b: CatalogMerge) -> Bool {
        a.base === b.base && a.catalog === b.catalog && a.summary == b.summary && a.renamed == b.renamed && a.paths == b.paths
    }
}

extension Catalog {
    /// This catalog with `changes` merged in: the releases (and problems) of the places looked at replaced by
    /// what they hold now, the rest untouched, in the loaded archive's order (source, then id). Pure; run off
    /// the key path (it copies the releases).
    public func merging(_ changes: ArchiveChanges, paths: [String] = []) -> CatalogMerge {
        var old: [String: [String]] = [:]  // source → ids of the releases replaced
        var kept: [Release] = []
        kept.reserveCapacity(releases.count + changes.releases.count)
        let places = Places(changes.sources)
        for release in releases {
            if places.covers(release.source) {
                old[release.source, default: []].append(release.id)
            } else {
                kept.append(release)
            }
        }
        var new: [String: [String]] = [:]
        for release in changes.releases { new[release.source, default: []].append(release.id) }
        var summary = WatchSummary()
        var renamed: [String: String] = [:]
        for source in Set(old.keys).union(new.keys) {
            let before = old[source] ?? [], after = new[source] ?? []
            if before == after { continue }
            let pairs = min(before.count, after.count)
            summary.changed += pairs
            summary.added += after.count - pairs
            summary.removed += before.count - pairs
            for k in 0..<pairs where before[k] != after[k] { renamed[before[k]] = after[k] }
        }
        let knownProblems = Set(problems.map { [$0.path, $0.reason] })
        summary.problems = changes.problems.filter { !knownProblems.contains([$0.path, $0.reason]) }.count

        // The two lists are each in archive order: merge them.
        let isOrdered = kept.indices.dropFirst().allSatisfy { (kept[$0 - 1].source, kept[$0 - 1].id) <= (kept[$0].source, kept[$0].id) }
        var merged: [Release]
        if isOrdered {
            merged = []
            merged.reserveCapacity(kept.count + changes.releases.count)
            var a = 0, b = 0
            let fresh = changes.releases
            while a < kept.count || b < fresh.count {
                if b == fresh.count || (a < kept.count && (kept[a].source, kept[a].id) <= (fresh[b].source, fresh[b].id)) {
                    merged.append(kept[a]); a += 1
                } else {
                    merged.append(fresh[b]); b += 1
                }
            }
        } else {
            merged = (kept + changes.releases).sorted { ($0.source, $0.id) < ($1.source, $1.id) }
        }
        let problemPlaces = Places(changes.problemPaths)
        let problems = (self.problems.filter { !problemPlaces.covers($0.path) } + changes.problems)
            .sorted { ($0.path, $0.reason) < ($1.path, $1.reason) }
        let catalog = Catalog(releases: merged, problems: problems)
        return CatalogMerge(base: self, catalog: catalog, summary: summary, renamed: renamed, paths: paths)
    }
}

/// A set of paths, each standing for itself and everything under it as a folder.
private struct Places {
    let all: Set<String>
    let few: [String]?

    init(_ places: Set<String>) {
        all = places
        few = places.count <= 16 ? Array(places) : nil
    }

    func covers(_ path: String) -> Bool {
        guard let few else { return ArchiveChanges(sources: all).covers(source: path) }
        for place in few where path.utf8.starts(with: place.utf8) {
            let rest = path.utf8.dropFirst(place.utf8.count)
            if rest.isEmpty || rest.first == UInt8(ascii: "/") { return true }
        }
        return false
    }
}
