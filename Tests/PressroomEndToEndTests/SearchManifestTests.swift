import Foundation
import Testing
@testable import PressroomCore
import PressroomUI

/// `pressroom search --count` against the generator's oracle: every manifest query of a generated
/// 2,000-release archive must count exactly what `manifest.json` expects.
@Suite(.serialized) struct SearchManifestTests {
    /// `../shared/tools/gencorpus.py`, found from this file (Tests/PressroomEndToEndTests/ → the worktree).
    static let generator: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/tools/gencorpus.py")

    /// The built `pressroom`, beside the test bundle.
    static let binary: URL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        .deletingLastPathComponent().appendingPathComponent("pressroom")

    struct ManifestQuery: Decodable {
        var id: String
        var category: String
        var terms: [String]
        var expected: Int
        var raw_expected: Int?
    }

    struct Manifest: Decodable { var queries: [ManifestQuery] }

    /// Generates an archive into a fresh temporary folder; nil (with a message) when the generator is missing.
    static func generate(count: Int, seed: Int, styles: String) throws -> URL? {
        guard FileManager.default.fileExists(atPath: generator.path) else {
            print("SearchManifestTests: skipped, \(generator.path) not found")
            return nil
        }
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("pressroom-search-\(styles)-\(UUID().uuidString)")
        let (status, _, err) = try run(URL(fileURLWithPath: "/usr/bin/env"),
                                       ["python3", generator.path, "--count", "\(count)", "--seed", "\(seed)",
                                        "--styles", styles, dir.path])
        #expect(status == 0, "gencorpus failed: \(err)")
        return status == 0 ? dir : nil
    }

