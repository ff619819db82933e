import Foundation
import Testing
@testable import PressroomCore

/// SplitMix64 (Steele, Lea, Flood 2014): a small, fixed, portable PRNG, so every run feeds the same inputs.
struct RobustnessRNG: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Lines of the kinds press releases are made of (written for this test: invented names and numbers).
enum RobustnessSeeds {
    static let lines: [String] = [
        "PRESS RELEASE", "Press Release", "MEDIA ADVISORY", "Joint Statement", "COMMUNIQUÉ DE PRESSE",
        "NOTA DE PRENSA", "Pressemitteilung", "COMUNICADO À IMPRENSA", "For immediate release",
        "FOR IMMEDIATE RELEASE", "EMBARGOED UNTIL 00:01 GMT, THURSDAY 6 MARCH 2025",
        "Sperrfrist: 12. Juni 2024, 10:00 Uhr", "Ne pas publier avant le 3 avril 2024",
        "Quillmoor Seed Library opens its doors to thirty village schools",
        "“Glasswing River Trust calls for a halt to gravel dredging”",
        "Orchard Vale Cooperative reports a record apple harvest in",
        "the upper valley after two dry years",
        "A standfirst that sums up the release in one sentence, printed under the headline.",
        "# Fennick Tram Company orders twelve low-floor trams", "## A subtitle in markdown",
        "**PRESS RELEASE**", "_An italic standfirst for the markdown style_",
        "TALLINNA, Estonia, 4 March 2025 – The Fennick Tram Company today",
        "KAMPALA, Uganda, 19 August 2024 /PRNewswire/ -- Tamarind Health Partners",
        "Lyon, le 1er juin 2024 – Le Collectif des Jardins Suspendus a présenté",
        "Valparaíso, 12 de marzo de 2024.– La Fundación Marea Alta",
        "Coimbra, 14 de maio de 2023 – A Cooperativa Serra Azul",
        "Lüneburg, 5. September 2023 – Die Genossenschaft Heidewind",
        "BOSTON, Mass., 03/04/2024 — Harbor Light Robotics Inc.", "Date: 14.11.2023", "2024-11-14",
        "Monday 3 March 2025", "Sept. 5, 2024", "17/04/2024", "5/23/2024", "28 June, 2021",
        "The cooperative, founded in 1987, now counts 412 members across nine villages and sells",
        "its fruit to 38 schools. “We planted drought-tolerant rootstock ten years ago,” said",
        "Marta Oyelaran-Finch, chair of the cooperative. “This harvest is the result.”",
        "organ-", "isation of the event was shared by the KP-", "certified members and non-",
        "binding agreements signed in 2019 remain in force until COVID-19 measures end.",
        "• resilient dampers that reduce noise by up to 6 decibels;", "- a lighter steel frame;",
        "1. The first numbered point.", "WHAT: Site visit and press briefing",
        "WHEN: Thursday, 28 November 2024, 09:00–11:30", "WHERE: Depot 4, Harbour Road",
        "ENDS", "-ENDS-", "###", "-30-", "FIN", "FIM", "Notes to editors", "About Orchard Vale",
        "À propos du Collectif", "Sobre a Cooperativa", "Über die Genossenschaft", "Background",
        "Media contact:", "Press enquiries", "Contacto de prensa",
        "Name: Idris Vantongeren", "Tel: +44 (0)20 7946 0381", "Mob: +49 170 555 0199",
        "WhatsApp: +254 722 555 904", "Email: I.Vantongeren@OrchardVale.example",
        "Fax: +33 4 72 55 01 02", "Ama Quist, Press Officer (Glasswing), +233 30 255 0142 – ama@glasswing.example",
        "Jo Reyes | Communications | +1 (617) 555-0142 ext. 214 | jo.reyes@harborlight.example",
        "Lena Brandt                          Paulo Sequeira",
        "Pressesprecherin                     Assessor de imprensa",
        "+49 40 555 0123                      00351 21 555 0172",
        "lena@heidewind.example               paulo [at] serra-azul [dot] example",
        "Media inquiries: media@fennick-trams.example", "www.orchardvale.example | Twitter: @OrchardVale",
        "https://www.glasswing.example/reports/2024?lang=en#summary", "mailto:press@quillmoor.example",
        "http://www.quillmoor.example/", "\tPRESS RELEASE", "Page 1 of 2", "Page 2 of 2", "- 3 -", "2",
        "GLASSWING RIVER TRUST                                  www.glasswing.example",
        "                                                              14 November 2023",
        "Issued on 3rd March, 2025", "\u{0C}", " ", "", "   \t  ",
    ]

