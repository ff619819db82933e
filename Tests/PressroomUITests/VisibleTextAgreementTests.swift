import Testing
import PressroomCore
@testable import PressroomUI

/// The exports' sanitiser (`VisibleText`, in PressroomCore) and the browser's (`DisplayWidth`) show the same
/// placeholder for every scalar: what a user sees on screen is what an exported file holds.
@Suite struct VisibleTextAgreementTests {
    @Test func thePlaceholdersAgreeBelowU3000() {
        var disagreements: [String] = []
        for v in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let core = VisibleText.placeholder(for: scalar), ui = DisplayWidth.placeholder(for: scalar)
            if core != ui { disagreements.append(String(v, radix: 16)) }
        }
        #expect(disagreements.isEmpty, "U+\(disagreements.prefix(20).joined(separator: ", U+"))")
    }

    @Test func thePlaceholdersAgreeOverEveryPlane() {
        var disagreements = 0
        for v in UInt32(0x3000)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            if VisibleText.placeholder(for: scalar) != DisplayWidth.placeholder(for: scalar) { disagreements += 1 }
        }
        #expect(disagreements == 0)
    }

    @Test func sanitisedTextMatchesTheBrowsersForControlsAndOverrides() {
        let text = "a\u{1B}[2Jb\u{7}c\u{9B}d\u{202E}e\u{2067}f\u{7F}"
        #expect(VisibleText.sanitized(text) == DisplayWidth.sanitized(text))
    }
}
