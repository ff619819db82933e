import PressroomCore

/// Contacts, copying and links: `c`, `y` and its chooser, `o` and a link number.
extension AppState {
    mutating func jumpToContacts() {
        guard let release = selectedRelease, let detail = detailLayout, !detail.contactStarts.isEmpty else {
            message = StatusMessage("No contacts in this release", isError: true)
            return
        }
        let count = DetailLayout.contacts(of: release).count
        let chosen = selectedContact.map { focus == .detail ? ($0 + 1) % count : 0 } ?? 0
        selectedContact = chosen
        selectedField = 0
        focus = .detail
        // The first card shows under its heading; the others at the top.
        detailTop = chosen == 0 ? (detail.contactsLine ?? detail.contactStarts[0]) : detail.contactStarts[chosen]
        clampScroll()
        keepFieldInView(detail)
        message = StatusMessage("Card \(chosen + 1) of \(count): j k move, y Y V copy")
    }

    /// Moves the field cursor by `step` fields, going on to the next or previous card at a card's end.
    mutating func moveField(_ step: Int, in detail: DetailLayout) {
        guard let release = selectedRelease, let contact = selectedContact, let field = selectedField else { return }
        let cards = DetailLayout.contacts(of: release).map(ContactCard.init)
        guard cards.indices.contains(contact) else { return }
        var c = contact, f = field + step
        if f >= cards[c].fields.count {
            guard c + 1 < cards.count else { return }
            c += 1
            f = 0
        } else if f < 0 {
            guard c > 0 else { return }
            c -= 1
            f = max(0, cards[c].fields.count - 1)
        }
        selectedContact = c
        selectedField = f
        keepFieldInView(detail)
    }

    /// Scrolls the detail so that the lines of the field under the cursor show.
    mutating func keepFieldInView(_ detail: DetailLayout) {
        guard let contact = selectedContact, let field = selectedField else { return }
        let rows = detail.lines.indices.filter { detail.lines[$0].contact == contact && detail.lines[$0].field == field }
        guard let first = rows.first, let last = rows.last else { return }
        let height = max(1, layout.detailRows)
        if first < detailTop { detailTop = first }
        if last >= detailTop + height { detailTop = last - height + 1 }
        clampScroll()
    }

    /// The card and field under the cursor, when `c` put it there.
    var fieldUnderCursor: (card: ContactCard, field: ContactCard.Field, contact: Contact)? {
        guard focus == .detail, let release = selectedRelease, let c = selectedContact, let f = selectedField else { return nil }
        let contacts = DetailLayout.contacts(of: release)
        guard contacts.indices.contains(c) else { return nil }
        let card = ContactCard(contacts[c])
        guard card.fields.indices.contains(f) else { return nil }
        return (card, card.fields[f], contacts[c])
    }

    /// The contact whose card is under the cursor: the one `c` chose if it is in view, else the first in view.
    var contactUnderCursor: Int? {
        guard focus == .detail, let detail = detailLayout else { return nil }
        let rows = detailTop..<(detailTop + layout.detailRows)
        func inView(_ n: Int) -> Bool {
            detail.lines.indices.filter { detail.lines[$0].contact == n }.contains { rows.contains($0) }
        }
        if let chosen = selectedContact, inView(chosen) { return chosen }
        return detail.contactStarts.indices.first(where: inView)
    }

    /// `y`: the field under the contact cursor; elsewhere a chooser of what there is to copy (the fields of a
    /// card in view, the headline, the links, the source path, the whole record as text), never a surprise.
    mutating func copy(_ effects: inout [Effect]) {
        guard let release = selectedRelease else { return }
        if let under = fieldUnderCursor {
            copyItem(Chooser.Item(label: ContactCard.capitalised(under.field.label), value: under.field.value), &effects)
            return
        }
        var items: [Chooser.Item] = []
        if let n = contactUnderCursor {
            let card = ContactCard(DetailLayout.contacts(of: release)[n])
            items += card.fields.filter { $0.kind != .role && $0.kind != .organization }
                .map { Chooser.Item(label: ContactCard.capitalised($0.label), value: $0.value) }
        }
        items.append(Chooser.Item(label: "Headline", value: release.title))
        for (k, link) in release.links.prefix(3).enumerated() { items.append(Chooser.Item(label: "Link [\(k + 1)]", value: link)) }
        items.append(Chooser.Item(label: "Source path", value: release.source))
        items.append(Chooser.Item(label: "Record as text", value: PlainDetail.text(release, width: 80)))
        overlay = .chooser(Chooser(items: Array(items.suffix(9))))
    }

    /// `Y`: the card under the cursor as text; `V`: as a vCard.
    mutating func copyCard(asVCard: Bool, _ effects: inout [Effect]) {
        guard let release = selectedRelease else { return }
        let n = fieldUnderCursor != nil ? selectedContact : contactUnderCursor
        guard let n, DetailLayout.contacts(of: release).indices.contains(n) else {
            message = StatusMessage("\(asVCard ? "V" : "Y") copies a contact card: press c to move to one", isError: true)
            return
        }
        let contact = DetailLayout.contacts(of: release)[n]
        let who = contact.name ?? contact.emails.first ?? "contact \(n + 1)"
        if asVCard {
            let row = ContactRow(contact: contact, date: release.date, releaseOrganization: release.organization,
                                 title: release.title, source: release.source)
            effects.append(.copy(text: ContactVCard.card(row), what: "vcard"))
            message = StatusMessage("Copied the vCard of \(who)")
        } else {
            let card = ContactCard(contact)
            effects.append(.copy(text: card.text, what: "card"))
            message = StatusMessage("Copied the card of \(who) (\(card.fields.count) lines)")
        }
    }

