/// Word-wrapping by display columns.
public enum TextWrap {
    /// `text` broken into lines of at most `width` columns, at spaces where possible. A word longer than
    /// the width (a URL, a long compound) is split between graphemes, never inside one. Runs of spaces
    /// collapse; the result never has leading or trailing spaces on a line. Empty text gives no lines.
    public static func wrap(_ text: some StringProtocol, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let wordWidth = DisplayWidth.of(word)
            if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                line += " "
                line += word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            if wordWidth <= width {
                line = String(word)
                lineWidth = wordWidth
                continue
            }
            // Too long for any line: cut it into width-sized pieces.
            var piece = ""
            var pieceWidth = 0
            for ch in word {
                let w = DisplayWidth.of(ch)
                if pieceWidth + w > width, pieceWidth > 0 {
                    lines.append(piece)
                    piece = ""
                    pieceWidth = 0
                }
                piece.append(ch)
                pieceWidth += w
            }
            line = piece
            lineWidth = pieceWidth
        }
        if lineWidth > 0 { lines.append(line) }
        return lines
    }
}
