import Foundation
import PressroomCore

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

/// What the loop's effects reach outside the browser: the archive, the clipboard, links, other programs, the
/// history file. Each gives back what happened as data, which the loop hands to `update` as an action to word.
/// The terminal backend gives the real ones (`Browser.run`); tests give their own.
public struct BrowserWorld {
    /// Reads the archive (`isReload`: on `r`), posting `.loading` as it goes and `.loaded` at the end.
    public var load: @Sendable (_ isReload: Bool, _ post: @escaping @Sendable (Action) -> Void) -> Void
    /// `--watch`, when asked for.
    public var watch: BrowserWatch?
    /// Puts text on the clipboard, the terminal's own (OSC 52) through `writeToTerminal`; returns the other
    /// tools that took it too (`wl-copy`, `xclip`).
    public var copy: (_ text: String, _ writeToTerminal: (String) -> Void) -> [String]
    /// Opens a link outside the terminal.
    public var openURL: (String) -> LinkOpening
    /// Runs a program the terminal is handed to, until it ends (the screen is left meanwhile).
    public var run: (HandOver) -> HandBack
    /// Keeps the search history for the next run.
    public var saveHistory: ([String]) -> Void
    /// Reads a release's file again and explains it: the text's lines, or nil when its file is gone or has
    /// changed since it was loaded.
    public var explain: (Release) -> [String]?
    /// Finds a release's file on disk for the pager or the editor (`v`, `e`), nil when it is gone: for `v` on
    /// one message of an mbox, a copy of that message alone, removed when the pager ends.
    public var locate: (Release, HandOver.Kind) -> LocatedFile?
    /// The time now, in seconds since 1970 UTC (embargoes lift as it passes).
    public var now: () -> Int64

    public init(load: @escaping @Sendable (_ isReload: Bool, _ post: @escaping @Sendable (Action) -> Void) -> Void,
                watch: BrowserWatch? = nil,
                copy: @escaping (_ text: String, _ writeToTerminal: (String) -> Void) -> [String] = { _, _ in [] },
                openURL: @escaping (String) -> LinkOpening = { _ in .noOpener },
                run: @escaping (HandOver) -> HandBack = { _ in .failed("not available here") },
                saveHistory: @escaping ([String]) -> Void = { _ in },
                explain: @escaping (Release) -> [String]? = { _ in nil },
                locate: @escaping (Release, HandOver.Kind) -> LocatedFile? = { _, _ in nil },
                now: @escaping () -> Int64 = { Int64(Date().timeIntervalSince1970) }) {
        self.load = load
        self.watch = watch
        self.copy = copy
        self.openURL = openURL
        self.run = run
        self.saveHistory = saveHistory
        self.explain = explain
        self.locate = locate
        self.now = now
    }
}

/// The interactive browser's loop: screen → key → action → update → effects → actions → … → render → screen.
///
/// Every action, whether from a key, from background work or from an effect's result, goes through
/// `dispatch`, which runs every effect of every update it makes, in order. Slow work runs off the loop,
/// bubbletea's Cmd → Msg: loading the archive (at the start and on `r`), searches and rereads post their
/// results to an inbox that the loop takes between keys, so keys are answered while releases arrive.
public final class BrowserLoop {
    public private(set) var state: AppState
    private let screen: any Screen
    private let world: BrowserWorld
    private let inbox = Inbox()
    private let searcher: Searcher
    private var loadRunning = false

    /// `state` is the first screen; with `state.loading` set, the load starts as soon as `run` does.
    public init(state: AppState, screen: any Screen, world: BrowserWorld) {
        self.state = state
        self.screen = screen
        self.world = world
        searcher = Searcher(inbox: inbox)
    }