    mutating func copyItem(_ item: Chooser.Item, _ effects: inout [Effect]) {
        effects.append(.copy(text: item.value, what: item.label.lowercased()))
        // The status bar says exactly what was copied: the value itself when it fits on one line.
        let oneLine = !item.value.contains("\n")
        message = StatusMessage(oneLine ? "Copied \(item.label.lowercased()): \(item.value)"
                                        : "Copied \(item.label.lowercased()) (\(item.value.split(separator: "\n").count) lines)")
    }

    mutating func digit(_ digit: Int, _ effects: inout [Effect]) {
        switch overlay {
        case .chooser(var chooser)?:
            guard digit >= 1, digit <= chooser.items.count else { return }
            chooser.selected = digit - 1
            overlay = nil
            copyItem(chooser.items[chooser.selected], &effects)
        case .openLink(let digits)?:
            let typed = digits + String(digit)
            let count = selectedRelease?.links.count ?? 0
            guard let number = Int(typed), number <= count, !(typed == "0") else {
                overlay = nil
                message = StatusMessage("No link [\(typed)]: this release has \(count)", isError: true)
                return
            }
            // Open as soon as no further digit could make another valid number.
            if number * 10 > count {
                overlay = nil
                openLink(number, &effects)
            } else {
                overlay = .openLink(digits: typed)
            }
        default: break
        }
    }

    mutating func openLink(_ number: Int?, _ effects: inout [Effect]) {
        guard let release = selectedRelease, let number, number >= 1, number <= release.links.count else {
            message = StatusMessage("No such link", isError: true)
            return
        }
        let url = release.links[number - 1]
        // A browser that draws in the terminal gets the terminal, as the pager does.
        if programs.browserIsText, let browser = programs.browser {
            let lower = url.lowercased()
            guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else {
                message = StatusMessage("Not opened (\(HandOver(kind: .browser, command: browser, releaseID: release.id).programName) opens http and https links): \(url)", isError: true)
                return
            }
            effects.append(.handOver(HandOver(kind: .browser, command: browser, argument: url, releaseID: release.id)))
            message = StatusMessage("Opening [\(number)] \(url)")
            return
        }
        effects.append(.openURL(url))
        message = StatusMessage("Opening [\(number)] \(url)")
    }
}

/// `C`: the contacts directory of the releases the list shows.
extension AppState {
    mutating func openDirectory() {
        let indices = visible
        let directory = ContactDirectory(catalog.releases, only: indices)
        guard !directory.entries.isEmpty else {
            message = StatusMessage(indices.count == catalog.releases.count ? "No contacts in these releases"
                                                                             : "No contacts in the listed releases", isError: true)
            return
        }
        overlay = .directory(DirectoryPage(entries: directory.entries, releaseCount: indices.count,
                                           query: indices.count == catalog.releases.count ? "" : query,
                                           source: DirectorySource(directory)))
    }

    /// Edits the directory's typed filter and shows the entries it matches (the last word a prefix, as
    /// while typing a search); a malformed filter keeps the entries shown and says why.
    mutating func filterDirectory(_ edit: (inout String) -> Void) {
        guard case .directory(var page)? = overlay, let source = page.source else { return }
        edit(&page.filter)
        switch source.directory.matching(page.filter, typing: true, index: page.filter.isEmpty ? nil : source.index) {
        case .success(let found):
            page.entries = found.map { source.directory.entries[$0] }
            page.selected = 0
            page.top = 0
            page.open = nil
            message = nil
        case .failure(let error):
            message = StatusMessage("Filter: \(error.message)", isError: true)
        }
        overlay = .directory(page)
    }

    /// j/k and the page keys in the directory: over the entries, or over an open entry's releases.
    mutating func moveInDirectory(_ page: inout DirectoryPage, _ motion: Motion) {
        let rows = OverlayLayout.directory(in: size).visible
        if let open = page.open {
            page.release = Self.moved(page.release, motion, page: rows, count: page.entries[open].releases.count)
        } else {
            page.selected = Self.moved(page.selected, motion, page: rows, count: page.entries.count)
            if page.selected < page.top { page.top = page.selected }
            if page.selected >= page.top + rows { page.top = page.selected - rows + 1 }
        }
    }

    /// Enter in the directory: opens the entry under the cursor; in an open entry, opens the release.
    mutating func openInDirectory(_ page: DirectoryPage) {
        guard page.entries.indices.contains(page.selected) else { return }
        guard let open = page.open else {
            var next = page
            next.open = page.selected
            next.release = 0
            overlay = .directory(next)
            return
        }
        let appearances = page.entries[open].releases
        guard appearances.indices.contains(page.release) else { return }
        let target = appearances[page.release].index
        guard let position = visible.firstIndex(of: target) else {
            message = StatusMessage("That release is not in the list any more", isError: true)
            return
        }
        overlay = nil
        select(position)
        focus = .detail
        clampScroll()
        message = StatusMessage("From the contacts of \(page.entries[open].title)")
    }
}
