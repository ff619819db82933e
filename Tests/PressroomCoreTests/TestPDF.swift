import Foundation

/// A small PDF made in the test: pages of lines of ASCII text in Helvetica, each line at a place and a size of
/// its own, as a word processor exports a left-aligned release (no PDF library is needed for so little: a
/// catalog, a page tree, a font, a content stream a page, the cross-reference table and the trailer).
struct TestPDF {
    /// A line printed with its baseline `y` points above the page's foot, `x` from its left edge.
    struct Line {
        var text: String
        var x: Double = 50
        var y: Double
        var size: Double = 11
    }

    var pages: [[Line]] = []

    /// Lines set from the top of an A4 page down: each entry a line of text at `size` points with a line pitch
    /// of 1.2 times its size, or `nil` for an empty line of the body's size (a paragraph's space).
    static func page(_ lines: [(text: String?, size: Double)], top: Double = 780) -> [Line] {
        var y = top
        var out: [Line] = []
        for line in lines {
            if let text = line.text { out.append(Line(text: text, y: y, size: line.size)) }
            y -= 1.2 * line.size
        }
        return out
    }

    var bytes: [UInt8] {
        var objects: [String] = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "",  // the page tree, once the pages are numbered
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ]
        var kids: [Int] = []
        for page in pages {
            var content = "BT\n"
            for line in page {
                let escaped = line.text.replacingOccurrences(of: "\\", with: "\\\\")
                    .replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)")
                content += "/F1 \(line.size) Tf 1 0 0 1 \(line.x) \(line.y) Tm (\(escaped)) Tj\n"
            }
            content += "ET"
            objects.append("<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream")
            let contentNumber = objects.count
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents \(contentNumber) 0 R >>")
            kids.append(objects.count)
        }
        objects[1] = "<< /Type /Pages /Kids [\(kids.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(kids.count) >>"
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (k, body) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(k + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for o in offsets { out += String(format: "%010d 00000 n \n", o) }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(out.utf8)
    }
}
