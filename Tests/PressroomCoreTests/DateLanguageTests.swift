import Foundation
import Testing
@testable import PressroomCore

/// `DateLanguage.scan` finds words eight bytes at a time; these tests hold it to the plain definition:
/// words are runs of ASCII letters and non-ASCII bytes, folded (lower case, Latin-1 accents dropped), and a
/// word counts when all its letters fold to ASCII and it is listed.
@Suite struct DateLanguageTests {
    /// The definition, byte by byte, with the word lists as sets of strings.
    static func reference(_ text: String) -> (counts: [Int], british: Int) {
        let bytes = Array(text.utf8)
        let lists = DateLanguage.stopwords.map { Set($0) }
        let british = Set(DateLanguage.british)
        var counts = [Int](repeating: 0, count: lists.count)
        var britishCount = 0
        var word: [UInt8] = []
        var plain = true
        var length = 0
        func flush() {
            if length > 0, plain {
                let w = String(decoding: word, as: UTF8.self)
                for (k, list) in lists.enumerated() where list.contains(w) { counts[k] += 1 }
                if british.contains(w) { britishCount += 1 }
            }
            word = []
            plain = true
            length = 0
        }
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            if (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A {
                word.append(c | 0x20); length += 1; i += 1
            } else if c == 0xC3, i + 1 < bytes.count, bytes[i + 1] >= 0x80, bytes[i + 1] < 0xC0 {
                let f = Fold.dateLatin1[Int(bytes[i + 1] - 0x80)]
                if f == 0 { plain = false } else { word.append(f) }
                length += 1; i += 2
            } else if c >= 0x80 {
                plain = false; length += 1; i += 1
            } else {
                flush(); i += 1
            }
        }
        flush()
        return (counts, britishCount)
    }

    static func scanned(_ text: String) -> (counts: [Int], british: Int) {
        var text = text
        return text.withUTF8 { DateLanguage.counts($0) }
    }

    @Test func countsEveryListedWordAsTheDefinitionDoes() {
        let samples = [
            "The company and the city of Lyon will sign on Monday.",
            "Le maire et la ville de Lyon signent pour les écoles du quartier, avec une aide.",
            "El alcalde y los vecinos de la ciudad para una firma del acuerdo con el público.",
            "O prefeito e os moradores da cidade não assinam o acordo com a empresa em São Paulo.",
            "Der Bürgermeister und die Stadt sind für das Projekt mit der Firma auf dem Weg zu einer Lösung.",
            "The organisation's programme centres on colour, behaviour and neighbourhoods; the neighbourhood whilst kilometres.",
            "THE AND OF Für FÜR für NÃO Não ÉCOLE Über über",
            "x the\u{301} the·and the€ the日本 neighbourhoodsx neighbourhoodss organisationsX",
            "a b c d e f g h i j k l m n o p q r s t u v w x y z the the the",
            "programmeprogramme the-and the_and the1and 2the and3 «les» (des) [et] 'la'",
            "",
            "the",
            "é", "\u{C3}", "theé", "avec\u{00A0}les", "les\tdes\ndu\r\nau",
        ]
        for text in samples {
            let got = Self.scanned(text), want = Self.reference(text)
            #expect(got.counts == want.counts && got.british == want.british, "\(text)")
        }
    }

    @Test func countsLongAndRandomTextAsTheDefinitionDoes() {
        // Words from every list, long words, accents and other scripts, cut by assorted separators, in
        // texts longer than one piece; a fixed generator, so that a failure repeats.
        var words = DateLanguage.stopwords.joined().map { $0 } + DateLanguage.british
        words += ["The", "AND", "für", "NÃO", "São", "école", "Ærø", "naïve", "straße", "日本", "€", "ĳ", "neighbourhoodsx",
                  "kilometresandmore", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "a", "x"]
        let separators = [" ", "  ", ", ", ". ", "\n", "-", "'", "1", " (", ") ", "\t", "/"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        for _ in 0..<60 {
            var text = ""
            let count = 1 + next(1_500)
            for _ in 0..<count {
                text += words[next(words.count)]
                if next(10) > 0 { text += separators[next(separators.count)] }
            }
            let got = Self.scanned(text), want = Self.reference(text)
            #expect(got.counts == want.counts && got.british == want.british)
            // And `scan`'s verdict is the one the reference counts give.
            var copy = text
            let verdict = copy.withUTF8 { DateLanguage.scan($0) }
            #expect(verdict.britishSpellings == want.british)
        }
    }
}
