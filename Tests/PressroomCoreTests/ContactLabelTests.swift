import Testing
@testable import PressroomCore

/// Labels, lead-ins and marks around the people of a contact block (fictional contacts): a label before a
/// person is not part of the name, a note or a phone mark is not a job title, and a lead-in sentence
/// introduces the contacts without being one.
@Suite struct ContactLabelTests {
    private func parse(_ block: String) -> [Contact] {
        ContactParser.parse(lines: block.components(separatedBy: "\n"))
    }

    @Test func labelBeforeThePersonIsNotTheName() {
        let contacts = parse("""
        Media contacts
        Media: Lena Virtanen, +41 22 555 01 99, lvirtanen@harbourtrust.example.org
        In the region: Tomas Okafor, +977 980 555 0177, tokafor@harbourtrust.example.org
        """)
        #expect(contacts.map(\.name) == ["Lena Virtanen", "Tomas Okafor"])
        #expect(contacts.map(\.phones) == [["+41225550199"], ["+9779805550177"]])
    }

    @Test func labelLinesOverStackedContacts() {
        let contacts = parse("""
        Before the event:
        Marit Solberg
        Events Coordinator
        +47 22 55 50 10
        On the day:
        Jonas Eide
        Press Officer
        +47 22 55 50 11
        """)
        #expect(contacts.map(\.name) == ["Marit Solberg", "Jonas Eide"])
        #expect(contacts.map(\.role) == ["Events Coordinator", "Press Officer"])
    }

