/// What reading the next input from a screen gave.
public enum ScreenInput: Hashable, Sendable {
    case event(InputEvent)
    /// A SIGINT/SIGTERM/SIGHUP arrived.
    case signal(Int32)
    /// Nothing waiting (a read that does not block, or one whose time ran out).
    case none
    /// The input ended (the terminal went away).
    case end
}

/// Where the browser's loop reads keys and shows frames: the terminal (`CursesScreen`, in PressroomTerminal)
/// or a script (the tests), so that the whole loop — keys in, effects run, frames out — runs without one.
public protocol Screen: AnyObject {
    /// The size frames are drawn at now.
    var size: Size { get }
    /// The next input. Blocking waits for one (at most `timeoutMs` when given); otherwise `.none` when nothing
    /// is queued.
    func read(blocking: Bool, timeoutMs: Int32?) -> ScreenInput
    /// Shows a frame (the cells that changed since the last one: `FrameDiff`).
    func present(_ grid: CellGrid)
    /// Makes the next `present` draw everything (Ctrl-L, after a resize, after another program drew).
    func invalidate()
    /// Leaves the screen to another program while `body` runs, and comes back.
    func handOver(_ body: () -> HandBack) -> HandBack
    /// Writes bytes straight to the terminal, past the frames (OSC 52).
    func writeRaw(_ text: String)
}
