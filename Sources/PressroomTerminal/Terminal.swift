@preconcurrency import CNcursesw
import Glibc
import PressroomUI

/// The ncurses backend. PLACEHOLDER (skeleton); the browser work replaces it.
public enum Terminal {
    public static var isUsable: Bool { isatty(1) == 1 }
}
