import Foundation
import Testing

/// `PressroomCore`'s folders are layers (DEVELOPERS.md's `layers:` line): a file may use the types of its
/// own layer and of the layers before it, never of a later one. Types are found by their declarations
/// (`struct`, `enum`, `class`, `protocol`, `typealias` at the start of a line); uses by name, comments left out.
@Suite struct LayeringTests {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

    private static func layers() throws -> [String] {
        let text = try String(contentsOf: root.appendingPathComponent("DEVELOPERS.md"), encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("layers:") })
        return line.split(separator: ":", maxSplits: 1)[1].components(separatedBy: "→").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// Identifiers of a Swift source, comments and string literals left out.
    private static func identifiers(_ source: String) -> Set<Substring> {
        var out = Set<Substring>()
        for line in source.split(separator: "\n") {
            var code = line
            if let comment = code.range(of: "//") { code = code[..<comment.lowerBound] }
            var inString = false
            var start: Substring.Index?
            for i in code.indices {
                let c = code[i]
                if c == "\"" { inString.toggle() }
                let isWord = !inString && (c.isLetter || c.isNumber || c == "_")
                if isWord, start == nil { start = i }
                if !isWord, let s = start { out.insert(code[s..<i]); start = nil }
            }
            if let s = start { out.insert(code[s...]) }
        }
        return out
    }

    @Test func noFileUsesATypeOfALaterLayer() throws {
        let layers = try Self.layers()
        let sources = Self.root.appendingPathComponent("Sources/PressroomCore")
        let folders = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter {
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: sources.appendingPathComponent($0).path, isDirectory: &isDir) && isDir.boolValue
        }
        #expect(Set(folders) == Set(layers), "every folder is a layer of DEVELOPERS.md, and every layer a folder")
        var files: [(folder: String, name: String, text: String)] = []
        for folder in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: sources.appendingPathComponent(folder).path) where name.hasSuffix(".swift") {
                files.append((folder, name, try String(contentsOf: sources.appendingPathComponent(folder).appendingPathComponent(name), encoding: .utf8)))
            }
        }
        let declaration = try Regex(#"(?m)^(?:(?:public|private|fileprivate|internal|final|indirect|@\w+)\s+)*(?:enum|struct|class|protocol|typealias)\s+([A-Z]\w*)"#)
        var home: [Substring: Set<String>] = [:]
        for file in files {
            for match in file.text.matches(of: declaration) {
                if let name = match.output[1].substring { home[name, default: []].insert(file.folder) }
            }
        }
        #expect(home.count > 100)
        var upward: [String] = []
        for file in files {
            guard let rank = layers.firstIndex(of: file.folder) else { continue }
            for word in Self.identifiers(file.text) {
                guard let folders = home[word], !folders.contains(file.folder) else { continue }
                for other in folders where (layers.firstIndex(of: other) ?? 0) > rank {
                    upward.append("\(file.folder)/\(file.name) uses \(word) of \(other)")
                }
            }
        }
        #expect(upward.isEmpty, "\(upward.sorted().joined(separator: "\n"))")
    }
}
