import Testing
@testable import PressroomCore

/// `LabelBytes.firstPrefix` compares labels eight bytes at a time; it must find the same label as a plain
/// comparison of the folded bytes, for labels of every length and lines that stop inside a label.
@Suite struct LabelBytesTests {
    static func naive(_ labels: LabelBytes, _ p: FoldedPrefix, from start: Int = 0) -> Int? {
        guard p.first != nil else { return nil }
        for i in labels.bytes.indices where i >= start && p.hasPrefix(labels.bytes[i]) { return i }
        return nil
    }

    @Test func findsTheSameLabelAsBytes() {
        let sets = [ReleaseLexicon.kindLabelBytes, ReleaseLexicon.releasePrefixBytes, ReleaseLexicon.issuedPrefixBytes]
        for labels in sets {
            var lines: [String] = []
            for label in labels.labels {
                lines += [label, label.uppercased(), label + " x", label + ":", String(label.dropLast()), "  " + label + "  more words",
                          label + String(repeating: "z", count: 40), "x" + label]
            }
            for line in lines {
                guard let p = FoldedPrefix.of(line, limit: labels.window) else { continue }
                #expect(labels.firstPrefix(of: p) == Self.naive(labels, p), "\(line)")
                #expect(labels.firstPrefix(of: p, from: 3) == Self.naive(labels, p, from: 3), "\(line)")
            }
        }
    }
}
