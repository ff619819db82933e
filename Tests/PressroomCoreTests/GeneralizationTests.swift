import Foundation
import Testing
@testable import PressroomCore

/// The dev corpus is small, and a parser tuned on it can learn its files rather than the genre. These
/// tests parse an archive from a different generator (`../shared/tools/gencorpus.py`: other
/// organisations, words, layouts of the same three extractor styles) whose manifest holds the exact
/// record of every file, and hold the parser to it.
///
/// NOTE FROM THE INTEGRATOR (03:30 UTC): this test was added to main failing on purpose. The parser
/// scores 0.995 on the dev corpus but only ~0.67 on titles and ~0.73 on paragraphs here: it has
/// learnt the dev files, and the project is also scored on a hidden archive. "parser" helper: make
/// kind/date/organization/release/title/paragraphs pass (e.g. `Issued: 2014-04-09` is a date line,
/// an organisation printed alone on the line under the date is the organisation, the headline follows
/// it), generalising from the genre, never from this generator's word lists; do NOT weaken or gate this
/// test. "contacts" helper: the `contacts` figure is yours (with the parser for block detection).
/// Run it: `swift test --filter GeneralizationTests`; the failure message lists examples.
@Suite struct GeneralizationTests {
    static let shared = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")
    static let checker = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Support/gencorpus_check.py")

    @Test(arguments: [11, 29])
    func generatedArchiveFieldsMatchTheGenerator(seed: Int) throws {
        let generator = Self.shared.appendingPathComponent("tools/gencorpus.py")
        guard FileManager.default.fileExists(atPath: generator.path) else {
            print("skipped: \(generator.path) not found")
            return
        }
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("pressroom-gen-\(seed)-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try python([generator.path, "--count", "400", "--seed", String(seed), dir.path])

        let archive = Archive.load([dir.path])
        let export = dir.appendingPathComponent("export.json")
        try Data(ReleaseJSON.array(archive.releases).utf8).write(to: export)
        let report = try python([Self.checker.path, dir.path, export.path])
        let figures = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])

        #expect(figures["records"] as? Int == 400, "every generated release is exported")
        // Floors set below what the parser must reach on any well-formed release of the genre.
        let floors: [String: Double] = ["kind": 0.98, "date": 0.98, "organization": 0.97, "release": 0.98,
                                        "title": 0.97, "paragraphs": 0.95, "contacts": 0.95]
        for (field, floor) in floors.sorted(by: { $0.key < $1.key }) {
            let value = figures[field] as? Double ?? 0
            #expect(value >= floor, "\(field): \(value) < \(floor); mismatches: \(report)")
        }
    }

    @discardableResult
    private func python(_ args: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + args
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "python3 \(args) failed"])
        }
        return String(decoding: data, as: UTF8.self)
    }
}
