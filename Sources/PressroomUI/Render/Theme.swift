/// The style of each part of the screen. Views ask the theme, never pick colours themselves, so that
/// monochrome (`NO_COLOR`, or a terminal without colours) is one switch.
public struct Theme: Hashable, Sendable {
    public var normal: Style
    public var dim: Style
    public var selected: Style
    /// The list's selected row while the detail beside it has the keys.
    public var selectedInactive: Style
    public var highlight: Style
    public var selectedHighlight: Style
    public var currentMatch: Style
    public var headline: Style
    public var organization: Style
    public var heading: Style
    public var link: Style
    public var border: Style
    /// The line between the panes while the detail has the keys.
    public var activeBorder: Style
    public var statusBar: Style
    public var statusMessage: Style
    public var statusError: Style
    public var searchPrompt: Style
    public var overlay: Style
    public var overlayTitle: Style
    public var overlayKey: Style
    public var contactMarker: Style
    /// An embargo: the release instruction in the detail, the mark in the list.
    public var warning: Style
    /// The list's header row.
    public var columnHeader: Style

    /// Colours on the terminal's default background (`use_default_colors`).
    public static let color = Theme(
        normal: .plain,
        dim: Style(attributes: .dim),
        selected: Style(attributes: .reverse),
        selectedInactive: Style(attributes: [.reverse, .dim]),
        highlight: Style(foreground: .yellow, attributes: .bold),
        selectedHighlight: Style(foreground: .yellow, attributes: [.bold, .reverse]),
        currentMatch: Style(foreground: .black, background: .yellow, attributes: .bold),
        headline: Style(attributes: .bold),
        organization: Style(foreground: .cyan),
        heading: Style(foreground: .green, attributes: .bold),
        link: Style(foreground: .blue, attributes: .underline),
        border: Style(attributes: .dim),
        activeBorder: Style(foreground: .green, attributes: .bold),
        statusBar: Style(attributes: .reverse),
        statusMessage: Style(foreground: .green, attributes: [.reverse, .bold]),
        statusError: Style(foreground: .red, attributes: [.reverse, .bold]),
        searchPrompt: Style(foreground: .yellow, attributes: .bold),
        overlay: .plain,
        overlayTitle: Style(attributes: [.bold, .reverse]),
        overlayKey: Style(foreground: .yellow, attributes: .bold),
        contactMarker: Style(foreground: .yellow, attributes: .bold),
        warning: Style(foreground: .red, attributes: .bold),
        columnHeader: Style(attributes: [.bold, .underline]))

    /// Bold and reverse only: for `NO_COLOR` and terminals without colours.
    public static let monochrome = Theme(
        normal: .plain,
        dim: .plain,
        selected: Style(attributes: .reverse),
        selectedInactive: Style(attributes: .bold),
        highlight: Style(attributes: .bold),
        selectedHighlight: Style(attributes: [.bold, .reverse]),
        currentMatch: Style(attributes: [.bold, .reverse]),
        headline: Style(attributes: .bold),
        organization: .plain,
        heading: Style(attributes: .bold),
        link: .plain,
        border: .plain,
        activeBorder: Style(attributes: .bold),
        statusBar: Style(attributes: .reverse),
        statusMessage: Style(attributes: [.reverse, .bold]),
        statusError: Style(attributes: [.reverse, .bold]),
        searchPrompt: Style(attributes: .bold),
        overlay: .plain,
        overlayTitle: Style(attributes: [.bold, .reverse]),
        overlayKey: Style(attributes: .bold),
        contactMarker: Style(attributes: .bold),
        warning: Style(attributes: [.bold, .underline]),
        columnHeader: Style(attributes: [.bold, .underline]))
}
