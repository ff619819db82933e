import Foundation
import PressroomCore

/// `pressroom-bench contacts DIR [--times N] [--runs N]`: the contacts directory of a gencorpus archive
/// (its releases repeated N times, each copy a release of its own, to reach 100,000 from 20,000): the
/// directory's build time (median of runs), its entries, and a filter's time.
func runContactsBench(_ args: [String]) throws {
    guard let dir = args.first, !dir.hasPrefix("--") else {
        FileHandle.standardError.write(Data("usage: pressroom-bench contacts DIR [--times N] [--runs N]\n".utf8))
        exit(2)
    }
    func option(_ name: String, _ fallback: Int) -> Int {
        guard let i = args.firstIndex(of: name), i + 1 < args.count, let v = Int(args[i + 1]) else { return fallback }
        return v
    }
    let times = max(1, option("--times", 1))
    let runs = max(1, option("--runs", 5))
    let folders = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix("20") }.sorted()
        .map { (dir as NSString).appendingPathComponent($0) }
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
    var builds: [Double] = []
    var cpu: [Double] = []
    var directory: ContactDirectory?
    for _ in 0..<runs {
        directory = nil
        t = now()
        let c0 = threadCPU()
        directory = ContactDirectory(releases)
        builds.append(now() - t)
        cpu.append(threadCPU() - c0)
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

/// CPU time of the calling thread, in seconds.
private func threadCPU() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

private func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

private func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.isEmpty ? 0 : s[s.count / 2]
}

private func fmt(_ x: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", x) }
