/// Which part of the screen the keys go to.
public enum Focus: Hashable, Sendable {
    case list, detail, search
}
