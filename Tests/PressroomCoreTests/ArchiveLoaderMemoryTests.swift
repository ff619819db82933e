import Foundation
import Testing
@testable import PressroomCore

/// What a load keeps per file is small (it keeps it for every file of the archive until it ends), and the
/// smaller forms still find the right file and the right row.
@Suite struct ArchiveLoaderMemoryTests {
    /// A `SourceFile` is its folder (shared), its name, its stamp and its format: no `URL` (~480 bytes a file)
    /// and no whole path strings. A row the loader keeps is its fixed fields alone.
    @Test func whatALoadKeepsPerFileStaysSmall() {
        #expect(MemoryLayout<SourceFile>.size <= 64)
        #expect(MemoryLayout<StoredRows.Row>.size <= 80)
    }

    /// An e-mail's extras (its message of an mbox, the name its id is made from) are boxed beside the file's
    /// place, not stored inline (112 bytes a file then), and survive the changes of source and canonical path
    /// the walk makes to a message of an mbox.
    @Test func anEmailsExtrasAreKeptBesideItsPlaceAndSurviveItsRespelling() {
        let folder = FoundFolder(path: "/m/", relative: "mail/", canonical: "/real/m/")
        let plain = SourceFile(in: folder, name: "inbox.mbox", format: .email)
        var file = plain
        file.message = MailboxMessage(number: 42, offset: 10, length: 20)
        file.idName = "inbox.mbox"
        #expect(file.path == "/m/inbox.mbox" && file.source == "mail/inbox.mbox" && file.canonicalPath == "/real/m/inbox.mbox")
        #expect(file.nameInFolder == "inbox.mbox" && file != plain)
        file.source = "mail/inbox.mbox#42"
        file.canonicalPath = "/real/m/inbox.mbox#42"
        #expect(file.message == MailboxMessage(number: 42, offset: 10, length: 20) && file.idName == "inbox.mbox")
        #expect(file.path == "/m/inbox.mbox" && file.source == "mail/inbox.mbox#42" && file.canonicalPath == "/real/m/inbox.mbox#42")
        // Without extras it is a plain file's place again (equal to one respelled the same way).
        file.message = nil
        file.idName = nil
        var respelled = plain
        respelled.source = "mail/inbox.mbox#42"
        respelled.canonicalPath = "/real/m/inbox.mbox#42"
        #expect(file == respelled && file.message == nil && file.idName == nil)
    }

