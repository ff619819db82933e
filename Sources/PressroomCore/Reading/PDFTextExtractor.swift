import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Text of a PDF through poppler's `pdftotext` (UTF-8, to standard output), run as a subprocess with an
/// argument list (never a shell) and a time limit. It is asked for the page geometry (`-bbox-layout`), from
/// which `PDFLayoutText` writes the default mode's text with the paragraph gaps the page shows: one run a PDF.
/// Only when that run fails or its output cannot be read (a pdftotext that does not know `-bbox-layout`, XML
/// it breaks, a broken PDF) is pdftotext run again in its default mode, and that text (or failure) taken as it is.
public struct PDFTextExtractor: Sendable {
    /// The `pdftotext` executable, or nil when it is not installed.
    public var executable: URL?
    /// After this many seconds the extraction is stopped and the PDF reported.
    public var timeLimit: Double

    /// The environment variable that names the `pdftotext` to use instead of the one on PATH
    /// (an empty value, or a path that is not an executable, means "not installed"; used by tests).
    public static let environmentVariable = "PRESSROOM_PDFTOTEXT"

    /// The message for every PDF when `pdftotext` is missing.
    public static let missingMessage =
        "needs pdftotext to be read, which is not installed: install poppler-utils (apt-get install poppler-utils)"

    public init(executable: URL?, timeLimit: Double = 20) {
        self.executable = executable
        self.timeLimit = timeLimit
    }

    /// The environment variable that sets the time limit in seconds (default 20).
    public static let timeLimitVariable = "PRESSROOM_PDF_TIMEOUT"

