import Foundation
import Testing

/// `PressroomCore`'s folders are layers (DEVELOPERS.md's `layers:` line): a file may use what its own layer
/// and the layers before it declare, never what a later one does. What is checked:
/// - types (`struct`, `enum`, `class`, `actor`, `protocol`, `typealias`) and top-level functions and constants,
///   by their declarations at the start of a line and their uses by name;
/// - members a later layer adds to a type by an `extension` (of an earlier layer's type, or the standard
///   library's): `.name` in an earlier layer, when nothing of that name is declared there or before;
/// comments and the text of string literals are left out, the code inside a string's `\( … )` is read.
@Suite struct LayeringTests {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

    private static func layers() throws -> [String] {
        let text = try String(contentsOf: root.appendingPathComponent("DEVELOPERS.md"), encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("layers:") })
        return line.split(separator: ":", maxSplits: 1)[1].components(separatedBy: "→").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The source with comments and the text of string literals blanked to spaces (lines kept), the code of
    /// interpolations kept: what the other checks read, so that a word in a comment or a message is no use
    /// and a `//` inside a string does not hide the code after it.
    static func code(_ source: String) -> String {
        let s = Array(source.unicodeScalars)
        var out = String.UnicodeScalarView()
        enum Mode { case code, line, block(Int), string(hashes: Int, multiline: Bool) }
        // Each open string under an interpolation, with the parentheses open in that interpolation.
        var stack: [(hashes: Int, multiline: Bool, parens: Int)] = []
        var mode = Mode.code
        var i = 0
        func at(_ k: Int, _ text: String) -> Bool {
            let t = Array(text.unicodeScalars)
            return k + t.count <= s.count && Array(s[k..<(k + t.count)]) == t
        }
        func blank(_ n: Int) { for k in i..<min(s.count, i + n) { out.append(s[k] == "\n" ? "\n" : " ") }; i += n }
        func keep(_ n: Int) { for k in i..<min(s.count, i + n) { out.append(s[k]) }; i += n }
        while i < s.count {
            switch mode {
            case .code:
                if at(i, "//") { mode = .line; blank(2) }
                else if at(i, "/*") { mode = .block(1); blank(2) }
                else if s[i] == "#" || s[i] == "\"" {
                    var hashes = 0
                    while i + hashes < s.count, s[i + hashes] == "#" { hashes += 1 }
                    guard i + hashes < s.count, s[i + hashes] == "\"" else { keep(max(1, hashes)); continue }
                    let multiline = at(i + hashes, "\"\"\"")
                    mode = .string(hashes: hashes, multiline: multiline)
                    blank(hashes + (multiline ? 3 : 1))
                } else if !stack.isEmpty, s[i] == "(" { stack[stack.count - 1].parens += 1; keep(1) }
                else if !stack.isEmpty, s[i] == ")" {
                    if stack[stack.count - 1].parens == 0 {
                        let open = stack.removeLast()
                        mode = .string(hashes: open.hashes, multiline: open.multiline)
                        blank(1)
                    } else { stack[stack.count - 1].parens -= 1; keep(1) }
                } else { keep(1) }
            case .line:
                if s[i] == "\n" { mode = .code; keep(1) } else { blank(1) }
            case .block(let depth):
                if at(i, "*/") { mode = depth == 1 ? .code : .block(depth - 1); blank(2) }
                else if at(i, "/*") { mode = .block(depth + 1); blank(2) }
                else { blank(1) }
            case .string(let hashes, let multiline):
                let escape = "\\" + String(repeating: "#", count: hashes)
                let close = (multiline ? "\"\"\"" : "\"") + String(repeating: "#", count: hashes)
                if at(i, escape + "(") {
                    stack.append((hashes, multiline, 0))
                    mode = .code
                    blank(escape.unicodeScalars.count + 1)
                } else if at(i, escape) { blank(escape.unicodeScalars.count + 1) }
                else if at(i, close) { mode = .code; blank(close.unicodeScalars.count) }
                else { blank(1) }
            }
        }
        return String(out)
    }

