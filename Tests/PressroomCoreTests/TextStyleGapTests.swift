import Testing
@testable import PressroomCore

/// The probing column-gap test finds exactly the gaps a byte-by-byte walk finds.
@Suite struct TextStyleGapTests {
    private func reference(_ b: [UInt8], from lead: Int) -> Bool {
        var spaces = 0, seenText = false
        for c in b[lead...] {
            if c == 0x20 { spaces += 1; continue }
            if seenText && spaces >= 5 { return true }
            spaces = 0
            seenText = true
        }
        return false
    }

    @Test func agreesWithAByteWalk() {
        var lines = ["a", "a     b", "a    b", "a     ", "Name      Phone", "  x\t     y", "x \t    y", "x      \ty",
                     "Plot 14 Riverside Drive               Page 1 of 1"]
        // Every placement of runs of 4, 5 and 6 spaces in a short line.
        for run in 4...6 {
            for at in 1...12 {
                let text = String(repeating: "w", count: at) + String(repeating: " ", count: run) + "z"
                lines.append(text)
                lines.append(text + "  ")
                lines.append(String(repeating: " ", count: run) + text)
            }
        }
        for line in lines {
            let b = Array(line.utf8)
            var lead = 0
            while lead < b.count, b[lead] == 0x20 || b[lead] == 0x09 { lead += 1 }
            guard lead < b.count else { continue }
            let fast = b.withUnsafeBufferPointer { TextStyle.hasColumnGap($0, after: lead) }
            #expect(fast == reference(b, from: lead), "\(line)")
        }
    }
}
