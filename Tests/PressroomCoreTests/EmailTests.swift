import Foundation
import Testing
@testable import PressroomCore

/// The e-mail fixtures committed with the tests (written for them: invented organisations, people, numbers).
private let emailFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/Fixtures/email"

/// Every release under `paths`, as `pressroom export --no-cache` reads them.
private func load(_ paths: [String]) -> Archive {
    let loader = ArchiveLoader(cachePath: nil)
    loader.pdf = PDFTextExtractor(executable: URL(fileURLWithPath: "/usr/bin/pdftotext"))
    return loader.load(paths).archive
}

private func only(_ path: String) throws -> Release {
    let archive = load([path])
    #expect(archive.problems.isEmpty, "\(archive.problems)")
    #expect(archive.releases.count == 1)
    return try #require(archive.releases.first)
}

/// One message as an mbox or `.eml` holds it.
private func message(from: String, subject: String, date: String, body: String, headers: String = "") -> String {
    "From: \(from)\nTo: desk@harbour-news.example\nSubject: \(subject)\nDate: \(date)\nMIME-Version: 1.0\n"
        + "Content-Type: text/plain; charset=utf-8\n\(headers)\n\(body)\n"
}

/// A release of the Tessaly Ferry Board, numbered so that each is a different message.
private func release(_ n: Int) -> String {
    """
    MEDIA RELEASE

    Tessaly Ferry Board adds sailing number \(n) to the winter timetable

    TESSALY, 3 February 2025 – The Tessaly Ferry Board today added a late sailing, number \(n), to the winter timetable after 1,\(100 + n) residents asked for it.

    The crossing leaves the north slip at 22:40 on Fridays and Saturdays until the end of March.

    >From the harbour master's office: the slip lights will stay on until the last sailing berths.

    ENDS

    Media contact: Odile Marchetti, Press Officer, +44 1632 960 \(String(format: "%03d", n)), odile@tessaly-ferries.example
    """
}

@Suite struct EmailReaderTests {
    @Test func aPlainMessageInQuotedPrintableLatin1WithAnEncodedWordSubject() throws {
        let r = try only(emailFixtures + "/plain-release.eml")
        #expect(r.format == .email)
        #expect(r.kind == "PRESS RELEASE")
        #expect(r.title == "Marrowfield Water Cooperative opens its third reed-bed filter at Ostley Fen")
        #expect(r.date == "2025-03-14")
        #expect(r.organization == "Marrowfield Water Cooperative")
        #expect(r.location == "OSTLEY")
        // `Céline` came as `C=E9line` in ISO-8859-1.
        #expect(r.paragraphs.contains { $0.contains("said Céline Aubert-Hale") })
        #expect(r.contacts.map(\.name) == ["Tobias Wren"])
        #expect(r.contacts.first?.phones == ["+441632960722"])
    }

    /// A charset whose bytes Windows-1252 (the fallback for text that is not UTF-8) would read otherwise:
    /// ISO-8859-2's `=A3` is `Ł`, Windows-1252's `£`.
    @Test func everyDeclaredCharsetIsHonoured() throws {
        let dir = try ReadingTempFolder()
        let body = "PRESS RELEASE\n\nTeatr Nowy of =A3=F3d=BC opens a stage on its roof\n\n"
            + "=A3=D3D=AF, 3 June 2025 - Teatr Nowy today opened a summer stage on the roof of its building on Wi=EAckowskiego Street.\n\n"
            + "ENDS\n\nMedia contact: Zofia W=B1sik, zofia@teatr-nowy.example\n"
        let path = try dir.write("pl.eml", "From: Teatr Nowy <biuro@teatr-nowy.example>\nSubject: =?iso-8859-2?q?Scena_na_dachu_w_=A3odzi?=\n"
            + "Date: Tue, 3 Jun 2025 10:00:00 +0200\nMIME-Version: 1.0\nContent-Type: text/plain; charset=iso-8859-2\n"
            + "Content-Transfer-Encoding: quoted-printable\n\n" + body)
        let r = try only(path)
        #expect(r.title == "Teatr Nowy of Łódź opens a stage on its roof")
        #expect(r.paragraphs.first?.contains("Więckowskiego Street") == true)
        #expect(r.contacts.first?.name == "Zofia Wąsik")
    }

