import Foundation
import Testing
@testable import PressroomCore

/// The organisation finder's per-release texts and the byte paths added with them (session 8) must give what
/// their plain definitions beside them give: the headline and body folded paragraph by paragraph (`Folds`),
/// acronyms asked of short lines one by one (`AcronymPlaces`), sentence subjects, host labels, mentions, the
/// about words' opening and the letter-pair prefilter. On crafted text that takes each branch (combining
/// marks, empty folds, whitespace runs, text beyond ASCII) and on every line and paragraph of the dev corpus
/// (`SpaceWordsTests.texts`). Every crafted name is invented.
@Suite struct OrganizationTextsTests {
    static var texts: [String] { OrganizationEvidenceFastPathTests.texts }

    /// Groups of paragraphs: crafted ones, then the dev corpus's paragraphs five at a time.
    static var paragraphGroups: [[String]] {
        let crafted: [[String]] = [
            [], [""], ["", "  "], ["Fenwick Trust today announced", "", "The trust runs   three\tlibraries."],
            ["  Leading and trailing  ", "\u{00A0}nbsp\u{00A0}", "Ärzte ohne Grenzen e.V.", "“Quoted” – dashed"],
            ["mark at end e\u{301}", "next"], ["a \u{301}", "b"], ["\u{301}", "x"], ["x\r\ny", "\r\n"],
            ["Sornac Music Council (SMC)", "SMC said", "smc again"], ["👩‍💼 Jane Roe", "Jane \u{0600} Roe"],
        ]
        let corpus = SpaceWordsTests.corpusTexts
        return crafted + stride(from: 0, to: corpus.count, by: 5).map { Array(corpus[$0..<min($0 + 5, corpus.count)]) }
    }

    @Test func headlineAndBodyFoldedByParagraphsAsTheDefinition() {
        let headlines = ["", "  ", "Fenwick Trust Opens Library", "É\u{301}cole annonce", "x\u{301}"]
        var compared = 0
        for (k, body) in Self.paragraphGroups.enumerated() {
            let headline = headlines[k % headlines.count]
            let joined = body.joined(separator: " ")
            let folds = Folds(headline: headline, bodyTexts: body, allText: { joined })
            let plain = Folds(headlineFoldedPlain: headline, body: joined)
            #expect(folds.headlineAndBody == plain.headlineAndBody, "\(headline) | \(body)")
            #expect(folds.body == plain.body, "\(body)")
            // The definition itself: the body joined and folded whole.
            #expect(plain.body == Fold.line(joined))
            // Mentions counted in the fold's bytes are those counted in its text.
            for name in ["Fenwick Trust", "SMC", "the trust", "Jane Roe", "Ärzte ohne"] {
                #expect(OrganizationNames.mentions(of: name, in: folds) == OrganizationNames.mentions(of: name, inFolded: plain.headlineAndBody), "\(name) in \(body)")
            }
            compared += 1
        }
        #expect(compared >= 20)
    }

    @Test func acronymsAskedOfShortLinesAsTheDefinition() {
        let groups: [[[String]]] = [
            [["FENWICK VALLEY MUSIC COUNCIL", "fvmc"], [], ["Issued by the FVMC"], ["Contact: press@fvmc.example"]],
            [["Line\twith\ttabs FVMC", "  fvmc  "], ["Über die FVMC"], ["Ärzte (FVMC)"]],
            [["x FVMC\u{301} y"], ["fvmc"]], [[""], ["  "]], [["Fvmc."], ["(fvmc)"], ["f v m c"]],
            [[String(repeating: "long line ", count: 13) + "FVMC"], ["FvMc"]],
            [Array(SpaceWordsTests.corpusTexts.prefix(200))],
        ]
        let words = ["fvmc", "fv", "fvmc.", "lvmc", "ärzte", "über", "c", "fenwick", "valley", "the"]
        var found = 0
        for lines in groups {
            var places = AcronymPlaces(lines: lines, plain: false)
            for w in words {
                let has = places.hasWord(w)
                #expect(has == places.hasWordPlain(w), "\(w) in \(lines)")
                if has { found += 1 }
            }
        }
        #expect(found >= 6)
    }

