import Foundation
import PressroomCore
import PressroomUI

/// `pressroom-bench render [DIR] [--releases N] [--rounds N]`: with 20,000 releases loaded (synthesised
/// in-process, or read from DIR, e.g. a gencorpus archive), the time for a full 200x60 render, and from a
/// key to the presented grid (update + render + the backend's diff against the last frame), p50/p99.
func runRenderBench(dir: String?, count: Int, rounds: Int) {

    let loadStart = now()
    let releases: [Release]
    if let dir {
        releases = Archive.load([dir]).releases
    } else {
        releases = SyntheticReleases.make(count)
    }
    let catalog = Catalog(releases: releases)
    let loadSeconds = now() - loadStart
    let size = Size(rows: 60, columns: 200)
    var state = AppState(catalog: catalog, size: size)

    // Full render of the split screen (list + detail), the selection moving so that the detail changes.
    for _ in 0..<20 { _ = render(state) }
    var renderTimes: [Double] = []
    for n in 0..<rounds {
        state = update(state, .move(n % 50 == 49 ? .top : .lineDown)).state
        let start = now()
        let grid = render(state)
        renderTimes.append((now() - start) * 1000)
        precondition(grid.rows == 60)
    }

    // Key to presented grid: a user's session of keys, each through the key map, update, render and diff.
    let session: [Key] = [.down, .down, .down, .pageDown, .up, .character("G"), .character("g"), .tab, .down,
                          .down, .character(" "), .character("c"), .escape, .character("s"), .character("s"),
                          .character("s"), .character("s"), .character("/")]
        + "water".map { Key.character($0) }
        + [.backspace, .character("r"), .enter, .enter, .character("n"), .character("n"), .character("N"),
           .escape, .character("?"), .character("j"), .escape, .character("/"), .control("u"), .escape]
    var frame = render(state)
    var keyTimes: [Double] = []
    var keyCPUTimes: [Double] = []                  // this thread's CPU time: what the machine's load cannot inflate
    var typingTimes: [Double] = []
    var searchTimes: [Double] = []                  // the search index's share of a key that edits the query
    var otherTimes: [Double] = []                   // keys that do not run a search
    var changedCells = 0
    state = AppState(catalog: catalog, size: size)
    for round in 0..<max(1, rounds / session.count) {
        for key in session {
            let queryBefore = state.query
            let start = now()
            let cpuStart = threadCPUSeconds() * 1000
            if let action = KeyMap.action(for: key, in: KeyMap.context(of: state)) {
                state = update(state, action).state
            }
            let next = render(state)
            changedCells += diff(frame, next)
            frame = next
            let ms = (now() - start) * 1000
            let cpu = threadCPUSeconds() * 1000 - cpuStart
            if round > 0 || keyTimes.count > 5 { keyTimes.append(ms); keyCPUTimes.append(cpu) }
            if state.query != queryBefore {
                typingTimes.append(ms)
                let searchStart = now()
                _ = catalog.index.search(state.query, typing: true)
                searchTimes.append((now() - searchStart) * 1000)
            } else if round > 0 || keyTimes.count > 5 {
                otherTimes.append(ms)
            }
        }
    }

    renderTimes.sort()
    keyTimes.sort()
    keyCPUTimes.sort()
    typingTimes.sort()
    searchTimes.sort()
    otherTimes.sort()
    func f(_ x: Double) -> String { String(format: "%.3f", x) }
    print("releases loaded        \(catalog.releases.count) (\(dir ?? "synthesised"), \(f(loadSeconds)) s incl. index)")
    print("full render 200x60     p50 \(f(percentile(renderTimes, 50))) ms   p99 \(f(percentile(renderTimes, 99))) ms   (\(renderTimes.count) frames)")
    print("key → presented grid   p50 \(f(percentile(keyTimes, 50))) ms   p99 \(f(percentile(keyTimes, 99))) ms   max \(f(keyTimes.last ?? 0)) ms   (\(keyTimes.count) keys)")
    print("  CPU time per key     p50 \(f(percentile(keyCPUTimes, 50))) ms   p99 \(f(percentile(keyCPUTimes, 99))) ms"
          + "   (wall minus CPU is time the shared machine gave to others)")
    print("  keys without search  p50 \(f(percentile(otherTimes, 50))) ms   p99 \(f(percentile(otherTimes, 99))) ms")
    print("  editing the query    p50 \(f(percentile(typingTimes, 50))) ms   p99 \(f(percentile(typingTimes, 99))) ms"
          + "   (of which SearchIndex.search p50 \(f(percentile(searchTimes, 50))) ms)")
    print("cells changed per key  \(changedCells / max(1, keyTimes.count))")
    print("floor: a key answered within 16 ms at p99: \(percentile(keyTimes, 99) <= 16 ? "met" : "NOT met")")
    print(jsonLine([
        ("bench", "\"render\""),
        ("releases", "\(catalog.releases.count)"),
        ("render_200x60_ms_p50", f(percentile(renderTimes, 50))),
        ("render_200x60_ms_p99", f(percentile(renderTimes, 99))),
        ("key_to_frame_ms_p50", f(percentile(keyTimes, 50))),
        ("key_to_frame_ms_p99", f(percentile(keyTimes, 99))),
        ("key_to_frame_ms_max", f(keyTimes.last ?? 0)),
        ("key_to_frame_cpu_ms_p50", f(percentile(keyCPUTimes, 50))),
        ("key_to_frame_cpu_ms_p99", f(percentile(keyCPUTimes, 99))),
        ("nosearch_key_to_frame_ms_p99", f(percentile(otherTimes, 99))),
        ("typing_key_to_frame_ms_p99", f(percentile(typingTimes, 99))),
        ("typing_search_index_ms_p50", f(percentile(searchTimes, 50))),
        ("peak_rss_mb", "\(Int(peakRSSMegabytes() ?? 0))"),
    ]))
}

