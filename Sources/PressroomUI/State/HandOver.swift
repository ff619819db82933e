import PressroomCore

/// The programs the browser hands the terminal to, as the environment names them (`$PAGER`, `$EDITOR`,
/// `$BROWSER`): read once by the backend, so that `update` stays pure and tests give their own.
public struct Programs: Hashable, Sendable {
    /// A shell command line that shows a file (`$PAGER`, else `less`).
    public var pager: String
    /// A shell command line that edits a file (`$VISUAL`, else `$EDITOR`, else `vi`).
    public var editor: String
    /// `$BROWSER`'s first entry, when set.
    public var browser: String?

    public init(pager: String = "less", editor: String = "vi", browser: String? = nil) {
        self.pager = pager
        self.editor = editor
        self.browser = browser
    }

    /// The programs `environment` names, with the defaults for those it does not.
    public init(environment: [String: String]) {
        func value(_ name: String) -> String? {
            environment[name].flatMap { $0.allSatisfy({ $0 == " " }) ? nil : $0 }
        }
        pager = value("PAGER") ?? "less"
        editor = value("VISUAL") ?? value("EDITOR") ?? "vi"
        browser = value("BROWSER").flatMap { $0.split(separator: ":").first.map(String.init) }
    }

    /// Browsers that draw in the terminal: opening a link with one hands the terminal over, as `v` does.
    public static let textBrowsers: Set<String> = ["w3m", "lynx", "links", "links2", "elinks", "browsh", "carbonyl"]

    /// Whether `$BROWSER` is a text browser (its first word's file name is one of `textBrowsers`).
    public var browserIsText: Bool {
        guard let word = browser?.split(separator: " ").first else { return false }
        return Self.textBrowsers.contains(String(word.split(separator: "/").last ?? word))
    }
}

/// A program the terminal is handed to: the browser leaves the screen, runs it, waits for it, and comes back
/// (`v` `e` `|`, and `o` with a text browser). Its end comes back as `Action.handedBack`.
public struct HandOver: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// `v`: the release's file in the pager.
        case pager
        /// `e`: the release's file in the editor.
        case editor
        /// `|`: the release's text piped to a command.
        case pipe
        /// `o` with a text browser: a link.
        case browser
    }

    public var kind: Kind
    /// A shell command line; its argument, when there is one, is given to it as `"$1"` (never spliced in).
    public var command: String
    /// The file (`pager`, `editor`: the release's file, found by the backend) or URL (`browser`).
    public var argument: String?
    /// The release it is about.
    public var releaseID: String
    /// What the command reads on its standard input (`pipe`: the release as `pressroom show` prints it).
    public var input: String?

    /// The script `/bin/sh -c` runs: the command, with its argument as `"$1"` where `%s` stands (`w3m %s`;
    /// a quoted `'%s'` or `"%s"` loses its quotes, since inside single quotes `"$1"` would be literal text),
    /// else after it.
    public var shellScript: String {
        guard argument != nil else { return command }
        guard command.contains("%s") else { return command + " \"$1\"" }
        return command.replacingOccurrences(of: "'%s'", with: "\"$1\"")
            .replacingOccurrences(of: "\"%s\"", with: "\"$1\"")
            .replacingOccurrences(of: "%s", with: "\"$1\"")
    }

    public init(kind: Kind, command: String, argument: String? = nil, releaseID: String, input: String? = nil) {
        self.kind = kind
        self.command = command
        self.argument = argument
        self.releaseID = releaseID
        self.input = input
    }

    /// The program's name for messages: the command's first word (`less`, `w3m`, `wc`).
    public var programName: String {
        let first = command.split(separator: " ").first.map(String.init) ?? command
        return String(first.split(separator: "/").last ?? Substring(first))
    }
}

/// How a hand-over ended.
public enum HandBack: Hashable, Sendable {
    /// The command ran and exited with this status (128 + n when a signal ended it).
    case exited(Int32)
    /// It could not be started (why, as the system says it).
    case failed(String)
    /// `|`: the release's text could not be written to the temporary file the command reads.
    case inputNotWritten
    /// The release's file was not found under the archive's paths (gone, or renamed since it was loaded).
    case noFile
    /// `v` on one message of an mbox: the copy of the message for the pager could not be written (why).
    case messageNotCopied(String)
}

extension AppState {
    /// `v` / `e`: the selected release's file in the pager / editor.
    mutating func handOverFile(_ kind: HandOver.Kind, _ effects: inout [Effect]) {
        guard let release = selectedRelease else {
            message = StatusMessage("No release selected", isError: true)
            return
        }
        let command = kind == .editor ? programs.editor : programs.pager
        effects.append(.handOver(HandOver(kind: kind, command: command, releaseID: release.id)))
    }

    /// Enter on the `|` prompt: the release's text (as `pressroom show` prints it) piped to the command typed.
    mutating func runPipe(_ command: String, _ effects: inout [Effect]) {
        overlay = nil
        guard !command.allSatisfy({ $0 == " " }) else {
            message = StatusMessage("No command given: nothing piped")
            return
        }
        guard let release = selectedRelease else { return }
        let text = PlainDetail.text(release, width: min(size.columns, max(20, measure)))
        effects.append(.handOver(HandOver(kind: .pipe, command: command, releaseID: release.id, input: text)))
    }

    /// What a hand-over's end says in the status bar.
    mutating func handedBack(_ handOver: HandOver, _ outcome: HandBack) {
        let name = handOver.programName
        let source = catalog.releases.first { $0.id == handOver.releaseID }?.source ?? "the release"
        switch outcome {
        case .noFile:
            message = StatusMessage("Cannot find the file of \(source) (moved or deleted? r reloads)", isError: true)
        case .messageNotCopied(let why):
            message = StatusMessage("Could not copy \(source) to show it: \(why)", isError: true)
        case .failed(let why):
            message = StatusMessage("Could not run \(name): \(why)", isError: true)
        case .inputNotWritten:
            message = StatusMessage("Could not run \(name): cannot write a temporary file", isError: true)
        case .exited(127):
            message = StatusMessage("\(name): command not found" + (handOver.variable.map { " (set $\($0))" } ?? ""), isError: true)
        case .exited(let status):
            switch handOver.kind {
            case .pipe:
                message = status == 0 ? StatusMessage("Piped \(source) to \(handOver.command)")
                    : StatusMessage("\(handOver.command) exited with status \(status)", isError: true)
            case .editor:
                message = status == 0 ? StatusMessage("Edited \(source) in \(name) · r reads the changes")
                    : StatusMessage("\(name) exited with status \(status)", isError: true)
            case .pager, .browser:
                message = status == 0 ? nil : StatusMessage("\(name) exited with status \(status)", isError: true)
            }
        }
    }
}

extension HandOver {
    /// The environment variable that chose the program (for a hint when it is not found).
    var variable: String? {
        switch kind {
        case .pager: "PAGER"
        case .editor: "EDITOR"
        case .browser: "BROWSER"
        case .pipe: nil
        }
    }
}
