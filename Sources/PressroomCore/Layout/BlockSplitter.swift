/// Splits blocks where the extractor left no blank line: before list items, around end marks and
/// section headings, and (pdftotext) between paragraphs printed without spacing, told by a short last
/// line that ends a sentence.
enum BlockSplitter {
    /// `tight`: the text has no paragraph gaps at all (pdfplumber): a run of short lines (a header, a
    /// contact block, a headline's last line) also ends before a full line that opens a paragraph.
    static func split(_ blocks: [LayoutBlock], style: TextStyle, width: Int, tight: Bool = false) -> [LayoutBlock] {
        var out: [LayoutBlock] = []
        out.reserveCapacity(blocks.count)
        // Where the extractor printed paragraph gaps, a missing gap is rare: split only on clearly short
        // lines. Where it printed none, any line that leaves room for the next word ends a paragraph.
        var spaced = 0
        for block in blocks where block.lines.count >= 2 && TextScan.endsSentence(block.lines[block.lines.count - 1].text) {
            spaced += 1
        }
        // Text without any gaps is typeset in proportional type that lines count in characters only roughly:
        // a line must leave clear room.
        let fill = spaced >= 3 ? 0.88 : tight ? 0.92 : 1.0
        let blocks = style == .markdown ? blocks : ListItems.attachDetachedMarkers(blocks)
        for block in blocks {
            // The line before the block (a lead-in that ends in `:` opens a list).
            // (Read through the index: `out.last` would copy the whole block.)
            let before = out.isEmpty ? nil : out[out.count - 1].lines.last?.text
            let lines = block.lines
            if block.heading > 0 || block.bullet || lines.count <= 1 && !isListStart(lines.first?.text ?? "")
                && ListItems.numberMarker(lines.first?.text ?? "", after: before, previous: nil) == nil
                && ListItems.spacedBullet(lines.first?.text ?? "") == nil || style == .markdown {
                out.append(block)
                continue
            }
            // The block is cut into runs of its lines; a run's first line loses its list marker (`first`).
            // A block that stays whole is passed on as it is.
            var runStart = 0
            var first: PrintedLine? = nil
            var firstMarker: String? = nil  // `first`'s marker as shown
            func flush(_ end: Int) {
                if runStart == 0 && end == lines.count && first == nil && !block.bullet && !block.emphasis {
                    out.append(block)
                    return
                }
                var run = Array(lines[runStart..<end])
                if let first { run[0] = first }
                out.append(LayoutBlock(lines: run, bullet: first != nil, marker: first == nil ? nil : firstMarker))
            }
            var prevSpecial = false
            // The number of the numbered item the run holds.
            var number: Int? = nil
            for k in lines.indices {
                // (The line's text read alone: binding the whole line would copy both of its strings.)
                let text = lines[k].text
                let special = isSpecial(text)
                var marker = ReleaseLexicon.listMarkerLength(text)
                // A numbered item that opens in lower case, after a lead-in or the item before it.
                if marker == nil, let f = text.utf8.first {
                    if ASCII.isDigit(f) {
                        marker = ListItems.numberMarker(text, after: k > 0 ? lines[k - 1].text : before, previous: number)
                    } else if f >= 0xC2 {
                        marker = ListItems.spacedBullet(text)
                    }
                }
                var startNew = false
                if k > 0 {
                    // The previous line as the run holds it (without its marker when it opened a list item).
                    let prevStripped = k - 1 == runStart && first != nil
                    let p = prevStripped ? first!.text : lines[k - 1].text
                    if marker != nil {
                        // A dash after an unfinished line is a dash, not a list marker (`… 217 05` / `– ricci@…`);
                        // a number after an unfinished full line is a number in the sentence (`… who` / `77. Education …`).
                        let dash = text.first.map { "–—-".contains($0) } ?? false
                        let number = text.first?.isNumber ?? false
                        let full = width > 0 ? TextScan.length(p) + 1 + TextScan.length(TextScan.firstWord(text)) > width : TextScan.length(p) >= 50
                        startNew = !(dash || number && full) || first != nil || p.hasSuffix(":") || p.hasSuffix(";") || TextScan.endsSentence(p)
                    } else if prevSpecial {
                        startNew = true
                    } else if special {
                        // (The previous line as printed is not special, or `prevSpecial` would be set: only a
                        // stripped one is asked again.)
                        startNew = TextScan.endsSentence(p) || p.hasSuffix(":") || prevStripped && isSpecial(p) || TextScan.length(p) < 50
                            || endsWithWebAddress(p)
                    } else if style == .pdftotext || style == .layout {
                        startNew = paragraphEnds(after: p, next: text, width: width, fill: fill)
                            || opensAsteriskNote(text, after: p)
                            || tight && (shortBeforeFull(p, text, width: width) || headingAfterSentence(p, text, width: width))
                            || k - 1 == runStart && headingAbove(p, text, width: width, fill: fill)
                    }
                }
                if startNew {
                    flush(k)
                    runStart = k
                    first = nil
                    number = nil
                }
                if k == runStart, let marker {
                    first = PrintedLine(raw: lines[k].raw, text: TextScan.trim(text.dropFirst(marker)))
                    firstMarker = ListMarker.display(text.prefix(marker))
                    number = ListItems.numberMarker(text)?.number
                }
                prevSpecial = special
            }
            flush(lines.count)
        }
        return out
    }

