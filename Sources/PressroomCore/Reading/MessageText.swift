import Foundation

/// The text of an e-mail message (its plain part, or its HTML part as `LogicalMarkdown`) into the release it
/// carries: what a person sees as the release when they read the message. Pure functions over text, so each
/// rule is tested without a message.
///
/// - A forwarded copy (`---------- Forwarded message ---------`, `-----Original Message-----`, `Begin
///   forwarded message:`, Outlook's rule of underscores before `From:`) is the part after the last marker;
///   the forwarder's note and signature above it go, and so do the forwarded headers (`From:` `Date:`
///   `Subject:` `To:`), whose subject and date are kept as evidence.
/// - A replied or inline-quoted copy, where the `>` lines are most of the message, is those lines with their
///   marks taken off; the replier's own lines and the `On … wrote:` line go.
/// - A mailing list's footer (`To unsubscribe …`, `You are receiving this because …`, Mailman's rule of
///   underscores) is furniture, cut with everything after it.
enum MessageText {
    /// The release in a message's text, with the forwarded message's subject and date when it was forwarded.
    struct Release: Equatable {
        var text: String
        var forwardedSubject: String?
        var forwardedDate: String?
    }

    static func release(in text: String, format: SourceFormat) -> Release {
        // (`\r\n` is one Character: it is made `\n` before the text is cut into lines.)
        let text = text.utf8.contains(0x0D) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var result = Release(text: "")
        // A forward of a reply of a forward: unwrap until nothing changes (bounded).
        for _ in 0..<4 {
            var changed = false
            if let (inner, subject, date) = unwrapForward(lines) {
                lines = inner
                if let subject { result.forwardedSubject = subject }
                if let date { result.forwardedDate = date }
                changed = true
            }
            if let inner = unwrapQuoted(lines) {
                lines = inner
                changed = true
            }
            if !changed { break }
        }
        lines = cutFooter(lines)
        while let last = lines.last, isBlankLine(last) { lines.removeLast() }
        result.text = lines.joined(separator: "\n")
        return result
    }

    // MARK: Forwards