    @Test func sentenceSubjectsOnBytesMatchTheirDefinition() {
        let crafted = [
            "The Fenwick Valley Music Council (FVMC) today announced a season", "Fenwick Trust's new library opens",
            "Fenwick Children's Fund welcomes the plan", "Jane Roe Announces Run For Council Seat", "On 3 March the trust said",
            "Updated January 8", "Sornac Library District 9 opens", "FVMC said", "The FVMC", "\"Quoted Trust\" said today",
            "Vale of the Arts Trust, a charity, said", "Lakeside Wildlife Trust: new plans", "Lakeside (LWT) Trust",
            "Dallas County District Attorney's Office Urges Voters To Register", "NORTHERN LAKES TRUST ANNOUNCES FUNDING",
            "Sornac Music Council Youth Orchestra Summer Concert Series Tickets Available", "The", "", "  ", "A B",
            String(repeating: "Word ", count: 30) + "é", String(repeating: "Word ", count: 23) + "Last \u{301}x",
            "Fenwick Arts Trust ( today announced", "Of the Trust", "#Hashtag Group & Partners said",
        ]
        var onBytes = 0, subjects = 0
        for text in crafted + Self.texts {
            for headline in [false, true] {
                let quick = OrganizationNames.sentenceSubjectASCII(text, isHeadline: headline)
                let plain = OrganizationNames.sentenceSubjectPlain(text, isHeadline: headline)
                if let quick {
                    onBytes += 1
                    #expect(quick?.name == plain?.name && quick?.announces == plain?.announces, "\(text)")
                    if quick != nil { subjects += 1 }
                }
                let chosen = OrganizationNames.sentenceSubject(text, isHeadline: headline)
                #expect(chosen?.name == plain?.name && chosen?.announces == plain?.announces, "\(text)")
            }
        }
        // The byte path answers most texts, and finds subjects in many.
        #expect(onBytes >= 40)
        #expect(subjects >= 20)
    }

    @Test func hostLabelsOnBytesMatchTheirDefinition() {
        let hosts = ["www.fenwicktrust.org", "triton.uog.edu", "mail.example.co.uk", "FENWICK.Trust.ORG", "a.b", "localhost",
                     "...fen..wick...org", "news.sornac-council.gov.example", "bücher.example.de", "x.co", "abc.com.com",
                     "press.media.example", "", ".", "gmail.com", "xn--bcher-kva.example", "www.tab\tname.org"]
        for h in hosts {
            #expect(OrganizationNames.hostLabels([h]) == OrganizationNames.hostLabelsPlain([h]), "\(h)")
        }
        #expect(OrganizationNames.hostLabels(hosts) == OrganizationNames.hostLabelsPlain(hosts))
        #expect(OrganizationNames.hostLabels(["www.fenwicktrust.org", "mail.uog.edu"]) == ["fenwicktrust", "uog"])
    }

    @Test func mentionsOnBytesMatchTheirDefinition() {
        let folded = ["fenwick trust said the fenwick trust's plan", "xfenwick trust", "fenwick trustee", "é fenwick trust",
                      "fenwick trust\u{301} x", "fenwick trust", "", "the fvmc and fvmc-led fvmc",
                      "fenwick trustfenwick trust", "\u{0600}fenwick trust and the fenwick trust", "fenwick trust\u{0600}"].map { Fold.line($0) } + Self.texts.prefix(400).map { Fold.line($0) }
        let needles = ["fenwick trust", "fvmc", "the", "trust", "ab", "é fenwick", "fenwick trust\u{301}"]
        var answered = 0, counted = 0
        for text in folded {
            // (`mentions` folds the name; its two paths are asked about the folded needle.)
            for name in needles {
                let needle = Fold.line(name)
                let plain = OrganizationNames.mentionsPlain(ofFolded: needle, inFolded: text)
                if let quick = OrganizationNames.mentionsOnBytes(of: needle, inFolded: text) {
                    answered += 1
                    #expect(quick == plain, "\(needle) in \(text)")
                }
                let count = OrganizationNames.mentions(of: name, inFolded: text)
                #expect(count == plain, "\(needle) in \(text)")
                counted += count
            }
        }
        #expect(answered >= 100)
        #expect(counted >= 20)
    }

