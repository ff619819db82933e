import Foundation
import Testing
@testable import PressroomCore

/// One small release per extractor style, for fictional organisations, with the fields a reader checks.
@Suite struct ParsingFixtureTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/parser")

    static func parse(_ name: String) throws -> Release {
        let url = folder.appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        let format: SourceFormat = name.hasSuffix(".md") ? .markdown : .text
        let doc = LoadedDocument(file: SourceFile(url: url, source: name, format: format), text: text, id: "fixture")
        return ReleaseParser.parse(doc)
    }

    @Test func tikaExtraction() throws {
        let r = try Self.parse("harbourlight-tika.txt")
        #expect(r.kind == "PRESS RELEASE")
        #expect(r.release == "For immediate release")
        #expect(r.title == "Harbourlight adds two electric ferries to its island routes after a year of trials")
        #expect(r.location == "PORTMADOC, Wales")
        #expect(r.date == "2024-05-06")
        #expect(r.organization == "Harbourlight Ferry Cooperative")
        #expect(r.paragraphs.count == 3)
        // The dateline is not part of the first paragraph; a compound the text prints elsewhere keeps its hyphen.
        #expect(r.paragraphs.first?.hasPrefix("The Harbourlight Ferry Cooperative today put two battery-electric ferries") == true)
        // `non-` + `profit` keeps the hyphen, `organ-` + `isation` loses it.
        #expect(r.paragraphs[1].contains("a non-profit owned"))
        #expect(r.paragraphs[1].contains("the organisation says"))
        // A page seam inside a paragraph: the paragraph goes on after the next page's header.
        #expect(r.paragraphs[2].hasPrefix("“Our members voted for this"))
        #expect(r.paragraphs[2].contains("said Carys Bevan, who chairs"))
        #expect(r.notes == ["The Harbourlight Ferry Cooperative was founded in 1987 and runs four routes."])
        // Annotations, page numbers, running headers, the outline and the contact block stay out of the body.
        let body = r.paragraphs.joined(separator: "\n")
        for debris in ["mailto:", "Page 1", "HARBOURLIGHT FERRY COOPERATIVE", "ENDS", "Owen Pritchard", "www."] {
            #expect(!body.contains(debris), "body holds \(debris)")
        }
        #expect(r.links.contains("mailto:press@harbourlight-ferries.example"))
        #expect(r.contacts.contains { $0.emails.contains("press@harbourlight-ferries.example") })
    }

    @Test func pdftotextExtraction() throws {
        let r = try Self.parse("aldermoor-pdftotext.txt")
        #expect(r.kind == "NEWS RELEASE")
        #expect(r.release == "FOR IMMEDIATE RELEASE")
        #expect(r.title == "River restoration brings salmon back to the Aldermoor after forty years")
        #expect(r.subtitle == "Volunteers removed eleven weirs and planted 30,000 trees in three winters")
        #expect(r.date == "2023-10-02")
        #expect(r.location == "ALDERMOOR")
        #expect(r.organization == "Aldermoor Water Trust")
        // No blank lines between paragraphs: a short line ending a sentence ends its paragraph.
        #expect(r.paragraphs.count == 4)
        #expect(r.paragraphs.first?.hasPrefix("Atlantic salmon have returned") == true)
        #expect(r.paragraphs[2].hasSuffix("they were ours to remove.”"))
        #expect(r.notes == ["The Aldermoor Water Trust is a charity that cares for the river and its tributaries."])
        let all = (r.paragraphs + r.notes).joined(separator: "\n")
        for debris in ["Page 1 of 2", "Annual report", "ALDERMOOR WATER TRUST", "-ENDS-", "+44"] {
            #expect(!all.contains(debris), "body or notes hold \(debris)")
        }
        #expect(r.contacts.contains { $0.emails.contains("imogen@aldermoor-trust.example") })
    }

    @Test func pdftotextLayoutExtraction() throws {
        let r = try Self.parse("quillon-layout.txt")
        #expect(r.kind == "Pressemitteilung")
        #expect(r.release == "Sperrfrist: 20. Februar 2024, 10:00 Uhr")
        #expect(r.date == "2024-02-20")
        #expect(r.title == "Quillon stellt Messboje für die Ostsee vor, die ein Jahr ohne Wartung auskommt")
        #expect(r.subtitle == "Erste Serie geht an drei Forschungsinstitute")
        #expect(r.organization == "Quillon Instruments GmbH")
        #expect(r.location == nil)
        #expect(r.paragraphs == [
            "Die Quillon Instruments GmbH hat in Kiel eine Messboje vorgestellt, die Wassertemperatur, Salzgehalt und Sauerstoff ein Jahr lang ohne Wartung misst.",
            "Die Boje bietet:",
            "eine Solarzelle mit Winterreserve;",
            "eine Datenübertragung über Satellit.",
            "Die ersten zwölf Bojen werden im April ausgeliefert.",
        ])
        #expect(r.notes == ["Quillon Instruments entwickelt seit 1994 Messtechnik für Meer und Küste."])
        // Both columns of the side-by-side contact block reach the contact parser.
        #expect(r.contacts.contains { $0.emails.contains("l.voss@quillon.example") })
        #expect(r.contacts.contains { $0.emails.contains("t.ahlers@quillon.example") })
    }

    @Test func handTypedOneParagraphALine() throws {
        let r = try Self.parse("rouelibre-typed.txt")
        #expect(r.kind == "COMMUNIQUÉ DE PRESSE")
        #expect(r.release == "Pour diffusion immédiate")
        #expect(r.location == "Lyon")
        #expect(r.date == "2025-01-15")
        // A quoted part of the headline stays quoted.
        #expect(r.title == "« Le vélo-cargo est un outil de travail » : la Coopérative Roue Libre livre sa 500e commande")
        #expect(r.organization == "Coopérative Roue Libre")
        #expect(r.paragraphs.count == 3)
        #expect(r.notes == ["La Coopérative Roue Libre est une société coopérative fondée en 2016 à Villeurbanne."])
        #expect(!r.paragraphs.contains("FIN"))
        #expect(r.contacts.contains { $0.emails.contains("presse@rouelibre.example") })
    }

    @Test func handTypedWrapped() throws {
        let r = try Self.parse("wrenfield-wrapped.txt")
        #expect(r.kind == "MEDIA ADVISORY")
        #expect(r.date == "2025-04-08")
        #expect(r.title == "Wrenfield Library Trust opens a night reading room for shift workers in the city centre")
        #expect(r.location == "WRENFIELD")
        #expect(r.organization == "Wrenfield Library Trust")
        #expect(r.paragraphs.count == 3)
        #expect(r.paragraphs.first?.hasPrefix("The Wrenfield Library Trust will open") == true)
        #expect(r.paragraphs[1].contains("free wi-fi and a small lending shelf"))
        #expect(r.notes.isEmpty)
        #expect(r.contacts.count == 1)
        #expect(r.links.contains("mailto:press@wrenfield-library.example"))
    }

    @Test func markdown() throws {
        let r = try Self.parse("huertos-markdown.md")
        #expect(r.kind == "NOTA DE PRENSA")
        #expect(r.title == "La Red Andina de Huertos Escolares llega a 300 colegios")
        #expect(r.subtitle == "El programa enseña a cultivar alimentos en el patio de la escuela")
        #expect(r.location == "Cusco")
        #expect(r.date == "2024-06-03")
        #expect(r.organization == "Red Andina de Huertos Escolares")
        // Each bullet is one paragraph, without its marker.
        #expect(r.paragraphs == [
            "La Red Andina de Huertos Escolares (RAHE) ha alcanzado los 300 colegios participantes en su tercer año.",
            "Cada colegio recibe:",
            "semillas de variedades locales;",
            "formación para dos docentes;",
            "visitas de seguimiento cada trimestre.",
            "«Los niños comen lo que siembran», afirmó la coordinadora, Rosa Quispe.",
        ])
        #expect(r.notes == ["La Red Andina de Huertos Escolares es una asociación sin ánimo de lucro fundada en 2019."])
        #expect(r.contacts.contains { $0.emails.contains("prensa@huertosandinos.example") })
    }
}
