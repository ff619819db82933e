import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// mbox files and Maildir folders, found and split without reading a mailbox whole.
public enum Mailbox {
    /// Whether `bytes` (a file's first bytes) open an mbox: a `From ` line.
    static func startsMbox(_ bytes: some Collection<UInt8>) -> Bool { bytes.starts(with: fromLine) }

    private static let fromLine = Array("From ".utf8)

    /// Whether the file at `path` starts with a `From ` line (reads five bytes).
    static func isMbox(path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: 5)
        let n = head.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, 5) }
        return n == 5 && startsMbox(head)
    }

    /// The messages of the mbox at `path`, read in 1 MB chunks (a 1 GB mbox is never in memory): a message
    /// starts after a line beginning `From ` at the file's start or after an empty line, and ends before the
    /// empty line that precedes the next one.
    public static func messages(path: String) -> Result<[MailboxMessage], FileBytes.Failure> {
        split(path: path, chunk: 1 << 20, until: { _ in false }).map { splitter in
            var splitter = splitter
            return splitter.finish()
        }
    }

    /// The mbox at `path` fed to a `Splitter` in chunks of `chunk` bytes until its end or until `done` says so.
    private static func split(path: String, chunk: Int, until done: (Splitter) -> Bool) -> Result<Splitter, FileBytes.Failure> {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return .failure(.cannotOpen(String(cString: strerror(errno)))) }
        defer { close(fd) }
        var splitter = Splitter()
        var buffer = [UInt8](repeating: 0, count: chunk)
        while !done(splitter) {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, chunk) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.readError(String(cString: strerror(errno))))
            }
            if n == 0 { break }
            buffer.withUnsafeBufferPointer { splitter.feed(UnsafeBufferPointer(rebasing: $0[0..<n])) }
        }
        return .success(splitter)
    }

    /// Message `number` (from 1) of the mbox at `path`, read only as far as the `From ` line after it (`explain
    /// inbox.mbox#042` reads 42 messages of a 1 GB mbox, not all of it); nil when the mbox holds fewer. The same
    /// message `messages(path:)` lists with that number.
    public static func message(number: Int, path: String) -> Result<MailboxMessage?, FileBytes.Failure> {
        guard number >= 1 else { return .success(nil) }
        return split(path: path, chunk: 1 << 16, until: { $0.messages.count >= number }).map { splitter in
            // (Stopped early, message `number` is closed; at the mbox's end, `finish` closes the last one.)
            var splitter = splitter
            return splitter.messages.count >= number ? splitter.messages[number - 1] : splitter.finish().dropFirst(number - 1).first
        }
    }

    /// The boundary scan over bytes given in pieces: a state machine over line starts, so that a `From `
    /// line cut by a chunk's end is still seen.
    struct Splitter {
        private(set) var messages: [MailboxMessage] = []
        /// Bytes seen before the current piece.
        private var position: Int64 = 0
        /// Whether the next byte starts a line, and whether the line before it was empty.
        private var atLineStart = true
        private var previousLineEmpty = true
        private var currentLineEmpty = true
        /// Matched bytes of `From ` at the current line's start (0 when not matching).
        private var matched = 0
        private var candidateStart: Int64 = -1
        /// Inside a `From ` line: waiting for its end.
        private var inFromLine = false
        /// Where the current message started, and where the empty line before the next `From ` line began.
        private var messageStart: Int64 = -1
        private var lastEmptyLineStart: Int64 = -1
        private var lineStart: Int64 = 0

        mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
            for (i, byte) in bytes.enumerated() {
                let at = position + Int64(i)
                if atLineStart {
                    lineStart = at
                    atLineStart = false
                    currentLineEmpty = true
                    matched = previousLineEmpty && byte == fromLine[0] ? 1 : 0
                    if matched == 1 { candidateStart = at }
                } else if matched > 0 {
                    if matched < fromLine.count, byte == fromLine[matched] {
                        matched += 1
                        if matched == fromLine.count {
                            // A message boundary: the previous message ends before the empty line.
                            if messageStart >= 0 {
                                let end = lastEmptyLineStart >= messageStart ? lastEmptyLineStart : candidateStart
                                close(until: end)
                            }
                            inFromLine = true
                            matched = 0
                        }
                    } else {
                        matched = 0
                    }
                }
                if byte == 0x0A {
                    if inFromLine {
                        inFromLine = false
                        messageStart = at + 1
                    }
                    if currentLineEmpty { lastEmptyLineStart = lineStart }
                    previousLineEmpty = currentLineEmpty
                    atLineStart = true
                } else if byte != 0x0D {
                    currentLineEmpty = false
                }
            }
            position += Int64(bytes.count)
        }

        private mutating func close(until end: Int64) {
            guard messageStart >= 0, end > messageStart else { messageStart = -1; return }
            messages.append(MailboxMessage(number: messages.count + 1, offset: messageStart, length: Int(end - messageStart)))
            messageStart = -1
        }

        mutating func finish() -> [MailboxMessage] {
            // The last message loses the empty line it ends with, as every other loses the one before the next
            // `From ` line: its bytes (its hash, its id) stay the same when mail is added after it.
            let endsWithEmptyLine = atLineStart && previousLineEmpty && lastEmptyLineStart >= messageStart
            if messageStart >= 0 { close(until: endsWithEmptyLine ? lastEmptyLineStart : position) }
            return messages
        }
    }

    /// A message's bytes from its mbox, with mboxrd's `>From ` quoting taken off (`>From ` → `From `,
    /// `>>From ` → `>From `), refusing a message over `limit` bytes.
    public static func read(_ message: MailboxMessage, path: String, limit: Int) -> Result<[UInt8], FileBytes.Failure> {
        guard message.length <= limit else { return .failure(.tooLarge(message.length, limit: limit)) }
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return .failure(.cannotOpen(String(cString: strerror(errno)))) }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: message.length)
        var done = 0
        while done < message.length {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, message.length - done, off_t(message.offset) + off_t(done)) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.readError(String(cString: strerror(errno))))
            }
            if n == 0 { break }  // the mbox shrank since it was split
            done += n
        }
        if done < message.length { bytes.removeLast(message.length - done) }
        return .success(unquoteFromLines(bytes))
    }

    /// mboxrd's quoting off: a line of `>`s then `From ` loses one `>`.
    static func unquoteFromLines(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(0x3E) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var lineStart = true
        var i = 0
        while i < bytes.count {
            if lineStart && bytes[i] == 0x3E {
                var j = i
                while j < bytes.count && bytes[j] == 0x3E { j += 1 }
                if bytes[j...].starts(with: fromLine) { i += 1 }  // drop one `>`
            }
            let b = bytes[i]
            out.append(b)
            lineStart = b == 0x0A
            i += 1
        }
        return out
    }

    /// The `source` of message `number` of `count` in the mbox whose source is `mbox`.
    static func source(_ mbox: String, number: Int, count: Int) -> String {
        let width = String(count).count
        let digits = String(number)
        return mbox + "#" + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// The file part of a message's source or path (`inbox.mbox#042` → `inbox.mbox`), nil when it names no
    /// message.
    public static func mboxPart(of source: String) -> (file: String, number: Int)? {
        guard let hash = source.lastIndex(of: "#") else { return nil }
        let digits = source[source.index(after: hash)...]
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let number = Int(digits) else { return nil }
        return (String(source[..<hash]), number)
    }

    /// The name a Maildir message's id is made from: its unique part, without the `:2,FLAGS` that changes
    /// when it is read or flagged (and the folder, `cur/` or `new/`, which it moves between).
    static func maildirIDName(_ name: String) -> String {
        guard let colon = name.firstIndex(of: ":") else { return name }
        return String(name[..<colon])
    }
}
