import Foundation

/// Finds the issuing organisation from evidence gathered over the whole release: every place where the
/// genre names its issuer gives candidates (the name beside the kind label, the letterhead and running
/// header, an `About X` heading, a sign-off such as `Issued by X` or `Pour la X,`, the name line above the
/// closing address, the subject of the first sentence, the contact block's organisation, the headline), and
/// independent cues support them (the release's own e-mail and web domains, the name's acronym printed
/// elsewhere, the name repeated in the text, an organisation word). A capitalised phrase of the body (a
/// funder, a programme, a partner) is a candidate only with support from another cue. The best-supported
/// candidate wins; `OrganizationEvidence` keeps every candidate with its cues for `pressroom explain`.
struct OrganizationFinder {
    var kindRest: String?
    var letterhead: [String]
    var furniture: [String]
    var notesHeadings: [String]
    var bodyTexts: [String]
    var contactLines: [String]
    /// The headline and the standfirst.
    var headline: String = ""
    var standfirst: String?
    /// The first and last printed lines of the logical text (sign-offs and closing name lines live there).
    var headLines: [String] = []
    var tailLines: [String] = []
    /// The organisations and the people the contact parser found in the contact block.
    var contactOrganizations: [String] = []
    var contactNames: [String] = []
    /// The dateline's place: a place is not the issuer.
    var location: String?
    /// The name labels of the release's e-mail and web hosts (`OrganizationNames.hostLabels`).
    var hostLabels: [String] = []
    /// The display name of the e-mail that carried the release (`Quillon Bay Lifeboat Society`): it confirms a
    /// candidate it names, never names one itself (a forwarder, a PR agency, `Press Office` send releases too).
    var senderName: String?
    /// The local parts of the release's e-mail addresses (`jane.roe` of `jane.roe@…`): a name one spells is a
    /// person's (`OrganizationNames.isPersonsName`).
    var mailboxLocalParts: [String] = []
    /// The name labels of the hosts of the release's e-mail addresses (`hostLabels`): the issuer's own domain
    /// more surely than a web address, which may be a partner's or a sponsor's (`namesSpellingDomain`).
    var mailHostLabels: [String] = []
    /// The page's author (a markdown page's front matter `author:`): names a candidate when it is an
    /// organisation's name that the text prints (`OrganizationNames.bylineName`).
    var byline: String?
    /// The page's publisher as its front matter names it (`FrontMatter.publisher`): names a candidate when
    /// the text prints it (`OrganizationNames.publisherName`).
    var publisher: String?

    func find() -> String? { evidence().chosen }

    /// The evidence of the head, the tail and the text; when it leaves the issuer unknown or weak, weighed again
    /// with the names that open several clauses of the text (`ClauseSubjects`): a movement or a community that
    /// names itself only as its sentences' subject. They are read only then, since a release whose issuer is
    /// named firmly elsewhere uses them for its programmes and partners (`CIT Advance` of a college).
    func evidence() -> OrganizationEvidence {
        let first = evidence(clauseNames: [])
        if first.chosen != nil && !first.weak { return first }
        var texts = [headline]
        if let standfirst { texts.append(standfirst) }
        texts += bodyTexts
        var names = ClauseSubjects.names(in: texts)
        // A name the text introduces by its kind (`la asociación X`) once counts as one clause behind its noun.
        for found in ClauseSubjects.introducedByKind(in: texts) where !names.contains(where: { Fold.line($0.name) == Fold.line(found.name) }) {
            names.append(found)
        }
        if names.isEmpty { return first }
        let second = evidence(clauseNames: names)
        return second.chosen != nil ? second : first
    }

