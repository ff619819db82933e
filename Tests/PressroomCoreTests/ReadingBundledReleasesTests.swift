import Foundation
import Testing
@testable import PressroomCore

/// The releases `pressroom` opens with no arguments (`Resources/releases`).
let bundledReleasesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Resources/releases").standardized.path

@Suite struct BundledReleasesTests {
    @Test func theSeedIsFirstAndEveryStyleIsThere() throws {
        let sources = ArchiveReader.discover([bundledReleasesFolder]).files.map(\.source)
        #expect(sources.first == "kpcsc-2021-06-28.txt")
        for style in [".tika.txt", ".pdftotext.txt", ".layout.txt", ".typed.txt", ".wrapped.txt", ".md", ".pdf"] {
            #expect(sources.contains { $0.hasSuffix(style) }, "no \(style) demo")
        }
        #expect(sources.count >= 10)
    }

    @Test func everyBundledReleaseIsReadWithoutAProblem() {
        let pdftotext = PDFTextExtractor.fromEnvironment()
        let archive = Archive.load([bundledReleasesFolder], pdf: pdftotext)
        let expectedProblems = pdftotext.executable == nil ? archive.releases.filter { $0.format == .pdf }.count : 0
        #expect(archive.problems.count == expectedProblems, "\(archive.problems)")
    }

    /// Each demo's file name carries its issue date; the text must print it so that it reads that way.
    @Test func theDateInEachFileNameIsPrintedInTheRelease() throws {
        let pdftotext = PDFTextExtractor.fromEnvironment()
        for file in ArchiveReader.discover([bundledReleasesFolder]).files {
            if file.format == .pdf && pdftotext.executable == nil { continue }
            let doc = try ArchiveReader.read(file, pdf: pdftotext).get()
            let name = file.source
            guard let range = name.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression) else { continue }
            let hints = DateHints.infer(from: doc.text)
            let dates = doc.text.split(separator: "\n").flatMap { DateParser.allDates(in: String($0), hints: hints) }
            #expect(dates.contains { $0.iso == String(name[range]) && $0.warning == nil }, "\(name): \(dates.map(\.iso))")
        }
    }
}
