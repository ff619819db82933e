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
/// The switch is one flag for the process, read with a relaxed atomic load (a task-local value cost the
/// parser 2 % of its instructions). While a test holds it off, other parses running at the same time take
/// the plain definitions too, which give the same records: that is what the switch exists to show.
enum FastPaths {
    private static let switchedOff = Atomic<Bool>(false)

    /// True while `withOff` runs: every fast path gives way.
    @inline(__always) static var off: Bool { switchedOff.load(ordering: .relaxed) }

    /// `body` run with the fast paths off, then on again; callers take turns (the flag is also the turn).
    static func withOff<R>(_ body: () throws -> R) rethrows -> R {
        while !switchedOff.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged {
            usleep(1_000)
        }
        defer { switchedOff.store(false, ordering: .releasing) }
        return try body()
    }
}