    static func run(_ exe: URL, _ args: [String]) throws -> (Int32, String, String) {
        let p = Process()
        p.executableURL = exe
        p.arguments = args
        let out = Pipe(), err = Pipe()
        p.environment = ProcessInfo.processInfo.environment.merging(TestCache.environment) { $1 }
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    static func manifest(_ dir: URL) throws -> Manifest {
        try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: dir.appendingPathComponent("manifest.json")))
    }

    static func yearFolders(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("20") }.sorted()
            .map { dir.appendingPathComponent($0).path }
    }

    static func textQuery(_ q: ManifestQuery) -> String { q.terms.map { "text:" + $0 }.joined(separator: " ") }

    /// The index alone, on records built without the parser: the headline from
    /// `manifest-records.jsonl` and, as body, the file's whole text. The generator never puts a query
    /// word in a non-searchable part, and the plain style never splits a word at a line end, so
    /// every count (the hyphen probe's included) must be exact.
    @Test func indexCountsEveryManifestQueryExactly() throws {
        guard let dir = try Self.generate(count: 2000, seed: 7, styles: "plain") else { return }
        defer { try? FileManager.default.removeItem(at: dir) }
        struct Record: Decodable { var path: String; var title: String }
        let lines = try String(contentsOf: dir.appendingPathComponent("manifest-records.jsonl"), encoding: .utf8)
            .split(separator: "\n")
        let releases = try lines.map { line -> Release in
            let rec = try JSONDecoder().decode(Record.self, from: Data(line.utf8))
            let text = try String(contentsOf: dir.appendingPathComponent(rec.path), encoding: .utf8)
            return Release(id: rec.path, source: rec.path, format: .text, title: rec.title, paragraphs: [text])
        }
        #expect(releases.count == 2000)
        let index = SearchIndex(releases)
        let manifest = try Self.manifest(dir)
        #expect(manifest.queries.count >= 30)
        for q in manifest.queries {
            let result = index.search(Self.textQuery(q))
            #expect(result.error == nil)
            #expect(result.matches.count == q.expected, "\(q.id) \(q.category) '\(Self.textQuery(q))'")
            // The bare query (every field) finds the same releases here: only the text is indexed.
            #expect(index.search(q.terms.joined(separator: " ")).matches == result.matches, "\(q.id)")
        }
        // The browser, typed key by key and accepted with Enter, counts what `pressroom search --count`
        // counts (`binaryCountsEveryManifestQuery` holds the binary to the same manifest): while typed, the
        // last word is a prefix; accepted, it is read whole.
        let browser = AppState(releases: releases)
        for q in manifest.queries {
            for query in [Self.textQuery(q), q.terms.joined(separator: " ")] {
                var state = browser
                for key in [Key.character("/")] + query.map({ Key.character($0) }) + [.enter] {
                    guard let action = KeyMap.action(for: key, in: KeyMap.context(of: state)) else { continue }
                    state = update(state, action).state
                }
                #expect(state.focus == .list && state.queryError == nil, "\(q.id) '\(query)'")
                #expect(state.visible.count == q.expected, "\(q.id) '\(query)': the browser shows \(state.visible.count), expected \(q.expected)")
            }
        }
    }

    /// The built binary on a mixed-style archive (plain, pdftotext, tika), through the parser.
    ///
    /// Its count must equal what the parser's own records hold (`pressroom export`, read with the
    /// same word rule), which is the search's part, and the generator's exact count, which also needs
    /// the parser to keep every word of headline and body (line-end hyphens repaired).
    ///
    /// The archive is 2,000 releases (seed 7); every run parses it again (about 5 s in a debug build).
    /// `PRESSROOM_SEARCH_E2E_COUNT=300` makes it quicker while working.
    @Test func binaryCountsEveryManifestQuery() throws {
        let count = ProcessInfo.processInfo.environment["PRESSROOM_SEARCH_E2E_COUNT"].flatMap { Int($0) } ?? 2000
        guard let dir = try Self.generate(count: count, seed: 7, styles: "mixed") else { return }
        defer { try? FileManager.default.removeItem(at: dir) }
        let manifest = try Self.manifest(dir)
        let folders = try Self.yearFolders(dir)
        let queries = manifest.queries
        // Two at a time: each run loads and indexes the whole archive; the export is one more run.
        let results = UnsafeMutableBufferPointer<(Int32, String, String)?>.allocate(capacity: queries.count + 1)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let out = SendableResults(results)
        DispatchQueue.concurrentPerform(iterations: queries.count + 1) { i in
            let args = i == queries.count ? ["export", "--format", "jsonl"] + folders
                : ["search", "--count", Self.textQuery(queries[i])] + folders
            out.buffer[i] = try? Self.run(Self.binary, args)
        }
        // The words of each record's headline, subtitle, paragraphs and notes.
        let recordWords: [Set<String>] = (results[queries.count]?.1 ?? "").split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
            let texts = [object["title"] as? String, object["subtitle"] as? String].compactMap { $0 }
                + (object["paragraphs"] as? [String] ?? []) + (object["notes"] as? [String] ?? [])
            return Set(texts.flatMap { Tokenizer.words($0) })
        }
        #expect(recordWords.count == count, "pressroom export should give \(count) records")
        for (i, q) in queries.enumerated() {
            guard let (status, stdout, stderr) = results[i] else {
                Issue.record("\(q.id): could not run \(Self.binary.path)")
                continue
            }
            let count = Int(stdout.trimmingCharacters(in: .whitespacesAndNewlines))
            let terms = q.terms.flatMap { Tokenizer.words($0) }
            let inRecords = recordWords.filter { words in terms.allSatisfy { words.contains($0) } }.count
            #expect(status == (inRecords > 0 ? 0 : 1), "\(q.id): exit \(status) \(stderr)")
            #expect(count == inRecords, "\(q.id) '\(Self.textQuery(q))': search counts \(count ?? -1), the records hold \(inRecords)")
            // The generator's exact count: the parser must have kept every word of headline and body.
            #expect(count == q.expected, "\(q.id) \(q.category) '\(Self.textQuery(q))': \(count ?? -1), expected \(q.expected) (the records hold \(inRecords))")
        }
    }

    /// Exit status like grep's: 0 with matches, 1 with none, 2 for a malformed query (message on stderr).
    @Test func exitStatusLikeGrep() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pressroom-search-exit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "Diamond exports rise\n\nThe KP-certified diamonds were sold in Harare.\n"
            .write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)

        let found = try Self.run(Self.binary, ["search", "diamonds", dir.path])
        #expect(found.0 == 0)
        #expect(found.1.contains("a.txt"))
        let count = try Self.run(Self.binary, ["search", "--count", "kp-certified", dir.path])
        #expect(count.0 == 0)
        #expect(count.1 == "1\n")
        let none = try Self.run(Self.binary, ["search", "qxzjvwpl", dir.path])
        #expect(none.0 == 1)
        #expect(none.1.isEmpty)
        let zero = try Self.run(Self.binary, ["search", "--count", "qxzjvwpl", dir.path])
        #expect(zero.0 == 1)
        #expect(zero.1 == "0\n")
        let bad = try Self.run(Self.binary, ["search", "diamond \"kp", dir.path])
        #expect(bad.0 == 2)
        #expect(bad.1.isEmpty)
        #expect(bad.2.contains("unclosed quotation mark (at column 9)"))
        let json = try Self.run(Self.binary, ["search", "--format", "jsonl", "diamonds", dir.path])
        #expect(json.0 == 0)
        #expect(json.1.hasPrefix("{\"id\":"))
        #expect(json.1.contains(#""matches":[{"path":"/paragraphs/0","start":17,"end":25}]}"#), "\(json.1)")
    }
}

