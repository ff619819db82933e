/// Turns a document's normalised text into a release record: layout recovery (`Layout/`), then
/// segmentation into header, headline, body, notes and contact block, then the fields.
public enum ReleaseParser {
    public static func parse(_ doc: LoadedDocument) -> Release { parse(doc, explaining: false).release }

    /// The record with the reasons for it (`pressroom explain`).
    public static func explain(_ doc: LoadedDocument) -> (release: Release, explanation: ReleaseExplanation) {
        let (release, explanation) = parse(doc, explaining: true)
        return (release, explanation ?? ReleaseExplanation())
    }

    /// `Name <address>` into the name and the address's host.
    static func sender(_ value: String?) -> (name: String?, hosts: [String]) {
        guard let value, !value.isEmpty else { return (nil, []) }
        guard let open = value.firstIndex(of: "<"), let at = value[open...].firstIndex(of: "@") else { return (value, []) }
        let name = TextScan.trim(value[..<open])
        let host = value[value.index(after: at)...].prefix(while: { $0 != ">" })
        return (name.isEmpty ? nil : name, host.isEmpty ? [] : [String(host).lowercased()])
    }

    static func parse(_ doc: LoadedDocument, explaining: Bool) -> (release: Release, explanation: ReleaseExplanation?) {
        let recovered = LayoutRecovery.recover(doc.text, format: doc.textFormat)
        let hints = DateHints.infer(from: doc.text)
        let seg = ReleaseSegmenter(text: recovered, hints: hints, fullText: doc.text).segment()
        var warnings = doc.warnings

        // Header fields.
        var kind: String?
        var kindRest: String?
        var release: String?
        // The issue date and the dateline's place, from the evidence of the whole release (`DateEvidence`).
        var dates = DateEvidence(hints: hints)
        var letterhead: [String] = []
        var kindCandidates: [(String, Int)] = []
        var previousHeaderText = ""
        for item in seg.header {
            // (`Eröffnung:` / `6 Mai 2021, 16 - 21 Uhr`: an event box's row, not the issue date.)
            let underEventLabel = DateReading.isEventLabel(previousHeaderText)
            previousHeaderText = item.text
            if underEventLabel {
                if case .date = item.role { continue }
                if case .placeDate = item.role { continue }
            }
            switch item.role {
            case .kind(let k, let rest):
                kindCandidates.append((k, item.isCell ? (item.isFirstCell ? 1 : 2) : 0))
                // `Press-Release FOR IMMEDIATE RELEASE`: the instruction beside the label is the release, never
                // an issuer's name.
                if let rest, ReleaseLexicon.isReleaseInstruction(rest) {
                    if release == nil { release = HeadMetadata.instructionWithoutDate(rest, hints: hints) }
                    dates.readRelease(rest)
                } else if let rest {
                    if let (place, date) = Dateline.placeAndDate(rest, hints: hints, requirePlace: false) {
                        if let date { dates.add(date, place: place, zone: .head, cue: place == nil ? .alone : .placeDate) }
                        else if let place { dates.addPlace(place, zone: .head) }
                    } else if kindRest == nil {
                        kindRest = rest
                    }
                }
            case .release(let r):
                if release == nil { release = HeadMetadata.instructionWithoutDate(r, hints: hints) }
                dates.readRelease(r)
            case .date(let d):
                if let d { dates.add(d, zone: .head, cue: .alone) }
            case .placeDate(let place, let d):
                if let d { dates.add(d, place: place, zone: .head, cue: .placeDate) }
                else if let place { dates.addPlace(place, zone: .head) }
            case .metadata:
                dates.read(item.text, zone: .head)
            case .other:
                letterhead.append(item.text)
                dates.read(item.text, zone: .head)
            }
        }
        for line in seg.title + seg.subtitle { dates.read(line, zone: .head) }
        kind = kindCandidates.min(by: { $0.1 < $1.1 })?.0
        // A page titled by its kind alone (`title: PRESS RELEASE`).
        if kind == nil, let k = recovered.frontMatter?.kind { kind = k }
        if kind == nil {
            for f in recovered.furniture {
                let t = TextScan.trim(f)
                if let label = ReleaseLexicon.kindPrefix(ofFolded: Fold.line(t)), label.split(separator: " ").count == t.split(separator: " ").count {
                    kind = t
                    break
                }
            }
        }

        // Body paragraphs, the dateline taken off the first.
        let keepHyphens = (recovered.style == .plain || recovered.style == .markdown) && !doc.textFormat.isStructuredDocument
        func paragraph(_ block: LayoutBlock) -> String {
            var p = Reflow.join(block.lines.map(\.text), evidence: recovered.hyphenation, keepLineEndHyphens: keepHyphens)
            if recovered.style == .pdftotext { p = Reflow.restoreHyphens(p, evidence: recovered.hyphenation) }
            return p
        }
        // The sign-off after the body and the date lines among its first blocks are evidence, not body.
        var bodyBlocks = seg.body
        if let signOff = SignOff.take(from: &bodyBlocks, hints: hints) {
            if let d = signOff.date { dates.add(d, place: signOff.place, zone: .tail) }
            else if let place = signOff.place { dates.addPlace(place, zone: .tail) }
        }
        // `le 20 janvier 2017 – Pour diffusion à partir du …` among the body's first lines (a head the headline
        // search did not reach): the issue date and the release instruction, not body.
        // (Each line split once: the first that splits is taken.)
        let headSplit = bodyBlocks.indices.prefix(2).lazy.flatMap { b in
            bodyBlocks[b].lines.indices.prefix(3).lazy.compactMap { k in
                HeadMetadata.dateAndRelease(bodyBlocks[b].lines[k].text, hints: hints).map { (b, k, $0) }
            }
        }.first
        if let (b, k, split) = headSplit {
            if release == nil { release = split.release }
            dates.readRelease(split.release)
            dates.read(split.date, zone: .top)
            bodyBlocks[b].lines.remove(at: k)
            if bodyBlocks[b].lines.isEmpty { bodyBlocks.remove(at: b) }
        }
        // `**FOR IMMEDIATE RELEASE**` as a line of its own among the body's first blocks (a page whose headline is
        // only its front matter's title): the release instruction, not a paragraph.
        if release == nil, let b = bodyBlocks.indices.prefix(3).first(where: { b in
            bodyBlocks[b].lines.count == 1 && !bodyBlocks[b].bullet && bodyBlocks[b].lines[0].text.utf8.count <= 80
                && ReleaseLexicon.isReleaseInstruction(bodyBlocks[b].lines[0].text)
        }) {
            let r = TextScan.trim(ReleaseLexicon.stripMarkup(bodyBlocks[b].lines[0].text))
            release = HeadMetadata.instructionWithoutDate(r, hints: hints)
            dates.readRelease(r)
            bodyBlocks.remove(at: b)
        }
        dates.readTop(of: &bodyBlocks)
        var paragraphs: [String] = []
        var markers: [String?] = []  // each paragraph's list marker, beside it
        var raws: [String] = []  // markdown: the first paragraphs' first printed lines, for emphasised datelines
        var listItems: [Bool] = []  // which of the first paragraphs are list items (up to the last), for highlights above the dateline
        for block in bodyBlocks {
            let p = paragraph(block)
            if p.isEmpty || PageFurniture.isPageNumber(p) { continue }
            if recovered.style == .markdown, paragraphs.count < 8, let raw = block.lines.first?.raw { raws.append(raw) }
            // (Made only when a list item is there: most releases open with none, and allocate nothing for it.)
            if block.bullet, paragraphs.count < 8 {
                while listItems.count < paragraphs.count { listItems.append(false) }
                listItems.append(true)
            }
            paragraphs.append(p)
            markers.append(block.marker)
        }
        if let (k, dl) = Dateline.opening(paragraphs, raws: raws, items: listItems, hints: hints) {
            paragraphs[k] = dl.rest
            if let d = dl.date { dates.add(d, place: dl.location, zone: .dateline) }
            else if let l = dl.location { dates.addPlace(l, zone: .dateline) }
        }
        if paragraphs.contains(where: \.isEmpty) {
            markers = zip(paragraphs, markers).filter { !$0.0.isEmpty }.map(\.1)
            paragraphs.removeAll { $0.isEmpty }
        }
        // The PDF's footnotes follow the notes the release prints.
        let noteParts = seg.notes.map { (paragraph($0), $0.marker) }.filter { !$0.0.isEmpty }
            + recovered.footnotes.map { ($0, nil as String?) }
        let notes = noteParts.map(\.0)

        for line in seg.issued {
            if let d = DateParser.firstDate(in: line, hints: hints) { dates.add(d, zone: .tail, cue: .published) }
        }
        dates.readFurniture(recovered.furniture)
        // (A markdown page's unfenced header, Pelican's `Date: 2017-10-07`, is read by `FrontMatter` alone.)
        if let d = FrontMatterDate.find(in: doc.text, hints: hints)
            ?? (doc.file.format == .markdown ? recovered.frontMatter?.date.flatMap { DateParser.firstDate(in: $0, hints: hints) } : nil) {
            // The front matter of a web page or a Word file is its reader's: the document's metadata.
            let zone: DateEvidence.Zone = switch doc.file.format {
            case .html: .pageMetadata
            case .docx, .odt: .fileProperties
            case .email: .messageHeader
            default: .frontMatter
            }
            // A Word file's created date and a message's date only join dates the text prints: a release that
            // prints none keeps none (a forward is not the issue date).
            if (zone != .fileProperties && zone != .messageHeader) || !dates.candidates.isEmpty { dates.add(d, zone: zone) }
        }
        let decided = dates.date
        let date = decided?.match
        let dateSources = dates.candidates.map { c in
            (date: c.match, source: "\(c.zone.rawValue)\(c.cue.map { ", \($0)" } ?? ""), score \(c.score)")
        }
        if let w = date?.warning { warnings.append(w) }
        if let w = decided?.warning { warnings.append(w) }
        let location = dates.location

        // Title.
        var title = TextScan.collapse(Reflow.spaced(seg.title))
        title = ReleaseLexicon.stripMarkup(title)
        title = removeEnclosingQuotes(title)
        if title.isEmpty, let t = recovered.frontMatter?.title { title = TextScan.collapse(t) }
        // The front matter's title printed as a line of the text (a harvester's record above a scan): that line
        // is the headline.
        // (The standfirst found under the line taken for the headline before is none.)
        var titleFromFrontMatter = false
        if let fm = recovered.frontMatter, !fm.isTitle(title), let i = paragraphs.prefix(8).firstIndex(where: fm.isTitle) {
            title = paragraphs.remove(at: i)
            markers.remove(at: i)
            titleFromFrontMatter = true
        } else if let fm = recovered.frontMatter, !fm.isTitle(title), !seg.subtitle.isEmpty {
            // Or printed as the line taken for the standfirst (under debris of a scan taken for the headline).
            let standfirst = TextScan.collapse(ReleaseLexicon.stripMarkup(Reflow.spaced(seg.subtitle)))
            if fm.isTitle(standfirst) {
                title = standfirst
                titleFromFrontMatter = true
            }
        }
        // Under a page's own title, the release's own headline printed as the first paragraph, fuller than the
        // title the site shortened it to (`NZ …` over `New Zealand …`, with the issuer's kind label before it or
        // not): the headline, not body.
        if !titleFromFrontMatter, seg.subtitle.isEmpty, let first = paragraphs.first,
           recovered.frontMatter?.isTitle(title) == true, let fuller = HeadlineRestated.fullerHeadline(first, than: title) {
            title = fuller
            paragraphs.removeFirst()
            markers.removeFirst()
        }
        // A headline longer than any real one (a file with no structure: one huge line, or thousands of tiny
        // ones run together) is not a headline: its text stays in the body, and the record says why.
        var subtitle = seg.subtitle.isEmpty || titleFromFrontMatter ? nil : removeEnclosingQuotes(TextScan.collapse(ReleaseLexicon.stripMarkup(Reflow.spaced(seg.subtitle))))
        // A line that repeats the headline word for word (a web page's title printed again in bold above the
        // text) is the headline printed twice, not a standfirst; under a page's own title (its front matter's),
        // a standfirst that holds every word of the headline in order, and a few more, is the release's own fuller
        // headline (elsewhere a deck says the headline again with its figures: `… $5 million funding …`).
        if let s = subtitle, !title.isEmpty {
            if Fold.line(s) == Fold.line(title) {
                subtitle = nil
            } else if recovered.frontMatter?.isTitle(title) == true, HeadlineRestated.isFuller(s, than: title) {
                title = s
                subtitle = nil
            }
        }
        // The headline printed again as a plain line above the first paragraph: not body.
        if !title.isEmpty, let i = paragraphs.prefix(2).firstIndex(where: { HeadlineRestated.repeats($0, title) }) {
            paragraphs.remove(at: i)
            markers.remove(at: i)
        }
        if Self.isAbsurdlyLong(title) {
            warnings.append("no headline found: the line taken for it has \(title.count) characters (more than \(Self.longestField))")
            paragraphs.insert(title, at: 0)
            markers.insert(nil, at: 0)
            title = ""
            if let s = subtitle { paragraphs.insert(s, at: 1); markers.insert(nil, at: 1); subtitle = nil }
        } else if title.isEmpty {
            warnings.append("no headline found")
        }
        if let s = subtitle, Self.isAbsurdlyLong(s) {
            warnings.append("no standfirst: the text taken for it has \(s.count) characters (more than \(Self.longestField))")
            paragraphs.insert(s, at: 0)
            markers.insert(nil, at: 0)
            subtitle = nil
        }

        // Contacts and links.
        var contacts = seg.contactLines.isEmpty ? [] : ContactParser.parse(lines: seg.contactLines).filter { !$0.isEmpty }
        // A contact block above the headline (`June 3, 2024 Contact: Jane Doe` / title / office / phone / e-mail)
        // gives the first contacts, unless the block at the end repeats them.
        // (The first body lines too: a block the headline search left there goes on into them.)
        let headContactLines = ContactParser.headContactLines(seg.header.map(\.text) + seg.title
                                                              + (seg.body.first?.lines.prefix(4).map(\.text) ?? []))
        if !headContactLines.isEmpty {
            let head = ContactParser.parse(lines: headContactLines).filter { !$0.isEmpty }
            contacts = ContactParser.headContacts(head, besides: contacts) + contacts
        }
        // No contact block: the contact may be one labelled item of a footer line or of a list of links.
        // (Read on the printed lines: a list's lines or a footer line run into a paragraph once their text is joined.)
        if contacts.isEmpty {
            contacts = ContactParser.labelledItemContacts(in: recovered.blocks.flatMap { $0.lines.map(\.text) })
        }
        // Running headers and footers print addresses the text also gives: they count as links too.
        // One text, a line each, written once (an address cut at a line break is rejoined across it).
        var logical = ""
        var first = true
        func add(_ line: String) {
            if !first { logical.append("\n") }
            first = false
            logical.append(line)
        }
        let parts = [recovered.furniture, [title], subtitle.map { [$0] } ?? [], paragraphs, notes,
                     seg.contactLines, seg.trailing, seg.issued]
        logical.reserveCapacity(parts.reduce(0) { $0 + $1.reduce(0) { $0 + $1.utf8.count + 1 } }
                                + seg.header.reduce(0) { $0 + $1.text.utf8.count + 1 })
        for line in recovered.furniture { add(line) }
        for item in seg.header { add(item.text) }
        for part in parts.dropFirst() { for line in part { add(line) } }
        let printedLinks = LinkExtractor.links(in: logical)
        var annotationLinks = recovered.annotations.compactMap(annotationLink)
        // A republishing site's links (`[© Harbour Wire](…)`, its offers, its index) are its page's, not the
        // release's: dropped, unless the release's own text prints the site, or an e-mail address at it (an issuer
        // crediting its own site: `press@harbourtrust.example` over `[© 2026 Harbour Trust](https://harbourtrust.example/)`).
        if doc.textFormat == .markdown, !annotationLinks.isEmpty, let site = PublisherCredit.creditedSite(inMarkdown: doc.text),
           !printedLinks.contains(where: { PublisherCredit.isOn($0, site: site) }),
           !TextScan.has(Fold.line(logical), "@" + site) {
            annotationLinks.removeAll { PublisherCredit.isOn($0, site: site) }
        }
        let links = mergeLinks(printedLinks, annotations: annotationLinks)

        // The printed lines, the headline's left out: the head and the tail are where the issuer signs.
        // (A handful of lines: compared one by one, not hashed for every printed line.)
        let headlineLines = seg.title + seg.subtitle
        // An e-mail's sender (its reader's front matter): its address's domain joins the release's own domains,
        // its name confirms a candidate it names.
        let sender = Self.sender(doc.file.format == .email ? recovered.frontMatter?.sender : nil)
        // Only the first 8 and the last 15 printed lines are read: taken from each end, the lines between never
        // compared with the headline nor copied (most of a release's lines).
        let (headPrinted, tailPrinted) = printedEnds(recovered.blocks, leaving: headlineLines, head: 8, tail: 15)
        // The release's e-mail addresses (its `mailto:` links): their local parts and their hosts.
        var mailboxLocalParts: [String] = []
        var mailHosts: [String] = []
        // (On bytes: `@` and `?` are ASCII, so the cuts fall between characters.)
        for link in links where link.utf8.starts(with: "mailto:".utf8) {
            let u = link.utf8
            let address = u.index(u.startIndex, offsetBy: 7)
            guard let at = u[address...].firstIndex(of: 0x40) else { continue }
            mailboxLocalParts.append(String(link[address..<at]))
            let hostStart = u.index(after: at)
            let hostEnd = u[hostStart...].firstIndex(of: 0x3F) ?? u.endIndex
            mailHosts.append(String(link[hostStart..<hostEnd]))
        }
        let organizationEvidence = OrganizationFinder(
            kindRest: kindRest, letterhead: letterhead, furniture: recovered.furniture, notesHeadings: seg.notesHeadings,
            bodyTexts: paragraphs + notes, contactLines: seg.contactLines,
            headline: title, standfirst: subtitle,
            headLines: headPrinted,
            tailLines: tailPrinted + seg.trailing + seg.issued,
            contactOrganizations: contacts.compactMap(\.organization),
            contactNames: contacts.compactMap(\.name),
            location: location,
            hostLabels: OrganizationNames.hostLabels(links.compactMap(host) + sender.hosts),
            senderName: sender.name,
            mailboxLocalParts: mailboxLocalParts,
            mailHostLabels: OrganizationNames.ownMailDomainLabels(mailHosts),
            byline: doc.file.format == .markdown ? recovered.frontMatter?.author : nil,
            publisher: doc.file.format == .markdown ? recovered.frontMatter?.publisher : nil
        ).evidence()
        let organization = organizationEvidence.chosen.flatMap { Self.isAbsurdlyLong($0) ? nil : $0 }
        // A contact's name longer than any real one is no name (the rest of the contact stays).
        for k in contacts.indices where contacts[k].name.map(Self.isAbsurdlyLong) == true { contacts[k].name = nil }
        // `Founder Kestrelworks`: a role that ends with the release's organisation names it.
        if let organization { contacts = contacts.map { ContactParser.splittingRole(of: $0, endingIn: organization) } }
        if let organization, organizationEvidence.weak {
            warnings.append("organisation uncertain: \(organization) rests on one weak cue (pressroom explain shows the candidates)")
        }

        let record = Release(id: doc.id, source: doc.file.source, format: doc.file.format, kind: kind.map(clean),
                             title: title, subtitle: subtitle, date: date?.iso, organization: organization,
                             release: release.map(clean), location: location.map(clean), paragraphs: paragraphs, notes: notes,
                             contacts: contacts, links: links, warnings: warnings,
                             paragraphMarkers: Self.markers(markers), noteMarkers: Self.markers(noteParts.map(\.1)))
        guard explaining else { return (record, nil) }
        var explanation = ReleaseExplanation()
        explanation.organization = organizationEvidence
        explanation.dates = dateSources.map { ReleaseExplanation.DateCandidate(iso: $0.date.iso, source: $0.source, warning: $0.date.warning) }
        explanation.lines = explainedLines(recovered: recovered, seg: seg, headContactLines: headContactLines)
        return (record, explanation)
    }

