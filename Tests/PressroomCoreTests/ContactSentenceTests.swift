import Testing
@testable import PressroomCore

/// `ReleaseLexicon.startsContactSentence` decides most lines from a folded window of bytes, accents later in the
/// line included; it must agree with the character definition (the first 60 characters folded).
@Suite struct ContactSentenceTests {
    static let lines = [
        "For further information, please contact Amélie Durand on +33 1 23 45 67 89 or amelie@réseau.fr",
        "For more information contact Jürgen Müller", "Für weitere Informationen wenden Sie sich an Frau Öztürk",
        "Pour plus d'informations, contactez Hélène", "Para más información: prensa@fundación.org",
        "Media enquiries: Zoë Smith", "Contact: Renée", "Contacté hier, le ministère a répondu", "Press enquiries é",
        "Mais informações: assessoria@exemplo.br", "  For  further   information\u{301} see below",
        "For further informatio\u{301}n", "For further information" + String(repeating: " ", count: 50) + "é",
        "F\u{301}or further information", "Contact\u{301} us", "Kontakt: presse@grünes-tal.de", "We thank Ørsted",
        "The minister said — in a statement — that …", "For media inquiries", "contact:é", "contact é",
        String(repeating: "x", count: 59) + "é", "For interviews\r\nplease call",
    ]

    @Test func bytesAgreeWithCharacters() {
        for line in Self.lines {
            #expect(ReleaseLexicon.startsContactSentence(line) == ReleaseLexicon.startsContactSentencePlain(line), "\(line.debugDescription)")
        }
        #expect(ReleaseLexicon.startsContactSentence("For further information, please contact Amélie Durand on +33 1 23 45 67 89"))
        #expect(!ReleaseLexicon.startsContactSentence("Contacté hier, le ministère a répondu"))
    }
}
