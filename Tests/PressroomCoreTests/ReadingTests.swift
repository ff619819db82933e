import Foundation
import Testing
@testable import PressroomCore

/// A temporary folder for one test, removed when the test ends.
final class ReadingTempFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "pressroom-reading-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        try write(relative, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ relative: String, bytes: [UInt8]) throws -> String {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
        return full
    }

    func mkdir(_ relative: String) throws {
        try FileManager.default.createDirectory(atPath: path + "/" + relative, withIntermediateDirectories: true)
    }

    func link(_ relative: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path + "/" + relative, withDestinationPath: destination)
    }
}

/// The folder of reading fixtures committed with the tests.
let readingFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/reading").path

let readingSampleRelease = "PRESS RELEASE\n\nA headline\n\nThe body of the release.\n"

@Suite struct DiscoveryTests {
    @Test func foldersAreReadRecursivelyInSourceOrder() throws {
        let dir = try ReadingTempFolder()
        try dir.write("b.txt", readingSampleRelease)
        try dir.write("a/z.md", readingSampleRelease)
        try dir.write("a/c/d.text", readingSampleRelease)
        try dir.write("a.txt", readingSampleRelease)
        try dir.write("A-upper.TXT", readingSampleRelease)
        try dir.write("doc.pdf", bytes: Array("%PDF-1.4".utf8))
        let found = ArchiveReader.discover([dir.path])
        #expect(found.missing.isEmpty)
        #expect(found.files.map(\.source) == ["A-upper.TXT", "a.txt", "a/c/d.text", "a/z.md", "b.txt", "doc.pdf"])
        #expect(found.files.map(\.format) == [.text, .text, .text, .markdown, .text, .pdf])
        // Same answer on every call.
        #expect(ArchiveReader.discover([dir.path]).files.map(\.source) == found.files.map(\.source))
    }

    @Test func hiddenFilesAndFoldersAndOtherExtensionsAreSkipped() throws {
        let dir = try ReadingTempFolder()
        try dir.write("visible.txt", readingSampleRelease)
        try dir.write(".hidden.txt", readingSampleRelease)
        try dir.write(".git/HEAD.txt", readingSampleRelease)
        try dir.write("sub/.secret/x.md", readingSampleRelease)
        try dir.write("image.png", bytes: [0x89, 0x50, 0x4E, 0x47])
        try dir.write("notes.rtf", readingSampleRelease)
        #expect(ArchiveReader.discover([dir.path]).files.map(\.source) == ["visible.txt"])
    }

    @Test func aFileNamedExplicitlyIsReadWhateverItsExtension() throws {
        let dir = try ReadingTempFolder()
        // (`.log`: an extension pressroom does not read from folders; `.eml` was this example before e-mail was read.)
        let path = try dir.write("release.log", readingSampleRelease)
        let found = ArchiveReader.discover([path])
        #expect(found.files.map(\.source) == [path])
        #expect(found.files.first?.format == .text)
        // A hidden file named explicitly is read too: the user asked for it.
        let hidden = try dir.write(".draft.md", readingSampleRelease)
        #expect(ArchiveReader.discover([hidden]).files.first?.format == .markdown)
    }

    @Test func missingPathsAreReportedAndOthersStillFound() throws {
        let dir = try ReadingTempFolder()
        try dir.write("one.txt", readingSampleRelease)
        let found = ArchiveReader.discover([dir.path + "/nope", dir.path, "/no/such/file.txt"])
        #expect(found.missing == [dir.path + "/nope", "/no/such/file.txt"])
        #expect(found.files.map(\.source) == ["one.txt"])
    }

    @Test(.timeLimit(.minutes(1))) func namedPipesAreNotWaitedFor() throws {
        let dir = try ReadingTempFolder()
        try dir.write("release.txt", readingSampleRelease)
        #expect(mkfifo(dir.path + "/pipe.txt", 0o644) == 0)
        // Inside a folder: skipped. Named explicitly: refused with the reason, without blocking.
        #expect(ArchiveReader.discover([dir.path]).files.map(\.source) == ["release.txt"])
        let archive = Archive.load([dir.path + "/pipe.txt"])
        #expect(archive.releases.isEmpty)
        #expect(archive.problems.map(\.reason) == ["it is not a regular file"])
    }