    @Test func anHTMLOnlyMessageAndAStubPlainPartAreReadThroughTheHTMLReader() throws {
        for name in ["html-only.eml", "alternative-stub.eml"] {
            let r = try only(emailFixtures + "/" + name)
            #expect(r.format == .email)
            #expect(r.title == "Quillon Bay lifeboat crew completes 500th rescue", "\(name)")
            #expect(r.release == "Embargoed until 00:01 GMT, 2 June 2025")
            #expect(r.date == "2025-05-30")
            #expect(r.paragraphs.count == 3)
            #expect(!r.paragraphs.joined().contains("This message is in HTML"))
            #expect(r.contacts.first?.name == "Priya Castellane")
            // The sender's name confirms the name the notes print.
            #expect(r.organization == "Quillon Bay Lifeboat Society", "\(name)")
        }
    }

    @Test func aReleaseAttachedAsAPDFIsTheRecordAndTheCoveringNoteIsNot() throws {
        let r = try only(emailFixtures + "/attached-pdf.eml")
        #expect(r.format == .email)
        #expect(r.title == "Marrowfield Water Cooperative opens its third reed-bed filter at Ostley Fen")
        #expect(r.date == "2025-03-14")
        let all = (r.paragraphs + r.notes).joined(separator: " ")
        #expect(!all.contains("Please find attached"))
        #expect(!all.contains("Dear editor"))
        #expect(r.paragraphs.count == 4)
        #expect(r.contacts.map(\.name) == ["Tobias Wren"])
    }

    @Test func aForwardedReleaseLosesTheForwardersNoteAndSignature() throws {
        let r = try only(emailFixtures + "/forwarded.eml")
        #expect(r.title == "Marrowfield Water Cooperative opens its third reed-bed filter at Ostley Fen")
        // The forward was sent on the 17th; the release is of the 14th.
        #expect(r.date == "2025-03-14")
        #expect(r.contacts.map(\.name) == ["Tobias Wren"])
        let all = (r.paragraphs + r.notes).joined(separator: " ")
        for forwarder in ["Anselm", "worth a look", "Ostley Gazette", "Forwarded message", "newsdesk@"] {
            #expect(!all.contains(forwarder), "\(forwarder) leaked into the release")
        }
        #expect(!r.links.contains("mailto:anselm@ostley-gazette.example"))
    }

    @Test func aQuotedReplyIsUnwrappedAndTheListFooterIsFurniture() throws {
        let r = try only(emailFixtures + "/quoted-reply.eml")
        #expect(r.title == "Marrowfield Water Cooperative opens its third reed-bed filter at Ostley Fen")
        #expect(r.contacts.map(\.name) == ["Tobias Wren"])
        let all = (r.paragraphs + r.notes + r.contacts.compactMap(\.role)).joined(separator: " ")
        for leaked in ["Thursday", "wrote:", "unsubscribe", "press list", ">"] {
            #expect(!all.contains(leaked), "\(leaked) leaked into the release")
        }
        #expect(!r.links.contains { $0.contains("press-list-leave") })
    }

    @Test func aListFooterUnderADirectReleaseIsFurniture() throws {
        let dir = try ReadingTempFolder()
        let text = release(3) + "\n\n_______________________________________________\nHarbour press list\n"
            + "To unsubscribe, write to harbour-press-leave@lists.example\nhttps://lists.example/harbour-press\n"
        let path = try dir.write("listed.eml", message(from: "Tessaly Ferry Board <press@tessaly-ferries.example>",
                                                       subject: "Late sailing", date: "Mon, 3 Feb 2025 09:00:00 +0000", body: text))
        let r = try only(path)
        #expect(r.contacts.first?.name == "Odile Marchetti")
        let all = (r.paragraphs + r.notes + r.contacts.flatMap(\.urls)).joined(separator: " ")
        #expect(!all.contains("unsubscribe") && !all.contains("Harbour press list"))
        #expect(!r.links.contains { $0.contains("lists.example") })
    }

