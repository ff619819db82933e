import Foundation
import Testing
@testable import PressroomCore

/// The parser's byte fast paths must give what their plain definitions give (`FastPaths`): the whole parser
/// runs with the switch on and off over the bundled releases, the dev corpus and a generated archive, and
/// every record must be the same. Each fast path's own pair also has a test on crafted and corpus text
/// (`SpaceWordsTests` and the suites of the files that hold them).
@Suite struct FastPathsTests {
    private static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// Every file of `folder` the reader reads, parsed both ways; the names of the files whose records differ.
    private static func differences(in folder: String) throws -> (files: Int, differing: [String]) {
        let found = ArchiveReader.discoverAll([folder])
        var differing: [String] = []
        for file in found.files {
            guard let doc = try? ArchiveReader.read(file, pdf: .fromEnvironment()).get() else { continue }
            let fast = ReleaseParser.parse(doc)
            let plain = FastPaths.withOff { ReleaseParser.parse(doc) }
            if fast != plain { differing.append(file.source) }
        }
        return (found.files.count, differing)
    }

    @Test func bundledReleasesParseTheSameWithTheFastPathsOff() throws {
        let (files, differing) = try Self.differences(in: Self.here.appendingPathComponent("../../Resources/releases").standardized.path)
        #expect(files >= 8)
        #expect(differing.isEmpty, "\(differing)")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: dateDevCorpus + "/releases")))
    func devCorpusParsesTheSameWithTheFastPathsOff() throws {
        let (files, differing) = try Self.differences(in: dateDevCorpus + "/releases")
        #expect(files >= 70)
        #expect(differing.isEmpty, "\(differing)")
    }

    /// A small archive from the shared corpus generator (its styles and languages, new text each seed).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: generator)))
    func generatedReleasesParseTheSameWithTheFastPathsOff() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pressroom-fastpaths-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", Self.generator, "--count", "60", "--seed", "7", dir.path]
        python.standardOutput = FileHandle.nullDevice
        python.standardError = FileHandle.nullDevice
        try python.run()
        python.waitUntilExit()
        try #require(python.terminationStatus == 0)
        let (files, differing) = try Self.differences(in: dir.path)
        #expect(files >= 60)
        #expect(differing.isEmpty, "\(differing)")
    }

    /// The switch is the calling thread's: while one thread holds it off, another keeps its fast paths
    /// (tests of a fast path's own answer run beside these), and it is on again after, also when nested.
    @Test func theSwitchBelongsToTheThreadThatHoldsIt() {
        #expect(!FastPaths.off)
        let inside = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        final class Seen: @unchecked Sendable { var value = false }  // written before `inside` is signalled
        let seen = Seen()
        let holder = Thread {
            FastPaths.withOff {
                seen.value = FastPaths.off && FastPaths.withOff { FastPaths.off } && FastPaths.off
                inside.signal()
                done.wait()
            }
        }
        holder.start()
        inside.wait()
        #expect(seen.value)
        #expect(!FastPaths.off)
        #expect(KindLineASCII.isName("Acme Holdings plc") == true)
        done.signal()
        #expect(FastPaths.withOff { FastPaths.off })
        #expect(!FastPaths.off)
    }

    private static let generator = here.appendingPathComponent("../../../shared/tools/gencorpus.py").standardized.path
}