    @Test(.timeLimit(.minutes(1))) func symlinkLoopsDoNotHang() throws {
        let dir = try ReadingTempFolder()
        try dir.write("a/release.txt", readingSampleRelease)
        try dir.link("a/loop", to: dir.path + "/a")  // a/loop → a
        try dir.link("a/up", to: dir.path)  // a/up → the root
        try dir.link("linked.txt", to: dir.path + "/a/release.txt")  // a link to a file is read
        let found = ArchiveReader.discover([dir.path])
        #expect(found.files.map(\.source) == ["a/release.txt", "linked.txt"])
    }
}

@Suite struct DecodingTests {
    func load(_ bytes: [UInt8], name: String = "r.txt") throws -> Result<LoadedDocument, LoadProblem> {
        let dir = try ReadingTempFolder()
        let path = try dir.write(name, bytes: bytes)
        return ArchiveReader.read(SourceFile(url: URL(fileURLWithPath: path), source: name, format: .text))
    }

    @Test func utf8WithAndWithoutBOM() throws {
        let text = "Communiqué — São Paulo\n"
        let plain = try load(Array(text.utf8)).get()
        let bom = try load([0xEF, 0xBB, 0xBF] + Array(text.utf8)).get()
        #expect(plain.text == text)
        #expect(bom.text == text)
        #expect(plain.warnings.isEmpty && bom.warnings.isEmpty)
    }

    @Test func utf16WithBOM() throws {
        let text = "Pressemitteilung: Über uns – 5. September 2023\r\n"
        let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try load(le).get().text == "Pressemitteilung: Über uns – 5. September 2023\n")
        #expect(try load(be).get().text == "Pressemitteilung: Über uns – 5. September 2023\n")
    }

    @Test func windows1252IsDecodedWithAWarning() throws {
        // “Café” — in Windows-1252: 0x93 C a f 0xE9 0x94, then an en dash 0x96 and a euro sign 0x80.
        let bytes: [UInt8] = [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x96, 0x20, 0x35, 0x80, 0x0A]
        let doc = try load(bytes).get()
        #expect(doc.text == "“Café” – 5€\n")
        #expect(doc.warnings == ["decoded as Windows-1252: the file is not valid UTF-8"])
    }

    @Test func binaryEmptyAndBlankFilesAreReportedWithTheReason() throws {
        let binary = try load([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41])
        #expect(binary.failureReason == "the file is binary (it holds NUL bytes), not text")
        #expect(try load([]).failureReason == "the file is empty")
        #expect(try load(Array(" \n\t\r\n  \n".utf8)).failureReason == "the file holds only whitespace")
    }

    @Test func theIdComesFromTheRawBytes() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Array("A\r\nB".utf8)
        let doc = try load(bytes).get()
        #expect(doc.id == StableID.make(source: "r.txt", bytes: bytes))
        #expect(doc.text == "A\nB")
    }
}

@Suite struct ArchiveLoadTests {
    @Test func badFilesAreReportedAndTheOthersLoad() throws {
        let dir = try ReadingTempFolder()
        try dir.write("good-b.txt", "Second headline\n\nBody.\n")
        try dir.write("good-a.md", "# First headline\n\nBody.\n")
        try dir.write("binary.txt", bytes: [0x41, 0x00, 0x42])
        try dir.write("empty.txt", bytes: [])
        try dir.write("sub/blank.md", "   \n\n")
        let archive = Archive.load([dir.path, dir.path + "/missing.txt"])
        #expect(archive.releases.map(\.source) == ["good-a.md", "good-b.txt"])
        // Problems name the file as the user can find it: the argument joined with the path under it.
        #expect(archive.problems.map(\.path) == ["binary.txt", "empty.txt", "sub/blank.md"].map { dir.path + "/" + $0 })
        #expect(archive.problems.map(\.reason) == ["the file is binary (it holds NUL bytes), not text",
                                                  "the file is empty", "the file holds only whitespace"])
        #expect(archive.missing == [dir.path + "/missing.txt"])
    }

    @Test func loadingIsDeterministic() throws {
        let dir = try ReadingTempFolder()
        for k in 0..<60 { try dir.write("f\(k % 7)/r\(k).txt", "Headline \(k)\n\nBody \(k).\n") }
        let first = Archive.load([dir.path])
        let second = Archive.load([dir.path])
        #expect(first.releases.count == 60)
        #expect(first.releases == second.releases)
        #expect(first.releases.map(\.source) == first.releases.map(\.source).sorted())
    }

    @Test func tooLargeFilesAreRefused() throws {
        let dir = try ReadingTempFolder()
        let big = [UInt8](repeating: 0x61, count: ArchiveReader.textSizeLimit + 1)
        try dir.write("big.txt", bytes: big)
        try dir.write("ok.txt", readingSampleRelease)
        let archive = Archive.load([dir.path])
        #expect(archive.releases.map(\.source) == ["ok.txt"])
        #expect(archive.problems.first?.reason.hasPrefix("the file is larger than the 20 MB limit") == true)
    }
}

