import PressroomCore

/// The `C` window: one row per person or desk across the listed releases (name, organisation, the first phone
/// and e-mail, how many releases); Enter shows one in full: every spelling of the name, role, organisation,
/// phone (as printed, with its label) and e-mail seen, the date each was last seen, and its releases, newest
/// first, one of which Enter opens.
public enum DirectoryOverlay {
    public static func draw(theme: Theme, page: DirectoryPage, into grid: inout CellGrid) {
        let box = OverlayLayout.directory(in: grid.size).box
        let releases = "\(page.releaseCount) release\(page.releaseCount == 1 ? "" : "s")"
        let scope = page.query.isEmpty ? releases : "the \(releases) of /\(page.query)"
        let end = box.column + box.columns - 1
        guard let open = page.open, page.entries.indices.contains(open) else {
            let count = page.filter.isEmpty ? "\(page.entries.count)" : "\(page.entries.count) of \(page.source?.directory.entries.count ?? page.entries.count) matching \"\(page.filter)\""
            let title = "Contacts · \(count) in \(scope) · type to filter · Enter opens · Esc closes"
            Frame.draw(box, title: title, theme: theme, into: &grid)
            if page.entries.isEmpty {
                grid.put("No one matches \"\(page.filter)\": Backspace changes the filter, Esc closes",
                         row: box.row + 1, column: box.column + 2, limit: end, style: theme.dim)
            }
            for row in 0..<OverlayLayout.directory(in: grid.size).visible {
                let n = page.top + row
                guard page.entries.indices.contains(n) else { break }
                let y = box.row + 1 + row
                let style = n == page.selected ? theme.selected : theme.overlay
                grid.fill(row: y, from: box.column + 1, to: end, style: style)
                grid.put(summary(page.entries[n]), row: y, column: box.column + 2, limit: end, style: style)
            }
            return
        }
        let entry = page.entries[open]
        Frame.draw(box, title: "\(entry.title) · Enter opens a release · Esc back", theme: theme, into: &grid)
        var lines: [(String, Style)] = []
        func seen(_ label: String, _ items: [ContactDirectory.Seen]) {
            for item in items { lines.append(("\(label)\(item.value)\(item.lastSeen.map { "  (last seen \($0))" } ?? "")", theme.overlay)) }
        }
        seen("Name          ", entry.names)
        seen("Role          ", entry.roles)
        seen("Organisation  ", entry.organizations)
        for phone in entry.phones {
            let label = (phone.labels.first.map(ContactCard.capitalised) ?? "Phone").padding(14)
            let printed = phone.printed.first ?? phone.number
            let e164 = phone.e164.map { $0.filter(\.isNumber) != printed.filter(\.isNumber) ? "  \($0)" : "" } ?? ""
            lines.append(("\(label)\(printed)\(e164)\(phone.lastSeen.map { "  (last seen \($0))" } ?? "")", theme.overlay))
        }
        seen("E-mail        ", entry.emails)
        seen("Web           ", entry.urls)
        let rows = OverlayLayout.directory(in: grid.size).visible
        // In a short window the details give way (their last lines first), so that the releases, what
        // Enter acts on, always show: the heading and at least two of them.
        let room = max(0, rows - 2 - min(2, entry.releases.count))
        if lines.count > room { lines = Array(lines.prefix(room)) } else { lines.append(("", theme.overlay)) }
        lines.append(("Releases (\(entry.releases.count)), newest first", theme.overlayKey))
        let fixed = lines.count
        // The releases scroll under the fixed lines, keeping the one under the cursor in view.
        let releaseRows = max(1, rows - fixed)
        let first = max(0, page.release - releaseRows + 1)
        for (k, appearance) in entry.releases.enumerated().dropFirst(first).prefix(releaseRows) {
            let text = "\(appearance.date ?? "----------")  \(appearance.title.isEmpty ? "(no headline)" : appearance.title)"
            lines.append((text, k == page.release ? theme.selected : theme.overlay))
        }
        for (row, line) in lines.prefix(rows).enumerated() {
            let y = box.row + 1 + row
            if line.1 == theme.selected { grid.fill(row: y, from: box.column + 1, to: end, style: line.1) }
            grid.put(line.0, row: y, column: box.column + 2, limit: end, style: line.1)
        }
    }

    /// An entry's row: name, organisation, first phone (as printed) and e-mail, its number of releases.
    static func summary(_ e: ContactDirectory.Entry) -> String {
        var parts = [e.title]
        if let org = e.organizations.first?.value, org != e.title { parts.append(org) }
        if let phone = e.phones.first { parts.append(phone.printed.first ?? phone.number) }
        if let mail = e.emails.first?.value { parts.append(mail) }
        parts.append("\(e.releases.count) release\(e.releases.count == 1 ? "" : "s")")
        return parts.joined(separator: " · ")
    }
}
