import Foundation

/// One line of a contact block, read: its phone numbers, addresses, labelled values and the text
/// fields that remain (a name, a job title, an organisation).
struct ContactLine {
    /// The line as read (markdown and obfuscation undone, trimmed).
    var text: String
    /// Phone numbers (fax left out), normalised.
    var phones: [String] = []
    /// What was printed for each of `phones`, in the same order.
    var phoneDetails: [PhoneDetail] = []
    /// Lower-cased e-mail addresses.
    var emails: [String] = []
    /// Web addresses (absolute).
    var urls: [String] = []
    /// Text fields left once numbers, addresses, labels and separators are taken out, in order.
    var fields: [String] = []
    /// Whether the fields were separated by more than commas (`|`, `–`, `;`, wide spaces).
    var hasStrongSeparator = false
    /// Values printed after a `Name:`, `Title:`, `Organisation:` label.
    var labelledName: String?
    var labelledRole: String?
    var labelledOrganization: String?
    /// A heading printed at the start of the line (`Media inquiries:` in `Media inquiries: media@…`),
    /// or the whole line when it is a heading.
    var heading: String?
    /// True when the whole line is a heading.
    var isHeading = false
    /// True for a social handle (`@JiraniWater`) or a social or web label seen on the line.
    var hasSocial = false

    var isBlank: Bool { text.isEmpty }
    var hasData: Bool { !phones.isEmpty || !emails.isEmpty }
    var hasLabelledText: Bool { labelledName != nil || labelledRole != nil || labelledOrganization != nil }
    /// Only web addresses or social handles: a trailing `www.x.org | Twitter: @x` line.
    var isWebOnly: Bool { !hasData && fields.isEmpty && !hasLabelledText && (!urls.isEmpty || hasSocial) }

    /// The text fields as one string, for a line read whole (a stacked job title such as
    /// `Account Director, Europe`).
    var wholeText: String { fields.joined(separator: ", ") }

    init(_ raw: String) { self.init(raw, rawIsHeading: nil) }

    /// `rawIsHeading`: whether `raw` is a heading, when already known (`ContactVocabulary.isHeading(raw)`);
    /// used when reading the line leaves it as it is.
    init(_ raw: String, rawIsHeading: Bool?) {
        let cleaned = EmailDeobfuscation.deobfuscated(ContactVocabulary.stripMarkdown(raw))
        text = cleaned.trimmed()
        guard !text.isEmpty else { return }
        let whole: Bool
        if let rawIsHeading, text == raw { whole = rawIsHeading } else { whole = ContactVocabulary.isHeading(text) }
        if whole {
            isHeading = true
            heading = Self.headingText(text)
            return
        }
        switch ContactLeadIn.read(text) {
        case .heading?:
            // `For interviews, please contact either:`: a sentence that introduces the contacts below it.
            isHeading = true
            heading = Self.headingText(text)
            return
        case .name(let name)?:
            // `Jane Doe can be contacted at:`: the sentence names the contact whose details follow.
            fields = [name]
            return
        case nil:
            break
        }
        read()
    }

    /// `Media contact:` → `Media contact`; `## Press Office` → `Press Office`.
    static func headingText(_ line: String) -> String {
        var t = ContactVocabulary.stripMarkdown(line).trimmed()
        // An ASCII line (each byte a character, no carriage return) sheds its end marks on bytes.
        let cut: Int? = FastPaths.off ? nil : TextScan.withBytes(t) { b -> Int? in
            for c in b where c >= 0x80 || c == 13 { return nil }
            var n = b.count
            while n > 0, b[n - 1] == UInt8(ascii: ":") || b[n - 1] == UInt8(ascii: "-") || b[n - 1] == UInt8(ascii: ".") { n -= 1 }
            return n
        }
        if let cut {
            if cut < t.utf8.count { t = String(t.utf8.prefix(cut))! }
            return t.trimmed()
        }
        while let last = t.last, ":：-–—.".contains(last) { t.removeLast() }
        return t.trimmed()
    }

