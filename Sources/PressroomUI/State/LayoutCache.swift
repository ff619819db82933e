import Foundation
import PressroomCore

/// The last detail layout made, so that one key's update and render (and the next key's, while the
/// release, width and terms stay the same) lay a long release out once, not several times.
final class LayoutCache: @unchecked Sendable {
    private struct Key: Equatable {
        var release: Int
        var width: Int
        var highlights: [HighlightTerm]
    }

    private let lock = NSLock()
    private var entry: (key: Key, layout: DetailLayout)?

    /// The layout of `releases[index]` at `width` with `highlights`, made by `make` only when not cached.
    func layout(release index: Int, width: Int, highlights: [HighlightTerm], make: () -> DetailLayout) -> DetailLayout {
        let key = Key(release: index, width: width, highlights: highlights)
        lock.lock()
        if let entry, entry.key == key {
            lock.unlock()
            return entry.layout
        }
        lock.unlock()
        let layout = make()
        lock.lock()
        entry = (key, layout)
        lock.unlock()
        return layout
    }
}
