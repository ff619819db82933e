import Foundation
import Glibc
import PressroomCore
import PressroomUI

/// How the browser starts.
public struct BrowserOptions: Sendable {
    /// Report mouse events (off with `--no-mouse`, so that the terminal's own text selection works).
    public var mouse: Bool

    public init(mouse: Bool = true) { self.mouse = mouse }
}

/// The interactive browser: terminal → key → action → update → render → grid → terminal.
public enum Browser {
    /// Runs until the user quits; returns the exit status (0; 128 + n after signal n).
    /// `reload` reads the archive from disk again (`r`).
    /// `explain` reads a release's file again and explains it (`i`): the text's lines, or why it could not.
    public static func run(_ catalog: Catalog, options: BrowserOptions = BrowserOptions(),
                           explain: @escaping (Release) -> Result<[String], ExplainFailure> = { _ in .failure(ExplainFailure("not available here")) },
                           reload: @escaping () -> Catalog) throws -> Int32 {
        let screen = try CursesScreen(mouse: options.mouse)
        defer { screen.close() }
        var state = AppState(catalog: catalog, size: screen.size, theme: screen.colors ? .color : .monochrome)
        screen.present(render(state, size: state.size))

        while true {
            // Wait for one input, then take everything already queued (key and resize storms) before drawing
            // once, but never hold a frame back for more than a moment.
            var read = screen.read(blocking: true)
            let deadline = DispatchTime.now().uptimeNanoseconds + 30_000_000
            while true {
                switch read {
                case .signal(let signal):
                    return 128 + signal
                case .end:
                    return 0
                case .none:
                    break
                case .event(let event):
                    if case .resize(let size) = event, size != state.size { screen.invalidate() }
                    guard let action = KeyMap.action(for: event, in: state) else { break }
                    let result = update(state, action)
                    state = result.state
                    for effect in result.effects {
                        switch effect {
                        case .quit:
                            return 0
                        case .redraw:
                            screen.invalidate()
                        case .reload:
                            screen.present(render(state, size: screen.size))     // "Reloading…" while it reads
                            state = update(state, .loaded(reload())).state
                        case .explain(let id):
                            guard let release = state.catalog.releases.first(where: { $0.id == id }) else { break }
                            screen.present(render(state, size: screen.size))     // "Reading … again" while it reads
                            switch explain(release) {
                            case .success(let lines): state = update(state, .explained(releaseID: id, lines: lines)).state
                            case .failure(let why):
                                state = update(state, .showMessage(StatusMessage("Cannot explain \(release.source): \(why.reason)", isError: true))).state
                            }
                        case .copy(let text, let what):
                            let tools = Clipboard.copy(text, writeToTerminal: screen.writeRaw)
                            let via = tools.count > 1 ? " (\(tools.dropFirst().joined(separator: ", ")))" : ""
                            state = update(state, .showMessage(StatusMessage("Copied \(what)\(via): \(text)"))).state
                        case .openURL(let url):
                            let message: StatusMessage
                            switch LinkOpener.open(url) {
                            case .opened(let program): message = StatusMessage("Opened with \(program): \(url)")
                            case .noOpener: message = StatusMessage("No $BROWSER or xdg-open to open \(url)", isError: true)
                            case .refused(let why): message = StatusMessage("Not opened (\(why)): \(url)", isError: true)
                            case .failed(let why): message = StatusMessage("Could not open \(url): \(why)", isError: true)
                            }
                            state = update(state, .showMessage(message)).state
                        }
                    }
                }
                if case .none = read { break }
                if DispatchTime.now().uptimeNanoseconds > deadline { break }
                read = screen.read(blocking: false)
            }
            let size = screen.size
            if size != state.size { state = update(state, .resize(size)).state }
            screen.present(render(state, size: size))
        }
    }
}

/// Why a release could not be explained (its file is gone or changed since it was loaded).
public struct ExplainFailure: Error, Sendable {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
}

/// Whether the browser can be drawn here (stdout is a terminal).
public enum Terminal {
    public static var isUsable: Bool { isatty(1) == 1 }
}
