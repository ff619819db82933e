import Testing
@testable import PressroomCore

/// The lexicon's line tests take a byte path for plain ASCII lines and the Unicode path for the rest:
/// each test gives English lines and French, Spanish, Portuguese and German ones, so both are exercised.
@Suite struct ReleaseLexiconTests {
    /// Lines whose folding and trimming must come out as `TextScan` gives them, accents, typographic
    /// punctuation, odd spaces and combining marks included.
    static let awkwardLines = [
        "", " ", "Press Release", "  FOR IMMEDIATE RELEASE  ", "Communiqué de presse", "À propos de l’ONG",
        "Über die Stiftung Grünes Tal", "Síguenos en Twitter: @acme", "Nota à imprensa — São Paulo",
        "Ende\u{2003}", "\u{3000}Paris, le 12 mars 2024\u{3000}", "e\u{301}te\u{301} 2024", "ǅ Ǆ Ǳ ẞ ß æ Œ",
        "Tab\tseparated\u{0B}line\r\n", "“Quoted” – dash … ellipsis", "Kelvin \u{212A} sign", "İstanbul",
        "\u{0600}2024 and 2024\u{0301}", "#### **Notes to editors:**",
    ]

    @Test func foldAgreesWithTextScan() {
        for line in Self.awkwardLines {
            #expect(Fold.line(line) == Fold.linePlain(line), "\(line.debugDescription)")
            #expect(Fold.line(line.dropFirst()) == Fold.linePlain(line.dropFirst()), "\(line.debugDescription)")
        }
    }

    /// Trimming by White_Space scalars, the definition `TextScan.trim`'s byte paths must agree with.
    static func trimmedByScalars(_ s: String) -> String {
        let u = s.unicodeScalars
        guard let a = u.firstIndex(where: { !$0.properties.isWhitespace }),
              let b = u.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(String.UnicodeScalarView(u[a...b]))
    }

    @Test func trimAgreesWithTextScan() {
        for line in Self.awkwardLines {
            #expect(TextScan.trim(line[...]) == TextScan.trim(line), "\(line.debugDescription)")
            #expect(TextScan.trim(line).unicodeScalars.elementsEqual(Self.trimmedByScalars(line).unicodeScalars), "\(line.debugDescription)")
        }
    }

    @Test func releaseInstructions() {
        #expect(ReleaseLexicon.isReleaseInstruction("FOR IMMEDIATE RELEASE"))
        #expect(ReleaseLexicon.isReleaseInstruction("**Embargoed until 10:00 CET, 4 June 2024**"))
        #expect(ReleaseLexicon.isReleaseInstruction("Pour diffusion immédiate"))
        #expect(ReleaseLexicon.isReleaseInstruction("À ne pas publier avant le 3 mai 2024"))
        #expect(ReleaseLexicon.isReleaseInstruction("Para difusión inmediata"))
        #expect(ReleaseLexicon.isReleaseInstruction("Zur sofortigen Veröffentlichung"))
        #expect(!ReleaseLexicon.isReleaseInstruction("Formal release of the annual report"))
        #expect(!ReleaseLexicon.isReleaseInstruction("Diffusé à Genève, le rapport…"))
    }

    @Test func headerRoles() {
        let hints = DateHints()
        func kind(_ line: String) -> String? {
            if case .kind(let k, _) = HeaderRole.classify(line, hints: hints) { return k }
            return nil
        }
        #expect(kind("PRESS RELEASE") == "PRESS RELEASE")
        #expect(kind("Joint Press Release") == "Joint Press Release")
        #expect(kind("Communiqué de presse") == "Communiqué de presse")
        #expect(kind("Pressemitteilung – 5. Mai 2024") == "Pressemitteilung")
        #expect(kind("Comunicado de prensa") == "Comunicado de prensa")
        #expect(kind("Press releases archive") == nil)
        if case .release = HeaderRole.classify("Sperrfrist: 14. Mai 2024, 10 Uhr", hints: hints) {} else { Issue.record("Sperrfrist line") }
        if case .placeDate(let place, let date) = HeaderRole.classify("Paris, le 12 mars 2024", hints: hints) {
            #expect(place == "Paris")
            #expect(date?.iso == "2024-03-12")
        } else { Issue.record("French dateline") }
        if case .date(let date) = HeaderRole.classify("Fecha: 3 de mayo de 2024", hints: hints) {
            #expect(date?.iso == "2024-05-03")
        } else { Issue.record("Spanish date label") }
        if case .date(let date) = HeaderRole.classify("Date: 14.11.2023", hints: hints) {
            #expect(date?.iso == "2023-11-14")
        } else { Issue.record("numeric date label") }
        if case .other = HeaderRole.classify("Stiftung Grünes Tal", hints: hints) {} else { Issue.record("letterhead") }
        if case .other = HeaderRole.classify("Acme Holdings plc", hints: hints) {} else { Issue.record("letterhead") }
    }

