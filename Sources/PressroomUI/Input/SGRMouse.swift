/// Mouse reports in xterm's SGR encoding (mode 1006), `ESC [ < button ; column ; row M` (pressed) or `m`
/// (released), 1-based: unlike the older encoding, whose column and row are single bytes (32 + n, so
/// nothing beyond column 223), these carry any width as decimal numbers.
///
/// ncurses decodes them itself only where the terminal's description says so (`xterm-256color`); under
/// `tmux-256color` or `screen` it asks for the older encoding. The terminal backend then asks for SGR
/// itself and reads the reports it gets back with `parse`, which is pure (and tested here).
public struct SGRMouse: Sendable {
    /// The last press, for telling a double click (a second press on the same cell within `interval`).
    private var lastPress: (row: Int, column: Int, time: Double)?
    public var interval: Double = 0.2

    public init() {}

    public enum Parsed: Equatable, Sendable {
        /// Not a report: the scalars after ESC are something else (give them back).
        case notAReport
        /// A report that is not complete yet (more may come).
        case incomplete
        /// A whole report, which says nothing the browser uses (a release, another button).
        case ignored
        case event(MouseEvent)
    }

    /// Reads the scalars that followed an ESC. `time` is when they came (seconds, any origin).
    public mutating func parse(_ after: [Unicode.Scalar], time: Double) -> Parsed {
        guard let first = after.first else { return .incomplete }
        guard first == "[" else { return .notAReport }
        guard after.count >= 2 else { return .incomplete }
        guard after[1] == "<" else { return .notAReport }
        var numbers: [Int] = [0]
        var digits = 0
        for (k, c) in after.enumerated().dropFirst(2) {
            if c.value >= 0x30 && c.value <= 0x39 {
                guard digits < 6 else { return .notAReport }
                numbers[numbers.count - 1] = numbers[numbers.count - 1] * 10 + Int(c.value - 0x30)
                digits += 1
            } else if c == ";" {
                guard digits > 0, numbers.count < 3 else { return .notAReport }
                numbers.append(0)
                digits = 0
            } else if c == "M" || c == "m" {
                guard digits > 0, numbers.count == 3, k == after.count - 1 else { return .notAReport }
                return event(button: numbers[0], column: numbers[1] - 1, row: numbers[2] - 1, pressed: c == "M", time: time)
            } else {
                return .notAReport
            }
        }
        return .incomplete
    }

    private mutating func event(button: Int, column: Int, row: Int, pressed: Bool, time: Double) -> Parsed {
        guard column >= 0, row >= 0 else { return .ignored }
        // Wheel: 64 up, 65 down (their motion and modifier bits aside).
        if button & 64 != 0 && button & 128 == 0 {
            switch button & 3 {
            case 0: return .event(MouseEvent(.wheelUp, row: row, column: column))
            case 1: return .event(MouseEvent(.wheelDown, row: row, column: column))
            default: return .ignored
            }
        }
        // The left button pressed (no motion, no modifier): a click, or the second of a double click.
        guard pressed, button & ~(4 | 8 | 16) == 0 else { return .ignored }
        if let last = lastPress, last.row == row, last.column == column, time - last.time <= interval {
            lastPress = nil
            return .event(MouseEvent(.doubleClick, row: row, column: column))
        }
        lastPress = (row, column, time)
        return .event(MouseEvent(.click, row: row, column: column))
    }
}
