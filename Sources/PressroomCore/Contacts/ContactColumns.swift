import Foundation

/// Contact blocks printed in columns (`pdftotext -layout` keeps them side by side):
///
///     Kim Soo-ah                          Daniel Hartmann
///     Global Communications               Account Director, Europe
///
/// become one column after the other, so that each contact's lines are consecutive.
enum ContactColumns {
    /// A stretch of a line between runs of three or more spaces, with the column it starts at.
    struct Segment {
        var column: Int
        var text: String
    }

    /// The line cut at runs of three or more spaces (tabs count as runs).
    static func segments(_ line: String) -> [Segment] {
        var copy = line
        if let cut = copy.withUTF8({ SimpleText.isSimple($0) ? segments($0) : nil }) { return cut }
        var out: [Segment] = []
        var column = 0
        var current = ""
        var currentStart = 0
        var spaces = 0
        for ch in line {
            if ch == " " || ch == "\t" {
                spaces += ch == "\t" ? 3 : 1
            } else {
                if !current.isEmpty && spaces >= 3 {
                    out.append(Segment(column: currentStart, text: current))
                    current = ""
                }
                if current.isEmpty {
                    currentStart = column
                } else if spaces > 0 {
                    current += String(repeating: " ", count: spaces)
                }
                current.append(ch)
                spaces = 0
            }
            column += ch == "\t" ? 3 : 1
        }
        if !current.isEmpty { out.append(Segment(column: currentStart, text: current)) }
        return out
    }

    /// Whether `line` splits into two segments or more.
    static func hasTwoSegments(_ line: String) -> Bool {
        hasTwoSegmentsASCII(line) ?? hasTwoSegmentsPlain(line)
    }

    /// The definition `hasTwoSegmentsASCII` keeps to.
    static func hasTwoSegmentsPlain(_ line: String) -> Bool {
        segments(line).count >= 2
    }

    /// `hasTwoSegmentsPlain`, on bytes for a simple line: a character, a run of three or more spaces (a tab
    /// counts three), and another character; nil for any other line (or with the fast paths off).
    static func hasTwoSegmentsASCII(_ line: String) -> Bool? {
        if FastPaths.off { return nil }
        return TextScan.withBytes(line) { b -> Bool? in
            guard SimpleText.isSimple(b) else { return nil }
            var seen = false
            var spaces = 0
            for c in b {
                if c == 0x20 { spaces += 1; continue }
                if c == 0x09 { spaces += 3; continue }
                if seen && spaces >= 3 { return true }
                seen = true
                spaces = 0
            }
            return false
        }
    }

    /// `segments` for a simple line (every scalar a character, one column wide), on bytes: a segment's text
    /// is its bytes, since the spaces kept inside one are one or two plain spaces.
    private static func segments(_ b: UnsafeBufferPointer<UInt8>) -> [Segment] {
        var out: [Segment] = []
        var column = 0
        var spaces = 0
        var start = -1
        var end = 0
        var startColumn = 0
        for i in 0..<b.count {
            let c = b[i]
            if c == 0x20 || c == 0x09 {
                let width = c == 0x09 ? 3 : 1
                spaces += width
                column += width
                continue
            }
            // A continuation byte belongs to the scalar before it.
            if c & 0xC0 == 0x80 { end = i + 1; continue }
            if start >= 0 && spaces >= 3 {
                out.append(Segment(column: startColumn, text: String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)))
                start = -1
            }
            if start < 0 {
                start = i
                startColumn = column
            }
            spaces = 0
            end = i + 1
            column += 1
        }
        if start >= 0 {
            out.append(Segment(column: startColumn, text: String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)))
        }
        return out
    }

    /// The lines with side-by-side columns read one column after the other (a blank line between
    /// columns); `lines` unchanged when the block has no columns.
    ///
    /// Columns are recognised when at least two lines hold two or more segments whose later segments
    /// start at the same place (give or take two characters).
    static func linearize(_ lines: [String]) -> [String] {
        // Most blocks have no columns: with fewer than two lines cut in two, the lines stay as they are,
        // found without building a segment.
        var cutInTwo = 0
        for line in lines where hasTwoSegments(line) {
            cutInTwo += 1
            if cutInTwo >= 2 { break }
        }
        guard cutInTwo >= 2 else { return lines }
        let cut = lines.map(segments)
        let multi = cut.indices.filter { cut[$0].count >= 2 }
        guard multi.count >= 2 else { return lines }
        // Column starts: the places where later segments start on two or more lines.
        var starts: [Int] = []
        var counts: [Int: Int] = [:]
        for i in multi { for seg in cut[i].dropFirst() { counts[seg.column, default: 0] += 1 } }
        for column in counts.keys.sorted() {
            let near = (column - 2...column + 2).reduce(0) { $0 + (counts[$1] ?? 0) }
            if near >= 2, !starts.contains(where: { abs($0 - column) <= 2 }) { starts.append(column) }
        }
        guard !starts.isEmpty else { return lines }
        starts.insert(0, at: 0)
        guard let first = multi.first else { return lines }

        var prefix: [String] = []
        var columns = Array(repeating: [String](), count: starts.count)
        for (i, segs) in cut.enumerated() {
            if i < first {
                // Headings over the columns stay in front.
                prefix.append(lines[i])
                continue
            }
            if segs.isEmpty {
                for c in columns.indices { columns[c].append("") }
                continue
            }
            for seg in segs {
                let c = starts.lastIndex(where: { $0 <= seg.column + 2 }) ?? 0
                columns[c].append(seg.text)
            }
        }
        var out = prefix
        for (c, column) in columns.enumerated() {
            if c > 0 { out.append("") }
            out += column
        }
        return out
    }
}