    @Test func years() {
        #expect(CalendarWords.containsYear("Lyon, 2024"))
        #expect(CalendarWords.containsYear("München, März 2024"))
        #expect(CalendarWords.containsYear("14.11.1999"))
        #expect(!CalendarWords.containsYear("Reference 12345 and 2100"))
        #expect(!CalendarWords.containsYear("Página 2"))
        // A digit joined to a combining mark is not a digit character.
        #expect(!CalendarWords.containsYear("2024\u{0301}"))
        #expect(CalendarWords.containsYear("2024\u{0301} and 2023"))
    }

    @Test func webAndSocialLines() {
        #expect(ReleaseLexicon.isWebOrSocialLine("www.acme.org | Twitter: @acme"))
        #expect(ReleaseLexicon.isWebOrSocialLine("Follow us on LinkedIn: acme-holdings"))
        #expect(ReleaseLexicon.isWebOrSocialLine("Síguenos en Twitter: @acme"))
        #expect(ReleaseLexicon.isWebOrSocialLine("Site web: www.fondation-verte.fr · Facebook: fondationverte"))
        #expect(ReleaseLexicon.isWebOrSocialLine("acme-robotics.co.kr"))
        #expect(!ReleaseLexicon.isWebOrSocialLine("Visit www.acme.org for the full report."))
        #expect(!ReleaseLexicon.isWebOrSocialLine("Le rapport complet est publié sur www.fondation-verte.fr"))
        #expect(!ReleaseLexicon.isWebOrSocialLine(String(repeating: "www.acme.org ", count: 14)))
        // Accented lines of one part: a handle, an address, a labelled line pass; prose and names do not.
        #expect(ReleaseLexicon.isWebOrSocialLine("Síguenos: @fundacion_verde"))
        #expect(ReleaseLexicon.isWebOrSocialLine("@fundación"))
        #expect(ReleaseLexicon.isWebOrSocialLine("www.société-générale.fr"))
        #expect(ReleaseLexicon.isWebOrSocialLine("presse@société.fr"))
        #expect(!ReleaseLexicon.isWebOrSocialLine("Pour en savoir plus, consultez le site de la Fondation."))
        #expect(!ReleaseLexicon.isWebOrSocialLine("Über die Stiftung"))
        #expect(!ReleaseLexicon.isWebOrSocialLine("São Paulo é a maior cidade."))
    }

    @Test func dateLinesWithAccents() {
        let hints = DateHints()
        for (line, iso) in [("Genève, le 1er février 2024", "2024-02-01"), ("Bogotá, 12 de marzo de 2024", "2024-03-12"),
                            ("São Paulo, 14 de março de 2023", "2023-03-14"), ("München, 5. März 2024", "2024-03-05"),
                            ("Sábado, 3 de agosto de 2024", "2024-08-03")] {
            guard let (_, date) = Dateline.placeAndDate(line, hints: hints, requirePlace: false) else {
                Issue.record("no date in \(line)")
                continue
            }
            #expect(date?.iso == iso, "\(line)")
        }
    }

    @Test func endMarks() {
        for mark in ["ENDS", "-ENDS-", "###", "- 30 -", "– FIN –", "— Ende —", "*** FIM ***", "End of release"] {
            #expect(ReleaseLexicon.isEndMark(mark), "\(mark)")
        }
        // Unicode spaces around the mark are trimmed like ASCII ones.
        #expect(ReleaseLexicon.isEndMark("\u{3000}ENDS\u{3000}"))
        #expect(ReleaseLexicon.isEndMark("–ENDS–"))
        for line in ["30", "Fin de la réunion", "The end", "Endspiel", "Ende gut, alles gut", "End, of course", "ENDS\tNOW",
                     "– – – – – – – – ENDS – – – – – – – –"] {
            #expect(!ReleaseLexicon.isEndMark(line), "\(line)")
        }
    }

