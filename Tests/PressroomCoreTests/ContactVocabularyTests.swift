import Testing
@testable import PressroomCore

/// Labels are recognised folded, whatever their accents or case; the quick tests before folding (and the
/// labels remembered once read) must not change which text is a label.
@Suite struct ContactVocabularyTests {
    @Test func labelsWithAccentsAndInAnyCase() {
        #expect(ContactVocabulary.fieldLabel("Téléphone") == .phone)
        #expect(ContactVocabulary.fieldLabel("TÉLÉPHONE :") == .phone)
        #expect(ContactVocabulary.fieldLabel("Télécopie") == .fax)
        #expect(ContactVocabulary.fieldLabel("Teléfono móvil") == .phone)
        #expect(ContactVocabulary.fieldLabel("Tele\u{301}fono") == .phone)
        #expect(ContactVocabulary.fieldLabel("Correo electrónico") == .email)
        #expect(ContactVocabulary.fieldLabel("Função") == .role)
        #expect(ContactVocabulary.fieldLabel("Société") == .organization)
        #expect(ContactVocabulary.fieldLabel("Tél./Fax") == .phone)
        #expect(ContactVocabulary.phoneLabelKind("Tél.") == .phone)
        #expect(ContactVocabulary.phoneLabelKind("Télécopieur") == .fax)
    }

    @Test func namesAndTitlesAreNoLabels() {
        for text in ["Jörg Weiß", "Zoë", "Chargée de communication", "Directora de Comunicación", "Téléphone portable Jörg"] {
            #expect(ContactVocabulary.fieldLabel(text) == nil, "\(text)")
        }
        // Asked twice: the remembered answer is the same.
        #expect(ContactVocabulary.fieldLabel("Mobile / WhatsApp") == .phone)
        #expect(ContactVocabulary.fieldLabel("Mobile / WhatsApp") == .phone)
    }
}
