import Testing
@testable import PressroomCore

@Suite struct PhoneNumberTests {
    /// Printed number → what the record keeps.
    static let normalisation: [(String, String)] = [
        ("+44 (0)20 7946 0381", "+442079460381"),
        ("00381 64 555 0172", "+381645550172"),
        ("+39 06 1234 5678", "+390612345678"),
        ("+39 (0)6 1234 5678", "+390612345678"),
        ("+263 78 808 7050", "+263788087050"),
        ("+254 (0)20 765 4410", "+254207654410"),
        ("+254 020 765 4410", "+254207654410"),
        ("+44 0 20 7946 0000", "+442079460000"),
        ("+1 (617) 555-0142", "+16175550142"),
        ("+7 495 555-01-23", "+74955550123"),
        ("+82 2 555 0143", "+8225550143"),
        ("+49 (0)30 5555 0217", "+493055550217"),
        ("+225 07 07 12 34 56", "+2250707123456"),
        ("0049 30 5555 0217", "+493055550217"),
        ("+84 24 3999 0112, ext. 214", "+842439990112"),
        ("+1 617 555 0142 x23", "+16175550142"),
        ("01 23 45 67 89 poste 2", "0123456789"),
        ("040 3861 2270 Durchwahl 12", "04038612270"),
        ("(617) 555-0142", "6175550142"),
        ("020 7946 0000", "02079460000"),
        ("(11) 98765-4321", "11987654321"),
        ("0491 570 156", "0491570156"),
        ("040/3861 2270", "04038612270"),
        ("+442079460381", "+442079460381"),
    ]

    @Test(arguments: normalisation)
    func normalises(printed: String, expected: String) {
        #expect(PhoneNumber.normalize(printed) == expected)
    }

    @Test func noNumberGivesNil() {
        #expect(PhoneNumber.normalize("call us") == nil)
        #expect(PhoneNumber.normalize("12") == nil)
    }

    @Test func extensionIsSplitOff() {
        #expect(PhoneNumber.extensionNumber("+84 24 3999 0112, ext. 214") == "214")
        #expect(PhoneNumber.extensionNumber("+1 617 555 0142 x23") == "23")
        #expect(PhoneNumber.extensionNumber("01 23 45 67 89 poste 2") == "2")
        #expect(PhoneNumber.extensionNumber("+49 40 3861 2270 Durchwahl 12") == "12")
        #expect(PhoneNumber.extensionNumber("+44 20 7946 0000 Ext 7") == "7")
        #expect(PhoneNumber.extensionNumber("+44 20 7946 0000") == nil)
    }

    @Test func faxIsFoundButIsNotAPhone() {
        let line = "Tel: +44 20 7946 0010 | Fax: +44 20 7946 0011 | Mob. 07700 900123"
        let found = PhoneNumber.find(in: line)
        #expect(found.map(\.normalized) == ["+442079460010", "+442079460011", "07700900123"])
        #expect(found.map(\.isFax) == [false, true, false])
        #expect(found.map(\.label) == ["Tel", "Fax", "Mob"])
        #expect(PhoneNumber.phones(in: line) == ["+442079460010", "07700900123"])
        #expect(PhoneNumber.phones(in: "Télécopie : 01 23 45 67 90 — Tél. : 01 23 45 67 89") == ["0123456789"])
        #expect(PhoneNumber.phones(in: "T +49 40 123456 · F +49 40 123457") == ["+4940123456"])
        #expect(PhoneNumber.phones(in: "Tel./Fax: 040 123 4567") == ["0401234567"])
    }

    @Test func severalNumbersOnALine() {
        #expect(PhoneNumber.phones(in: "+44 (0)20 7946 0382 / 07700 900412") == ["+442079460382", "07700900412"])
        #expect(PhoneNumber.phones(in: "Tel: +84 24 3999 0112, ext. 214 | Mobile: +84 912 555 034")
                == ["+842439990112", "+84912555034"])
    }

    @Test func numbersThatAreNotPhones() {
        #expect(PhoneNumber.find(in: "Date: 14.11.2023").isEmpty)
        #expect(PhoneNumber.find(in: "published 2024-11-14 for 2019-2023").isEmpty)
        #expect(PhoneNumber.find(in: "61.240 personas y 212.000 reproducciones").isEmpty)
        #expect(PhoneNumber.find(in: "1 450 000 exploitations, 1,840 households").isEmpty)
        #expect(PhoneNumber.find(in: "a 20-litre jerrican at KSh 2.50 in 2019").isEmpty)
        #expect(PhoneNumber.find(in: "www.example.org/report2023 and a.b123456789@example.org").isEmpty)
    }

    @Test func certaintyTellsPhonesFromLongNumbers() {
        #expect(PhoneNumber.find(in: "+263 78 808 7050").first?.isCertain == true)
        #expect(PhoneNumber.find(in: "(617) 555-0142").first?.isCertain == true)
        #expect(PhoneNumber.find(in: "Tel. 3861 2270").first?.isCertain == true)
        #expect(PhoneNumber.find(in: "reference 4471 2290").first?.isCertain == false)
    }

    @Test func countryCodesArePrefixFree() {
        for code in CountryCallingCodes.all {
            for other in CountryCallingCodes.all where other != code {
                #expect(!other.hasPrefix(code), "\(code) is a prefix of \(other)")
            }
        }
        #expect(CountryCallingCodes.code(prefixing: "263788087050") == "263")
        #expect(CountryCallingCodes.code(prefixing: "16175550142") == "1")
        #expect(CountryCallingCodes.code(prefixing: "442079460381") == "44")
    }

    /// The country code read from digit bytes is the one read from the printed digits, for every start.
    @Test func countryCodeOnBytesMatchesTheTable() {
        for n in 0..<10_000 {
            for text in [String(n), String(repeating: "0", count: 4 - String(n).count) + String(n), String(n) + "5"] {
                let bytes = Array(text.utf8)
                #expect(CountryCallingCodes.code(prefixing: bytes[...]) == CountryCallingCodes.code(prefixing: text[...]), "\(text)")
            }
        }
    }
}
