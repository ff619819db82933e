import Foundation
@testable import PressroomUI

/// A `Screen` that plays a script instead of a terminal: inputs in order, and waits for what the loop has
/// shown (or done) before going on, as the tmux tests wait for the screen.
final class ScriptedScreen: Screen {
    enum Step {
        case input(InputEvent)
        /// Go on once the last frame shows this text.
        case waitFor(String)
        /// Go on once this holds (something the world was asked to do).
        case waitUntil(@Sendable () -> Bool)
    }

    private var steps: [Step]
    /// The last frame presented (as text), and how many were.
    private(set) var lastFrame = ""
    private(set) var frameCount = 0
    private(set) var written: [String] = []
    private(set) var invalidated = 0
    var size: Size
    /// A wait that lasts longer than this ends the script (`.end`), and the test sees what was missing.
    private let patience: Double
    private var waitingSince: Date?
    private(set) var timedOut = false

    init(size: Size, _ steps: [Step], patience: Double = 5) {
        self.size = size
        self.steps = steps
        self.patience = patience
    }

    func read(blocking: Bool, timeoutMs: Int32?) -> ScreenInput {
        while let step = steps.first {
            switch step {
            case .input(let event):
                steps.removeFirst()
                if case .resize(let new) = event { size = new }
                return .event(event)
            case .waitFor(let text):
                if lastFrame.contains(text) { steps.removeFirst(); waitingSince = nil; continue }
            case .waitUntil(let holds):
                if holds() { steps.removeFirst(); waitingSince = nil; continue }
            }
            // Waiting: let the loop draw and take news, as a terminal with no key pressed would.
            let since = waitingSince ?? Date()
            waitingSince = since
            if Date().timeIntervalSince(since) > patience {
                timedOut = true
                return .end
            }
            if timeoutMs == nil && blocking { usleep(5_000) }      // the loop waits for nothing else: go on
            else { usleep(UInt32(min(timeoutMs ?? 0, 5)) * 1_000) }
            return .none
        }
        return .end
    }

    func present(_ grid: CellGrid) {
        lastFrame = grid.text
        frameCount += 1
    }
    func invalidate() { invalidated += 1 }
    func handOver(_ body: () -> HandBack) -> HandBack { body() }
    func writeRaw(_ text: String) { written.append(text) }
}

/// A value shared with the loop's background threads.
final class Box<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T
    init(_ value: T) { stored = value }
    var value: T {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); stored = newValue; lock.unlock() }
    }
}
