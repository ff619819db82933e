import ArgumentParser
import Foundation
import PressroomCore
import PressroomTerminal
import PressroomUI

/// `pressroom [PATH...]`: the interactive browser (the default command). With stdout not a terminal, the
/// list as `pressroom list` prints it.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Browse releases in the terminal (the default command).")

    @Flag(help: "Do not capture the mouse, so that the terminal's text selection works.") var noMouse = false
    @Option(parsing: .unconditional, help: "Wrap a release to at most N columns, however wide the pane (20 or more).") var width = 100
    @Option(help: "Where a release stands in a pane wider than --width: centre (or center) or left.") var align: TextAlignment = .centre
    @Flag(help: "Keep the list current while it is open: files added, changed or removed under the paths are read and merged in as they change (inotify).")
    var watch = false

    func validate() throws {
        if width < 20 { throw ValidationError("--width must be at least 20 (it was \(width))") }
    }
    @OptionGroup var inputs: InputPaths

    func run() throws {
        let paths = inputs.resolved
        guard Terminal.isUsable else {
            // Not a terminal (`pressroom | cat`): the list, as `pressroom list` prints it.
            let archive = try Inputs.load(inputs.paths, inputs.cache, records: false)
            let catalog = Catalog(releases: archive.releases, problems: archive.problems)
            Output.write(PlainList.text(PlainList.ordered(catalog)))
            if !archive.problems.isEmpty { throw ExitCode(1) }
            return
        }
        try Inputs.checkMissing(inputs.paths)

        // The first screen from the index, at once; the archive itself loads in the background.
        let options = inputs.cache
        let first = options.loader().indexedSummaries(paths)
        let catalog = Catalog(releases: first.releases, problems: first.problems, isSummary: true)
        let streaming = first.releases.isEmpty
        let load: @Sendable (Bool, @escaping @Sendable (Action) -> Void) -> Void = { isReload, post in
            let loader = options.loader()
            var soFar: [Release] = []
            var problems: [LoadProblem] = []
            var lastPosted = 0.0
            let (archive, report) = loader.load(paths, records: true) { progress, fresh in
                let status = LoadingStatus(done: progress.done, total: progress.total, rate: progress.rate, isReload: isReload)
                var partial: Catalog?
                // Without an index the list fills as releases arrive; with one, the first screen stays
                // until the records are all there.
                if streaming && !isReload {
                    soFar += fresh
                    if progress.seconds - lastPosted >= 0.3 {
                        lastPosted = progress.seconds
                        partial = Catalog(releases: soFar, problems: problems, isSummary: false)
                        _ = partial?.ordering(.newestFirst)
                        _ = partial?.position(ofID: "")
                    }
                }
                post(.loading(partial, status))
            }
            problems = archive.problems
            let vanished = archive.missing.map { LoadProblem(path: $0, reason: "no such file or directory") }
            let full = Catalog(releases: archive.releases, problems: vanished + archive.problems)
            _ = full.ordering(.newestFirst)
            _ = full.position(ofID: "")
            // The records first (the detail pane needs them), then the search index, built here rather than
            // on the first search (searches run off the key path meanwhile, and wait for it there).
            post(.loading(full, LoadingStatus(done: archive.releases.count, total: archive.releases.count,
                                              rate: 0, isReload: isReload)))
            full.adopt(loader.searchIndex(paths: paths, releases: archive.releases) { archive.releases })
            post(.loaded(full))
            if let fault = report.fault, first.fault == nil || isReload {
                post(.indexFault(fault))
            }
        }
        // --watch: the watcher's events come to the loop as `.watched`; what changed is read and merged here,
        // off the loop.
        let watching: BrowserWatch? = !watch ? nil : BrowserWatch(start: { post in
            do {
                let watcher = try FolderWatcher(paths: paths) { post(.watched($0)) }
                return { watcher.stop() }
            } catch {
                post(.watched(.unavailable(reason: "\(error)")))
                return nil
            }
        }, reread: { changed, base in
            let changes = options.loader().reread(paths, changed: changed)
            let merge = base.merging(changes, paths: changed)
            _ = merge.catalog.ordering(.newestFirst)  // as the loading thread does: not on the key path
            _ = merge.catalog.position(ofID: "")
            return merge
        })
        do {
            let explain: (Release) -> [String]? = { release in
                guard let (again, explanation) = Archive.explain(release, in: paths) else { return nil }
                // Lines whole (the window wraps them to its width); only a runaway line is cut.
                let text = explanation.text(release: again, width: 1_000)
                return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            }
            let copies = ArchiveLoader.messageCopyFolder(cachePath: options.cachePath)
            let locate: (Release, HandOver.Kind) -> LocatedFile? = { release, kind in
                options.loader().locate(release, in: paths, copy: kind == .pager, folder: copies)
            }
            let status = try Browser.run(catalog, options: BrowserOptions(mouse: !noMouse, measure: width, alignment: align), fault: first.fault,
                                         loading: LoadingStatus(total: first.releases.count), explain: explain,
                                         locate: locate, watch: watching, load: load)
            if status != 0 { throw ExitCode(status) }
        } catch let error as TerminalUnavailable {
            Inputs.printError("\(error)")
            throw ExitCode(2)
        }
    }
}

extension TextAlignment: ExpressibleByArgument {
    public init?(argument: String) {
        switch argument.lowercased() {
        case "centre", "center": self = .centre
        case "left": self = .left
        default: return nil
        }
    }

    public static var allValueStrings: [String] { ["centre", "left"] }
}