    /// A prepended scalar (U+0600–U+0605) before a name joins the name's first letter into one character with
    /// it: that is no mention, and counting must not stop there (the definition once ran out of bounds).
    @Test func aMentionMustStartAndEndOnCharacters() {
        #expect(OrganizationNames.mentionsPlain(ofFolded: "fenwick trust", inFolded: "\u{0600}fenwick trust, the fenwick trust") == 1)
        #expect(OrganizationNames.mentions(of: "Fenwick Trust", inFolded: Fold.line("\u{0605}Fenwick Trust")) == 0)
        #expect(OrganizationNames.mentionsPlain(ofFolded: "fenwick trust", inFolded: "fenwick trust\u{301} fenwick trust") == 1)
    }

    @Test func aNeedlePrintedTwiceIsFoundWithoutJoiningTheBody() {
        let bodies: [[String]] = [["HAUM meets", "the HAUM"], ["HAUMHAUM"], ["HAUM"], ["HAU", "M HAUM"], [], ["x", "HAUM y HAUM"]]
        for body in bodies {
            for needle in ["HAUM", "HAUM HAUM", "M H"] {
                let joined = body.joined(separator: " ")
                #expect(OrganizationFinder.printedTwice(needle, in: body, plain: false, allText: { joined })
                        == OrganizationFinder.printedTwice(needle, in: body, plain: true, allText: { joined }), "\(needle) in \(body)")
            }
        }
        #expect(OrganizationFinder.printedTwice("HAUM", in: ["HAUM meets", "the HAUM"], plain: false, allText: { "" }))
    }

    @Test func openingsFoldedOnBytesAsTheDefinition() {
        let crafted = ["About the Trust", "  A  propos   de la Maison", "ABOUT", "Sobre\u{301} x", "Zu den Amis und so weiter fort",
                       "about" + String(repeating: " ", count: 11) + "x", "acerca de la", "\tabout x", ""]
        var answered = 0
        for text in crafted + Self.texts {
            guard let opening = OrganizationNames.foldedOpeningASCII(text) else { continue }
            answered += 1
            #expect(opening == Array(Fold.line(text.prefix(16)).utf8), "\(text)")
        }
        #expect(answered >= 50)
    }

    @Test func letterPairsNeverRuleOutAWordOfTheirVocabulary() {
        let words = ReleaseLexicon.organizationWords.union(["x", "1st", "s.a.", "ABC"])
        let pairs = LetterPairs(words)
        let set = WordSet(words)
        var ruledOut = 0, held = 0
        // Every form the set holds (lowered), the pairs may hold.
        for w in words.union(["Abc", "ZÜ", "Zu"]) {
            for form in [w, w.uppercased(), w.capitalized] {
                var copy = form
                copy.withUTF8 { b in
                    guard set.containsLowered(b) else { return }
                    held += 1
                    #expect(pairs.mayHold(b, 0..<b.count), "\(form)")
                }
            }
        }
        #expect(held >= 200)
        // A word beyond ASCII leaves every pair possible.
        var other = "qq"
        #expect(other.withUTF8 { LetterPairs(["zü", "ab"]).mayHold($0, 0..<$0.count) })
        // (The finder's pairs: its vocabulary is ASCII, so some pairs are ruled out.)
        let finderPairs = LetterPairs(ReleaseLexicon.organizationWords)
        for w in ["the", "qq", "Zzz", "today"] {
            var copy = w
            if !copy.withUTF8({ finderPairs.mayHold($0, 0..<$0.count) }) { ruledOut += 1 }
        }
        // It rules out words that open otherwise, else it saves nothing.
        #expect(ruledOut >= 2)
    }
}