    @Test func outOfHoursNumberBelongsToTheContactAbove() {
        let contacts = parse("""
        Media contact:
        Corin Walsh, Duty Officer
        Pelham Water Board
        613-555-0120, ext. 41
        Out of hours: 613-555-0121
        corin.walsh@pelhamwater.example.ca
        """)
        #expect(contacts == [Contact(name: "Corin Walsh", role: "Duty Officer", organization: "Pelham Water Board",
                                     phones: ["6135550120", "6135550121"], emails: ["corin.walsh@pelhamwater.example.ca"])])
    }

    @Test func deskWithOutOfHoursLineAndANote() {
        let contacts = parse("""
        Press enquiries
        Communications team
        Tel: 01632 960 512
        Out of hours: 01632 960 999 (ask for the duty press officer)
        Email: press@fernvale.example.org.uk
        """)
        #expect(contacts == [Contact(name: "Communications team", phones: ["01632960512", "01632960999"],
                                     emails: ["press@fernvale.example.org.uk"])])
    }

    @Test func phonePlaceLabelsInBracketsAreNotTitles() {
        let contacts = parse("""
        Renseignements :
        Éloïse Tremblay-Roy, attachée de presse
        514 555-0144 (bureau) | 514 555-0145 (cellulaire)
        etremblay@regroupement.example.qc.ca
        """)
        #expect(contacts == [Contact(name: "Éloïse Tremblay-Roy", role: "attachée de presse",
                                     phones: ["5145550144", "5145550145"], emails: ["etremblay@regroupement.example.qc.ca"])])
    }

    @Test func businessAndAfterHoursMarks() {
        let contacts = parse("""
        Contact: Warren Hale Executive Director 07/555 2101 (BH) 07/555 2102 (AH)
        Nell Prior   Vice Chair. GRWA 07/555 2103 (BH)
        """)
        #expect(contacts == [
            Contact(name: "Warren Hale", role: "Executive Director", phones: ["075552101", "075552102"]),
            Contact(name: "Nell Prior", role: "Vice Chair", organization: "GRWA", phones: ["075552103"]),
        ])
    }

    @Test func titleBeforeTheNameWithWorkAndHomeMarks() {
        let contacts = parse("""
        For further information: Contact Senator Ada Whitlock - (07) 555 3640 (W) (07) 555 8333 (H)
        """)
        #expect(contacts == [Contact(name: "Ada Whitlock", role: "Senator", phones: ["075553640", "075558333"])])
    }

    @Test func roleAtOrganisation() {
        let contacts = parse("""
        Media contacts:
        Ines Carvalho, Communications Manager at FERA
        Email: icarvalho@fera.example.eu
        Pavel Novak, Project Manager at Lakeside Network (Prague office)
        Email: pnovak@lakeside.example.org
        """)
        #expect(contacts == [
            Contact(name: "Ines Carvalho", role: "Communications Manager", organization: "FERA", emails: ["icarvalho@fera.example.eu"]),
            Contact(name: "Pavel Novak", role: "Project Manager", organization: "Lakeside Network (Prague office)",
                    emails: ["pnovak@lakeside.example.org"]),
        ])
    }

    @Test func proseLeadInIsAHeading() {
        let contacts = parse("""
        For further information, including interview requests with the authors, please
        contact either:

        Ines Carvalho, Communications Manager at FERA
        Email: icarvalho@fera.example.eu
        """)
        #expect(contacts == [Contact(name: "Ines Carvalho", role: "Communications Manager", organization: "FERA",
                                     emails: ["icarvalho@fera.example.eu"])])
    }

    @Test func leadInThatNamesTheContact() {
        let contacts = parse("""
        Moira Dunleavy can be contacted at:

        moira@dunleavy.example.ca | Phone: 250 555 0199 Website: http://www.dunleavy.example.ca
        """)
        #expect(contacts.map(\.name) == ["Moira Dunleavy"])
        #expect(contacts.first?.phones == ["2505550199"])
    }

    @Test func organisationOverSeveralStackedLines() {
        let contacts = parse("""
        Contact for further information:
        Dr. Tavita Leone
        Hydrologist
        School of Earth Sciences
        University of the Western Atolls
        email: tleone@uwa.example.edu
        """)
        #expect(contacts == [Contact(name: "Dr. Tavita Leone", role: "Hydrologist",
                                     organization: "School of Earth Sciences, University of the Western Atolls",
                                     emails: ["tleone@uwa.example.edu"])])
    }

    @Test func headingForJournalistsInGerman() {
        #expect(ContactVocabulary.isHeading("Kontakt für Medienschaffende"))
    }

    @Test func twoColumnsWithTheOrganisationOverTwoLinesAboveThePerson() {
        let contacts = parse("""
        Offene Daten Nord e. V.                               Bürgerbegehren e. V. Landesverband
        Klara Voss, +49 40 555 10 20,                         Hamburg/Schleswig-Holstein
        klara.voss@offenedaten.example.de                     Jens Brandt, +49 171 555 0199,
                                                              jens.brandt@buergerbegehren.example.de
        """)
        #expect(contacts == [
            Contact(name: "Klara Voss", organization: "Offene Daten Nord e. V.", phones: ["+49405551020"],
                    emails: ["klara.voss@offenedaten.example.de"]),
            Contact(name: "Jens Brandt", organization: "Bürgerbegehren e. V. Landesverband Hamburg/Schleswig-Holstein",
                    phones: ["+491715550199"], emails: ["jens.brandt@buergerbegehren.example.de"]),
        ])
    }

    @Test func stackedCompanyNameUnderThePerson() {
        let contacts = parse("""
        Investor Contact:
        Priya Anand-Holt
        Quillfeather Biosciences
        (617) 555-0177
        ir@quillfeather.example.com

        Medienkontakt:
        Dr. Lotte Ebner
        Oberärztin Kardiologie
        +49 89 555 0144
        """)
        #expect(contacts == [
            Contact(name: "Priya Anand-Holt", organization: "Quillfeather Biosciences", phones: ["6175550177"],
                    emails: ["ir@quillfeather.example.com"]),
            Contact(name: "Dr. Lotte Ebner", role: "Oberärztin Kardiologie", phones: ["+49895550144"]),
        ])
    }

    /// Each phone keeps what was printed: the number with its extension, its E.164 form where the country code
    /// is printed, and its label, before it (`Out of hours:`) or in brackets after it (`(cellulaire)`).
    @Test func phoneDetailsKeepWhatWasPrinted() {
        let contacts = parse("""
        Media contact:
        Corin Walsh, Duty Officer
        Tel: +1 613-555-0120, ext. 41
        Out of hours: 613-555-0121
        514 555-0145 (cellulaire)
        """)
        #expect(contacts.first?.phones == ["+16135550120", "6135550121", "5145550145"])
        #expect(contacts.first?.phoneDetails == [
            PhoneDetail(printed: "+1 613-555-0120, ext. 41", e164: "+16135550120", label: "Tel"),
            PhoneDetail(printed: "613-555-0121", label: "Out of hours"),
            PhoneDetail(printed: "514 555-0145", label: "cellulaire"),
        ])
    }
}

