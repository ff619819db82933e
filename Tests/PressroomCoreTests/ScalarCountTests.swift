import Testing
@testable import PressroomCore

/// `ScalarCount` counts eight bytes at a time; it must count as `TextScan.length` does, at every length and
/// alignment, for ASCII, accented Latin, three- and four-byte characters.
@Suite struct ScalarCountTests {
    @Test func countsAsTextScanLength() {
        let pieces = ["a", "é", "—", "😀", " ", "ß", "Ω", "€", "z"]
        var s = ""
        for k in 0..<200 {
            s += pieces[(k * 7 + k / 3) % pieces.count]
            #expect(ScalarCount.of(s) == TextScan.length(s), "\(s)")
            let tail = String(s.dropFirst(k % 5))
            #expect(ScalarCount.of(tail) == TextScan.length(tail))
        }
        #expect(ScalarCount.of("") == 0)
        #expect(ScalarCount.of("Genève, 12 mars 2024 — Le Réseau") == 32)
    }
}