    static let headlines = [
        "Quillmoor Seed Library opens its doors to thirty village schools",
        "“Glasswing River Trust calls for a halt to gravel dredging”",
        "FENNICK TRAM COMPANY ORDERS TWELVE LOW-FLOOR TRAMS",
    ]
}

/// Makes the inputs: random mixes of release lines, then truncations, byte flips, invalid UTF-8,
/// huge lines, whitespace only, a headline only.
struct InputFactory {
    var rng: RobustnessRNG
    /// Which kind of huge line comes first (batches start at different kinds, so all are covered).
    var hugeLineOffset = 0

    mutating func int(_ range: Range<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }

    mutating func mixedRelease() -> [UInt8] {
        let separators = ["\n", "\n\n", "\r\n", " \n\n", "\n \n", "\n\u{0C}", "\r", "\n\n\n"]
        var text = ""
        // Mostly short (the parser runs in a debug build here), sometimes a full release's length.
        let count = chance(0.1) ? int(16..<48) : int(1..<16)
        for _ in 0..<count {
            text += RobustnessSeeds.lines[int(0..<RobustnessSeeds.lines.count)]
            text += separators[int(0..<separators.count)]
        }
        return Array(text.utf8)
    }

    mutating func input(_ index: Int) -> (kind: String, bytes: [UInt8]) {
        switch index % 12 {
        case 0, 1, 2: return ("mix", mixedRelease())
        case 3:
            let bytes = mixedRelease()
            return ("truncated", Array(bytes.prefix(int(0..<bytes.count + 1))))
        case 4:
            var bytes = mixedRelease()
            for _ in 0..<int(1..<20) where !bytes.isEmpty { bytes[int(0..<bytes.count)] = UInt8(int(0..<256)) }
            return ("byte flips", bytes)
        case 5:
            var bytes = mixedRelease()
            let invalid: [[UInt8]] = [[0xC3], [0xE2, 0x80], [0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80]]
            for _ in 0..<int(1..<10) {
                bytes.insert(contentsOf: invalid[int(0..<invalid.count)], at: int(0..<bytes.count + 1))
            }
            return ("invalid UTF-8", bytes)
        case 6:
            // Every 400th input: 4 huge lines a batch, 32 in all, each kind of line at least twice.
            if index % 400 == 6 { return ("huge line", hugeLine(kind: hugeLineOffset + index / 400)) }
            return ("mix", mixedRelease())
        case 7:
            let blanks = ["", " ", "\n", "\n\n\n", " \t \n \u{0C}\n", "\r\n\r\n", String(repeating: " \n", count: int(1..<500))]
            return ("whitespace only", Array(blanks[int(0..<blanks.count)].utf8))
        case 8:
            let headline = RobustnessSeeds.headlines[int(0..<RobustnessSeeds.headlines.count)]
            return ("headline only", Array((chance(0.5) ? headline : headline + "\n").utf8))
        case 9:
            return ("random scalars", randomScalars(int(1..<400)))
        case 10:
            // Lines shuffled inside a release, with markdown and Tika artefacts mixed in.
            var lines = String(decoding: mixedRelease(), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            lines.shuffle(using: &rng)
            return ("shuffled", Array(lines.joined(separator: chance(0.5) ? "\n \n" : "\n").utf8))
        default:
            var bytes = mixedRelease()
            let cut = int(0..<bytes.count + 1)
            bytes.removeSubrange(cut..<min(bytes.count, cut + int(0..<200)))
            return ("cut out", bytes)
        }
    }

    /// INTERIM: 1,000 until the contacts work's link scanner replaces the skeleton's regular
    /// expression, which is quadratic on long runs of one character (20,000 `a`s take 3 s, 100,000
    /// over a minute); then 100,000, as the robustness requirement says.
    static let hugeLineLength = 100_000

    /// A `hugeLineLength`-character line: words, one repeated character, or digits and separators.
    mutating func hugeLine(kind: Int) -> [UInt8] {
        let units = ["word ", "-", ".", "1/", "=", "@", "a", " ", "KP-", "www.", "12 March ", "é"]
        let unit = units[kind % units.count]
        var line = RobustnessSeeds.headlines[0] + "\n\n"
        line += String(repeating: unit, count: Self.hugeLineLength / unit.count)
        if chance(0.5) { line += "\n\nMedia contact: a@b.example\n" }
        return Array(line.utf8)
    }

    mutating func randomScalars(_ count: Int) -> [UInt8] {
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0x00...0x1F, 0xA0...0x17F, 0x300...0x36F, 0x590...0x6FF,
                                             0x2000...0x206F, 0xFB00...0xFB06, 0x1F300...0x1F6FF, 0xAC00...0xAC40, 0xFE00...0xFE0F]
        var s = String.UnicodeScalarView()
        for _ in 0..<count {
            let range = ranges[int(0..<ranges.count)]
            if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &rng)) { s.append(scalar) }
        }
        return Array(String(s).utf8)
    }
}