    /// The first `head` and the last `tail` texts of the blocks' lines that are none of `leaving` (in order): the
    /// `prefix(head)` and `suffix(tail)` of `printedPlain`, read from each end.
    static func printedEnds(_ blocks: [LayoutBlock], leaving: [String], head: Int, tail: Int) -> (head: [String], tail: [String]) {
        if FastPaths.off {
            let all = printedPlain(blocks, leaving: leaving)
            return (Array(all.prefix(head)), Array(all.suffix(tail)))
        }
        var first: [String] = []
        first.reserveCapacity(head)
        scan: for b in blocks.indices {
            for l in blocks[b].lines.indices where !leaving.contains(blocks[b].lines[l].text) {
                if first.count == head { break scan }
                first.append(blocks[b].lines[l].text)
            }
        }
        var last: [String] = []
        last.reserveCapacity(tail)
        scan: for b in blocks.indices.reversed() {
            for l in blocks[b].lines.indices.reversed() where !leaving.contains(blocks[b].lines[l].text) {
                if last.count == tail { break scan }
                last.append(blocks[b].lines[l].text)
            }
        }
        return (first, last.reversed())
    }

    /// The plain definition of `printedEnds`: every line's text but those of `leaving`, in order.
    static func printedPlain(_ blocks: [LayoutBlock], leaving: [String]) -> [String] {
        var printed: [String] = []
        for block in blocks { for line in block.lines where !leaving.contains(line.text) { printed.append(line.text) } }
        return printed
    }