    /// A line that starts a forwarded message.
    static func isForwardMarker(_ line: String) -> Bool {
        // Most lines are long or open with a letter other than `B`: passed over on their first bytes.
        guard line.utf8.count <= 80, let first = line.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }),
              first == UInt8(ascii: "-") || first == UInt8(ascii: "B") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_")
                || first == UInt8(ascii: ">") else { return false }
        let t = fold(line).trimmingCharacters(in: CharacterSet(charactersIn: " *_>\t"))
        if t == "begin forwarded message:" { return true }
        guard t.hasPrefix("--") && t.hasSuffix("--") else { return false }
        let inner = t.trimmingCharacters(in: CharacterSet(charactersIn: "- "))
        return inner == "forwarded message" || inner == "original message" || inner == "forwarded message follows"
    }

    /// A header line of a forwarded message (`From: …`, `*Sent:* …`), as its key and value.
    static func forwardedHeader(_ line: String) -> (key: String, value: String)? {
        let t = line.trimmingCharacters(in: CharacterSet(charactersIn: " \t>")).replacingOccurrences(of: "*", with: "")
        guard let colon = t.firstIndex(of: ":") else { return nil }
        let key = fold(String(t[..<colon])).trimmingCharacters(in: .whitespaces)
        guard ["from", "date", "sent", "subject", "to", "cc", "reply-to"].contains(key) else { return nil }
        return (key, t[t.index(after: colon)...].trimmingCharacters(in: .whitespaces))
    }

    /// The forwarded message after the last marker, without its headers; nil when there is no marker.
    static func unwrapForward(_ lines: [String]) -> (lines: [String], subject: String?, date: String?)? {
        var start: Int?
        for (k, line) in lines.enumerated().reversed() {
            if isForwardMarker(line) { start = k + 1; break }
            // Outlook: a rule of underscores, then `From:`.
            if line.trimmingCharacters(in: .whitespaces).count >= 10, line.allSatisfy({ $0 == "_" || $0 == " " }),
               let next = lines[(k + 1)...].first(where: { !isBlankLine($0) }), forwardedHeader(next)?.key == "from" {
                start = k + 1
                break
            }
        }
        guard var k = start else { return nil }
        var subject: String?, date: String?
        while k < lines.count, isBlankLine(lines[k]) { k += 1 }
        var sawHeader = false
        while k < lines.count {
            if let (key, value) = forwardedHeader(lines[k]) {
                sawHeader = true
                if key == "subject" { subject = value }
                if key == "date" || key == "sent" { date = value }
                k += 1
            } else if sawHeader && !isBlankLine(lines[k]) && lines[k].first == " " {
                k += 1  // a folded header's continuation
            } else {
                break
            }
        }
        while k < lines.count, isBlankLine(lines[k]) { k += 1 }
        return (Array(lines[k...]), subject, date)
    }

    // MARK: Quoted replies

    /// The quoted lines with their `>` marks off, when they are most of the message (and at least a short
    /// paragraph); nil otherwise.
    static func unwrapQuoted(_ lines: [String]) -> [String]? {
        var quotedWords = 0, plainWords = 0
        for line in lines where !isBlankLine(line) {
            let words = wordCount(line)
            if isQuoted(line) { quotedWords += words } else { plainWords += words }
        }
        guard quotedWords >= 30, quotedWords > plainWords else { return nil }
        // From the first quoted line to the last: the replier's text before and after goes.
        guard let first = lines.firstIndex(where: isQuoted), let last = lines.lastIndex(where: isQuoted) else { return nil }
        return lines[first...last].map { line -> String in
            guard isQuoted(line) else { return line }
            var rest = Substring(line).drop(while: { $0 == " " })
            // Every level: `> > text`, `>> text`.
            while rest.first == ">" {
                rest = rest.dropFirst()
                if rest.first == " " { rest = rest.dropFirst() }
            }
            return String(rest)
        }
    }

    static func isQuoted(_ line: String) -> Bool { line.drop(while: { $0 == " " }).first == ">" }

    // MARK: Footers

    /// What a mailing list or a bulk sender prints under every message (folded, at a line's start or inside it).
    static let footerCues = ["to unsubscribe", "you are receiving this", "you received this", "unsubscribe from this list",
                             "manage your subscription", "update your preferences", "this email was sent to",
                             "this message was sent to", "mailing list"]

    /// `lines` without a footer in their last 25 printed lines: cut at the first line holding a cue, with a
    /// rule or blank lines just above it.
    static func cutFooter(_ lines: [String]) -> [String] {
        let printed = lines.indices.filter { !isBlankLine(lines[$0]) }
        guard let windowStart = printed.suffix(25).first else { return lines }
        var cut: Int?
        for k in windowStart..<lines.count where lines[k].utf8.count <= 300 {
            let t = lines[k].trimmingCharacters(in: .whitespaces)
            // Mailman's rule of 47 underscores opens its footer.
            if t.count >= 30 && t.allSatisfy({ $0 == "_" }) { cut = k; break }
            let folded = Fold.line(t)
            if footerCues.contains(where: { TextScan.find($0, in: folded[...]) != nil }) { cut = k; break }
        }
        guard var k = cut else { return lines }
        // A rule or blank lines right above the footer go with it.
        while k > 0 {
            let above = lines[k - 1].trimmingCharacters(in: .whitespaces)
            if above.isEmpty || (above.count >= 2 && above.allSatisfy({ "-_=*".contains($0) })) { k -= 1 } else { break }
        }
        return Array(lines[..<k])
    }

    // MARK: What the message is

    /// Whether the text/plain part is only a stand-in for the HTML one: a notice that the message is in HTML,
    /// or under two fifths of the HTML part's words.
    static func isStub(_ plain: String, beside html: String?) -> Bool {
        let words = wordCount(plain)
        guard let html else { return false }
        if words == 0 { return true }
        let folded = fold(plain)
        let notices = ["message is in html", "this is an html message", "html version", "view this email in your browser",
                       "view it in your browser", "does not support html", "requires html", "html-formatted", "html formatted"]
        if words < 60, notices.contains(where: { folded.contains($0) }) { return true }
        let htmlWords = wordCount(html)
        return htmlWords >= 50 && words * 5 < htmlWords * 2
    }

    /// Whether the text is a press release rather than a newsletter, a reply or a note, by the genre's own
    /// words in the five languages the parser reads (`ReleaseLexicon`): a kind label or a release instruction
    /// opening one of its first 15 printed lines (`PRESS RELEASE`, `Comunicado de prensa`, `Sperrfrist: …`), or
    /// two of what a release prints further down: an end mark (`ENDS`, `###`), a notes heading (`Notes to
    /// editors`, `Hintergrund`), a contact heading (`Media contact`, `Pressekontakt`), a kind label anywhere.
    static func carriesRelease(_ text: String) -> Bool {
        let lines = text.split(whereSeparator: \.isNewline).map { TextScan.trim($0) }.filter { !$0.isEmpty }
        func folded(_ line: String) -> String {
            Fold.line(line).trimmingCharacters(in: CharacterSet(charactersIn: " \t*#_:-–—>"))
        }
        for line in lines.prefix(15) {
            // news aktuell's dateline, `Essen (ots) - …`: a release through Germany's wire (opening a paragraph).
            if TextScan.find(" (ots) ", in: line.prefix(80)) != nil { return true }
            guard line.utf8.count <= 160 else { continue }
            let f = folded(line)
            if ReleaseLexicon.kindLabels.contains(where: { f.hasPrefix($0) }) { return true }
            if ReleaseLexicon.releasePrefixes.contains(where: { f.hasPrefix($0) }) { return true }
        }
        var found = Set<String>()
        for line in lines {
            if ReleaseLexicon.isEndMark(line) { found.insert("end mark"); continue }
            guard line.utf8.count <= 80 else { continue }
            let f = folded(line)
            let heading = f.hasSuffix(":") ? String(f.dropLast()) : f
            if ReleaseLexicon.notesHeadingSet.contains(heading) || (f.hasPrefix("about ") && !f.contains(".")) { found.insert("notes") }
            // A heading line (`Media contact:`, `Pressekontakt:`): short, holding a contact word.
            if f.utf8.count <= 40, ReleaseLexicon.contactHeadingWords.contains(where: { TextScan.find($0, in: f[...]) != nil }) {
                found.insert("contact")
            }
            if ReleaseLexicon.kindLabels.prefix(17).contains(where: { TextScan.find($0, in: f[...]) != nil }) { found.insert("kind") }
        }
        return found.count >= 2
    }

    /// Whether a covering note introduces an attached release: it speaks of an attachment and names a release
    /// (`Please find attached our press release`, `Anbei unsere Pressemitteilung`).
    static func introducesRelease(_ note: String) -> Bool {
        let f = Fold.line(note)
        return (mentionsAttachment(note) || ["anbei", "ci-joint", "adjunto", "em anexo", "segue"].contains { f.contains($0) })
            && ReleaseLexicon.kindLabels.contains { f.contains($0) }
    }

    /// Whether a covering note speaks of an attachment.
    static func mentionsAttachment(_ text: String) -> Bool {
        let folded = fold(text)
        return ["attach", "enclosed", "please find", "see the pdf", "herewith"].contains { folded.contains($0) }
    }

    /// A subject without reply and forward prefixes and list tags (`Re: Fwd: [press-list] …`), and without a
    /// leading `Press release:` label (the headline follows it).
    static func cleanSubject(_ subject: String) -> String? {
        var s = subject.trimmingCharacters(in: .whitespaces)
        var changed = true
        while changed {
            changed = false
            if s.hasPrefix("["), let close = s.firstIndex(of: "]") {
                s = String(s[s.index(after: close)...]).trimmingCharacters(in: .whitespaces)
                changed = true
            }
            for prefix in ["re:", "fwd:", "fw:", "aw:", "wg:", "tr:", "press release:", "media release:", "news release:",
                           "press release -", "media release -", "press release –", "media release –"] where fold(s).hasPrefix(prefix) {
                s = String(s.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
                changed = true
            }
        }
        return s.isEmpty ? nil : s
    }

    // MARK: Small helpers

    /// Runs of letters and digits (any byte of a non-ASCII character counts as a letter): on bytes, since
    /// every line of every message is counted.
    static func wordCount(_ text: String) -> Int {
        TextScan.withBytes(text) { b -> Int in
            var count = 0, inWord = false
            for byte in b {
                let letter = byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                if letter && !inWord { count += 1 }
                inWord = letter
            }
            return count
        }
    }

    static func isBlank(_ text: String) -> Bool { text.utf8.allSatisfy { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) } || text.allSatisfy(\.isWhitespace) }
    static func isBlankLine(_ line: String) -> Bool { line.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }
    private static func fold(_ s: String) -> String { s.lowercased().replacingOccurrences(of: "\u{2019}", with: "'") }
}