    private mutating func read() {
        // A line without `+`, `(`, an ASCII digit, `.` or `@` (a name, a job title, an organisation) holds no phone
        // number (each opens with `+`, `(` or a digit), no address (each holds a dot) and no handle: nothing is
        // taken out, so its scalars need no decoding and its text is split as it is.
        if !FastPaths.off, Self.holdsNothingToTakeOut(text) {
            splitFields(text)
            return
        }
        // The line's scalars, decoded off its (valid UTF-8) bytes in one pass, without walking the string's
        // scalars; an ASCII line's scalars are its bytes.
        // UTF-8 offset → scalar index, for the link scanner's ranges (-1 for an offset inside a scalar's
        // bytes), filled in the same pass. In ASCII text the two are the same: no table.
        var scalarAtUTF8: [Int] = []
        let scalars: [Unicode.Scalar] = TextScan.withBytes(text) { b -> [Unicode.Scalar] in
            var ascii = true
            for c in b where c >= 0x80 { ascii = false; break }
            if ascii {
                return [Unicode.Scalar](unsafeUninitializedCapacity: b.count) { out, count in
                    for k in 0..<b.count { out[k] = Unicode.Scalar(b[k]) }
                    count = b.count
                }
            }
            var table = [Int](repeating: -1, count: b.count + 1)
            let decoded = table.withUnsafeMutableBufferPointer { at in
                [Unicode.Scalar](unsafeUninitializedCapacity: b.count) { out, count in
                    var n = 0
                    var i = 0
                    while i < b.count {
                        let (value, width) = TextScan.scalar(in: b, at: i)
                        at[i] = n
                        out[n] = Unicode.Scalar(value) ?? "\u{FFFD}"
                        n += 1
                        i += width
                    }
                    at[b.count] = n
                    count = n
                }
            }
            scalarAtUTF8 = table
            return decoded
        }
        var removed = Array(repeating: false, count: scalars.count)
        var anyRemoved = false
        let ascii = scalarAtUTF8.isEmpty
        func scalarIndex(_ utf8Offset: Int) -> Int? {
            if ascii { return utf8Offset >= 0 && utf8Offset <= scalars.count ? utf8Offset : nil }
            guard utf8Offset >= 0, utf8Offset < scalarAtUTF8.count else { return nil }
            let i = scalarAtUTF8[utf8Offset]
            return i < 0 ? nil : i
        }

        for found in PhoneNumber.find(scalars: scalars) {
            for k in found.scalarRange { removed[k] = true }
            anyRemoved = true
            if !found.isFax, !phones.contains(found.normalized) {
                phones.append(found.normalized)
                phoneDetails.append(PhoneDetail(printed: PhoneNumber.string(scalars, found.scalarRange).trimmed(),
                                                e164: found.normalized.hasPrefix("+") ? found.normalized : nil,
                                                label: found.label ?? Self.printedLabel(scalars, around: found.scalarRange)))
            }
        }
        for found in LinkExtractor.find(in: text) {
            guard let lo = scalarIndex(found.utf8Range.lowerBound), let hi = scalarIndex(found.utf8Range.upperBound) else { continue }
            // `mailto:` printed before an address goes with it.
            var start = lo
            if found.kind == .email, start >= 7, Self.isMailto(scalars[(start - 7)..<start]) { start -= 7 }
            for k in start..<hi { removed[k] = true }
            anyRemoved = true
            switch found.kind {
            case .email: if !emails.contains(found.value) { emails.append(found.value) }
            case .web: if !urls.contains(found.value) { urls.append(found.value) }
            }
        }
        // Social handles: `@JiraniWater`.
        var k = 0
        while k < scalars.count {
            if scalars[k] == "@", !removed[k], k == 0 || !scalars[k - 1].properties.isAlphabetic {
                var e = k + 1
                while e < scalars.count, scalars[e].properties.isAlphabetic || PhoneNumber.isDigit(scalars[e])
                        || scalars[e] == "_" || scalars[e] == "." { e += 1 }
                if e > k + 1 {
                    for j in k..<e { removed[j] = true }
                    anyRemoved = true
                    hasSocial = true
                }
                k = e
            } else {
                k += 1
            }
        }

        // Nothing taken out (a name, a job title): the text itself is what is left.
        guard anyRemoved else { splitFields(text); return }
        // What was taken out becomes one U+0001 (a field cut) per run, built on bytes.
        var residual: [UInt8] = []
        residual.reserveCapacity(text.utf8.count)
        for (i, s) in scalars.enumerated() {
            if removed[i] {
                if i == 0 || !removed[i - 1] { residual.append(1) }
            } else if s.isASCII {
                residual.append(UInt8(s.value))
            } else {
                residual.append(contentsOf: s.utf8)
            }
        }
        splitFields(String(decoding: residual, as: UTF8.self))
    }