    /// A paragraph list's markers as the record keeps them: empty when none is a list item.
    static func markers(_ markers: [String?]) -> [String?] {
        markers.contains { $0 != nil } ? markers : []
    }

    /// More characters than any headline, standfirst, organisation or contact name releases print.
    static let longestField = 500

    static func isAbsurdlyLong(_ s: String) -> Bool { s.utf8.count > longestField && s.count > longestField }

    /// The recovered lines with their roles, in reading order: furniture first (it was cut from the pages),
    /// then the head, the headline, the body and what follows it. A head line that the contacts were read from
    /// (`headContactLines`, a labelled block above the headline, or the segmenter's unlabelled head contact) is
    /// shown as a contact where it stands, not as letterhead.
    static func explainedLines(recovered: RecoveredText, seg: ReleaseSegments,
                               headContactLines: [String] = []) -> [ReleaseExplanation.Line] {
        typealias L = ReleaseExplanation.Line
        var out: [L] = recovered.furniture.map { L(role: .furniture, text: $0) }
        let labelled = headContactLines.map { TextScan.trim($0) }.filter { !$0.isEmpty }
        var unlabelled = seg.contactLines.prefix(seg.headContactCount).map { TextScan.trim($0) }
        for item in seg.header {
            let role: ReleaseExplanation.Role
            switch item.role {
            case .kind: role = .kind
            case .release: role = .release
            case .date: role = .date
            case .placeDate: role = .dateline
            case .metadata: role = .metadata
            case .other:
                let text = TextScan.trim(item.text)
                if let i = unlabelled.firstIndex(of: text) {
                    unlabelled.remove(at: i)
                    role = .contact
                } else if labelled.contains(where: { text == $0 || text.hasSuffix($0) }) {
                    role = .contact
                } else {
                    role = .letterhead
                }
            }
            out.append(L(role: role, text: item.text))
        }
        out += seg.title.map { L(role: .headline, text: $0) }
        out += seg.subtitle.map { L(role: .standfirst, text: $0) }
        for block in seg.body { out += block.lines.map { L(role: .body, text: $0.text) } }
        out += seg.notesHeadings.map { L(role: .notesHeading, text: $0) }
        for block in seg.notes { out += block.lines.map { L(role: .notes, text: $0.text) } }
        out += recovered.footnotes.map { L(role: .notes, text: $0) }
        // Head contact lines not shown above (their text was rewritten, a label's columns joined) are shown here.
        out += unlabelled.map { L(role: .contact, text: $0) }
        out += seg.contactLines.dropFirst(seg.headContactCount).map { L(role: .contact, text: TextScan.trim($0)) }
        out += seg.trailing.map { L(role: .trailing, text: $0) }
        out += seg.issued.map { L(role: .signOff, text: $0) }
        return out
    }