    private func evidence(clauseNames: [ClauseSubjects.Found]) -> OrganizationEvidence {
        // With the fast paths off (`FastPaths`), the plain definitions (`capitalisedNamesPlain`, …).
        let plain = FastPaths.off
        func capitalisedNames(in text: String) -> [String] {
            plain ? capitalisedNamesPlain(in: text) : self.capitalisedNames(in: text)
        }
        var board = CandidateBoard()
        // The body as one text, joined only when a name is looked up in it.
        var joined: String?
        func allText() -> String {
            if let joined { return joined }
            let text = bodyTexts.joined(separator: " ")
            joined = text
            return text
        }
        // The fold of the headline and the body joined by a space, and the body's own within it, made once.
        var folds: Folds?
        func folded() -> Folds {
            if let folds { return folds }
            let f = plain ? Folds(headlineFoldedPlain: headline, body: allText()) : Folds(headline: headline, bodyTexts: bodyTexts, allText: allText)
            folds = f
            return f
        }
        // The dateline place's key, made once.
        var placeKey: String?
        func locationKey(_ location: String) -> String {
            if let placeKey { return placeKey }
            let k = OrganizationNames.key(location)
            placeKey = k
            return k
        }
        // `nameLike`: a text already found name-like and no desk's name (`letterheadName`'s answer: a
        // letterhead line, trimmed), which its cleaned form often is.
        // `spelledByDomain`: a name its e-mail domain spells, which may be a domain itself (`Patcher.xyz`).
        // What `add` made of each name it was given, for the name's next cue: a third of a release's names
        // come again (a letterhead line that is also a top line, a closing line printed twice). Each test is
        // made when first asked, as the guards below ask them. (Looked up by comparing the names: a release
        // has a few dozen at most, and past 64 no more are looked for; the byte counts are compared first, as
        // `String` equality would compare them only after a slower path.)
        var made: [AddedName] = []
        made.reserveCapacity(16)
        func add(_ name: String, _ cue: OrganizationEvidence.Cue, _ score: Double, nameLike: String? = nil, spelledByDomain: Bool = false) {
            let length = name.utf8.count
            var m = made.count <= 64 ? made.firstIndex(where: { $0.name.utf8.count == length && $0.name == name }) : nil
            if m == nil {
                var n = clean(OrganizationNames.droppingAcronym(TextScan.trim(name)))
                n = OrganizationNames.cutTrailingPerson(n)
                // An acronym alone (`URSMS` in a letterhead) stands for the name the text spells out.
                if isAcronym(n), let expanded = acronymExpansion(n, in: allText()) { n = clean(expanded) }
                made.append(AddedName(name: name, n: n))
                m = made.count - 1
            }
            let k = m!
            let n = made[k].n
            // A name is words: a line without two letters in a row (`Â Â`, `N E W S`) names nothing.
            if made[k].wordless == nil { made[k].wordless = !TextScan.holdsWord(n) }
            if made[k].wordless! { return }
            if n != nameLike && !spelledByDomain {
                if made[k].nameLike == nil { made[k].nameLike = isNameLike(n) }
                guard made[k].nameLike! else { return }
            }
            // A word that is a web address (`example.com`) is no part of a name.
            // (A host name holds a dot: a name without one is not cut into words for the test.)
            // (A dot before a file's extension or a made-up ending is no host's: `Node.js Foundation` is a name.)
            if !spelledByDomain {
                if made[k].webWord == nil {
                    made[k].webWord = TextScan.hasByte(n, 0x2E) && n.split(separator: " ").contains(where: { Self.isWebAddressWord($0) })
                }
                if made[k].webWord! { return }
            }
            // A title-case line that acts (`… Author Encourages Readers To …`) is a headline, a sentence no name.
            // (Read as printed: the cleaning drops a sentence's full stop.)
            if made[k].clause == nil {
                made[k].clause = TextScan.spaceRunCount(name, atMost: 6) >= 6 && OrganizationNames.readsAsClause(TextScan.trim(name))
            }
            if made[k].clause! { return }
            if made[k].key == nil { made[k].key = OrganizationNames.key(n) }
            let key = made[k].key!
            if let location, key == locationKey(location) { return }
            // (A name-like text is `letterheadName`'s answer, which is no desk's name: not asked again.)
            if n != nameLike {
                if made[k].desk == nil { made[k].desk = isDeskName(n) }
                if made[k].desk! { return }
            }
            board.add(n, key: key, cue: cue, score: score)
        }
        // `hasOrganizationWord` and `letterheadName` of the texts asked about, for the same text asked again
        // (as `made`: a line of the head or the tail is read by several cues, a candidate's name again).
        var organizationWordAnswers = TextAnswers<Bool>()
        func hasOrganizationWord(_ s: String) -> Bool { organizationWordAnswers.answer(s) { self.hasOrganizationWord($0) } }
        var letterheadAnswers = TextAnswers<String?>()
        func letterheadName(_ line: String) -> String? { letterheadAnswers.answer(line) { self.letterheadName($0) } }
        if let k = kindRest { add(k, .kindLine, 100) }
        // A site's page posted by the organisation's account (`author: Harbour Lanterns Trust`), which the text
        // prints: most pages' authors are people, so only an organisation's name, and only one printed again.
        if let byline, let name = OrganizationNames.bylineName(byline), OrganizationNames.mentions(of: name, in: folded()) >= 1 {
            add(name, .byline, 40)
        }
        // A page whose metadata names its publisher (`publisher: Harbour Lanterns Trust — the city's lantern
        // society`), which the text prints: the issuer by the page's own declaration; a metadata value that the
        // text never prints may be the collection's or the site's, not the issuer's.
        if let publisher, let name = OrganizationNames.publisherName(publisher), OrganizationNames.mentions(of: name, in: folded()) >= 1 {
            add(name, .publisher, 60)
        }
        var letterheadCells: [String] = []
        letterheadCells.reserveCapacity(letterhead.count)
        for line in letterhead { Self.appendCells(of: line, to: &letterheadCells) }
        for (i, line) in letterheadCells.enumerated() {
            guard let trimmed = letterheadName(line) else { continue }
            add(line, .letterhead, 45 - 2 * Double(i) + (hasOrganizationWord(line) ? 15 : 0) - (isStateName(line) ? 40 : 0)
                - OrganizationNames.descriptionPenalty(line), nameLike: trimmed)
        }
        var furnitureCells: [String] = []
        for line in furniture { Self.appendCells(of: line, to: &furnitureCells) }
        for (i, line) in furnitureCells.enumerated() {
            guard let trimmed = letterheadName(line) else { continue }
            add(line, .runningHeader, 35 - Double(i) + (hasOrganizationWord(line) ? 15 : 0) - (isStateName(line) ? 40 : 0), nameLike: trimmed)
        }
        for h in notesHeadings {
            guard let subject = aboutSubject(h) else { continue }
            if isAcronym(subject), let expanded = acronymExpansion(subject, in: allText()) {
                add(expanded, .aboutHeading, 70)
            } else {
                add(OrganizationNames.longerForm(of: subject, in: allText()) ?? subject, .aboutHeading, 60)
            }
        }
        // An `About X` line the segmenter left in the body or the closing lines.
        // (An about word opens with a, s, z or a non-ASCII letter: other lines are passed over at once.)
        for line in headLines + tailLines where OrganizationNames.mayOpenWithAboutWord(line) && OrganizationNames.wordCount(line) <= 8 {
            if let subject = aboutSubject(line), !TextScan.hasByte(subject, 0x3A) { add(subject, .aboutHeading, 55) }
        }
        // A run-in `About X.` opening a paragraph of the notes or the end of the body.
        for t in bodyTexts.suffix(6) {
            if let subject = OrganizationNames.runInAboutSubject(t) { add(subject, .aboutHeading, 50) }
        }
        // Sign-offs: `Issued by X`, `Pour la X, le secrétaire …`, `Source : X`, `Original-Content von: X`.
        // (The three read in turn, not joined into a new array.)
        for lines in [tailLines[...], bodyTexts.suffix(3), contactLines[...]] {
            for line in lines { if let name = OrganizationNames.signOffName(line) { add(name, .signOff, 65) } }
        }
        // A name line among the closing lines (above the address, the e-mail, the web address): weak alone.
        // (The cheap tests first: marks, words, a handle; then whether it may be a name.)
        for line in tailLines where line.utf8.count <= 160 {
            let t = ReleaseLexicon.stripMarkupTrimmed(line)
            guard !TextScan.withBytes(t, { b in b.contains(where: Self.isClosingLineMark) }),
                  (2...9).contains(OrganizationNames.wordCount(t)), !OrganizationNames.isHandle(t),
                  let trimmed = letterheadName(t) else { continue }
            add(t, .closingLine, 20 + (hasOrganizationWord(t) ? 10 : 0), nameLike: trimmed)
        }
        // The top lines above the headline that the segmenter did not see as letterhead.
        for (i, line) in headLines.enumerated() where line.utf8.count <= 160 {
            let t = ReleaseLexicon.stripMarkupTrimmed(line)
            guard OrganizationNames.wordCount(t) <= 9, !OrganizationNames.isHandle(t), hasOrganizationWord(t),
                  let trimmed = letterheadName(t) else { continue }
            add(t, .letterhead, 30 - 2 * Double(i) - (isStateName(t) ? 40 : 0), nameLike: trimmed)
        }
        // The release's own domain printed in the text as a name in capitals (`haum.org`, `the HAUM`).
        if !hostLabels.isEmpty {
            for label in Self.sortedUnique(hostLabels, plain: plain) where label.count >= 3 {
                let caps = label.uppercased()
                // Printed in capitals twice or more (the byte search is exact: the label is ASCII).
                guard Self.printedTwice(caps, in: bodyTexts, plain: plain, allText: allText) else { continue }
                if OrganizationNames.mentions(of: caps, inFolded: folded().body) >= 2 { add(caps, .domain, 30) }
            }
        }
        // The contact block's organisation.
        for org in contactOrganizations { add(org, .contactBlock, 25) }
        var contactCounts: [String: Int] = [:]
        for line in contactLines {
            // `Office: (541) 555-0100` is a labelled phone, not a name: parts with a colon or a digit are
            // passed over (`contactParts`).
            for part in Self.contactParts(of: TextScan.trim(line), plain: plain) {
                guard hasOrganizationWord(part) && !isDeskName(part) else { continue }
                contactCounts[part, default: 0] += 1
            }
        }
        for (name, c) in contactCounts.sorted(by: { $0.key < $1.key }) { add(name, .contactBlock, 12 + 6 * Double(min(c, 3))) }
        // The subject of the first sentence (`X today announced …`) and of the headline (`X rejects …`).
        if let first = bodyTexts.first {
            if let subject = OrganizationNames.sentenceSubject(first) {
                add(subject.name, .firstSentence, subject.announces ? 35 : 20)
            } else if let word = OrganizationNames.openingWordSpellingDomain(first, hostLabels: hostLabels) {
                // `GreenHarbour is a festival …` with `greenharbour.org`: a one-word name in mixed case is a
                // subject only when the release's own web address spells it.
                add(word, .firstSentence, 20)
            }
        }
        if let subject = OrganizationNames.sentenceSubject(headline, isHeadline: true) {
            add(subject.name, .headline, subject.announces ? 30 : 15)
        } else if let brand = OrganizationNames.brandOpeningHeadline(headline) {
            add(brand, .headline, 30)
        }
        if let standfirst, let subject = OrganizationNames.sentenceSubject(standfirst) {
            add(subject.name, .headline, subject.announces ? 25 : 12)
        }
        // In a headline in sentence case, a capitalised run is a name (`Statement by the Director of the X Fund`).
        if OrganizationNames.isSentenceCase(headline) {
            for name in capitalisedNames(in: headline) where hasOrganizationWord(name) { add(name, .headline, 12) }
        }
        // The running text's names (acronym definitions, capitalised phrases) are read only when no cue of the
        // head or the tail has named the issuer firmly (60 or more): they weigh too little to overturn one.
        let settled = board.candidates.contains { c in c.cues.contains { !$0.cue.isSupport && $0.weight >= 60 } }
        if !settled {
            let opening = bodyTexts.prefix(4).joined(separator: " ")
            for def in plain ? acronymDefinitionsPlain(in: opening) : acronymDefinitions(in: opening) { add(def, .acronymDefinition, 20) }
            var counts: [String: Int] = [:]
            for t in bodyTexts.prefix(4) {
                for name in capitalisedNames(in: t) where hasOrganizationWord(name) { counts[name, default: 0] += 1 }
            }
            for (name, c) in counts.sorted(by: { $0.key < $1.key }) { add(name, .bodyPhrase, 4 * Double(min(c, 4))) }
            // A name printed twice that the release's own e-mail domain spells (`Squidshaped`, `henry@squidshaped.com`),
            // at its longer form when the text gives one (`Harbour` → `Harbour Rowing Club`); not when the lede
            // announces a name (`X annonce …`), whose contact may write from a partner's address.
            let announced = board.candidates.contains { c in c.cues.contains { ($0.cue == .firstSentence || $0.cue == .headline) && $0.weight >= 25 } }
            if !mailHostLabels.isEmpty && !announced {
                for name in OrganizationNames.namesSpellingDomain(in: bodyTexts, labels: mailHostLabels) {
                    add(OrganizationNames.longerForm(of: name, in: allText()) ?? name, .domainName, 25, spelledByDomain: true)
                }
            }
            // A name that two or more clauses open with as their subject (`ClauseSubjects`): a person's name
            // (a contact, or a name the text goes on to call by its surname or a title) is passed over.
            for found in clauseNames {
                let key = OrganizationNames.key(found.name)
                if contactNames.contains(where: { OrganizationNames.key($0) == key }) { continue }
                if found.firstWordActsAlone || OrganizationNames.isTitledPerson(found.name, inFolded: folded().headlineAndBody) { continue }
                add(found.name, .bodySubject, 10 * Double(min(found.count, 3)) + (found.afterCollectiveNoun ? 10 : 0))
            }
        }

        // Support: cues that do not name a candidate but confirm one.
        let foldedText = folded()
        // Where an acronym stands for the issuer: the short lines of the head and the tail (read when an acronym
        // is asked about).
        var places = AcronymPlaces(lines: [letterhead, furniture, headLines, tailLines], plain: plain)
        // A name inside a longer candidate that spells the release's domain is a candidate of its own.
        var namedRuns: [String: String] = [:]
        // The organisation-word tests of each candidate's name made here, kept for the contenders below
        // (`hasOrganizationWord`, and `hasExtraOrganizationWord` when asked), by the candidate's index.
        var wordTests: [(name: String, word: Bool, extra: Bool?)] = []
        if !hostLabels.isEmpty {
            wordTests.reserveCapacity(board.candidates.count)
            for c in board.candidates {
                let word = hasOrganizationWord(c.name)
                let extra = word ? nil : OrganizationNames.hasExtraOrganizationWord(c.name)
                wordTests.append((c.name, word, extra))
                guard !word, extra == false else { continue }
                if let run = OrganizationNames.domainNamedRun(c.name, domains: hostLabels) { namedRuns[c.name] = run }
            }
            for (_, run) in namedRuns.sorted(by: { $0.key < $1.key }) { add(run, .domain, 30) }
        }
        let foundInText = Self.foundInText
        // Support is weighed for the contenders only: the twelve candidates best named so far (the others
        // cannot win with support alone, which adds at most about as much as the best naming cue).
        let contenders = board.contenders(12)
        let domainLabels = OrganizationNames.domainLabels(hostLabels)
        // The social handles the release prints (`follow @HarbourLanterns`): the issuer's own account spells its name.
        let handles = OrganizationNames.socialHandles(in: bodyTexts) + OrganizationNames.socialHandles(in: tailLines)
            + OrganizationNames.socialHandles(in: contactLines)
        // The boilerplate: a closing paragraph that defines a name (`X is a …`, `X ist ein …`, `X es una …`)
        // confirms a name the head or the lede gives; alone it may be a partner's, a venue's or a person's. Only
        // when no cue names the issuer firmly: after the issuer's own About section a partner's defines the partner.
        var defined: [String] = []
        if !settled {
            for t in bodyTexts.suffix(4) {
                if let name = OrganizationNames.definitionSubject(t) { defined.append(OrganizationNames.key(name)) }
            }
        }
        for i in contenders {
            let name = board.candidates[i].name
            // (Made above when the name is still the one tested there: an added cue may have replaced it.)
            let hasWord: Bool
            if i < wordTests.count, wordTests[i].name == name {
                hasWord = wordTests[i].word || (wordTests[i].extra ?? OrganizationNames.hasExtraOrganizationWord(name))
            } else {
                hasWord = hasOrganizationWord(name) || OrganizationNames.hasExtraOrganizationWord(name)
            }
            let phraseWithName = !hasWord && namedRuns[name] != nil
            if !phraseWithName && OrganizationNames.domainMatches(name, labels: domainLabels) {
                board.support(i, .domain, 30)
            }
            if !handles.isEmpty, handles.contains(OrganizationNames.handleLetters(name)) {
                board.support(i, .handle, 30)
            }
            if let senderName, OrganizationNames.wordKeys(name).count >= 2,
               TextScan.find(" " + Fold.line(name) + " ", in: (" " + Fold.line(senderName) + " ")[...]) != nil {
                board.support(i, .sender, 20)
            }
            if let acronym = OrganizationNames.initials(name), acronym.count >= 3 {
                let lowered = acronym.lowercased()
                // (The cheaper tests first: the short lines are folded only when both fail.)
                if hostLabels.contains(where: { $0 == lowered }) || OrganizationNames.mentions(of: acronym, in: foldedText) >= 2
                    || places.hasWord(lowered) {
                    board.support(i, .acronym, 15)
                }
            }
            // The mention the candidate was found in does not count.
            var mentions = OrganizationNames.mentions(of: name, in: foldedText)
            if board.candidates[i].cues.contains(where: { foundInText & $0.cue.bit != 0 }) { mentions -= 1 }
            if mentions > 0 { board.support(i, .repeated, 6 * Double(min(mentions, 3))) }
            if hasWord { board.support(i, .organizationWord, 8) }
            if !defined.isEmpty, board.candidates[i].cues.contains(where: { Self.namesInHead & $0.cue.bit != 0 }),
               defined.contains(OrganizationNames.key(name)) {
                board.support(i, .definition, 30)
            }
        }
        // An acronym that is a candidate of its own (a contact's `ACFOA`) supports the name it abbreviates.
        let snapshot = board.candidates
        let acronyms = snapshot.filter { isAcronym($0.name) }
        for i in acronyms.isEmpty ? [] : contenders {
            let name = board.candidates[i].name
            let spelled = [OrganizationNames.initials(name), OrganizationNames.initials(name, withJoiners: true)].compactMap { $0 }
            guard let acronym = acronyms.first(where: { c in c.name != name && spelled.contains(c.name.uppercased()) }) else { continue }
            board.support(i, .acronym, max(15, acronym.score))
        }
        // A longer name that contains a shorter candidate (`Les Nuits du Conte de Gembloux ASBL`, `Nuits du Conte`)
        // shares half its support.
        board.shareWithLongerNames()

        var evidence = board.evidence()
        // A person's name is no issuer (`isPersonsName`): passed over, the next candidate weighed in its place.
        var top = 0
        if !contactNames.isEmpty || !mailboxLocalParts.isEmpty {
            let mailboxes = OrganizationNames.mailboxLetters(mailboxLocalParts)
            // (A name with an organisation word is no person's: not asked.)
            while top < evidence.candidates.count,
                  !evidence.candidates[top].cues.contains(where: { $0.cue == .organizationWord }),
                  OrganizationNames.isPersonsName(evidence.candidates[top].name, contactNames: contactNames, mailboxes: mailboxes) {
                evidence.candidates[top].rejected = "a person's name: a contact of the release, or spelled by an e-mail address"
                top += 1
            }
        }
        if top < evidence.candidates.count {
            let best = evidence.candidates[top]
            // Sets of cues as bits (`Cue.bit`): `a & ~b == 0` is `a ⊆ b`.
            typealias Cue = OrganizationEvidence.Cue
            func kindsOf(_ c: OrganizationEvidence.Candidate) -> UInt32 { c.cues.reduce(0) { $0 | $1.cue.bit } }
            let kinds = kindsOf(best)
            let named = kinds & ~Self.supportOnly
            // A body phrase alone never names the issuer; nor does a closing line with no organisation word and no support.
            let nameOnly = Self.nameOnly
            let textOnly = Self.textOnly
            let confirmed = kinds & Cue.domain.bit != 0 || best.cues.contains { $0.cue == .acronym && $0.weight >= 25 }
            let second = evidence.candidates.dropFirst(top + 1).first
            let tied = second.map { $0.score == best.score && kindsOf($0) & ~(Self.supportOnly | Cue.shorterForm.bit) & ~textOnly == 0 } ?? false
            if named != 0 && named & ~textOnly == 0 && (!confirmed || tied) {
                evidence.candidates[top].rejected = tied
                    ? "named only in the running text, and as strongly as another name there"
                    : "named only in the running text (a funder, a partner, a programme), and no domain or acronym confirms it"
            } else if named & Cue.bodySubject.bit != 0 && named & ~(Cue.bodySubject.bit | nameOnly) == 0
                        && !best.cues.contains(where: { $0.cue == .repeated && $0.weight >= 12 }) {
                // The clauses' subject, printed nowhere else (and named by no firmer cue): the second cue is missing.
                evidence.candidates[top].rejected = "the subject of clauses of the text, but not printed again elsewhere"
            } else if named != 0 && named & ~nameOnly == 0 && kinds & Cue.organizationWord.bit == 0 && kinds & Cue.acronym.bit == 0
                        && !OrganizationNames.isBrandShaped(best.name)
                        // A name the release prints as its issuer in three kinds of place and strongly is taken
                        // for a person only when the text treats it as one (a contact, a title before it, a verb
                        // of speech beside it): an organisation whose name has no organisation word
                        // (`Open Knowledge`, `Klimastreik Landau`) is otherwise vetoed by its shape alone. (A web
                        // domain is not counted: a candidate's campaign site spells a person's name as often; nor
                        // one mention more than the headline's and the first sentence's.)
                        && !(best.score >= 60 && (kinds & ~(Cue.domain.bit | Cue.domainName.bit | (
                                best.cues.contains { $0.cue == .repeated && $0.weight >= 12 } ? 0 : Cue.repeated.bit))).nonzeroBitCount >= 3
                             && !OrganizationNames.readsAsPerson(best.name, contactNames: contactNames,
                                                                  inFolded: foldedText.headlineAndBody))
                        // A handle confirms a name no person bears (`Pizza to the Polls`, read as the text prints it).
                        && !(kinds & Cue.handle.bit != 0 && !OrganizationNames.hasPersonsShape(
                            TextScan.isAllCaps(best.name) ? mixedCase(of: best.name, in: allText()) ?? best.name : best.name))
                        && (kinds & Cue.domain.bit == 0 || contactNames.contains { OrganizationNames.key($0) == OrganizationNames.key(best.name) }
                            || OrganizationNames.isTitledPerson(best.name, inFolded: foldedText.headlineAndBody)) {
                evidence.candidates[top].rejected = "a name with no organisation word, domain or acronym: a person or a title"
            } else {
                evidence.chosen = best.name
                if TextScan.isAllCaps(best.name), let mixed = mixedCase(of: best.name, in: allText()) { evidence.chosen = mixed }
                // A name found only by the e-mail domain that spells it is the address's word against none: weak.
                evidence.weak = best.score < 45 || kinds.nonzeroBitCount < 2 || named == Cue.domainName.bit
            }
        }
        return evidence
    }

