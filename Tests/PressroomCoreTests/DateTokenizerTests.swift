import Foundation
import Testing
@testable import PressroomCore

/// The byte tokenizer for ASCII lines gives the tokens the scalar tokenizer (the definition) gives.
@Suite struct DateTokenizerTests {
    static func same(_ a: [DateToken], _ b: [DateToken]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy {
            $0.kind == $1.kind && $0.start == $1.start && $0.end == $1.end && $0.spaced == $1.spaced && $0.folded == $1.folded
        }
    }

    @Test func asciiLinesTokeniseAsScalarsDo() {
        var lines = [
            "NAIROBI, Kenya, 14 May 2023 -- ignored", "Santander, 23 de septiembre de 2024.", "June 28, 2021",
            "Sept. 5, 2024", "segunda-feira, 3 de marco de 2025", "x-1 -a a- a-b-c --x 2024-11-14 17/04/2024",
            "\t 3rd\r\nMarch\u{0B}2025\u{0C}", "", "   ", "1234567890123 99999999999", "A1b2C3", "Mon,Tue;Wed:(Thu)[Fri]",
        ]
        // A fixed generator over the bytes dates are made of.
        let alphabet = Array("aZmM-./,:;()0123456789 \t\r\nSEPTsept°".utf8.filter { $0 < 0x80 })
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<300 {
            var bytes: [UInt8] = []
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            let length = Int(state % 60)
            for _ in 0..<length {
                state ^= state << 13; state ^= state >> 7; state ^= state << 17
                bytes.append(alphabet[Int(state % UInt64(alphabet.count))])
            }
            lines.append(String(decoding: bytes, as: UTF8.self))
        }
        for line in lines {
            // In a substring that does not start at its base's start, as the parser passes them.
            let base = "»» " + line + " ««"
            let slice = base.dropFirst(3).dropLast(3)
            let fast = DateTokenizer.asciiTokens(of: slice)
            #expect(fast != nil)
            #expect(Self.same(fast ?? [], DateTokenizer.scalarTokens(of: slice)), "\(line)")
        }
    }

    @Test func nonASCIILinesTakeTheScalarPath() {
        #expect(DateTokenizer.asciiTokens(of: "le 1er août 2024"[...]) == nil)
        #expect(DateParser.firstDate(in: "le 1er août 2024")?.iso == "2024-08-01")
    }

    @Test func linesWithoutAYearOfFourDigitsHoldNoDate() {
        #expect(!DateParser.hasYearDigits("Call +1 555 0199 or 44 20 7946 0958"[...]))
        #expect(!DateParser.hasYearDigits("12 May 20245"[...]))
        #expect(DateParser.hasYearDigits("12 May 2024."[...]))
        #expect(DateParser.firstDate(in: "12 May 20245") == nil)
        #expect(DateParser.firstDate(in: "3/4/3024") == nil)
        #expect(DateParser.iso(2024, 5, 3) == "2024-05-03")
        #expect(DateParser.iso(12345, 5, 3) == "12345-05-03")
    }
}