    private static func clean(_ s: String) -> String { TextScan.collapse(ReleaseLexicon.stripMarkup(s)) }

    /// `“Attempt to silence …”` → `Attempt to silence …`; a quoted part (`"Soil is …": survey …`) stays.
    static func removeEnclosingQuotes(_ s: String) -> String {
        // Most headlines open with a letter: of the opening quotes only `"` and `'` are ASCII.
        if let b = s.utf8.first, b < 0x80, b != 0x22, b != 0x27 { return s }
        if !FastPaths.off, let quick = removeEnclosingQuotesSimple(s) { return quick }
        return removeEnclosingQuotesPlain(s)
    }

    /// The pairs of quotes `removeEnclosingQuotes` takes off, as scalars.
    private static let quotePairs: [(Unicode.Scalar, Unicode.Scalar)] = [
        ("\u{201C}", "\u{201D}"), ("\u{2018}", "\u{2019}"), ("\u{AB}", "\u{BB}"), ("\"", "\""), ("\u{201E}", "\u{201C}"),
        ("'", "'"), ("\u{2039}", "\u{203A}"),
    ]

    /// `removeEnclosingQuotesPlain` for simple text (`SimpleText.isSimple`: each character one scalar, none
    /// canonically equal to a quote but the quote itself), on scalars: the first and last characters, the count
    /// and the searches inside walk no grapheme clusters (a quoted headline cost ~40 K instructions); nil for
    /// other text.
    static func removeEnclosingQuotesSimple(_ s: String) -> String? {
        guard SimpleText.isSimple(s) else { return nil }
        let u = s.unicodeScalars
        guard let first = u.first, let last = u.last else { return s }
        for (open, close) in quotePairs where first == open && last == close {
            guard u.distance(from: u.startIndex, to: u.endIndex) >= 3 else { return s }
            let start = u.index(after: u.startIndex), end = u.index(before: u.endIndex)
            let inner = u[start..<end]
            if inner.contains(close) && open != close { return s }
            if open == close && inner.contains(open) { return s }
            if inner.contains(open) && open != close { return s }
            return TextScan.trim(s[start..<end])
        }
        return s
    }

