@preconcurrency import CNcursesw
import Foundation
import Glibc
import PressroomUI

/// Why the browser cannot start on this terminal, in words for the user.
public struct TerminalUnavailable: Error, CustomStringConvertible {
    public var description: String
}

/// The ncurses screen: reads keys as `InputEvent`s and copies the cells that changed to the terminal.
/// The only code that calls ncurses.
final class CursesScreen: Screen {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let input: UnsafeMutablePointer<FILE>?
    /// Whether colours are used (the terminal has them and `NO_COLOR` is not set).
    let colors: Bool
    private var pairs: [UInt16: Int16] = [:]
    private var shown: CellGrid?
    private var cursorVisible = true

    /// Starts ncurses on the terminal. Input comes from stdin, or from `/dev/tty` when stdin is not one.
    init(mouse: Bool) throws {
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        if term.isEmpty { throw TerminalUnavailable(description: "TERM is not set; cannot draw the browser (try `pressroom list`)") }
        if term == "dumb" { throw TerminalUnavailable(description: "TERM=dumb cannot draw the browser (try `pressroom list`)") }

        setlocale(LC_ALL, "")
        // In the C locale wcwidth(é) is -1 and wide characters would garble: fall back to UTF-8.
        if !(String(cString: setlocale(LC_CTYPE, nil)).uppercased().contains("UTF")) {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        if isatty(0) == 1 {
            input = nil
        } else {
            guard let tty = fopen("/dev/tty", "r") else {
                throw TerminalUnavailable(description: "stdin is not a terminal and /dev/tty cannot be opened; "
                                          + "for scripts use `pressroom list` or `pressroom show`")
            }
            input = tty
        }
        Signals.installQuitHandlers()
        // An exported LINES/COLUMNS would pin the size and break resizing (ncurses prefers them to the
        // terminal's own size, also after SIGWINCH): drop them from this process.
        unsetenv("LINES")
        unsetenv("COLUMNS")
        guard let screen = newterm(nil, cn_stdout(), input ?? cn_stdin()) else {
            if let input { fclose(input) }
            throw TerminalUnavailable(description: "unknown terminal type '\(term)'; cannot draw the browser "
                                      + "(try TERM=xterm-256color, or `pressroom list`)")
        }
        self.screen = screen
        set_term(screen)
        guard cn_can_address() != 0 else {
            endwin()
            delscreen(screen)
            if let input { fclose(input) }
            throw TerminalUnavailable(description: "terminal '\(term)' cannot move the cursor; cannot draw the browser")
        }
        window = cn_stdscr()
        Signals.installCrashHandler { if !isendwin() { endwin() } }
        atexit { if !isendwin() { endwin() } }

        cbreak()
        noecho()
        nonl()
        // Ctrl-S would freeze the screen (XON/XOFF flow control) until Ctrl-Q: a browser has no use for it.
        let inputFD = input.map { fileno($0) } ?? 0
        var modes = termios()
        if tcgetattr(inputFD, &modes) == 0 {
            modes.c_iflag &= ~tcflag_t(IXON)
            tcsetattr(inputFD, TCSANOW, &modes)
            def_prog_mode()
        }
        keypad(window, true)
        set_escdelay(25)
        // xterm TERMs inside tmux send these for Home/End (TERMINAL-NOTES §c).
        define_key("\u{1B}[1~", KEY_HOME)
        define_key("\u{1B}[4~", KEY_END)
        define_key("\u{1B}[H", KEY_HOME)
        define_key("\u{1B}[F", KEY_END)

        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        if !noColor, has_colors() {
            start_color()
            use_default_colors()
            colors = true
        } else {
            colors = false
        }
        if mouse {
            let mask = cn_button1_clicked() | cn_button1_double_clicked() | cn_button4_pressed() | cn_button5_pressed()
            mousemask(mask, nil)
            mouseinterval(200)
            // Where ncurses asks for the old encoding (columns up to 223 only: `tmux-256color`, `screen`), ask
            // for SGR reports too and read them here (`SGRMouse`); a terminal without them ignores the request.
            if !Self.ncursesReadsSGR() {
                sgrMouse = SGRMouse()
                Self.sendMode("\u{1B}[?1006h")
            }
        }
        curs_set(0)
        cursorVisible = false
    }

    /// Leaves the alternate screen and restores the terminal. Safe to call more than once.
    func close() {
        if sgrMouse != nil { Self.sendMode("\u{1B}[?1006l") }
        if !isendwin() {
            endwin()
            // Without an alternate screen (TERM=linux, vt100) the last frame would stay behind, the shell's
            // prompt landing on the status bar: clear it, the cursor at the top, as `clear` leaves it.
            if !Self.capability("rmcup"), let clear = tigetstr("clear"), Int(bitPattern: clear) != -1 {
                putp(clear)
                fflush(cn_stdout())
            }
        }
        if let input { fclose(input) }
    }

    /// SGR mouse reports read here rather than by ncurses (see `init`), and the state of double clicks.
    private var sgrMouse: SGRMouse?

    /// Whether ncurses decodes SGR mouse reports itself: the terminal's mouse key is `ESC [ <`, or its `XM`
    /// (the string that turns the mouse on) asks for mode 1006.
    private static func ncursesReadsSGR() -> Bool {
        func string(_ name: String) -> String? {
            guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return nil }
            return String(cString: value)
        }
        return string("kmous") == "\u{1B}[<" || (string("XM")?.contains("1006") ?? false)
    }

