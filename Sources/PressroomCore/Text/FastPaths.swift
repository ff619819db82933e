import Foundation
import Synchronization

/// The switch that turns the byte fast paths off.
///
/// Much of the parser reads text twice over: a fast path on bytes, taken when the text allows it (plain
/// ASCII, or every scalar a character of its own), and the plain definition on `String`s and `Character`s
/// beside it, which says what the fast path must answer. Each fast path answers nil, or is passed over, when
/// the switch is off; its caller then takes the plain definition. `FastPathsTests` parses the bundled
/// releases, the dev corpus and a generated archive both ways and holds the records equal.
///
/// The switch belongs to the thread that runs `withOff`: other threads, such as tests of a fast path's own
/// answer running at the same time, keep their fast paths (a process-wide flag made those tests fail now
/// and then). The common case costs one relaxed atomic load: while no thread has the switch off, nothing
/// else is read (a task-local value cost the parser 2 % of its instructions). `withOff` runs its body on
/// the calling thread; work it hands to other threads keeps the fast paths.
enum FastPaths {
    /// How many threads are inside `withOff` now.
    private static let threadsOff = Atomic<Int>(0)

    /// The per-thread mark that this thread is inside `withOff` (non-nil while it is).
    private static let threadKey: pthread_key_t = {
        var key = pthread_key_t()
        let status = pthread_key_create(&key, nil)
        precondition(status == 0, "pthread_key_create failed: \(status)")
        return key
    }()

    /// True on a thread inside `withOff`: every fast path gives way.
    @inline(__always) static var off: Bool {
        threadsOff.load(ordering: .relaxed) != 0 && pthread_getspecific(threadKey) != nil
    }

    /// `body` run on this thread with the fast paths off, then on again.
    static func withOff<R>(_ body: () throws -> R) rethrows -> R {
        let key = threadKey
        let outer = pthread_getspecific(key)
        pthread_setspecific(key, UnsafeRawPointer(bitPattern: 1))
        threadsOff.add(1, ordering: .acquiringAndReleasing)
        defer {
            threadsOff.subtract(1, ordering: .acquiringAndReleasing)
            pthread_setspecific(key, outer)
        }
        return try body()
    }
}
