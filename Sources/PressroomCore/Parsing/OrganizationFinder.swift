import Foundation

/// Finds the issuing organisation: the name beside the kind label, the letterhead, an `About X`
/// heading, a name defined with its acronym (`The Jirani Water Kiosk Network (JWKN)`), or a name with
/// an organisation word that the release repeats; the release's own domain names break ties.
struct OrganizationFinder {
    var kindRest: String?
    var letterhead: [String]
    var furniture: [String]
    var notesHeadings: [String]
    var bodyTexts: [String]
    var contactLines: [String]
    var domains: [String]

    func find() -> String? {
        var scores: [String: Double] = [:]
        var order: [String] = []
        // The domains' name parts (bytes), cut once for every candidate name.
        let domainParts = domains.map { d -> [[UInt8]] in
            // Plain ASCII (no CR): cut and measured on bytes, as characters would be.
            let onBytes: [[UInt8]]? = TextScan.withBytes(d) { b in
                var parts: [[UInt8]] = []
                var start = 0
                for k in 0...b.count {
                    if k < b.count {
                        let c = b[k]
                        if c >= 0x80 || c == 0x0D { return nil }
                        if c != 0x2D && c != 0x2E { continue }
                    }
                    if k - start >= 4 { parts.append(Array(UnsafeBufferPointer(rebasing: b[start..<k]))) }
                    start = k + 1
                }
                return parts
            }
            if let onBytes { return onBytes }
            return d.split(whereSeparator: { $0 == "-" || $0 == "." }).filter { $0.count >= 4 }.map { Array($0.utf8) }
        }
        // `nameLike`: a text already found name-like (a letterhead line, trimmed), which its cleaned form
        // often is.
        func add(_ name: String, _ score: Double, nameLike: String? = nil) {
            let n = clean(name)
            guard n == nameLike || isNameLike(n) else { return }
            if scores[n] == nil { order.append(n) }
            scores[n, default: 0] += score + domainBonus(n, domainParts)
        }
        if let k = kindRest { add(k, 100) }
        var letterheadCells: [String] = []
        letterheadCells.reserveCapacity(letterhead.count + furniture.count)
        for line in letterhead { Self.appendCells(of: line, to: &letterheadCells) }
        for line in furniture { Self.appendCells(of: line, to: &letterheadCells) }
        for (i, line) in letterheadCells.enumerated() {
            guard let trimmed = letterheadName(line) else { continue }
            add(line, 50 - Double(i) + (hasOrganizationWord(line) ? 15 : 0) - (isStateName(line) ? 30 : 0), nameLike: trimmed)
        }
        // The body as one text, joined only when a name is looked up in it.
        var joined: String?
        func allText() -> String {
            if let joined { return joined }
            let text = bodyTexts.joined(separator: " ")
            joined = text
            return text
        }
        for h in notesHeadings {
            guard let subject = aboutSubject(h) else { continue }
            if isAcronym(subject), let expanded = acronymExpansion(subject, in: allText()) {
                add(expanded, 70)
            } else {
                add(subject, 60)
            }
        }
        // A name beside the kind, a letterhead or an `About` heading is enough; otherwise look in the text.
        if let top = order.map({ scores[$0] ?? 0 }).max(), top >= 60 { return pick(order, scores, allText) }
        for def in acronymDefinitions(in: bodyTexts.prefix(4).joined(separator: " ")) { add(def, 45) }
        var counts: [String: Int] = [:]
        for t in bodyTexts.prefix(4) {
            for name in capitalisedNames(in: t) where hasOrganizationWord(name) { counts[name, default: 0] += 1 }
        }
        for line in contactLines {
            let t = TextScan.trim(line)
            for part in t.split(separator: ",").map({ TextScan.trim($0) }) where hasOrganizationWord(part) && !isDeskName(part) {
                counts[part, default: 0] += 1
            }
        }
        for (name, c) in counts.sorted(by: { $0.key < $1.key }) { add(name, 15 + 8 * Double(min(c, 4))) }
        return pick(order, scores, allText)
    }

