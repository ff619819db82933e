/// A key as the browser sees it, whatever terminal it came from.
public enum Key: Hashable, Sendable {
    /// A printable character (Space is `.character(" ")`).
    case character(Character)
    /// Ctrl plus a letter, given in lower case (`.control("d")` is Ctrl-D).
    case control(Character)
    case up, down, left, right, home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)

    /// How the help overlay writes the key.
    public var name: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-" + c.uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .function(let n): "F\(n)"
        }
    }
}

/// What the mouse did, and where.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case wheelUp, wheelDown, click, doubleClick }
    public var kind: Kind
    public var row: Int
    public var column: Int
    public init(_ kind: Kind, row: Int, column: Int) {
        self.kind = kind
        self.row = row
        self.column = column
    }
}

/// Anything the terminal reports.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(Size)
}
