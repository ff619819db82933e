import Foundation
import PressroomUI

/// Opens a link with `$BROWSER` or `xdg-open`, started without a shell (the URL comes from untrusted text).
enum LinkOpener {
    static func open(_ url: String) -> LinkOpening {
        guard LinkOpening.opens(url) else { return .refused }
        guard let (program, arguments) = opener(for: url) else { return .noOpener }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            return .opened(with: (program as NSString).lastPathComponent)
        } catch {
            return .failed("\(error)")
        }
    }

    /// `$BROWSER` (its first `:`-separated entry, split into words; `%s` stands for the URL), else `xdg-open`.
    static func opener(for url: String) -> (String, [String])? {
        if let browser = ProcessInfo.processInfo.environment["BROWSER"],
           let first = browser.split(separator: ":").first {
            let words = first.split(separator: " ").map(String.init)
            if let name = words.first, let program = Executables.find(name) {
                var arguments = Array(words.dropFirst())
                if let i = arguments.firstIndex(of: "%s") { arguments[i] = url } else { arguments.append(url) }
                return (program, arguments)
            }
        }
        if let program = Executables.find("xdg-open") { return (program, [url]) }
        return nil
    }
}
