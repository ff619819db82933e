import Foundation
import Testing

/// The real `pressroom` binary in a private tmux server, driven by keys and read back with `capture-pane`
/// (../shared/TERMINAL-NOTES.md §g). tmux runs through popen: Foundation's Process hangs on it.
final class TmuxSession {
    let socket = "pressroom-test-\(UUID().uuidString.prefix(8))"

    /// The built `pressroom` executable, next to the test bundle.
    static var binary: String {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("pressroom").path
    }

    /// The repository's bundled releases folder.
    static var bundledReleases: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources/releases").path
    }

    /// The real release the bundled set opens with.
    static var seedRelease: String { bundledReleases + "/kpcsc-2021-06-28.txt" }

    /// How many releases are bundled (every visible file in the folder).
    static var bundledCount: Int {
        ((try? FileManager.default.contentsOfDirectory(atPath: bundledReleases)) ?? [])
            .filter { !$0.hasPrefix(".") }.count
    }

    static var available: Bool { (try? shell("command -v tmux")) != nil }

    /// Starts `pressroom ARGS` at `columns`x`rows`; after it exits the pane shows `[exit N]` and stays.
    /// `pipedStdin` runs it as `echo piped | pressroom …`, so that keys must come from /dev/tty.
    init(_ arguments: [String], columns: Int = 100, rows: Int = 30, term: String = "tmux-256color",
         environment: [String: String] = [:], pipedStdin: Bool = false) throws {
        // NO_COLOR empty (not absent): the runner's own environment must not decide the colours.
        var env = ["TERM": term, "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "interactive=no", "ESCDELAY": "25",
                   "NO_COLOR": ""]
        env.merge(TestCache.environment) { $1 }
        env.merge(environment) { $1 }
        let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let command = (pipedStdin ? "echo piped | " : "") + "env \(assignments) \(Self.quote(Self.binary)) \(arguments.map(Self.quote).joined(separator: " "))"
            + "; echo \"[exit $?]\"; sleep 600"
        try tmux("new-session -d -x \(columns) -y \(rows) \(Self.quote(command))")
    }

    /// An interactive bash (with job control, for Ctrl-Z and `fg`) at `columns`x`rows`; type commands into it.
    init(shellColumns columns: Int, rows: Int) throws {
        try tmux("new-session -d -x \(columns) -y \(rows) 'env -u NO_COLOR PS1=\"$ \" bash --norc --noprofile -i'")
    }

    /// The command line that runs `pressroom ARGS` in the shell session.
    static func commandLine(_ arguments: [String], term: String = "tmux-256color") -> String {
        "TERM=\(term) LANG=C.UTF-8 SWIFT_BACKTRACE=interactive=no XDG_CACHE_HOME=\(quote(TestCache.folder)) "
            + "XDG_STATE_HOME=\(quote(TestCache.folder + "/state")) \(quote(binary)) "
            + arguments.map(quote).joined(separator: " ")
    }

    deinit {
        // kill-server leaves the socket file behind: remove it too.
        let path = try? tmux("display-message -p '#{socket_path}'").trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try? tmux("kill-server")
        if let path, path.hasSuffix(socket) { unlink(path) }
    }

    @discardableResult
    func tmux(_ arguments: String) throws -> String {
        try Self.shell("tmux -L \(socket) -f /dev/null \(arguments)")
    }

    /// Keys by tmux name (`Enter`, `C-c`, `j`).
    func send(_ keys: String...) throws {
        for key in keys { try tmux("send-keys \(Self.quote(key))") }
    }

    /// Literal text, as typed.
    func type(_ text: String) throws { try tmux("send-keys -l \(Self.quote(text))") }

    func resize(columns: Int, rows: Int) throws { try tmux("resize-window -x \(columns) -y \(rows)") }

    var screen: String { (try? tmux("capture-pane -p")) ?? "" }

    /// The pane's alternate-screen flag: 1 while a full-screen program has the terminal.
    var alternateOn: String { ((try? tmux("display-message -p '#{alternate_on}'")) ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

    /// The pid of the `pressroom` process in the pane (a child of the pane's shell).
    var appPID: Int32? {
        guard let shellPID = try? tmux("display-message -p '#{pane_pid}'").trimmingCharacters(in: .whitespacesAndNewlines),
              let children = try? String(contentsOfFile: "/proc/\(shellPID)/task/\(shellPID)/children", encoding: .utf8)
        else { return nil }
        return children.split(separator: " ").compactMap { Int32($0) }.first
    }

    /// Waits until the screen satisfies `condition` (polling every 20 ms); records the screen on timeout.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
                 _ condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = screen
            if condition(last) { return true }
            usleep(20_000)
        }
        Issue.record("timed out waiting for \(what); screen:\n\(last)", sourceLocation: sourceLocation)
        return false
    }

    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        waitFor("“\(text)”", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Runs a shell command through popen (never Process: tmux's server keeps its pipes open).
    @discardableResult
    static func shell(_ command: String) throws -> String {
        guard let file = popen(command + " </dev/null 2>&1", "r") else { throw ShellError(message: "popen failed") }
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n <= 0 { break }
            output.append(buffer, count: n)
        }
        let status = pclose(file)
        let text = String(decoding: output, as: UTF8.self)
        guard status == 0 else { throw ShellError(message: "\(command): status \(status): \(text)") }
        return text
    }

    struct ShellError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
