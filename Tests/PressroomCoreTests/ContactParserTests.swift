import Testing
@testable import PressroomCore

/// Every layout of contact block, on fictional contacts.
@Suite struct ContactParserTests {
    private func parse(_ block: String) -> [Contact] {
        ContactParser.parse(lines: block.components(separatedBy: "\n"))
    }

    @Test func oneLineWithCommasAndDash() {
        let contacts = parse("""
        Press enquiries
        Oriel Banks, Head of Communications, +44 (0)20 7946 0123 – oriel.banks@quarrymill.example.co.uk
        Piotr Zając, Press Officer, +44 (0)20 7946 0124 / 07700 900555 – piotr.zajac@quarrymill.example.co.uk
        """)
        #expect(contacts == [
            Contact(name: "Oriel Banks", role: "Head of Communications", phones: ["+442079460123"],
                    emails: ["oriel.banks@quarrymill.example.co.uk"]),
            Contact(name: "Piotr Zając", role: "Press Officer", phones: ["+442079460124", "07700900555"],
                    emails: ["piotr.zajac@quarrymill.example.co.uk"]),
        ])
    }

    @Test func oneLineWrappedAtASeparator() {
        let contacts = parse("""
        More information:
        Tendai Moyo, Regional Coordinator (ZIMLAW), +263 77 555 0101 –
        tendai@zimlaw.example.org
        """)
        #expect(contacts == [Contact(name: "Tendai Moyo", role: "Regional Coordinator", organization: "ZIMLAW",
                                     phones: ["+263775550101"], emails: ["tendai@zimlaw.example.org"])])
    }

    @Test func labelLines() {
        let contacts = parse("""
        Media contact:
        Name: Achieng Wafula
        Title: Programme Officer
        Tel: +254 (0)20 555 0199
        WhatsApp: +254 733 555 010
        Fax: +254 (0)20 555 0198
        Email: a.wafula@maji-safi.example.org
        """)
        #expect(contacts == [Contact(name: "Achieng Wafula", role: "Programme Officer",
                                     phones: ["+254205550199", "+254733555010"],
                                     emails: ["a.wafula@maji-safi.example.org"])])
    }

    @Test func labelLinesInFrench() {
        let contacts = parse("""
        Contacts presse
        Nom : Céline Morel
        Fonction : attachée de presse
        Tél. : +33 (0)1 55 55 01 23 – Mobile : +33 6 55 55 01 24
        Courriel : celine.morel@fondation-aube.example.fr
        """)
        #expect(contacts == [Contact(name: "Céline Morel", role: "attachée de presse",
                                     phones: ["+33155550123", "+33655550124"],
                                     emails: ["celine.morel@fondation-aube.example.fr"])])
    }

    @Test func pipes() {
        let contacts = parse("""
        Media contact:
        Rangi Parata | Media Manager | 0491 570 999 | rangi@tidepool-hockey.com.au
        Web: tidepool-hockey.com.au | Instagram: @tidepoolhockey
        """)
        #expect(contacts == [Contact(name: "Rangi Parata", role: "Media Manager", phones: ["0491570999"],
                                     emails: ["rangi@tidepool-hockey.com.au"])])
    }

    @Test func stackedLines() {
        let contacts = parse("""
        Media Contact:
        Morgan Ellery
        Director of Media Relations
        Granite Falls College
        (802) 555-0199
        mellery@granitefalls.example.edu
        """)
        #expect(contacts == [Contact(name: "Morgan Ellery", role: "Director of Media Relations",
                                     organization: "Granite Falls College", phones: ["8025550199"],
                                     emails: ["mellery@granitefalls.example.edu"])])
    }

    @Test func stackedGerman() {
        let contacts = parse("""
        Pressekontakt
        Mareike Sönnichsen
        Pressesprecherin
        Telefon: 040 555 1234-0, Durchwahl 12
        Telefax: 040 555 1234-99
        presse@wattenmeer-bund.example.de
        """)
        #expect(contacts == [Contact(name: "Mareike Sönnichsen", role: "Pressesprecherin",
                                     phones: ["04055512340"], emails: ["presse@wattenmeer-bund.example.de"])])
    }

    @Test func twoColumnsSideBySide() {
        let contacts = parse("""
        Media contacts
        Lee Min-jun                                  Sophie Lambert
        Global Communications                        Account Director, Benelux
        Saebyeok Drives                              Northlight PR
        +82 2 555 0190                               +32 (0)2 555 01 77
        minjun.lee@saebyeok.example.kr               sophie@northlight-pr.example
        """)
        #expect(contacts == [
            Contact(name: "Lee Min-jun", role: "Global Communications", organization: "Saebyeok Drives",
                    phones: ["+8225550190"], emails: ["minjun.lee@saebyeok.example.kr"]),
            Contact(name: "Sophie Lambert", role: "Account Director, Benelux", organization: "Northlight PR",
                    phones: ["+3225550177"], emails: ["sophie@northlight-pr.example"]),
        ])
    }

    @Test func twoColumnsWithLabels() {
        let contacts = parse("""
        Contacts
        Name: Ana Ribeiro                  Name: João Pires
        Tel: +351 21 555 0101              Tel: +351 91 555 0202
        Email: ana@rio-limpo.example.pt    Email: joao@rio-limpo.example.pt
        """)
        #expect(contacts == [
            Contact(name: "Ana Ribeiro", phones: ["+351215550101"], emails: ["ana@rio-limpo.example.pt"]),
            Contact(name: "João Pires", phones: ["+351915550202"], emails: ["joao@rio-limpo.example.pt"]),
        ])
    }

    @Test func threeContactsOneALine() {
        let contacts = parse("""
        For further information please contact:
        Dr. Meera Iyer, Senior Fellow, +91 80 5555 0101, meera.i@kaveri-soils.example.org
        Mr. Suresh Babu, Communications Lead, +91 98450 55501,
        communications@kaveri-soils.example.org
        Ms. Lakshmi Rao, Field Coordinator, +91 94480 55502
        """)
        #expect(contacts == [
            Contact(name: "Dr. Meera Iyer", role: "Senior Fellow", phones: ["+918055550101"],
                    emails: ["meera.i@kaveri-soils.example.org"]),
            Contact(name: "Mr. Suresh Babu", role: "Communications Lead", phones: ["+919845055501"],
                    emails: ["communications@kaveri-soils.example.org"]),
            Contact(name: "Ms. Lakshmi Rao", role: "Field Coordinator", phones: ["+919448055502"]),
        ])
    }

    @Test func contactsSeparatedByABlankLine() {
        let contacts = parse("""
        Contacts

        Milica Jovanović, Campaign Coordinator
        Mobile: 00381 63 555 0101
        milica@rivers-alive.example.eu

        Pieter De Smet, Policy Officer
        pieter.desmet@rivers-alive.example.eu
        """)
        #expect(contacts == [
            Contact(name: "Milica Jovanović", role: "Campaign Coordinator", phones: ["+381635550101"],
                    emails: ["milica@rivers-alive.example.eu"]),
            Contact(name: "Pieter De Smet", role: "Policy Officer", emails: ["pieter.desmet@rivers-alive.example.eu"]),
        ])
    }

    @Test func tikaStyleBlankLinesBetweenEveryLine() {
        let contacts = parse(" Contact presse \n\nMoussa Diop, chargé de communication – +221 77 555 01 23 – \n\nm.diop@terres-vives.example.sn \n\n \n\nmailto:m.diop@terres-vives.example.sn\n")
        #expect(contacts == [Contact(name: "Moussa Diop", role: "chargé de communication", phones: ["+221775550123"],
                                     emails: ["m.diop@terres-vives.example.sn"])])
    }

    @Test func emailOnly() {
        #expect(parse("Media inquiries: media@lakeshore-rowing.example.ca")
                == [Contact(emails: ["media@lakeshore-rowing.example.ca"])])
    }

    @Test func deskWithoutAPerson() {
        #expect(parse("""
        For enquiries:
        Public Relations Unit
        Ministry of Inland Waterways
        Tel: +233 (0)30 555 0123
        Email: pru@miw.example.gov.gh
        """) == [Contact(name: "Public Relations Unit", organization: "Ministry of Inland Waterways",
                         phones: ["+233305550123"], emails: ["pru@miw.example.gov.gh"])])
        #expect(parse("""
        Contacto de prensa
        Departamento de Comunicación
        Tel.: +34 942 555 010
        prensa@traineras-norte.example.es
        """) == [Contact(name: "Departamento de Comunicación", phones: ["+34942555010"],
                         emails: ["prensa@traineras-norte.example.es"])])
    }

    @Test func deskHeadingAboveItsLines() {
        #expect(parse("""
        Press Office
        Tel: +44 (0)161 555 0100
        press@northmoor.example.ac.uk
        """) == [Contact(name: "Press Office", phones: ["+441615550100"], emails: ["press@northmoor.example.ac.uk"])])
    }

    @Test func portugueseWithDashes() {
        #expect(parse("""
        Assessoria de imprensa
        Beatriz Nogueira – (21) 98888-1234 – imprensa@mata-viva.example.org.br
        """) == [Contact(name: "Beatriz Nogueira", phones: ["21988881234"], emails: ["imprensa@mata-viva.example.org.br"])])
    }

    @Test func spanishLabelsAndMarkdownHardBreaks() {
        #expect(parse("""
        ## Contacto de prensa

        **Lucía Fernández**, jefa de prensa  
        Teléfono: +34 91 555 01 23  
        Correo: lucia.fernandez@bosques-vivos.example.es
        """) == [Contact(name: "Lucía Fernández", role: "jefa de prensa", phones: ["+34915550123"],
                         emails: ["lucia.fernandez@bosques-vivos.example.es"])])
    }

    @Test func obfuscatedAddress() {
        #expect(parse("""
        Kontakt
        Jonas Weber, Referent für Öffentlichkeitsarbeit
        jonas.weber [at] moorschutz-nord [dot] de
        """) == [Contact(name: "Jonas Weber", role: "Referent für Öffentlichkeitsarbeit",
                         emails: ["jonas.weber@moorschutz-nord.de"])])
    }

    @Test func organisationAfterTheRoleOnOneLine() {
        #expect(parse("""
        RSVP and media enquiries
        Trần Thị Lan, Communications Manager, Mekong Solar JSC
        Tel: +84 28 3555 0112, ext. 21 | Mobile: +84 903 555 034
        Email: lan.tran@mekongsolar.example.vn
        """) == [Contact(name: "Trần Thị Lan", role: "Communications Manager", organization: "Mekong Solar JSC",
                         phones: ["+842835550112", "+84903555034"], emails: ["lan.tran@mekongsolar.example.vn"])])
    }

    @Test func webAddressInsideAnEntryIsItsURL() {
        #expect(parse("""
        Contact: Amara Okafor, Spokesperson, +234 803 555 0101, amara@greenbelt.example.ng, www.greenbelt.example.ng/press
        """) == [Contact(name: "Amara Okafor", role: "Spokesperson", phones: ["+2348035550101"],
                         emails: ["amara@greenbelt.example.ng"], urls: ["http://www.greenbelt.example.ng/press"])])
    }

    @Test func trailingWebLineAndFurnitureAreNotContacts() {
        #expect(parse("""
        Pressekontakt
        Jana Krüger
        Tel. 030 555 0123
        presse@spree-werk.example.de
        www.spree-werk.example.de
        Seite 2 von 2
        """) == [Contact(name: "Jana Krüger", phones: ["0305550123"], emails: ["presse@spree-werk.example.de"])])
    }

    @Test func contactSentenceWrappedOverLines() {
        #expect(parse("""
        For more information, please contact Ruth Adeyemi, Programme
        Manager, on +44 161 496
        0322 or at ruth@coastline-trust.example.org.
        """) == [Contact(name: "Ruth Adeyemi", role: "Programme Manager", phones: ["+441614960322"],
                         emails: ["ruth@coastline-trust.example.org"])])
        #expect(parse("""
        For further information contact Tomás Reyes (Head of Communications) on +1 (212)
        555-0178 or tomas@harbourline.example.org.
        """) == [Contact(name: "Tomás Reyes", role: "Head of Communications", phones: ["+12125550178"],
                         emails: ["tomas@harbourline.example.org"])])
    }

    @Test func deskInAContactSentence() {
        #expect(parse("For more information: News Desk, +31 20 555 8144, news@quietroad.example.org")
                == [Contact(name: "News Desk", phones: ["+31205558144"], emails: ["news@quietroad.example.org"])])
    }

    @Test func runningHeaderAfterAPageBreakIsNotAContact() {
        #expect(parse("""
        Media contacts:
        Ananya Rao
        Page 1 of 2
        Riverbend Housing Consortium
        Senior Policy Adviser
        Tel. +1 212 555 0184
        E-mail: ananya.rao@riverbend.example.org
        """) == [Contact(name: "Ananya Rao", role: "Senior Policy Adviser", phones: ["+12125550184"],
                         emails: ["ananya.rao@riverbend.example.org"])])
    }

    @Test func organisationInBracketsWrappedOverLines() {
        #expect(parse("""
        Contact:
        Eoin Byrne, Senior Information Officer (Ministry of Local
        Government), +353 1 555 8858 – eoin.byrne@local.example.gov.ie
        """) == [Contact(name: "Eoin Byrne", role: "Senior Information Officer", organization: "Ministry of Local Government",
                         phones: ["+35315558858"], emails: ["eoin.byrne@local.example.gov.ie"])])
    }

    @Test func roleAsLabel() {
        #expect(parse("""
        Pressesprecherin: Anna Vogt
        Tel.: +49 (0)40 555 123-45
        E-Mail: anna.vogt@elbwerk.example.de
        """) == [Contact(name: "Anna Vogt", role: "Pressesprecherin", phones: ["+494055512345"],
                         emails: ["anna.vogt@elbwerk.example.de"])])
    }

    @Test func spanishNationalNumberInThreeGroups() {
        #expect(parse("Contacto: Ana García – 942 555 318 – ana.garcia@remo.example.es")
                == [Contact(name: "Ana García", phones: ["942555318"], emails: ["ana.garcia@remo.example.es"])])
    }

    @Test func oneLineEntryWrappedInsideItsJobTitle() {
        #expect(parse("""
        Media enquiries:
        Gwen Harcourt, Head of Communications and Public
        Affairs, +44 20 7946 0555 – gwen.harcourt@ferrybank.example.org
        """) == [Contact(name: "Gwen Harcourt", role: "Head of Communications and Public Affairs",
                         phones: ["+442079460555"], emails: ["gwen.harcourt@ferrybank.example.org"])])
    }

    @Test func organisationAboveThePerson() {
        #expect(parse("""
        Media contacts
        Northlight PR
        Sophie Lambert
        Account Director
        +32 (0)2 555 01 77 (mobile)
        sophie@northlight-pr.example
        """) == [Contact(name: "Sophie Lambert", role: "Account Director", organization: "Northlight PR",
                         phones: ["+3225550177"], emails: ["sophie@northlight-pr.example"])])
    }

    @Test func markdownListOfContacts() {
        #expect(parse("""
        ## Contacts
        - **Lea Martin**, chargée de presse, +33 6 55 55 01 24, [lea.martin@aube.example.fr](mailto:lea.martin@aube.example.fr)
        - **Hugo Petit**, porte-parole, +33 6 55 55 01 25, hugo.petit@aube.example.fr
        """) == [
            Contact(name: "Lea Martin", role: "chargée de presse", phones: ["+33655550124"], emails: ["lea.martin@aube.example.fr"]),
            Contact(name: "Hugo Petit", role: "porte-parole", phones: ["+33655550125"], emails: ["hugo.petit@aube.example.fr"]),
        ])
    }

    @Test func aStackedDepartmentNameIsAJobTitle() {
        #expect(parse("""
        Media contact
        Park Min-seo
        Corporate Communications
        +82 2 555 0190
        minseo.park@saebyeok.example.kr
        """) == [Contact(name: "Park Min-seo", role: "Corporate Communications", phones: ["+8225550190"],
                         emails: ["minseo.park@saebyeok.example.kr"])])
    }

    @Test func aSevenDigitNumberAloneIsAPhoneNotAPageNumber() {
        #expect(parse("""
        MEDIA CONTACT:
        JANE ROE
        Director of Communications
        555-0142
        jroe@hollowcreek.example.org
        2
        """) == [Contact(name: "JANE ROE", role: "Director of Communications", phones: ["5550142"],
                         emails: ["jroe@hollowcreek.example.org"])])
    }

    @Test func severalAddressesEachUnderItsOwnLabel() {
        #expect(parse("""
        Media inquiries: media@northshore.example.ca
        Partnership inquiries: partners@northshore.example.ca
        """) == [Contact(emails: ["media@northshore.example.ca"]), Contact(emails: ["partners@northshore.example.ca"])])
    }

    @Test func headingWithTheNameOnItsLine() {
        #expect(parse("Contact presse : Sophie Laurent, 06 12 34 56 78, sophie.laurent@ville.example.fr")
                == [Contact(name: "Sophie Laurent", phones: ["0612345678"], emails: ["sophie.laurent@ville.example.fr"])])
    }

    @Test func stackedTitleAndOrganisationOnOneLineAndLanguagesSpoken() {
        #expect(parse("""
        For more information, contact:
        Emily Chen (English, Français)
        Communications Officer, Harbor Institute
        emily.chen@harbor.example.org | +1 415 555 0133
        """) == [Contact(name: "Emily Chen", role: "Communications Officer", organization: "Harbor Institute",
                         phones: ["+14155550133"], emails: ["emily.chen@harbor.example.org"])])
    }

    @Test func rightAlignedPageNumberBesideTheHeading() {
        #expect(parse("""
        Pressekontakt                                                                 Seite 2 von 2
        Jana Krüger
        Tel. 030 555 0123
        presse@spree-werk.example.de
        """) == [Contact(name: "Jana Krüger", phones: ["0305550123"], emails: ["presse@spree-werk.example.de"])])
    }

    @Test func randomAndMutatedBlocksNeverCrashAndEveryContactCarriesANumberOrAnAddress() {
        // A fixed-seed generator (SplitMix64) so that a failure can be replayed.
        var state: UInt64 = 0x5EED_C0DE
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let pieces = ["Media contact:", "Name: Jo Lee", "Tel: +44 (0)20 7946 0000", "jo@example.org", " | ", " – ",
                      ", ", "(", ")", "[at]", " at ", " dot ", "+", "00", "0", "ext. 2", "Fax:", "www.", ".org", "@",
                      "                    ", "\t", "Page 1 of 2", "\u{0C}", "é", "한국", "\u{0}", "((((", "))))", ",,,,"]
        for _ in 0..<500 {
            var lines: [String] = []
            for _ in 0..<(Int(next() % 8) + 1) {
                var line = ""
                for _ in 0..<(Int(next() % 10)) {
                    if next() % 5 == 0 {
                        line.unicodeScalars.append(Unicode.Scalar(UInt32(next() % 0x2FF)) ?? "x")
                    } else {
                        line += pieces[Int(next() % UInt64(pieces.count))]
                    }
                }
                lines.append(line)
            }
            let contacts = ContactParser.parse(lines: lines)
            #expect(contacts.allSatisfy { !$0.phones.isEmpty || !$0.emails.isEmpty })
            for line in lines {
                _ = ContactLineShape.isContactLine(line)
                _ = ContactParser.isContactHeading(line)
                _ = LinkExtractor.links(in: line)
            }
        }
        // Long inputs stay linear: a block of comma-ended lines and a line of brackets.
        _ = ContactParser.parse(lines: Array(repeating: "Jo Lee, Officer,", count: 5000))
        _ = LinkExtractor.links(in: "https://x.org/" + String(repeating: ")", count: 50_000))
        _ = PhoneNumber.find(in: String(repeating: "+44 20 ", count: 20_000))
    }

    @Test func emptyBlockGivesNoContacts() {
        #expect(parse("").isEmpty)
        #expect(parse("Media contact:").isEmpty)
    }
}

/// Addresses broken across lines at their own hyphen come back whole.
@Suite struct ContactAddressWrapTests {
    @Test func anEmailCutAtItsHyphenIsJoinedWithoutASpace() {
        let contacts = ContactParser.parse(lines: [
            "Contact presse",
            "",
            "Awa Sawadogo, chargée de communication – +226 70 55 12 34 – awa.sawadogo@papillon-",
            "",
            "savanes.org",
        ])
        #expect(contacts.count == 1)
        #expect(contacts.first?.emails == ["awa.sawadogo@papillon-savanes.org"])
        #expect(contacts.first?.role == "chargée de communication")
        #expect(contacts.first?.phones == ["+22670551234"])
    }
}