    /// No `+`, `(`, ASCII digit, `.` or `@` in `text`: no phone number, address or handle for `read` to take out.
    static func holdsNothingToTakeOut(_ text: String) -> Bool {
        !TextScan.withBytes(text) { b in b.contains { $0 == 0x2B || $0 == 0x28 || ASCII.isDigit($0) || $0 == 0x2E || $0 == 0x40 } }
    }

    /// A phone label the number finder did not take: one of several words before a colon (`Out of hours: …`),
    /// or one in brackets after the number (`… (bureau)`, `… (AH)`). Read once per number.
    static func printedLabel(_ s: [Unicode.Scalar], around range: Range<Int>) -> String? {
        // Before: `Out of hours:` back to the line's start or a separator.
        var k = range.lowerBound - 1
        while k >= 0, s[k] == " " { k -= 1 }
        if k >= 0, s[k] == ":" {
            var start = k
            while start > 0, !"|,;–—\u{1}".unicodeScalars.contains(s[start - 1]) { start -= 1 }
            let before = PhoneNumber.string(s, start..<k).trimmed()
            if !before.isEmpty, ContactVocabulary.fieldLabel(before) == .phone { return before }
        }
        // After: `(bureau)`.
        var j = range.upperBound
        while j < s.count, s[j] == " " { j += 1 }
        if j < s.count, s[j] == "(", let close = s[j...].firstIndex(of: ")"), close - j <= 30 {
            let inside = PhoneNumber.string(s, (j + 1)..<close).trimmed()
            if !inside.isEmpty, ContactVocabulary.fieldLabel(inside) == .phone { return inside }
        }
        return nil
    }

    /// Personal pronouns as a contact prints them after the name (folded): `he/him`, `she/her`, `they/them`,
    /// `sie/ihr`, `il/lui`, `elle/elle`, `lui/egli`.
    private static let pronouns: Set<String> = [
        "he", "him", "his", "she", "her", "hers", "they", "them", "theirs", "ze", "zir", "hir", "xe", "xem", "it", "its",
        "er", "ihm", "ihn", "sie", "ihr", "il", "lui", "elle", "iel", "ella", "el", "elli", "lei", "egli", "ele", "dele", "dela",
        "any", "all",
    ]

    /// `he/him`, `(she/her)`, `they/them/theirs`: two or three pronouns between slashes, nothing else.
    static func isPronouns(_ f: String) -> Bool {
        let t = f.trimmed("()[] ")
        guard t.utf8.count <= 24 else { return false }
        let parts = t.split(separator: "/", omittingEmptySubsequences: false).map { Fold.contact($0).trimmed() }
        return (2...3).contains(parts.count) && parts.allSatisfy { pronouns.contains($0) }
    }

    /// Whether `f` is all in one pair of brackets and its first letter is lower-case: `(ask for the duty officer)`.
    static func isLowercaseNote(_ f: String) -> Bool {
        guard f.hasPrefix("("), f.hasSuffix(")"), f.dropFirst().firstIndex(of: "(") == nil,
              let first = f.first(where: \.isLetter) else { return false }
        return first.isLowercase
    }

    /// Whether seven scalars spell `mailto:` in any case. (Only ASCII scalars lower-case to these letters
    /// alone, so the test is on ASCII.)
    private static func isMailto(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard s.count == 7 else { return false }
        var k = s.startIndex
        for b in mailtoBytes {
            let a = s[k].value
            guard a < 0x80, (a >= 0x41 && a <= 0x5A ? a | 0x20 : a) == UInt32(b) else { return false }
            k += 1
        }
        return true
    }
    private static let mailtoBytes: [UInt8] = Array("mailto:".utf8)