    @Test func theMessagesDateIsEvidenceNeverTheAnswerAlone() throws {
        let dir = try ReadingTempFolder()
        let undated = """
            PRESS RELEASE

            Brindle Library extends its Sunday opening hours

            Brindle Library will open from 10:00 to 16:00 on Sundays from next month, the trustees said.

            ENDS

            Media contact: Hale Osei, hale@brindle-library.example
            """
        let a = try dir.write("undated.eml", message(from: "Brindle Library <press@brindle-library.example>",
                                                     subject: "Sunday hours", date: "Tue, 4 Mar 2025 10:00:00 +0000", body: undated))
        #expect(try only(a).date == nil)
        // The text prints its date; the message was sent two days later.
        let dated = undated.replacingOccurrences(of: "Brindle Library will", with: "BRINDLE, 2 March 2025 – Brindle Library will")
        let b = try dir.write("dated.eml", message(from: "Brindle Library <press@brindle-library.example>",
                                                   subject: "Sunday hours", date: "Tue, 4 Mar 2025 10:00:00 +0000", body: dated))
        #expect(try only(b).date == "2025-03-02")
    }

    @Test func aMessageOfFiftyThousandPartsIsRefusedWithItsReason() throws {
        let dir = try ReadingTempFolder()
        var body = "From: a@b.example\nSubject: parts\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n"
        for k in 0..<50_000 { body += "--b\nContent-Type: text/plain\n\n\(k)\n" }
        body += "--b--\n"
        let path = try dir.write("parts.eml", body)
        let started = Date()
        let archive = load([path])
        #expect(archive.releases.isEmpty)
        #expect(archive.problems.map(\.reason) == ["the e-mail message has more than 1,000 MIME parts (not a message pressroom can read safely)"])
        #expect(Date().timeIntervalSince(started) < 20)
    }
}

@Suite struct MailboxTests {
    /// 100 messages: three releases among newsletters, replies and notes.
    private static func inbox() throws -> (ReadingTempFolder, String) {
        let dir = try ReadingTempFolder()
        var mbox = ""
        for n in 1...100 {
            mbox += "From sender@example Mon Feb  3 09:\(String(format: "%02d", n % 60)):00 2025\n"
            let date = "Mon, 3 Feb 2025 09:\(String(format: "%02d", n % 60)):00 +0000"
            if [7, 42, 93].contains(n) {
                mbox += message(from: "Tessaly Ferry Board <press@tessaly-ferries.example>", subject: "Late sailing \(n)",
                                date: date, body: release(n))
            } else if n % 3 == 0 {
                mbox += message(from: "Harbour Weekly <news@harbour-weekly.example>", subject: "Harbour Weekly no. \(n)", date: date,
                                body: "This week in the harbour: the new crane, the regatta results and a recipe for mussels.\n\n"
                                    + "Read more on our website.\n\n--\nYou are receiving this because you subscribed to Harbour Weekly.\n")
            } else if n % 3 == 1 {
                mbox += message(from: "Desk <desk@harbour-news.example>", subject: "Re: lunch \(n)", date: date,
                                body: "Fine by me, see you at one.\n\n> Shall we meet at the usual place?\n")
            } else {
                mbox += message(from: "Rota <rota@harbour-news.example>", subject: "Rota for week \(n)", date: date,
                                body: "Early shift: Ana. Late shift: Bo.\nFrom now on the rota is posted on Fridays.\n")
            }
            mbox += "\n"
        }
        return (dir, try dir.write("inbox.mbox", mbox))
    }

    @Test func anMboxOfAHundredMessagesGivesItsThreeReleasesInOrder() throws {
        let (dir, _) = try Self.inbox()
        let archive = load([dir.path])
        #expect(archive.problems.isEmpty, "\(archive.problems)")
        #expect(archive.releases.map(\.source) == ["inbox.mbox#007", "inbox.mbox#042", "inbox.mbox#093"])
        #expect(archive.releases.map(\.title) == [7, 42, 93].map { "Tessaly Ferry Board adds sailing number \($0) to the winter timetable" })
        #expect(archive.releases.allSatisfy { $0.format == .email && $0.organization == "Tessaly Ferry Board" && $0.date == "2025-02-03" })
        #expect(Set(archive.releases.map(\.id)).count == 3)
        // mboxrd's `>From ` is unquoted; the `From ` line inside a message (the rota's) does not split it.
        #expect(archive.releases[0].paragraphs.contains { $0.hasPrefix("From the harbour master's office") })
        // The same streamed, in the same order.
        var streamed: [String] = []
        _ = ArchiveLoader(cachePath: nil).load([dir.path], stream: { streamed.append($0.source) })
        #expect(streamed == archive.releases.map(\.source))
    }

