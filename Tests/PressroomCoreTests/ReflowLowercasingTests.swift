import Testing
@testable import PressroomCore

/// The ASCII lower-casing used before restoring hyphens matches the general one, and declines other text.
@Suite struct ReflowLowercasingTests {
    @Test func asciiTextIsLoweredLikeTheGeneralPath() {
        for s in ["", "KP-Certified", "ABC xyz [@`{] 0-9 Z", "kpcertified"] {
            #expect(Reflow.asciiLowercased(s) == TextScan.lowercased(s))
        }
        #expect(Reflow.asciiLowercased("Évian") == nil)
        #expect(Reflow.restoreHyphens("The KPcertified mines.", evidence: HyphenationEvidence(lines: ["KP-certified diamonds"]))
                == "The KP-certified mines.")
    }
}
