import Foundation

/// Puts text on the clipboard: by OSC 52 (the terminal's clipboard, also over ssh and through tmux), and
/// by `wl-copy` or `xclip` when a display is there to receive it.
enum Clipboard {
    /// The OSC 52 sequence that sets the clipboard to `text`.
    static func osc52(_ text: String) -> String {
        "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
    }

    /// Copies `text` (OSC 52 is always sent); returns the other tools that took it too.
    static func copy(_ text: String, writeToTerminal: (String) -> Void) -> [String] {
        writeToTerminal(osc52(text))
        var used: [String] = []
        let env = ProcessInfo.processInfo.environment
        if env["WAYLAND_DISPLAY"] != nil, let tool = Executables.find("wl-copy"), feed(text, to: tool, []) {
            used.append("wl-copy")
        } else if env["DISPLAY"] != nil, let tool = Executables.find("xclip"),
                  feed(text, to: tool, ["-selection", "clipboard"]) {
            used.append("xclip")
        }
        return used
    }

    /// Starts `tool` with `text` on its stdin, without a shell and without waiting (both tools fork to keep
    /// serving the selection).
    private static func feed(_ text: String, to tool: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            input.fileHandleForWriting.write(Data(text.utf8))
            try input.fileHandleForWriting.close()
            return true
        } catch {
            return false
        }
    }
}

/// Finding programs on `PATH`.
enum Executables {
    static func find(_ name: String) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = dir + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
