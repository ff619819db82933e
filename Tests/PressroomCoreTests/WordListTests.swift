import Testing
@testable import PressroomCore

/// The optional dictionary decides only the line-end hyphens the document says nothing about.
@Suite struct WordListTests {
    @Test(.enabled(if: WordList.english != nil, "no word list installed (Debian wamerican)"))
    func twoWordsKeepTheirHyphenOneWordIsJoined() {
        #expect(WordList.keepsHyphen(left: "fast", right: "struggle") == true)
        #expect(WordList.keepsHyphen(left: "govern", right: "ment") == false)
        #expect(WordList.keepsHyphen(left: "organ", right: "isation") == nil || WordList.keepsHyphen(left: "organ", right: "isation") == false)
    }

    @Test(.enabled(if: WordList.english != nil, "no word list installed (Debian wamerican)"))
    func aCompoundWithoutEvidenceInTheDocumentKeepsItsHyphen() {
        let evidence = HyphenationEvidence(lines: ["The fast-", "struggle ended in a draw."])
        #expect(Reflow.join(["The fast-", "struggle ended in a draw."], evidence: evidence, keepLineEndHyphens: false)
                == "The fast-struggle ended in a draw.")
        #expect(Reflow.join(["The govern-", "ment agreed."], evidence: HyphenationEvidence(lines: ["The govern-", "ment agreed."]),
                            keepLineEndHyphens: false) == "The government agreed.")
    }

    /// `ING` is in the list as an abbreviation; a lower-case `ing` after a line-end hyphen is a word's ending.
    @Test(.enabled(if: WordList.english != nil, "no word list installed (Debian wamerican)"))
    func anAbbreviationInTheListIsNoWordForALowerCaseFragment() {
        #expect(WordList.keepsHyphen(left: "emphasis", right: "ing") != true)
        let lines = ["The report ended by emphasis-", "ing the need for clean water."]
        #expect(Reflow.join(lines, evidence: HyphenationEvidence(lines: lines), keepLineEndHyphens: false)
                == "The report ended by emphasising the need for clean water.")
    }
}
