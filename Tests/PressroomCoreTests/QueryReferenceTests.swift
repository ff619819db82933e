import Foundation
import Testing
@testable import PressroomCore

/// The query reference (`?` help, README) against the parser: every example parses, and every field, `has:`
/// flag, date operator and operator of the language has an example.
@Suite struct QueryReferenceTests {
    static let examples = QueryReference.entries.map(\.example)

    @Test func everyExampleParses() {
        for example in Self.examples {
            guard case .success = Query.parse(example) else {
                Issue.record("the reference's example does not parse: \(example)")
                continue
            }
        }
    }

    @Test func everyPartOfTheLanguageHasAnExample() {
        let text = QueryReference.entries.map { $0.example + " " + $0.meaning }.joined(separator: "\n")
        for field in FieldSet.names.keys { #expect(text.contains(field + ":"), "no example of \(field):") }
        for flag in HasFlag.allCases { #expect(text.contains("has:" + flag.rawValue), "no example of has:\(flag.rawValue)") }
        for term in ["date:", "after:", "before:", "embargoed:now", "..", " OR ", "NOT ", "-", "*", "\"", "("] {
            #expect(Self.examples.contains { $0.contains(term) }, "no example with \(term)")
        }
    }

    @Test func theReadmeShowsEveryExample() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        for entry in QueryReference.entries {
            #expect(text.contains("| `\(entry.example)` | \(entry.meaning) |"), "README lacks \(entry.example)")
        }
    }
}
