/// How far the background load has come, for the status bar: files settled of all files, and the rate.
public struct LoadingStatus: Hashable, Sendable {
    public var done: Int
    public var total: Int
    /// Files parsed a second (0 before the first are done).
    public var rate: Double
    /// `r` started it (the end says "Reloaded"); else the start of the browser did.
    public var isReload: Bool

    public init(done: Int = 0, total: Int = 0, rate: Double = 0, isReload: Bool = false) {
        self.done = done
        self.total = total
        self.rate = rate
        self.isReload = isReload
    }

    /// `loading 1200/20000 · 850/s` (compact: `1200/20000`).
    func text(compact: Bool) -> String {
        let count = total > 0 ? "\(done)/\(total)" : "…"
        if compact { return "⟳\(count)" }
        return "loading \(count)" + (rate >= 1 ? " · \(Int(rate.rounded()))/s" : "")
    }
}
