import Foundation
import Testing
@testable import PressroomCore

/// `BlockSplitter.isSpecial` answers plain ASCII lines on bytes (`SpecialLineASCII`) and other lines through
/// Strings: each case below is given as printed with accents (String path) and without (byte path), and
/// every answer must agree with the String path (`isSpecialPlain`) run on the same line.
@Suite struct SpecialLineTests {
    /// Lines that stand alone, in the five languages, with and without accents.
    static let special = [
        // Notes headings.
        "Notes to editors", "NOTES TO EDITORS:", "## Notes to Editors", "**Editor's notes**", "  Background  ",
        "Notes aux rédactions", "Notes aux redactions", "À savoir", "Qui sommes-nous ?".replacingOccurrences(of: " ?", with: ""),
        "Notas para editores", "Quiénes somos", "Quienes somos", "Notas aos editores", "Sobre nós", "Sobre nos",
        "Hinweise für Redaktionen", "Hinweise fur Redaktionen", "Über uns", "Uber uns", "_Hintergrund_",
        // `About X`.
        "About Acme Robotics", "About the Northern Water Trust", "**About Acme Robotics**", "### About Acme Ltd",
        "À propos de Réseau Vert", "A propos de Reseau Vert", "Acerca de Fundación Río", "Acerca de Fundacion Rio",
        "Sobre a Associação Verde", "Sobre a Associacao Verde", "Über die Stiftung Grünes Tal", "Uber die Stiftung Gruenes Tal",
        // Contact headings.
        "Media contact:", "MEDIA CONTACTS", "**Media enquiries**", "For more information:", "Press: ", "\"Media contact\"",
        "Contacts presse", "Relations médias", "Relations medias", "Contacto de prensa", "Más información:", "Mas informacion:",
        "Assessoria de imprensa", "Mais informações", "Mais informacoes", "Pressekontakt", "Weitere Informationen:",
        // `Issued …` lines, short and long.
        "Issued on 3 March 2025", "Issued by the Office of the Minister for Water and Parks",
        "Publié le 12 mars 2024", "Publie le 12 mars 2024", "Emitido el 4 de abril de 2024", "Publicado em 5 de maio de 2024",
        "Veröffentlicht am 6. Juni 2024", "Veroffentlicht am 6. Juni 2024",
        // End marks.
        "-ENDS-", "  ENDS  ", "###", "# # #", "- 30 -", "FIN", "— FIN —", "Fim", "Ende", "***", "End of press release",
    ]

    /// Lines that do not: prose, long lines, names, addresses, near misses.
    static let ordinary = [
        "The council approved the plan on Tuesday after a long debate about water prices in the region.",
        "About twenty volunteers joined the clean-up along the river on Saturday morning, the organisers said.",
        "about the new programme", "About us and them, we said.", "Contact Jane Doe at jane@acme.org for details",
        "Media contact: jane@acme.org", "Contacts presse : marie@exemple.fr", "Ende der Durchsage.", "30", "Endless",
        "Issued", "Publication du rapport", "Le rapport a été publié le 12 mars 2024 par le ministère de l'Eau.",
        "Der Bericht wurde am 6. Juni 2024 veröffentlicht, teilte die Stiftung mit.", "www.acme.org", "Jane Doe",
        "Más información sobre el proyecto en la web.", "Para mais informações, visite o site.", "", "   ", "##", "**",
        "Media contact information is available on request from the press office of the ministry in the capital.",
        "A propos", "Zu Hause", "Notes", "Background check", "Contact", "contact us", "Press: 555 0100 200 300",
        String(repeating: "word ", count: 80), String(repeating: "Ünïcode ", count: 50),
    ]

    @Test func headingsInFiveLanguagesStandAlone() {
        for line in Self.special {
            #expect(BlockSplitter.isSpecial(line) == BlockSplitter.isSpecialPlain(line), "\(line)")
        }
        // A user sees these as headings or end marks, on either path.
        for line in ["Notes to editors", "Über uns", "Uber uns", "About Acme Robotics", "À propos de Réseau Vert",
                     "Media contact:", "Relations médias", "Pressekontakt", "Issued on 3 March 2025",
                     "Publié le 12 mars 2024", "-ENDS-", "Fim", "**About Acme Robotics**", "### About Acme Ltd"] {
            #expect(BlockSplitter.isSpecial(line), "\(line)")
        }
    }

