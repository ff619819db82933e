import Foundation

// The measuring every benchmark shares (../shared/BENCHMARKS.md): clocks, medians and percentiles, memory,
// number formats and the JSON line.

/// A monotonic clock, in seconds.
func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

/// The seconds `body` took.
func timed(_ body: () -> Void) -> Double {
    let start = now()
    body()
    return now() - start
}

/// CPU time the calling thread has used, in seconds: the figure a busy machine does not inflate.
func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Runs `body` `runs` times, each after `untimed` (freeing what the run before made): the wall-clock seconds
/// of each run, and the seconds of `cpu` (a CPU clock: the thread's, or the process's when the work runs on
/// every core) each took.
func timedRuns(_ runs: Int, cpu: () -> Double, untimed: () -> Void = {}, _ body: () -> Void) -> (wall: [Double], cpu: [Double]) {
    var wall: [Double] = [], used: [Double] = []
    for _ in 0..<max(0, runs) {
        untimed()
        let start = now(), cpuStart = cpu()
        body()
        wall.append(now() - start)
        used.append(cpu() - cpuStart)
    }
    return (wall, used)
}

/// The value at percentile `p` (0–100) of `values`, by nearest rank; 0 for none.
func percentile(_ values: [Double], _ p: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let rank = Int((p / 100 * Double(sorted.count - 1)).rounded())
    return sorted[min(sorted.count - 1, max(0, rank))]
}

/// The median of `values` (of an even count, the upper of the middle two); 0 for none.
func median(_ values: [Double]) -> Double { percentile(values, 50) }

/// A `/proc/self/status` memory line (`VmRSS`, `VmHWM`) in MB; nil where there is none.
func memoryMB(_ key: String) -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix(key + ":") {
        return line.split(separator: " ").compactMap { Double($0) }.first.map { $0 / 1024 }
    }
    return nil
}

/// The process's peak resident memory (`VmHWM`) in MB; nil where it cannot be read.
func peakRSSMegabytes() -> Double? { memoryMB("VmHWM") }

/// `value` with `digits` decimals; `null` (for the JSON line) when it is not a finite number.
func fmt(_ value: Double, _ digits: Int = 1) -> String {
    value.isFinite ? String(format: "%.\(digits)f", value) : "null"
}

/// A gencorpus archive's year folders (`2014`, `2015`, …), in order.
func yearFolders(_ dir: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix("20") }.sorted()
        .map { (dir as NSString).appendingPathComponent($0) }
}

/// The last line every benchmark prints: one flat JSON object of its figures, keys in the order given, each
/// value already written as JSON.
func jsonLine(_ figures: [(String, String)]) -> String {
    "{" + figures.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
}
