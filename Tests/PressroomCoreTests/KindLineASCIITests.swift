import Testing
@testable import PressroomCore

/// `KindLineASCII` cuts a kind line and judges its rest on bytes; both must agree with the character
/// path `HeaderRole.classify` takes for other lines (written out here as it is there).
@Suite struct KindLineASCIITests {
    static let lines = [
        "Press Release", "PRESS RELEASE", "Press  Release   Acme Holdings plc", "Press Release - 2 July 2024",
        "News Release | Riverlight Holdings", "Joint Statement: Ministry of Water and the Coast Trust",
        "Press Release\tAcme", "Press Release \t Acme Ltd", "Media Advisory /", "Statement from the Minister on water prices.",
        "Press Release -- ", "Press Release Kimberley Process Civil Society Coalition", "Press Release , :Acme| ",
        "Press Release Goldline plc", "Press Release Acme of the North and South East West Coast Region Partners Group",
        "Statement", " Statement ", "Press Release acme", "Press Release Acme announces results today",
    ]

    /// `classify`'s character path: words cut at spaces, the rest trimmed and stripped of its edge marks.
    static func cutByCharacters(_ text: String, kindWords n: Int) -> (String, String) {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        let kind = words.prefix(n).joined(separator: " ")
        let rest = TextScan.trim(words.dropFirst(n).joined(separator: " ")).trimming(Set<Character>(" -–—|:,/"))
        return (kind, rest)
    }

    static func isNameByCharacters(_ rest: String) -> Bool {
        guard let first = rest.first, first.isUppercase, !TextScan.endsSentence(rest), rest.split(separator: " ").count <= 10 else { return false }
        return rest.split(separator: " ").filter { $0.first?.isLowercase == true }.allSatisfy {
            ReleaseLexicon.nameJoiners.contains(Fold.line($0)) || ReleaseLexicon.organizationWords.contains(Fold.line($0))
        }
    }

    @Test func cutsAsTheCharactersDo() throws {
        for line in Self.lines {
            for n in 1...3 {
                let cut = try #require(KindLineASCII.cut(line, kindWords: n))
                let expected = Self.cutByCharacters(line, kindWords: n)
                #expect(cut.kind == expected.0 && cut.rest == expected.1, "\(line) \(n)")
            }
        }
        #expect(KindLineASCII.cut("Communiqué de presse", kindWords: 3) == nil)
        #expect(KindLineASCII.cut("Press Release\r\nAcme", kindWords: 2) == nil)
    }

    @Test func judgesNamesAsTheCharactersDo() throws {
        for line in Self.lines {
            let rest = Self.cutByCharacters(line, kindWords: 2).1
            #expect(try #require(KindLineASCII.isName(rest)) == Self.isNameByCharacters(rest), "\(rest)")
        }
        #expect(KindLineASCII.isName("Acme Holdings plc") == true)
        #expect(KindLineASCII.isName("Acme announces results") == false)
        #expect(KindLineASCII.isName("Fundación Río") == nil)
    }
}
