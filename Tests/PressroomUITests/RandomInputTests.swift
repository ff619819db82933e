import PressroomCore
import Testing
@testable import PressroomUI

/// Storms of keys, clicks and resizes in any order: the update and render never crash, the selection and
/// scroll stay in range, and every drawn line fits the screen.
@Suite struct RandomInputTests {
    static let keys: [Key] = KeyMap.bindings.flatMap(\.keys)
        + "diamond zürich 日本 ( ) \" - * 1 2 9 0".map { .character($0) }
        + [.backTab, .function(5), .control("z")]

    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64]) func anyInputKeepsTheStateValid(seed: UInt64) {
        var rng = Generator(state: seed)
        var state = AppState(releases: Fixtures.archive + UpdateTests.many(40), size: Size(rows: 24, columns: 80))
        for step in 0..<1500 {
            let roll = Int.random(in: 0..<100, using: &rng)
            let event: InputEvent
            if roll < 4 {
                event = .resize(Size(rows: Int.random(in: 0...70, using: &rng), columns: Int.random(in: 0...220, using: &rng)))
            } else if roll < 10 {
                let kinds: [MouseEvent.Kind] = [.wheelUp, .wheelDown, .click, .doubleClick]
                event = .mouse(MouseEvent(kinds.randomElement(using: &rng)!, row: Int.random(in: -2...70, using: &rng),
                                          column: Int.random(in: -2...220, using: &rng)))
            } else {
                event = .key(Self.keys.randomElement(using: &rng)!)
            }
            if let action = KeyMap.action(for: event, in: state) { state = update(state, action).state }
            #expect(state.visible.isEmpty || state.visible.indices.contains(state.selected), "step \(step)")
            #expect(state.listTop >= 0 && state.detailTop >= 0, "step \(step)")
            if step % 10 == 0 {
                let grid = render(state)
                for row in 0..<grid.rows { #expect(DisplayWidth.of(grid.line(row)) <= grid.columns) }
            }
        }
    }
}