    /// The definition of `removeEnclosingQuotes` (past its first byte's test), on characters.
    static func removeEnclosingQuotesPlain(_ s: String) -> String {
        let pairs: [(Character, Character)] = [("“", "”"), ("‘", "’"), ("«", "»"), ("\"", "\""), ("„", "“"), ("'", "'"), ("‹", "›")]
        // (The count, a walk over every character, is taken only for a headline that opens and ends with a pair.)
        guard let first = s.first, let last = s.last else { return s }
        for (open, close) in pairs where first == open && last == close {
            guard s.count >= 3 else { return s }
            let inner = s.dropFirst().dropLast()
            if inner.contains(close) && open != close { return s }
            if open == close && inner.contains(open) { return s }
            if inner.contains(open) && open != close { return s }
            return TextScan.trim(inner)
        }
        return s
    }

    /// Links from the text, with Tika's annotations (the link targets themselves) taking the place of
    /// the same address printed without its scheme or trailing slash.
    static func mergeLinks(_ fromText: [String], annotations: [String]) -> [String] {
        var seen = Set<String>()
        guard !annotations.isEmpty else { return fromText.filter { seen.insert($0).inserted } }
        var out = fromText
        func key(_ s: String) -> String {
            var k = s.lowercased()
            if k.hasSuffix("/") { k.removeLast() }
            if k.hasPrefix("https://") { k.removeFirst(8) } else if k.hasPrefix("http://") { k.removeFirst(7) }
            return k
        }
        func scheme(_ s: String) -> Substring { s.prefix(while: { $0 != ":" }) }
        // (An address the text prints is replaced by the link that carries it; two links printed with two
        // schemes, `https://acme.example/` in the body and `http://acme.example/` in a list, are both kept.)
        var fromAnnotation = Set<Int>()
        for a in annotations {
            if let i = out.firstIndex(where: { key($0) == key(a) }), !fromAnnotation.contains(i) || scheme(out[i]) == scheme(a) {
                out[i] = a
                fromAnnotation.insert(i)
            } else if !out.contains(a) {
                fromAnnotation.insert(out.count)
                out.append(a)
            }
        }
        return out.filter { seen.insert($0).inserted }
    }