    @Test func theSplitterFindsTheSameMessagesWhateverTheChunks() throws {
        let (dir, path) = try Self.inbox()
        defer { withExtendedLifetime(dir) {} }
        let whole = try Mailbox.messages(path: path).get()
        #expect(whole.count == 100)
        let bytes = try #require(FileManager.default.contents(atPath: path)).map { $0 }
        for size in [1, 2, 3, 5, 7, 4096] {
            var splitter = Mailbox.Splitter()
            var i = 0
            while i < bytes.count {
                let piece = Array(bytes[i..<min(bytes.count, i + size)])
                piece.withUnsafeBufferPointer { splitter.feed($0) }
                i += size
            }
            #expect(splitter.finish() == whole, "chunks of \(size)")
        }
        // Each message starts with its headers and ends before the blank line that separates it from the next.
        let first = try Mailbox.read(whole[0], path: path, limit: 1 << 20).get()
        #expect(String(decoding: first, as: UTF8.self).hasPrefix("From: Desk <desk@harbour-news.example>\n"))
        #expect(String(decoding: first, as: UTF8.self).hasSuffix("usual place?\n\n"))
    }

    /// `explain inbox.mbox#N` reads the mbox only as far as message N: the same message the whole split lists.
    @Test func oneMessageIsFoundWithoutSplittingTheWholeMbox() throws {
        let (dir, path) = try Self.inbox()
        defer { withExtendedLifetime(dir) {} }
        let whole = try Mailbox.messages(path: path).get()
        for n in [1, 2, 37, 99, 100] { #expect(try Mailbox.message(number: n, path: path).get() == whole[n - 1], "\(n)") }
        #expect(try Mailbox.message(number: 101, path: path).get() == nil)
        #expect(try Mailbox.message(number: 0, path: path).get() == nil)
    }

    @Test func theIndexKeepsEachMessageAndAnAddedMessageParsesOnlyItself() throws {
        let (dir, path) = try Self.inbox()
        let cache = try ReadingTempFolder()
        let loader = ArchiveLoader(cachePath: cache.path + "/index.sqlite")
        let cold = loader.load([dir.path])
        #expect(cold.report.parsed == 100)
        let warm = loader.load([dir.path])
        #expect(warm.report.parsed == 0)
        #expect(warm.archive.releases == cold.archive.releases)
        #expect(warm.archive.problems.isEmpty)
        // The list's first screen from the index, by message.
        #expect(loader.indexedSummaries([dir.path]).releases.map(\.source) == ["inbox.mbox#007", "inbox.mbox#042", "inbox.mbox#093"])
        #expect(loader.indexedSummaries([path]).releases.map(\.source) == ["inbox.mbox#007", "inbox.mbox#042", "inbox.mbox#093"].map { path + String($0.dropFirst("inbox.mbox".count)) })
        // New mail: one more message. The others are hashed, not parsed, and keep their ids.
        try Self.appendLateSailing(to: path)
        let after = loader.load([dir.path])
        #expect(after.report.parsed == 1)
        #expect(after.archive.releases.map(\.source) == ["inbox.mbox#007", "inbox.mbox#042", "inbox.mbox#093", "inbox.mbox#101"])
        #expect(Array(after.archive.releases.prefix(3).map(\.id)) == cold.archive.releases.map(\.id))
    }

    /// New mail at the end of the inbox: message 101, a release.
    static func appendLateSailing(to path: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        handle.seekToEndOfFile()
        handle.write(Data(("From sender@example Tue Feb  4 08:00:00 2025\n"
            + message(from: "Tessaly Ferry Board <press@tessaly-ferries.example>", subject: "Late sailing 101",
                      date: "Tue, 4 Feb 2025 08:00:00 +0000", body: release(101)) + "\n").utf8))
        try handle.close()
    }

    @Test func aWarmLoadTakesTheMboxsSplitFromTheIndexAndSplitsItAgainWhenItChanged() throws {
        let (dir, path) = try Self.inbox()
        let cache = try ReadingTempFolder()
        let loader = ArchiveLoader(cachePath: cache.path + "/index.sqlite")
        // A split is kept only of an mbox older than the settle time: a fresh one is split again.
        let fresh = loader.load([dir.path])
        #expect(fresh.report.mailboxesSplit == 1)
        #expect(loader.load([dir.path]).report.mailboxesSplit == 1)
        loader.settleNanoseconds = 0
        let cold = loader.load([dir.path])
        #expect(cold.report.mailboxesSplit == 1)
        // Unchanged: not read to find its messages, and the same releases.
        let warm = loader.load([dir.path])
        #expect(warm.report.mailboxesSplit == 0)
        #expect(warm.report.mailboxesSplitKept == 1)
        #expect(warm.report.parsed == 0)
        #expect(warm.archive.releases == fresh.archive.releases)
        // Named as an argument, the mbox's split is found by its canonical path.
        let named = loader.load([path])
        #expect(named.report.mailboxesSplit == 0)
        #expect(named.archive.releases.map(\.id) == fresh.archive.releases.map(\.id))
        // Mail added: split again, the new message found.
        try Self.appendLateSailing(to: path)
        let grown = loader.load([dir.path])
        #expect(grown.report.mailboxesSplit == 1)
        #expect(grown.report.mailboxesSplitKept == 0)
        #expect(grown.archive.releases.map(\.source) == ["inbox.mbox#007", "inbox.mbox#042", "inbox.mbox#093", "inbox.mbox#101"])
        #expect(loader.load([dir.path]).report.mailboxesSplit == 0)
        // Rewritten to the same size with a message moved (its times change): split again, never trusted.
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let cut = try #require(text.range(of: "\n\nFrom sender@example Mon Feb  3 09:01:00 2025\n"))
        let moved = String(text[cut.lowerBound...].dropFirst(2)) + "\n" + String(text[..<cut.lowerBound]) + "\n"
        #expect(moved.utf8.count == text.utf8.count)
        try moved.write(toFile: path, atomically: false, encoding: .utf8)
        let rewritten = loader.load([dir.path])
        #expect(rewritten.report.mailboxesSplit == 1)
        #expect(rewritten.archive.releases.count == 4)
    }

    @Test func aKeptSplitIsReadBackAndADamagedOneIsRefused() {
        let messages = [MailboxMessage(number: 1, offset: 45, length: 300), MailboxMessage(number: 2, offset: 400, length: 1 << 33)]
        let bytes = IndexStore.encodeMessages(messages)
        #expect(bytes.count == 32)
        #expect(bytes.withUnsafeBytes { IndexStore.decodeMessages($0) } == messages)
        #expect(bytes.dropLast().withUnsafeBytes { IndexStore.decodeMessages($0) } == nil)
        // Overlapping messages: not a split this code made.
        let overlapping = IndexStore.encodeMessages([messages[1], messages[0]])
        #expect(overlapping.withUnsafeBytes { IndexStore.decodeMessages($0) } == nil)
    }

    @Test func vFindsOneMessageAndCopiesItAloneIntoTheCacheFolder() throws {
        let (dir, path) = try Self.inbox()
        let cache = try ReadingTempFolder()
        let loader = ArchiveLoader(cachePath: cache.path + "/index.sqlite")
        let releases = loader.load([dir.path]).archive.releases
        let folder = ArchiveLoader.messageCopyFolder(cachePath: loader.cachePath)
        #expect(folder == cache.path + "/messages")
        // A copy left by an earlier run, an hour old: removed; a recent one (another browser's) is not.
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: folder + "/old.eml", contents: Data("x".utf8),
                                       attributes: [.modificationDate: Date(timeIntervalSinceNow: -7_200)])
        FileManager.default.createFile(atPath: folder + "/recent.eml", contents: Data("x".utf8))
        let located = loader.locate(releases[1], in: [dir.path], copy: true, folder: folder)
        guard case .messageCopy(let copy) = located else {
            Issue.record("no copy: \(String(describing: located))")
            return
        }
        #expect(copy.hasPrefix(folder + "/"))
        let message = try #require(ArchiveReader.discoverAll([dir.path]).files.first { $0.source == "inbox.mbox#042" }?.message)
        #expect(FileManager.default.contents(atPath: copy).map { [UInt8]($0) } == (try Mailbox.read(message, path: path, limit: 1 << 20).get()))
        #expect(String(decoding: FileManager.default.contents(atPath: copy) ?? Data(), as: UTF8.self).contains("Subject: Late sailing 42"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/old.eml"))
        #expect(FileManager.default.fileExists(atPath: folder + "/recent.eml"))
        // The editor gets the mbox; the pager of a plain file its file.
        #expect(loader.locate(releases[1], in: [dir.path], copy: false, folder: folder) == .file(path))
        // The message rewritten since it was loaded (the same place, other bytes): not the release, none shown.
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "sailing number 42", with: "sailing number 24").write(toFile: path, atomically: false, encoding: .utf8)
        #expect(loader.locate(releases[1], in: [dir.path], copy: true, folder: folder) == nil)
        // A folder that cannot be made: the reason, nothing written elsewhere.
        try "x".write(toFile: cache.path + "/file", atomically: false, encoding: .utf8)
        if case .notCopied = ArchiveLoader.writeCopy([1, 2], name: "../../x", folder: cache.path + "/file/messages") {} else {
            Issue.record("a copy under a file")
        }
        // A name with a path in it stays in the folder.
        #expect(ArchiveLoader.writeCopy([1, 2], name: "../../etc/x", folder: folder) == .messageCopy(folder + "/etcx.eml"))
    }

    @Test func aWatchedMboxThatChangesIsReadAgainAsItsMessages() throws {
        let (dir, path) = try Self.inbox()
        let loader = ArchiveLoader(cachePath: nil)
        let changes = loader.reread([dir.path], changed: [path])
        #expect(changes.releases.map(\.source) == ["inbox.mbox#007", "inbox.mbox#042", "inbox.mbox#093"])
        #expect(changes.problems.isEmpty)
        // The mbox covers its messages: the browser replaces them with what was read.
        #expect(changes.covers(source: "inbox.mbox#042"))
        #expect(!changes.covers(source: "inbox.mbox.old"))
    }

    @Test func aMessageIsFoundByItsSourceAndItsID() throws {
        let (dir, _) = try Self.inbox()
        let archive = load([dir.path])
        let second = archive.releases[1]
        let file = try #require(ArchiveReader.discoverAll([dir.path]).files.first { $0.source == second.source })
        #expect(file.message?.number == 42)
        let read = try ArchiveReader.read(file).get()
        #expect(read.id == second.id)
        #expect(Mailbox.mboxPart(of: "mail/inbox.mbox#042")?.file == "mail/inbox.mbox")
        #expect(Mailbox.mboxPart(of: "mail/inbox.mbox#042")?.number == 42)
        #expect(Mailbox.mboxPart(of: "notes#draft") == nil)
    }

    @Test func aMaildirsMessagesAreFilesAndTheirFlagsDoNotChangeTheirIDs() throws {
        let dir = try ReadingTempFolder()
        try dir.mkdir("Maildir/tmp")
        let text = message(from: "Tessaly Ferry Board <press@tessaly-ferries.example>", subject: "Late sailing",
                           date: "Mon, 3 Feb 2025 09:00:00 +0000", body: release(5))
        try dir.write("Maildir/cur/1738573200.M1P77.desk:2,S", text)
        try dir.write("Maildir/new/1738573300.M2P77.desk", message(from: "Desk <desk@harbour-news.example>", subject: "Re: lunch",
                                                                  date: "Mon, 3 Feb 2025 09:10:00 +0000", body: "See you at one.\n"))
        // Being delivered: not read.
        try dir.write("Maildir/tmp/1738573400.M3P77.desk", text)
        let archive = load([dir.path])
        #expect(archive.problems.isEmpty, "\(archive.problems)")
        #expect(archive.releases.map(\.source) == ["Maildir/cur/1738573200.M1P77.desk:2,S"])
        #expect(archive.releases.first?.title == "Tessaly Ferry Board adds sailing number 5 to the winter timetable")
        // Read and replied to: the flags change, the id does not.
        try FileManager.default.moveItem(atPath: dir.path + "/Maildir/cur/1738573200.M1P77.desk:2,S",
                                         toPath: dir.path + "/Maildir/cur/1738573200.M1P77.desk:2,RS")
        #expect(load([dir.path]).releases.map(\.id) == archive.releases.map(\.id))
    }

    @Test func aFileWithoutAnExtensionThatStartsWithAFromLineIsAnMbox() throws {
        let (dir, path) = try Self.inbox()
        try FileManager.default.moveItem(atPath: path, toPath: dir.path + "/inbox")
        #expect(load([dir.path]).releases.map(\.source) == ["inbox#007", "inbox#042", "inbox#093"])
        #expect(load([dir.path + "/inbox"]).releases.count == 3)
    }
}