    @Test func aFoundFileSpellsItsPathSourceAndCanonicalPathAsTheWalkReachedIt() throws {
        let folder = try ReadingTempFolder()
        try folder.write("a.txt", PersistentIndexTests.release)
        try folder.write("sub/deeper/b.md", PersistentIndexTests.release)
        let other = try ReadingTempFolder()
        try other.write("e.txt", PersistentIndexTests.release)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/linked", withDestinationPath: other.path)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/f.txt", withDestinationPath: folder.path + "/a.txt")
        let real = try #require(ArchiveLoader.realPath(folder.path))
        let otherReal = try #require(ArchiveLoader.realPath(other.path))
        for argument in [folder.path, folder.path + "/", folder.path + "/sub/../"] {
            let files = ArchiveReader.discoverAll([argument]).files
            #expect(files.map(\.source) == ["a.txt", "f.txt", "linked/e.txt", "sub/deeper/b.md"], "\(argument)")
            let base = argument.hasSuffix("/") ? argument : argument + "/"
            #expect(files.map(\.path) == files.map { base + $0.source }, "\(argument)")
            #expect(files.map { ArchiveReader.displayPath($0) } == files.map(\.path))
            // The index's key: the folders' links resolved (a linked file's own key is made by the loader).
            #expect(files.map(\.canonicalPath) == [real + "/a.txt", nil, otherReal + "/e.txt", real + "/sub/deeper/b.md"])
            var resolved: [String: String] = [:]
            #expect(ArchiveLoader.canonicalPath(of: files[1], resolved: &resolved) == real + "/f.txt")
            #expect(files.allSatisfy { $0.url.path.hasPrefix("/") && FileManager.default.fileExists(atPath: $0.url.path) })
        }
        // A source set by the caller (the watcher's re-read) keeps the file's path and key.
        var file = try #require(ArchiveReader.discoverAll([folder.path + "/sub"]).files.first)
        let (path, key) = (file.path, file.canonicalPath)
        file.source = "sub/" + file.source
        #expect(file.source == "sub/deeper/b.md" && file.path == path && file.canonicalPath == key)
        // A file named by a relative URL is named as it was spelled.
        #expect(SourceFile(url: URL(fileURLWithPath: "releases/x.txt"), source: "x.txt", format: .text).path == "releases/x.txt")
    }

    /// Rows are found by their whole path: with a hash under which every path collides, each file still finds
    /// its own row and no other, whether its path comes whole or as folder and name.
    @Test func aRowIsFoundByItsWholePathEvenWhenHashesCollide() {
        for colliding in [true, false] {
            var rows = colliding ? StoredRows(hash: { _, _ in 7 }) : StoredRows()
            func row(_ path: String, _ id: String) -> IndexedFile {
                IndexedFile(path: path, size: 1, mtime: 2, ctime: 3, hash: 4, unsure: false, parserVersion: 5, problem: nil,
                            id: id, format: .text, title: "T \(id)", date: nil, organization: nil)
            }
            for (path, id) in [("/a/b.txt", "b"), ("/a/b.txt2", "b2"), ("/a/c.txt", "c"), ("/a/b", "ab")] {
                rows.add(row(path, id), record: nil, listFields: true)
            }
            #expect(rows.count == 4)
            #expect(rows.find("/a/", "b.txt").map { rows[$0].id } == "b")
            #expect(rows.find("/a/b.txt").map { rows[$0].id } == "b")
            #expect(rows.find("/a/b", ".txt2").map { rows[$0].id } == "b2")
            #expect(rows.find("/a/", "b").map { rows[$0].id } == "ab")
            #expect(rows.find("/a/", "c.txt").map { rows[$0].title } == "T c")
            #expect(rows.find("/a/", "d.txt") == nil && rows.find("/a/", "b.tx") == nil && rows.find("/a/b.txt22") == nil)
            #expect(rows.find("/a/b.txt2").map { rows.path($0) } == "/a/b.txt2")
            #expect(rows.find("/a/c.txt").map { rows.indexedFile($0).path } == "/a/c.txt")
            // The same path again replaces its row.
            rows.add(row("/a/c.txt", "c-new"), record: nil, listFields: true)
            #expect(rows.count == 4 && rows.find("/a/c.txt").map { rows[$0].id } == "c-new")
        }
    }

    /// A streamed load of whole records through a warm index (what `export` does) gives what a load without
    /// the index gives, however the archive is spelled and through a linked folder, and reads a file written
    /// since, and forgets one removed.
    @Test func aWarmStreamedLoadGivesTheColdRecordsAndSeesChangedFiles() throws {
        let folder = try ReadingTempFolder()
        for name in ["a.txt", "b.txt", "sub/c.md", "sub/deeper/d.txt"] {
            let path = try folder.write(name, PersistentIndexTests.release.replacingOccurrences(of: "bridge", with: "bridge \(name)"))
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-3600)], ofItemAtPath: path)
        }
        let other = try ReadingTempFolder()
        try other.write("e.txt", PersistentIndexTests.release)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-3600)], ofItemAtPath: other.path + "/e.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/linked", withDestinationPath: other.path)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/f.txt", withDestinationPath: folder.path + "/a.txt")
        let cache = try ReadingTempFolder()
        let counter = ParseCounter()
        func streamed(_ argument: String) -> (json: [String], report: LoadReport) {
            let loader = ArchiveLoader(cachePath: cache.path + "/index.sqlite")
            loader.parse = { counter.parse($0) }
            var json: [String] = []
            let (_, report) = loader.load([argument], stream: { json.append(ReleaseJSON.object($0)) })
            return (json, report)
        }
        let cold = Archive.load([folder.path]).releases.map { ReleaseJSON.object($0) }
        #expect(cold.count == 6)
        #expect(streamed(folder.path).json == cold)
        let parsed = counter.count
        for argument in [folder.path, folder.path + "/", folder.path + "/sub/../"] {
            let (json, report) = streamed(argument)
            #expect(json == cold, "\(argument)")
            #expect(report.unchanged == 6 && report.parsed == 0, "\(argument)")
        }
        #expect(counter.count == parsed, "nothing parsed again")

        try folder.write("sub/c.md", PersistentIndexTests.release.replacingOccurrences(of: "bridge", with: "ferry"))
        try FileManager.default.removeItem(atPath: folder.path + "/b.txt")
        let (json, report) = streamed(folder.path)
        #expect(json == Archive.load([folder.path]).releases.map { ReleaseJSON.object($0) })
        #expect(json.filter { $0.contains("ferry") }.count == 1, "c.md read again")
        #expect(report.removed == 1)
        let store = try IndexStore.open(path: cache.path + "/index.sqlite").get()
        defer { store.close() }
        #expect(try store.count() == 5)
    }
}