    /// Appends `TextScan.cells(line)`: the line itself when cutting would change nothing (no tab, no space
    /// at either end, no run of three spaces, not empty), as most letterhead lines.
    private static func appendCells(of line: String, to cells: inout [String]) {
        let whole: Bool = TextScan.withBytes(line) { b in
            guard let first = b.first, let last = b.last, first != 0x20, first != 0x09, last != 0x20, last != 0x09 else { return false }
            var spaces = 0
            for c in b {
                if c == 0x09 { return false }
                if c == 0x20 {
                    spaces += 1
                    if spaces == 3 { return false }
                } else {
                    spaces = 0
                }
            }
            return true
        }
        if whole { cells.append(line) } else { cells += TextScan.cells(line) }
    }

    /// The best-scored name (the longer one on a tie), in the casing the text uses.
    private func pick(_ order: [String], _ scores: [String: Double], _ allText: () -> String) -> String? {
        var best: String?
        for name in order {
            guard let current = best else { best = name; continue }
            let s = scores[name] ?? 0, t = scores[current] ?? 0
            if s > t || (s == t && name.count > current.count) { best = name }
        }
        guard let best else { return nil }
        // Capitals in a letterhead: prefer the casing the text uses elsewhere.
        if TextScan.isAllCaps(best), let mixed = mixedCase(of: best, in: allText()) { return mixed }
        return best
    }

    /// Words of a job title in front of `of <organisation>` (`Coordinator of Stiftung Grünes Tal`).
    private static let roleWords: Set<String> = [
        "director", "coordinator", "founder", "chair", "chairman", "chairwoman", "chairperson", "head", "manager",
        "officer", "executive", "president", "spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "lead",
        "secretary", "minister", "ceo", "member", "members", "researcher", "fellow", "professor", "dean", "leader",
        "chief", "general", "senior", "deputy", "vice", "&", "and",
    ]

    private func clean(_ s: String) -> String {
        var t = Self.trimmingNameEdges(TextScan.collapse(ReleaseLexicon.stripMarkup(s)))
        if let r = TextScan.find(" of ", in: t[...]) {
            if Self.isRoleWords(t[..<r.lowerBound]) { t = String(t[r.upperBound...]) }
        }
        // An article stands before a name word; `Das & Moyo Associates` starts with a surname.
        let first = t.utf8.first
        for (article, articleFirst) in Self.articleFirstBytes where first == articleFirst && t.hasPrefix(article) && t.count > article.count + 3 {
            if t.dropFirst(article.count).first == "&" { break }
            t = String(t.dropFirst(article.count))
            break
        }
        return t
    }

    private static let roleWordSet = WordSet(roleWords)

    /// True when `text` holds words and all are role words (folded); on bytes when it is printable ASCII
    /// (its words are then its runs between spaces, and folding one lowers it).
    private static func isRoleWords(_ text: Substring) -> Bool {
        let roleWords = roleWordSet
        let onBytes: Bool? = TextScan.withBytes(text) { b in
            for c in b where c &- 0x20 >= 0x5F { return nil }
            var words = 0
            var i = 0
            while i < b.count {
                if b[i] == 0x20 { i += 1; continue }
                let start = i
                while i < b.count && b[i] != 0x20 { i += 1 }
                words += 1
                if !roleWords.containsLowered(UnsafeBufferPointer(rebasing: b[start..<i])) { return false }
            }
            return words > 0
        }
        if let onBytes { return onBytes }
        let before = text.split(separator: " ")
        return !before.isEmpty && before.allSatisfy { Self.roleWords.contains(LineFold.fold($0)) }
    }

    private static let nameEdges = Set<Character>(" ,.;:–—-|")
    private static let articleFirstBytes = articles.map { ($0, $0.utf8.first) }

