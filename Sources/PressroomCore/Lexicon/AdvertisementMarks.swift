import Foundation

/// The advertisement markers a news site prints between a release's paragraphs, left in a copy of its page.
extension ReleaseLexicon {
    /// True when `line` is only a site's advertisement marker (`Advertisement`, `Advertisement - scroll to
    /// continue reading`, `ANZEIGE`, `Publicité`): neither body nor notes. Compared by its letters' words,
    /// folded, so that marks, case and emphasis do not matter.
    static func isAdvertisementMark(_ line: String) -> Bool {
        guard line.utf8.count <= 64 else { return false }
        // (Every marker opens with one of these letters: other lines are passed over before any fold.)
        guard let first = line.utf8.first(where: { $0 != 0x20 && $0 != 0x2A && $0 != 0x5F && $0 != 0x2D && $0 != 0x5B }),
              advertisementFirstBytes.contains(first | 0x20) else { return false }
        let words = LineFold.fold(line).split(whereSeparator: { !$0.isLetter })
        return advertisementMarks.contains(words.joined(separator: " "))
    }

    private static let advertisementFirstBytes: Set<UInt8> = [0x61, 0x77, 0x70, 0x73]  // a w p s
    private static let advertisementMarks: Set<String> = [
        "advertisement", "advertisement scroll to continue reading", "advertisement continue reading below",
        "advertisement story continues below", "advertisements", "anzeige", "werbung", "publicite", "publicidad",
        "pubblicita", "advertentie", "sponsored content",
    ]
}