    @Test func notesHeadings() {
        for heading in ["Notes to editors:", "NOTES TO EDITORS", "À propos de la Fondation Verte", "A propos du ROASP",
                        "Über die Stiftung Grünes Tal", "Acerca de Red Andina", "Sobre a Rede Cerrado", "About Acme Ltd",
                        "Hinweis für Redaktionen", "Notas para editores"] {
            #expect(ReleaseLexicon.isNotesHeading(heading), "\(heading)")
        }
        for line in ["About 300 people attended the event.", "about the network", "Notes from the field trip to Lyon"] {
            #expect(!ReleaseLexicon.isNotesHeading(line), "\(line)")
        }
    }

    @Test func contactHeadings() {
        for heading in ["Media contact:", "MEDIA CONTACTS", "Contacts presse", "Pressekontakt:", "Más información:",
                        "Assessoria de Imprensa", "**For media enquiries**", "Press:", "Relations médias"] {
            #expect(ReleaseLexicon.isContactHeading(heading), "\(heading)")
        }
        for line in ["The contact group met on Monday.", "media contact", "Contact: jane@acme.org", "Prensa del sector",
                     "Contact www.acme.org", "Contacts http links"] {
            #expect(!ReleaseLexicon.isContactHeading(line), "\(line)")
        }
    }

    @Test func issuedLinesAndContactSentences() {
        #expect(ReleaseLexicon.isIssuedLine("Issued on 3rd March, 2025"))
        #expect(ReleaseLexicon.isIssuedLine("Publié le 4 mars 2025"))
        #expect(ReleaseLexicon.isIssuedLine("Veröffentlicht am 5. Mai 2024"))
        #expect(!ReleaseLexicon.isIssuedLine("The report issued on Monday"))
        #expect(ReleaseLexicon.startsContactSentence("For further information contact Amanda Jackson on +31 20 555 0101"))
        #expect(ReleaseLexicon.startsContactSentence("Pour plus d’informations, contactez Marie Dupont au +33 1 23 45 67 89"))
        #expect(ReleaseLexicon.startsContactSentence("Für weitere Informationen: presse@stiftung.de"))
        #expect(!ReleaseLexicon.startsContactSentence("Further information will follow next week."))
    }
}

/// `listMarkerLength` refuses most lines on bytes before reading characters: the answers a reader
/// expects for bullets, numbered items, dates and prose.
@Suite struct ListMarkerBytesTests {
    @Test func markersAndNearMisses() {
        #expect(ReleaseLexicon.listMarkerLength("- First point") == 2)
        #expect(ReleaseLexicon.listMarkerLength("  * Second point") == 4)
        #expect(ReleaseLexicon.listMarkerLength("+\tThird") == 2)
        #expect(ReleaseLexicon.listMarkerLength("• Bullet") == 2)
        #expect(ReleaseLexicon.listMarkerLength("1. The first step") == 3)
        #expect(ReleaseLexicon.listMarkerLength("12) The twelfth step") == 4)
        #expect(ReleaseLexicon.listMarkerLength("-30-") == nil)
        #expect(ReleaseLexicon.listMarkerLength("- 30 -") == nil)
        #expect(ReleaseLexicon.listMarkerLength("*bold* text") == nil)
        #expect(ReleaseLexicon.listMarkerLength("2.5 million people") == nil)
        #expect(ReleaseLexicon.listMarkerLength("2024 was a record year") == nil)
        #expect(ReleaseLexicon.listMarkerLength("123. Not an item") == nil)
        #expect(ReleaseLexicon.listMarkerLength("3 March 2025") == nil)
        #expect(ReleaseLexicon.listMarkerLength("1.The first step") == nil)
        #expect(ReleaseLexicon.listMarkerLength("The council said") == nil)
        #expect(ReleaseLexicon.listMarkerLength("   ") == nil)
        #expect(ReleaseLexicon.listMarkerLength("7") == nil)
        // Characters other than ASCII after the mark still go through the character tests.
        #expect(ReleaseLexicon.listMarkerLength("1. Über uns") == 3)
        #expect(ReleaseLexicon.listMarkerLength("1.\u{301} Item") == nil)
    }
}