    @Test func proseAndNearMissesDoNot() {
        for line in Self.ordinary {
            #expect(BlockSplitter.isSpecial(line) == BlockSplitter.isSpecialPlain(line), "\(line)")
        }
        for line in ["The council approved the plan on Tuesday after a long debate about water prices in the region.",
                     "About twenty volunteers joined the clean-up along the river on Saturday morning, the organisers said.",
                     "Media contact: jane@acme.org", "Ende der Durchsage.", "30", "Jane Doe", ""] {
            #expect(!BlockSplitter.isSpecial(line), "\(line)")
        }
    }

    /// Lines of eight to twelve words skip the heading tests unless they open with markup; `Issued …` and
    /// `About …` still match there.
    @Test func longLinesOnlyMatchIssuedAndAbout() {
        let long = "About the Institute for Water and Soil Research of the Northern Region"
        #expect(BlockSplitter.isSpecial(long))
        #expect(BlockSplitter.isSpecial("**Media contacts for the Institute for Water and Soil Research**")
            == BlockSplitter.isSpecialPlain("**Media contacts for the Institute for Water and Soil Research**"))
        #expect(!BlockSplitter.isSpecial("Media contacts for the institute are listed at the end of this page"))
        #expect(BlockSplitter.isSpecial("Issued by the Office of the Minister for Water and Parks"))
        #expect(BlockSplitter.isSpecial("Herausgegeben am 6. Juni 2024 von der Stiftung Grünes Tal in Berlin"))
    }

    /// Variants a line may come in: case, markup, colons, spaces, quotes, CR.
    static func variants(_ line: String) -> [String] {
        [line, line.uppercased(), line.lowercased(), "**\(line)**", "# \(line)", "_\(line)_", "\(line):", "\(line) :",
         "  \(line)\t", "\"\(line)\"", "(\(line))", "\(line).", "\(line)\r", line.replacingOccurrences(of: " ", with: "  "),
         "*\(line)", "__\(line)__", "#\(line)#", "\(line) @acme", "\(line) www.acme.org"]
    }

    /// Characters where bytes and characters part: combining marks, odd spaces, folds that are not ASCII.
    static let awkward = [
        "Contact\u{301}s presse", "Relations me\u{301}dias", "\u{A0}Media contact", "Media contact\u{A0}:", "İletişim contact",
        "“Media contact”", "«\u{A0}Contacts presse\u{A0}»", "Presse\u{2011}kontakt", "Média\u{2019}s contact:", "Øresund media contact",
        "Œuvre contact", "Ñandú prensa:", "ǅ contact", "À propos de l’ONG", "Über uns\u{2003}", "Issued\u{2009}on 3 March",
        "Publié\u{200D} le 3 mars", "Ende\u{2003}", "— FIN —\u{301}", "Mais informações\u{2028}", "Emitido el 4 de abril\u{301}",
        "Communiqué", "Contact presse – Médias", "Notes à la rédaction…", "Contacto de prensa “", "Pressekontakt\u{2028}",
        "Weitere Informationen É\u{301}", "É\u{301}missions contact", "Ärzte Kontakt", "Über Acme Grün", "Émis le 3 mars 2024 Ÿ",
        "Contato: ana@exemplo.br", "Pressekontakt: +49 30 1234 5678 99", "**Über uns**", "# À savoir", "Notes à la rédaction",
    ]

    @Test func everyVariantAgreesWithTheStringPath() {
        for line in Self.special + Self.ordinary + Self.awkward + ReleaseLexiconTests.awkwardLines {
            for v in Self.variants(line) {
                #expect(BlockSplitter.isSpecial(v) == BlockSplitter.isSpecialPlain(v), "\(v)")
            }
        }
    }

    /// Every line of the dev corpus (all extraction styles), cut as the splitter sees them.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: dateDevCorpus + "/releases")))
    func everyDevCorpusLineAgreesWithTheStringPath() throws {
        var checked = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: dateDevCorpus + "/releases").sorted() {
            guard let text = try? String(contentsOfFile: dateDevCorpus + "/releases/" + name, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let s = String(line)
                #expect(BlockSplitter.isSpecial(s) == BlockSplitter.isSpecialPlain(s), "\(name): \(s)")
                checked += 1
            }
        }
        #expect(checked > 1000)
    }
}