    /// Writes a private mode to the terminal at once (outside ncurses' screen output).
    private static func sendMode(_ sequence: String) {
        fputs(sequence, cn_stdout())
        fflush(cn_stdout())
    }

    /// After an ESC: an SGR mouse report read off the input, when that is what follows; else nil, and the
    /// scalars read are given back to ncurses to read again. What is queued is read without waiting; the
    /// read's own timeout is set again after.
    private func sgrReport(restoring timeout: Int32) -> InputEvent?? {
        guard sgrMouse != nil else { return nil }
        var after: [Unicode.Scalar] = []
        wtimeout(window, 0)
        defer { wtimeout(window, timeout) }
        while true {
            var ch: wint_t = 0
            let result = wget_wch(window, &ch)
            guard result != ERR, result != KEY_CODE_YES, let scalar = Unicode.Scalar(UInt32(ch)) else {
                if result == KEY_CODE_YES { unget_wch(wchar_t(bitPattern: UInt32(ch))) }
                break
            }
            after.append(scalar)
            let time = Double(DispatchTime.now().uptimeNanoseconds) / 1e9
            switch sgrMouse!.parse(after, time: time) {
            case .incomplete: continue
            case .event(let event): return .some(.mouse(event))
            case .ignored: return .some(nil)
            case .notAReport: break
            }
            break
        }
        for scalar in after.reversed() { unget_wch(wchar_t(bitPattern: scalar.value)) }
        return nil
    }

    /// Whether the terminal has a string capability (`rmcup`: it switches back from an alternate screen).
    private static func capability(_ name: String) -> Bool {
        guard let value = tigetstr(name) else { return false }
        return Int(bitPattern: value) != -1 && value.pointee != 0
    }

    var size: Size {
        var rows: Int32 = 0, columns: Int32 = 0
        cn_getmaxyx(window, &rows, &columns)
        return Size(rows: Int(rows), columns: Int(columns))
    }

    private var failedReads = 0

    /// The terminal's size when ncurses has not taken it in: a SIGWINCH that arrived just before a read began
    /// (after ncurses last looked at its flag) does not interrupt the read, and ncurses would learn of it only
    /// at the next key. Asked of the terminal itself when a read times out; nil when the sizes agree.
    private func sizeChangedUnseen() -> Size? {
        var real = winsize()
        guard ioctl(fileno(cn_stdout()), UInt(TIOCGWINSZ), &real) == 0, real.ws_row > 0, real.ws_col > 0 else { return nil }
        let known = size
        guard Int(real.ws_row) != known.rows || Int(real.ws_col) != known.columns else { return nil }
        resizeterm(Int32(real.ws_row), Int32(real.ws_col))
        return size
    }

    /// The next input. Blocking waits for a key; otherwise returns `.none` when nothing is queued.
    func read(blocking: Bool, timeoutMs: Int32?) -> ScreenInput {
        let timeout = timeoutMs ?? (blocking ? -1 : 0)
        wtimeout(window, timeout)
        while true {
            var ch: wint_t = 0
            let result = wget_wch(window, &ch)
            let signal = pendingSignal.exchange(0, ordering: .relaxed)
            if signal != 0 { return .signal(signal) }
            if result == ERR {
                if let resized = sizeChangedUnseen() { return .event(.resize(resized)) }
                if !blocking || timeoutMs != nil { return .none }
                // A blocking read that fails with no signal behind it, again and again, means no terminal.
                failedReads += 1
                if failedReads > 20 { return .end }
                continue
            }
            failedReads = 0
            if result == KEY_CODE_YES {
                if let event = keyCode(Int32(ch)) { return .event(event) }
                continue
            }
            if ch == 27, let report = sgrReport(restoring: timeout) {
                if let event = report { return .event(event) }
                continue
            }
            if let key = character(UInt32(ch)) { return .event(.key(key)) }
        }
    }

