import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where the browser's `v` and `e` find a release: its file, or for one message of an mbox a copy of that
/// message alone (the mbox whole is a gigabyte of other mail).
public enum LocatedFile: Hashable, Sendable {
    /// The release's own file (an mbox's for `e` on one of its messages: the message is edited where it is).
    case file(String)
    /// A copy of the message's bytes in the cache folder's `messages/`, to be removed once the pager ends.
    case messageCopy(String)
    /// The message was found but no copy could be written (why, in the system's words).
    case notCopied(String)
}

extension ArchiveLoader {
    /// The folder that holds the copies of messages shown by `v`: `messages/` beside the index file (its
    /// default place when the index is not used), so that nothing is written outside the cache.
    public static func messageCopyFolder(cachePath: String?) -> String {
        ((cachePath ?? IndexStore.defaultPath()) as NSString).deletingLastPathComponent + "/messages"
    }

    /// Copies left this long are removed when the next copy is made (a browser that was killed while its
    /// pager ran left its copy behind).
    static let leftoverCopySeconds: TimeInterval = 3_600

    /// The file of `release` under `paths` for the pager (`copy` true: a message of an mbox is copied alone
    /// into `folder`) or the editor (its file, the mbox for a message); nil when it is gone or no longer holds
    /// that release (its id is made from its bytes). An mbox's messages are found by the split the index kept
    /// when the mbox has not changed, so that `v` does not read a 1 GB mbox to find one message.
    public func locate(_ release: Release, in paths: [String], copy: Bool, folder: String) -> LocatedFile? {
        guard let file = discover(paths).files.first(where: { $0.source == release.source }) else { return nil }
        guard let message = file.message else { return .file(file.path) }
        // The message's bytes as a load reads them (mboxrd's `>From ` unquoted), and still the release's: its id
        // is made from them (mail deleted above it renumbers the rest).
        guard case .success(let bytes) = Mailbox.read(message, path: file.path, limit: message.length),
              StableID.make(source: file.idName ?? StableID.fileName(file.source), bytes: bytes) == release.id else { return nil }
        guard copy else { return .file(file.path) }
        return Self.writeCopy(bytes, name: release.id, folder: folder)
    }

    /// Writes `bytes` as `folder/NAME.eml` (the folder made private to the user; a copy already there replaced,
    /// never followed if it is a link), after removing copies left over from earlier runs.
    static func writeCopy(_ bytes: [UInt8], name: String, folder: String) -> LocatedFile {
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            return .notCopied((error as NSError).localizedDescription)
        }
        let now = Date()
        for entry in (try? manager.contentsOfDirectory(atPath: folder)) ?? [] where entry.hasSuffix(".eml") {
            let path = folder + "/" + entry
            if let modified = (try? manager.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
               now.timeIntervalSince(modified) > leftoverCopySeconds {
                unlink(path)
            }
        }
        // The id is 12 letters and digits: no path in it.
        let safe = String(name.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) && $0.isASCII }.prefix(64))
        let path = folder + "/" + (safe.isEmpty ? "message" : safe) + ".eml"
        unlink(path)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return .notCopied(String(cString: strerror(errno))) }
        defer { close(fd) }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, bytes.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                unlink(path)
                return .notCopied(reason)
            }
            done += n
        }
        return .messageCopy(path)
    }

    /// The files under `paths` as a load finds them, an unchanged mbox split as the index kept it (nothing is
    /// written to the index).
    func discover(_ paths: [String]) -> ArchiveReader.Discovery {
        var kept: [String: (stamp: FileStamp, messages: [MailboxMessage])] = [:]
        if let store = openExisting() {
            for root in Set(paths.compactMap { Self.realPath($0) }) {
                try? store.forEachMailboxSplit(under: root) { path, stamp, messages in kept[path] = (stamp, messages) }
            }
            store.close()
        }
        let splits = ArchiveReader.MailboxSplits { path, stamp in
            guard let split = kept[path], split.stamp == stamp else { return nil }
            return split.messages
        }
        return ArchiveReader.discoverAll(paths, splits: splits)
    }
}
