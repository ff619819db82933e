import PressroomCore
import Testing
@testable import PressroomUI

/// The pure update, key by key: what a user sees change after each key of the key map.
@Suite struct UpdateTests {
    static let narrow = Size(rows: 24, columns: 80)
    static let wide = Size(rows: 60, columns: 200)

    /// Many releases, for paging: dated one day apart, so newest-first order is known.
    static func many(_ n: Int) -> [Release] {
        (0..<n).map { i in
            let day = 1 + i % 28, month = 1 + i / 28 % 12, year = 2000 + i / 336
            let date = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
            return Release(id: "id\(i)", source: "r\(i).txt", format: .text, title: "Release \(i)", date: date,
                           organization: "Org \(i % 7)", paragraphs: ["Body of release \(i)."])
        }
    }

    func state(_ releases: [Release] = Fixtures.archive, size: Size = narrow) -> AppState {
        AppState(releases: releases, size: size)
    }

    func effects(_ state: AppState, _ key: Key) -> [Effect] {
        guard let action = KeyMap.action(for: key, in: KeyMap.context(of: state)) else { return [] }
        return update(state, action).effects
    }

    // MARK: Moving in the list

    @Test func jkAndArrowsMoveOneRelease() {
        let s = state(Self.many(50))
        #expect(s.after(keys: [.character("j")]).selected == 1)
        #expect(s.after(keys: [.down, .down]).selected == 2)
        #expect(s.after(keys: [.down, .down, .character("k")]).selected == 1)
        #expect(s.after(keys: [.up]).selected == 0)                  // stays at the top
    }

