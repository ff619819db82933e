import Testing
@testable import PressroomUI

/// SGR mouse reports (mode 1006), read by the backend where ncurses does not read them itself.
@Suite struct SGRMouseTests {
    private func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    @Test func pressesWheelsAndColumnsBeyondTheOldLimit() {
        var m = SGRMouse()
        #expect(m.parse(scalars("[<0;231;5M"), time: 0) == .event(MouseEvent(.click, row: 4, column: 230)))
        #expect(m.parse(scalars("[<0;231;5m"), time: 0.05) == .ignored)                      // the release
        #expect(m.parse(scalars("[<0;231;5M"), time: 0.1) == .event(MouseEvent(.doubleClick, row: 4, column: 230)))
        #expect(m.parse(scalars("[<0;231;5M"), time: 1.0) == .event(MouseEvent(.click, row: 4, column: 230)))
        #expect(m.parse(scalars("[<0;10;5M"), time: 1.1) == .event(MouseEvent(.click, row: 4, column: 9)))  // another cell
        #expect(m.parse(scalars("[<64;300;2M"), time: 2) == .event(MouseEvent(.wheelUp, row: 1, column: 299)))
        #expect(m.parse(scalars("[<65;1;1M"), time: 2) == .event(MouseEvent(.wheelDown, row: 0, column: 0)))
        #expect(m.parse(scalars("[<2;5;5M"), time: 3) == .ignored)                               // right button
        #expect(m.parse(scalars("[<32;5;5M"), time: 3) == .ignored)                              // motion
    }

    @Test func partsAndOtherSequencesAreToldApart() {
        var m = SGRMouse()
        #expect(m.parse(scalars(""), time: 0) == .incomplete)
        #expect(m.parse(scalars("["), time: 0) == .incomplete)
        #expect(m.parse(scalars("[<0;12"), time: 0) == .incomplete)
        #expect(m.parse(scalars("[A"), time: 0) == .notAReport)       // an arrow key
        #expect(m.parse(scalars("x"), time: 0) == .notAReport)        // Alt-x
        #expect(m.parse(scalars("[<0;;5M"), time: 0) == .notAReport)
        #expect(m.parse(scalars("[<0;5M"), time: 0) == .notAReport)
        #expect(m.parse(scalars("[<0;5;5;5M"), time: 0) == .notAReport)
        #expect(m.parse(scalars("[<1234567;5;5M"), time: 0) == .notAReport)
        #expect(m.parse(scalars("[<0;5;5Mx"), time: 0) == .notAReport)
    }
}