/// What every record must keep, whatever the input (`../shared/spec/release-json.md`).
enum RecordInvariants {
    static func violations(_ r: Release, source: String) -> [String] {
        var problems: [String] = []
        func clean(_ s: String, _ field: String) {
            if s.isEmpty { problems.append("\(field) is an empty string") }
            // Unicode White_Space at either end (a space, a tab, a no-break or ideographic space, …).
            if s.unicodeScalars.first?.properties.isWhitespace == true || s.unicodeScalars.last?.properties.isWhitespace == true { problems.append("\(field) is not trimmed: \(s.unicodeScalars.prefix(3).map { String($0.value, radix: 16) }) … \(s.unicodeScalars.suffix(3).map { String($0.value, radix: 16) })") }
            if s.contains("  ") { problems.append("\(field) has a double space") }
            if s.unicodeScalars.contains(where: { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) || $0 == "\u{A0}" || $0 == "\u{AD}" }) {
                problems.append("\(field) holds a control character, no-break space or soft hyphen")
            }
            if !s.utf8.allSatisfy({ $0 < 0x80 }), s.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(s.unicodeScalars) == false {
                problems.append("\(field) is not NFC")
            }
        }
        func optional(_ s: String?, _ field: String) { if let s { clean(s, field) } }
        if r.source != source { problems.append("source changed to \(r.source)") }
        if r.id.count != 12 || !r.id.allSatisfy(\.isHexDigit) { problems.append("id \(r.id) is not 12 hex digits") }
        // The title may be empty only when the input holds no text at all.
        if !r.title.isEmpty { clean(r.title, "title") }
        optional(r.kind, "kind")
        optional(r.subtitle, "subtitle")
        optional(r.organization, "organization")
        optional(r.release, "release")
        optional(r.location, "location")
        if let date = r.date {
            let parts = date.split(separator: "-", omittingEmptySubsequences: false)
            let shaped = date.utf8.count == 10 && parts.count == 3 && parts.map(\.count) == [4, 2, 2]
                && parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
            if !shaped || !DateParser.isValid(year: Int(parts[0]) ?? 0, month: Int(parts[1]) ?? 0, day: Int(parts[2]) ?? 0) {
                problems.append("date \(date) is not a YYYY-MM-DD calendar date")
            }
        }
        for (k, p) in r.paragraphs.enumerated() { clean(p, "paragraphs[\(k)]") }
        for (k, p) in r.notes.enumerated() { clean(p, "notes[\(k)]") }
        for (k, w) in r.warnings.enumerated() { clean(w, "warnings[\(k)]") }
        for (k, link) in r.links.enumerated() {
            clean(link, "links[\(k)]")
            if link.contains(where: \.isWhitespace) { problems.append("links[\(k)] holds whitespace") }
            if !(link.hasPrefix("http://") || link.hasPrefix("https://") || link.hasPrefix("mailto:")) {
                problems.append("links[\(k)] \(link) is not an absolute URL")
            }
        }
        if Set(r.links).count != r.links.count { problems.append("links repeat") }
        for (k, c) in r.contacts.enumerated() {
            optional(c.name, "contacts[\(k)].name")
            optional(c.role, "contacts[\(k)].role")
            optional(c.organization, "contacts[\(k)].organization")
            for e in c.emails {
                clean(e, "contacts[\(k)].emails")
                if e != e.lowercased() || !e.contains("@") { problems.append("contacts[\(k)] email \(e) is not a lower-case address") }
            }
            for p in c.phones {
                clean(p, "contacts[\(k)].phones")
                let digits = p.hasPrefix("+") ? p.dropFirst() : Substring(p)
                if digits.isEmpty || !digits.allSatisfy({ $0.isASCII && $0.isNumber }) { problems.append("contacts[\(k)] phone \(p) is not digits") }
            }
            for u in c.urls { clean(u, "contacts[\(k)].urls") }
        }
        return problems
    }
}

