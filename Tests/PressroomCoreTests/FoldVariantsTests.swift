import Foundation
import Testing
@testable import PressroomCore

/// `Fold`'s four variants agree where their comments say they do and differ only as stated: one scalar at a
/// time over ASCII, Latin-1, Latin Extended-A and -B and the general punctuation the line fold tables.
@Suite struct FoldVariantsTests {
    static let latin: [Unicode.Scalar] = (0x21..<0x250).compactMap(Unicode.Scalar.init) + (0x2010..<0x2040).compactMap(Unicode.Scalar.init)

    @Test func everyVariantLowersASCIIAndDropsCombiningAccentsAlike() {
        for v in UInt8(0x21)...UInt8(0x7E) where (v | 0x20) &- 0x61 < 26 || v &- 0x30 < 10 {
            let s = String(UnicodeScalar(v))
            let want = s.lowercased()
            for variant in Fold.Variant.allCases {
                #expect(Fold.fold(s, variant) == want, "\(variant) \(s)")
                #expect(Fold.fold("e" + s + "\u{301}", variant) == "e" + want, "\(variant) \(s)")
            }
        }
    }

    /// The contact fold is the line fold but for spacing: same bytes for every Latin letter, mark and quote.
    @Test func contactAgreesWithLineOnEveryLatinScalar() {
        for u in Self.latin {
            let s = String(u)
            #expect(Fold.contact(s) == Fold.line(s), "U+\(String(u.value, radix: 16))")
        }
        #expect(Fold.contact("  Média  Desk ") == "  media  desk ")
        #expect(Fold.line("  Média  Desk ") == "media desk")
        // Beyond Latin the contact fold drops every nonspacing mark: `ế` (U+1EBF) and Greek `ά`.
        #expect(Fold.contact("\u{1EBF}") == "e" && Fold.line("\u{1EBF}") == "\u{1EBF}")
        #expect(Fold.contact("\u{3AC}") == "\u{3B1}")
    }

    /// The date fold is the line fold for the letters of its table; `ß` `æ` `œ` are spelled out and `ø` is
    /// `o`; any other scalar is only lowered.
    @Test func dateDiffersFromLineOnlyAsStated() {
        let spelled: [UInt32: String] = [0xDF: "ss", 0xE6: "ae", 0xC6: "ae", 0x153: "oe", 0x152: "oe", 0xF8: "o", 0xD8: "o"]
        var agree = 0
        for u in Self.latin where u.properties.isAlphabetic {
            let s = String(u)
            let date = Fold.date(s[...])
            if let want = spelled[u.value] {
                #expect(date == want, "U+\(String(u.value, radix: 16))")
            } else if date == Fold.line(s) {
                agree += 1
            } else {
                #expect(date == u.properties.lowercaseMapping, "U+\(String(u.value, radix: 16))")
            }
        }
        // The letters of the five languages' month and weekday names at least.
        #expect(agree >= 100)
        for s in ["März", "août", "FÉVRIER", "sábado", "ĀBOLS"] { #expect(Fold.date(s[...]) == Fold.line(s)) }
    }

    /// The date fold of `C3 xx` letters by their second byte is the date fold of the scalar (one ASCII letter).
    @Test func dateLatin1IsTheDateFoldOfEachScalar() {
        var letters = 0
        for second in 0x80..<0xC0 {
            let u = Unicode.Scalar(UInt32(0xC0 + second - 0x80))!
            let folded = Fold.date(String(u)[...])
            let entry = Fold.dateLatin1[second - 0x80]
            if entry != 0 { letters += 1 }
            #expect(entry == 0 ? folded.utf8.count != 1 || !folded.allSatisfy(\.isLetter) : folded == String(UnicodeScalar(entry)))
        }
        #expect(letters == 55)
    }

    /// The search fold is the line fold for every Latin letter without a compatibility decomposition, but `ß`
    /// `ẞ` and `ſ`; it splits where folding makes a non-word character.
    @Test func searchDiffersFromLineOnlyAsStated() {
        var agree = 0
        for u in Self.latin where u.properties.isAlphabetic && ![0xDF, 0x1E9E, 0x17F].contains(u.value) {
            let s = String(u)
            guard s.decomposedStringWithCompatibilityMapping == s.decomposedStringWithCanonicalMapping else { continue }
            #expect(Fold.fold(s, .search) == Fold.line(s), "U+\(String(u.value, radix: 16))")
            agree += 1
        }
        #expect(agree >= 300)
        #expect(Fold.fold("Straße", .search) == "strasse" && Fold.line("Straße") == "straße")
        #expect(Fold.fold("\u{FB01}sh", .search) == "fish")
        #expect(Fold.fold("rock’n’roll", .search) == "rock n roll" && Fold.line("rock’n’roll") == "rock'n'roll")
    }
}