    @Test func pagesAndHalfPagesMoveByTheListHeight() {
        let s = state(Self.many(100))                               // 21 list rows at 80x24, under the header
        #expect(s.after(keys: [.control("d")]).selected == 10)
        #expect(s.after(keys: [.control("d"), .control("u")]).selected == 0)
        for key in [Key.pageDown, .character(" "), .control("f")] { #expect(s.after(keys: [key]).selected == 21) }
        for key in [Key.pageUp, .character("b"), .control("b")] {
            #expect(s.after(keys: [.pageDown, .pageDown, key]).selected == 21)
        }
    }

    @Test func gAndGGoToTheEnds() {
        let s = state(Self.many(100))
        for key in [Key.character("G"), .end] {
            let end = s.after(keys: [key])
            #expect(end.selected == 99)
            #expect(end.listTop == 100 - 21)                        // the selection stays on screen
        }
        for key in [Key.character("g"), .home] { #expect(s.after(keys: [.end, key]).selected == 0) }
    }

    @Test func theSelectionStaysOnScreenWhileScrolling() {
        let s = state(Self.many(100)).after(keys: Array(repeating: .down, count: 30))
        #expect(s.selected == 30)
        #expect(s.listTop <= 30 && 30 < s.listTop + s.layout.listRows)
        #expect(render(s.at(Self.narrow)).text.contains("Release 69"))   // newest first: 99 - 30
    }

    // MARK: Panes

    @Test func enterLAndRightOpenTheDetailAndEscHLeftGoBack() {
        for open in [Key.enter, .character("l"), .right] {
            let opened = state().after(keys: [open])
            #expect(opened.focus == .detail)
            #expect(opened.layout.detail != nil && opened.layout.list == nil)   // narrow: full screen
            for back in [Key.escape, .character("h"), .left, .character("q")] {
                #expect(opened.after(keys: [back]).focus == .list)
            }
        }
    }

    @Test func wideTerminalsShowBothPanes() {
        let s = state(size: Self.wide)
        #expect(s.layout.isSplit)
        #expect(s.layout.list!.columns == 80)
        #expect(render(s.at(Self.wide)).text.contains("Climate summit opens with"))   // headline in the detail
    }

    @Test func tabSwitchesPanesAndTheScreenShowsWhichHasTheKeys() {
        let s = state(size: Self.wide)
        let detail = s.after(keys: [.tab])
        #expect(detail.focus == .detail)
        #expect(s.after(keys: [.tab, .tab]).focus == .list)
        let listGrid = render(s.at(Self.wide)), detailGrid = render(detail.at(Self.wide))
        #expect(listGrid[0, 5].style == s.theme.columnHeader)                // the header row
        #expect(listGrid[1, 5].style == s.theme.selected)
        #expect(detailGrid[1, 5].style == s.theme.selectedInactive)
        #expect(listGrid[0, 80].style == s.theme.border)
        #expect(detailGrid[0, 80].style == s.theme.activeBorder)
    }

    @Test func qQuitsFromTheListAndQCtrlCQuitAtOnce() {
        #expect(effects(state(), .character("q")) == [.quit])
        let detail = state().after(keys: [.enter])
        #expect(effects(detail, .character("q")).isEmpty)
        for key in [Key.character("Q"), .control("c")] {
            #expect(effects(state(), key) == [.quit])
            #expect(effects(detail, key) == [.quit])
            #expect(effects(state().after(keys: [.character("/")]), key) == [.quit])
        }
    }

    @Test func ctrlLRedrawsAndRReloads() {
        #expect(effects(state(), .control("l")) == [.redraw])
        #expect(effects(state(), .character("r")) == [.reload])
    }

    @Test func reloadingKeepsTheSelectedRelease() {
        let s = state().selecting(Fixtures.seed.id)
        let fresh = Catalog(releases: [Fixtures.hostile, Fixtures.seed, Fixtures.cjk])
        let after = update(s, .loaded(fresh)).state
        #expect(after.selectedRelease?.id == Fixtures.seed.id)
        #expect(after.visible.count == 3)
        #expect(after.message?.text == "Reloaded 3 releases")
    }

    @Test func sCyclesTheSortOrders() {
        let s = state()
        #expect(s.sort == .newestFirst)
        #expect(s.selectedRelease?.id == Fixtures.emoji.id)           // 2025-03-01
        let oldest = s.after(keys: [.character("s")])
        #expect(oldest.sort == .oldestFirst)
        #expect(oldest.releases[oldest.visible[0]].id == Fixtures.seed.id)   // 2021-06-28
        #expect(oldest.releases[oldest.visible.last!].id == Fixtures.hostile.id)   // undated last
        let byOrg = oldest.after(keys: [.character("s")])
        #expect(byOrg.sort == .organization)
        #expect(byOrg.visible.map { byOrg.releases[$0].organization ?? "" }.first == "Esc\u{1B}]52;c;aGk=\u{07}Corp")
        let byHeadline = byOrg.after(keys: [.character("s")])
        #expect(byHeadline.sort == .headline)
        #expect(byHeadline.releases[byHeadline.visible[0]].title.hasPrefix("🌍") == false)
        #expect(byHeadline.after(keys: [.character("s")]).sort == .newestFirst)
        // The selected release stays selected across sorts.
        #expect(s.selecting(Fixtures.cjk.id).after(keys: [.character("s")]).selectedRelease?.id == Fixtures.cjk.id)
    }

    struct ReversedRanking: ReleaseSearching {
        let index: SearchIndex
        func search(_ query: String, typing: Bool) -> SearchResult { index.search(query, typing: typing) }
        func ranked(_ result: SearchResult) -> [Int] { result.matches.reversed() }
    }

    @Test func relevanceIsOfferedWhileSearchingAndUsesTheIndexRanking() {
        let catalog = Catalog(releases: Fixtures.archive, search: ReversedRanking(index: SearchIndex(Fixtures.archive)))
        let s = AppState(catalog: catalog, size: Self.narrow).searching("countries").after(keys: [.enter])
        #expect(s.visible.count == 2)
        let relevance = s.after(keys: Array(repeating: .character("s"), count: 4))
        #expect(relevance.sort == .relevance)
        #expect(relevance.visible == catalog.index.ranked(relevance.lastResult!))
        #expect(render(relevance.at(Self.narrow)).line(23).contains("by relevance"))
        #expect(relevance.after(keys: [.character("s")]).sort == .newestFirst)
        // Clearing the query leaves relevance for the default order.
        #expect(relevance.after(keys: [.escape]).sort == .newestFirst)
    }

    @Test func questionMarkAndF1ToggleTheHelp() {
        for key in [Key.character("?"), .function(1)] {
            let open = state().after(keys: [key])
            #expect(open.overlay == .help(top: 0))
            #expect(open.after(keys: [key]).overlay == nil)
            #expect(open.after(keys: [.escape]).overlay == nil)
            #expect(open.after(keys: [.character("q")]).overlay == nil)
            #expect(open.after(keys: [.character("j")]).overlay == .help(top: 1))
        }
    }

    // MARK: Detail

    @Test func theDetailScrollsWithTheSameKeys() {
        let s = state().selecting(Fixtures.seed.id).after(keys: [.enter])
        let lines = s.detailLayout!.lines.count
        #expect(s.after(keys: [.character("j")]).detailTop == 1)
        #expect(s.after(keys: [.character("j"), .character("k")]).detailTop == 0)
        #expect(s.after(keys: [.control("d")]).detailTop == 11)
        #expect(s.after(keys: [.character(" ")]).detailTop == 22)
        #expect(s.after(keys: [.character("G")]).detailTop == lines - 22)
        #expect(s.after(keys: [.character("G"), .character("g")]).detailTop == 0)
        #expect(s.after(keys: [.character("G"), .character("j")]).detailTop == lines - 22)   // never past the end
        #expect(s.selectedRelease?.id == Fixtures.seed.id)
    }

    @Test func resizeKeepsTheSelectionAndScroll() {
        let s = state().selecting(Fixtures.seed.id).after(keys: [.enter, .character("j"), .character("j")])
        let small = update(s, .resize(Size(rows: 12, columns: 40))).state
        #expect(small.selectedRelease?.id == Fixtures.seed.id)
        #expect(small.detailTop == 2)
        let back = update(small, .resize(Self.narrow)).state
        #expect(back.detailTop == 2)
        #expect(back.focus == .detail)
    }

    // MARK: Search

    @Test func slashFiltersOnEveryKeystroke() {
        let s = state().after(keys: [.character("/")])
        #expect(s.focus == .search)
        let d = s.after(keys: [.character("d")])
        let diamond = s.after(keys: "diamond".map { .character($0) })
        #expect(d.visible.count >= diamond.visible.count)
        #expect(diamond.visible.count == 1)
        #expect(diamond.selectedRelease?.id == Fixtures.seed.id)
        #expect(diamond.highlightTerms == ["diamond"])
    }

    @Test func theDetailHighlightsTheWordsTheSearchMatched() throws {
        // A finished word matches whole words only, as the index does: not `diamonds` for `diamond `.
        let done = state().searching("diamond ")
        let layout = try #require(done.detailLayout)
        // Each highlight with the character after it: a whole word ends before a non-letter.
        let highlighted = layout.matches.map { match in
            let chars = Array(layout.lines[match.line].text)
            let next = match.range.upperBound < chars.count ? String(chars[match.range.upperBound]) : ""
            return String(chars[match.range]).lowercased() + "|" + next
        }
        #expect(!highlighted.isEmpty)
        #expect(highlighted.allSatisfy { $0.hasPrefix("diamond|") && !$0.hasSuffix("|s") }, "\(highlighted)")
        // The word being typed is a prefix: `diam` lights up the start of `diamonds` too.
        let typing = try #require(state().searching("diam").detailLayout)
        #expect(typing.matches.count >= layout.matches.count)
    }

    @Test func searchIsCaseAndAccentInsensitive() {
        #expect(state().searching("ZURICH").selectedRelease?.id == Fixtures.accents.id)
        #expect(state().searching("societe").selectedRelease?.id == Fixtures.accents.id)
    }

    @Test func enterKeepsTheFilterAndEscClearsIt() {
        let kept = state().searching("diamond").after(keys: [.enter])
        #expect(kept.focus == .list)
        #expect(kept.visible.count == 1)
        #expect(kept.query == "diamond")
        let cleared = state().searching("diamond").after(keys: [.escape])
        #expect(cleared.focus == .list)
        #expect(cleared.query.isEmpty)
        #expect(cleared.visible.count == Fixtures.archive.count)
        #expect(kept.after(keys: [.escape]).visible.count == Fixtures.archive.count)   // Esc in the list
    }

    @Test func theSearchLineEdits() {
        let s = state().searching("abc def")
        #expect(s.queryCursor == 7)
        #expect(s.after(keys: [.backspace]).query == "abc de")
        #expect(s.after(keys: [.left, .left, .delete]).query == "abc df")
        #expect(s.after(keys: [.control("a"), .character("x")]).query == "xabc def")
        #expect(s.after(keys: [.home, .right, .character("x")]).query == "axbc def")
        #expect(s.after(keys: [.home, .end, .character("x")]).query == "abc defx")
        #expect(s.after(keys: [.control("a"), .control("e"), .character("x")]).query == "abc defx")
        #expect(s.after(keys: [.left, .left, .left, .control("u")]).query == "def")
        #expect(s.after(keys: [.control("w")]).query == "abc ")
        #expect(s.after(keys: [.control("w"), .control("w")]).query == "")
        #expect(s.after(keys: [.left, .control("d")]).query == "abc de")
        #expect(state().searching("é日").query == "é日")
    }

    @Test func ctrlNAndCtrlPMoveTheListWhileSearching() {
        let s = state().after(keys: [.character("/")])
        #expect(s.after(keys: [.control("n")]).selected == 1)
        #expect(s.after(keys: [.control("n"), .control("n"), .control("p")]).selected == 1)
        #expect(s.after(keys: [.control("n")]).focus == .search)
    }

    struct BrokenSearch: ReleaseSearching {
        func search(_ query: String, typing: Bool) -> SearchResult {
            query.contains("(") ? SearchResult(matches: [], error: QueryError(message: "unclosed (", position: 3))
                : SearchResult(matches: [1], highlightTerms: [query])
        }
    }

    @Test func aMalformedQueryKeepsTheLastGoodResultAndSaysWhy() {
        let s = AppState(catalog: Catalog(releases: Fixtures.archive, search: BrokenSearch()), size: Self.narrow)
        let good = s.searching("ok")
        #expect(good.visible == [1])
        let bad = good.after(keys: [.character("(")])
        #expect(bad.visible == [1])
        #expect(bad.queryError?.message == "unclosed (")
        let grid = render(bad.at(Self.narrow))
        #expect(grid.line(23).contains("Query: unclosed ( (at column 4)"))
        #expect(grid.line(22) == "/ok(")
        #expect(grid[22, 4].style == bad.theme.statusError)             // the error's position, marked
    }

    @Test func nAndNJumpBetweenMatchesInTheDetail() {
        let s = state().searching("diamond*").after(keys: [.enter, .enter])
        let matches = s.detailLayout!.matches
        #expect(matches.count >= 5)
        let first = s.after(keys: [.character("n")])
        #expect(first.currentMatch == 0)
        let third = first.after(keys: [.character("n"), .character("n")])
        #expect(third.currentMatch == 2)
        let line = matches[2].line
        #expect(third.detailTop <= line && line < third.detailTop + third.layout.detailRows)   // in view
        #expect(third.after(keys: [.character("N")]).currentMatch == 1)
        #expect(first.after(keys: [.character("N")]).currentMatch == matches.count - 1)   // wraps
        let last = s.after(keys: Array(repeating: .character("n"), count: matches.count))
        let lastLine = matches[matches.count - 1].line
        #expect(last.detailTop <= lastLine && lastLine < last.detailTop + last.layout.detailRows)
    }

    @Test func matchesAreHighlightedInListAndDetail() {
        let s = state(size: Self.wide).searching("diamond*").after(keys: [.enter])
        let grid = render(s.at(Self.wide))
        let theme = s.theme
        // In the detail: "diamonds" in paragraph 3 starts with the highlighted term.
        var highlighted = 0
        for row in 0..<grid.rows {
            for col in 81..<grid.columns where grid[row, col].style == theme.highlight { highlighted += 1 }
        }
        #expect(highlighted >= "diamond".count * 5)
    }

    // MARK: Contacts, copying, links

    /// `J`/`]` and `K`/`[` read the next and previous release from the detail without going back to the list;
    /// the search's highlights stay; at an end the status bar says so.
    @Test func capitalJAndKMoveBetweenReleasesFromTheDetail() {
        let s = state().after(keys: [.enter])
        #expect(s.focus == .detail)
        let first = s.selected
        let next = s.after(keys: [.character("J")])
        #expect(next.focus == .detail && next.selected == first + 1 && next.detailTop == 0)
        #expect(next.message?.text.hasPrefix("\(first + 2)/") == true)
        #expect(next.after(keys: [.character("K")]).selected == first)
        #expect(next.after(keys: [.character("["), .character("]")]).selected == first + 1)
        #expect(s.after(keys: [.character("K")]).message?.text == "This is the first release of the list")
        let last = s.after(keys: [.escape, .character("G"), .enter, .character("J")])
        #expect(last.message?.text == "This is the last release of the list")
        // While searching, the highlights follow to the next release.
        let searching = state(size: Self.wide).searching("diamond").after(keys: [.enter, .enter, .character("J"), .character("K")])
        #expect(searching.detailLayout.map { !$0.matches.isEmpty } == true)
    }

    @Test func cJumpsToTheContactsAndAgainToTheNext() {
        let s = state().selecting(Fixtures.water.id).after(keys: [.character("c")])
        #expect(s.focus == .detail)
        #expect(s.selectedContact == 0)
        #expect(s.detailTop == s.detailLayout!.contactsLine || s.detailTop == s.detailLayout!.lines.count - 22)
        #expect(render(s.at(Self.narrow)).text.contains("achieng@jirani.example"))
        #expect(s.after(keys: [.character("c")]).selectedContact == 1)
        #expect(s.after(keys: [.character("c"), .character("c")]).selectedContact == 0)
        let none = state().selecting(Fixtures.cjk.id).after(keys: [.character("c")])
        #expect(none.message == StatusMessage("No contacts in this release", isError: true))
    }

    /// Outside the contacts, `y` never copies by surprise: it offers what there is to copy.
    @Test func yOutsideTheContactsOffersAChooser() {
        let s = state().selecting(Fixtures.cjk.id)
        let result = update(s, .copy)
        #expect(result.effects.isEmpty)
        guard case .chooser(let menu)? = result.state.overlay else {
            Issue.record("no chooser")
            return
        }
        #expect(menu.items.map(\.label) == ["Headline", "Source path", "Record as text"])
        #expect(menu.items[1].value == Fixtures.cjk.source)
        #expect(menu.items[2].value.contains(Fixtures.cjk.paragraphs[0]))
        let taken = update(result.state, .open)
        #expect(taken.effects == [.copy(text: Fixtures.cjk.title, what: "headline")])
        #expect(taken.state.message?.text == "Copied headline: \(Fixtures.cjk.title)")
        let record = result.state.after(keys: [.character("3")])
        #expect(record.message?.text.hasPrefix("Copied record as text (") == true)
        // Over a contact card the chooser offers its fields too; the record shows one line, and no contact
        // marker of the pane beneath shows through in the first column.
        let overCard = state().selecting(Fixtures.seed.id).after(keys: [.character("c"), .escape, .character("y")])
        guard case .chooser(let cardMenu)? = overCard.overlay else {
            Issue.record("no chooser over the card")
            return
        }
        #expect(cardMenu.items.prefix(3).map(\.label) == ["Name", "Phone", "E-mail"])
        let grid = render(overCard.at(Self.narrow))
        #expect(!grid.text.contains("␊"))
        #expect((0..<grid.rows).allSatisfy { grid[$0, 0].grapheme != "▌" })
    }

    /// `c` puts a cursor on the first field of the first card; `j`/`k` move it from field to field and on to
    /// the next card; `y` copies the field under it (a phone as printed), `Y` the card, `V` a vCard; Esc
    /// leaves the cursor, then the release.
    @Test func theContactCursorMovesOverTheFieldsAndCopiesThem() {
        let s = state().selecting(Fixtures.seed.id).after(keys: [.character("c")])
        #expect(s.selectedContact == 0 && s.selectedField == 0)
        #expect(update(s, .copy).effects == [.copy(text: "Shamiso Mtisi", what: "name")])
        let fields = ContactCard(Fixtures.seed.contacts[0]).fields
        #expect(fields.map(\.kind) == [.name, .role, .organization, .phone, .email])
        let onPhone = s.after(keys: [.character("j"), .character("j"), .character("j")])
        #expect(onPhone.selectedField == 3)
        let copied = update(onPhone, .copy)
        #expect(copied.effects == [.copy(text: "+263 78 808 7050", what: "phone")])
        #expect(copied.state.message?.text == "Copied phone: +263 78 808 7050")
        // The last field stays put at the last card's end; k goes back.
        let end = onPhone.after(keys: [.character("j"), .character("j"), .character("j")])
        #expect(end.selectedField == 4)
        #expect(end.after(keys: [.character("k")]).selectedField == 3)
        // Y: the card as text; V: a vCard.
        let card = update(onPhone, .copyCard)
        #expect(card.effects == [.copy(text: "Shamiso Mtisi\nKP Civil Society Coalition Coordinator\nZELA\nPhone: +263 78 808 7050\nE-mail: shamiso@zela.org\n", what: "card")])
        #expect(card.state.message?.text == "Copied the card of Shamiso Mtisi (5 lines)")
        guard case .copy(let vcard, "vcard")? = update(onPhone, .copyVCard).effects.first else {
            Issue.record("no vCard copied")
            return
        }
        #expect(vcard.contains("BEGIN:VCARD") && vcard.contains("FN:Shamiso Mtisi") && vcard.contains("shamiso@zela.org"))
        // Esc leaves the cursor, then the release.
        let left = onPhone.after(keys: [.escape])
        #expect(left.selectedField == nil && left.focus == .detail)
        #expect(left.after(keys: [.escape]).focus == .list)
        // Across cards: the first card's last field, then the second card's first.
        let water = state().selecting(Fixtures.water.id).after(keys: [.character("c"), .character("j"), .character("j"),
                                                                          .character("j"), .character("j")])
        #expect(water.selectedContact == 1 && water.selectedField == 0)
        #expect(update(water, .copy).effects == [.copy(text: "Press Office", what: "name")])
    }

    /// An address is never broken across lines: too wide for the pane, it is cut with `…`, and copied whole.
    @Test func aLongAddressIsCutNotBrokenAndCopiedWhole() {
        let long = "communications.officer.for.the.northern.region@harbour-ports-authority.example"
        let r = Release(id: "10ng00000001", source: "long.txt", format: .text, title: "Long address", date: "2024-05-01",
                        paragraphs: ["Text."], contacts: [Contact(name: "Ines Varga", emails: [long])])
        let layout = DetailLayout(release: r, width: 38)
        let line = layout.lines.first { $0.contact == 0 && $0.field == 1 }!
        #expect(line.text.hasSuffix("…"))
        #expect(DisplayWidth.of(line.plain) <= 38)
        #expect(layout.lines.filter { $0.contact == 0 && $0.field == 1 }.count == 1)
        let s = AppState(releases: [r], size: Size(rows: 12, columns: 40)).after(keys: [.enter, .character("c"), .character("j")])
        #expect(update(s, .copy).effects == [.copy(text: long, what: "e-mail")])
    }

    @Test func oThenANumberOpensThatLink() {
        let s = state().selecting(Fixtures.water.id).after(keys: [.character("o")])
        #expect(s.overlay == .openLink(digits: ""))
        #expect(render(s.at(Self.narrow)).line(22).hasPrefix("Open link [1–3]:"))
        let opened = update(s, .digit(2))
        #expect(opened.effects == [.openURL("mailto:press@jirani.example")])
        #expect(opened.state.overlay == nil)
        #expect(s.after(keys: [.character("9")]).message?.isError == true)
        #expect(s.after(keys: [.escape]).overlay == nil)
        let none = state().selecting(Fixtures.cjk.id).after(keys: [.character("o")])
        #expect(none.overlay == nil)
        #expect(none.message?.text == "This release has no links")
    }

    @Test func multiDigitLinkNumbersWaitForEnter() {
        var release = Fixtures.seed
        release.links = (1...12).map { "https://example.org/\($0)" }
        let s = state([release]).after(keys: [.character("o"), .character("1")])
        #expect(s.overlay == .openLink(digits: "1"))
        #expect(update(s, .open).effects == [.openURL("https://example.org/1")])
        #expect(update(s, .digit(2)).effects == [.openURL("https://example.org/12")])
    }

    // MARK: Mouse

    @Test func clicksSelectDoubleClicksOpenAndTheWheelScrolls() {
        let s = state(Self.many(100))
        // (Row 0 is the header: row 3 is the fourth release, the one at 2.)
        let clicked = update(s, .mouse(MouseEvent(.click, row: 4, column: 10))).state
        #expect(clicked.selected == 3)
        #expect(clicked.focus == .list)
        #expect(update(s, .mouse(MouseEvent(.click, row: 0, column: 10))).state.selected == 0)   // the header
        let opened = update(s, .mouse(MouseEvent(.doubleClick, row: 5, column: 10))).state
        #expect(opened.selected == 4)
        #expect(opened.focus == .detail)
        let wheeled = update(s, .mouse(MouseEvent(.wheelDown, row: 3, column: 10))).state
        #expect(wheeled.listTop == 3)
        #expect(wheeled.selected == 3)                  // pulled along to stay on screen
        let wide = state(Self.many(100) + [Fixtures.seed], size: Size(rows: 30, columns: 120)).selecting(Fixtures.seed.id)
        let scrolled = update(wide, .mouse(MouseEvent(.wheelDown, row: 5, column: 100))).state
        #expect(scrolled.detailTop == 3)
        #expect(scrolled.selectedRelease?.id == Fixtures.seed.id)
        let clickedDetail = update(wide, .mouse(MouseEvent(.click, row: 5, column: 100))).state
        #expect(clickedDetail.focus == .detail)
    }

    @Test func anArchiveThatCouldNotBeReadSaysWhy() {
        let catalog = Catalog(releases: [], problems: [LoadProblem(path: "a.pdf", reason: "not a PDF")])
        let text = render(AppState(catalog: catalog, size: Self.narrow)).text
        #expect(text.contains("No releases could be read."))
        #expect(text.contains("a.pdf: not a PDF"))
        #expect(text.contains("1 problem file"))
    }

    @Test func pListsTheProblemFiles() {
        let problems = (1...30).map { LoadProblem(path: "bad\($0).pdf", reason: "not a PDF") }
        let s = AppState(catalog: Catalog(releases: Fixtures.archive, problems: problems), size: Self.narrow)
        let open = s.after(keys: [.character("p")])
        #expect(open.overlay == .problems(top: 0))
        let text = render(open.at(Self.narrow)).text
        #expect(text.contains("30 files not read"))
        #expect(text.contains("bad1.pdf: not a PDF"))
        #expect(open.after(keys: [.character("G")]).overlay == .problems(top: 30 - 20))
        #expect(render(open.after(keys: [.character("G")]).at(Self.narrow)).text.contains("bad30.pdf"))
        #expect(open.after(keys: [.escape]).overlay == nil)
        #expect(open.after(keys: [.character("q")]).overlay == nil)
        #expect(state().after(keys: [.character("p")]).message?.text == "Every file was read")
    }

    // MARK: Sizes

    @Test func tooSmallTerminalsSaySoAndKeepTheState() {
        let s = state().selecting(Fixtures.seed.id)
        let tiny = update(s, .resize(Size(rows: 4, columns: 10))).state
        #expect(render(tiny).line(0) == "Terminal…")
        #expect(update(tiny, .resize(Self.narrow)).state.selectedRelease?.id == Fixtures.seed.id)
        #expect(render(s.at(Size(rows: 0, columns: 0))).text == "")
        _ = render(s.at(Size(rows: 1, columns: 1)))
    }
}
