import Testing
@testable import PressroomCore

/// The byte lower-casing used before restoring hyphens matches the general one, and declines other text.
@Suite struct ReflowLowercasingTests {
    @Test func asciiTextIsLoweredLikeTheGeneralPath() {
        for s in ["", "KP-Certified", "ABC xyz [@`{] 0-9 Z", "kpcertified", "Évian “ÀÉÎÕÜ×ÞÿØ” – KP-Certified—", "Müller’s"] {
            #expect(TextScan.withBytes(s) { Reflow.lowercasedBytes($0) } == Array(TextScan.lowercased(s).utf8), "\(s)")
            #expect(Reflow.lowercasedBytes(s) == Array(TextScan.lowercased(s).utf8), "\(s)")
        }
        for s in ["İstanbul", "ΣΑΣ", "Œuvre", "Kelvin \u{212A}", "東京", "e\u{301}"] {
            #expect(TextScan.withBytes(s) { Reflow.lowercasedBytes($0) } == nil, "\(s)")
            #expect(Reflow.lowercasedBytes(s) == Array(TextScan.lowercased(s).utf8), "\(s)")
        }
        #expect(Reflow.restoreHyphens("The KPcertified mines.", evidence: HyphenationEvidence(lines: ["KP-certified diamonds"]))
                == "The KP-certified mines.")
    }
}
