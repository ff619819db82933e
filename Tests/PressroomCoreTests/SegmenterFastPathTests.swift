import Foundation
import Testing
@testable import PressroomCore

/// The segmenter's byte fast paths (speed work on the segmenter) held to their plain definitions, on crafted
/// text that takes each branch (bytes beyond ASCII next to the bytes read, CR, combining marks, the limits) and on
/// every line and paragraph of the dev corpus (`PlainDefinitionTests.texts`). The crafted text is invented.
@Suite struct SegmenterFastPathTests {
    static let crafted: [String] = [
        "Advertisement", "ADVERTISEMENT", "Advertisement - scroll to continue reading", "**Anzeige**", "Werbung",
        "Werbung für Sportwetten ist verboten", "Publicité", "Publicidad", "Pubblicità", "Sponsored content", "[Advertisement]",
        "- Advertisements -", "Ad\u{301}vertisement", "Adv\u{301}ertisement", "A\u{301}dvertisement", "Adé", "Ad", "A", "Sam", "Paris",
        "We ", "Sponsors", "Spo", "sPo\r\n", "Pu\r\nblicité", "advertisement\r", "Werbung\u{301}",
        "WHEN: Saturday", "Where:", "Launch date: 18 May", "Price: $2.99", "Grantee: Jon Roe", "Github: https://example.org",
        "Dates 2024: here", "Four Words Label Here: x", "A B C: d", ": leading", "lower: case", "Café: open", "Cafe:\u{301} open",
        "Cafe\r\n: open", "This line is far too long to be a label before its colon: x", "012345678901234567890123456789: x",
        "A12345678901234567890123456789: x", "A123456789012345678901234567890: x", "**Note:** bold", "# Heading: x", "Label:é",
        "press | premsa | prensa", "News / Media", "Premsa · Prensa", "Press • Media", "Press \u{00B7}", "x\u{C2}", "abcdefgh|",
        "abcdefghijklmnop/", "abcdefghijklmnopé", "abcdefghijklmnop·", "no separator here at all, friends",
        "", " ", "\t", "a", "-", "é", "  Press   Release  ", "FOR IMMEDIATE RELEASE", "For  immediate\trelease: now",
        "Press release: a headline", "PRESS RELEASE Date: 21/11/2024", "12345678 12345678 12345678 12345678 12345678 12345678 12345678 1",
        "Ref: PR/24/117", "ab cd ef gh ij kl mn op qr st uv wx yz", " leading space then words", "double  spaces  inside words here",
        "Mixed CASE Words With ümlaut later on in the line", "tabs\tinside\tthe\tline and more", "trailing space ",
    ]

    static var texts: [String] { crafted + PlainDefinitionTests.texts }

    @Test func advertisementMarkMatchesItsPlainDefinition() {
        var marks = 0
        for text in Self.texts {
            let fast = ReleaseLexicon.isAdvertisementMark(text)
            #expect(fast == ReleaseLexicon.isAdvertisementMarkPlain(text), "\(text)")
            if fast { marks += 1 }
        }
        #expect(marks >= 8)
    }

    @Test func labelOnBytesMatchesItsPlainDefinition() {
        let lines = Self.texts.map { ReleaseLexicon.stripMarkupTrimmed($0) }
        let (answered, labels) = PlainDefinitionTests.agree(lines, hit: true, ReleaseSegmenter.opensWithLabelASCII,
                                                            ReleaseSegmenter.opensWithLabelPlain)
        #expect(answered >= 1_000)
        #expect(labels >= 10)
        for text in Self.texts {
            #expect(ReleaseSegmenter.opensWithLabel(text) == ReleaseSegmenter.opensWithLabelPlain(ReleaseLexicon.stripMarkupTrimmed(text)), "\(text)")
        }
    }

    @Test func kindSeparatorOnLanesMatchesItsPlainDefinition() {
        var found = 0
        for text in Self.texts {
            let fast = TextScan.withBytes(text, ReleaseLexicon.holdsKindSeparator)
            #expect(fast == TextScan.withBytes(text, ReleaseLexicon.holdsKindSeparatorPlain), "\(text)")
            if fast { found += 1 }
        }
        #expect(found >= 20)
    }

    @Test func capitalOnBytesMatchesCharacterIsUppercase() {
        var capitals = 0
        for text in Self.texts + ["E\u{301}cole", "e\u{301}", "\r\nA", "A", "a", "É", "Ωmega"] {
            for t in [text[...], text.dropFirst()] {
                let fast = ReleaseLexicon.opensWithCapital(t)
                #expect(fast == (t.first?.isUppercase == true), "\(t)")
                if fast { capitals += 1 }
            }
        }
        #expect(capitals >= 100)
    }

