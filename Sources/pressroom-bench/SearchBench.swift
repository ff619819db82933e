import Foundation
import PressroomCore
import ArgumentParser

/// `pressroom-bench search DIR [--runs N] [--typing-rounds N] [--grep-runs N]` over a gencorpus archive:
/// index build time and throughput, the index's memory, every manifest query's latency, simulated
/// typing (every prefix of every manifest query), and `grep -rliwF` on the same files for comparison.
func runSearchBench(dir: String, runs: Int, typingRounds: Int, grepRuns: Int, buildRuns: Int) throws {

    // The manifest: queries and expected counts.
    struct ManifestQuery: Decodable {
        var id: String
        var category: String
        var query: String
        var terms: [String]
        var expected: Int
        var raw_expected: Int?
    }
    struct Manifest: Decodable { var queries: [ManifestQuery]; var total_bytes: Int; var count: Int }
    let manifestPath = (dir as NSString).appendingPathComponent("manifest.json")
    guard let manifestData = FileManager.default.contents(atPath: manifestPath) else {
        throw ValidationError("""
            \(manifestPath) cannot be read: `search` measures a gencorpus archive, whose manifest holds the \
            queries and their expected counts (make one with: python3 ../shared/tools/gencorpus.py --count 20000 DIR)
            """)
    }
    let manifest: Manifest
    do { manifest = try JSONDecoder().decode(Manifest.self, from: manifestData) } catch {
        throw ValidationError("\(manifestPath) is not a gencorpus manifest (queries, total_bytes, count): \(error)")
    }
    let folders = try yearFolders(dir)
    let archiveMB = Double(manifest.total_bytes) / 1_000_000

    // Loading and parsing (the parser's work, reported apart).
    var t = now()
    let archive = Archive.load(folders)
    let loadSeconds = now() - t
    let releases = archive.releases
    trimHeap()  // as the index build does at its end: both RSS figures then exclude freed memory
    let rssWithout = memoryMB("VmRSS") ?? 0
    print("search bench: \(releases.count) releases, \(fmt(archiveMB)) MB in \(folders.count) year folders")
    print("  load+parse (not search's work): \(fmt(loadSeconds)) s, \(fmt(archiveMB / loadSeconds)) MB/s")

    // Index build: the first build's memory, then the median time of several builds.
    let peakBefore = memoryMB("VmHWM") ?? 0
    t = now()
    var index: SearchIndex? = SearchIndex(releases)
    var builds: [Double] = [now() - t]
    let rssWith = memoryMB("VmRSS") ?? 0
    let peakDuringBuild = memoryMB("VmHWM") ?? 0
    let (more, cpu) = timedRuns(buildRuns - 1, cpu: cpuSeconds, untimed: { index = nil }) {
        index = SearchIndex(releases)
    }
    builds += more
    let buildCPU = cpu.isEmpty ? builds[0] : median(cpu)
    let search = index!
    let buildSeconds = median(builds)
    let indexMB = Double(search.indexBytes) / 1_000_000
    print("  index build: \(fmt(buildSeconds)) s (median of \(buildRuns); \(builds.map { fmt($0) }.joined(separator: ", "))), "
          + "\(fmt(archiveMB / buildSeconds)) MB/s on \(ProcessInfo.processInfo.activeProcessorCount) cores, "
          + "\(search.termCount) terms; \(fmt(buildCPU, 2)) s of CPU = \(fmt(archiveMB / buildCPU)) MB/s per core")
    print("  index memory: \(fmt(indexMB)) MB of arrays (\(fmt(100 * indexMB / archiveMB))% of the archive's "
          + "\(fmt(archiveMB)) MB); RSS \(fmt(rssWithout)) MB without the index, \(fmt(rssWith)) MB with it "
          + "(+\(fmt(rssWith - rssWithout)) MB); peak RSS \(fmt(peakBefore)) MB before the build, "
          + "\(fmt(peakDuringBuild)) MB during it (transient build buffers, freed after)")

    // Every manifest query: counts (as `text:` terms, the oracle's rule) and latency of the query as typed.
    print("")
    print(pad("query", 34) + pad("expected", 9) + pad("found", 9) + pad("p50 ms", 9) + pad("p99 ms", 9) + "rank p50 ms")
    var queryP50: [String: Double] = [:]
    var allLatencies: [Double] = []
    var mismatches: [String] = []
    for q in manifest.queries {
        let textQuery = q.terms.map { "text:" + $0 }.joined(separator: " ")
        let found = search.search(textQuery).matches.count
        if found != q.expected { mismatches.append("\(q.id) expected \(q.expected) found \(found)") }
        var times: [Double] = []
        for i in 0..<(runs + 3) {
            let t0 = now()
            let r = search.search(q.query)
            let dt = now() - t0
            precondition(r.error == nil)
            if i >= 3 { times.append(dt * 1000) }
        }
        var rankTimes: [Double] = []
        let result = search.search(q.query)
        for _ in 0..<5 {
            let t0 = now()
            _ = search.ranked(result)
            rankTimes.append((now() - t0) * 1000)
        }
        queryP50[q.id] = percentile(times, 50)
        allLatencies += times
        print(pad("\(q.id) \(q.query)", 34) + pad("\(q.expected)", 9) + pad("\(found)", 9)
              + pad(fmt(percentile(times, 50), 3), 9) + pad(fmt(percentile(times, 99), 3), 9)
              + fmt(percentile(rankTimes, 50), 2))
    }

    // The rest of the language, for the record (not in the manifest): phrases, fields, dates, negation.
    let extras = ["\"of the\"", "\"\(manifest.queries[6].terms[0]) the\"", "title:\(manifest.queries[16].terms[0])",
                  "date:2021-01..2021-06", "after:2024-01-01 -\(manifest.queries[4].terms[0])",
                  "(\(manifest.queries[5].terms[0]) OR \(manifest.queries[6].terms[0])) has:embargo", "org:agency",
                  "t*", "th*"]
    print("")
    print(pad("other queries", 34) + pad("found", 9) + pad("p50 ms", 9) + "max ms")
    var extraRows: [(String, Double)] = []
    for q in extras {
        var times: [Double] = []
        var found = 0
        for _ in 0..<5 {
            let t0 = now()
            let r = search.search(q)
            times.append((now() - t0) * 1000)
            precondition(r.error == nil, "\(q): \(r.error!)")
            found = r.matches.count
        }
        extraRows.append((q, percentile(times, 50)))
        print(pad(q, 34) + pad("\(found)", 9) + pad(fmt(percentile(times, 50), 3), 9) + fmt(times.max()!, 3))
    }

    // Simulated typing: every prefix of every query, as the browser searches on each keystroke.
    var typing: [Double] = []
    var slowest = ("", 0.0)
    for _ in 0..<typingRounds {
        for q in manifest.queries {
            var prefix = ""
            for ch in q.query {
                prefix.append(ch)
                let t0 = now()
                _ = search.search(prefix, typing: true)
                let dt = (now() - t0) * 1000
                typing.append(dt)
                if dt > slowest.1 { slowest = (prefix, dt) }
            }
        }
    }
    print("")
    print("  typing: \(typing.count) keystrokes, p50 \(fmt(percentile(typing, 50), 3)) ms, "
          + "p99 \(fmt(percentile(typing, 99), 3)) ms, max \(fmt(typing.max() ?? 0, 3)) ms (slowest '\(slowest.0)')")

    // Baselines: grep over the same files, for a few single-word queries of different frequencies.
    let compared = ["common", "mid", "medium", "rare", "needle", "diacritic"].compactMap { cat in
        manifest.queries.first { $0.category == cat && $0.terms.count == 1 }
    }
    var ratios: [Double] = []
    var fastestGrep = Double.infinity
    print("")
    print(pad("baseline grep -rliwF", 34) + pad("grep s", 9) + pad("files", 9) + pad("ours ms", 9) + "ratio")
    for q in compared {
        var times: [Double] = []
        var files = 0
        for _ in 0..<grepRuns {
            let t0 = now()
            files = grepCount(q.terms[0], folders)
            times.append(now() - t0)
        }
        let g = median(times)
        fastestGrep = min(fastestGrep, g)
        let ours = queryP50[q.id]! / 1000
        let ratio = g / ours
        ratios.append(ratio)
        print(pad("\(q.id) \(q.terms[0])", 34) + pad(fmt(g, 3), 9) + pad("\(files)", 9)
              + pad(fmt(ours * 1000, 3), 9) + "\(fmt(ratio, 0))x")
    }
    // Every query against the fastest grep measured (a grep costs about the same whatever the word).
    let slowestQuery = queryP50.max { $0.value < $1.value }!
    let everyQueryRatio = fastestGrep / (slowestQuery.value / 1000)
    print("  every query: the slowest (\(slowestQuery.key), \(fmt(slowestQuery.value, 3)) ms) is "
          + "\(fmt(everyQueryRatio, 0))x faster than the fastest grep (\(fmt(fastestGrep, 3)) s)")
    if FileManager.default.isExecutableFile(atPath: "/usr/bin/fzf") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/fzf") {
        print("  fzf is installed but not compared (it filters lines, not files)")
    } else {
        print("  fzf: not installed, not compared")
    }
    if mismatches.isEmpty {
        print("  counts: all \(manifest.queries.count) manifest queries (as text: terms) match the expected counts")
    } else {
        print("  counts: \(mismatches.count) differ from the manifest: \(mismatches.joined(separator: "; "))")
    }
    let peak = memoryMB("VmHWM") ?? 0
    print("  peak RSS (VmHWM) of the whole run: \(fmt(peak)) MB")

    let json: [(String, String)] = [
        ("bench", "\"search\""),
        ("files", "\(releases.count)"),
        ("archive_mb", fmt(archiveMB)),
        ("load_s", fmt(loadSeconds, 3)),
        ("index_build_s", fmt(buildSeconds, 3)),
        ("index_mb_per_s", fmt(archiveMB / buildSeconds)),
        ("index_cpu_s", fmt(buildCPU, 3)),
        ("index_mb_per_cpu_s", fmt(archiveMB / buildCPU)),
        ("index_mb", fmt(indexMB)),
        ("index_rss_mb", fmt(rssWith - rssWithout)),
        ("rss_without_index_mb", fmt(rssWithout)),
        ("rss_with_index_mb", fmt(rssWith)),
        ("peak_rss_build_mb", fmt(peakDuringBuild)),
        ("query_p50_ms", fmt(percentile(allLatencies, 50), 3)),
        ("query_p99_ms", fmt(percentile(allLatencies, 99), 3)),
        ("query_max_p50_ms", fmt(slowestQuery.value, 3)),
        ("typing_p50_ms", fmt(percentile(typing, 50), 3)),
        ("typing_p99_ms", fmt(percentile(typing, 99), 3)),
        ("typing_max_ms", fmt(typing.max() ?? 0, 3)),
        ("grep_ratio_min", fmt(ratios.min() ?? 0, 0)),
        ("grep_ratio_every_query_min", fmt(everyQueryRatio, 0)),
        ("count_mismatches", "\(mismatches.count)"),
        ("phrase_of_the_ms", fmt(extraRows[0].1, 3)),
        ("peak_rss_mb", fmt(peak)),
    ]
    print(jsonLine(json))
}

/// `grep -rliwF TERM FOLDERS...`: the number of files listed.
private func grepCount(_ term: String, _ folders: [String]) -> Int {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/grep")
    p.arguments = ["-rliwF", term] + folders
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    try? p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return data.reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
}

/// Hands freed heap memory back to the system (glibc's `malloc_trim`, looked up at run time).
private func trimHeap() {
    typealias Trim = @convention(c) (Int) -> Int32
    if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
    }
}

/// User + system CPU time of the process so far (all threads).
private func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

private func pad(_ s: String, _ width: Int) -> String {
    s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
}
