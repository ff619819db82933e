import Foundation
import Testing
@testable import PressroomCore

/// The dev corpus is small, and a parser tuned on it can learn its files rather than the genre. These
/// tests parse an archive from a different generator (`../shared/tools/gencorpus.py`: other
/// organisations, words, layouts of the same three extractor styles) whose manifest holds the exact
/// record of every file, and hold the parser to it.
/// On failure the message lists examples of each mismatch.
@Suite struct GeneralizationTests {
    static let checker = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Support/gencorpus_check.py")

    @Test(arguments: [11, 29])
    func generatedArchiveFieldsMatchTheGenerator(seed: Int) throws {
        let generator = PythonTool.shared.appendingPathComponent("tools/gencorpus.py")
        guard FileManager.default.fileExists(atPath: generator.path) else {
            print("skipped: \(generator.path) not found")
            return
        }
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("pressroom-gen-\(seed)-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try PythonTool.run([generator.path, "--count", "400", "--seed", String(seed), dir.path])

        let archive = Archive.load([dir.path])
        let export = dir.appendingPathComponent("export.json")
        try Data(ReleaseJSON.array(archive.releases).utf8).write(to: export)
        let report = try PythonTool.run([Self.checker.path, dir.path, export.path])
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
}