    @Test func aboutSubjectsOnBytesMatchTheirPlainDefinition() {
        let crafted = ["About the Harbour Trust", "## ABOUT THE HARBOUR TRUST:", "À propos de la Fondation des Amis",
                       "About  two  spaces here", "About of the and", "about the", "**About Acme Ltd**", "Über die Stiftung",
                       "Acerca de la Red", "Sobre o Instituto", "a proposito di noi", "About Café Noir", "About the\r", "> About us"]
        let text = (crafted + Self.texts).joined(separator: "\n")
        let fast = ReleaseSegmenter.aboutSubjects(in: text)
        let plain = FastPaths.withOff { ReleaseSegmenter.aboutSubjects(in: text) }
        #expect(fast == plain)
        #expect(fast.count >= 20)
    }

    @Test func contactDataOnBytesMatchesItsDefinition() {
        var found = 0
        for text in Self.texts + ["1234567", "123456", "a@b", "12 34 56 7", "١٢٣٤٥٦٧", "x1y2z3w4v5u6t7", "@"] {
            let fast = ReleaseSegmenter.holdsContactData(text)
            #expect(fast == (TextScan.hasByte(text, 0x40) || TextScan.digitCount(text) >= 7), "\(text)")
            if fast { found += 1 }
        }
        #expect(found >= 50)
    }

    /// `FoldedPrefix.of` byte by byte, as it was before it took eight bytes at a time.
    static func foldedPrefixPlain(_ s: String, limit: Int) -> (bytes: [UInt8], complete: Bool)? {
        var out: [UInt8] = []
        var pendingSpace = false
        for b in s.utf8 {
            if TextScan.isSpaceByte(b) { pendingSpace = !out.isEmpty; continue }
            if pendingSpace {
                if out.count >= limit { return (out, false) }
                out.append(0x20)
                pendingSpace = false
            }
            if out.count >= limit { return (out, false) }
            if b >= 0x80 { return nil }
            out.append(ASCII.lowered(b))
        }
        return (out, true)
    }

    @Test func foldedPrefixMatchesItsByteByByteDefinition() {
        var answered = 0
        for text in Self.texts {
            for limit in [1, 2, 8, 9, 10, 16, 17, 24, 33, 40, 63, 64] {
                let fast = FoldedPrefix.of(text, limit: limit)
                let plain = Self.foldedPrefixPlain(text, limit: limit)
                #expect((fast == nil) == (plain == nil), "\(text) \(limit)")
                guard let fast, let plain else { continue }
                answered += 1
                #expect((0..<fast.count).map { fast[$0] } == plain.bytes, "\(text) \(limit)")
                #expect(fast.complete == plain.complete, "\(text) \(limit)")
            }
        }
        #expect(answered >= 10_000)
    }

    /// A prefix cut from a longer one (`truncated`) is the prefix taken with the shorter limit.
    @Test func truncatedFoldedPrefixMatchesTheShorterFold() {
        var cut = 0
        for text in Self.texts {
            for (limit, window) in [(1, 8), (8, 9), (9, 24), (20, 24), (24, 24), (16, 40), (33, 64), (40, 24)] {
                guard let long = FoldedPrefix.of(text, limit: window) else { continue }
                let short = long.truncated(to: limit, window: window)
                #expect((short == nil) == (window < limit), "\(text) \(limit) \(window)")
                guard let short, let direct = FoldedPrefix.of(text, limit: limit) else {
                    #expect(short == nil, "\(text) \(limit) \(window)")
                    continue
                }
                cut += 1
                #expect((0..<short.count).map { short[$0] } == (0..<direct.count).map { direct[$0] }, "\(text) \(limit) \(window)")
                #expect(short.complete == direct.complete, "\(text) \(limit) \(window)")
            }
        }
        #expect(cut >= 10_000)
    }

    /// The header tests that take the line's folded prefix from `HeaderRole.classify` answer as they do alone.
    @Test func headerTestsWithAGivenPrefixMatchTheirOwn() {
        let hints = DateHints()
        for text in Self.texts where text.utf8.count <= 200 {
            let given = (prefix: FoldedPrefix.of(text, limit: ReleaseLexicon.headerWindow), window: ReleaseLexicon.headerWindow)
            #expect(HeadMetadata.label(text, prefix: given) == HeadMetadata.label(text), "\(text)")
            #expect(HeadMetadata.releaseAndHeadline(text, hints: hints, prefix: given)?.release
                    == HeadMetadata.releaseAndHeadline(text, hints: hints)?.release, "\(text)")
        }
    }
}
