import Foundation

/// The advertisement markers a news site prints between a release's paragraphs, and the copyright line under
/// a page, left in a copy of it.
extension ReleaseLexicon {
    /// True when `line` is only a site's advertisement marker (`Advertisement`, `Advertisement - scroll to
    /// continue reading`, `ANZEIGE`, `Publicité`): neither body nor notes. Compared by its letters' words,
    /// folded, so that marks, case and emphasis do not matter.
    static func isAdvertisementMark(_ line: String) -> Bool {
        guard line.utf8.count <= 64 else { return false }
        // (Every marker opens with one of these letters: other lines are passed over before any fold.)
        guard let first = line.utf8.first(where: { $0 != 0x20 && $0 != 0x2A && $0 != 0x5F && $0 != 0x2D && $0 != 0x5B }),
              advertisementFirstBytes.contains(first | 0x20) else { return false }
        // The first word must be a marker's first word, three letters or more: when its first three bytes are
        // plain ASCII and so is the byte after them (no combining mark joins one), they fold to their lower case,
        // and three that open no marker (`Sam`, `Paris`, `We `) refuse the line before the fold and split.
        let opens: Bool = FastPaths.off || TextScan.withBytes(line) { b in
            guard let i = b.firstIndex(where: { $0 != 0x20 && $0 != 0x2A && $0 != 0x5F && $0 != 0x2D && $0 != 0x5B }),
                  i + 2 < b.count, b[i + 1] < 0x80, b[i + 2] < 0x80, i + 3 == b.count || b[i + 3] < 0x80 else { return true }
            let key = UInt32(b[i] | 0x20) << 16 | UInt32(b[i + 1] | 0x20) << 8 | UInt32(b[i + 2] | 0x20)
            return advertisementOpenings.contains(key)
        }
        guard opens else { return false }
        let words = Fold.line(line).split(whereSeparator: { !$0.isLetter })
        return advertisementMarks.contains(words.joined(separator: " "))
    }

    /// `isAdvertisementMark` without the test of the first three letters: the definition.
    static func isAdvertisementMarkPlain(_ line: String) -> Bool {
        guard line.utf8.count <= 64 else { return false }
        guard let first = line.utf8.first(where: { $0 != 0x20 && $0 != 0x2A && $0 != 0x5F && $0 != 0x2D && $0 != 0x5B }),
              advertisementFirstBytes.contains(first | 0x20) else { return false }
        let words = Fold.line(line).split(whereSeparator: { !$0.isLetter })
        return advertisementMarks.contains(words.joined(separator: " "))
    }

    /// `line` opens with the first word of `mark` (folded): the mark then heads its paragraph.
    static func opensWithWord(of mark: String, _ line: String) -> Bool {
        guard let w = Fold.line(stripMarkupTrimmed(mark)).split(whereSeparator: { !$0.isLetter }).first,
              let v = Fold.line(stripMarkupTrimmed(line)).split(whereSeparator: { !$0.isLetter }).first else { return false }
        return w == v
    }

    private static let advertisementFirstBytes = ByteSet([0x61, 0x77, 0x70, 0x73])  // a w p s
    /// The first three letters of each marker, packed (`adv`, `anz`, `wer`, `pub`, `spo`).
    private static let advertisementOpenings: Set<UInt32> = Set(advertisementMarks.map { m in
        let b = Array(m.utf8)
        return UInt32(b[0]) << 16 | UInt32(b[1]) << 8 | UInt32(b[2])
    })
    private static let advertisementMarks: Set<String> = [
        "advertisement", "advertisement scroll to continue reading", "advertisement continue reading below",
        "advertisement story continues below", "advertisements", "anzeige", "werbung", "publicite", "publicidad",
        "pubblicita", "advertentie", "sponsored content",
    ]

    /// True when `line` is a copyright line (`© 2024 Acme Ltd. All rights reserved.`, `[© Harbour News](…)`,
    /// `Copyright © 2024 …`, `Copyright 2024 …`): a page's or a document's furniture, neither notes nor contact.
    static func isCopyrightLine(_ line: String) -> Bool {
        // (Asked of every one-line block: a line that opens with no `©`, `C`, `[`, `*` or `_` is passed over
        // before it is trimmed.)
        guard line.utf8.count <= 200, let first = line.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }),
              first == 0xC2 || first | 0x20 == 0x63 || first == 0x5B || first == 0x2A || first == 0x5F else { return false }
        var t = Substring(TextScan.trim(line))
        while let c = t.first, c == "[" || c == "*" || c == "_" { t = t.dropFirst() }
        if t.hasPrefix("©") { return true }
        // (`Copyright 2025 Amendment Act: what changes` is a subheading: a copyright line holds no colon.)
        guard t.count >= 10, t.dropFirst(9).first == " ", Fold.line(t.prefix(9)) == "copyright", !t.contains(":") else { return false }
        let after = t.dropFirst(10).drop { $0 == " " }
        return after.hasPrefix("©") || after.hasPrefix("(c)") || after.hasPrefix("(C)") || after.prefix(4).allSatisfy(\.isNumber) && after.count >= 4
    }

    /// True when `line` can head a list of links: one to four words, the first capitalised, ending in a colon,
    /// with no digit, address or sentence inside (`Social media:`, `**Documentation:**`, `Follow us:`). Whether
    /// links follow is the caller's to see.
    static func isLinkListLabel(_ line: String) -> Bool {
        guard line.utf8.count <= 48, !line.utf8.contains(where: { ASCII.isDigit($0) || $0 == 0x40 || $0 == 0x2E || $0 == 0x2C }) else { return false }
        let t = stripMarkupTrimmed(line)
        guard t.hasSuffix(":"), let f = t.first, f.isUppercase else { return false }
        return (1...4).contains(t.split(separator: " ").count)
    }
}
