import Foundation
import PressroomCore

/// `pressroom-bench parse DIR [--runs N]`: reading and parsing throughput over an archive.
///
/// In one run, after a warm-up (which also fills the page cache):
/// - baseline: reading every file's bytes, nothing else, on one core;
/// - one core: read + decode + normalise + parse each file, with the time of each stage;
/// - all cores: `Archive.load`, as the program loads an archive (discovery included).
/// Each is repeated `--runs` times (default 5) and the median reported. The last line is the JSON of
/// ../shared/BENCHMARKS.md.
func runParseBench(dir: String, runs: Int) {
    let found = ArchiveReader.discoverAll([dir])
    guard found.missing.isEmpty else {
        FileHandle.standardError.write(Data("pressroom-bench: \(dir): no such file or directory\n".utf8))
        exit(2)
    }
    let files = found.files.filter { $0.format != .pdf }  // PDFs measure pdftotext, not pressroom
    guard !files.isEmpty else {
        FileHandle.standardError.write(Data("pressroom-bench: no text or markdown files under \(dir)\n".utf8))
        exit(2)
    }
    let bench = ParseBench(files: files)
    let bytes = bench.readOnly().bytes
    let mb = Double(bytes) / 1_000_000
    print("parse bench: \(files.count) files, \(String(format: "%.1f", mb)) MB, \(runs) runs after a warm-up, medians")

    _ = bench.pipelineOneCore()
    _ = Archive.load([dir])

    var baseline: [Double] = [], oneCore: [Double] = [], allCores: [Double] = []
    var stages: [ParseBench.Stages] = []
    var releases = 0, problems = 0
    for _ in 0..<runs {
        baseline.append(bench.readOnly().seconds)
        let single = bench.pipelineOneCore()
        oneCore.append(single.seconds - single.stages.export)
        stages.append(single.stages)
        releases = single.releases
        let started = now()
        let archive = Archive.load([dir])
        allCores.append(now() - started)
        problems = archive.problems.count
    }
    let readMedian = median(baseline), oneMedian = median(oneCore), allMedian = median(allCores)
    let stageMedian = ParseBench.Stages(
        read: median(stages.map(\.read)), decode: median(stages.map(\.decode)),
        normalize: median(stages.map(\.normalize)), parse: median(stages.map(\.parse)), export: median(stages.map(\.export)))
    // The export pipeline: the same work and each record written as its JSON line (what `export --format
    // jsonl` does per release); the issue's bound is 1.5 times the parser's pipeline.
    let exportMedian = median(zip(oneCore, stages).map { $0 + $1.export })
    let cores = ProcessInfo.processInfo.activeProcessorCount

    func row(_ name: String, _ seconds: Double, _ count: Int? = nil) -> String {
        let rate = mb / seconds
        let perSecond = count.map { String(format: "%10.0f", Double($0) / seconds) } ?? String(repeating: " ", count: 10)
        return name.padding(toLength: 40, withPad: " ", startingAt: 0)
            + String(format: "%9.3f s %9.1f MB/s", seconds, rate) + " " + perSecond
    }
    print("what".padding(toLength: 40, withPad: " ", startingAt: 0) + "     median          rate  releases/s")
    print(row("baseline: read bytes, 1 core", readMedian))
    print(row("read+decode+normalise+parse, 1 core", oneMedian, releases))
    print(row("  stage: read", stageMedian.read))
    print(row("  stage: decode", stageMedian.decode))
    print(row("  stage: normalise", stageMedian.normalize))
    print(row("  stage: parse", stageMedian.parse))
    print(row("pipeline + JSON line (export), 1 core", exportMedian, releases))
    print(row("Archive.load, \(cores) cores", allMedian, releases))
    let ratio = oneMedian / readMedian
    print(String(format: "one-core pipeline takes %.1f× the time of reading the bytes; floor 25 MB/s on one core: %@",
                 ratio, mb / oneMedian >= 25 ? "met" : "NOT MET"))
    print(String(format: "export (jsonl) on one core takes %.2f× the parser's pipeline; bound 1.5×: %@",
                 exportMedian / oneMedian, exportMedian / oneMedian <= 1.5 ? "met" : "NOT MET"))
    if problems > 0 { print("files refused while loading: \(problems)") }

    let json: [(String, String)] = [
        ("bench", "\"parse\""),
        ("files", "\(files.count)"),
        ("mb", fmt(mb, 2)),
        ("mb_per_s", fmt(mb / oneMedian, 1)),
        ("releases_per_s", fmt(Double(releases) / oneMedian, 0)),
        ("baseline_read_mb_per_s", fmt(mb / readMedian, 1)),
        ("peak_rss_mb", fmt(peakRSSMegabytes() ?? .nan, 0)),
        ("parse_to_read_time_ratio", fmt(ratio, 2)),
        ("all_cores_mb_per_s", fmt(mb / allMedian, 1)),
        ("all_cores_releases_per_s", fmt(Double(releases) / allMedian, 0)),
        ("cores", "\(cores)"),
        ("decode_mb_per_s", fmt(mb / stageMedian.decode, 1)),
        ("normalize_mb_per_s", fmt(mb / stageMedian.normalize, 1)),
        ("parse_only_mb_per_s", fmt(mb / stageMedian.parse, 1)),
        ("export_mb_per_s", fmt(mb / exportMedian, 1)),
        ("export_to_parse_time_ratio", fmt(exportMedian / oneMedian, 2)),
        ("runs", "\(runs)"),
        ("problems", "\(problems)"),
    ]
    print(jsonLine(json))
}

/// The measured work, over a fixed list of files.
struct ParseBench {
    var files: [SourceFile]

    struct Stages {
        var read = 0.0, decode = 0.0, normalize = 0.0, parse = 0.0, export = 0.0
    }

    /// Reads every file's bytes: the baseline.
    func readOnly() -> (seconds: Double, bytes: Int) {
        let started = now()
        var bytes = 0
        for file in files {
            if case .success(let data) = FileBytes.read(file.path, limit: ArchiveReader.textSizeLimit) {
                bytes += data.count
            }
        }
        return (now() - started, bytes)
    }

    /// The reader's and parser's work on one core, stage by stage, and the JSON line of each record (its
    /// own stage, which the pipeline's time leaves out).
    func pipelineOneCore() -> (seconds: Double, stages: Stages, releases: Int) {
        var stages = Stages()
        var releases = 0
        var checksum = 0
        let started = now()
        for file in files {
            var t = now()
            guard case .success(let bytes) = FileBytes.read(file.path, limit: ArchiveReader.textSizeLimit) else { continue }
            var u = now(); stages.read += u - t; t = u
            guard case .success(let decoded) = TextDecoder.decode(bytes) else { continue }
            u = now(); stages.decode += u - t; t = u
            let text = TextNormalizer.normalize(decoded.text)
            u = now(); stages.normalize += u - t; t = u
            let doc = LoadedDocument(file: file, text: text, id: StableID.make(source: file.source, bytes: bytes),
                                     warnings: decoded.warnings)
            let release = ReleaseParser.parse(doc)
            u = now(); stages.parse += u - t; t = u
            let line = ReleaseJSON.object(release) + "\n"
            u = now(); stages.export += u - t
            checksum &+= release.paragraphs.count &+ line.utf8.count
            releases += 1
        }
        let seconds = now() - started
        if checksum == -1 { print("") }  // keeps the results alive
        return (seconds, stages, releases)
    }
}

