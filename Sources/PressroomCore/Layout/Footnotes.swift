/// Footnotes in PDF text. A word processor raises a footnote's reference number after the word; text
/// extraction glues it on (`orbital1 energies`) and prints the note, led by its number, on a line of its own
/// at the foot of the page or the end (`1 Specifically, the sixteen highest …`). Such a line is a note, not a
/// paragraph or a contact line, and the number in the word is no part of the text.
///
/// A line counts as a note only with its reference: notes are numbered 1, 2, 3 … in the order they are
/// printed, and for each the text before it holds a word that ends in a lower-case letter with exactly that
/// number glued on. (A numbered list's `1 Apply online` has no such word; `COVID19` ends in a capital.)
enum Footnotes {
    struct Extracted {
        /// The blocks without the notes' lines, the references taken out of their words.
        var blocks: [LayoutBlock]
        /// The notes' texts, without their numbers, in order.
        var notes: [String]
    }

    /// The highest note number read (references beyond it are taken for figures).
    static let maxNumber = 30
    /// A note wraps over this many printed lines at most.
    static let maxLines = 4

    /// The footnotes of `blocks`, or nil when the text has none.
    static func extract(_ blocks: [LayoutBlock]) -> Extracted? {
        // Lines led by a number: (block, line, number). Most texts have none, told by a first byte.
        var led: [(b: Int, l: Int, n: Int)] = []
        for (b, block) in blocks.enumerated() {
            for (l, line) in block.lines.enumerated() {
                guard let f = line.text.utf8.first, ASCII.isDigit(f), let n = leadingNumber(line.text) else { continue }
                led.append((b, l, n))
            }
        }
        guard !led.isEmpty else { return nil }
        // The notes, numbered from 1 in the order printed, each referenced before its line.
        var notes: [(b: Int, l: Int, n: Int)] = []
        var references: [(b: Int, l: Int, range: Range<Int>)] = []
        for candidate in led where candidate.n == notes.count + 1 {
            guard let ref = reference(to: candidate.n, in: blocks, before: (candidate.b, candidate.l)) else { break }
            notes.append(candidate)
            references.append(ref)
        }
        guard !notes.isEmpty else { return nil }

        var out = blocks
        // The references first (they lie in lines before their notes). A line may hold several: its bytes are
        // cut from the right, so that the offsets to the left stay good.
        let byLine = Dictionary(grouping: references, by: { [$0.b, $0.l] })
        for (key, refs) in byLine {
            var bytes = Array(out[key[0]].lines[key[1]].text.utf8)
            for ref in refs.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) { bytes.removeSubrange(ref.range) }
            let text = String(decoding: bytes, as: UTF8.self)
            out[key[0]].lines[key[1]] = PrintedLine(raw: text, text: text)
        }
        // Then each note's lines: its own and those after it in the block that carry it on, up to the next line
        // led by a number.
        var texts: [String] = []
        var drop: Set<[Int]> = []
        for (k, note) in notes.enumerated() {
            let block = blocks[note.b]
            var lines = [String(block.lines[note.l].text.drop(while: { $0.isNumber }).drop(while: { $0 == " " }))]
            drop.insert([note.b, note.l])
            var l = note.l + 1
            let nextNote = k + 1 < notes.count && notes[k + 1].b == note.b ? notes[k + 1].l : block.lines.count
            // (A note wraps while its line ends no sentence: what follows a finished note is the page's.)
            while l < nextNote, lines.count < maxLines, !TextScan.endsSentence(lines[lines.count - 1]),
                  leadingNumber(block.lines[l].text) == nil {
                lines.append(block.lines[l].text)
                drop.insert([note.b, l])
                l += 1
            }
            texts.append(TextScan.collapse(lines.joined(separator: " ")))
        }
        var kept: [LayoutBlock] = []
        for (b, var block) in out.enumerated() {
            let lines = block.lines.enumerated().filter { !drop.contains([b, $0.offset]) }.map(\.element)
            guard !lines.isEmpty else { continue }
            block.lines = lines
            kept.append(block)
        }
        return Extracted(blocks: kept, notes: texts)
    }

    /// The number (1 to `maxNumber`) that leads `text` followed by a space and a letter, or nil.
    static func leadingNumber(_ text: String) -> Int? {
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        guard (1...2).contains(digits.count), let n = Int(digits), (1...maxNumber).contains(n) else { return nil }
        let rest = text[digits.endIndex...]
        guard rest.first == " ", let c = rest.dropFirst().first, c.isLetter else { return nil }
        return n
    }

    /// The first reference to note `n` in the lines before `limit`: the digits of `n` glued to a word that ends
    /// in a lower-case letter, with no digit or letter after them.
    /// The range is in UTF-8 offsets of the line's text.
    static func reference(to n: Int, in blocks: [LayoutBlock], before limit: (Int, Int)) -> (b: Int, l: Int, range: Range<Int>)? {
        let digits = String(n)
        for b in 0...limit.0 where b < blocks.count {
            let lines = blocks[b].lines
            for l in lines.indices where b < limit.0 || l < limit.1 {
                let text = lines[l].text
                // (Most lines hold no digit at all.)
                guard ByteTest.hasDigit(text) else { continue }
                var from = text.startIndex
                while let r = TextScan.find(digits, in: text[from...]) {
                    from = r.upperBound
                    guard r.lowerBound > text.startIndex else { continue }
                    let before = text[text.index(before: r.lowerBound)]
                    guard before.isLetter, before.isLowercase else { continue }
                    if r.upperBound < text.endIndex {
                        let after = text[r.upperBound]
                        if after.isNumber || after.isLetter { continue }
                    }
                    let u = text.utf8
                    return (b, l, u.distance(from: u.startIndex, to: r.lowerBound)..<u.distance(from: u.startIndex, to: r.upperBound))
                }
            }
        }
        return nil
    }
}
