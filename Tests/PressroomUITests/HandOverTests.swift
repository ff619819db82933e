import PressroomCore
import Testing
@testable import PressroomUI

/// `v` `e` `|` and `o` with a text browser hand the terminal over; the end comes back as `.handedBack`,
/// which the update words.
@Suite struct HandOverTests {
    static func state(_ programs: Programs = Programs()) -> AppState {
        var s = AppState(releases: [Fixtures.seed], size: Size(rows: 24, columns: 80))
        s.programs = programs
        return s
    }

    @Test func theEnvironmentNamesThePrograms() {
        #expect(Programs(environment: [:]) == Programs(pager: "less", editor: "vi", browser: nil))
        let set = Programs(environment: ["PAGER": "most", "EDITOR": "nano", "VISUAL": "vim", "BROWSER": "/usr/bin/w3m -o x:firefox"])
        #expect(set == Programs(pager: "most", editor: "vim", browser: "/usr/bin/w3m -o x"))
        #expect(set.browserIsText)
        #expect(!Programs(environment: ["BROWSER": "firefox"]).browserIsText)
        #expect(Programs(environment: ["PAGER": " "]).pager == "less")
    }

    @Test func vAndEHandTheReleasesFileToThePagerAndTheEditor() {
        let s = Self.state(Programs(pager: "less -R", editor: "nano"))
        for (key, kind, command) in [("v", HandOver.Kind.pager, "less -R"), ("e", .editor, "nano")] {
            for focus in [[], [Key.enter]] {
                let before = s.after(keys: focus)
                let result = update(before, KeyMap.action(for: .character(Character(key)), in: KeyMap.context(of: before))!)
                #expect(result.effects == [.handOver(HandOver(kind: kind, command: command, releaseID: Fixtures.seed.id))])
            }
        }
    }

    @Test func pipeAsksForACommandThenPipesTheReleaseAsShowPrintsIt() {
        let s = Self.state().after(keys: [.character("|")] + "wc -w".map { .character($0) })
        #expect(s.overlay == .pipe(command: "wc -w"))
        #expect(render(s).line(22) == "Pipe the release to: wc -w")
        let erased = s.after(keys: [.backspace, .backspace])
        #expect(erased.overlay == .pipe(command: "wc "))
        let result = update(s, .open)
        #expect(result.state.overlay == nil)
        #expect(result.effects == [.handOver(HandOver(kind: .pipe, command: "wc -w", releaseID: Fixtures.seed.id,
                                                      input: PlainDetail.text(Fixtures.seed, width: 80)))])
        // `q` and `Q` are typed, not taken as keys; Esc cancels.
        #expect(Self.state().after(keys: [.character("|"), .character("q"), .character("Q")]).overlay == .pipe(command: "qQ"))
        let cancelled = update(s, KeyMap.action(for: .escape, in: .prompt)!)
        #expect(cancelled.state.overlay == nil && cancelled.effects.isEmpty)
        #expect(update(Self.state().after(keys: [.character("|")]), .open).effects.isEmpty)
    }

    @Test func oHandsTheTerminalToATextBrowserOnly() {
        let text = Self.state(Programs(browser: "w3m")).after(keys: [.character("o")])
        #expect(update(text, .digit(2)).effects
                == [.handOver(HandOver(kind: .browser, command: "w3m", argument: "http://www.kpcivilsociety.org/", releaseID: Fixtures.seed.id))])
        let mail = update(text, .digit(1))
        #expect(mail.effects.isEmpty)
        #expect(mail.state.message?.isError == true)
        let graphical = Self.state(Programs(browser: "firefox")).after(keys: [.character("o")])
        #expect(update(graphical, .digit(2)).effects == [.openURL("http://www.kpcivilsociety.org/")])
    }

    @Test func whatTheEndSays() {
        let s = Self.state()
        let pager = HandOver(kind: .pager, command: "less", argument: "/a/kpcsc.txt", releaseID: Fixtures.seed.id)
        func said(_ h: HandOver, _ outcome: HandBack) -> StatusMessage? { update(s, .handedBack(h, outcome)).state.message }
        #expect(said(pager, .exited(0)) == nil)
        #expect(said(pager, .exited(2)) == StatusMessage("less exited with status 2", isError: true))
        #expect(said(pager, .exited(127)) == StatusMessage("less: command not found (set $PAGER)", isError: true))
        #expect(said(pager, .noFile) == StatusMessage("Cannot find the file of kpcsc-2021-06-28.txt (moved or deleted? r reloads)", isError: true))
        #expect(said(pager, .failed("No such file or directory")) == StatusMessage("Could not run less: No such file or directory", isError: true))
        #expect(said(pager, .inputNotWritten) == StatusMessage("Could not run less: cannot write a temporary file", isError: true))
        #expect(said(pager, .messageNotCopied("No space left on device"))
                == StatusMessage("Could not copy kpcsc-2021-06-28.txt to show it: No space left on device", isError: true))
        var editor = pager
        editor.kind = .editor
        editor.command = "/usr/bin/vim -p"
        #expect(said(editor, .exited(0)) == StatusMessage("Edited kpcsc-2021-06-28.txt in vim · r reads the changes"))
        let pipe = HandOver(kind: .pipe, command: "wc -w", releaseID: Fixtures.seed.id, input: "x")
        #expect(said(pipe, .exited(0)) == StatusMessage("Piped kpcsc-2021-06-28.txt to wc -w"))
        #expect(said(pipe, .exited(1)) == StatusMessage("wc -w exited with status 1", isError: true))
        #expect(said(pipe, .exited(127)) == StatusMessage("wc: command not found", isError: true))
    }

    /// The argument goes in as `"$1"` where `%s` stands, quoted or not, else last; never spliced in.
    @Test func theScriptGivesTheArgumentAsDollarOne() {
        func script(_ command: String, _ argument: String? = "http://x.example/") -> String {
            HandOver(kind: .browser, command: command, argument: argument, releaseID: "r").shellScript
        }
        #expect(script("w3m") == "w3m \"$1\"")
        #expect(script("w3m %s") == "w3m \"$1\"")
        #expect(script("w3m '%s'") == "w3m \"$1\"")
        #expect(script("lynx \"%s\" -dump") == "lynx \"$1\" -dump")
        #expect(script("wc -w", nil) == "wc -w")
    }
}