    /// The identifiers of code (as `code` gives it).
    static func identifiers(_ code: String) -> Set<Substring> {
        var out = Set<Substring>()
        var start: Substring.Index?
        let text = Substring(code)
        for i in text.indices {
            let c = text[i]
            let isWord = c.isLetter || c.isNumber || c == "_"
            if isWord, start == nil { start = i }
            if !isWord, let s = start { out.insert(text[s..<i]); start = nil }
        }
        if let s = start { out.insert(text[s...]) }
        return out
    }

    /// The names of the members declared directly in the `extension` blocks of code (as `code` gives it).
    static func extensionMembers(_ code: String) throws -> Set<Substring> {
        let member = try Regex(#"^\s*(?:(?:public|private|fileprivate|internal|package|open|static|class|final|mutating|nonmutating|nonisolated|override|lazy|@\w+(?:\([^)]*\))?)\s+)*(?:func|var|let)\s+`?(\w+)"#)
        var names = Set<Substring>()
        var depth = 0
        var inExtension = false
        // The code of each stretch at depth 1 (between braces, or from a line's start) is read for a declaration.
        func read(_ stretch: Substring) throws {
            if inExtension, let match = try member.firstMatch(in: stretch), let name = match.output[1].substring { names.insert(name) }
        }
        for line in code.split(separator: "\n", omittingEmptySubsequences: false) {
            if depth == 0 {
                inExtension = line.contains(/^(?:(?:public|private|fileprivate|internal|package|@\w+)\s+)*extension\s/)
            }
            var start: Substring.Index? = depth == 1 ? line.startIndex : nil
            for i in line.indices where line[i] == "{" || line[i] == "}" {
                if depth == 1, let s = start { try read(line[s..<i]) }
                depth += line[i] == "{" ? 1 : -1
                start = depth == 1 ? line.index(after: i) : nil
            }
            if depth == 1, let s = start { try read(line[s...]) }
        }
        return names
    }

    /// Every name code declares anywhere (types, functions, constants and variables, enum cases, parameters):
    /// a name declared in a layer is that layer's own, whatever else is called so.
    static func declaredNames(_ code: String) throws -> Set<Substring> {
        var names = Set<Substring>()
        for match in code.matches(of: try Regex(#"\b(?:func|var|let|case|enum|struct|class|actor|protocol|typealias)\s+`?(\w+)"#)) {
            if let name = match.output[1].substring { names.insert(name) }
        }
        // Parameter names and labels, and the names of enum cases' values: `name:` in a declaration's list.
        for match in code.matches(of: try Regex(#"[(,]\s*(\w+)\s+(\w+)?\s*:"#)) {
            if let name = match.output[1].substring { names.insert(name) }
            if let name = match.output[2].substring { names.insert(name) }
        }
        for match in code.matches(of: try Regex(#"[(,]\s*(\w+)\s*:"#)) {
            if let name = match.output[1].substring { names.insert(name) }
        }
        for match in code.matches(of: try Regex(#"\bcase\s+[^:\n]*"#)) {
            for name in match.output[0].substring?.matches(of: /[.,\s](\w+)/) ?? [] { names.insert(name.output.1) }
        }
        return names
    }

    /// The names used as members (`.name`) in code (as `code` gives it).
    static func memberUses(_ code: String) -> Set<Substring> {
        Set(code.matches(of: /\.\s*([A-Za-z_]\w*)/).map(\.output.1))
    }

    private struct File {
        var folder: String
        var name: String
        var code: String
    }

    /// Every way a file of `files` reaches a later layer, one line each.
    private static func upwardUses(_ files: [File], layers: [String]) throws -> [String] {
        let declaration = try Regex(#"(?m)^(?:(?:public|private|fileprivate|internal|package|open|final|indirect|nonisolated|@\w+(?:\([^)]*\))?)\s+)*(?:enum|struct|class|actor|protocol|typealias|func|let|var)\s+`?([A-Za-z_]\w*)"#)
        var home: [Substring: Set<String>] = [:]
        var added: [Substring: Set<String>] = [:]
        var declared: [String: Set<Substring>] = [:]
        for file in files {
            for match in file.code.matches(of: declaration) {
                if let name = match.output[1].substring { home[name, default: []].insert(file.folder) }
            }
            for name in try extensionMembers(file.code) { added[name, default: []].insert(file.folder) }
            declared[file.folder, default: []].formUnion(try declaredNames(file.code))
        }
        var upward: [String] = []
        for file in files {
            guard let rank = layers.firstIndex(of: file.folder) else { continue }
            for word in identifiers(file.code) {
                guard let folders = home[word], !folders.contains(file.folder) else { continue }
                for other in folders where (layers.firstIndex(of: other) ?? 0) > rank {
                    upward.append("\(file.folder)/\(file.name) uses \(word) of \(other)")
                }
            }
            // Declared here or before: the file's own (or an earlier layer's) member of that name.
            let own = layers[...rank].reduce(into: Set<Substring>()) { $0.formUnion(declared[$1] ?? []) }
            for word in memberUses(file.code) where !own.contains(word) {
                for other in added[word] ?? [] where (layers.firstIndex(of: other) ?? 0) > rank {
                    upward.append("\(file.folder)/\(file.name) uses .\(word), added by an extension in \(other)")
                }
            }
        }
        return upward.sorted()
    }

    private static func sources() throws -> [File] {
        let sources = root.appendingPathComponent("Sources/PressroomCore")
        let folders = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter {
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: sources.appendingPathComponent($0).path, isDirectory: &isDir) && isDir.boolValue
        }
        var files: [File] = []
        for folder in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: sources.appendingPathComponent(folder).path) where name.hasSuffix(".swift") {
                let text = try String(contentsOf: sources.appendingPathComponent(folder).appendingPathComponent(name), encoding: .utf8)
                files.append(File(folder: folder, name: name, code: code(text)))
            }
        }
        return files
    }

    @Test func noFileUsesATypeOfALaterLayer() throws {
        let layers = try Self.layers()
        let files = try Self.sources()
        #expect(Set(files.map(\.folder)) == Set(layers), "every folder is a layer of DEVELOPERS.md, and every layer a folder")
        #expect(files.count > 100)
        let upward = try Self.upwardUses(files, layers: layers)
        #expect(upward.isEmpty, "\(upward.joined(separator: "\n"))")
    }

    /// Each way of reaching up is caught (small sources in two layers, `Low` before `High`).
    @Test func catchesEveryKindOfUpwardUse() throws {
        func check(low: String, high: String) throws -> [String] {
            try Self.upwardUses([File(folder: "Low", name: "a.swift", code: Self.code(low)),
                                 File(folder: "High", name: "b.swift", code: Self.code(high))], layers: ["Low", "High"])
        }
        let high = """
            public struct Engine { var power = 1 }
            extension Gear { public var ratioAbove: Int { 2 } }
            extension String { func shouted() -> String { uppercased() } }
            public func spin() {}
            public let topSpeed = 9
            """
        let low = "public struct Gear { var teeth = 1 }\n"
        #expect(try check(low: low, high: high).isEmpty)
        #expect(try check(low: low + "let e = Engine()\n", high: high) == ["Low/a.swift uses Engine of High"])
        #expect(try check(low: low + "let r = Gear().ratioAbove\n", high: high)
                == ["Low/a.swift uses .ratioAbove, added by an extension in High"])
        #expect(try check(low: low + "let s = \"a\".shouted()\n", high: high)
                == ["Low/a.swift uses .shouted, added by an extension in High"])
        #expect(try check(low: low + "func f() { spin() }\n", high: high) == ["Low/a.swift uses spin of High"])
        #expect(try check(low: low + "let t = topSpeed\n", high: high) == ["Low/a.swift uses topSpeed of High"])
        #expect(try check(low: low + "let m = \"speed \\(Engine().power)\"\n", high: high) == ["Low/a.swift uses Engine of High"])
        #expect(try check(low: low + "let u = \"http://x\"; let e = Engine()\n", high: high) == ["Low/a.swift uses Engine of High"])
        // Named only in a comment or a string's text: no use.
        #expect(try check(low: low + "// Engine\n/* Engine */\nlet m = \"Engine \\\"Engine\\\"\"\n", high: high).isEmpty)
        // A member of the same name declared in the low layer is its own.
        #expect(try check(low: low + "struct Rope { var ratioAbove = 0 }\nlet r = Rope().ratioAbove\n", high: high).isEmpty)
    }
}
