import Foundation
import Testing

/// The update never asks a view (DEVELOPERS.md, the view loop): what the update and the views both need — the
/// panes' and windows' boxes, the detail's lines, a contact's card — is in `Render/` (`ScreenLayout`,
/// `OverlayLayout`, `DetailLayout`, `ContactCard`), and `Views/` holds only drawing. So no file of `State/` or
/// `Input/` may name a type or function that a file of `Views/` declares; read from the sources, as
/// `LayeringTests` reads PressroomCore's layers.
@Suite struct UpdateAsksNoViewTests {
    private static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/PressroomUI").standardized

    /// The names a file declares at its top level (`HelpOverlay`, `render`): a view's members are reached
    /// through its name, so those are enough.
    static func declaredNames(_ source: String) -> Set<String> {
        var names = Set<String>()
        let pattern = try! NSRegularExpression(
            pattern: #"^(?:public |private |fileprivate )?(?:final )?(?:struct|enum|class|protocol|func|let|var) +([A-Za-z_][A-Za-z0-9_]*)"#,
            options: .anchorsMatchLines)
        let range = NSRange(source.startIndex..., in: source)
        for match in pattern.matches(in: source, range: range) {
            if let r = Range(match.range(at: 1), in: source) { names.insert(String(source[r])) }
        }
        return names
    }

    /// The code of a file without its comments (line comments and doc comments; the sources have no block
    /// comments in these folders), so that a word in a comment is no use.
    static func code(_ source: String) -> String {
        source.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard let at = line.range(of: "//") else { return String(line) }
            return String(line[..<at.lowerBound])
        }.joined(separator: "\n")
    }

    /// `file: name` for each use in `users` (name → code) of a name in `declared`.
    static func uses(of declared: Set<String>, in users: [(String, String)]) -> [String] {
        var found: [String] = []
        for (file, code) in users {
            let words = Set(code.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init))
            for name in declared.intersection(words).sorted() { found.append("\(file): \(name)") }
        }
        return found
    }

    private static func files(in folder: String) throws -> [(String, String)] {
        let url = sources.appendingPathComponent(folder)
        return try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".swift") }.sorted()
            .map { ("\(folder)/\($0)", try String(contentsOf: url.appendingPathComponent($0), encoding: .utf8)) }
    }

    @Test func stateAndInputNameNothingAViewDeclares() throws {
        let views = try Self.files(in: "Views")
        #expect(views.count >= 8)
        let declared = views.reduce(into: Set<String>()) { $0.formUnion(Self.declaredNames($1.1)) }
        #expect(declared.contains("ListView") && declared.contains("render"))
        let users = try (Self.files(in: "State") + Self.files(in: "Input")).map { ($0.0, Self.code($0.1)) }
        #expect(users.count >= 10)
        #expect(Self.uses(of: declared, in: users) == [])
    }

    @Test func findsAViewNamedInCodeButNotInAComment() {
        let declared = Self.declaredNames("public enum HelpOverlay {\n    static func draw() {}\n}\npublic func render() {}\n")
        #expect(declared == ["HelpOverlay", "render"])
        let users = [("State/A.swift", Self.code("let n = HelpOverlay.rowCount // render\n")),
                     ("State/B.swift", Self.code("/// `render` draws it; HelpOverlay too\nlet x = 1\n"))]
        #expect(Self.uses(of: declared, in: users) == ["State/A.swift: HelpOverlay"])
    }
}
