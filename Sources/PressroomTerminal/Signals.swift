import Glibc
import Synchronization

/// The last SIGINT, SIGTERM or SIGHUP received, for the loop to act on (0: none). A handler may only set it.
let pendingSignal = Atomic<Int32>(0)

/// Signal handling that never loses the terminal.
enum Signals {
    /// SIGINT/SIGTERM/SIGHUP only set a flag: installed before `newterm` (so ncurses keeps ours) and without
    /// SA_RESTART, so that the blocking read returns and the loop can restore the terminal and exit.
    static func installQuitHandlers() {
        var action = sigaction()
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        action.__sigaction_handler.sa_handler = { signal in pendingSignal.store(signal, ordering: .relaxed) }
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaction(signal, &action, nil) }
    }

    /// On a crash (a trap, a bad access, an abort): restore the terminal once, then let the previous handler
    /// (Swift's backtracer) run by re-raising, so the report lands on a normal screen.
    /// A crash signal sent by another process (`kill -SEGV`) is not a fault that will happen again when the
    /// handler returns, so it gets the default action instead: the process ends rather than carrying on
    /// without its screen.
    static func installCrashHandler(restore: @convention(c) () -> Void) {
        crashRestore = restore
        var action = sigaction()
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_SIGINFO
        action.__sigaction_handler.sa_sigaction = { signal, info, _ in
            if crashHandled.exchange(true, ordering: .relaxed) == false { crashRestore?() }
            let fault = (info?.pointee.si_code ?? 0) > 0
            if fault, signal >= 0, signal < 64 {
                sigaction(signal, previousActions.advanced(by: Int(signal)), nil)
            } else {
                Glibc.signal(signal, SIG_DFL)
            }
            raise(signal)
        }
        for signal in crashSignals { sigaction(signal, &action, previousActions.advanced(by: Int(signal))) }
    }

    static let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT]
}

/// Preallocated: a signal handler must not allocate.
nonisolated(unsafe) private let previousActions: UnsafeMutablePointer<sigaction> = {
    let p = UnsafeMutablePointer<sigaction>.allocate(capacity: 64)
    p.initialize(repeating: sigaction(), count: 64)
    return p
}()
nonisolated(unsafe) private var crashRestore: (@convention(c) () -> Void)?
private let crashHandled = Atomic<Bool>(false)
