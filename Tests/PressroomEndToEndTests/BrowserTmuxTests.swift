import Foundation
import Testing

/// The browser as a user drives it: the real binary under tmux.
@Suite(.serialized, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct BrowserTmuxTests {
    /// Two more releases beside the seed, so that a search visibly narrows the list (a folder of its own each
    /// time, removed when the test run ends).
    static func otherReleases() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pressroom-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        TestFolders.removeAtExit(dir.path)
        try "Harbour authority opens new ferry terminal\n\nThe terminal serves 2,000 passengers a day.\n"
            .write(to: dir.appendingPathComponent("harbour-2024-03-01.txt"), atomically: true, encoding: .utf8)
        try "Library extends opening hours\n\nThe city library now opens on Sundays.\n"
            .write(to: dir.appendingPathComponent("library-2023-09-12.txt"), atomically: true, encoding: .utf8)
        return dir.path
    }

    @Test func opensTheBundledReleasesAndQuitsCleanly() throws {
        let tmux = try TmuxSession([])
        tmux.waitFor("\(TmuxSession.bundledCount) releases")     // (the bar shows "? help" while it loads too)
        #expect(tmux.alternateOn == "1")
        try tmux.send("q")
        tmux.waitFor("[exit 0]")
        #expect(tmux.alternateOn == "0")
    }

    @Test func findReadAndContactTheSeed() throws {
        let n = TmuxSession.bundledCount
        let tmux = try TmuxSession([])
        tmux.waitFor("\(n) releases")
        // Move down and back up: the position in the status bar follows.
        try tmux.send("j")
        tmux.waitFor("2/\(n)")
        try tmux.send("k")
        tmux.waitFor("1/\(n)")

        // `/diamond` narrows the list to the seed, on every keystroke.
        try tmux.send("/")
        try tmux.type("diamond")
        tmux.waitFor("1/\(n) releases")
        try tmux.send("Enter")
        tmux.waitFor("/diamond")

        // Enter shows its headline (in bold) and body.
        try tmux.send("Enter")
        tmux.waitFor("A week-long Kimberley Process (KP) meeting")
        let styled = (try? tmux.tmux("capture-pane -p -e")) ?? ""
        #expect(styled.contains("\u{1B}[1mAttempt to silence civil society observers"))

        // `c` shows the contact card: the e-mail and the phone.
        try tmux.send("c")
        let shown = tmux.waitFor("the contact card", timeout: 2) { screen in
            screen.contains("Contacts") && screen.contains("shamiso@zela.org")
                && (screen.contains("+263 78 808 7050") || screen.contains("+263788087050"))
        }
        #expect(shown)

        // `j` three times moves the contact cursor to the phone; `y` copies it as printed, by OSC 52, which
        // tmux (set-clipboard on) keeps in its paste buffer: exactly the field, nothing around it.
        _ = try tmux.tmux("set-option -g set-clipboard on")
        try tmux.send("j")
        try tmux.send("j")
        try tmux.send("j")
        try tmux.send("y")
        tmux.waitFor("Copied phone: +263 78 808 7050")
        #expect((try? tmux.tmux("show-buffer")) == "+263 78 808 7050")
        try tmux.send("Escape")

        // Resize to 40x12 and back: the layout follows, the release stays open.
        try tmux.resize(columns: 40, rows: 12)
        tmux.waitFor("40 columns") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count <= 13 && lines.allSatisfy { $0.count <= 40 } && screen.contains("? help")
        }
        try tmux.resize(columns: 100, rows: 30)
        tmux.waitFor("100 columns") { $0.split(separator: "\n").contains { $0.count > 60 } && $0.contains("? help") }
        #expect(tmux.screen.contains("│"))                         // both panes again

        // `q` goes back, `q` again quits, and the terminal has left the alternate screen.
        try tmux.send("q")
        try tmux.send("q")
        tmux.waitFor("[exit 0]")
        #expect(tmux.alternateOn == "0")
    }

    /// `J` and `K` go on to the next and previous release from the open release, as mutt's pager does.
    @Test func capitalJAndKReadOnFromTheDetail() throws {
        let n = TmuxSession.bundledCount
        let tmux = try TmuxSession([], columns: 80, rows: 24)
        tmux.waitFor("\(n) releases")
        try tmux.send("Enter")
        tmux.waitFor("q back")
        try tmux.send("J")
        tmux.waitFor("2/\(n): ")
        try tmux.send("K")
        tmux.waitFor("1/\(n): ")
        try tmux.send("q")
        try tmux.send("q")
        tmux.waitFor("[exit 0]")
    }

    /// `C`, a name typed, Enter on the person, Enter on a release: that release opens.
    @Test func theDirectoryFindsAPersonAndOpensTheirRelease() throws {
        let tmux = try TmuxSession([], columns: 80, rows: 24)
        tmux.waitFor("? help")
        try tmux.send("C")
        tmux.waitFor("type to filter")
        try tmux.type("mtisi")
        tmux.waitFor("matching \"mtisi\"")
        try tmux.send("Enter")
        tmux.waitFor("Releases (1), newest first")
        try tmux.send("Enter")
        tmux.waitFor("From the contacts of Shamiso Mtisi")
        #expect(tmux.screen.contains("Attempt to silence civil society observers"))
        try tmux.send("q")
        try tmux.send("q")
        tmux.waitFor("[exit 0]")
    }

    @Test func narrowTerminalsOpenTheDetailFullScreen() throws {
        let tmux = try TmuxSession([TmuxSession.seedRelease, try Self.otherReleases()], columns: 80, rows: 24)
        tmux.waitFor("3 releases")
        #expect(!tmux.screen.contains("│"))
        try tmux.send("/")
        try tmux.type("diamond")
        try tmux.send("Enter", "Enter")
        tmux.waitFor("A week-long Kimberley")
        try tmux.send("Escape")
        tmux.waitFor("the list again") { !$0.contains("A week-long Kimberley") && $0.contains("1/3 releases") }
        try tmux.send("Q")
        tmux.waitFor("[exit 0]")
    }

    @Test func typedUTF8SearchesIgnoringAccentsAndCJKLinesUp() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pressroom-utf8-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "Société Générale des Eaux de Zürich élargit l’accès à l’eau\n\nLes réseaux coopèrent.\n"
            .write(to: dir.appendingPathComponent("eaux.txt"), atomically: true, encoding: .utf8)
        try "日本語のプレスリリース：新しい報道方針を発表\n\n東京で発表された新方針です。\n"
            .write(to: dir.appendingPathComponent("nihon.txt"), atomically: true, encoding: .utf8)
        let tmux = try TmuxSession([dir.path], columns: 100, rows: 20)
        tmux.waitFor("2 releases")
        // Every list row ends at the pane's edge: wide characters counted as two columns.
        let rows = tmux.screen.split(separator: "\n").filter { $0.contains("│") }
        let edges = Set(rows.map { row in
            row[..<row.firstIndex(of: "│")!].reduce(0) { $0 + (($1.unicodeScalars.first!.value >= 0x3000) ? 2 : 1) }
        })
        #expect(edges == [40])
        try tmux.send("/")
        try tmux.type("zurich")
        tmux.waitFor("1/2 releases")
        try tmux.send("C-u")
        try tmux.type("SOCIÉTÉ")
        tmux.waitFor("accented capitals") { $0.contains("/SOCIÉTÉ") && $0.contains("1/2 releases") }
        try tmux.send("C-u")
        try tmux.type("報道")
        tmux.waitFor("CJK query") { $0.contains("/報道") && $0.contains("/2 releases") }
        try tmux.send("Escape", "q")
        tmux.waitFor("[exit 0]")
    }

    /// Mouse reports as an xterm sends them (X10: ESC [ M, then button, column and row, each + 32, 1-based).
    static func mouse(button: Int, column: Int, row: Int) -> String {
        "\u{1B}[M" + String(UnicodeScalar(UInt8(32 + button))) + String(UnicodeScalar(UInt8(33 + column)))
            + String(UnicodeScalar(UInt8(33 + row)))
    }

    @Test func theWheelScrollsAClickSelectsADoubleClickOpens() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pressroom-mouse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for n in 1...30 {
            try "Release number \(n)\n\nBody of release \(n).\n"
                .write(to: dir.appendingPathComponent(String(format: "r%02d.txt", n)), atomically: true, encoding: .utf8)
        }
        let tmux = try TmuxSession([dir.path], columns: 100, rows: 20)
        tmux.waitFor("30 releases")
        #expect(try tmux.tmux("display-message -p '#{mouse_any_flag}'").hasPrefix("1"))
        try tmux.type(Self.mouse(button: 65, column: 5, row: 2))         // wheel down over the list
        tmux.waitFor("4/30")                                               // the selection follows the scroll
        try tmux.type(Self.mouse(button: 0, column: 5, row: 2) + Self.mouse(button: 3, column: 5, row: 2))
        tmux.waitFor("5/30")                                   // second release row (under the header), 3 scrolled off
        usleep(300_000)                                  // past ncurses's double-click interval (200 ms)
        let click = Self.mouse(button: 0, column: 5, row: 4) + Self.mouse(button: 3, column: 5, row: 4)
        try tmux.type(click + click)
        tmux.waitFor("opened") { $0.contains("7/30 · 100%") }             // the detail has the keys
        try tmux.send("q", "q")
        tmux.waitFor("[exit 0]")

        let plain = try TmuxSession([dir.path, "--no-mouse"], columns: 100, rows: 20)
        plain.waitFor("30 releases")
        #expect(try plain.tmux("display-message -p '#{mouse_any_flag}'").hasPrefix("0"))
        try plain.send("q")
        plain.waitFor("[exit 0]")
    }

    /// Under `tmux-256color` (whose description asks ncurses for the old mouse encoding, columns up to 223),
    /// the browser asks for SGR reports and reads them itself: a click and the wheel work at any column.
    @Test func sgrMouseReportsWorkBeyondColumn223() throws {
        let tmux = try TmuxSession([], columns: 240, rows: 30)
        tmux.waitFor("\(TmuxSession.bundledCount) releases")
        tmux.waitFor("the first release's detail") { $0.split(separator: "\n").first?.contains("PRESS RELEASE · 2025-02-27") == true }
        try tmux.type("\u{1B}[<0;5;4M\u{1B}[<0;5;4m")                 // a click on the third row of the list
        tmux.waitFor("3/\(TmuxSession.bundledCount)")
        let top = tmux.screen.split(separator: "\n").first.map(String.init) ?? ""
        try tmux.type(String(repeating: "\u{1B}[<65;230;10M", count: 3))  // the wheel over the detail, column 230
        tmux.waitFor("the detail scrolled") { ($0.split(separator: "\n").first.map(String.init) ?? "") != top }
        try tmux.send("q")
        tmux.waitFor("[exit 0]")
    }

    @Test func rReloadsFromDisk() throws {
        let others = try Self.otherReleases()
        let tmux = try TmuxSession([TmuxSession.seedRelease, others])
        tmux.waitFor("3 releases")
        try "Museum reopens after renovation\n\nThe museum reopens on Saturday.\n"
            .write(toFile: others + "/museum-2025-01-05.txt", atomically: true, encoding: .utf8)
        try tmux.send("r")
        tmux.waitFor("Reloaded 4 releases")
        tmux.waitFor("4 releases")
        try tmux.send("q")
        tmux.waitFor("[exit 0]")
    }

    /// `--watch`: a release written into a subfolder made while the browser is open appears, the selection
    /// stays on its release, and the status bar says what changed.
    @Test func watchPicksUpANewRelease() throws {
        let others = try Self.otherReleases()
        let tmux = try TmuxSession(["--watch", others], columns: 80, rows: 24)
        tmux.waitFor("2 releases")
        try tmux.send("j")
        tmux.waitFor("2/2")
        try FileManager.default.createDirectory(atPath: others + "/2025", withIntermediateDirectories: true)
        try "Museum reopens after renovation\n\nThe museum reopens on Saturday.\n"
            .write(toFile: others + "/2025/museum-2025-01-05.txt", atomically: true, encoding: .utf8)
        tmux.waitFor("1 new")
        #expect(tmux.screen.contains("Museum reopens after renovation"))
        // Undated releases are listed in path order: the new one (under 2025/) comes first, and the selection
        // stayed on the library's release, now the third of three.
        try tmux.send("l")
        tmux.waitFor("3/3")
        #expect(tmux.screen.contains("Library extends opening hours"))
        try tmux.send("q")
        try tmux.send("q")
        tmux.waitFor("[exit 0]")
    }

    @Test func exportedLinesAndColumnsDoNotPinTheSize() throws {
        let tmux = try TmuxSession([], columns: 100, rows: 20, environment: ["LINES": "10", "COLUMNS": "50"])
        tmux.waitFor("full width") { $0.contains("? help") && $0.split(separator: "\n").contains { $0.count > 90 } }
        try tmux.resize(columns: 60, rows: 12)
        tmux.waitFor("60 columns, one pane") { screen in
            screen.contains("? help") && !screen.contains("│")
                && screen.split(separator: "\n", omittingEmptySubsequences: false).count <= 13
        }
        try tmux.send("q")
        tmux.waitFor("[exit 0]")
    }

    @Test func ctrlSDoesNotFreezeTheScreen() throws {
        let tmux = try TmuxSession([TmuxSession.seedRelease, try Self.otherReleases()])
        tmux.waitFor("3 releases")
        try tmux.send("C-s")
        try tmux.send("j")
        tmux.waitFor("2/3")
        try tmux.send("q")
        tmux.waitFor("[exit 0]")
    }

    @Test func helpListsTheKeys() throws {
        let tmux = try TmuxSession([])
        tmux.waitFor("? help")
        try tmux.send("?")
        tmux.waitFor("next release / scroll down")
        try tmux.send("Escape")
        tmux.waitFor("help closed") { !$0.contains("next release / scroll down") }
        try tmux.send("q")
        tmux.waitFor("[exit 0]")
    }

    @Test func ctrlCAndSigtermRestoreTheTerminal() throws {
        let interrupted = try TmuxSession([])
        interrupted.waitFor("? help")
        try interrupted.send("C-c")
        interrupted.waitFor("[exit 130]")
        #expect(interrupted.alternateOn == "0")

        for (signal, status) in [(SIGTERM, 143), (SIGHUP, 129)] {
            let terminated = try TmuxSession([])
            terminated.waitFor("? help")
            let pid = try #require(terminated.appPID)
            kill(pid, signal)
            terminated.waitFor("[exit \(status)]")
            #expect(terminated.alternateOn == "0")
        }
    }

    @Test func ctrlZSuspendsAndFgRedraws() throws {
        let tmux = try TmuxSession(shellColumns: 100, rows: 30)
        tmux.waitFor("$")
        try tmux.type(TmuxSession.commandLine([TmuxSession.seedRelease, try Self.otherReleases()]))
        try tmux.send("Enter")
        tmux.waitFor("3 releases")
        try tmux.send("j")
        tmux.waitFor("2/3")
        try tmux.send("C-z")
        tmux.waitFor("Stopped")
        #expect(tmux.alternateOn == "0")
        try tmux.type("fg")
        try tmux.send("Enter")
        tmux.waitFor("redrawn, selection kept") { $0.contains("2/3") && $0.contains("? help") && !$0.contains("Stopped") }
        #expect(tmux.alternateOn == "1")
        try tmux.send("q")
        tmux.waitFor("left") { _ in tmux.alternateOn == "0" }
    }

    @Test func oOpensALinkWithBrowserStartedWithoutAShell() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pressroom-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let record = dir.appendingPathComponent("opened.txt").path
        let script = dir.appendingPathComponent("fake-browser").path
        try "#!/bin/sh\nprintf '%s' \"$1\" > \(TmuxSession.quote(record))\n".write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        let tmux = try TmuxSession([TmuxSession.seedRelease], environment: ["BROWSER": script])
        tmux.waitFor("? help")
        try tmux.send("o")
        tmux.waitFor("Open link [1–")
        try tmux.send("1")
        tmux.waitFor("Opened with fake-browser")
        var opened = ""
        for _ in 0..<100 where opened.isEmpty {
            opened = (try? String(contentsOfFile: record, encoding: .utf8)) ?? ""
            usleep(20_000)
        }
        #expect(opened == "mailto:shamiso@zela.org")
        try tmux.send("q")
        tmux.waitFor("[exit 0]")
    }

    @Test func withoutAnOpenerTheStatusBarShowsTheURL() throws {
        let tmux = try TmuxSession([TmuxSession.seedRelease], environment: ["BROWSER": "", "PATH": "/nonexistent"])
        tmux.waitFor("? help")
        try tmux.send("o", "1")
        tmux.waitFor("No $BROWSER or xdg-open to open mailto:shamiso@zela.org")
        try tmux.send("q")
        tmux.waitFor("[exit 0]")
    }

    @Test func yCopiesByOSC52() throws {
        let tmux = try TmuxSession([])
        try tmux.tmux("set-option -g set-clipboard on")
        tmux.waitFor("? help")
        // Outside the contacts `y` asks what to copy; 1 takes the headline.
        try tmux.send("y")
        tmux.waitFor("Copy which?")
        try tmux.send("1")
        tmux.waitFor("Copied headline")
        let list = try CommandRunner.run(["list", "--format", "json"])
        let title = try #require(((try JSONSerialization.jsonObject(with: Data(list.stdout.utf8))) as? [[String: Any]])?
            .first?["title"] as? String)
        var buffer = ""
        for _ in 0..<100 where buffer != title {
            buffer = (try? tmux.tmux("show-buffer")) ?? ""
            usleep(20_000)
        }
        #expect(buffer == title)
        try tmux.send("q")
        tmux.waitFor("[exit 0]")
    }

    @Test func aCrashRestoresTheTerminal() throws {
        let tmux = try TmuxSession([])
        tmux.waitFor("? help")
        let pid = try #require(tmux.appPID)
        kill(pid, SIGSEGV)
        tmux.waitFor("[exit 139]")
        #expect(tmux.alternateOn == "0")
    }

    @Test func keysComeFromTheTerminalWhenStdinIsAPipe() throws {
        let tmux = try TmuxSession([TmuxSession.seedRelease, try Self.otherReleases()], pipedStdin: true)
        tmux.waitFor("3 releases")
        try tmux.send("j")
        tmux.waitFor("2/3")
        try tmux.send("q")
        tmux.waitFor("[exit 0]")
        #expect(tmux.alternateOn == "0")
    }

    @Test func everyTermDrawsAndNoColorMeansAttributesOnly() throws {
        for (term, env) in [("tmux-256color", ["NO_COLOR": "1"]), ("tmux-256color", [:]), ("vt100", [:]), ("xterm-256color", [:]),
                            ("xterm", [:]), ("screen-256color", [:]), ("linux", [:])] {
            let tmux = try TmuxSession([TmuxSession.seedRelease, try Self.otherReleases()], term: term,
                                       environment: env)
            tmux.waitFor("3 releases")
            try tmux.send("/")
            try tmux.type("kimberley")
            tmux.waitFor("1/3 releases")
            let styled = (try? tmux.tmux("capture-pane -p -e")) ?? ""
            if !env.isEmpty || term == "vt100" {
                #expect(!styled.contains("\u{1B}[33m") && !styled.contains("\u{1B}[36m"), "\(term) \(env)")
            } else {
                #expect(styled.contains("\u{1B}[33m"), "matches highlighted in yellow: \(term)")
            }
            #expect(styled.contains("\u{1B}[7m"), "reverse video for the selection and status bar: \(term)")
            try tmux.send("Escape", "Home", "End", "q")
            tmux.waitFor("[exit 0]")
            // A clean screen, the shell's next line at the top: no frame left behind (TERM=linux and vt100
            // have no alternate screen to leave).
            let left = tmux.screen.split(separator: "\n").filter { !$0.allSatisfy { $0 == " " } }
            #expect(left == ["[exit 0]"], "\(term): the screen after quitting:\n\(tmux.screen)")
        }
    }

    /// `v` hands the terminal to `$PAGER` with the release's file; a pager that draws on the terminal and
    /// waits for a key leaves pressroom's screen as it was once it ends.
    @Test func vHandsTheTerminalToThePagerAndTheScreenComesBack() throws {
        let others = try Self.otherReleases()
        let pager = others + "/../pressroom-pager-\(UUID().uuidString).sh"
        try "#!/bin/sh\nprintf '\\033[2J\\033[HPAGER SHOWS %s\\n' \"$1\"\nstty raw -echo\ndd bs=1 count=1 >/dev/null 2>&1\nstty sane\n"
            .write(toFile: pager, atomically: true, encoding: .utf8)
        chmod(pager, 0o755)
        defer { unlink(pager) }
        let tmux = try TmuxSession([TmuxSession.seedRelease, others], environment: ["PAGER": pager])
        tmux.waitFor("3 releases")
        try tmux.send("Enter")
        // The detail with the keys (its hints on the bar): at this width its text shows beside the list before Enter.
        tmux.waitFor("the seed release") { $0.contains("A week-long Kimberley Process") && $0.contains("q back") }
        let before = tmux.screen
        try tmux.send("v")
        tmux.waitFor("PAGER SHOWS")
        #expect(tmux.screen.replacingOccurrences(of: "\n", with: "").contains("PAGER SHOWS \(TmuxSession.seedRelease)"))
        #expect(!tmux.screen.contains("A week-long Kimberley Process"))
        try tmux.send("x")
        tmux.waitFor("the screen back") { $0 == before }
        try tmux.send("J")                                  // keys work again
        tmux.waitFor("2/3")
        try tmux.send("Q")
        tmux.waitFor("[exit 0]")
    }

    @Test func unusableTerminalsGetAOneLineMessage() throws {
        let dumb = try TmuxSession([], term: "dumb")
        dumb.waitFor("[exit 2]")
        #expect(dumb.screen.contains("pressroom: TERM=dumb"))
        let unset = try TmuxSession([], term: "")
        unset.waitFor("[exit 2]")
        #expect(unset.screen.contains("pressroom: TERM is not set"))
        let unknown = try TmuxSession([], term: "nosuchterm")
        unknown.waitFor("[exit 2]")
        #expect(unknown.screen.contains("unknown terminal type 'nosuchterm'"))
    }

    @Test func keyStormsAndResizeStormsLeaveACleanScreen() throws {
        let tmux = try TmuxSession([TmuxSession.seedRelease, try Self.otherReleases()])
        tmux.waitFor("3 releases")
        try tmux.tmux("send-keys " + Array(repeating: "j k", count: 300).joined(separator: " "))
        for size in [(40, 12), (120, 40), (20, 6), (15, 4), (100, 30)] { try tmux.resize(columns: size.0, rows: size.1) }
        tmux.waitFor("1/3") { $0.contains("1/3") && $0.contains("? help") }
        try tmux.send("q")
        tmux.waitFor("[exit 0]")
    }
}