    /// `s.trimming(nameEdges)`; on bytes when `s` is ASCII (its characters are then its bytes, a CR LF pair
    /// aside, which no edge is part of).
    private static func trimmingNameEdges(_ s: String) -> String {
        let kept: (Int, Int)? = TextScan.withBytes(s) { b in
            for c in b where c >= 0x80 { return nil }
            @inline(__always) func isEdge(_ c: UInt8) -> Bool {
                c == 0x20 || c == 0x2C || c == 0x2E || c == 0x3B || c == 0x3A || c == 0x2D || c == 0x7C
            }
            var lo = 0, hi = b.count
            while lo < hi && isEdge(b[lo]) { lo += 1 }
            while lo < hi && isEdge(b[hi - 1]) { hi -= 1 }
            return (lo, hi)
        }
        guard let (lo, hi) = kept else { return s.trimming(nameEdges) }
        if lo == 0 && hi == s.utf8.count { return s }
        let u = s.utf8
        return String(s[u.index(u.startIndex, offsetBy: lo)..<u.index(u.startIndex, offsetBy: hi)])
    }
    private static let headingEdges = Set<Character>(": ")
    private static let articles = ["The ", "the ", "Le ", "La ", "Les ", "L’", "L'", "El ", "Los ", "Las ", "O ", "A ", "Os ", "As ", "Die ", "Der ", "Das ", "Den "]

    private func isNameLike(_ s: String) -> Bool {
        // Plain ASCII (no CR): characters are bytes.
        let ascii = !ByteTest.hasNonASCIIOrCR(s)
        let count = ascii ? s.utf8.count : s.count
        guard count >= 3, count <= 120 else { return false }
        if ascii {
            guard let f = s.utf8.first, f &- 0x41 < 26 || f &- 0x30 < 10 else { return false }
        } else {
            guard let f = s.first, f.isUppercase || f.isNumber else { return false }
        }
        guard !TextScan.hasByte(s, 0x40), !Self.mayBeAddressToken(s) || !Self.isAddressTokenWithoutAt(s),
              !ReleaseLexicon.looksLikeBareDomain(s) else { return false }
        let words = ascii ? Self.spaceSeparatedRuns(s, atMost: 13) : s.split(separator: " ").count
        guard words <= 12, !TextScan.endsSentence(s) || s.hasSuffix(".") && count < 60 else { return false }
        if ReleaseLexicon.kindPrefix(ofLine: s) != nil { return false }
        return true
    }

    /// `s.utf8.split(separator: 0x20).count`, counted on bytes and stopped past `limit` (`limit + 1` then).
    private static func spaceSeparatedRuns(_ s: String, atMost limit: Int) -> Int {
        TextScan.withBytes(s) { b in
            var runs = 0
            var inRun = false
            for c in b {
                if c == 0x20 {
                    inRun = false
                } else if !inRun {
                    inRun = true
                    runs += 1
                    if runs > limit { return runs }
                }
            }
            return runs
        }
    }

    /// The line trimmed when it may be a letterhead name, else nil.
    private func letterheadName(_ line: String) -> String? {
        let t = TextScan.trim(line)
        // (A name-like text has no kind prefix: `isNameLike` asks.)
        guard isNameLike(t), TextScan.digitCount(t) == 0, !TextScan.has(t, "|"), !TextScan.has(t, "·") else { return nil }
        if ReleaseLexicon.isReleaseInstruction(t) { return nil }
        return isDeskName(t) ? nil : t
    }

