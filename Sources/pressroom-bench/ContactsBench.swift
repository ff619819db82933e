import Foundation
import PressroomCore

/// `pressroom-bench contacts DIR [--times N] [--runs N]`: the contacts directory of a gencorpus archive
/// (its releases repeated N times, each copy a release of its own, to reach 100,000 from 20,000): the
/// directory's build time (median of runs), its entries, and a filter's time.
func runContactsBench(dir: String, times: Int, runs: Int) throws {
    let folders = try yearFolders(dir)
    var t = now()
    let loaded = Archive.load(folders.isEmpty ? [dir] : folders).releases
    print("contacts bench: \(loaded.count) releases loaded in \(fmt(now() - t)) s")
    var releases: [Release] = []
    releases.reserveCapacity(loaded.count * times)
    for copy in 0..<times {
        for var r in loaded {
            r.id += "-\(copy)"
            r.source = "\(copy)/" + r.source
            releases.append(r)
        }
    }
    let contacts = releases.reduce(0) { $0 + $1.contacts.count }
    var directory: ContactDirectory?
    let (builds, cpu) = timedRuns(runs, cpu: threadCPUSeconds, untimed: { directory = nil }) {
        directory = ContactDirectory(releases)
    }
    let d = directory!
    print("  directory of \(releases.count) releases, \(contacts) contacts: \(d.entries.count) entries; build "
          + "\(fmt(median(builds), 3)) s (median of \(runs): \(builds.map { fmt($0, 3) }.joined(separator: ", "))); "
          + "\(fmt(median(cpu), 3)) s of CPU (one thread; the figure a busy machine does not inflate)")
    for query in ["contact:press", "contact:\"+44 20\"", "officer"] {
        t = now()
        let found = (try? d.filtered(query).get())?.count ?? -1
        print("  filter \(query): \(found) entries in \(fmt(now() - t, 3)) s")
    }
}

