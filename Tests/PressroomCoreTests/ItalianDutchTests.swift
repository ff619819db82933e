import Testing
@testable import PressroomCore

/// The commonest words of the genre in Italian and Dutch (kind label, months, notes heading), and an about
/// heading printed as the about word alone.
@Suite struct ItalianDutchTests {
    @Test func italianRelease() {
        let r = IssueDateEvidenceTests.parse("""
            COMUNICATO STAMPA

            La cooperativa Vele Alte apre un cantiere scuola a Trapani

            Trapani, 12 maggio 2025 – La cooperativa Vele Alte apre un cantiere scuola per venti giovani del quartiere.

            I corsi durano sei mesi e sono gratuiti.

            Note per la redazione
            Vele Alte è una cooperativa sociale nata nel 2011 che restaura barche in legno.
            """)
        #expect(r.kind == "COMUNICATO STAMPA")
        #expect(r.date == "2025-05-12")
        #expect(r.location == "Trapani")
        #expect(r.notes == ["Vele Alte è una cooperativa sociale nata nel 2011 che restaura barche in legno."])
    }

    @Test func dutchRelease() {
        let r = IssueDateEvidenceTests.parse("""
            PERSBERICHT

            Fietsenmakerij De Spaak opent tweede werkplaats in Utrecht

            Utrecht, 3 maart 2025 – Fietsenmakerij De Spaak opent een tweede werkplaats aan de Vaartsche Rijn.

            De werkplaats biedt ook reparatielessen voor buurtbewoners.

            Noot voor de redactie
            De Spaak is een sociale onderneming die sinds 2016 fietsen herstelt.
            """)
        #expect(r.kind == "PERSBERICHT")
        #expect(r.date == "2025-03-03")
        #expect(r.notes == ["De Spaak is een sociale onderneming die sinds 2016 fietsen herstelt."])
    }

    @Test func theAboutWordAloneHeadsTheNotes() {
        let r = IssueDateEvidenceTests.parse("""
            Atelier Brume lance sa lampe solaire

            Lyon, le 3 avril 2025 – Atelier Brume lance une lampe solaire pliable.

            La lampe est vendue en ligne.

            À propos de :
            Atelier Brume est une petite entreprise lyonnaise fondée en 2019.
            """)
        #expect(r.notes == ["Atelier Brume est une petite entreprise lyonnaise fondée en 2019."])
        #expect(r.paragraphs.count == 2)
    }
}
