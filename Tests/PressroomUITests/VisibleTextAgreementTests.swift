import Testing
import PressroomCore
@testable import PressroomUI

/// The exports' sanitiser (`VisibleText`, in PressroomCore, which the browser's `DisplayWidth.placeholder`
/// calls) keeps its own table of unprintable code points; it must agree with the browser's width table,
/// which gives them width -1: `widthTablePlaceholder` is the definition read off that table.
@Suite struct VisibleTextAgreementTests {
    func widthTablePlaceholder(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        if v < 0x20 { return Unicode.Scalar(0x2400 + v) }
        if v == 0x7F { return "\u{2421}" }
        if v < 0xA0 { return v >= 0x80 ? "\u{FFFD}" : nil }
        if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) { return "\u{FFFD}" }
        if v == 0x2028 || v == 0x2029 { return "\u{FFFD}" }
        if v >= 0x300 && DisplayWidth.of(scalar) < 0 { return "\u{FFFD}" }
        return nil
    }

    @Test func thePlaceholdersAgreeBelowU3000() {
        var disagreements: [String] = []
        for v in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let core = VisibleText.placeholder(for: scalar), ui = widthTablePlaceholder(scalar)
            if core != ui { disagreements.append(String(v, radix: 16)) }
        }
        #expect(disagreements.isEmpty, "U+\(disagreements.prefix(20).joined(separator: ", U+"))")
    }

    @Test func thePlaceholdersAgreeOverEveryPlane() {
        var disagreements = 0
        for v in UInt32(0x3000)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            if VisibleText.placeholder(for: scalar) != widthTablePlaceholder(scalar) { disagreements += 1 }
        }
        #expect(disagreements == 0)
    }

    @Test func sanitisedTextMatchesTheBrowsersForControlsAndOverrides() {
        let text = "a\u{1B}[2Jb\u{7}c\u{9B}d\u{202E}e\u{2067}f\u{7F}"
        #expect(VisibleText.sanitized(text) == DisplayWidth.sanitized(text))
    }
}