@Suite struct RobustnessTests {
    static let batches = 8
    static let inputsPerBatch = 1_300  // 10,400 inputs in all

    /// The pipeline a file goes through after it is read: decode, normalise, parse.
    static func pipeline(_ bytes: [UInt8], source: String) -> Release? {
        let file = SourceFile(url: URL(fileURLWithPath: "/robustness/" + source), source: source, format: .text)
        guard case .success(let decoded) = TextDecoder.decode(bytes) else { return nil }
        let doc = LoadedDocument(file: file, text: TextNormalizer.normalize(decoded.text),
                                 id: StableID.make(source: source, bytes: bytes), warnings: decoded.warnings)
        return ReleaseParser.parse(doc)
    }

    @Test("random and mutated inputs never crash, hang or break the record's types",
          .timeLimit(.minutes(3)), arguments: 0..<batches)
    func randomInputs(batch: Int) {
        var factory = InputFactory(rng: RobustnessRNG(seed: 0x5052_4553_5352_4F4F &+ UInt64(batch)), hugeLineOffset: batch * 4)
        var parsed = 0
        for k in 0..<Self.inputsPerBatch {
            let (kind, bytes) = factory.input(k)
            let source = "batch\(batch)/input\(k).txt"
            let started = DispatchTime.now().uptimeNanoseconds
            // Decoded as the reader does; what the reader refuses (binary, blank) is forced through the
            // parser as lossy UTF-8, so that the parser sees every input.
            let lossy = String(decoding: bytes, as: UTF8.self)
            var record = Self.pipeline(bytes, source: source)
            if record != nil {
                parsed += 1
            } else {
                let doc = LoadedDocument(file: SourceFile(url: URL(fileURLWithPath: "/robustness/" + source), source: source, format: .text),
                                         text: TextNormalizer.normalize(lossy), id: StableID.make(source: source, bytes: bytes))
                record = ReleaseParser.parse(doc)
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            #expect(seconds < 10, "batch \(batch) input \(k) (\(kind)) took \(seconds) s")
            if let record {
                let violations = RecordInvariants.violations(record, source: source)
                #expect(violations.isEmpty, "batch \(batch) input \(k) (\(kind)): \(violations.prefix(5)); input starts \(lossy.prefix(120).debugDescription)")
                if !violations.isEmpty { return }  // one report per batch is enough to reproduce it
            }
        }
        // Most inputs are text the reader accepts; the rest are refused with a reason (binary, blank).
        #expect(parsed > Self.inputsPerBatch / 2)
    }

    @Test func theInputsAreTheSameOnEveryRun() {
        var a = InputFactory(rng: RobustnessRNG(seed: 42)), b = InputFactory(rng: RobustnessRNG(seed: 42))
        for k in 0..<50 { #expect(a.input(k).bytes == b.input(k).bytes) }
        var rng = RobustnessRNG(seed: 0)
        // Reference values of RobustnessRNG from seed 0.
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
    }
}
