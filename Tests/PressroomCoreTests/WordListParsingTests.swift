import Foundation
import Testing
@testable import PressroomCore

/// The word list is split and lower-cased eight bytes at a time; it holds exactly the entries a line-by-line
/// reading keeps: no apostrophes, no entries starting with two capitals, lower-cased.
@Suite struct WordListParsingTests {
    /// The kept entries, read line by line on Strings.
    static func reference(_ text: String) -> [String] {
        // Split at newline bytes (`\r\n` is one Character, so a Character split would not see it).
        Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false).compactMap { raw -> String? in
            var u = Array(raw)
            if u.last == 0x0D { u.removeLast() }
            guard !u.isEmpty, !u.contains(0x27) else { return nil }
            if u.count >= 2, u[0] >= 0x41, u[0] <= 0x5A, u[1] >= 0x41, u[1] <= 0x5A { return nil }
            return String(decoding: u, as: UTF8.self).lowercased()
        }
    }

    static func parse(_ text: String) -> WordSet {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBytes { WordList.words(in: UnsafeRawBufferPointer($0)) }
    }

    @Test func keepsWhatALineByLineReadingKeeps() {
        var lines = ["Aachen", "ING", "MEd", "Xavier", "don't", "o'clock", "café", "Zürich", "naïve", "a", "I", "Ab",
                     "abcdefg", "abcdefgh", "abcdefghi", "ABCDEFGHIJKLMNOP", "quietly\r", "Mixed-Case\r", "", "tail's"]
        for k in 1...20 { lines.append(String(repeating: "Q", count: 1) + String(repeating: "w", count: k)) }
        for k in 1...20 { lines.append(String(repeating: "x", count: k) + "'s") }
        for text in [lines.joined(separator: "\n"), lines.joined(separator: "\n") + "\n", lines.reversed().joined(separator: "\n")] {
            let words = Self.parse(text)
            let kept = Self.reference(text)
            for w in kept { #expect(words.contains(w), "\(w)") }
            for w in ["ing", "med", "don't", "o'clock", "tail's", "quietly\r", "mixed-case\r", "xs"] where !kept.contains(w) {
                #expect(!words.contains(w), "\(w)")
            }
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/dict/words"), "no word list installed"))
    func theInstalledListIsReadWhole() throws {
        let text = try String(contentsOfFile: "/usr/share/dict/words", encoding: .utf8)
        let words = Self.parse(text)
        let kept = Self.reference(text)
        #expect(kept.count > 50_000)
        #expect(kept.allSatisfy { words.contains($0) })
    }
}
