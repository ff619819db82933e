/// The mouse: the wheel scrolls the pane under the pointer, a click selects, a double click opens.
extension AppState {
    mutating func mouse(_ event: MouseEvent, _ effects: inout [Effect]) {
        guard overlay == nil else { return }     // overlays take keys only
        let layout = self.layout
        if let list = layout.list, list.contains(row: event.row, column: event.column) {
            switch event.kind {
            case .wheelUp, .wheelDown:
                let step = event.kind == .wheelUp ? -3 : 3
                listTop = min(max(0, listTop + step), max(0, visible.count - layout.listRows))
                // Keep the selection on screen, as mutt does.
                if selected < listTop { select(listTop) }
                if selected >= listTop + layout.listRows { select(listTop + layout.listRows - 1) }
            case .click, .doubleClick:
                let position = listTop + event.row - list.row
                guard visible.indices.contains(position) else { return }
                if focus == .search { focus = .list }
                select(position)
                if focus == .detail { focus = .list }
                if event.kind == .doubleClick { open(&effects) }
            }
        } else if let detail = layout.detail, detail.contains(row: event.row, column: event.column) {
            switch event.kind {
            case .wheelUp, .wheelDown:
                guard let d = detailLayout else { return }
                let step = event.kind == .wheelUp ? -3 : 3
                detailTop = min(max(0, detailTop + step), max(0, d.lines.count - layout.detailRows))
            case .click, .doubleClick:
                if selectedRelease != nil { focus = .detail }
            }
        } else if layout.searchLine.contains(row: event.row, column: event.column), event.kind == .click {
            focus = .search
            queryCursor = query.count
        }
    }
}