    static func isListStart(_ text: String) -> Bool { ReleaseLexicon.listMarkerLength(text) != nil }

    /// A line that ends with a web address (`… visit the campaign at acme.example/ks`, `Website: https://…/`)
    /// ends its sentence there: writers leave the full stop off after an address, so a heading may follow.
    static func endsWithWebAddress(_ line: String) -> Bool {
        let last = TextScan.lastWord(line)
        guard last.utf8.count >= 5, last.utf8.contains(0x2E) else { return false }
        if last.hasPrefix("http://") || last.hasPrefix("https://") || last.hasPrefix("www.") { return true }
        // `acme.example/ks`: a host whose last label is two letters or more, then a path (`U.S./Canada`,
        // `Ph.D./M.D.` are no hosts).
        guard let slash = last.firstIndex(of: "/"), !last.utf8.contains(0x40), last.first?.isLetter == true,
              let dot = last[..<slash].lastIndex(of: ".") else { return false }
        let label = last[last.index(after: dot)..<slash]
        return label.count >= 2 && label.allSatisfy { $0.isASCII && $0.isLetter }
    }

    /// `*Acme and Widget are registered trademarks …` under a finished sentence: a note marked by an asterisk
    /// (a trademark or source note) is a paragraph of its own, though PDF text prints no gap above it.
    static func opensAsteriskNote(_ text: String, after previous: String) -> Bool {
        guard text.utf8.first == 0x2A, text.utf8.dropFirst().first.map({ $0 != 0x2A && $0 != 0x20 }) == true else { return false }
        return TextScan.endsSentence(previous)
    }

    /// Lines that always stand alone: end marks, section headings, `Issued on …`.
    static func isSpecial(_ text: String) -> Bool {
        // Past 360 bytes: no end mark (200 at most), heading or `Issued` line.
        guard text.utf8.count <= 360 else { return false }
        if let answer = TextScan.withBytes(text, { SpecialLineASCII.isSpecial($0, line: text) }) { return answer }
        return isSpecialPlain(text)
    }

    /// `isSpecial` on Strings, for any text (`SpecialLineASCII` answers for plain ASCII lines).
    static func isSpecialPlain(_ text: String) -> Bool {
        if ReleaseLexicon.isEndMark(text) { return true }
        // Headings and `Issued on …` lines are a dozen words at most.
        guard text.utf8.count <= 360 else { return false }
        let words = TextScan.wordCount(text, atMost: 12)
        guard words <= 12 else { return false }
        // Eight words or more, without markdown marks that would fall away: longer than any listed notes
        // heading (four words) or contact heading (seven), so only `About …` or `Issued …` can match.
        // Most body lines end here, without folding the line.
        if words >= 8, let first = TextScan.withBytes(text, { $0.first { !TextScan.isSpaceByte($0) } }),
           first != 0x23, first != 0x2A, first != 0x5F {
            if ReleaseLexicon.isIssuedLine(text) { return true }
            let mayBeAbout = first >= 0x80 || [0x61, 0x73, 0x75, 0x7A].contains(first | 0x20)  // a, s, u, z
            return mayBeAbout && ReleaseLexicon.isNotesHeading(text)
        }
        guard let key = ReleaseLexicon.LineKey(text) else { return false }
        return ReleaseLexicon.isNotesHeading(key)
            || (ReleaseLexicon.isContactHeading(key) && !ReleaseLexicon.inlineContactHeading(text))
            || ReleaseLexicon.isIssuedLine(key)
    }

    /// A line clearly shorter than the measure followed by one that nearly fills it: the short line ended
    /// something (a typesetter fills every line of a paragraph but its last).
    static func shortBeforeFull(_ prev: String, _ next: String, width: Int) -> Bool {
        guard width > 0 else { return false }
        let p = TextScan.length(prev), n = TextScan.length(next)
        return Double(p) < Double(width) * 0.5 && Double(n) >= Double(width) * 0.7
    }

