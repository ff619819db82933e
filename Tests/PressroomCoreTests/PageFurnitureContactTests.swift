import Foundation
import Testing
@testable import PressroomCore

/// Lines repeated at page edges are furniture, but only when they are the same line: contact lines
/// that differ in their digits belong to different people.
@Suite struct PageFurnitureContactTests {
    static func parse(_ text: String) -> Release {
        let file = SourceFile(url: URL(fileURLWithPath: "/test/two-pages.txt"), source: "two-pages.txt", format: .text)
        return ReleaseParser.parse(LoadedDocument(file: file, text: TextNormalizer.normalize(text), id: "test"))
    }

    @Test func phoneLinesEndingTwoPagesAreKept() {
        let body = (1...14).map { "Paragraph \($0) of the body runs on for a while so that the page fills up with plain text." }
        let text = """
        Harbourside Water Trust

        PRESS RELEASE

        Harbourside Water Trust opens its new pumping station

        3 March 2025

        \(body[0..<7].joined(separator: "\n\n"))

        Media contact: Amina Wekesa, Press Officer
        Phone: +254 20 691 2139

        Page 1 of 2
        \u{0C}Harbourside Water Trust

        \(body[7...].joined(separator: "\n\n"))

        Technical contact: Otieno Barasa, Chief Engineer
        Phone: +254 20 494 1390

        Page 2 of 2
        \u{0C}
        """
        let release = Self.parse(text)
        let phones = release.contacts.flatMap(\.phones)
        #expect(phones.contains("+254204941390"), "\(release.contacts)")
        #expect(!release.paragraphs.contains { $0.hasPrefix("Page ") })
    }
}

/// The eight-bytes-at-a-time digit test agrees with a byte-by-byte one.
@Suite struct PageFurnitureDigitScanTests {
    @Test func findsADigitAnywhereAndNothingElse() {
        var samples: [String] = ["", "0", "9", "/:", "Página", "abcdefghijklmnop", "abcdefghijklmno9", "9bcdefghijklmnop",
                                 "ÿÿÿÿÿÿÿÿ/", "page one of two", "Page 1 of 2", "– 3 –", "\u{0660}\u{0661}"]
        for n in 0..<40 { samples.append(String(repeating: "x", count: n) + "7" + String(repeating: "é", count: n % 9)) }
        for s in samples {
            let expected = s.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
            #expect(TextScan.withBytes(s) { ByteTest.hasDigit(bytes: $0) } == expected, "\(s)")
        }
        #expect(PageFurniture.isPageNumber("Page 2 of 3"))
        #expect(!PageFurniture.isPageNumber("The 2 ministers met on the 3rd of May"))
    }
}
