import Testing
@testable import PressroomCore

/// `ReleaseLexicon.isWebOrSocialLine` decides most lines on bytes, accented ones included; every answer must
/// agree with the character path (`isWebOrSocialLinePlain`), and the known lines keep their answers.
@Suite struct WebOrSocialLineTests {
    static let webLines = [
        "www.acme.org | Twitter: @acme", "Síguenos",
        "Site web: www.fondation-verte.fr · Facebook: fondationverte", "Síguenos en Twitter: @acme", "@fundación",
        "www.société-générale.fr", "Suivez-nous : @réseau_vert | www.réseau-vert.org", "Folgen Sie uns: @grünes_tal",
        "  www.acme.org  ·  @acme  ", "Web: https://acme.org/ñandú | Instagram: @ñandú", "presse@fondation.fr · www.fondation.fr",
    ]

    static let otherLines = [
        "Le rapport complet est publié sur www.fondation-verte.fr", "Visite www.acme.org para más información.",
        "El costo fue de €5.2 millones, según el informe.", "Über uns · Kontakt", "Site web : www.fondation-verte.fr · Facebook : fondationverte", "São Paulo · Brasil",
        "Prix : 12 € · Lieu : Genève", "Jane Doe | Responsable des relations presse", "ENDS",
        "Dirección: Calle Mayor 5, Madrid | Teléfono: +34 91 123 45 67",
        // Bytes that do not decide as characters: a combining mark on a separator or a space, U+0387 (equal to
        // `·` as a character), Unicode spaces at the ends, a CR.
        "www.acme.org |\u{301} @acme", "www.acme.org \u{301}| @acme", "@acme\u{387}www.acme.org", "www.acme.org ·\u{301} @acme",
        "\u{2003}www.société.fr\u{2003}", "www.société.fr |\u{2003}| @x", "www.société.fr\r", "Twitter:\u{301} @acme é",
        "é" + String(repeating: "www.acme.org ", count: 12), String(repeating: "é", count: 161),
        // Longer than 160 characters once trimmed, with and without bars, spaces at the ends, accents.
        String(repeating: "www.acme.org | ", count: 12), "  " + String(repeating: "@a|", count: 54) + "  ",
        String(repeating: "@é|", count: 54), String(repeating: "x", count: 161), " " + String(repeating: "x", count: 160) + " ",
    ]

    @Test func knownLinesKeepTheirAnswers() {
        for line in Self.webLines { #expect(ReleaseLexicon.isWebOrSocialLine(line), "\(line)") }
        for line in Self.otherLines.prefix(10) { #expect(!ReleaseLexicon.isWebOrSocialLine(line), "\(line)") }
    }

    @Test func bytesAgreeWithCharacters() {
        for line in Self.webLines + Self.otherLines {
            #expect(ReleaseLexicon.isWebOrSocialLine(line) == ReleaseLexicon.isWebOrSocialLinePlain(line), "\(line)")
        }
    }
}