    /// Runs until the user quits or the input ends; returns the exit status (0; 128 + n after signal n).
    /// `firstFrameWait`: how long to wait for a small archive before drawing the first frame.
    public func run(firstFrameWait: Double = 0.25) -> Int32 {
        if state.loading != nil { startLoad(isReload: false) }
        var stopWatching: (@Sendable () -> Void)?
        if let watch = world.watch {
            state.watching = true
            let inbox = inbox
            stopWatching = watch.start { inbox.post($0) }
        }
        defer { stopWatching?() }
        // A small or unchanged archive is all there within a moment: wait that long for it, so that the first
        // frame already has every record; a large one draws its first screen from what is there now.
        let firstFrameBy = DispatchTime.now().uptimeNanoseconds + UInt64(firstFrameWait * 1e9)
        while loadRunning && DispatchTime.now().uptimeNanoseconds < firstFrameBy {
            usleep(5_000)
            for action in inbox.take() where !dispatch(action) { return 0 }
        }
        screen.present(render(state))

        while true {
            // Wait for one input (or, while loading, at most 50 ms for news from the load), then take
            // everything already queued (key and resize storms) before drawing once, but never hold a frame
            // back for more than a moment. While watching, news can come at any time: look every 100 ms.
            // Even with nothing to wait for, the read wakes now and then: a signal (a resize, SIGTERM) that
            // lands between the last look at the signal flags and the start of the read does not interrupt
            // it, and would otherwise wait for the next key.
            let waiting = loadRunning || searcher.isBusy || state.rereading
            var read = screen.read(blocking: true, timeoutMs: waiting ? (loadRunning || state.rereading ? 50 : 5)
                                   : state.watching ? 100 : Self.idleWakeMs)
            let deadline = DispatchTime.now().uptimeNanoseconds + 30_000_000
            var changed = false
            while true {
                switch read {
                case .signal(let signal):
                    return 128 + signal
                case .end:
                    return 0
                case .none:
                    break
                case .event(let event):
                    changed = true
                    if case .resize(let size) = event, size != state.size { screen.invalidate() }
                    if let action = KeyMap.action(for: event, in: state), !dispatch(action) { return 0 }
                }
                if case .none = read { break }
                if DispatchTime.now().uptimeNanoseconds > deadline { break }
                read = screen.read(blocking: false, timeoutMs: nil)
            }
            let news = inbox.take()
            if !news.isEmpty { changed = true }
            for action in news where !dispatch(action) { return 0 }
            // Embargoes lift as time passes: the clock is read once a minute at most.
            let now = world.now()
            if now / 60 != state.now / 60 {
                changed = true
                if !dispatch(.clock(now)) { return 0 }
            }
            let size = screen.size
            if size != state.size {
                changed = true
                if !dispatch(.resize(size)) { return 0 }
            }
            // The frame is a function of the state: a wake with nothing new draws nothing.
            if changed { screen.present(render(state)) }
        }
    }

    /// The longest an idle read waits before the loop looks again for a signal that arrived just before it.
    static let idleWakeMs: Int32 = 250

    /// Applies `action` and performs its effects, then the actions their results make, and theirs, in order,
    /// until none is left; false when the browser must quit.
    @discardableResult
    public func dispatch(_ action: Action) -> Bool {
        var queue = [action]
        var next = 0
        while next < queue.count {
            let action = queue[next]
            next += 1
            if case .loaded = action { loadRunning = false }
            if case .searched(let request, _) = action { searcher.finished(request) }
            let result = update(state, action)
            state = result.state
            for effect in result.effects {
                guard let follow = perform(effect) else { return false }
                queue += follow
            }
        }
        return true
    }

    /// Performs one effect; returns the actions its result makes at once (nil: quit). Slow work is started
    /// here and posts its result to the inbox.
    private func perform(_ effect: Effect) -> [Action]? {
        switch effect {
        case .quit:
            return nil
        case .redraw:
            screen.invalidate()
        case .reload:
            if !loadRunning { startLoad(isReload: true) }
        case .reread(let paths):
            guard let watch = world.watch else { break }
            let base = state.catalog
            let inbox = inbox
            Thread.detachNewThread { inbox.post(.merged(watch.reread(paths, base))) }
        case .search(let query, let request, let typing, let now):
            searcher.search(query, request: request, typing: typing, now: now, in: state.catalog)
        case .explain(let id):
            guard let release = state.catalog.releases.first(where: { $0.id == id }) else { break }
            screen.present(render(state))     // "Reading … again" while it reads
            guard let lines = world.explain(release) else { return [.notExplained(releaseID: id)] }
            return [.explained(releaseID: id, lines: lines)]
        case .copy(let text, let what):
            let via = world.copy(text, screen.writeRaw)
            return [.copied(text: text, what: what, via: via)]
        case .handOver(var handOver):
            if handOver.kind == .pager || handOver.kind == .editor {
                guard let release = state.catalog.releases.first(where: { $0.id == handOver.releaseID }),
                      let located = world.locate(release, handOver.kind) else {
                    return [.handedBack(handOver, .noFile)]
                }
                switch located {
                case .file(let path):
                    handOver.argument = path
                case .messageCopy(let path):
                    handOver.argument = path
                    let run = world.run
                    let outcome = screen.handOver { run(handOver) }
                    // The copy was for this pager alone.
                    unlink(path)
                    return [.handedBack(handOver, outcome)]
                case .notCopied(let why):
                    return [.handedBack(handOver, .messageNotCopied(why))]
                }
            }
            let run = world.run
            let outcome = screen.handOver { run(handOver) }
            return [.handedBack(handOver, outcome)]
        case .saveHistory(let queries):
            world.saveHistory(queries)
        case .openURL(let url):
            return [.opened(url: url, world.openURL(url))]
        }
        return []
    }

    private func startLoad(isReload: Bool) {
        loadRunning = true
        let (load, inbox) = (world.load, inbox)
        Thread.detachNewThread { load(isReload) { inbox.post($0) } }
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