    /// Whether `needle` is printed twice in the body's texts joined by spaces: two finds, the second after the
    /// first. A needle without a space cannot span two texts there, so each text is searched in turn and the
    /// body is not joined (the definition, `plain`, searches the joined body).
    static func printedTwice(_ needle: String, in texts: [String], plain: Bool, allText: () -> String) -> Bool {
        if plain || TextScan.hasByte(needle, 0x20) {
            let text = allText()
            guard let first = TextScan.find(needle, in: text[...]) else { return false }
            return TextScan.find(needle, in: text[first.upperBound...]) != nil
        }
        var found = 0
        for t in texts {
            var from = t.startIndex
            while let r = TextScan.find(needle, in: t[from...]) {
                found += 1
                if found == 2 { return true }
                from = r.upperBound
            }
        }
        return false
    }

    /// `,` `(` `/` `:` `@`: a closing line with one is an address, a label or a handle, not a name line. (One
    /// mask test a byte below 64, where the first four lie.)
    @inline(__always) static func isClosingLineMark(_ c: UInt8) -> Bool {
        c < 64 ? (UInt64(1) << UInt64(c)) & closingLineMarkMask != 0 : c == 0x40
    }
    private static let closingLineMarkMask: UInt64 = (1 << 0x2C) | (1 << 0x28) | (1 << 0x2F) | (1 << 0x3A)

