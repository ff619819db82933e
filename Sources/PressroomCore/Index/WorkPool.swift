import Foundation

/// Bounded parallel work with results handed back as they finish: `threads` workers take the next item
/// from a shared counter (so one slow item — a PDF that makes `pdftotext` hang until its time limit —
/// holds up only its own worker), and the calling thread receives finished results in batches, at least
/// every `interval` seconds, to store them and report progress while the workers go on.
enum WorkPool {
    static func run<Output: Sendable>(count: Int, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                                      interval: Double = 0.1,
                                      cancelled: @escaping @Sendable () -> Bool = { false },
                                      work: @escaping @Sendable (Int) -> Output,
                                      receive: ([(Int, Output)]) -> Void) {
        guard count > 0 else { return }
        let shared = Shared<Output>()
        let workers = max(1, min(threads, count))
        let group = DispatchGroup()
        shared.workersLeft = workers
        for _ in 0..<workers {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                while true {
                    shared.condition.lock()
                    let index = shared.next
                    shared.next += 1
                    shared.condition.unlock()
                    if index >= count || cancelled() { break }
                    let output = work(index)
                    shared.condition.lock()
                    shared.finished.append((index, output))
                    shared.done += 1
                    if shared.finished.count >= 256 { shared.condition.signal() }
                    shared.condition.unlock()
                }
                shared.condition.lock()
                shared.workersLeft -= 1
                shared.condition.signal()
                shared.condition.unlock()
            }
        }
        while true {
            shared.condition.lock()
            if shared.finished.isEmpty && shared.workersLeft > 0 {
                _ = shared.condition.wait(until: Date().addingTimeInterval(interval))
            }
            let batch = shared.finished
            shared.finished = []
            let over = shared.workersLeft == 0
            shared.condition.unlock()
            if !batch.isEmpty { receive(batch) }
            if over && batch.isEmpty { break }
        }
        group.wait()
        shared.condition.lock()
        let rest = shared.finished
        shared.condition.unlock()
        if !rest.isEmpty { receive(rest) }
    }

    private final class Shared<Output>: @unchecked Sendable {
        let condition = NSCondition()
        var next = 0
        var done = 0
        var workersLeft = Int.max
        var finished: [(Int, Output)] = []
    }
}
