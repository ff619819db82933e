import Testing
@testable import PressroomCore

/// `LineFold.fold` writes text whose accents and punctuation all have table entries straight from flat
/// tables; it must agree with the definition (`Fold.linePlain`) for every such scalar, alone, between
/// spaces and words, and next to scalars outside the tables (which take the general path).
@Suite struct LineFoldTests {
    static let tabled: [Unicode.Scalar] = (UInt32(0x80)..<0x180).compactMap(Unicode.Scalar.init)
        + (UInt32(0x2010)..<0x2040).compactMap(Unicode.Scalar.init)

    @Test func everyTabledScalarFoldsAsTheDefinition() {
        for u in Self.tabled {
            let c = String(u)
            for s in [c, " \(c) ", "A\(c)B", "x  \(c)\tY", "\(c)\(c)\(c)", "Éte\(c)", "\(c) ǅ \(c)"] {
                #expect(Fold.line(s) == Fold.linePlain(s), "\(s.debugDescription)")
            }
        }
    }

    @Test func longMixedTextFoldsAsTheDefinition() {
        var s = ""
        for (k, u) in Self.tabled.enumerated() {
            s.unicodeScalars.append(u)
            s += k % 3 == 0 ? " Word " : k % 5 == 0 ? "\t\t" : "x"
        }
        #expect(Fold.line(s) == Fold.linePlain(s))
        #expect(Fold.line(s + "ΩЖ中😀") == Fold.linePlain(s + "ΩЖ中😀"))
        #expect(Fold.line("Communiqué de Presse — Genève") == "communique de presse — geneve")
    }
}
