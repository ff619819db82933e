import Foundation
import Glibc
import PressroomCore
import PressroomUI

/// How the browser starts.
public struct BrowserOptions: Sendable {
    /// Report mouse events (off with `--no-mouse`, so that the terminal's own text selection works).
    public var mouse: Bool
    /// The longest line the release is wrapped to (`--width`), however wide the pane.
    public var measure: Int
    /// Where the text stands in a pane wider than the measure (`--align`).
    public var alignment: TextAlignment
    /// The pager, editor and browser to hand the terminal to.
    public var programs: Programs

    public init(mouse: Bool = true, measure: Int = 100, alignment: TextAlignment = .centre,
                programs: Programs = Programs(environment: ProcessInfo.processInfo.environment)) {
        self.mouse = mouse
        self.measure = measure
        self.alignment = alignment
        self.programs = programs
    }
}

/// `--watch`: how the browser follows changes on disk. Both run off the loop.
public struct BrowserWatch: Sendable {
    /// Starts watching, posting what the watcher sees as `.watched`; returns what stops it (nil: watching
    /// could not start, the reason already posted).
    public var start: @Sendable (_ post: @escaping @Sendable (Action) -> Void) -> (@Sendable () -> Void)?
    /// Reads the paths again and merges what they hold into the catalog (`Catalog.merging`).
    public var reread: @Sendable (_ paths: [String], _ base: Catalog) -> CatalogMerge

    public init(start: @escaping @Sendable (_ post: @escaping @Sendable (Action) -> Void) -> (@Sendable () -> Void)?,
                reread: @escaping @Sendable (_ paths: [String], _ base: Catalog) -> CatalogMerge) {
        self.start = start
        self.reread = reread
    }
}

/// The interactive browser: terminal → key → action → update → render → grid → terminal.
///
/// Slow work runs off the loop, bubbletea's Cmd → Msg: loading the archive (at the start and on `r`) runs on
/// a background thread that posts `.loading` and `.loaded` actions to an inbox; the loop takes them between
/// keys, so keys are answered while releases arrive.
public enum Browser {
    /// Runs until the user quits; returns the exit status (0; 128 + n after signal n).
    /// `catalog` is the first screen (the index's list fields, or nothing yet); with `loading` set, `load` runs
    /// at once in the background. `load(isReload, post)` reads the archive, posting `.loading` as it goes and
    /// `.loaded` at the end (also on `r`). `message` is shown on the first screen (a cache fault).
    /// `explain` reads a release's file again and explains it (`i`): the text's lines, or why it could not.
    /// `locate` finds a release's file on disk (`v`, `e`), nil when it is gone.
    public static func run(_ catalog: Catalog, options: BrowserOptions = BrowserOptions(),
                           message: StatusMessage? = nil, loading: LoadingStatus? = nil,
                           explain: @escaping (Release) -> Result<[String], ExplainFailure> = { _ in .failure(ExplainFailure("not available here")) },
                           locate: @escaping (Release) -> String? = { _ in nil },
                           watch: BrowserWatch? = nil,
                           load: @escaping @Sendable (_ isReload: Bool, _ post: @escaping @Sendable (Action) -> Void) -> Void)
        throws -> Int32 {
        let screen = try CursesScreen(mouse: options.mouse)
        defer { screen.close() }
        var state = AppState(catalog: catalog, size: screen.size, theme: screen.colors ? .color : .monochrome)
        state.measure = options.measure
        state.alignment = options.alignment
        state.programs = options.programs
        state.searchHistory = HistoryFile.load()
        state.message = message
        state.loading = loading
        state.searchOffKeyPath = true
        let inbox = Inbox()
        let searcher = Searcher(inbox: inbox)
        var loadRunning = false
        func startLoad(isReload: Bool) {
            loadRunning = true
            Thread.detachNewThread { load(isReload) { inbox.post($0) } }
        }
        if loading != nil { startLoad(isReload: false) }
        var stopWatching: (@Sendable () -> Void)?
        if let watch {
            state.watching = true
            stopWatching = watch.start { inbox.post($0) }
        }
        defer { stopWatching?() }
        // A small or unchanged archive is all there within a moment: wait that long for it, so that the first
        // frame already has every record; a large one draws its first screen from what is there now.
        let firstFrameBy = DispatchTime.now().uptimeNanoseconds + 250_000_000
        while loadRunning && DispatchTime.now().uptimeNanoseconds < firstFrameBy {
            usleep(5_000)
            for action in inbox.take() {
                if case .loaded = action { loadRunning = false }
                state = update(state, action).state
            }
        }
        screen.present(render(state, size: state.size))

        /// Applies one action and performs its effects; false when the browser must quit.
        func apply(_ action: Action) -> Bool {
            if case .loaded = action { loadRunning = false }
            if case .searched(let request, _) = action { searcher.finished(request) }
            let result = update(state, action)
            state = result.state
            for effect in result.effects {
                switch effect {
                case .quit:
                    return false
                case .redraw:
                    screen.invalidate()
                case .reload:
                    if !loadRunning { startLoad(isReload: true) }
                case .reread(let paths):
                    guard let watch else { break }
                    let base = state.catalog
                    Thread.detachNewThread { inbox.post(.merged(watch.reread(paths, base))) }
                case .search(let query, let request, let typing, let now):
                    searcher.search(query, request: request, typing: typing, now: now, in: state.catalog)
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
                case .handOver(var handOver):
                    if handOver.kind == .pager || handOver.kind == .editor {
                        guard let release = state.catalog.releases.first(where: { $0.id == handOver.releaseID }),
                              let path = locate(release) else {
                            state = update(state, .handedBack(handOver, .noFile)).state
                            break
                        }
                        handOver.argument = path
                    }
                    let outcome = screen.handOver { ExternalCommand.run(handOver) }
                    state = update(state, .handedBack(handOver, outcome)).state
                case .saveHistory(let queries):
                    HistoryFile.save(queries)
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
            return true
        }

        while true {
            // Wait for one input (or, while loading, at most 50 ms for news from the load), then take
            // everything already queued (key and resize storms) before drawing once, but never hold a frame
            // back for more than a moment.
            // While watching, news can come at any time: look every 100 ms.
            let waiting = loadRunning || searcher.isBusy || state.rereading
            var read = waiting ? screen.read(blocking: true, timeoutMs: loadRunning || state.rereading ? 50 : 5)
                : state.watching ? screen.read(blocking: true, timeoutMs: 100) : screen.read(blocking: true)
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
                    if !apply(action) { return 0 }
                }
                if case .none = read { break }
                if DispatchTime.now().uptimeNanoseconds > deadline { break }
                read = screen.read(blocking: false)
            }
            for action in inbox.take() where !apply(action) { return 0 }
            // Embargoes lift as time passes: the clock is read once a minute at most.
            let now = Int64(Date().timeIntervalSince1970)
            if now / 60 != state.now / 60 { state = update(state, .clock(now)).state }
            let size = screen.size
            if size != state.size { state = update(state, .resize(size)).state }
            screen.present(render(state, size: size))
        }
    }
}

