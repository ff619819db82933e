import Foundation
import Testing
@testable import PressroomCore

/// The persistent index serves a file's stored record until `ParserVersion.current` changes: a change to the
/// records without a bump would leave users with the old records. This test fingerprints the records of the
/// dev corpus's text and markdown files (and the bundled demos') and fails when they change while the
/// version stays the same. When it fails: bump `ParserVersion.current` and record the new fingerprint.
@Suite struct ParserVersionTests {
    /// The fingerprint of the records each parser version makes (from 3 on, their list markers too).
    static let recorded: [Int: String] = [2: "e6d9638c500bc456-62", 3: "c48cbb71e1de2608-62", 4: "c48cbb71e1de2608-62",
                                          5: "c48cbb71e1de2608-62", 6: "c48cbb71e1de2608-62",
                                          7: "c48cbb71e1de2608-62", 8: "c48cbb71e1de2608-62",
                                          9: "c48cbb71e1de2608-62", 10: "ee3e12cba4ac8fe4-62",
                                          11: "ee3e12cba4ac8fe4-62", 12: "ee3e12cba4ac8fe4-62",
                                          13: "ee3e12cba4ac8fe4-62"]

    /// The fingerprint of the records of the dev corpus's PDFs (from 8 on, when the PDF reader began to read the
    /// page's geometry: a change to it changes no text record, so the fingerprint above would not see it).
    static let recordedPDF: [Int: String] = [8: "febae794fd4e7ab5-14", 9: "febae794fd4e7ab5-14", 10: "52ade46b8a156a71-14",
                                             11: "52ade46b8a156a71-14", 12: "52ade46b8a156a71-14",
                                             13: "52ade46b8a156a71-14"]

    static func fingerprint(pdf: Bool = false) throws -> String {
        let dev = URL(fileURLWithPath: dateDevCorpus + "/releases")
        let names = try FileManager.default.contentsOfDirectory(atPath: dev.path)
            .filter { pdf ? $0.hasSuffix(".pdf") : $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
        let archive = Archive.load(names.sorted().map { dev.appendingPathComponent($0).path })
        // (The source names the file as the argument spelled it: only its name is the same in every checkout.)
        let releases = archive.releases.map { r in
            var r = r
            r.source = URL(fileURLWithPath: r.source).lastPathComponent
            return r
        }
        var json = ReleaseJSON.array(releases)
        // The list markers are kept beside the spec's keys (no export prints them): fingerprinted after the JSON.
        for r in releases where !r.paragraphMarkers.isEmpty || !r.noteMarkers.isEmpty {
            json += "\n\(r.source): " + r.paragraphMarkers.map { $0 ?? "" }.joined(separator: " ")
                + " / " + r.noteMarkers.map { $0 ?? "" }.joined(separator: " ")
        }
        let h = json.withUTF8 { Hashes.fnv1a($0) }
        return String(h, radix: 16) + "-\(archive.releases.count)"
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: dateDevCorpus + "/releases")))
    func recordsChangeOnlyWithANewParserVersion() throws {
        let now = try Self.fingerprint()
        let known = try #require(Self.recorded[ParserVersion.current],
                                 "ParserVersion \(ParserVersion.current) has no recorded fingerprint: add \(now)")
        #expect(known == now, "the records changed (\(now)) but ParserVersion.current is still \(ParserVersion.current): bump it and record the new fingerprint")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: dateDevCorpus + "/releases") && PDFReadingTests.pdftotextInstalled))
    func pdfRecordsChangeOnlyWithANewParserVersion() throws {
        let now = try Self.fingerprint(pdf: true)
        let known = try #require(Self.recordedPDF[ParserVersion.current],
                                 "ParserVersion \(ParserVersion.current) has no recorded PDF fingerprint: add \(now)")
        #expect(known == now, "the PDF records changed (\(now)) but ParserVersion.current is still \(ParserVersion.current): bump it and record the new fingerprint")
    }
}
