/// Work the update asks the backend to do; `update` itself never touches the world.
public enum Effect: Hashable, Sendable {
    /// Put `text` on the clipboard; `what` names it for the status bar (`e-mail`).
    case copy(text: String, what: String)
    case openURL(String)
    /// Keep the search history (oldest first) for the next run.
    case saveHistory([String])
    /// Leave the screen, run a program on the terminal, come back; send back `.handedBack`.
    case handOver(HandOver)
    case quit
    /// Read the archive again and send back `.loaded`.
    case reload
    /// Repaint the whole terminal.
    case redraw
    /// Read the release's file again and parse it with reasons; send back `.explained` (or a message).
    case explain(releaseID: String)
    /// Read these paths again (`ArchiveLoader.reread`), merge what they hold into the current releases off
    /// the key path and send back `.merged`.
    case reread([String])
    /// Run `query` over the current releases off the key path (`typing`: its last word a prefix; `now`: the
    /// time `embargoed:now` means); send back `.searched` with `request`.
    case search(query: String, request: Int, typing: Bool, now: Int64)
}

/// What became of a link `Effect.openURL` asked to open.
public enum LinkOpening: Hashable, Sendable {
    /// Handed to this program (`firefox`, `xdg-open`).
    case opened(with: String)
    /// Neither `$BROWSER` nor `xdg-open` is there.
    case noOpener
    /// Not opened, on purpose: its scheme is not one `opens` allows.
    case refused
    /// The program could not be started (why, as the system says it).
    case failed(String)

    /// Whether a link may be handed to a browser: http, https and mailto only, since it comes from untrusted
    /// text (a `file:` or `javascript:` link is not opened). `update` words the refusal.
    public static func opens(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:")
    }
}