@Suite struct PDFReadingTests {
    static let pdftotextInstalled = PDFTextExtractor.fromEnvironment().executable != nil
    static let fixturePDF = readingFixtures + "/helvetica-two-pages.pdf"

    @Test func withoutPdftotextEachPDFIsReportedAndTheRestLoads() throws {
        let dir = try ReadingTempFolder()
        try FileManager.default.copyItem(atPath: Self.fixturePDF, toPath: dir.path + "/one.pdf")
        try FileManager.default.copyItem(atPath: Self.fixturePDF, toPath: dir.path + "/two.pdf")
        try dir.write("text.txt", readingSampleRelease)
        let none = PDFTextExtractor.fromEnvironment(["PRESSROOM_PDFTOTEXT": "", "PATH": "/usr/bin"])
        #expect(none.executable == nil)
        let archive = Archive.load([dir.path], pdf: none)
        #expect(archive.releases.map(\.source) == ["text.txt"])
        #expect(archive.problems.map(\.path) == [dir.path + "/one.pdf", dir.path + "/two.pdf"])
        #expect(archive.problems.allSatisfy { $0.reason.contains("apt-get install poppler-utils") })
    }

    @Test func aMissingPdftotextOnPATHIsNoticed() {
        #expect(PDFTextExtractor.fromEnvironment(["PATH": "/nonexistent:/also/not"]).executable == nil)
    }

    @Test(.enabled(if: pdftotextInstalled)) func aPDFIsReadThroughPdftotext() throws {
        let file = SourceFile(url: URL(fileURLWithPath: Self.fixturePDF), source: "helvetica-two-pages.pdf", format: .pdf)
        let doc = try ArchiveReader.read(file).get()
        #expect(doc.file.format == .pdf)
        #expect(doc.text.contains("Fictional Test Foundation"))
        #expect(doc.text.contains("Résumé of the second page"))
        #expect(doc.text.contains("\u{0C}"))  // pages are separated by form feeds
        #expect(!doc.text.contains("\r"))
    }

    @Test(.enabled(if: pdftotextInstalled)) func aBrokenPDFIsReportedWithPdftotextsReason() throws {
        let dir = try ReadingTempFolder()
        let path = try dir.write("broken.pdf", "%PDF-1.4\nthis is not really a pdf\n")
        let result = ArchiveReader.read(SourceFile(url: URL(fileURLWithPath: path), source: "broken.pdf", format: .pdf))
        #expect(result.failureReason?.hasPrefix("pdftotext could not read it") == true
                || result.failureReason?.hasPrefix("the PDF holds no text") == true)
    }

    @Test(.enabled(if: pdftotextInstalled), .timeLimit(.minutes(1)))
    func aSlowExtractorIsStoppedAtTheTimeLimit() throws {
        let dir = try ReadingTempFolder()
        let script = try dir.write("slow-pdftotext", "#!/bin/sh\nexec sleep 30\n")
        chmod(script, 0o755)
        let slow = PDFTextExtractor(executable: URL(fileURLWithPath: script), timeLimit: 0.5)
        let started = Date()
        let result = slow.extract(Self.fixturePDF)
        #expect(result == .failure(.timedOut(0.5)))
        #expect(Date().timeIntervalSince(started) < 10)
    }
}

extension Result where Failure == LoadProblem {
    var failureReason: String? {
        if case .failure(let problem) = self { return problem.reason }
        return nil
    }
}
