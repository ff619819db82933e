import Testing
@testable import PressroomCore

/// `ByteTest.hasDigit` looks at eight bytes at a time: a digit must be found at every position, and bytes next
/// to the digits (`/`, `:`), their high-bit twins (`°`, `¹`) and other text must not count.
@Suite struct ByteTestTests {
    @Test func findsADigitAnywhereAndNothingElse() {
        let fillers = ["abcdefghijklmnopqrstuvwxyz", "/:/:/:/:/:/:/:/:/:/:", "°¹²³µ·º»¼½", "ÀÉÎÕÜ àéîõü", "\t\n \u{0}\u{7F}\u{FF}"]
        for filler in fillers {
            #expect(!ByteTest.hasDigit(filler), "\(filler)")
            for digit in "0123456789" {
                for k in 0...filler.count {
                    var s = filler
                    s.insert(digit, at: s.index(s.startIndex, offsetBy: k))
                    #expect(ByteTest.hasDigit(s), "\(s)")
                    #expect(ByteTest.hasDigit(s[...]), "\(s)")
                }
            }
        }
        #expect(!ByteTest.hasDigit(""))
        #expect(ByteTest.hasDigit("Genève, le 12 mars"))
    }
}