/// Runs searches off the key path, one at a time, newest first: a search asked for while another runs
/// waits, and is dropped when a newer one is asked for before it starts (fzf's matcher reset); the result
/// comes back as `.searched`, which the update takes only if it is still the latest.
final class Searcher: @unchecked Sendable {
    private let inbox: Inbox
    private let queue = DispatchQueue(label: "pressroom.search")
    private let lock = NSLock()
    private var latest = 0
    private var outstanding = 0

    init(inbox: Inbox) { self.inbox = inbox }

    /// A search was asked for and its result not yet taken.
    var isBusy: Bool {
        lock.lock()
        defer { lock.unlock() }
        return outstanding > 0
    }

    func search(_ query: String, request: Int, typing: Bool, now: Int64, in catalog: Catalog) {
        lock.lock()
        latest = request
        outstanding += 1
        lock.unlock()
        queue.async { [self] in
            lock.lock()
            let stale = request != latest
            if stale { outstanding -= 1 }
            lock.unlock()
            if stale { return }
            let result = catalog.index.search(query, typing: typing, now: now)
            inbox.post(.searched(request: request, result: result))
        }
    }

    func finished(_ request: Int) {
        lock.lock()
        outstanding = max(0, outstanding - 1)
        lock.unlock()
    }
}

/// Actions posted by background work, taken by the loop between keys. Progress is coalesced: only the
/// newest `.loading` is kept, so a slow frame never queues a backlog of them.
final class Inbox: @unchecked Sendable {
    private let lock = NSLock()
    private var actions: [Action] = []

    func post(_ action: Action) {
        lock.lock()
        defer { lock.unlock() }
        if case .loading(let newCatalog, let status) = action, let last = actions.last, case .loading(let oldCatalog, _) = last {
            actions[actions.count - 1] = .loading(newCatalog ?? oldCatalog, status)
            return
        }
        actions.append(action)
    }

    func take() -> [Action] {
        lock.lock()
        defer { lock.unlock() }
        let taken = actions
        actions = []
        return taken
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
