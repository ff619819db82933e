import Foundation
/// Finds web and e-mail addresses in text.
///
/// A hand-written scanner over UTF-8 (no regular expressions on the common path), because the parser
/// runs it over every release.
public enum LinkExtractor {
    /// What an address is.
    public enum Kind: Sendable { case web, email }

    /// One address found in a text.
    public struct Found: Hashable, Sendable {
        public var kind: Kind
        /// The absolute form: `https://…` as printed, `http://` + a bare `www.…` or domain, or the
        /// lower-cased e-mail address (without `mailto:`).
        public var value: String
        /// Where it is printed, in UTF-8 offsets of the text given to `find(in:)`.
        public var utf8Range: Range<Int>

        /// As a link of the record: `mailto:` + address for e-mail, else `value`.
        public var link: String { kind == .email ? "mailto:" + value : value }
    }

    /// Every distinct address in `text` as an absolute URL (`https://…`, `http://www…`, `mailto:…`), in
    /// order of first appearance. Obfuscated e-mail addresses (`jane [at] example [dot] org`) count.
    /// Addresses that differ only in the case of scheme or host or a trailing `/` are one address.
    public static func links(in text: String) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for found in find(in: EmailDeobfuscation.deobfuscated(rejoiningCutURLs(rejoiningCutAddresses(text))))
        where seen.insert(key(found)).inserted {
            out.append(found.link)
        }
        return out
    }

    /// `text` with addresses that a line break cut after one of their hyphens put back together
    /// (`awa.sawadogo@papillon-` / `savanes.org`): typesetters never hyphenate addresses, so the hyphen is
    /// the address's own. Text without a hyphen before a line break is returned as it is.
    static func rejoiningCutAddresses(_ text: String) -> String {
        guard hasHyphenBeforeLineBreak(text) else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var i = 0
        while i < lines.count {
            if ContactLineShape.endsInCutAddress(lines[i]) {
                var j = i + 1
                while j < lines.count, lines[j].allSatisfy({ $0 == " " || $0 == "\t" }) { j += 1 }
                if j < lines.count, let first = lines[j].drop(while: { $0 == " " }).first, first.isLetter || first.isNumber {
                    var head = lines[i]
                    while head.last == " " { head.removeLast() }
                    lines[i] = head + lines[j].drop(while: { $0 == " " })
                    lines.removeSubrange((i + 1)...j)
                    continue
                }
            }
            i += 1
        }
        return lines.joined(separator: "\n")
    }

    /// `text` with web addresses that a line break cut inside their host put back together
    /// (`https://janedoe` / `.example.org/map`, or `https://janedo` / `e.example.org/map`): a host without a
    /// dot is no web host, so the word that follows the break, when it holds the dot, is the host's rest.
    /// Text without `://` is returned as it is.
    static func rejoiningCutURLs(_ text: String) -> String {
        guard TextScan.has(text, "://") else { return text }
        return TextScan.withBytes(text) { b -> String in
            var out: [UInt8] = []
            var copied = 0
            func isHostByte(_ c: UInt8) -> Bool { ASCII.isLetter(c) || ASCII.isDigit(c) || c == 0x2D || c == 0x2E }
            var q = 0
            while q + 3 <= b.count {
                guard b[q] == 0x3A, b[q + 1] == 0x2F, b[q + 2] == 0x2F else { q += 1; continue }
                let hostStart = q + 3
                var h = hostStart
                var dot = false
                while h < b.count, isHostByte(b[h]) { if b[h] == 0x2E { dot = true }; h += 1 }
                q = h
                // The host ends at a line break (or the space a reflowed line break became), without a dot.
                guard !dot, h > hostStart, h < b.count, b[h] == 0x0A || b[h] == 0x20 else { continue }
                var r = h
                while r < b.count, b[r] == 0x20 || b[r] == 0x0A { r += 1 }
                guard r - h <= 2, b[h..<r].filter({ $0 == 0x0A }).count <= 1 else { continue }
                var t = r
                var nextDot = false
                while t < b.count, isHostByte(b[t]) { if b[t] == 0x2E && t + 1 < b.count && isHostByte(b[t + 1]) { nextDot = true }; t += 1 }
                guard nextDot, t > r else { continue }
                out.append(contentsOf: b[copied..<h])
                copied = r
                q = r
            }
            guard copied > 0 else { return text }
            out.append(contentsOf: b[copied...])
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether `text` holds `-\n` or `- \n`; a byte scan, because this runs on every whole release.
    static func hasHyphenBeforeLineBreak(_ text: String) -> Bool {
        // Line breaks are found with memchr: only the bytes just before each are looked at.
        func scan(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let base = b.baseAddress, b.count > 1 else { return false }
            var from = 1
            while from < b.count, let hit = memchr(base + from, 0x0A, b.count - from) {
                let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if b[i - 1] == 0x2D || (b[i - 1] == 0x20 && i >= 2 && b[i - 2] == 0x2D) { return true }
                from = i + 1
            }
            return false
        }
        if let found = text.utf8.withContiguousStorageIfAvailable(scan) { return found }
        var copy = text
        return copy.withUTF8(scan)
    }

    /// Lower-cased e-mail addresses in `text`, in order, without repeats.
    public static func emails(in text: String) -> [String] {
        var seen = Set<String>()
        return find(in: EmailDeobfuscation.deobfuscated(text)).filter { $0.kind == .email }.map(\.value)
            .filter { seen.insert($0).inserted }
    }

    /// Web addresses (not e-mail) in `text` as absolute URLs, in order, without repeats.
    public static func webAddresses(in text: String) -> [String] {
        var seen = Set<String>()
        return find(in: text).filter { $0.kind == .web && seen.insert(key($0)).inserted }.map(\.value)
    }

    /// The identity of an address: scheme and host in lower case, no trailing `/`.
    static func key(_ f: Found) -> String {
        if f.kind == .email { return "mailto:" + f.value }
        if let quick = asciiKey(f.value) { return quick }
        var v = f.value
        while v.hasSuffix("/") { v.removeLast() }
        guard let sep = TextScan.find("://", in: v[...]) else { return v.lowercased() }
        let afterScheme = v[sep.upperBound...]
        let hostEnd = afterScheme.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? v.endIndex
        return v[..<hostEnd].lowercased() + v[hostEnd...]
    }

    /// `key` of an ASCII web address (every one the scanner finds: it stops at bytes beyond ASCII), on bytes;
    /// nil for any other.
    private static func asciiKey(_ v: String) -> String? {
        TextScan.withBytes(v) { b -> String? in
            for c in b where c >= 0x80 || c == 13 { return nil }
            var n = b.count
            while n > 0, b[n - 1] == UInt8(ascii: "/") { n -= 1 }
            var hostEnd = n
            var k = 0
            while k + 2 < n {
                if b[k] == UInt8(ascii: ":"), b[k + 1] == UInt8(ascii: "/"), b[k + 2] == UInt8(ascii: "/") {
                    var h = k + 3
                    while h < n, b[h] != UInt8(ascii: "/"), b[h] != UInt8(ascii: "?"), b[h] != UInt8(ascii: "#") { h += 1 }
                    hostEnd = h
                    break
                }
                k += 1
            }
            return String(unsafeUninitializedCapacity: n) { out in
                for i in 0..<n { let c = b[i]; out[i] = i < hostEnd && c >= 65 && c <= 90 ? c | 0x20 : c }
                return n
            }
        }
    }

    /// Every address printed in `text`, in order (repeats included), with where it stands.
    /// Does not undo obfuscation (see `links(in:)`).
    public static func find(in text: String) -> [Found] {
        var copy = text
        return copy.withUTF8 { bytes in
            var scanner = Scanner(bytes: bytes)
            return scanner.run()
        }
    }

    // MARK: - Scanner

    private struct Scanner {
        let b: UnsafeBufferPointer<UInt8>
        var out: [Found] = []

        init(bytes: UnsafeBufferPointer<UInt8>) { b = bytes }

        mutating func run() -> [Found] {
            // Every address holds a dot followed by a letter or digit (`x.org`); a sentence's last word
            // (`end.`) does not. So only the tokens (runs of non-delimiters) around such a dot are looked
            // at, in order; the dots are found with memchr.
            let n = b.count
            guard let base = b.baseAddress else { return out }
            var from = 0  // where the previous token ended
            var d = 0
            while d < n, let hit = memchr(base + d, 0x2E, n - d) {
                let dot = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                d = dot + 1
                guard dot + 1 < n, isLetterOrDigit(b[dot + 1]) else { continue }
                var start = dot
                while start > from, !isDelimiter(b[start - 1]) { start -= 1 }
                var end = dot + 1
                while end < n, !isDelimiter(b[end]) { end += 1 }
                var hasAt = false, hasColon = false
                for k in start..<end {
                    if b[k] == UInt8(ascii: "@") { hasAt = true } else if b[k] == UInt8(ascii: ":") { hasColon = true }
                }
                token(start, end, hasAt: hasAt, hasColon: hasColon)
                from = end
                d = end
            }
            return out
        }

        /// Looks at one run of non-delimiter bytes.
        mutating func token(_ ts: Int, _ te: Int, hasAt: Bool, hasColon: Bool) {
            var p = ts
            var found = false
            if hasColon {
                while let (s, e) = schemeURL(from: p, to: te) {
                    if hasAt, emailsBetween(p, s) { found = true }
                    out.append(Found(kind: .web, value: string(s, e), utf8Range: s..<e))
                    found = true
                    p = e
                }
            }
            if hasAt, emailsBetween(p, te) { found = true }
            if !found && !hasAt { bare(ts, te) }
        }

        /// The next `http://`, `https://` or `ftp://` address between `from` and `to`.
        func schemeURL(from: Int, to: Int) -> (Int, Int)? {
            var q = from
            while q + 2 < to {
                if b[q] == UInt8(ascii: ":"), b[q + 1] == UInt8(ascii: "/"), b[q + 2] == UInt8(ascii: "/") {
                    var s = q
                    while s > from, isLetter(b[s - 1]) { s -= 1 }
                    var scheme = string(s, q).lowercased()
                    // `Company Websitehttps://…`: a web page's label and its value, printed in elements of their
                    // own, lose the space between them when the page becomes text; the scheme ends the word.
                    if scheme != "http", scheme != "https", scheme != "ftp", let glued = ["https", "http"].first(where: { scheme.hasSuffix($0) }) {
                        s = q - glued.utf8.count
                        scheme = glued
                    }
                    if scheme == "http" || scheme == "https" || scheme == "ftp" {
                        let e = trimTrailing(s, to)
                        if e > q + 3 { return (s, e) }
                    }
                    q += 3
                    continue
                }
                q += 1
            }
            return nil
        }

        /// E-mail addresses between `from` and `to` (a token or the part of one before a URL).
        mutating func emailsBetween(_ from: Int, _ to: Int) -> Bool {
            var any = false
            var a = from
            while a < to {
                guard b[a] == UInt8(ascii: "@") else { a += 1; continue }
                var l = a
                while l > from, isLocal(b[l - 1]) { l -= 1 }
                // `jörg@…`: letters outside ASCII belong to the local part (the token stopped at them).
                if l == from { l = extendOverNonASCIILetters(l) }
                while l < a, b[l] == UInt8(ascii: ".") { l += 1 }
                var r = a + 1
                while r < to, isHost(b[r]) { r += 1 }
                while r > a + 1, b[r - 1] == UInt8(ascii: ".") || b[r - 1] == UInt8(ascii: "-") { r -= 1 }
                if l < a, validHost(a + 1, r, requireKnownTLD: false) {
                    out.append(Found(kind: .email, value: lowercased(l, r), utf8Range: l..<r))
                    any = true
                    a = r
                } else {
                    a += 1
                }
            }
            return any
        }

        /// `l` moved back over letters written outside ASCII (and the ASCII local-part characters between them).
        func extendOverNonASCIILetters(_ start: Int) -> Int {
            var l = start
            while l > 0 {
                if b[l - 1] < 0x80 {
                    if isLocal(b[l - 1]) { l -= 1; continue }
                    break
                }
                var s = l - 1
                while s > 0, b[s] & 0xC0 == 0x80 { s -= 1 }
                let scalar = String(decoding: UnsafeBufferPointer(rebasing: b[s..<l]), as: UTF8.self).unicodeScalars.first
                guard let sc = scalar, sc.properties.isAlphabetic else { break }
                l = s
            }
            return l
        }

        /// A bare `www.…` address or a bare domain (`srna-netball.com.au`, `example.org/report`).
        mutating func bare(_ ts: Int, _ te: Int) {
            var s = ts
            while s < te, isLeadingPunctuation(b[s]) { s += 1 }
            // `Web:srna-netball.com.au`: a label glued to the address.
            var colon = s
            while colon < te, b[colon] != UInt8(ascii: ":") { colon += 1 }
            if colon < te, colon + 1 < te, isLetterOrDigit(b[colon + 1]) { s = colon + 1 }
            guard s < te, isLetterOrDigit(b[s]) else { return }
            var h = s
            while h < te, isHost(b[h]) { h += 1 }
            var hostEnd = h
            while hostEnd > s, b[hostEnd - 1] == UInt8(ascii: ".") || b[hostEnd - 1] == UInt8(ascii: "-") {
                hostEnd -= 1
            }
            let hasPath = hostEnd == h && h < te && (b[h] == UInt8(ascii: "/") || b[h] == UInt8(ascii: "?"))
            let end = hasPath ? trimTrailing(s, te) : hostEnd
            guard end > s else { return }
            let isWWW = hostEnd - s > 4 && string(s, s + 4).lowercased() == "www."
            if isWWW {
                guard validHost(s, hostEnd, requireKnownTLD: false) else { return }
            } else {
                guard validHost(s, hostEnd, requireKnownTLD: !(hasPath && end > h + 1)) else { return }
                // Not a URL: an abbreviation, a number or a file name (`e.g.`, `4.2`, `report.pdf`).
                guard !isFileName(s, hostEnd) else { return }
                // A name written like a domain (`Kestrel.dev`, a capitalised word and a suffix, no path) is a
                // name in the sentence; addresses are printed in lower case or with `www.`.
                guard hasPath || !isCapitalisedName(s, hostEnd) else { return }
            }
            out.append(Found(kind: .web, value: "http://" + string(s, end), utf8Range: s..<end))
        }

        /// Host names: labels of letters, digits and hyphens, at least two, the last alphabetic and two or
        /// more letters long; a bare domain's last label must be lower case and a known top-level domain.
        func validHost(_ s: Int, _ e: Int, requireKnownTLD: Bool) -> Bool {
            guard e > s else { return false }
            // The labels are only counted; the last one is kept.
            var labels = 0
            var ts = s, te = s
            var ls = s
            for k in s...e {
                if k == e || b[k] == UInt8(ascii: ".") {
                    guard k > ls else { return false }
                    if b[ls] == UInt8(ascii: "-") || b[k - 1] == UInt8(ascii: "-") { return false }
                    labels += 1
                    ts = ls
                    te = k
                    ls = k + 1
                }
            }
            guard labels >= 2, te - ts >= 2 else { return false }
            for k in ts..<te where !isLetter(b[k]) { return false }
            if requireKnownTLD {
                for k in ts..<te where b[k] < UInt8(ascii: "a") { return false }
                return TopLevelDomains.isKnown(string(ts, te))
            }
            return true
        }

        /// Two labels, the first a capitalised word (`Kestrel.dev`): one capital, then lower-case letters.
        func isCapitalisedName(_ s: Int, _ e: Int) -> Bool {
            guard ASCII.isUpper(b[s]) else { return false }
            var k = s + 1
            while k < e, ASCII.isLower(b[k]) { k += 1 }
            guard k < e, k > s + 1, b[k] == 0x2E else { return false }
            k += 1
            while k < e, b[k] != 0x2E { k += 1 }
            return k == e
        }

        /// `report.pdf`, `photo.jpg`: the last label is a common file extension.
        func isFileName(_ s: Int, _ e: Int) -> Bool {
            var k = e
            while k > s, b[k - 1] != UInt8(ascii: ".") { k -= 1 }
            return TopLevelDomains.fileExtensions.contains(string(k, e).lowercased())
        }

        /// The end of an address once trailing punctuation (`.,;:!?)»”'"*_`) is stripped; a `)` stays when
        /// the address opened one.
        func trimTrailing(_ s: Int, _ e: Int) -> Int {
            var end = e
            var open = 0
            var close = 0
            for k in s..<e {
                if b[k] == UInt8(ascii: "(") { open += 1 } else if b[k] == UInt8(ascii: ")") { close += 1 }
            }
            while end > s {
                let c = b[end - 1]
                if c == UInt8(ascii: ")") {
                    if close > open { close -= 1; end -= 1; continue }
                    break
                }
                if ".,;:!?'\"*_".utf8.contains(c) { end -= 1; continue }
                break
            }
            return end
        }

        /// `string(s, e).lowercased()`, on bytes when they are ASCII.
        func lowercased(_ s: Int, _ e: Int) -> String {
            for k in s..<e where b[k] >= 0x80 { return string(s, e).lowercased() }
            return String(unsafeUninitializedCapacity: e - s) { out in
                for k in s..<e { let c = b[k]; out[k - s] = c >= 65 && c <= 90 ? c | 0x20 : c }
                return e - s
            }
        }

        func string(_ s: Int, _ e: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self)
        }

        @inline(__always) func isDelimiter(_ c: UInt8) -> Bool {
            // Non-ASCII bytes end an address too: `»`, `”`, `–` and no-break spaces are not part of one.
            // Controls, space, `"`, `<`, `>` (bits of the first mask); `[`, `\`, `]`, `^`, `` ` ``, `{`, `|`,
            // `}`, DEL (bits of the second, from 64): one shift per byte on the hot path.
            if c < 64 { return (0x5000_0005_FFFF_FFFF as UInt64) >> UInt64(c) & 1 != 0 }
            if c < 128 { return (0xB800_0001_7800_0000 as UInt64) >> UInt64(c - 64) & 1 != 0 }
            return true
        }

        func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "z") }
        func isLetterOrDigit(_ c: UInt8) -> Bool { isLetter(c) || (c >= 48 && c <= 57) }
        func isHost(_ c: UInt8) -> Bool { isLetterOrDigit(c) || c == UInt8(ascii: "-") || c == UInt8(ascii: ".") }
        func isLocal(_ c: UInt8) -> Bool {
            isLetterOrDigit(c) || c == UInt8(ascii: ".") || c == UInt8(ascii: "_") || c == UInt8(ascii: "-")
                || c == UInt8(ascii: "+") || c == UInt8(ascii: "%")
        }
        func isLeadingPunctuation(_ c: UInt8) -> Bool { "([{<'\"*_".utf8.contains(c) }
    }
}