    /// A link annotation or markdown link target as a link: absolute addresses as printed, e-mail lower-cased.
    static func annotationLink(_ s: String) -> String? {
        let t = TextScan.trim(s)
        let l = t.lowercased()
        if l.hasPrefix("mailto:") { return l }
        if l.hasPrefix("http://") || l.hasPrefix("https://") { return t }
        if l.hasPrefix("www.") { return "http://" + t }
        if TextScan.has(t, "@"), !TextScan.has(t, "/"), !TextScan.has(t, " ") { return "mailto:" + l }
        return nil
    }

    /// `mailto:a@x.b-c.org` → `x.b-c.org`; `http://www.x-y.org/z` → `www.x-y.org`.
    static func host(_ link: String) -> String? {
        // A plain ASCII link (as nearly all are) is lowered and cut on its bytes.
        let ascii: String?? = FastPaths.off ? nil : TextScan.withBytes(link) { b -> String?? in
            for c in b where c >= 0x80 { return nil }
            let l = b.map { ASCII.lowered($0) }
            func find(_ needle: StaticString, from start: Int = 0) -> Int? {
                let n = needle.utf8CodeUnitCount
                guard l.count >= n else { return nil }
                let p = needle.utf8Start
                var i = start
                while i + n <= l.count {
                    var k = 0
                    while k < n && l[i + k] == p[k] { k += 1 }
                    if k == n { return i }
                    i += 1
                }
                return nil
            }
            var start: Int
            if l.starts(with: Array("mailto:".utf8)), let at = l.firstIndex(of: 0x40) {
                start = at + 1
            } else if let r = find("://") {
                start = r + 3
            } else {
                return .some(nil)
            }
            var end = start
            while end < l.count, l[end] != 0x2F, l[end] != 0x3F, l[end] != 0x23, l[end] != 0x3A { end += 1 }
            return .some(end > start ? String(decoding: l[start..<end], as: UTF8.self) : nil)
        }
        if let ascii { return ascii }
        return hostPlain(link)
    }

