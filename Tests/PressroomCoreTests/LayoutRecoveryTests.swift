import Testing
@testable import PressroomCore

@Suite struct LayoutRecoveryTests {
    @Test func recognisesEachStyle() {
        let tika = "\n \n\nPRESS RELEASE \n\nTitle line \n \n\nBody line one \n\nbody line two \n\n \n\nEnd \n\n"
        #expect(LayoutRecovery.recover(tika, format: .text).style == .tika)
        let layout = "Acme Ltd                                        Press Release\n\n\nTitle\n\n                    ###\n\n                                    1\n\u{0C}"
        #expect(LayoutRecovery.recover(layout, format: .text).style == .layout)
        let pdftotext = "ACME\n\nTitle\nBody line.\n\nPage 1 of 1\n\u{0C}"
        #expect(LayoutRecovery.recover(pdftotext, format: .text).style == .pdftotext)
        #expect(LayoutRecovery.recover("Title\n\nBody.\n", format: .text).style == .plain)
        #expect(LayoutRecovery.recover("# Title\n\nBody.\n", format: .markdown).style == .markdown)
    }

    @Test func pageNumbersInEveryLanguage() {
        for n in ["Page 2 of 3", "Página 1 de 2", "Seite 1 von 2", "2/3", "– 1 –", "- 2 -", "12", "Page 4", "p. 3"] {
            #expect(PageFurniture.isPageNumber(n), "\(n)")
        }
        for n in ["2024", "1. The network", "Page layout matters", "20 November 2023"] {
            #expect(!PageFurniture.isPageNumber(n), "\(n)")
        }
    }

    @Test func repeatedHeadersAreRemovedAndPagesRejoined() {
        let text = "ACME TRUST\nwww.acme.example\n\nThe trust said the work would go on for\n\nPage 1 of 2\n\u{0C}ACME TRUST\nwww.acme.example\n\nthree more years.\n\nPage 2 of 2\n\u{0C}"
        let r = LayoutRecovery.recover(text, format: .text)
        #expect(r.furniture == ["ACME TRUST", "www.acme.example"])
        #expect(r.blocks.map(\.joined) == ["The trust said the work would go on for three more years."])
    }

    @Test func lineEndHyphensJudgedFromTheDocument() {
        var evidence = HyphenationEvidence(lines: ["entered into the KP-certified chain", "a community meeting was run"])
        #expect(evidence.keepsHyphen(left: "KP", right: "certified"))
        #expect(evidence.keepsHyphen(left: "non", right: "binding"))
        #expect(evidence.keepsHyphen(left: "COVID", right: "19"))
        #expect(evidence.keepsHyphen(left: "community", right: "run"))
        #expect(!evidence.keepsHyphen(left: "organ", right: "isation"))
        #expect(!evidence.keepsHyphen(left: "kilo", right: "metres"))
        evidence = HyphenationEvidence(lines: ["the kilometres of river"])
        #expect(!evidence.keepsHyphen(left: "kilo", right: "metres"))
        let joined = Reflow.join(["where KP-", "certified diamonds and organ-", "isations"], evidence: HyphenationEvidence(lines: ["the KP-certified chain"]), keepLineEndHyphens: false)
        #expect(joined == "where KP-certified diamonds and organisations")
        // Typed text wraps at spaces, so a line-end hyphen is the word's own.
        #expect(Reflow.join(["a four-", "day week"], evidence: HyphenationEvidence(), keepLineEndHyphens: true) == "a four-day week")
    }

    @Test func pdftotextLostHyphensComeBackFromEvidence() {
        let evidence = HyphenationEvidence(lines: ["into the KP-certified chain"])
        #expect(Reflow.restoreHyphens("where KPcertified diamonds", evidence: evidence) == "where KP-certified diamonds")
    }

    @Test func datelinesAndTheirPlaces() {
        let hints = DateHints()
        let d = Dateline.split("NAIROBI, Kenya, 2023-05-14 – The Jirani network said", hints: hints)
        #expect(d?.location == "NAIROBI, Kenya")
        #expect(d?.rest == "The Jirani network said")
        #expect(Dateline.split("GENEVA – The council met", hints: hints)?.location == "GENEVA")
        #expect(Dateline.split("The company – founded in 2017 – said", hints: hints) == nil)
        #expect(Dateline.split("In 2023 – the year of the flood – rivers rose", hints: hints) == nil)
        let wire = Dateline.split("LAGOS, Nigeria, 2024-03-01 /PRNewswire/ -- Acme said", hints: hints)
        #expect(wire?.location == "LAGOS, Nigeria")
        #expect(wire?.rest == "Acme said")
    }

    @Test func genreWordsInFiveLanguages() {
        for l in ["Notes to editors", "About Haneul Motion Robotics", "À propos du ROASP", "Sobre o Instituto Veredas",
                  "Über die Stiftung Hafenkante", "Background"] {
            #expect(ReleaseLexicon.isNotesHeading(l), "\(l)")
        }
        for l in ["Media contact:", "Contact presse", "Pressekontakt", "Contacto de prensa", "Assessoria de imprensa",
                  "For further information please contact:", "Press enquiries"] {
            #expect(ReleaseLexicon.isContactHeading(l), "\(l)")
        }
        #expect(!ReleaseLexicon.isContactHeading("For more information, visit https://www.example.org."))
        for l in ["ENDS", "-ENDS-", "###", "-30-", "FIN", "FIM", "- 30 -"] { #expect(ReleaseLexicon.isEndMark(l), "\(l)") }
        for l in ["Fine", "30", "END OF THE ROAD FOR DIESEL"] { #expect(!ReleaseLexicon.isEndMark(l), "\(l)") }
        for l in ["For immediate release", "EMBARGOED UNTIL 00:01 BST, WEDNESDAY 3 JULY 2024", "Sperrfrist: 5. September 2023",
                  "Pour diffusion immédiate", "Ne pas publier avant le 3 mars", "Para difusión inmediata"] {
            #expect(ReleaseLexicon.isReleaseInstruction(l), "\(l)")
        }
    }

    @Test func neverCrashesOnOddInput() {
        let inputs = ["", " ", "\n\n\n", "\u{0C}\u{0C}", "-", "###", "Title only", "«", "“", String(repeating: "word ", count: 20_000), String(repeating: "x", count: 3_000),
                      String(repeating: "word- \n\n", count: 2000), "PRESS RELEASE\n", "- \n- \n", "1. \n2)", "(ABC)", "About",
                      "\t\t\t", "GENEVA –", "a – b", "(", ")", "Page", "Page 1 of"]
        for text in inputs {
            for format in [SourceFormat.text, .markdown, .pdf] {
                let doc = LoadedDocument(file: SourceFile(url: .init(fileURLWithPath: "/x"), source: "x", format: format), text: text, id: "x")
                let r = ReleaseParser.parse(doc)
                #expect(r.paragraphs.allSatisfy { !$0.isEmpty })
            }
        }
    }
}
