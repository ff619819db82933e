import PressroomCore

/// The browser's whole state. PLACEHOLDER (skeleton); the browser work replaces it.
public struct AppState: Sendable {
    public var releases: [Release]
    public init(releases: [Release]) { self.releases = releases }
}