    /// `Set(labels).sorted()`: sorted with each label once. Labels that are all ASCII (as host labels are) are
    /// sorted and their neighbours compared, no set made; others, and with the fast paths off (`plain`), the
    /// definition.
    static func sortedUnique(_ labels: [String], plain: Bool) -> [String] {
        guard !plain, labels.allSatisfy({ l in TextScan.withBytes(l) { b in !b.contains { $0 >= 0x80 } } }) else {
            return Set(labels).sorted()
        }
        var out: [String] = []
        out.reserveCapacity(labels.count)
        for l in labels.sorted() where out.last != l { out.append(l) }
        return out
    }

    /// The parts of a contact line between commas, trimmed, that hold no colon and no digit:
    /// `SpaceWords.split(t, on: ",").map(TextScan.trim)` without those parts (the definition, with the fast
    /// paths off). A line of ASCII without a carriage return (each byte a character) is cut on its bytes, and
    /// a `String` is made only for a part that is kept (most parts of a contact block are addresses,
    /// telephones and labelled lines).
    static func contactParts(of t: String, plain: Bool) -> [String] {
        var out: [String] = []
        let done: Bool = plain ? false : TextScan.withBytes(t) { b -> Bool in
            for c in b where c >= 0x80 || c == 0x0D { return false }
            let n = b.count
            var i = 0
            while i < n {
                if b[i] == 0x2C { i += 1; continue }
                var lo = i
                while i < n && b[i] != 0x2C { i += 1 }
                var hi = i
                while lo < hi && TextScan.isSpaceByte(b[lo]) { lo += 1 }
                while lo < hi && TextScan.isSpaceByte(b[hi - 1]) { hi -= 1 }
                var skip = false
                for k in lo..<hi where b[k] == 0x3A || ASCII.isDigit(b[k]) { skip = true; break }
                if skip { continue }
                out.append(String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self))
            }
            return true
        }
        if done { return out }
        for part in SpaceWords.split(t[...], on: 0x2C).map({ TextScan.trim($0.text) }) {
            if TextScan.has(part, ":") || TextScan.digitCount(part) > 0 { continue }
            out.append(part)
        }
        return out
    }

    /// The answers of one test for the texts asked about in a release, for a text asked again (a line of the head
    /// or the tail is read by several cues, a candidate's name again). Looked up by byte count first; past 64
    /// texts the test is asked again rather than searched for.
    struct TextAnswers<Value> {
        private var answers: [(text: String, value: Value)] = []
        init() { answers.reserveCapacity(32) }
        mutating func answer(_ text: String, _ test: (String) -> Value) -> Value {
            let length = text.utf8.count
            if answers.count <= 64, let hit = answers.first(where: { $0.text.utf8.count == length && $0.text == text }) { return hit.value }
            let value = test(text)
            answers.append((text, value))
            return value
        }
    }

    /// A name given to `add`, what the cleaning made of it (`n`), and its tests once made.
    private struct AddedName {
        let name: String
        let n: String
        var nameLike: Bool?
        var webWord: Bool?
        var clause: Bool?
        var wordless: Bool?
        var key: String?
        var desk: Bool?
    }

    /// The cues that find a name in the running text (its mention there is not a repetition), the cues that
    /// only support, those that name a person as well as an issuer, and those of the running text alone.
    private static let foundInText = OrganizationEvidence.Cue.bits(.firstSentence, .headline, .bodyPhrase, .acronymDefinition, .bodySubject, .domainName)
    private static let supportOnly = OrganizationEvidence.Cue.bits(.domain, .acronym, .repeated, .organizationWord, .definition, .handle)
    private static let nameOnly = OrganizationEvidence.Cue.bits(.firstSentence, .headline, .closingLine, .bodyPhrase)
    /// The cues of the head and the lede that a closing paragraph's definition confirms.
    private static let namesInHead = OrganizationEvidence.Cue.bits(.kindLine, .letterhead, .runningHeader, .contactBlock, .firstSentence, .headline)
    private static let textOnly = OrganizationEvidence.Cue.bits(.bodyPhrase, .acronymDefinition)

    /// Appends `TextScan.cells(line)`: the line itself when cutting would change nothing (no tab, no space
    /// at either end, no run of three spaces, not empty), as most letterhead lines.
    private static func appendCells(of line: String, to cells: inout [String]) {
        // `Name · address · phone`, `Name | address`: a letterhead's parts on one line.
        // Only the first part can be the name (`Name · Street · Town`); a tagline of single words
        // (`Housing · Advice · Shelter`) names nothing.
        for sep in [" · ", " | ", " • "] where TextScan.find(sep, in: line[...]) != nil {
            let first = TextScan.trim(line.components(separatedBy: sep)[0])
            if TextScan.hasByte(first, 0x20) || TextScan.isAllCaps(first) && first.count >= 2 { appendCells(of: first, to: &cells) }
            return
        }
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
        let onBytes: Bool? = FastPaths.off ? nil : TextScan.withBytes(text) { b in
            for c in b where !ASCII.isPrintable(c) { return nil }
            var words = 0
            var at = 0
            while let w = TextScan.nextWord(in: b, from: at) {
                at = w.upperBound
                words += 1
                if !roleWords.containsLowered(UnsafeBufferPointer(rebasing: b[w])) { return false }
            }
            return words > 0
        }
        if let onBytes { return onBytes }
        let before = text.split(separator: " ")
        return !before.isEmpty && before.allSatisfy { Self.roleWords.contains(Fold.line($0)) }
    }

    private static let nameEdges = Set<Character>(" ,.;:–—-|")
    private static let articleFirstBytes = articles.map { ($0, $0.utf8.first) }

    /// `s.trimming(nameEdges)`; on bytes when `s` is ASCII (its characters are then its bytes, a CR LF pair
    /// aside, which no edge is part of).
    private static func trimmingNameEdges(_ s: String) -> String {
        let kept: (Int, Int)? = FastPaths.off ? nil : TextScan.withBytes(s) { b in
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
        // (Beyond ASCII, a text whose scalars are each a character is counted and cut on bytes: `SimpleText`.)
        let count = ascii ? s.utf8.count : SimpleText.characterCount(s)
        guard count >= 3, count <= 120 else { return false }
        if ascii {
            guard let f = s.utf8.first, ASCII.isUpper(f) || ASCII.isDigit(f) else { return false }
        } else {
            guard let f = s.first, f.isUppercase || f.isNumber else { return false }
        }
        guard !TextScan.hasByte(s, 0x40), !Self.mayBeAddressToken(s) || !Self.isAddressTokenWithoutAt(s),
              !Self.isWebAddressWord(s[...]) else { return false }
        let words = ascii ? TextScan.spaceRunCount(s, atMost: 13) : SimpleText.split(s, at: { $0 == 0x20 }).count
        guard words <= 12, !TextScan.endsSentence(s) || s.hasSuffix(".") && count < 60 else { return false }
        if ReleaseLexicon.kindPrefix(ofLine: s) != nil { return false }
        return true
    }

    /// A word that is a web address (`example.com`, `harbour-trust.org.nz`): a bare domain whose last label is a
    /// known top-level domain. `Node.js` (a file extension) and `Dot.Matrix` are names.
    static func isWebAddressWord(_ w: Substring) -> Bool {
        guard ReleaseLexicon.looksLikeBareDomain(w) else { return false }
        var t = w
        if t.hasSuffix(".") { t = t.dropLast() }
        let host = t.split(separator: "/").first ?? t
        guard let tld = host.split(separator: ".").last else { return false }
        return TopLevelDomains.isKnown(tld.lowercased())
    }

    /// The line trimmed when it may be a letterhead name, else nil.
    private func letterheadName(_ line: String) -> String? {
        let t = TextScan.trim(line)
        // (A name-like text has no kind prefix: `isNameLike` asks.)
        // (`|` and `·` looked for as their bytes, as `TextScan.has` looks.)
        guard isNameLike(t), TextScan.digitCount(t) == 0, !TextScan.hasByte(t, 0x7C),
              !TextScan.withBytes(t, { TextScan.contains($0, Self.middleDotBytes) }) else { return nil }
        // `Contact: Jane Doe`, `Website: …`: a labelled line names no issuer.
        if let colon = SimpleText.firstIndex(ofASCII: 0x3A, in: t), Self.wordCount(before: colon, in: t) <= 2 { return nil }
        if ReleaseLexicon.isReleaseInstruction(t) { return nil }
        return isDeskName(t) ? nil : t
    }

    private static let middleDotBytes: [UInt8] = Array("·".utf8)

    /// `t[..<end].split(separator: " ").count`, counted on bytes when that part is printable ASCII (its
    /// characters are then its bytes); any other text takes the plain definition, `wordCountPlain`.
    static func wordCount(before end: String.Index, in t: String) -> Int {
        let head = t[..<end]
        let quick: Int? = FastPaths.off ? nil : TextScan.withBytes(head) { b -> Int? in
            for c in b where !ASCII.isPrintable(c) { return nil }
            var words = 0
            var inWord = false
            for c in b {
                if c == 0x20 { inWord = false } else if !inWord { inWord = true; words += 1 }
            }
            return words
        }
        return quick ?? wordCountPlain(before: end, in: t)
    }

    /// The plain definition of `wordCount(before:in:)`.
    static func wordCountPlain(before end: String.Index, in t: String) -> Int {
        t[..<end].split(separator: " ").count
    }

    /// `Office of University Communications`, `Comunicación`, `Press Office`: a department, not the issuer.
    private func isDeskName(_ s: String) -> Bool {
        // Plain ASCII: the folded words are the runs between spaces, commas and hyphens, lowered.
        let deskWords = Self.deskWordSet, organizationWords = Self.organizationWordSet, departmentLike = Self.departmentLikeSet
        // (Two passes: most names have no desk word, and the first pass, one lookup a word, says so.)
        let onBytes: Bool? = FastPaths.off ? nil : TextScan.withBytes(s) { b in
            for c in b where c >= 0x80 { return nil }
            let n = b.count
            func anyWord(_ test: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
                var i = 0
                while i < n {
                    if Self.isDeskWordSeparator(b[i]) { i += 1; continue }
                    let start = i
                    while i < n && !Self.isDeskWordSeparator(b[i]) { i += 1 }
                    if test(UnsafeBufferPointer(rebasing: b[start..<i])) { return true }
                }
                return false
            }
            guard anyWord({ Self.deskWordPairs.mayHold($0, 0..<$0.count) && deskWords.containsLowered($0) }) else { return false }
            return !anyWord { organizationWords.containsLowered($0) && !departmentLike.containsLowered($0) }
        }
        if onBytes == true && OrganizationNames.hasExtraOrganizationWord(s) { return false }
        if let onBytes { return onBytes }
        let folded = Fold.line(s)
        // A plain ASCII fold splits the same on bytes as on characters.
        let words = ByteTest.contains(folded, where: { $0 >= 0x80 })
            ? folded.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" }).map(String.init)
            : folded.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x2C || $0 == 0x2D }).map { String(decoding: $0, as: UTF8.self) }
        // `Agency for Press Freedom` is an organisation; `Press Office`, `Media Relations Unit` are desks.
        guard words.contains(where: Self.deskWords.contains), !OrganizationNames.hasExtraOrganizationWord(s) else { return false }
        return !words.contains { ReleaseLexicon.organizationWords.contains($0) && !Self.departmentLike.contains($0) }
    }

    private static let deskWords: Set<String> = ["communication", "communications", "comunicacion", "comunicacao", "comunicacoes",
                                                 "kommunikation", "press", "presse", "prensa", "imprensa", "media", "relations",
                                                 "newsroom", "pressestelle", "medienstelle", "information", "informations", "affairs"]
    private static let departmentLike: Set<String> = ["office", "unit", "department", "service", "services", "board", "team"]
    private static let deskWordSet = WordSet(deskWords)
    private static let deskWordPairs = LetterPairs(deskWords)
    private static let departmentLikeSet = WordSet(departmentLike)

    /// What cuts a folded name into words for `isDeskName`: whitespace (which folding makes a space), `,`, `-`.
    @inline(__always) private static func isDeskWordSeparator(_ b: UInt8) -> Bool {
        TextScan.isSpaceByte(b) || b == 0x2C || b == 0x2D
    }

    private func isStateName(_ s: String) -> Bool {
        var f = Fold.line(s)
        // One pass: a name at the start or after a space. A match followed by a non-ASCII byte is left to
        // the character comparison (`hasPrefix` would not match a letter joined to a mark).
        let quick: Bool? = FastPaths.off ? nil : f.withUTF8 { b in
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
        let onBytes: Bool? = FastPaths.off ? nil : TextScan.withBytes(s) { b in
            for k in 0..<min(b.count, 9) where b[k] >= 0x80 { return nil }
            @inline(__always) func starts(with prefix: StaticString) -> Bool {
                let p = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
                guard b.count >= p.count else { return false }
                for k in 0..<p.count where ASCII.lowered(b[k]) != p[k] { return false }
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

    func hasOrganizationWord(_ s: String) -> Bool {
        // Plain ASCII without tabs or line breaks: words are cut, lowered and trimmed on bytes.
        // (The vocabulary read once, not through its global's lazy initialiser at every word.)
        let pairs = Self.organizationWordPairs, words = Self.organizationWordSet
        let onBytes: Bool? = FastPaths.off ? nil : TextScan.withBytes(s) { b in
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
                if lo < hi, pairs.mayHold(b, lo..<hi),
                   words.containsLowered(UnsafeBufferPointer(rebasing: b[lo..<hi])) { return true }
            }
            return false
        }
        if let onBytes { return onBytes }
        // Beyond ASCII: cut on bytes when each scalar is a character (`SimpleText.split`); each word beyond
        // ASCII folded as the definition folds it, the others tested on their bytes.
        return SimpleText.split(s, at: { $0 == 0x20 || $0 == 0x2C }).contains { word in
            let quick: Bool? = FastPaths.off ? nil : TextScan.withBytes(word) { b in
                for c in b where c >= 0x80 || (c < 0x20 && TextScan.isSpaceByte(c)) { return nil }
                var lo = 0, hi = b.count
                while lo < hi, Self.isEdgePunctuationByte(b[lo]) { lo += 1 }
                while lo < hi, Self.isEdgePunctuationByte(b[hi - 1]) { hi -= 1 }
                return lo < hi && Self.organizationWordSet.containsLowered(UnsafeBufferPointer(rebasing: b[lo..<hi]))
            }
            return quick ?? ReleaseLexicon.organizationWords.contains(Fold.line(word).trimming(Self.edgePunctuation))
        }
    }

    /// The plain definition of `hasOrganizationWord`.
    func hasOrganizationWordPlain(_ s: String) -> Bool {
        s.split(whereSeparator: { $0 == " " || $0 == "," }).contains {
            ReleaseLexicon.organizationWords.contains(Fold.line($0).trimming(Self.edgePunctuation))
        }
    }

    private static let organizationWordSet = WordSet(ReleaseLexicon.organizationWords)
    private static let organizationWordPairs = LetterPairs(ReleaseLexicon.organizationWords)

    /// The bytes of `edgePunctuation`.
    private static func isEdgePunctuationByte(_ b: UInt8) -> Bool {
        b == 0x2C || b == 0x3B || b == 0x3A || b == 0x28 || b == 0x29
    }

    /// `About Haneul Motion Robotics` → `Haneul Motion Robotics`; `À propos du ROASP` → `ROASP`.
    /// Words for what an `About the …` section may describe other than its issuer: a study, an event, a work
    /// (folded; German capitalises every noun, so the list is needed there too).
    private static let sectionNouns: Set<String> = [
        "survey", "study", "report", "research", "methodology", "data", "index", "poll", "award", "awards", "prize",
        "event", "festival", "conference", "summit", "competition", "challenge", "exhibition", "programme", "program",
        "project", "campaign", "book", "author", "authors", "film", "album", "series", "game", "app", "fund",
        "studie", "umfrage", "bericht", "veranstaltung", "etude", "enquete", "rapport", "evenement", "estudio",
        "encuesta", "informe", "evento", "premio", "prix", "preis", "relatorio", "pesquisa",
    ]

    /// Definite articles that may open an `About` heading's subject (folded).
    private static let foldedArticles: Set<String> = ["the", "le", "la", "les", "el", "los", "las", "der", "die", "das", "den", "o", "a", "os", "as"]

    private func aboutSubject(_ heading: String) -> String? {
        let t = TextScan.trim(ReleaseLexicon.stripMarkup(heading)).trimming(Self.headingEdges)
        // The fold of its first 16 characters is the start of its fold: ten bytes or more of it (the longest
        // about word and its mark) that open with no about word say that none opens it.
        if let opening = OrganizationNames.foldedOpeningASCII(t), opening.count >= 10,
           !ReleaseLexicon.aboutPrefixes.contains(where: { opening.starts(with: $0) }) { return nil }
        let f = Fold.line(t)
        // (Most headings open otherwise: the fold's bytes say so, `foldOpensWithAboutWord`.)
        if OrganizationNames.foldOpensWithAboutWord(f, then: [0x20, 0x27]) == false { return nil }
        for word in ReleaseLexicon.aboutWords where f.hasPrefix(word + " ") || f.hasPrefix(word + "'") {
            var rest = t.split(separator: " ").dropFirst(word.split(separator: " ").count)
            var article = false
            while let w = rest.first, ReleaseLexicon.nameJoiners.contains(Fold.line(w)) {
                if Self.foldedArticles.contains(Fold.line(w)) { article = true }
                rest = rest.dropFirst()
            }
            // `About the Survey`, `About the Awards`: an article and one word for a study, an event or a work name
            // what the section describes, not an organisation (`About the Smithsonian`, `Über die Bundesbank` do).
            if article, rest.count == 1, let only = rest.first, Self.sectionNouns.contains(Fold.line(only)) { return nil }
            var s = rest.joined(separator: " ")
            for apostrophe in ["d’", "d'", "l’", "l'"] where s.lowercased().hasPrefix(apostrophe) { s = String(s.dropFirst(2)) }
            return s.isEmpty ? nil : s
        }
        return nil
    }

    func isAcronym(_ s: String) -> Bool {
        // Printable ASCII: its characters are its bytes (upper-case letters and digits are then A–Z and 0–9).
        let quick: Bool? = FastPaths.off ? nil : TextScan.withBytes(s) { b -> Bool? in
            if b.count > 10 {
                for c in b where !ASCII.isPrintable(c) { return nil }
                return false
            }
            for c in b where !ASCII.isPrintable(c) { return nil }
            return b.count >= 2 && !b.contains { c in !(ASCII.isUpper(c) || ASCII.isDigit(c) || c == 0x2D || c == 0x26) }
        }
        if let quick { return quick }
        return isAcronymPlain(s)
    }

    /// The plain definition of `isAcronym`.
    func isAcronymPlain(_ s: String) -> Bool {
        s.count >= 2 && s.count <= 10 && !TextScan.has(s, " ") && s.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "-" || $0 == "&" }
    }

    /// Names defined with their acronym: `… Network (JWKN)`, whose initials spell the acronym.
    /// (On text whose scalars are each a character, `SimpleText.isSimple`, the brackets are found as bytes and
    /// an inner text of more than 40 bytes, more than 10 characters, is no acronym.)
    func acronymDefinitions(in text: String) -> [String] {
        guard SimpleText.isSimple(text) else { return acronymDefinitionsPlain(in: text) }
        var out: [String] = []
        var searchFrom = text.startIndex
        while let open = TextScan.find("(", in: text[searchFrom...])?.lowerBound {
            guard let close = TextScan.find(")", in: text[open...])?.lowerBound else { break }
            let innerRange = text.index(after: open)..<close
            searchFrom = text.index(after: close)
            guard text.utf8.distance(from: innerRange.lowerBound, to: innerRange.upperBound) <= 40 else { continue }
            let inner = String(text[innerRange])
            guard isAcronym(inner) else { continue }
            if let name = expansion(of: inner, before: text[..<open]) { out.append(name) }
        }
        return out
    }

    /// The plain definition of `acronymDefinitions`.
    func acronymDefinitionsPlain(in text: String) -> [String] {
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
        if let r = TextScan.find("(" + acronym + ")", in: text[...]) {
            if let name = expansion(of: acronym, before: text[..<r.lowerBound]) { return name }
            // `the Vancouver Makerspace (VMS)`: a name whose words do not each give a letter (`Maker` and `space` in
            // one word) defines the acronym in brackets after it too, when its letters spell it in order.
            if let name = looseExpansion(of: acronym, before: text[..<r.lowerBound]) { return name }
        }
        // `the HAUM (Hackerspace au Mans)`: the acronym first, its name in brackets after it.
        guard let r = TextScan.find(acronym + " (", in: text[...]), let close = text[r.upperBound...].firstIndex(of: ")") else { return nil }
        let inner = String(text[r.upperBound..<close])
        return OrganizationNames.spellsLoosely(acronym, inner) ? inner : nil
    }

    /// The run of capitalised words (and small joining words) right before `(ACRONYM)`, from its first word that
    /// opens with the acronym's first letter, when its letters spell the acronym in order (`spellsLoosely`).
    private func looseExpansion(of acronym: String, before text: Substring) -> String? {
        guard let first = acronym.first else { return nil }
        var run: [Substring] = []
        for w in text.suffix(200).split(separator: " ").suffix(8).reversed() {
            let core = w.trimming(Self.quotePunctuation)
            guard !core.isEmpty else { break }
            if ReleaseLexicon.nameJoiners.contains(Fold.line(core)) { run.insert(Substring(core), at: 0); continue }
            guard core.first?.isUppercase == true, w.last != ",", w.last != "." else { break }
            run.insert(Substring(core), at: 0)
        }
        while let f = run.first, f.first != first { run.removeFirst() }
        guard run.count >= 2 else { return nil }
        let name = run.joined(separator: " ")
        return OrganizationNames.spellsLoosely(acronym, name) ? name : nil
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
            let fw = Fold.line(core)
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
        while let f = chosen.first, ReleaseLexicon.nameJoiners.contains(Fold.line(f)) { chosen.removeFirst() }
        let initials = chosen.flatMap { w -> [Character] in
            let core = w.trimming(Self.quotePunctuation)
            if ReleaseLexicon.nameJoiners.contains(Fold.line(core)) { return [] }
            return core.split(separator: "-").compactMap { $0.first }.filter(\.isUppercase)
        }
        guard String(initials).uppercased() == String(letters).uppercased() else { return nil }
        return chosen.joined(separator: " ")
    }

    private static let wordPunctuation = Set<Character>(",.;:()“”\"'!?")
    private static let edgePunctuation = Set<Character>(",;:()")
    private static let quotePunctuation = Set<Character>(",;:“”\"'")

    /// Runs of capitalised words (with joining words inside): candidate proper names.
    /// (`capitalisedNamesPlain` is the plain definition. Here, on text whose scalars are each a character,
    /// words are byte ranges and plain ASCII words are tested on their bytes; other words as characters.)
    func capitalisedNames(in text: String) -> [String] {
        let runs: [String]? = FastPaths.off ? nil : text.utf8.withContiguousStorageIfAvailable { b -> [String]? in
            guard SimpleText.isSimple(b) else { return nil }
            let marks = Self.wordPunctuationMarks
            var out: [String] = []
            // The current run's words as byte ranges, and whether each is a joining word.
            var current: [(Range<Int>, Bool)] = []
            func flush() {
                while let l = current.last, l.1 { current.removeLast() }
                if current.count >= 2 {
                    var bytes: [UInt8] = []
                    for (k, (r, _)) in current.enumerated() {
                        if k > 0 { bytes.append(0x20) }
                        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[r]))
                    }
                    out.append(String(decoding: bytes, as: UTF8.self))
                }
                current.removeAll(keepingCapacity: true)
            }
            let u = text.utf8
            var i = 0
            let n = b.count
            while i < n {
                if b[i] == 0x20 { i += 1; continue }
                let start = i
                var high: UInt8 = 0
                while i < n && b[i] != 0x20 { high |= b[i]; i += 1 }
                let trailingPunct: Bool
                var core: Range<Int>
                let upper: Bool
                // Whether the core is a joining word; and one of at most four bytes (which a plain ASCII one is).
                var joiner: Bool?
                var shortJoiner: Bool?
                if high < 0x80 {
                    trailingPunct = marks.contains(b[i - 1])
                    var lo = start, hi = i
                    while lo < hi, marks.contains(b[lo]) { lo += 1 }
                    while lo < hi, marks.contains(b[hi - 1]) { hi -= 1 }
                    core = lo..<hi
                    upper = lo < hi && ASCII.isUpper(b[lo])
                } else {
                    // A word beyond ASCII, as characters: its trimmed core found again as a byte range.
                    let w = text[u.index(u.startIndex, offsetBy: start)..<u.index(u.startIndex, offsetBy: i)]
                    trailingPunct = w.last.map { Self.wordPunctuation.contains($0) } ?? false
                    let trimmed = w.trimming(Self.wordPunctuation)
                    if let first = w.firstIndex(where: { !Self.wordPunctuation.contains($0) }) {
                        let lo = u.distance(from: u.startIndex, to: first)
                        core = lo..<(lo + trimmed.utf8.count)
                    } else {
                        core = start..<start
                    }
                    upper = trimmed.first?.isUppercase == true
                    let j = SpaceWords.isJoiner(Substring(trimmed))
                    joiner = j
                    shortJoiner = trimmed.utf8.count <= 4 && j
                }
                // (Asked only when the answer is read: a capitalised word, or a word after a run's words.)
                if joiner == nil && core.count <= 4 && (upper || !current.isEmpty) {
                    let bytes = UnsafeBufferPointer(rebasing: b[core])
                    joiner = SpaceWords.isJoinerASCII(bytes) ?? SpaceWords.isJoiner(Substring(String(decoding: bytes, as: UTF8.self)))
                }
                let isJoiner = joiner ?? false
                if core.isEmpty { flush(); continue }
                if upper {
                    current.append((core, isJoiner))
                } else if !current.isEmpty && (shortJoiner ?? isJoiner) {
                    current.append((core, true))
                } else {
                    flush()
                    continue
                }
                if trailingPunct { flush() }
            }
            flush()
            return out
        } ?? nil
        guard let runs else { return capitalisedNamesPlain(in: text) }
        // Drop a sentence-initial article (`The Northern Lakes …`).
        return runs.map { clean($0) }.filter { SpaceWords.split($0, atMost: 2).count >= 2 }
    }

    private static let wordPunctuationMarks = SpaceWords.ASCIIMarks(wordPunctuation)

    /// The plain definition of `capitalisedNames`.
    func capitalisedNamesPlain(in text: String) -> [String] {
        var out: [String] = []
        var current: [String] = []
        func flush() {
            while let l = current.last, ReleaseLexicon.nameJoiners.contains(Fold.line(l)) { current.removeLast() }
            if current.count >= 2 { out.append(current.joined(separator: " ")) }
            current = []
        }
        for w in text.split(separator: " ") {
            let trailingPunct = w.last.map { Self.wordPunctuation.contains($0) } ?? false
            let core = w.trimming(Self.wordPunctuation)
            if core.isEmpty { flush(); continue }
            if let c = core.first, c.isUppercase {
                current.append(core)
            } else if !current.isEmpty && core.utf8.count <= 4 && ReleaseLexicon.nameJoiners.contains(Fold.line(core)) {
                current.append(core)
            } else {
                flush()
                continue
            }
            if trailingPunct { flush() }
        }
        flush()
        return out.map { clean($0) }.filter { $0.split(separator: " ").count >= 2 }
    }

    private func mixedCase(of caps: String, in text: String) -> String? {
        guard let r = text.range(of: caps, options: .caseInsensitive) else { return nil }
        let found = String(text[r])
        return TextScan.isAllCaps(found) ? nil : found
    }
}
