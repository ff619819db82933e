import Testing
@testable import PressroomCore

/// `WordShapes` may only rule out words that are in no set: every lexicon word, in any case, must pass;
/// words of other shapes are ruled out.
@Suite struct WordShapesTests {
    @Test func neverRulesOutALexiconWord() {
        let sets = [ReleaseLexicon.organizationWords, ReleaseLexicon.nameJoiners, ReleaseLexicon.departmentWords]
        let shapes = WordShapes(sets)
        for set in sets {
            for word in set {
                for form in [word, word.uppercased(), word.prefix(1).uppercased() + word.dropFirst()] {
                    var copy = form
                    copy.withUTF8 { b in
                        if WordShapes.isPlainWord(b) { #expect(shapes.mayHold(b), "\(form)") }
                    }
                }
            }
        }
        var other = "Xylophonics"
        other.withUTF8 { #expect(!shapes.mayHold($0)) }
        var tabbed = "Acme\tLtd"
        tabbed.withUTF8 { #expect(!WordShapes.isPlainWord($0)) }
    }
}