@Suite struct MessageTextTests {
    @Test func aStubIsANoticeOrFarShorterThanTheHTML() {
        let html = Array(repeating: "word", count: 200).joined(separator: " ")
        #expect(MessageText.isStub("This message is in HTML.", beside: html))
        #expect(MessageText.isStub("Short teaser of the release.", beside: html))
        #expect(!MessageText.isStub(Array(repeating: "word", count: 150).joined(separator: " "), beside: html))
        #expect(!MessageText.isStub("This message is in HTML.", beside: nil))
    }

    @Test func forwardMarkersOfTheCommonMailPrograms() {
        #expect(MessageText.isForwardMarker("---------- Forwarded message ---------"))
        #expect(MessageText.isForwardMarker("-----Original Message-----"))
        #expect(MessageText.isForwardMarker("Begin forwarded message:"))
        #expect(!MessageText.isForwardMarker("---"))
        #expect(!MessageText.isForwardMarker("-- "))
        let outlook = ["Have a look.", "", "________________________________", "From: Press <p@x.example>",
                       "Sent: 3 March 2025 10:00", "Subject: Bridge reopens", "", "The bridge reopens today."]
        let unwrapped = MessageText.unwrapForward(outlook)
        #expect(unwrapped?.lines == ["The bridge reopens today."])
        #expect(unwrapped?.subject == "Bridge reopens")
        #expect(unwrapped?.date == "3 March 2025 10:00")
    }

