import Foundation

/// Paragraph marks left in a PDF's text layer as `!`.
///
/// Some word processors' PDFs carry an invisible mark at the end of every paragraph in their text layer, and
/// extractors give it back as an exclamation mark: after the last word of each paragraph (`… comes crashing
/// down.!`), after each one-line paragraph of a contact block (`Email: press@example.org!`), and alone on each
/// empty paragraph, where the printed page has a gap (a line of `!` and nothing else, often many in a row).
/// Read as text, the marks glue a `!` to sentences and names and make the gaps paragraphs of `!`.
///
/// The layout is known by its empty paragraphs: three or more lines holding `!` alone, and a paragraph end
/// written as a sentence's full stop followed by the mark (`.!`), which no writer prints. Then a lone `!` line
/// is a blank line, and one `!` is taken off the end of each paragraph's last line. A line that fills the
/// text's measure and runs on into the next is no paragraph's end: its `!` after a word is the writer's (`… on
/// your screen!` wrapped before the next sentence) and stays; after a full stop or other closing punctuation it
/// is a mark wherever it stands. Text without the layout is left as it is.
enum ParagraphMarks {
    /// The text without the marks, or nil when it does not have the layout (the usual case: a scan for `!`).
    static func removed(_ text: String) -> String? {
        TextScan.withBytes(text) { b -> String? in
            guard let base = b.baseAddress, memchr(base, 0x21, b.count) != nil else { return nil }
            let lines = LayoutRecovery.lineRanges(b)
            var lone = 0
            var stopMark = false
            for r in lines {
                let t = trimmed(b, r)
                if t.count == 1, b[t.lowerBound] == 0x21 { lone += 1 }
                else if t.count >= 2, b[t.upperBound - 1] == 0x21, b[t.upperBound - 2] == 0x2E { stopMark = true }
            }
            guard lone >= 3, stopMark else { return nil }
            // The measure: a line at the upper tenth of the text's line lengths (so that one long address does not set it).
            var lengths = lines.map { trimmed(b, $0).count }.filter { $0 > 1 }
            lengths.sort()
            let measure = lengths.isEmpty ? 0 : lengths[min(lengths.count - 1, lengths.count * 9 / 10)]
            var out: [UInt8] = []
            out.reserveCapacity(b.count)
            for (k, r) in lines.enumerated() {
                let t = trimmed(b, r)
                if k > 0 { out.append(0x0A) }
                if t.count == 1, b[t.lowerBound] == 0x21 { continue }
                var end = r.upperBound
                if !t.isEmpty, b[t.upperBound - 1] == 0x21,
                   afterPunctuation(b, t) || !runsOn(b, lines, k, length: t.count, measure: measure) {
                    end = t.upperBound - 1
                    // Spaces the mark stood after go with it (`Touch. !`).
                    while end > t.lowerBound, b[end - 1] == 0x20 || b[end - 1] == 0x09 { end -= 1 }
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[r.lowerBound..<end]))
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether the `!` ending `t` follows a full stop, colon, semicolon, comma, bracket or closing quote: a mark, since
    /// no writer prints `.!` (a writer's `!` follows a word or another `!`).
    private static func afterPunctuation(_ b: UnsafeBufferPointer<UInt8>, _ t: Range<Int>) -> Bool {
        guard t.count >= 2 else { return false }
        switch b[t.upperBound - 2] {
        case 0x2E, 0x3A, 0x3B, 0x2C, 0x29, 0x22: return true
        case 0x9D, 0x99: return t.count >= 4 && b[t.upperBound - 4] == 0xE2 && b[t.upperBound - 3] == 0x80  // ” ’
        default: return false
        }
    }

    /// Whether line `k` fills the measure and the next line goes on with text: a wrapped line, not a paragraph's end.
    private static func runsOn(_ b: UnsafeBufferPointer<UInt8>, _ lines: [Range<Int>], _ k: Int, length: Int, measure: Int) -> Bool {
        guard k + 1 < lines.count, length * 10 >= measure * 8 else { return false }
        let next = trimmed(b, lines[k + 1])
        return !next.isEmpty && !(next.count == 1 && b[next.lowerBound] == 0x21) && b[next.lowerBound] != 0x0C
    }

    /// `r` without the spaces and tabs at either end.
    private static func trimmed(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
        while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 { hi -= 1 }
        return lo..<hi
    }
}