    /// A short line that opens with a capital and ends no sentence, after a line that ends one: a heading
    /// or a list's first line (`List of Participants`), not the paragraph's last line, which ends as the
    /// paragraph's sentences do.
    static func headingAfterSentence(_ prev: String, _ next: String, width: Int) -> Bool {
        guard width > 0, TextScan.endsSentence(prev), TextScan.startsUppercaseOrQuote(next), !TextScan.endsSentence(next) else { return false }
        let n = TextScan.length(next)
        return Double(n) < Double(width) * 0.5 && !next.hasSuffix(",")
    }

    /// A heading printed straight above its paragraph (`Call to Action` / `The campaign calls on …`): a
    /// line that opens a block or follows a paragraph's end, opens with a capital, ends no sentence and no
    /// clause, holds ten words at most and no comma, does not end on a small joining word (`der`, `of`,
    /// `el`: a heading does not stop mid-phrase), and stops where the next line's first word would have
    /// fitted, above a line that opens with a capital and nearly fills the measure. A paragraph's first line
    /// is filled; this one ended early.
    static func headingAbove(_ prev: String, _ next: String, width: Int, fill: Double) -> Bool {
        guard width > 0, TextScan.startsUppercaseOrQuote(prev), !TextScan.endsSentence(prev),
              opensWithCapitalOrQuote(next),
              TextScan.wordCount(prev, atMost: 10) <= 10, !TextScan.hasByte(prev, 0x2C) else { return false }
        if endsOnJoiningMark(prev) { return false }
        if ReleaseLexicon.nameJoiners.contains(Fold.line(TextScan.lastWord(prev))) { return false }
        let p = TextScan.length(prev), n = TextScan.length(next)
        let nextWord = TextScan.length(TextScan.firstWord(next))
        return Double(n) >= Double(width) * 0.7 && Double(p + 1 + nextWord) <= Double(width) * fill
    }

    /// Whether `next`'s first character is a capital or an opening quote (`“„"«‘`): on its first byte when it
    /// and the byte after it are ASCII (the character is that byte alone; a CR there is no capital either way).
    static func opensWithCapitalOrQuote(_ next: String) -> Bool {
        if !FastPaths.off, let quick = TextScan.withBytes(next, { b -> Bool? in
            guard let f = b.first else { return false }
            guard f < 0x80, b.count < 2 || b[1] < 0x80 else { return nil }
            return ASCII.isUpper(f) || f == 0x22
        }) { return quick }
        return opensWithCapitalOrQuotePlain(next)
    }

    /// The definition `opensWithCapitalOrQuote` keeps to.
    static func opensWithCapitalOrQuotePlain(_ next: String) -> Bool {
        guard let nextFirst = next.first else { return false }
        return nextFirst.isUppercase || "“„\"«‘".contains(nextFirst)
    }

    /// Whether `prev`'s last meaningful character (`TextScan.lastMeaningful`) is one that joins it to the next
    /// line (`,:;–—-(`): on bytes where `TextScan.lastMeaningfulASCII` can say.
    static func endsOnJoiningMark(_ prev: String) -> Bool {
        if !FastPaths.off {
            switch TextScan.lastMeaningfulASCII(prev) {
            case .byte(let x): return x == 0x2C || x == 0x3A || x == 0x3B || x == 0x2D || x == 0x28
            case .none: return false
            case .unknown: break
            }
        }
        return endsOnJoiningMarkPlain(prev)
    }

    /// The definition `endsOnJoiningMark` keeps to.
    static func endsOnJoiningMarkPlain(_ prev: String) -> Bool {
        guard let last = TextScan.lastMeaningful(prev) else { return false }
        return ",:;–—-(".contains(last)
    }

    /// pdftotext without paragraph spacing: a line that ends a sentence and leaves room for the next
    /// line's first word ended its paragraph (a typesetter would have filled the line otherwise).
    static func paragraphEnds(after prev: String, next: String, width: Int, fill: Double) -> Bool {
        guard width > 0, TextScan.endsSentence(prev), TextScan.startsUppercaseOrQuote(next) else { return false }
        let prevLength = TextScan.length(prev)
        if Double(prevLength) > Double(width) * 1.2 { return true }  // rejoined by poppler: its end is unknown
        let nextWord = TextScan.length(TextScan.firstWord(next))
        return Double(prevLength + 1 + nextWord) <= Double(width) * fill
    }
}
