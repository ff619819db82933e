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
        focus = .detail
        // The first card shows under its heading; the others at the top.
        detailTop = chosen == 0 ? (detail.contactsLine ?? detail.contactStarts[0]) : detail.contactStarts[chosen]
        clampScroll()
        if count > 1 { message = StatusMessage("Contact \(chosen + 1) of \(count): y copies, c next") }
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

    mutating func copy(_ effects: inout [Effect]) {
        guard let release = selectedRelease else { return }
        var items: [Chooser.Item] = []
        if let n = contactUnderCursor {
            let contact = DetailLayout.contacts(of: release)[n]
            items += contact.emails.map { Chooser.Item(label: "E-mail", value: $0) }
            items += contact.phones.map { Chooser.Item(label: "Phone", value: $0) }
            if let name = contact.name { items.append(Chooser.Item(label: "Name", value: name)) }
            items += contact.urls.map { Chooser.Item(label: "Web", value: $0) }
        }
        if items.count == 1 {
            copyItem(items[0], &effects)
        } else if items.isEmpty {
            copyItem(Chooser.Item(label: "Headline", value: release.title), &effects)
        } else {
            items.append(Chooser.Item(label: "Headline", value: release.title))
            overlay = .chooser(Chooser(items: items))
        }
    }

    mutating func copyItem(_ item: Chooser.Item, _ effects: inout [Effect]) {
        effects.append(.copy(text: item.value, what: item.label.lowercased()))
        message = StatusMessage("Copied \(item.label.lowercased()): \(item.value)")
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
        effects.append(.openURL(url))
        message = StatusMessage("Opening [\(number)] \(url)")
    }
}
