import Testing
@testable import PressroomCore

/// The contact vocabulary's byte paths for ASCII text (`ASCIIWordSet` lookups, words cut on bytes) must give
/// the answers of the character paths that other text takes.
@Suite struct ASCIIWordSetTests {
    private func has(_ set: ASCIIWordSet, _ word: String) -> Bool {
        var copy = word
        return copy.withUTF8 { set.contains($0) }
    }

    @Test func holdsExactlyItsASCIIWords() {
        let set = ASCIIWordSet(["press", "media", "e-mail", "à", "kontaktieren"])
        #expect(has(set, "press") && has(set, "media") && has(set, "e-mail") && has(set, "kontaktieren"))
        #expect(!has(set, "pres") && !has(set, "presss") && !has(set, "Press") && !has(set, "") && !has(set, "à"))
        #expect(set.longest == 12)
        #expect(!set.contains("à") && set.contains("media"))
    }

    /// Texts whose answers do not change when a word of no list is added: `é` sends the text down the
    /// character path.
    static let phrases = [
        "Head of Communications", "Communications Officer", "Press Office", "Public Relations Unit", "Jane Doe",
        "Marlow Ridge University", "Brightline PR", "Lotus Grid Energy JSC", "Pressesprecherin", "Co-Founder",
        "e.V.", "Stiftung Warentest e.V.", "Team Lead", "Hotline", "Referentin Presse", "Office", "",
        "Abteilungsleiter", "Senior Vice-President", "media-desk", "Newsroom", "jane@example.org",
    ]

    @Test(arguments: phrases)
    func rolesDesksAndOrganisationsAgreeWithTheCharacterPath(text: String) {
        let other = text + " é"
        #expect(ContactVocabulary.isRole(text) == ContactVocabulary.isRole(other))
        #expect(ContactVocabulary.isDesk(text) == ContactVocabulary.isDesk(other))
        #expect(ContactVocabulary.isOrganization("x " + text) == ContactVocabulary.isOrganization("x " + other))
    }

    @Test func readsRolesDesksAndOrganisations() {
        #expect(ContactVocabulary.isRole("Head of Communications") && !ContactVocabulary.isRole("Jane Doe"))
        #expect(ContactVocabulary.isRole("Pressereferentin") && ContactVocabulary.isRole("Abteilungsleiter"))
        #expect(ContactVocabulary.isDesk("Press Office") && !ContactVocabulary.isDesk("Head of Communications Office"))
        #expect(ContactVocabulary.isOrganization("ZELA") && ContactVocabulary.isOrganization("Stiftung Warentest e.V."))
        #expect(ContactVocabulary.isOrganization("Lotus Grid Energy JSC") && !ContactVocabulary.isOrganization("Jane Doe"))
        #expect(!ContactVocabulary.isOrganization("Zela") && !ContactVocabulary.isOrganization("TOO-LONG-ACRONYM"))
    }

    @Test(arguments: ["Tel.", "Tel./Fax", "E-mail", "Mobile & WhatsApp", "Phone number", "Jane Doe", "Tel.: ", "",
                      "Courriel", "Mobilfunknummernverzeichnis", "tel fixe", "Téléphone", "Press", "x"])
    func labelTokensAgreeWithTheStringPath(text: String) {
        #expect(ContactVocabulary.mayBeLabel(text) == ContactVocabulary.mayBeLabelByStrings(text))
    }

    @Test func connectivesAreCutFromTheEnds() {
        #expect(ContactLine.withoutConnectives("please contact Elif Kaya") == "Elif Kaya")
        #expect(ContactLine.withoutConnectives("Please Contact Elif Kaya") == "Elif Kaya")
        #expect(ContactLine.withoutConnectives("please contact Zoë Kaya") == "Zoë Kaya")
        #expect(ContactLine.withoutConnectives("Head of Policy on") == "Head of Policy")
        #expect(ContactLine.withoutConnectives("or at") == "")
        #expect(ContactLine.withoutConnectives("At Home") == "At Home")
        #expect(ContactLine.withoutConnectives(" Jane   Doe ") == "Jane Doe")
        #expect(ContactLine.withoutConnectives("Jane Doe") == "Jane Doe")
        #expect(ContactLine.withoutConnectives("contact:") == "")
    }

    @Test func headingsAreReadOnBytes() {
        for heading in ["Media contact:", "Press Office", "For more information, contact:", "Contacts presse",
                        "Pressekontakt", "Media enquiries -", "Contact d'informations", "Kontakt für Medien"] {
            #expect(ContactVocabulary.isHeading(heading), "\(heading)")
        }
        for text in ["Office", "Jane Doe", "Head of Communications", "Contact 2", "contact@x.org", "Press Office Manager",
                     "Media contact: Jane Doe, Head of Communications, Brightline"] {
            #expect(!ContactVocabulary.isHeading(text), "\(text)")
        }
    }

    /// The obfuscation pre-test reads long text 64 bytes at a time: an address must be found wherever it falls.
    @Test(arguments: [0, 1, 13, 60, 62, 63, 64, 65, 66, 127, 128, 130])
    func obfuscatedAddressesAreFoundAtAnyOffset(offset: Int) {
        let pad = String(repeating: "Lorem ", count: 30)
        let lead = String(repeating: "x", count: offset)
        #expect(LinkExtractor.links(in: lead + " jane [at] example [dot] org " + pad) == ["mailto:jane@example.org"])
        #expect(LinkExtractor.links(in: lead + " jane at example dot org " + pad) == ["mailto:jane@example.org"])
        #expect(LinkExtractor.links(in: lead + " jane AT example DOT org " + pad) == ["mailto:jane@example.org"])
        #expect(LinkExtractor.links(in: lead + " at home, dotted " + pad).isEmpty)
    }
}