    /// The plain definition of `host`.
    static func hostPlain(_ link: String) -> String? {
        let l = link.lowercased()
        var rest: Substring
        if l.hasPrefix("mailto:"), let at = l.firstIndex(of: "@") {
            rest = l[l.index(after: at)...]
        } else if let r = TextScan.find("://", in: l[...]) {
            rest = l[r.upperBound...]
        } else {
            return nil
        }
        if let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" || $0 == ":" }) { rest = rest[..<end] }
        return rest.isEmpty ? nil : String(rest)
    }
}

/// A headline printed twice: under a web page's title, a copied release prints its own headline again, the same
/// or fuller (`Otago research enhances crime investigation` above `… investigation capabilities`).
enum HeadlineRestated {
    /// The folded words of `text` (letters and digits).
    static func words(_ text: String) -> [Substring] {
        Fold.line(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    }

    /// `line` is `headline` word for word (case, marks and emphasis aside), and the headline has three words or
    /// more (a one-word headline is printed again as a heading or a name as often).
    static func repeats(_ line: String, _ headline: String) -> Bool {
        guard line.utf8.count <= headline.utf8.count + 16 else { return false }
        let h = words(headline)
        return h.count >= 3 && words(ReleaseLexicon.stripMarkup(line)) == h
    }

    /// `line` holds every word of `headline` in order with one to three more, is no sentence of the body (no
    /// full stop at its end) and the headline has four words or more: the headline a page's title shortened.
    /// A wire shortens a headline by its initials too: a word the headline prints in capitals (`NZ`, `US`) may
    /// stand for the words of `line` whose initials spell it (`New Zealand`), and that alone makes it fuller.
    static func isFuller(_ line: String, than headline: String) -> Bool {
        guard !TextScan.endsSentence(line) else { return false }
        // A lead-in (`… names the winners for 2026:`) or a clause cut at a comma goes on below: no headline.
        if let last = TextScan.trim(line).unicodeScalars.last, ":;,".unicodeScalars.contains(last) { return false }
        let h = words(headline), l = words(line)
        guard h.count >= 4, l.count >= h.count else { return false }
        let capitals = initialisms(headline, folded: h)
        var k = 0, i = 0, spelled = 0
        while i < l.count && k < h.count {
            if l[i] == h[k] { k += 1; i += 1; continue }
            let n = h[k].count
            if capitals.contains(k), i + n <= l.count, zip(l[i..<(i + n)], h[k]).allSatisfy({ $0.first == $1 }) {
                spelled += n - 1
                k += 1
                i += n
                continue
            }
            i += 1
        }
        let extra = l.count - h.count - spelled
        return k == h.count && (extra >= 1 || spelled > 0) && extra <= 3
    }

    /// The indices of `folded`'s words that `headline` prints as an initialism: two to five capital letters.
    private static func initialisms(_ headline: String, folded: [Substring]) -> Set<Int> {
        let printed = headline.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard printed.count == folded.count else { return [] }
        var found = Set<Int>()
        for (k, w) in printed.enumerated() where (2...5).contains(w.count) && w.allSatisfy({ $0.isASCII && $0.isUppercase }) {
            found.insert(k)
        }
        return found
    }

    /// The release's own headline in `line`, a first paragraph under a page's own title (`headline`): the line
    /// itself, or what follows a kind label's colon (`Harbour Trust media release: <headline>`), when it is
    /// `isFuller` than the title.
    static func fullerHeadline(_ line: String, than headline: String) -> String? {
        guard line.utf8.count <= headline.utf8.count * 3 + 60 else { return nil }
        if isFuller(line, than: headline) { return line }
        guard let colon = line.utf8.prefix(80).firstIndex(of: 0x3A) else { return nil }
        let label = Fold.line(line[..<colon])
        guard TextScan.wordCount(label, atMost: 8) <= 8,
              ReleaseLexicon.kindLabels.contains(where: { label == $0 || label.hasSuffix(" " + $0) }) else { return nil }
        let rest = String(line[line.utf8.index(after: colon)...].drop(while: { $0 == " " }))
        return isFuller(rest, than: headline) ? rest : nil
    }
}