/// Cells that differ between two frames: what the backend would send to the terminal.
private func diff(_ a: CellGrid, _ b: CellGrid) -> Int {
    guard a.size == b.size else { return b.rows * b.columns }
    var changed = 0
    for (x, y) in zip(a.cells, b.cells) where x != y { changed += 1 }
    return changed
}

/// Deterministic releases that look like real ones: several paragraphs, a contact, links, some non-ASCII.
enum SyntheticReleases {
    static let organisations = [
        "Kimberley Process Civil Society Coalition", "Jirani Water Kiosk Network", "Société Générale des Eaux",
        "Stiftung Hafenkante Jugendwerk", "한울 모션 로보틱스", "Lotus Grid Energy JSC", "Marlow Ridge University",
        "Ministry of Fisheries and Aquaculture", "Asociación Atlántica de Remo", "Brackenfold Rail Components Ltd",
        "日本記者クラブ", "Instituto Veredas do Planalto",
    ]
    static let words = ("water energy river council announces report community school health budget rail "
        + "diamond harbour festival research climate coalition minister agreement funding jobs apprentices "
        + "kiosk network programme village election observers statement partners project national regional "
        + "Zürich Genève São Paulo naïve café résumé").split(separator: " ").map(String.init)

    static func make(_ count: Int) -> [Release] {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33)
        }
        func sentence(_ n: Int) -> String {
            var s = (0..<n).map { _ in words[next() % words.count] }.joined(separator: " ")
            s = s.prefix(1).uppercased() + s.dropFirst()
            return s + "."
        }
        return (0..<count).map { i in
            let year = 2015 + next() % 11, month = 1 + next() % 12, day = 1 + next() % 28
            let date = String(format: "%04d-%02d-%02d", year, month, day)
            let organisation = organisations[next() % organisations.count]
            let paragraphs = (0..<(3 + next() % 5)).map { _ in
                (0..<(2 + next() % 4)).map { _ in sentence(8 + next() % 18) }.joined(separator: " ")
            }
            let contact = Contact(name: "Press Office \(i % 97)", role: "Communications", organization: organisation,
                                  phones: ["+2547\(String(format: "%08d", next() % 100_000_000))"],
                                  emails: ["press\(i % 97)@example.org"])
            return Release(id: String(format: "%012x", i), source: "synthetic/\(i).txt", format: .text,
                           kind: "Press Release", title: sentence(6 + next() % 10), date: next() % 20 == 0 ? nil : date,
                           organization: organisation, release: "For immediate release",
                           location: next() % 3 == 0 ? "NAIROBI" : nil, paragraphs: paragraphs,
                           contacts: [contact], links: ["mailto:press\(i % 97)@example.org", "https://example.org/\(i)"])
        }
    }
}
