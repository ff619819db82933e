import Foundation
import PressroomCore
import PressroomUI
import ArgumentParser

/// `pressroom-bench open DIR`: opening an archive through the persistent index.
///
/// - cold index: a new index file, every file read and parsed on all cores and stored (`pressroom index`);
/// - warm first screen: the browser's first frame (80x24) computed from the index: its list fields read,
///   the catalog sorted, the frame rendered — in this process, median of 5; and `pressroom list --count`
///   run as a process (discovery, a stat per file, the index's rows), median of 3;
/// - warm records: every record decoded from the index (what `export`, `search` and `contacts` start with);
/// - warm after touching 1 % of the files: `pressroom list --count` (those files parsed again);
/// - search: `pressroom search --count WORD` the first time (the search index built and kept) and then with
///   the kept one (median of 3), against `rg -l -w -i -F` (or grep; median of 3);
/// - record encodings: decoding the index's compact encoding against the spec's JSON (JSONSerialization);
/// - baseline: `cat` of every file (page cache warm), and peak memory of this process.
///
/// The binary measured is the `pressroom` beside this one (build both with `swift build -c release`).
func runOpenBench(dir: String, word: String) throws {
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        .deletingLastPathComponent().appendingPathComponent("pressroom").path
    // Without it every `pressroom` step would time nothing and print empty counts.
    guard FileManager.default.isExecutableFile(atPath: binary) else {
        throw ValidationError("no pressroom binary at \(binary): the open bench runs the pressroom beside it "
                              + "(build both with `swift build -c release` and run .build/release/pressroom-bench)")
    }
    let work = NSTemporaryDirectory() + "pressroom-open-bench-\(getpid())"
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: work) }
    let cache = work + "/index.sqlite"

    let files = ArchiveReader.discover([dir]).files
    var bytes: Int64 = 0
    for file in files {
        var info = stat()
        if stat(file.path, &info) == 0 { bytes += Int64(info.st_size) }
    }
    let mb = Double(bytes) / 1_048_576
    print("open: \(files.count) files, \(fmt(mb, 1)) MB in \(dir)")

    // Baseline: cat of every file, twice (the second with the page cache warm, as the other figures are).
    _ = shell("find \(quote(dir)) -type f -print0 | xargs -0 cat > /dev/null")
    let catAll = timed { _ = shell("find \(quote(dir)) -type f -print0 | xargs -0 cat > /dev/null") }

    // Cold index.
    let coldStart = now()
    let (coldArchive, coldReport) = ArchiveLoader(cachePath: cache).load([dir], records: false)
    let cold = now() - coldStart
    if let fault = coldReport.fault { print("  cache fault: \(fault)") }

    // Warm first screen, in this process.
    var firstScreens: [Double] = []
    var shown = 0
    for _ in 0..<5 {
        let t = now()
        let first = ArchiveLoader(cachePath: cache).indexedSummaries([dir])
        let state = AppState(catalog: Catalog(releases: first.releases, problems: first.problems, isSummary: true),
                             size: Size(rows: 24, columns: 80))
        let frame = render(state)
        firstScreens.append(now() - t)
        shown = first.releases.count
        precondition(!frame.text.isEmpty)
    }
    let firstScreen = median(firstScreens)

    // Typing while releases arrive: the browser's key path (update + render of a 80x24 frame) with searches
    // off the key path, and the arrival of a batch of releases (`.loading`), as the loop runs them.
    let summaries = ArchiveLoader(cachePath: cache).indexedSummaries([dir]).releases
    var typing = AppState(catalog: Catalog(releases: Array(summaries.prefix(summaries.count / 2))), size: Size(rows: 24, columns: 80))
    typing.searchOffKeyPath = true
    typing = update(typing, .startSearch).state
    var keyTimes: [Double] = []
    var arrivalTimes: [Double] = []
    let batches = (1...10).map { k in
        let partial = Catalog(releases: Array(summaries.prefix(summaries.count / 2 + summaries.count * k / 20)))
        _ = partial.ordering(.newestFirst)  // as the loading thread does
        _ = partial.position(ofID: "")
        return partial
    }
    let words = Array("water supply council report ")
    for k in 0..<200 {
        let key: Action = k % 29 == 28 ? .edit(.deleteWord) : .edit(.insert(words[k % words.count]))
        let t = now()
        typing = update(typing, key).state
        _ = render(typing)
        keyTimes.append(now() - t)
        if k % 20 == 19 {
            let t2 = now()
            typing = update(typing, .cancelSearch).state  // with no query the arrivals enter the list
            typing = update(typing, .loading(batches[k / 20], LoadingStatus(done: k, total: 200))).state
            _ = render(typing)
            arrivalTimes.append(now() - t2)
            typing = update(typing, .startSearch).state
        }
    }
    keyTimes.sort()
    arrivalTimes.sort()
    let keyP50 = keyTimes[keyTimes.count / 2] * 1000, keyP99 = keyTimes[keyTimes.count * 99 / 100] * 1000
    let arrivalMax = (arrivalTimes.last ?? 0) * 1000

    // Warm `pressroom list --count`.
    var lists: [Double] = []
    var listed = ""
    for _ in 0..<3 {
        lists.append(timed { listed = shell("\(quote(binary)) list --count --cache \(quote(cache)) \(quote(dir)) 2>/dev/null") })
    }
    let listCount = median(lists)
    let listRSS = Double(shell("/usr/bin/time -f %M \(quote(binary)) list --count --cache \(quote(cache)) \(quote(dir)) 2>&1 >/dev/null")
        .split(separator: "\n").last.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) } ?? 0) / 1024

    // Warm records: every record decoded.
    let recordsStart = now()
    let (warmArchive, _) = ArchiveLoader(cachePath: cache).load([dir], records: true)
    let warmRecords = now() - recordsStart

    // Record encodings compared on up to 5,000 records.
    let sample = Array(warmArchive.releases.prefix(5000))
    let blobs = sample.map(ReleaseCodec.encode)
    let jsons = sample.map { Data(ReleaseJSON.array([$0]).utf8) }
    let codecDecode = timed { for (k, blob) in blobs.enumerated() { _ = ReleaseCodec.decode(blob, id: sample[k].id, source: sample[k].source) } }
    let jsonDecode = timed { for json in jsons { _ = try? JSONSerialization.jsonObject(with: json) } }
    let blobMB = Double(blobs.reduce(0) { $0 + $1.count }) / 1_048_576
    let jsonMB = Double(jsons.reduce(0) { $0 + $1.count }) / 1_048_576

    // Search with the warm index, against ripgrep (or grep).
    // The first search builds the search index and keeps it; the next ones read it.
    let searchCommand = "\(quote(binary)) search --count --cache \(quote(cache)) \(quote(word)) \(quote(dir)) 2>/dev/null"
    let firstSearch = timed { _ = shell(searchCommand) }
    var searches: [Double] = []
    var searchCount = ""
    for _ in 0..<3 { searches.append(timed { searchCount = shell(searchCommand).trimmingCharacters(in: .whitespacesAndNewlines) }) }
    let search = median(searches)
    let hasRipgrep = !shell("command -v rg").isEmpty
    let grepCommand = hasRipgrep ? "rg -l -w -i -F \(quote(word)) \(quote(dir)) | wc -l"
        : "grep -r -l -w -i -F \(quote(word)) \(quote(dir)) | wc -l"
    var grepCount = ""
    var greps: [Double] = []
    for _ in 0..<3 { greps.append(timed { grepCount = shell(grepCommand).trimmingCharacters(in: .whitespacesAndNewlines) }) }
    let grep = median(greps)

    // The same count with `pressroom index --watch` running (it vouches: no `stat` of the files), alternated
    // with rg, median of 3.
    var watched: [Double] = []
    var watchedGreps: [Double] = []
    var watchedCount = ""
    if let watcher = startWatcher(binary: binary, cache: cache, dir: dir, work: work) {
        for _ in 0..<3 {
            watched.append(timed { watchedCount = shell(searchCommand).trimmingCharacters(in: .whitespacesAndNewlines) })
            watchedGreps.append(timed { _ = shell(grepCommand) })
        }
        watcher.terminate()
        watcher.waitUntilExit()
    }
    let searchWatched = watched.isEmpty ? 0 : median(watched)
    let grepWatched = watchedGreps.isEmpty ? 0 : median(watchedGreps)

    // Warm after touching 1 % of the files.
    let touched = stride(from: 0, to: files.count, by: 100).map { files[$0].path }
    for path in touched { utimes(path, nil) }
    let afterTouch = timed { _ = shell("\(quote(binary)) list --count --cache \(quote(cache)) \(quote(dir)) 2>/dev/null") }
    let peak = (peakRSSMegabytes() ?? 0)

    print("")
    print("  step                                             seconds    note")
    print("  cat of every file (baseline)                   \(pad(catAll))    \(fmt(mb / catAll, 0)) MB/s")
    print("  cold index (read, parse, store; all cores)      \(pad(cold))    \(fmt(mb / cold, 1)) MB/s, \(fmt(Double(files.count) / cold, 0)) files/s, \(coldArchive.releases.count) releases, \(coldArchive.problems.count) problems")
    print("  warm first screen (index → catalog → frame)     \(pad(firstScreen))    \(shown) rows listed; median of 5")
    print("  typing during loading, key → frame              p50 \(fmt(keyP50, 2)) ms, p99 \(fmt(keyP99, 2)) ms; a batch of releases arriving: max \(fmt(arrivalMax, 1)) ms")
    print("  warm `pressroom list --count`                   \(pad(listCount))    \(listed.trimmingCharacters(in: .whitespacesAndNewlines)) releases; median of 3")
    print("  warm records decoded (export/search start)      \(pad(warmRecords))    \(warmArchive.releases.count) records")
    print("  warm `list --count` after touching 1 %          \(pad(afterTouch))    \(touched.count) files parsed again")
    print("  first `search --count \(word)` (builds, keeps)   \(pad(firstSearch))    the search index built and stored")
    print("  warm `search --count \(word)`                    \(pad(search))    \(searchCount) matches; median of 3")
    print("  \(hasRipgrep ? "rg" : "grep") -l -w -i -F \(word)                        \(pad(grep))    \(grepCount) files; median of 3; ratio \(fmt(grep / search, 2))x")
    if searchWatched > 0 {
        print("  warm `search --count \(word)`, `index --watch` on  \(pad(searchWatched))    \(watchedCount) matches; median of 3; rg alternated \(fmt(grepWatched, 3)) s, ratio \(fmt(grepWatched / searchWatched, 2))x")
    } else {
        print("  warm `search --count \(word)`, `index --watch` on  (the watcher did not start vouching within 120 s)")
    }
    print("  decode \(sample.count) records: compact encoding    \(pad(codecDecode))    \(fmt(blobMB, 1)) MB")
    print("  decode \(sample.count) records: spec JSON            \(pad(jsonDecode))    \(fmt(jsonMB, 1)) MB; \(fmt(jsonDecode / codecDecode, 1))x slower")
    print("  peak RSS of this process (it holds every record): \(fmt(peak, 0)) MB; of `pressroom list --count`: \(fmt(listRSS, 0)) MB")
    print(jsonLine([
        ("bench", "\"open\""), ("files", "\(files.count)"), ("archive_mb", fmt(mb, 1)), ("cold_index_s", fmt(cold, 3)),
        ("cold_mb_per_s", fmt(mb / cold, 1)), ("warm_first_screen_s", fmt(firstScreen, 3)),
        ("warm_list_count_s", fmt(listCount, 3)), ("typing_p50_ms", fmt(keyP50, 2)), ("typing_p99_ms", fmt(keyP99, 2)),
        ("arrival_max_ms", fmt(arrivalMax, 1)), ("warm_records_s", fmt(warmRecords, 3)),
        ("warm_after_touch_s", fmt(afterTouch, 3)), ("first_search_count_s", fmt(firstSearch, 3)),
        ("search_count_s", fmt(search, 3)), ("grep_s", fmt(grep, 3)), ("grep_ratio", fmt(grep / search, 2)),
        ("watched_search_count_s", fmt(searchWatched, 3)), ("watched_grep_s", fmt(grepWatched, 3)),
        ("watched_grep_ratio", fmt(searchWatched > 0 ? grepWatched / searchWatched : 0, 2)),
        ("cat_all_s", fmt(catAll, 3)), ("codec_decode_s", fmt(codecDecode, 4)), ("json_decode_s", fmt(jsonDecode, 4)),
        ("peak_rss_mb", fmt(peak, 0)), ("list_peak_rss_mb", fmt(listRSS, 0)),
    ]))
}

/// `pressroom index --watch` over `dir` as a child, once it says it vouches (nil if not within 120 s).
private func startWatcher(binary: String, cache: String, dir: String, work: String) -> Process? {
    let out = work + "/watch.out"
    FileManager.default.createFile(atPath: out, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = ["index", "--watch", "--cache", cache, dir]
    guard let handle = FileHandle(forWritingAtPath: out) else { return nil }
    process.standardOutput = handle
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let end = Date().addingTimeInterval(120)
    while Date() < end {
        if let text = try? String(contentsOfFile: out, encoding: .utf8), text.contains("pressroom: watching ") { return process }
        usleep(50_000)
    }
    process.terminate()
    process.waitUntilExit()
    return nil
}

private func pad(_ seconds: Double) -> String {
    let text = fmt(seconds, 3)
    return String(repeating: " ", count: max(0, 8 - text.count)) + text
}

private func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

/// Runs `command` with /bin/sh and returns its standard output.
private func shell(_ command: String) -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return "" }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}

