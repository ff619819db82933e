import Foundation
import PressroomCore
import Testing
@testable import PressroomUI

/// A terminal whose size changes with no resize reported (a SIGWINCH that landed just before a read began
/// does not interrupt it) and that otherwise has nothing to say: the idle loop must still wake, see the new
/// size and draw at it, and must draw nothing when a wake brings nothing new.
private final class SilentResizeScreen: Screen {
    var size = Size(rows: 24, columns: 100)
    private(set) var idleTimeouts: [Int32?] = []
    private(set) var frames: [CellGrid] = []
    private var reads = 0

    func read(blocking: Bool, timeoutMs: Int32?) -> ScreenInput {
        guard blocking else { return .none }
        reads += 1
        idleTimeouts.append(timeoutMs)
        // A read that never times out would wait here for a key that never comes: the loop would hang.
        guard timeoutMs != nil else { return .end }
        if reads == 3 { size = Size(rows: 12, columns: 60) }
        return reads < 8 ? .none : .end
    }
    func present(_ grid: CellGrid) { frames.append(grid) }
    func invalidate() {}
    func handOver(_ body: () -> HandBack) -> HandBack { body() }
    func writeRaw(_ text: String) {}
}

@Suite struct IdleWakeTests {
    @Test func anIdleLoopWakesSeesASilentResizeAndDrawsOnlyWhatChanged() {
        let screen = SilentResizeScreen()
        let state = AppState(releases: Fixtures.archive, size: screen.size)
        let loop = BrowserLoop(state: state, screen: screen, world: BrowserWorld(load: { _, _ in }))
        #expect(loop.run(firstFrameWait: 0) == 0)
        #expect(screen.idleTimeouts.count == 8, "reads: \(screen.idleTimeouts)")
        #expect(screen.idleTimeouts.allSatisfy { ($0 ?? 0) > 0 && $0! <= 1000 })
        // The first frame, then one at the new size; the idle wakes before and after draw nothing.
        #expect(screen.frames.map(\.size) == [Size(rows: 24, columns: 100), Size(rows: 12, columns: 60)])
        #expect(loop.state.size == Size(rows: 12, columns: 60))
    }
}
