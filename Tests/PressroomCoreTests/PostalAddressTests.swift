import Testing
@testable import PressroomCore

/// A postal address in a contact block is left out of the job title and the organisation.
@Suite struct PostalAddressTests {
    private func parse(_ block: String) -> [Contact] {
        ContactParser.parse(lines: block.components(separatedBy: "\n"))
    }

    @Test func stackedGermanAddressUnderTheOrganisation() {
        let contacts = parse("""
        Kontakt:
        Lena Brandt
        Pressesprecherin
        Nordlicht Energie GmbH
        Hafenstraße 12
        D-24103 Kiel
        Tel.: +49 431 555 0123
        E-Mail: presse@nordlicht-energie.example
        """)
        #expect(contacts.count == 1)
        #expect(contacts.first?.name == "Lena Brandt")
        #expect(contacts.first?.role == "Pressesprecherin")
        #expect(contacts.first?.organization == "Nordlicht Energie GmbH")
    }

    @Test func abbreviatedStreetAndRangeOfNumbers() {
        let contacts = parse("""
        Contact:
        Jonas Weill
        Head of Press
        Kranich Mobil AG
        Auenweiler Str. 3-9
        80999 München
        Tel.: +49 89 555 61 20
        jweill@kranich-mobil.example
        """)
        #expect(contacts.first?.role == "Head of Press")
        #expect(contacts.first?.organization == "Kranich Mobil AG")
    }

    @Test func englishAddressOnOneLineAndNorthAmericanTown() {
        let contacts = parse("""
        Media contact
        Priya Okafor
        Communications Director
        Tidewater Housing Trust
        118 Ferry Road, Suite 400
        Portland, ME 04101
        207-555-0148 | priya@tidewater-housing.example
        """)
        #expect(contacts.first?.role == "Communications Director")
        #expect(contacts.first?.organization == "Tidewater Housing Trust")
    }

    @Test func aOneLineContactWithItsAddress() {
        let contacts = parse("""
        Media contact:
        Jane Roe, Communications Director, Harbour Trust, 118 Ferry Road, Portland, ME 04101, 207-555-0148
        """)
        #expect(contacts.first?.role == "Communications Director", "\(contacts)")
        #expect(contacts.first?.organization == "Harbour Trust", "\(contacts)")
    }

    @Test func organisationsWithANumberAreNoAddress() {
        for org in ["Square 9 Bank", "1000 Genomes Project", "Row 34", "Studio 54"] {
            let contacts = parse("""
            Contact:
            Ada Lowe
            Press Officer
            \(org)
            ada@example.org
            """)
            #expect(contacts.first?.organization == org, "\(org): \(contacts)")
        }
    }

    @Test func theForms() {
        // A street or a box opens an address.
        for line in ["Hafenstraße 12", "Dingelfinger Str. 1-15", "4 rue des Tanneurs", "Via Roma 18", "12 Harbour Road",
                     "Postfach 10 20", "P.O. Box 4411", "Kerkstraat 7, 1017 Amsterdam", "Limmatweg 40 · 8999 Zürich · Schweiz",
                     "F-75011 Paris Cedex"] {
            #expect(PostalAddress.isAddressLine(line), "\(line)")
        }
        // A postcode and town only after it.
        for line in ["75011 Paris", "8999 Zürich", "Cambridge, MA 02139", "Halifax, NS B3H 4R2", "London SW1A 1AA"] {
            #expect(PostalAddress.isAddressLine(line, afterAddress: true), "\(line)")
            #expect(!PostalAddress.isAddressLine(line), "\(line)")
        }
        for line in ["Head of Communications", "Nordlicht Energie GmbH", "Agenda 2030 Coordinator",
                     "Chief Executive, Station 12 Arts", "Executive Director", "+49 431 555 0123",
                     "2024 Annual Report", "Studio 4", "Unit 7 Productions Ltd", "Square 9 Bank", "1000 Genomes Project",
                     "Row 34"] {
            #expect(!PostalAddress.isAddressLine(line), "\(line)")
        }
        #expect(PostalAddress.flags(["Press Officer", "Hafenstraße 12", "24103 Kiel", "Deutschland"]) == [false, true, true, true])
        #expect(PostalAddress.flags(["Press Officer", "24103 Kiel"]) == [false, false])
    }
}
