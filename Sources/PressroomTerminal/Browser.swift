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

/// The interactive browser on the terminal: `BrowserLoop` (PressroomUI) over a `CursesScreen`, its effects
/// reaching the clipboard, links, programs and the history file from here.
public enum Browser {
    /// Runs until the user quits; returns the exit status (0; 128 + n after signal n).
    /// `catalog` is the first screen (the index's list fields, or nothing yet); with `loading` set, `load` runs
    /// at once in the background. `load(isReload, post)` reads the archive, posting `.loading` as it goes and
    /// `.loaded` at the end (also on `r`). `fault` (of the index) is shown on the first screen, worded by `update`.
    /// `explain` reads a release's file again and explains it (`i`): the text's lines, or nil when it is gone.
    /// `locate` finds a release's file on disk (`v`, `e`), nil when it is gone.
    public static func run(_ catalog: Catalog, options: BrowserOptions = BrowserOptions(),
                           fault: CacheFault? = nil, loading: LoadingStatus? = nil,
                           explain: @escaping (Release) -> [String]? = { _ in nil },
                           locate: @escaping (Release, HandOver.Kind) -> LocatedFile? = { _, _ in nil },
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
        state.loading = loading
        state.searchOffKeyPath = true
        let world = BrowserWorld(load: load, watch: watch, copy: Clipboard.copy, openURL: LinkOpener.open,
                                 run: ExternalCommand.run, saveHistory: HistoryFile.save, explain: explain, locate: locate)
        let loop = BrowserLoop(state: state, screen: screen, world: world)
        // The index's fault is worded on the first screen, through the loop as every action is.
        if let fault, !loop.dispatch(.indexFault(fault)) { return 0 }
        return loop.run()
    }
}

/// Whether the browser can be drawn here (stdout is a terminal).
public enum Terminal {
    public static var isUsable: Bool { isatty(1) == 1 }
}
