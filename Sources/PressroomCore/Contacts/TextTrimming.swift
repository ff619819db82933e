/// Trimming without Foundation's `CharacterSet` (which bridges through NSString and is slow on Linux).
extension StringProtocol {
    /// Without leading and trailing spaces, tabs and line breaks.
    func trimmed() -> String {
        trimmed { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{A0}" }
    }

    /// Without leading and trailing characters from `characters`.
    func trimmed(_ characters: String) -> String {
        trimmed { characters.contains($0) }
    }

    private func trimmed(where strip: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !strip($0) }) else { return "" }
        var last = index(before: endIndex)
        while strip(self[last]) { last = index(before: last) }
        return String(self[first...last])
    }
}
