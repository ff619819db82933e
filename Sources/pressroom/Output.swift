import Foundation

/// Standard output, written so that a failed write is reported, never a crash: `FileHandle.write` traps on
/// an error (`list > /dev/full`, `export >&-` ended in a Swift backtrace).
enum Output {
    /// Writes `text` whole. A closed pipe (`| head -1`) ends the program as it would end any tool, by
    /// SIGPIPE; any other failure (a full disk, a closed descriptor) is one line on stderr and exit 1.
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { b in
            var done = 0
            while done < b.count {
                let n = Foundation.write(STDOUT_FILENO, b.baseAddress! + done, b.count - done)
                if n > 0 { done += n; continue }
                if n < 0 && errno == EINTR { continue }
                fail(n < 0 ? errno : EIO)
            }
        }
    }

    /// Standard output gathered into 64 KB writes, for commands that print as they go (`export` streams
    /// its records while later files are still parsed).
    struct Buffer {
        private var pending = ""
        private let limit = 1 << 16

        mutating func append(_ text: String) {
            pending += text
            if pending.utf8.count >= limit { flush() }
        }

        mutating func flush() {
            guard !pending.isEmpty else { return }
            Output.write(pending)
            pending = ""
        }
    }

    private static func fail(_ code: Int32) -> Never {
        if code == EPIPE {
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
        }
        let reason = String(cString: strerror(code))
        FileHandle.standardError.write(Data("pressroom: cannot write the output: \(reason)\n".utf8))
        exit(1)
    }
}
