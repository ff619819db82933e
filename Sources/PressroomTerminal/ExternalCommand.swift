import Foundation
import Glibc
import PressroomUI

/// Runs a program the terminal is handed to (`HandOver`): through `/bin/sh -c`, the file or URL given as
/// `"$1"` (never spliced into the command line: it comes from the archive and from untrusted text), standard
/// input the terminal or, for a pipe, the release's text, standard output and error the terminal.
/// The caller has left curses before and comes back after (`CursesScreen.handOver`).
enum ExternalCommand {
    static func run(_ handOver: HandOver) -> HandBack {
        let script = handOver.shellScript
        // The child's standard input: the release's text from a file, else the terminal.
        let input: Int32
        if let text = handOver.input {
            guard let fd = temporaryFile(holding: text) else { return .inputNotWritten }
            input = fd
        } else if isatty(0) == 1 {
            input = fcntl(0, F_DUPFD_CLOEXEC, 0)  // (the child gets it as its standard input only)
        } else {
            input = open("/dev/tty", O_RDWR | O_CLOEXEC)
        }
        guard input >= 0 else { return .failed(String(cString: strerror(errno))) }
        defer { close(input) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The child starts with default signal handling and nothing blocked (ours only set a flag).
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGWINCH] { sigaddset(&defaults, signal) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let arguments = ["/bin/sh", "-c", script, "pressroom"] + (handOver.argument.map { [$0] } ?? [])
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, &attributes, &argv, environ)
        guard spawned == 0 else { return .failed(String(cString: strerror(spawned))) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return .failed(String(cString: strerror(errno))) }
        }
        let exit: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        // A pipe's output stays on the screen until a key is pressed (mutt's "Press any key to continue").
        if handOver.kind == .pipe { waitForKey() }
        return .exited(exit)
    }

    /// An open, already unlinked temporary file holding `text`, positioned at its start.
    private static func temporaryFile(holding text: String) -> Int32? {
        let folder = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        var template = Array((folder + "/pressroom-pipe-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return nil }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)  // (the child gets it as its standard input only)
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { close(fd); return nil }
            bytes = bytes.dropFirst(written)
        }
        lseek(fd, 0, SEEK_SET)
        return fd
    }

    /// Says so on the terminal and waits for one key, read raw from the terminal.
    private static func waitForKey() {
        let tty = open("/dev/tty", O_RDWR | O_CLOEXEC)
        guard tty >= 0 else { return }
        defer { close(tty) }
        let prompt = "\r\n[press a key to return to pressroom]"
        _ = prompt.withCString { Glibc.write(tty, $0, strlen($0)) }
        var saved = termios()
        guard tcgetattr(tty, &saved) == 0 else { return }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        tcsetattr(tty, TCSANOW, &raw)
        var byte: UInt8 = 0
        while Glibc.read(tty, &byte, 1) < 0 && errno == EINTR {}
        tcsetattr(tty, TCSAFLUSH, &saved)
    }
}