    /// `Office of University Communications`, `Comunicación`, `Press Office`: a department, not the issuer.
    private func isDeskName(_ s: String) -> Bool {
        // Plain ASCII: the folded words are the runs between spaces, commas and hyphens, lowered.
        let deskWords = Self.deskWordSet, organizationWords = Self.organizationWordSet, departmentLike = Self.departmentLikeSet
        let onBytes: Bool? = TextScan.withBytes(s) { b in
            var desk = false, organization = false
            var i = 0
            let n = b.count
            while i < n {
                if Self.isDeskWordSeparator(b[i]) { i += 1; continue }
                let start = i
                while i < n && !Self.isDeskWordSeparator(b[i]) {
                    if b[i] >= 0x80 { return nil }
                    i += 1
                }
                let word = UnsafeBufferPointer(rebasing: b[start..<i])
                if !desk && deskWords.containsLowered(word) { desk = true }
                if !organization && organizationWords.containsLowered(word) && !departmentLike.containsLowered(word) {
                    organization = true
                }
            }
            return desk && !organization
        }
        if let onBytes { return onBytes }
        let folded = LineFold.fold(s)
        // A plain ASCII fold splits the same on bytes as on characters.
        let words = ByteTest.contains(folded, where: { $0 >= 0x80 })
            ? folded.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" }).map(String.init)
            : folded.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x2C || $0 == 0x2D }).map { String(decoding: $0, as: UTF8.self) }
        // `Agency for Press Freedom` is an organisation; `Press Office`, `Media Relations Unit` are desks.
        guard words.contains(where: Self.deskWords.contains) else { return false }
        return !words.contains { ReleaseLexicon.organizationWords.contains($0) && !Self.departmentLike.contains($0) }
    }

    private static let deskWords: Set<String> = ["communication", "communications", "comunicacion", "comunicacao", "comunicacoes",
                                                 "kommunikation", "press", "presse", "prensa", "imprensa", "media", "relations", "unit",
                                                 "desk", "newsroom", "departamento", "department", "pressestelle", "medienstelle"]
    private static let departmentLike: Set<String> = ["office", "unit", "department", "service", "services", "board", "team"]
    private static let deskWordSet = WordSet(deskWords)
    private static let departmentLikeSet = WordSet(departmentLike)

    /// What cuts a folded name into words for `isDeskName`: whitespace (which folding makes a space), `,`, `-`.
    @inline(__always) private static func isDeskWordSeparator(_ b: UInt8) -> Bool {
        b == 0x20 || b &- 0x09 < 5 || b == 0x2C || b == 0x2D
    }

    private func isStateName(_ s: String) -> Bool {
        var f = LineFold.fold(s)
        // One pass: a name at the start or after a space. A match followed by a non-ASCII byte is left to
        // the character comparison (`hasPrefix` would not match a letter joined to a mark).
        let quick: Bool? = f.withUTF8 { b in
            var k = 0
            while k < b.count {
                if k == 0 || b[k - 1] == 0x20 {
                    for name in Self.stateNameBytes where k + name.count <= b.count {
                        var j = 0
                        while j < name.count && b[k + j] == name[j] { j += 1 }
                        if j == name.count {
                            if k == 0, k + j < b.count, b[k + j] >= 0x80 { return nil }
                            return true
                        }
                    }
                }
                k += 1
            }
            return false
        }
        if let quick { return quick }
        return Self.stateNames.contains { f.hasPrefix($0.name) || TextScan.has(f, $0.spaced) }
    }

    private static let stateNameBytes: [[UInt8]] = stateNames.map { Array($0.name.utf8) }

    private static let stateNames: [(name: String, spaced: String)] = [
        "republic of", "republique", "republica", "republik", "kingdom of", "royaume", "reino", "government of",
        "state of", "federal republic", "estado de", "etat de",
    ].map { ($0, " " + $0) }

    /// `TextScan.isAddressToken(s)` for `s` without an `@`: a web or mail prefix, any case; on bytes when the
    /// first nine are ASCII (each prefix and the character after it are then single bytes).
    private static func isAddressTokenWithoutAt(_ s: String) -> Bool {
        let onBytes: Bool? = TextScan.withBytes(s) { b in
            for k in 0..<min(b.count, 9) where b[k] >= 0x80 { return nil }
            @inline(__always) func starts(with prefix: StaticString) -> Bool {
                let p = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
                guard b.count >= p.count else { return false }
                for k in 0..<p.count where (b[k] &- 0x41 < 26 ? b[k] | 0x20 : b[k]) != p[k] { return false }
                return true
            }
            return starts(with: "http://") || starts(with: "https://") || starts(with: "www.") || starts(with: "mailto:")
        }
        return onBytes ?? TextScan.isAddressToken(s)
    }

    /// Without an `@` (checked first), an address token starts `http`, `www.` or `mailto:`; lower-casing
    /// maps no other character to `h`, `w` or `m`.
    private static func mayBeAddressToken(_ s: String) -> Bool {
        guard let b = s.utf8.first else { return false }
        return b >= 0x80 || b | 0x20 == 0x68 || b | 0x20 == 0x77 || b | 0x20 == 0x6D
    }

    private func hasOrganizationWord(_ s: String) -> Bool {
        // Plain ASCII without tabs or line breaks: words are cut, lowered and trimmed on bytes.
        let onBytes: Bool? = TextScan.withBytes(s) { b in
            for c in b where c >= 0x80 || (c < 0x20 && TextScan.isSpaceByte(c)) { return nil }
            var i = 0
            let n = b.count
            while i < n {
                while i < n && (b[i] == 0x20 || b[i] == 0x2C) { i += 1 }
                var lo = i
                while i < n && b[i] != 0x20 && b[i] != 0x2C { i += 1 }
                var hi = i
                while lo < hi, Self.isEdgePunctuationByte(b[lo]) { lo += 1 }
                while lo < hi, Self.isEdgePunctuationByte(b[hi - 1]) { hi -= 1 }
                if lo < hi, Self.organizationWordSet.containsLowered(UnsafeBufferPointer(rebasing: b[lo..<hi])) { return true }
            }
            return false
        }
        if let onBytes { return onBytes }
        return s.split(whereSeparator: { $0 == " " || $0 == "," }).contains {
            ReleaseLexicon.organizationWords.contains(LineFold.fold($0).trimming(Self.edgePunctuation))
        }
    }

    private static let organizationWordSet = WordSet(ReleaseLexicon.organizationWords)

    /// The bytes of `edgePunctuation`.
    private static func isEdgePunctuationByte(_ b: UInt8) -> Bool {
        b == 0x2C || b == 0x3B || b == 0x3A || b == 0x28 || b == 0x29
    }

    private func domainBonus(_ name: String, _ domainParts: [[[UInt8]]]) -> Double {
        guard domainParts.contains(where: { !$0.isEmpty }) else { return 0 }
        // Plain ASCII: the folded letters and digits are the name's, lowered.
        let onBytes: Double? = TextScan.withBytes(name) { b in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(b.count, 1)) { out -> Double? in
                var n = 0
                for c in b {
                    if c >= 0x80 { return nil }
                    let lowered = c &- 0x41 < 26 ? c | 0x20 : c
                    if lowered &- 0x61 < 26 || lowered &- 0x30 < 10 { out[n] = lowered; n += 1 }
                }
                guard n >= 4 else { return 0 }
                let squashed = UnsafeBufferPointer(rebasing: out[..<n])
                for parts in domainParts where !parts.isEmpty {
                    if parts.allSatisfy({ TextScan.contains(squashed, $0) }) { return 15 }
                }
                return 0
            }
        }
        if let onBytes { return onBytes }
        let squashed = Self.lettersAndDigits(LineFold.fold(name))
        guard squashed.count >= 4 else { return 0 }
        for parts in domainParts where !parts.isEmpty {
            if parts.allSatisfy({ TextScan.has(squashed, String(decoding: $0, as: UTF8.self)) }) { return 15 }
        }
        return 0
    }

    /// The letters and digits of a folded name; on bytes when it is plain ASCII (where characters are bytes).
    private static func lettersAndDigits(_ folded: String) -> String {
        let u = folded.utf8
        if !ByteTest.hasNonASCIIOrCR(folded) {
            return String(decoding: u.filter { $0 &- 0x61 < 26 || $0 &- 0x41 < 26 || $0 &- 0x30 < 10 }, as: UTF8.self)
        }
        return folded.filter { $0.isLetter || $0.isNumber }
    }

    /// `About Haneul Motion Robotics` → `Haneul Motion Robotics`; `À propos du ROASP` → `ROASP`.
    private func aboutSubject(_ heading: String) -> String? {
        let t = TextScan.trim(ReleaseLexicon.stripMarkup(heading)).trimming(Self.headingEdges)
        let f = LineFold.fold(t)
        for word in ReleaseLexicon.aboutWords where f.hasPrefix(word + " ") || f.hasPrefix(word + "'") {
            var rest = t.split(separator: " ").dropFirst(word.split(separator: " ").count)
            while let w = rest.first, ReleaseLexicon.nameJoiners.contains(LineFold.fold(w)) { rest = rest.dropFirst() }
            var s = rest.joined(separator: " ")
            for apostrophe in ["d’", "d'", "l’", "l'"] where s.lowercased().hasPrefix(apostrophe) { s = String(s.dropFirst(2)) }
            return s.isEmpty ? nil : s
        }
        return nil
    }

    private func isAcronym(_ s: String) -> Bool {
        s.count >= 2 && s.count <= 10 && !TextScan.has(s, " ") && s.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "-" || $0 == "&" }
    }

    /// Names defined with their acronym: `… Network (JWKN)`, whose initials spell the acronym.
    private func acronymDefinitions(in text: String) -> [String] {
        var out: [String] = []
        var searchFrom = text.startIndex
        while let open = text[searchFrom...].firstIndex(of: "(") {
            guard let close = text[open...].firstIndex(of: ")") else { break }
            let inner = String(text[text.index(after: open)..<close])
            searchFrom = text.index(after: close)
            guard isAcronym(inner) else { continue }
            if let name = expansion(of: inner, before: text[..<open]) { out.append(name) }
        }
        return out
    }

    private func acronymExpansion(_ acronym: String, in text: String) -> String? {
        guard let r = TextScan.find("(" + acronym + ")", in: text[...]) else { return nil }
        return expansion(of: acronym, before: text[..<r.lowerBound])
    }

    /// The capitalised words before `(ACRONYM)` whose initials (hyphenated parts counted) spell it.
    private func expansion(of acronym: String, before text: Substring) -> String? {
        let letters = Array(acronym.filter { $0.isLetter })
        guard letters.count >= 2 else { return nil }
        let words = text.suffix(400).split(separator: " ").suffix(16)
        var chosen: [Substring] = []
        var need = letters.count
        for w in words.reversed() {
            let core = w.trimming(Self.quotePunctuation)
            guard !core.isEmpty else { break }
            let fw = LineFold.fold(core)
            if ReleaseLexicon.nameJoiners.contains(fw) {
                if need == 0 { break }
                chosen.insert(w, at: 0)
                continue
            }
            guard let c = core.first, c.isUppercase else { break }
            let parts = core.split(separator: "-").filter { $0.first?.isUppercase == true }
            need -= max(1, parts.count)
            chosen.insert(w, at: 0)
            if need <= 0 { break }
        }
        guard need == 0 else { return nil }
        while let f = chosen.first, ReleaseLexicon.nameJoiners.contains(LineFold.fold(f)) { chosen.removeFirst() }
        let initials = chosen.flatMap { w -> [Character] in
            let core = w.trimming(Self.quotePunctuation)
            if ReleaseLexicon.nameJoiners.contains(LineFold.fold(core)) { return [] }
            return core.split(separator: "-").compactMap { $0.first }.filter(\.isUppercase)
        }
        guard String(initials).uppercased() == String(letters).uppercased() else { return nil }
        return chosen.joined(separator: " ")
    }

    private static let wordPunctuation = Set<Character>(",.;:()“”\"'!?")
    private static let edgePunctuation = Set<Character>(",;:()")
    private static let quotePunctuation = Set<Character>(",;:“”\"'")

    /// Runs of capitalised words (with joining words inside): candidate proper names.
    private func capitalisedNames(in text: String) -> [String] {
        var out: [String] = []
        var current: [String] = []
        func flush() {
            while let l = current.last, ReleaseLexicon.nameJoiners.contains(LineFold.fold(l)) { current.removeLast() }
            if current.count >= 2 { out.append(current.joined(separator: " ")) }
            current = []
        }
        for w in text.split(separator: " ") {
            let trailingPunct = w.last.map { Self.wordPunctuation.contains($0) } ?? false
            let core = w.trimming(Self.wordPunctuation)
            if core.isEmpty { flush(); continue }
            if let c = core.first, c.isUppercase {
                current.append(core)
            } else if !current.isEmpty && core.utf8.count <= 4 && ReleaseLexicon.nameJoiners.contains(LineFold.fold(core)) {
                current.append(core)
            } else {
                flush()
                continue
            }
            if trailingPunct { flush() }
        }
        flush()
        // Drop a sentence-initial article (`The Northern Lakes …`).
        return out.map { clean($0) }.filter { $0.split(separator: " ").count >= 2 }
    }

    private func mixedCase(of caps: String, in text: String) -> String? {
        guard let r = text.range(of: caps, options: .caseInsensitive) else { return nil }
        let found = String(text[r])
        return TextScan.isAllCaps(found) ? nil : found
    }
}
