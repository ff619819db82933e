import Foundation
import Testing
@testable import PressroomCore

/// The organisation's name as printed in the letterhead.
@Suite struct OrganizationNameTests {
    static func parse(_ text: String) -> Release {
        let file = SourceFile(url: URL(fileURLWithPath: "/test/org.txt"), source: "org.txt", format: .text)
        return ReleaseParser.parse(LoadedDocument(file: file, text: TextNormalizer.normalize(text), id: "test"))
    }

    static let body = """
        The firm today opened an office in Harare to serve clients in southern Africa, its third office on the continent after Nairobi and Lagos.

        “Our clients asked us to be closer to them,” said the firm’s senior partner.

        """

    /// `Das`, `Der`, `Le` are articles before a name word, but `Das & Moyo` is a pair of surnames.
    @Test func aSurnameThatIsAlsoAnArticleStaysInTheName() {
        let release = Self.parse("Media Advisory\n\nDas & Moyo Associates\n\nDate: Friday, 23 August 2019\n\nLaw firm opens an office in Harare\n\n" + Self.body)
        #expect(release.organization == "Das & Moyo Associates")
        #expect(release.title == "Law firm opens an office in Harare")
    }

    /// French and Spanish or Portuguese names an observatory `Observatoire`, `Observatorio`, `Observatório`:
    /// an organisation word, so the letterhead is not taken for the headline.
    @Test(arguments: ["Observatoire Français des Données Ouvertes", "Observatório Nacional da Água"])
    func anObservatoryIsAnOrganisation(name: String) {
        let release = Self.parse("\(name)\n\nBusiness Leaders Back Open Data Charter for Cities\n\n12 March 2024\n\n" + Self.body)
        #expect(release.organization == name)
        #expect(release.title == "Business Leaders Back Open Data Charter for Cities")
    }
}
