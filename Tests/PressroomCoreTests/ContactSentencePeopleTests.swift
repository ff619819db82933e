import Foundation
import Testing
@testable import PressroomCore

/// Contacts printed in a sentence: two people each before their own number (`please contact Jane Doe at … or
/// Tom Beck on …`), a number wrapped after its hyphen (`027- 555-0142`), and a desk named after `contact the`.
@Suite struct ContactSentencePeopleTests {
    @Test func twoPeopleInOneSentenceAreTwoContacts() {
        let c = ContactParser.parse(lines: ["For more information, please contact Mina Roe at 384-2291 or Tom Beck on 027- 555-0142"])
        #expect(c.map(\.name) == ["Mina Roe", "Tom Beck"])
        #expect(c.map(\.phones) == [["3842291"], ["0275550142"]])
    }

    @Test func aSecondNumberWithoutANameStaysWithThePerson() {
        let c = ContactParser.parse(lines: ["Please contact Kim Alder on 06-350-5190 or 021-254-4573 to attend."])
        #expect(c.count == 1)
        #expect(c.first?.phones.count == 2)
        #expect(ContactLeadIn.splitPeople("Please contact Kim Alder on 06-350-5190 or 021-254-4573 to attend.") == nil)
    }

    @Test func peopleAndTheirAddressesSplitOnlyInASentenceOfContacting() {
        #expect(ContactLeadIn.splitPeople("Call Mina Roe at 384-2291, or Tom Beck: tom@harbourtrust.example")
                == ["Mina Roe, 384-2291", "Tom Beck, tom@harbourtrust.example"])
        #expect(ContactLeadIn.splitPeople("Mina Roe 384-2291 and Tom Beck 555-0142 were elected in 2021.") == nil)
        #expect(ContactLeadIn.splitPeople("Contact: Harbour Trust, 384-2291 or 555-0142") == nil)
    }

    @Test func aNumberWrappedAfterItsHyphenIsOneNumber() {
        #expect(PhoneNumber.phones(in: "Tom Beck 027- 555-0142") == ["0275550142"])
        #expect(PhoneNumber.phones(in: "office 06 871 5000- 8am to 5pm") == ["068715000"])
    }

    @Test func aDeskNamedInALeadInSentence() {
        #expect(ContactDraft.deskNamedIn("For more information visit us online or contact the Harbour Trust Press Office at") == "Harbour Trust Press Office")
        #expect(ContactDraft.deskNamedIn("For more information please contact Harbour Trust at") == nil)
        let c = ContactParser.parse(lines: ["For more information visit the Harbour Trust online at http://www.harbourtrust.example or contact the Harbour Trust Press Office at press@harbourtrust.example"])
        #expect(c.first?.name == "Harbour Trust Press Office")
    }

    @Test func theQuickVerbTestPassesEveryContactingSentence() {
        for line in ["please contact Jane Doe at 555", "CALL Jane Doe", "Kontaktieren Sie Lena", "bitte wenden Sie sich an",
                     "llame a Ana", "contate Ana", "or e-mail Tom"] {
            #expect(ContactLeadIn.mayHoldVerbOfContacting(line), "\(line)")
        }
        #expect(!ContactLeadIn.mayHoldVerbOfContacting("Jane Doe, 384-2291, Tom Beck, 555-0142"))
    }
}
