import Testing
@testable import PressroomCore

/// `isContactLine` and `isContactHeading` decide where a release's body stops: they must be precise.
@Suite struct ContactLineTests {
    @Test(arguments: [
        "Media contact:", "Media Contact", "Media contacts", "Press enquiries", "Contacts", "Contact",
        "For more information, contact:", "For further information please contact:", "More information:",
        "RSVP and media enquiries", "For enquiries:", "Press Office", "## Press enquiries", "**Media contact**",
        "Contacts presse", "Contact presse", "Pour plus d’informations, contactez :", "Relations presse",
        "Contacto de prensa", "Contactos de prensa", "Para más información:", "Departamento de Comunicación",
        "Contato para imprensa", "Assessoria de imprensa", "Para mais informações:", "Contato",
        "Pressekontakt", "Pressekontakt:", "Für Rückfragen:", "Ansprechpartnerin", "Pressestelle",
        "Public Relations Unit", "Press contact / Contact presse",
    ])
    func headings(line: String) {
        #expect(ContactParser.isContactHeading(line))
    }

    @Test(arguments: [
        "Notes to editors", "About the Coalition", "Background information", "Press Release", "PRESS RELEASE",
        "Contact us today to book your place.", "The office will open on Monday.", "Media Advisory",
        "COMMUNIQUÉ DE PRESSE", "Über die Stiftung", "Sobre o Instituto", "Media inquiries: media@example.org",
        "Information for 2024", "Press enquiries 020 7946 0000", "",
    ])
    func notHeadings(line: String) {
        #expect(!ContactParser.isContactHeading(line))
    }

    @Test(arguments: [
        "Name: Brian Otieno", "Title: Communications Officer", "Tel: +254 (0)20 555 4410",
        "WhatsApp: +254 722 555 904", "Email: b.otieno@example.org", "E-mail : presse@example.de",
        "Tel.: +34 942 555 318", "Tél. : 01 23 45 67 89", "Telefon: 040 3861 2270", "Mob. 07700 900412",
        "prensa@example.es", "Media inquiries: media@example.ca", "(617) 555-0142",
        "Harriet Lane, Head of Communications, +44 (0)20 7946 0381 –",
        "Aminata Sow, chargée de communication – +221 77 555 12 90 –",
        "Jess Carey | Media Manager | 0491 570 156 | jess@example.com.au",
        "jane.doe [at] example [dot] org", "+82 2 555 0143                               +49 (0)30 5555 0217",
        "Telefone: (11) 98765-4321",
    ])
    func contactLines(line: String) {
        #expect(ContactLineShape.isContactLine(line))
    }

    @Test(arguments: [
        "The audit found that 94% of samples met the standard in 2023.",
        "More than 2,300 paddlers registered trips through the corridor last season, and 1,840 households",
        "Según los datos, 61.240 personas presenciaron las regatas, frente a las 51.900 de 2023.",
        "The full audit is available at www.example.org/audit2023. The network will present it on 25 May.",
        "If you have questions about the programme, write to info@example.org and our team will answer within a week.",
        "WHEN: Thursday, 28 November 2024, 09:00–11:30 (registration from 08:30).",
        "Date: 14.11.2023", "2024-11-14", "Page 2 of 2", "www.example.org | Twitter: @Example",
        "mailto:jane@example.org", "http://www.example.org/", "Web: example.com.au", "Issued on 3rd March, 2025",
        "Die Stiftung hat rund 2,4 Millionen Euro investiert.", "",
    ])
    func notContactLines(line: String) {
        #expect(!ContactLineShape.isContactLine(line))
    }

    /// A heading run into the name is cut off the same way whether the field is single-spaced ASCII (read on
    /// its bytes) or not (read word by word).
    @Test func headingPrefixIsCutOffTheName() {
        let cases: [(String, (String, String)?)] = [
            ("For further information contact Jane Doe", ("For further information contact", "Jane Doe")),
            ("For further  information contact Jane Doe", ("For further information contact", "Jane Doe")),
            ("Pour plus d'informations, contactez Élodie Martin", ("Pour plus d'informations, contactez", "Élodie Martin")),
            ("Media enquiries: contact: Jane Doe", ("Media enquiries: contact:", "Jane Doe")),
            ("Press Office Manager", nil),
            ("Contact Jane", nil),
            ("Jane Doe", nil),
        ]
        for (field, expected) in cases {
            let got = ContactLine.headingPrefix(field)
            #expect(got?.0 == expected?.0, "\(field)")
            #expect(got?.1 == expected?.1, "\(field)")
        }
    }
}