    @Test func aFooterIsCutWithTheRuleAboveIt() {
        let lines = ["Media contact: Ana, ana@x.example", "", "--", "To unsubscribe, reply STOP.", "Harbour list"]
        #expect(MessageText.cutFooter(lines) == ["Media contact: Ana, ana@x.example"])
        #expect(MessageText.cutFooter(["No footer here.", "Ana"]) == ["No footer here.", "Ana"])
    }

    @Test func subjectsLoseReplyForwardAndListPrefixes() {
        #expect(MessageText.cleanSubject("Re: Fwd: [press-list] Press release: Bridge reopens") == "Bridge reopens")
        #expect(MessageText.cleanSubject("FW: Bridge reopens") == "Bridge reopens")
        #expect(MessageText.cleanSubject("Re:") == nil)
    }

    @Test func everyDevReleaseCarriesAReleaseAndNotesDoNot() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/../../../shared/corpus/dev/releases"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
        #expect(names.count >= 60)
        for name in names {
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            #expect(MessageText.carriesRelease(text), "\(name)")
        }
        for note in ["Fine by me, see you at one.\n\n> Shall we meet at the usual place?",
                     "This week in the harbour: the new crane and the regatta results. Read more on our website.",
                     "Early shift: Ana. Late shift: Bo. The statement of hours is on the wall."] {
            #expect(!MessageText.carriesRelease(note), "\(note)")
        }
    }
}