extension SearchManifestTests {
    /// A query that starts with `-` (NOT) is the query, not an option, wherever the options are; `--limit -1`
    /// says what is wrong with it.
    @Test func aQueryStartingWithADash() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pressroom-search-dash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "Gold exports rise\n\nGold was sold.\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "Diamond exports rise\n\nDiamonds were sold.\n".write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        try "Copper exports fall\n\nLess copper.\n".write(to: dir.appendingPathComponent("c.txt"), atomically: true, encoding: .utf8)
        for arguments in [["search", "-gold", dir.path, "--count"], ["search", "--count", "-gold", dir.path],
                          ["search", "--count", "--", "-gold", dir.path], ["search", "--format=text", "--count", "-gold", dir.path],
                          ["search", "--sort", "relevance", "--count", "-gold", "--no-cache", dir.path]] {
            let result = try Self.run(Self.binary, arguments)
            #expect(result.0 == 0 && result.1 == "2\n", "\(arguments): \(result)")
        }
        let lines = try Self.run(Self.binary, ["search", "-gold -copper", dir.path])
        #expect(lines.1.hasSuffix("b.txt\n") && lines.1.split(separator: "\n").count == 1, "\(lines)")
        // An unknown option after the query stays an option, and is reported.
        #expect(try Self.run(Self.binary, ["search", "-gold", dir.path, "--bogus"]).2.contains("Unknown option '--bogus'"))
        let limit = try Self.run(Self.binary, ["search", "--limit", "-1", "gold", dir.path])
        #expect(limit.0 != 0 && limit.2.contains("--limit must be 0 or more (it was -1)"), "\(limit)")
    }

    /// The options `DashQuery` knows are search's: every option `search --help` lists.
    @Test func theDashRewriteKnowsEveryOptionOfSearch() throws {
        let help = try Self.run(Self.binary, ["search", "--help"]).1
        let options = Set(help.split(whereSeparator: { " \n,[]<>".contains($0) }).map(String.init)
            .filter { $0.hasPrefix("--") && $0.dropFirst(2).allSatisfy { $0.isLetter || $0 == "-" } && $0.count > 2 })
        #expect(options.isSuperset(of: ["--count", "--limit", "--format", "--sort", "--cache", "--no-cache", "--max-size"]))
        // Each must still work before a dashed query: a valued option takes its value, a flag none.
        for option in options where option != "--help" {
            let value: [String] = ["--format": ["text"], "--sort": ["date"], "--limit": ["5"],
                                   "--cache": ["/tmp/pressroom-dash-test.db"], "--max-size": ["20"]][option] ?? []
            let result = try Self.run(Self.binary, ["search", option] + value + ["-zzzq", TmuxSession.bundledReleases])
            #expect(result.0 == 0, "\(option): \(result.2)")
        }
        unlink("/tmp/pressroom-dash-test.db")
    }

    /// `--sort relevance` puts a headline match above a body match; `--limit` cuts the list and the count.
    @Test func relevanceSortAndLimit() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pressroom-search-rank-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "Budget speech delivered\n\nThe minister also spoke about kimberlite exploration in the east.\n"
            .write(to: dir.appendingPathComponent("a-body.txt"), atomically: true, encoding: .utf8)
        try "Kimberlite exploration licences granted\n\nThe ministry granted four licences in the east.\n"
            .write(to: dir.appendingPathComponent("b-title.txt"), atomically: true, encoding: .utf8)
        try "Unrelated notice\n\nNothing to see.\n"
            .write(to: dir.appendingPathComponent("c-other.txt"), atomically: true, encoding: .utf8)

        let ranked = try Self.run(Self.binary, ["search", "--sort", "relevance", "kimberlite", dir.path])
        #expect(ranked.0 == 0)
        let sources = ranked.1.split(separator: "\n").map { $0.split(separator: "\t").last.map(String.init) ?? "" }
        #expect(sources == ["b-title.txt", "a-body.txt"])
        let limited = try Self.run(Self.binary, ["search", "--sort", "relevance", "--limit", "1", "kimberlite", dir.path])
        #expect(limited.1.split(separator: "\n").count == 1)
        #expect(limited.1.hasSuffix("b-title.txt\n"))
        let count = try Self.run(Self.binary, ["search", "--count", "--limit", "1", "kimberlite OR nothing", dir.path])
        #expect(count.1 == "1\n")
        let all = try Self.run(Self.binary, ["search", "--count", "kimberlite OR nothing", dir.path])
        #expect(all.1 == "3\n")
    }
}

/// Results written by concurrent iterations at disjoint indices.
struct SendableResults: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<(Int32, String, String)?>
    init(_ buffer: UnsafeMutableBufferPointer<(Int32, String, String)?>) { self.buffer = buffer }
}
