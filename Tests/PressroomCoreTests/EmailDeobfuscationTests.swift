import Testing
@testable import PressroomCore

/// The byte test that spares most lines the regular expressions must still let every spelling through.
@Suite struct EmailDeobfuscationTests {
    @Test func bracketWordsInAnyCaseAndScript() {
        #expect(EmailDeobfuscation.deobfuscated("presse [ÄT] beispiel [PUNKT] de") == "presse@beispiel.de")
        #expect(EmailDeobfuscation.deobfuscated("Kontakt: presse (ät) beispiel (punkt) de") == "Kontakt: presse@beispiel.de")
        #expect(EmailDeobfuscation.deobfuscated("jane < at > example [ Dot ] org") == "jane@example.org")
        #expect(EmailDeobfuscation.deobfuscated("jane AT example DOT org") == "jane@example.org")
    }

    /// The pre-test reads sixteen bytes at a time: a spelling is found wherever it falls against that stride.
    @Test func foundAtEveryOffset() {
        for pad in 0..<40 {
            let lead = String(repeating: "x", count: pad)
            #expect(EmailDeobfuscation.deobfuscated(lead + " jane [at] example [dot] org") == lead + " jane@example.org")
            #expect(EmailDeobfuscation.deobfuscated(lead + " jane AT example DOT org") == lead + " jane@example.org")
            #expect(EmailDeobfuscation.deobfuscated(lead + " jane(at)example.org") == lead + " jane@example.org")
        }
    }

    @Test func textWithoutObfuscationIsReturnedAsItIs() {
        for text in ["Jane Doe (Head of Policy) [English]", "available at www.example.org", "a {b} <c> (déjà)", ""] {
            #expect(EmailDeobfuscation.deobfuscated(text) == text)
        }
    }
}