    /// `pdftotext` from `PRESSROOM_PDFTOTEXT` if set, else the first on PATH; the time limit from
    /// `PRESSROOM_PDF_TIMEOUT` if set.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> PDFTextExtractor {
        var found = locate(environment)
        if let limit = environment[timeLimitVariable].flatMap(Double.init), limit > 0 { found.timeLimit = limit }
        return found
    }

    private static func locate(_ environment: [String: String]) -> PDFTextExtractor {
        if let configured = environment[environmentVariable] {
            return PDFTextExtractor(executable: isExecutable(configured) ? URL(fileURLWithPath: configured) : nil)
        }
        let dirs = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for dir in dirs where !dir.isEmpty {
            let candidate = "\(dir)/pdftotext"
            if isExecutable(candidate) { return PDFTextExtractor(executable: URL(fileURLWithPath: candidate)) }
        }
        return PDFTextExtractor(executable: nil)
    }

    private static func isExecutable(_ path: String) -> Bool {
        guard !path.isEmpty else { return false }
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG && access(path, X_OK) == 0
    }

    /// The PDF's text as UTF-8 bytes, or the reason it could not be extracted.
    public func extract(_ path: String) -> Result<[UInt8], PDFFailure> {
        // `--` would be safest against a path starting with `-`, but pdftotext does not accept it;
        // a relative path is made absolute instead.
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return run(input: absolute, bytes: nil)
    }

    /// The text of a PDF held in memory (an e-mail's attachment), given to `pdftotext` on its standard input:
    /// an attachment is never written to a file.
    public func extract(bytes: [UInt8]) -> Result<[UInt8], PDFFailure> {
        run(input: "-", bytes: bytes)
    }

    private func run(input: String, bytes: [UInt8]?) -> Result<[UInt8], PDFFailure> {
        switch run(input: input, bytes: bytes, geometry: true) {
        case .success(let xhtml):
            if let text = PDFLayoutText.text(fromBBoxLayout: xhtml) { return .success(Array(text.utf8)) }
            return run(input: input, bytes: bytes, geometry: false)
        case .failure(.failed):
            // A pdftotext too old for `-bbox-layout` refuses it; a broken PDF fails again with its own reason.
            return run(input: input, bytes: bytes, geometry: false)
        case .failure(let failure):
            return .failure(failure)
        }
    }

    /// One run of pdftotext: with `geometry`, its `-bbox-layout` XHTML; without, its default mode's text.
    private func run(input: String, bytes: [UInt8]?, geometry: Bool) -> Result<[UInt8], PDFFailure> {
        guard let executable else { return .failure(.notInstalled) }
        let process = Process()
        process.executableURL = executable
        process.arguments = geometry ? ["-enc", "UTF-8", "-bbox-layout", input, "-"] : ["-enc", "UTF-8", input, "-"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = bytes.map { _ in Pipe() }
        process.standardInput = stdin ?? FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return .failure(.couldNotRun(error.localizedDescription))
        }
        if let stdin, let bytes {
            // Written on a thread of its own while this one reads the output, so neither pipe can fill and
            // stall the other. SIGPIPE is blocked on that thread alone: a pdftotext that stops reading gives
            // the write EPIPE, and the signal, pending on the thread, is dropped when it ends.
            // (Process closes the pipe's other end in this process once pdftotext has it.)
            let handle = stdin.fileHandleForWriting
            let fd = handle.fileDescriptor
            let writer = Thread {
                var pipeSignal = sigset_t()
                sigemptyset(&pipeSignal)
                sigaddset(&pipeSignal, SIGPIPE)
                pthread_sigmask(SIG_BLOCK, &pipeSignal, nil)
                bytes.withUnsafeBytes { raw in
                    var done = 0
                    while done < raw.count {
                        let n = write(fd, raw.baseAddress! + done, raw.count - done)
                        if n < 0 { if errno == EINTR { continue }; break }
                        done += n
                    }
                }
                try? handle.close()
            }
            writer.start()
        }
        // Read both pipes here (no other thread), so a full pipe never blocks pdftotext and the time
        // limit holds even if it stops producing output.
        let deadline = Date().addingTimeInterval(timeLimit)
        var streams = [PipeReader(out.fileHandleForReading.fileDescriptor),
                       PipeReader(err.fileHandleForReading.fileDescriptor)]
        var timedOut = false
        while streams.contains(where: { !$0.closed }) {
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 {
                timedOut = true
                break
            }
            var fds = streams.filter { !$0.closed }.map { pollfd(fd: $0.fd, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&fds, nfds_t(fds.count), Int32(min(remaining, 1) * 1000) + 1)
            if ready < 0 && errno != EINTR { break }
            for k in streams.indices where !streams[k].closed {
                if let polled = fds.first(where: { $0.fd == streams[k].fd }), polled.revents != 0 {
                    streams[k].drain()
                }
            }
        }
        if timedOut {
            process.terminate()
            let killAt = Date().addingTimeInterval(2)
            while process.isRunning && Date() < killAt { usleep(10_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        // The pipes are closed: the process has exited or is about to; wait for its status, bounded.
        let waitUntil = Date().addingTimeInterval(5)
        while process.isRunning && Date() < waitUntil { usleep(1_000) }
        try? out.fileHandleForReading.close()
        try? err.fileHandleForReading.close()
        if timedOut { return .failure(.timedOut(timeLimit)) }
        if process.isRunning { return .failure(.couldNotRun("pdftotext did not exit")) }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let message = String(decoding: streams[1].data, as: UTF8.self)
                .split(separator: "\n").first.map(String.init) ?? "exit status \(process.terminationStatus)"
            return .failure(.failed(message))
        }
        return .success(streams[0].data)
    }
}

/// Reads a pipe without blocking until it closes.
private struct PipeReader {
    let fd: Int32
    var data: [UInt8] = []
    var closed = false

    init(_ fd: Int32) {
        self.fd = fd
        let flags = fcntl(fd, F_GETFL)
        _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
    }

    mutating func drain() {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                data.append(contentsOf: buffer[0..<count])
            } else if count == 0 {
                closed = true
                return
            } else {
                if errno == EINTR { continue }
                if errno != EAGAIN && errno != EWOULDBLOCK { closed = true }
                return
            }
        }
    }
}

/// Why a PDF's text could not be extracted.
public enum PDFFailure: Error, Hashable, Sendable {
    case notInstalled
    case couldNotRun(String)
    case timedOut(Double)
    case failed(String)

    /// The reason, in words a user understands.
    public var reason: String {
        switch self {
        case .notInstalled: return PDFTextExtractor.missingMessage
        case .couldNotRun(let why): return "pdftotext could not be started: \(why)"
        case .timedOut(let seconds):
            let limit = seconds >= 1 ? "\(Int(seconds))" : String(format: "%.1f", seconds)
            return "pdftotext took longer than \(limit) s and was stopped"
        case .failed(let message): return "pdftotext could not read it: \(message)"
        }
    }
}