    /// Cuts the text left over into fields and sorts out labels and headings.
    private mutating func splitFields(_ residual: String) {
        var raw: [String] = []
        var current = ""
        var spaces = 0
        var depth = 0
        // A simple line (nearly every one, see `SimpleText`): every scalar is a character, so the same cuts
        // are made on bytes, without breaking the text into grapheme clusters.
        let ascii = SimpleText.isSimple(residual)
        let chars = ascii ? [] : Array(residual)
        func flush(strong: Bool) {
            raw.append(current)
            current = ""
            if strong { hasStrongSeparator = true }
        }
        if ascii { TextScan.withBytes(residual) { splitBytes($0, into: &raw) } }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            let prev: Character? = i > 0 ? chars[i - 1] : nil
            if c == " " || c == "\t" {
                spaces += c == "\t" ? 3 : 1
                if spaces >= 3 { flush(strong: true); spaces = 0 } else { current.append(" ") }
                i += 1
                continue
            }
            spaces = 0
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) }
            // Inside brackets a comma does not cut: `Jane Doe (English, Français)`.
            if depth > 0 && c != "\u{1}" {
                current.append(c)
                i += 1
                continue
            }
            switch c {
            case "\u{1}": flush(strong: false)
            case "|", ";", "•", "·", "–", "—", "\u{2012}": flush(strong: true)
            case ",": flush(strong: false)
            case "-" where prev == " " && (next == " " || next == nil): flush(strong: true)
            case "/" where prev == " " && next == " ": flush(strong: true)
            default: current.append(c)
            }
            i += 1
        }
        if !ascii { flush(strong: false) }

        var out: [String] = []
        for piece in raw {
            // (`splitBytes` hands its pieces over already single-spaced and trimmed.)
            var f = ascii ? piece : SimpleText.singleSpaced(piece).trimmed(" -/,;")
            var endedWithColon = false
            // (`:` ends in the byte 0x3A and `：` in 0x9A: other fields skip the test.)
            // (The last byte read off the buffer: `utf8.last` is a generic walk.)
            while TextScan.withBytes(f, { $0.last == 0x3A || $0.last == 0x9A }), f.hasSuffix(":") || f.hasSuffix("：") {
                // (A simple field's last `:` is its last byte: cut on the bytes, not through `removeLast`'s
                // character walk.)
                if !FastPaths.off, TextScan.withBytes(f, { $0.last == 0x3A && SimpleText.isSimple($0) }) {
                    f = String(Substring(f.utf8.dropLast()))
                } else {
                    f.removeLast()
                }
                f = f.trimmed(); endedWithColon = true
            }
            guard !f.isEmpty, SimpleText.hasLetter(f) else { continue }
            // A right-aligned `Seite 2 von 2` or `Page 1 of 2` beside the text (`pdftotext -layout`).
            if ContactParser.isFurniture(f) { continue }
            if let colon = SimpleText.firstIndex(ofASCII: UInt8(ascii: ":"), in: f) {
                let pre = String(f[..<colon]).trimmed()
                let post = String(f[f.index(after: colon)...]).trimmed()
                if let label = ContactVocabulary.fieldLabel(pre) {
                    switch label {
                    case .name:
                        if !post.isEmpty { labelledName = post }
                        // `Spokesperson: Jane Doe`: the label is her job title.
                        if !post.isEmpty, labelledRole == nil, ContactVocabulary.isRole(pre) { labelledRole = pre }
                    case .role: if !post.isEmpty { labelledRole = post }
                    case .organization: if !post.isEmpty { labelledOrganization = post }
                    case .web, .social: hasSocial = true
                    case .phone, .fax, .email: break
                    }
                    continue
                }
                // `Media contact: Jane Doe`, `Partnership inquiries: partners@…`.
                if ContactVocabulary.isHeading(pre) || ContactVocabulary.endsWithEnquiryWord(pre) {
                    heading = pre
                    let rest = Self.withoutConnectives(post)
                    if !rest.isEmpty, SimpleText.hasLetter(rest) { out.append(rest) }
                    continue
                }
                // `Pressesprecherin: Anna Schmidt`, `Responsable de prensa: Ana García`.
                if !post.isEmpty, labelledName == nil, ContactVocabulary.isRole(pre),
                   ContactVocabulary.looksLikePersonName(post) {
                    labelledRole = pre
                    labelledName = post
                    continue
                }
                // `Media: Jane Doe`, `In the region: Jane Doe`, `On the day: Jane Doe`: a label that says which
                // enquiries the person takes, printed before the name; the name starts a contact.
                if out.isEmpty, !post.isEmpty, ContactLeadIn.isShortLabel(pre), ContactVocabulary.looksLikePersonName(post) {
                    heading = pre
                    out.append(post)
                    continue
                }
            }
            // `Press contact: press@…`: a label ending in its colon, right before the address, is the heading; read
            // before its last word (`contact`) is taken off as a connective and leaves `Press` for a name.
            if out.isEmpty, endedWithColon, ContactVocabulary.isHeading(f) {
                heading = f
                continue
            }
            f = Self.withoutConnectives(f)
            guard !f.isEmpty, SimpleText.hasLetter(f) else { continue }
            // `For further information contact Jane Doe`: a heading run into the name.
            if let (prefix, rest) = Self.headingPrefix(f) {
                heading = prefix
                f = rest
            }
            // A label left alone once its number or address is taken out (`Tel.`, `E-mail`, `Web`, `(mobile)`).
            // A lone `Spokesperson` or `Contact` is text, not a label.
            // (A field that neither opens nor ends with a bracket, the usual case, is its own trimmed form.)
            let bracketed = TextScan.withBytes(f) { b -> Bool in
                guard let first = b.first, let last = b.last else { return true }
                func mark(_ c: UInt8) -> Bool {
                    c >= 0x80 || c == 13 || c == UInt8(ascii: "(") || c == UInt8(ascii: ")") || c == UInt8(ascii: "[") || c == UInt8(ascii: "]")
                }
                return mark(first) || mark(last)
            }
            if let label = ContactVocabulary.fieldLabel(bracketed ? f.trimmed("()[]") : f), ![.name, .role, .organization].contains(label) {
                if label == .web || label == .social { hasSocial = true }
                continue
            }
            // A note in brackets that opens in lower case (`(ask for the duty officer)`, `(weekdays only)`) says
            // how to call; it is no name, job title or organisation (those open with a capital).
            if bracketed, Self.isLowercaseNote(f) { continue }
            // (Only a first field can be the heading: the cheap test first.)
            if out.isEmpty, ContactVocabulary.isHeading(f) || (endedWithColon && ContactVocabulary.endsWithEnquiryWord(f)) {
                heading = f
                continue
            }
            // `Before the event:`, `On the day:` alone on a line: a label over the contact below it, not a name.
            if out.isEmpty, endedWithColon, raw.count == 1, phones.isEmpty, emails.isEmpty, urls.isEmpty,
               ContactLeadIn.isShortLabel(f) {
                heading = f
                continue
            }
            // `Jane Roe, she/her`: the pronouns a person goes by, printed after the name, are no job title.
            if TextScan.hasByte(f, 0x2F), Self.isPronouns(f) { continue }
            // `Co., Ltd.`: a legal form cut off by the comma goes back to its organisation.
            if !out.isEmpty, ContactVocabulary.isLegalForm(f) {
                out[out.count - 1] += ", " + f
                continue
            }
            out.append(f)
        }
        fields = out
    }

    /// `splitFields`' cuts for a simple line, byte by byte: the same pieces, in order, each already as
    /// `SimpleText.singleSpaced(piece).trimmed(" -/,;")` (on a simple line, the same as trimming those bytes
    /// off the ends and making the runs of spaces left inside single). A piece is a run of the line's bytes:
    /// only its bounds are tracked. (The marks beyond ASCII that cut, `•`, `·`, `–`, `—` and `‒`, are matched
    /// on their UTF-8 bytes.)
    private mutating func splitBytes(_ bytes: UnsafeBufferPointer<UInt8>, into raw: inout [String]) {
        let space = UInt8(ascii: " ")
        var start = 0
        var spaces = 0
        var depth = 0
        func flush(strong: Bool, at end: Int, next: Int) {
            raw.append(Self.cleanPiece(bytes, start, end))
            start = next
            if strong { hasStrongSeparator = true }
        }
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            if c == space || c == UInt8(ascii: "\t") {
                spaces += c == UInt8(ascii: "\t") ? 3 : 1
                // The third space (or a tab) cuts and is left out; the spaces before it stay in the piece.
                if spaces >= 3 { flush(strong: true, at: i, next: i + 1); spaces = 0 }
                i += 1
                continue
            }
            spaces = 0
            if c == UInt8(ascii: "(") { depth += 1 } else if c == UInt8(ascii: ")") { depth = max(0, depth - 1) }
            if depth > 0 && c != 1 {
                i += 1
                continue
            }
            let next: UInt8? = i + 1 < bytes.count ? bytes[i + 1] : nil
            let prev: UInt8? = i > 0 ? bytes[i - 1] : nil
            if c == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80,
               bytes[i + 2] == 0xA2 || bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94 || bytes[i + 2] == 0x92 {
                flush(strong: true, at: i, next: i + 3)
                i += 3
                continue
            }
            if c == 0xC2, next == 0xB7 {
                flush(strong: true, at: i, next: i + 2)
                i += 2
                continue
            }
            switch c {
            case 1: flush(strong: false, at: i, next: i + 1)
            case UInt8(ascii: "|"), UInt8(ascii: ";"): flush(strong: true, at: i, next: i + 1)
            case UInt8(ascii: ","): flush(strong: false, at: i, next: i + 1)
            case UInt8(ascii: "-") where prev == space && (next == space || next == nil): flush(strong: true, at: i, next: i + 1)
            case UInt8(ascii: "/") where prev == space && next == space: flush(strong: true, at: i, next: i + 1)
            default: break
            }
            i += 1
        }
        flush(strong: false, at: bytes.count, next: bytes.count)
    }

    /// `SimpleText.singleSpaced(piece).trimmed(" -/,;")` for the piece `b[start..<end]` of a simple line.
    private static func cleanPiece(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        func strip(_ c: UInt8) -> Bool {
            c == 0x20 || c == UInt8(ascii: "-") || c == UInt8(ascii: "/") || c == UInt8(ascii: ",") || c == UInt8(ascii: ";")
        }
        var lo = start, hi = end
        while lo < hi, strip(b[lo]) { lo += 1 }
        while hi > lo, strip(b[hi - 1]) { hi -= 1 }
        var double = false
        if hi - lo > 2 { for k in (lo + 1)..<hi where b[k] == 0x20 && b[k - 1] == 0x20 { double = true; break } }
        if !double { return String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(hi - lo)
        for k in lo..<hi where !(b[k] == 0x20 && b[k - 1] == 0x20) { out.append(b[k]) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Capitalised words that may open a contact sentence (`Contact Jane Doe`, `Please call …`).
    private static let openingWords: Set<String> = ["please", "contact", "call", "email", "e-mail", "write", "contactez",
                                                     "contacte", "kontakt", "kontaktieren", "llame", "ligue", "escriba"]

    /// The field without the connectives of a contact sentence around it:
    /// `please contact Elif Kaya` → `Elif Kaya`; `Head of Policy, on` → `Head of Policy`; `or at` → ``.
    static func withoutConnectives(_ field: String) -> String {
        switch withoutConnectivesASCII(field) {
        case .some(.some(let cut)): return cut
        case .some(.none): return field
        case .none: break
        }
        // Most fields neither open nor end with a connective: a single-spaced one is then returned as it is,
        // without cutting it into words and joining them again.
        let bytes = field.utf8
        if let head = bytes.first, head != 32, bytes.last != 32, !Self.hasDoubleSpace(bytes) {
            let first = field[..<(SimpleText.firstIndex(ofASCII: 32, in: field) ?? field.endIndex)]
            let last = field[(SimpleText.lastSpaceIndex(in: field).map { field.index(after: $0) } ?? field.startIndex)...]
            if !isConnective(first), !(last.first?.isLowercase ?? false) || !isConnective(last) {
                return field
            }
        }
        var words = field.split(separator: " ")
        while let first = words.first {
            let f = Fold.contact(first).trimmed(".:")
            let lower = first.first?.isLowercase ?? false
            guard ContactParser.connectives.contains(f), lower || openingWords.contains(f) || words.count == 1 else { break }
            words.removeFirst()
        }
        while let last = words.last {
            let f = Fold.contact(last).trimmed(".:")
            guard ContactParser.connectives.contains(f), last.first?.isLowercase ?? false else { break }
            words.removeLast()
        }
        return words.joined(separator: " ")
    }

    private static let connectiveSet = ASCIIWordSet(ContactParser.connectives)
    private static let openingWordSet = ASCIIWordSet(openingWords)

    /// `withoutConnectives` of an ASCII field without a carriage return, on its bytes (each a character):
    /// nil for any other field, `.some(nil)` when the field is returned as it is.
    private static func withoutConnectivesASCII(_ field: String) -> String?? {
        TextScan.withBytes(field) { b -> String?? in
            for c in b where c >= 0x80 || c == 13 { return nil }
            let n = b.count
            /// The word `b[s..<e]` folded, without `.` and `:` at its ends, in `set`.
            func folded(_ s: Int, _ e: Int, in set: ASCIIWordSet) -> Bool {
                var lo = s, hi = e
                while lo < hi, b[lo] == UInt8(ascii: ".") || b[lo] == UInt8(ascii: ":") { lo += 1 }
                while hi > lo, b[hi - 1] == UInt8(ascii: ".") || b[hi - 1] == UInt8(ascii: ":") { hi -= 1 }
                guard hi - lo <= set.longest else { return false }
                return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(hi - lo, 1)) { out -> Bool in
                    for k in lo..<hi { let c = b[k]; out[k - lo] = c >= 65 && c <= 90 ? c | 0x20 : c }
                    return set.contains(UnsafeBufferPointer(rebasing: out[0..<(hi - lo)]))
                }
            }
            func isLower(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
            // Most fields neither open nor end with a connective: a single-spaced one is then returned as it is.
            if n > 0, b[0] != 32, b[n - 1] != 32 {
                var double = false
                var firstEnd = n, lastStart = 0
                for k in 0..<n where b[k] == 32 {
                    if firstEnd == n { firstEnd = k }
                    if k > 0, b[k - 1] == 32 { double = true; break }
                    lastStart = k + 1
                }
                if !double, !folded(0, firstEnd, in: connectiveSet), !isLower(b[lastStart]) || !folded(lastStart, n, in: connectiveSet) {
                    return .some(nil)
                }
            }
            var words: [Range<Int>] = []
            var k = 0
            while k < n {
                if b[k] == 32 { k += 1; continue }
                let start = k
                while k < n, b[k] != 32 { k += 1 }
                words.append(start..<k)
            }
            var lo = 0, hi = words.count
            while lo < hi {
                let w = words[lo]
                guard folded(w.lowerBound, w.upperBound, in: connectiveSet),
                      isLower(b[w.lowerBound]) || folded(w.lowerBound, w.upperBound, in: openingWordSet) || hi - lo == 1 else { break }
                lo += 1
            }
            while hi > lo {
                let w = words[hi - 1]
                guard folded(w.lowerBound, w.upperBound, in: connectiveSet), isLower(b[w.lowerBound]) else { break }
                hi -= 1
            }
            var out: [UInt8] = []
            out.reserveCapacity(n)
            for w in words[lo..<hi] {
                if !out.isEmpty { out.append(32) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[w]))
            }
            return .some(String(decoding: out, as: UTF8.self))
        }
    }

    /// Whether `word`, folded and without `.` and `:` at its ends, is a connective.
    private static func isConnective(_ word: Substring) -> Bool {
        isConnectiveASCII(word) ?? isConnectivePlain(word)
    }

    /// The definition `isConnectiveASCII` keeps to.
    static func isConnectivePlain(_ word: Substring) -> Bool {
        ContactParser.connectives.contains(Fold.contact(word).trimmed(".:"))
    }

    /// `isConnectivePlain` for an ASCII word of up to eight bytes (past its `.` and `:`), looked up packed into
    /// a number without building a string; nil for any other word (or with the fast paths off).
    static func isConnectiveASCII(_ word: Substring) -> Bool? {
        if FastPaths.off { return nil }
        let packed: Bool?? = word.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            guard b.allSatisfy({ $0 < 0x80 && $0 != 13 && $0 != 0 }) else { return nil }
            var lo = 0
            var hi = b.count
            while lo < hi, b[lo] == UInt8(ascii: ".") || b[lo] == UInt8(ascii: ":") { lo += 1 }
            while hi > lo, b[hi - 1] == UInt8(ascii: ".") || b[hi - 1] == UInt8(ascii: ":") { hi -= 1 }
            guard hi - lo <= 8 else { return nil }
            var key: UInt64 = 0
            for k in lo..<hi { key = key << 8 | UInt64(ASCII.lowered(b[k])) }
            return packedConnectives.contains(key)
        }
        return packed ?? nil
    }

    /// The ASCII connectives of up to eight bytes, each packed into a number (a byte a place).
    private static let packedConnectives: Set<UInt64> = Set(ContactParser.connectives.compactMap { w -> UInt64? in
        guard w.utf8.count <= 8, w.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return w.utf8.reduce(0) { $0 << 8 | UInt64($1) }
    })

    /// Built once, not on every call.
    private static let headingPrefixVerbs: Set<String> = ["contact", "contactez", "contacter", "contactar", "contacte", "contate", "contatar",
                              "kontaktieren", "wenden", "call", "contactenos"]
    private static let headingPrefixStems: [[UInt8]] = ["onta", "wenden", "call"].map { Array($0.utf8) }
    private static func hasDoubleSpace(_ bytes: String.UTF8View) -> Bool {
        var previous: UInt8 = 0
        for b in bytes {
            if b == 32 && previous == 32 { return true }
            previous = b
        }
        return false
    }

    private static let headingPrefixVerbSet = ASCIIWordSet(headingPrefixVerbs)

    /// `headingPrefix`'s search for a single-spaced ASCII field without a carriage return (no space at
    /// either end, none doubled: its words joined again are the field itself), on its bytes: the candidate
    /// prefix and the words after it (not yet without connectives); `.some(nil)` for no prefix; nil for any
    /// other field.
    private static func headingPrefixASCII(_ field: String) -> (String, String)?? {
        TextScan.withBytes(field) { b -> (String, String)?? in
            let n = b.count
            guard n > 0, b[0] != 32, b[n - 1] != 32 else { return nil }
            // One pass to check the field and count its words: fewer than three hold no prefix.
            var spaces = 0
            for k in 0..<n {
                let c = b[k]
                if c >= 0x80 || c == 13 { return nil }
                if c == 32 {
                    if b[k - 1] == 32 { return nil }
                    spaces += 1
                }
            }
            guard spaces >= 2 else { return .some(nil) }
            // Every verb of contacting holds `onta`, `wenden` or `call`: a field with none has no prefix.
            var stem = false
            for needle in headingPrefixStems where n >= needle.count {
                for i in 0...(n - needle.count) {
                    var k = 0
                    while k < needle.count {
                        let d = b[i + k]
                        if (d >= 65 && d <= 90 ? d | 0x20 : d) != needle[k] { break }
                        k += 1
                    }
                    if k == needle.count { stem = true; break }
                }
                if stem { break }
            }
            guard stem else { return .some(nil) }
            var starts: [Int] = [0]
            starts.reserveCapacity(spaces + 1)
            for k in 0..<n where b[k] == 32 { starts.append(k + 1) }
            let verbs = headingPrefixVerbSet
            for k in stride(from: starts.count - 1, through: 2, by: -1) {
                // Word k - 1, folded (ASCII: lower-cased) and without `:` and `,` at its ends.
                var lo = starts[k - 1], hi = starts[k] - 1
                while lo < hi, b[lo] == UInt8(ascii: ":") || b[lo] == UInt8(ascii: ",") { lo += 1 }
                while hi > lo, b[hi - 1] == UInt8(ascii: ":") || b[hi - 1] == UInt8(ascii: ",") { hi -= 1 }
                guard hi - lo <= verbs.longest else { continue }
                let isVerb = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(hi - lo, 1)) { out -> Bool in
                    for j in lo..<hi { let c = b[j]; out[j - lo] = c >= 65 && c <= 90 ? c | 0x20 : c }
                    return verbs.contains(UnsafeBufferPointer(rebasing: out[0..<(hi - lo)]))
                }
                guard isVerb else { continue }
                let prefix = String(decoding: UnsafeBufferPointer(rebasing: b[0..<(starts[k] - 1)]), as: UTF8.self)
                if ContactVocabulary.isHeading(prefix) {
                    return .some((prefix, String(decoding: UnsafeBufferPointer(rebasing: b[starts[k]...]), as: UTF8.self)))
                }
            }
            return .some(nil)
        }
    }

    /// The longest run of opening words that is a contact heading, and what follows it:
    /// `For further information contact Jane Doe` → (`For further information contact`, `Jane Doe`).
    static func headingPrefix(_ field: String) -> (String, String)? {
        // Every verb of contacting holds `onta`, `wenden` or `call`: an ASCII field with none has no prefix.
        switch headingPrefixASCII(field) {
        case .some(.some(let cut)):
            let (prefix, rest) = cut
            return (prefix, withoutConnectives(rest))
        case .some(.none): return nil
        case .none: break
        }
        if SimpleText.isASCII(field), !SimpleText.containsASCII(field, anyOf: Self.headingPrefixStems) { return nil }
        let words = SimpleText.split(field, at: { $0 == 0x20 })
        guard words.count >= 3 else { return nil }
        // The run must end in a verb of contacting, so that `Press Office Manager` stays a job title.
        let verbs = Self.headingPrefixVerbs
        for k in stride(from: words.count - 1, through: 2, by: -1) {
            guard verbs.contains(Fold.contact(words[k - 1]).trimmed(":,")) else { continue }
            let prefix = words[..<k].joined(separator: " ")
            if ContactVocabulary.isHeading(prefix) {
                return (prefix, withoutConnectives(words[k...].joined(separator: " ")))
            }
        }
        return nil
    }
}