    private func keyCode(_ code: Int32) -> InputEvent? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case KEY_RESIZE: return .resize(size)
        case KEY_MOUSE: return mouseEvent()
        default:
            for n in 1...12 where code == cn_key_f(Int32(n)) { return .key(.function(n)) }
            return nil
        }
    }

    private func character(_ value: UInt32) -> Key? {
        switch value {
        case 13, 10: return .enter
        case 27: return .escape
        case 9: return .tab
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 96)!))
        case 0, 28...31: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    private func mouseEvent() -> InputEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let state = event.bstate
        let kind: MouseEvent.Kind
        if state & cn_button4_pressed() != 0 {
            kind = .wheelUp
        } else if cn_button5_pressed() != 0, state & cn_button5_pressed() != 0 {
            kind = .wheelDown
        } else if state & cn_button1_double_clicked() != 0 {
            kind = .doubleClick
        } else if state & (cn_button1_clicked() | cn_button1_pressed()) != 0 {
            kind = .click
        } else {
            return nil
        }
        return .mouse(MouseEvent(kind, row: Int(event.y), column: Int(event.x)))
    }

    /// Hands the terminal to another program: leaves curses (the terminal as the shell had it), runs `body`,
    /// and comes back (curses' modes, the next `present` repainting everything). A Ctrl-C meant for the
    /// program (the terminal sends it to the whole foreground group) does not quit the browser.
    func handOver(_ body: () -> HandBack) -> HandBack {
        if sgrMouse != nil { Self.sendMode("\u{1B}[?1006l") }
        def_prog_mode()
        endwin()
        fflush(cn_stdout())
        let result = body()
        if pendingSignal.load(ordering: .relaxed) == SIGINT { pendingSignal.store(0, ordering: .relaxed) }
        reset_prog_mode()
        if sgrMouse != nil { Self.sendMode("\u{1B}[?1006h") }
        invalidate()
        return result
    }

    /// Makes the next `present` repaint everything (Ctrl-L, or after something else wrote to the terminal).
    func invalidate() {
        shown = nil
        clearok(window, true)
    }

    /// Copies the cells that differ from the last presented grid (`FrameDiff`) to the terminal, then shows them.
    func present(_ grid: CellGrid) {
        let current = size
        if grid.size != current { return }     // a resize is pending; the next frame will match
        if FrameDiff.isWhole(from: shown, to: grid) { werase(window) }
        var wide: [wchar_t] = [0, 0, 0, 0, 0, 0, 0]
        var cell = cchar_t()
        for change in FrameDiff.changes(from: shown, to: grid) {
            var n = 0
            for scalar in change.cell.grapheme.unicodeScalars where n < 6 {
                wide[n] = wchar_t(bitPattern: scalar.value)
                n += 1
            }
            wide[n] = 0
            setcchar(&cell, wide, attributes(change.cell.style), pair(change.cell.style), nil)
            mvwadd_wch(window, Int32(change.position.row), Int32(change.position.column), &cell)
        }
        if let cursor = grid.cursor {
            if !cursorVisible { curs_set(1); cursorVisible = true }
            wmove(window, Int32(cursor.row), Int32(cursor.column))
        } else {
            if cursorVisible { curs_set(0); cursorVisible = false }
            wmove(window, Int32(grid.rows - 1), Int32(max(0, grid.columns - 1)))
        }
        wrefresh(window)
        shown = grid
    }

    /// Writes bytes straight to the terminal (OSC 52), bypassing ncurses's screen.
    func writeRaw(_ text: String) {
        fflush(cn_stdout())
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(1, $0.baseAddress, $0.count) }
    }

    private func attributes(_ style: Style) -> attr_t {
        var attrs = cn_a_normal()
        if style.attributes.contains(.bold) { attrs |= cn_a_bold() }
        if style.attributes.contains(.reverse) { attrs |= cn_a_reverse() }
        if style.attributes.contains(.underline) { attrs |= cn_a_underline() }
        if style.attributes.contains(.dim) { attrs |= cn_a_dim() }
        return attrs
    }

    /// The colour pair for a style's colours, made on first use; 0 (the default) without colours.
    private func pair(_ style: Style) -> Int16 {
        guard colors, style.foreground != .default || style.background != .default else { return 0 }
        let key = UInt16(style.foreground.rawValue) << 8 | UInt16(style.background.rawValue)
        if let pair = pairs[key] { return pair }
        let number = Int16(pairs.count + 1)
        guard Int32(number) < COLOR_PAIRS else { return 0 }
        func color(_ c: Color) -> Int16 { c == .default ? -1 : Int16(c.rawValue) - 1 }
        init_pair(number, color(style.foreground), color(style.background))
        pairs[key] = number
        return number
    }
}
