/// Parses the query language into a `Query`; a malformed query gives a `QueryError` with the
/// character offset of the problem (never a crash, never a throw to the caller).
///
/// Grammar (operators are upper-case; juxtaposition is AND):
///
///     query   := or
///     or      := and ("OR" and)*
///     and     := unary+                       ("AND" between two terms is allowed and ignored)
///     unary   := "-" unary | "NOT" unary | primary
///     primary := "(" or ")" | FIELD ":" value | "\"" words "\"" | word["*"]
///     value   := word["*"] | "\"" words "\"" | "(" or ")"
///
/// `date:`/`after:`/`before:` take `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (and `date:` a range `A..B`);
/// `has:` takes contacts, embargo, notes, warnings; `embargoed:` takes `now` or `YYYY-MM-DD` (the releases
/// whose embargo still holds then: the parser's `now`, or that day's start in UTC). `contact:` with a phone number also takes the
/// number's following digit groups (`contact:+263 78 808 7050`) and matches it as a prefix.
struct QueryParser {
    private enum Kind: Equatable {
        case word(String)
        case phrase(String)
        case field(String)  // name without the colon
        case minus
        case open
        case close
    }

    private struct Lexeme {
        var kind: Kind
        /// Character offset in the query.
        var position: Int
        /// True when nothing but the end of the query follows it (the word being typed).
        var atEnd: Bool
    }

    private var lexemes: [Lexeme] = []
    private var next = 0
    private let typing: Bool
    private let now: Int64
    private var highlights: [HighlightTerm] = []
    private var negated = 0
    private let length: Int
    /// How deep groups and negations are nested now. The parser, the evaluator and the highlighter recurse
    /// once per level, so a query nested deeper than `maxDepth` is refused with a message, never a crash.
    private var depth = 0
    static let maxDepth = 64
    static let tooDeep = "nested more than \(maxDepth) deep (parentheses, NOT and '-' count)"

    static func parse(_ text: String, typing: Bool, now: Int64) -> Result<Query, QueryError> {
        do {
            var parser = try QueryParser(text, typing: typing, now: now)
            return .success(try parser.parseQuery())
        } catch let error as QueryError {
            return .failure(error)
        } catch {
            return .failure(QueryError(message: "\(error)", position: 0))
        }
    }

    private init(_ text: String, typing: Bool, now: Int64) throws {
        self.typing = typing
        self.now = now
        let chars = Array(text)
        length = chars.count
        lexemes = try Self.lex(chars)
    }

    // MARK: - Lexing

    private static let quotes: Set<Character> = ["\"", "\u{201C}", "\u{201D}", "\u{201E}"]
    private static let closers: Set<Character> = ["(", ")"]

    private static func lex(_ c: [Character]) throws -> [Lexeme] {
        var out: [Lexeme] = []
        var i = 0
        func add(_ kind: Kind, _ at: Int, _ end: Int) { out.append(Lexeme(kind: kind, position: at, atEnd: end == c.count)) }
        while i < c.count {
            let ch = c[i]
            if ch.isWhitespace { i += 1; continue }
            if ch == "(" { add(.open, i, i + 1); i += 1; continue }
            if ch == ")" { add(.close, i, i + 1); i += 1; continue }
            if quotes.contains(ch) {
                var j = i + 1
                while j < c.count, !quotes.contains(c[j]) { j += 1 }
                guard j < c.count else { throw QueryError(message: "unclosed quotation mark", position: i) }
                add(.phrase(String(c[(i + 1)..<j])), i, j + 1)
                i = j + 1
                continue
            }
            if ch == "-", i + 1 < c.count, !c[i + 1].isWhitespace {
                add(.minus, i, i + 1); i += 1; continue
            }
            var j = i
            while j < c.count, !c[j].isWhitespace, !closers.contains(c[j]), !quotes.contains(c[j]) {
                // A known field name ends at its colon; the value is the next lexeme.
                if c[j] == ":" {
                    let name = String(c[i..<j]).lowercased()
                    if FieldSet.names[name] != nil || ["date", "after", "before", "has", "embargoed"].contains(name) {
                        break
                    }
                }
                j += 1
            }
            if j < c.count, c[j] == ":" {
                add(.field(String(c[i..<j]).lowercased()), i, j + 1)
                i = j + 1
                continue
            }
            let word = String(c[i..<j])
            // An unknown `name:value` is more likely a mistyped field than a search for a colon; a
            // word merely ending in a colon (`editors:`, pasted text) is a word.
            if let colon = word.firstIndex(of: ":"), word.first?.isLetter == true,
               word[..<colon].allSatisfy({ $0.isLetter }), !word[colon...].hasPrefix(":/"),
               word.index(after: colon) < word.endIndex {
                let name = word[..<colon]
                throw QueryError(message: "unknown field '\(name):' (fields: title text body org contact place "
                                 + "kind date after before has)", position: i)
            }
            add(.word(word), i, j)
            i = j
        }
        return out
    }

    // MARK: - Parsing

    private var peek: Lexeme? { next < lexemes.count ? lexemes[next] : nil }

    private mutating func parseQuery() throws -> Query {
        let root = try parseOr(fields: .all) ?? .all
        if let extra = peek {
            // Only a `)` can stop the top level early.
            throw QueryError(message: "')' without a matching '('", position: extra.position)
        }
        return Query(root: root, highlights: highlights)
    }

    private func isOperator(_ l: Lexeme, _ name: String) -> Bool {
        if case .word(name) = l.kind { return true }
        return false
    }

    private mutating func parseOr(fields: FieldSet) throws -> QueryNode? {
        var branches: [QueryNode] = []
        if let first = try parseAnd(fields: fields) { branches.append(first) }
        while let l = peek, isOperator(l, "OR") {
            next += 1
            if branches.isEmpty { throw QueryError(message: "nothing before OR", position: l.position) }
            guard let right = try parseAnd(fields: fields) else {
                if typing && peek == nil { break }  // still typing the next term
                throw QueryError(message: "nothing after OR", position: l.position)
            }
            branches.append(right)
        }
        if branches.isEmpty { return nil }
        return branches.count == 1 ? branches[0] : .or(branches)
    }

    private mutating func parseAnd(fields: FieldSet) throws -> QueryNode? {
        var items: [QueryNode] = []
        while let l = peek {
            if l.kind == .close || isOperator(l, "OR") { break }
            if isOperator(l, "AND") {
                next += 1
                if items.isEmpty { throw QueryError(message: "nothing before AND", position: l.position) }
                continue
            }
            if let node = try parseUnary(fields: fields) { items.append(node) }
        }
        if items.isEmpty { return nil }
        return items.count == 1 ? items[0] : .and(items)
    }

    private mutating func parseUnary(fields: FieldSet) throws -> QueryNode? {
        guard let l = peek else { return nil }
        if l.kind == .minus || isOperator(l, "NOT") {
            next += 1
            negated += 1
            depth += 1
            defer { negated -= 1; depth -= 1 }
            if depth > Self.maxDepth {
                throw QueryError(message: Self.tooDeep, position: l.position)
            }
            guard let operand = peek, operand.kind != .close, !isOperator(operand, "OR") else {
                if typing && peek == nil { return nil }
                throw QueryError(message: "nothing after '\(l.kind == .minus ? "-" : "NOT")'", position: l.position)
            }
            guard let operand = try parseUnary(fields: fields) else { return nil }
            return .not(operand)
        }
        return try parsePrimary(fields: fields)
    }

    private mutating func parsePrimary(fields: FieldSet) throws -> QueryNode? {
        guard let l = peek else { return nil }
        next += 1
        switch l.kind {
        case .open:
            depth += 1
            defer { depth -= 1 }
            if depth > Self.maxDepth {
                throw QueryError(message: Self.tooDeep, position: l.position)
            }
            let inner = try parseOr(fields: fields)
            guard let close = peek, close.kind == .close else {
                throw QueryError(message: "unclosed parenthesis", position: l.position)
            }
            next += 1
            guard let inner else {
                throw QueryError(message: "empty parentheses", position: l.position)
            }
            return inner
        case .close:
            throw QueryError(message: "')' without a matching '('", position: l.position)
        case .phrase(let text):
            return phrase(text, fields: fields)
        case .word(let text):
            return try word(text, fields: fields, lexeme: l)
        case .minus:
            return nil  // handled by parseUnary
        case .field(let name):
            return try field(name, lexeme: l)
        }
    }

    private mutating func field(_ name: String, lexeme l: Lexeme) throws -> QueryNode? {
        guard let value = peek, value.position == l.position + name.count + 1 || value.kind == .open
                || { if case .phrase = value.kind { return true } else { return false } }()
        else {
            if typing && l.atEnd { return nil }
            throw QueryError(message: "'\(name):' needs a value", position: l.position)
        }
        switch name {
        case "date", "after", "before":
            next += 1
            guard case .word(let text) = value.kind else {
                throw QueryError(message: "'\(name):' needs a date like 2021, 2021-06 or 2021-06-28",
                                 position: value.position)
            }
            return try DateQuery.parse(text, operator: name, position: value.position)
        case "has":
            next += 1
            guard case .word(let text) = value.kind, let flag = HasFlag(rawValue: text.lowercased()) else {
                throw QueryError(message: "has: takes contacts, embargo, notes or warnings", position: value.position)
            }
            return .has(flag)
        case "embargoed":
            next += 1
            guard case .word(let text) = value.kind else {
                throw QueryError(message: "embargoed: takes now or a date like 2024-06-12", position: value.position)
            }
            if text.lowercased() == "now" { return .embargoed(at: now) }
            let parts = text.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3, text.split(separator: "-").count == 3, parts[0] >= 1000,
                  DateParser.isValid(year: parts[0], month: parts[1], day: parts[2]) else {
                if typing && value.atEnd && "now".hasPrefix(text.lowercased()) { return nil }
                throw QueryError(message: "embargoed: takes now or a date like 2024-06-12", position: value.position)
            }
            return .embargoed(at: Embargo.daysFromCivil(year: parts[0], month: parts[1], day: parts[2]) * 86400)
        default:
            let fields = FieldSet.names[name] ?? .all
            switch value.kind {
            case .open, .phrase, .word:
                if fields == .contact, case .word(let text) = value.kind, let phone = phoneDigits(text) {
                    next += 1
                    return phoneTerm(phone, first: value)
                }
                if fields == .contact, case .phrase(let text) = value.kind,
                   let phone = phoneDigits(text.filter { $0 != " " }) {
                    // `contact:"+263 78 808 7050"`: the number as printed, spaces and all.
                    next += 1
                    remember(phone, prefix: true)
                    return .term(phone, .contact, prefix: true)
                }
                return try parsePrimary(fields: fields)
            default:
                throw QueryError(message: "'\(name):' needs a value", position: l.position)
            }
        }
    }

    // MARK: - Terms

    private mutating func word(_ raw: String, fields: FieldSet, lexeme: Lexeme) throws -> QueryNode? {
        var text = raw
        var prefix = typing && lexeme.atEnd
        if text.hasSuffix("*") {
            while text.hasSuffix("*") { text.removeLast() }
            prefix = true
            if text.isEmpty { throw QueryError(message: "'*' needs a word before it", position: lexeme.position) }
        }
        let tokens = Tokenizer.tokens(text)
        let parts = tokens.filter { $0.role == .part }
        guard let first = parts.first, let last = parts.last else { return nil }  // only punctuation
        var node: QueryNode
        if parts.count == 1 {
            node = .term(first.folded, fields, prefix: prefix)
            remember(first.folded, prefix: prefix)
        } else if let whole = tokens.first(where: {
            $0.role == .whole && $0.utf8Range.lowerBound <= first.utf8Range.lowerBound
                && $0.utf8Range.upperBound >= last.utf8Range.upperBound
        }) {
            // One compound (`kp-certified`, `forum's`): match it whole.
            node = .term(whole.folded, fields, prefix: prefix)
            remember(whole.folded, prefix: prefix)
        } else {
            // Several words in one (`u.s.`, `press@org.example`): consecutive words.
            node = .phrase(parts.map(\.folded), fields)
            rememberPhrase(parts.map(\.folded))
        }
        if text.contains("@"), fields.contains(.contact) {
            // E-mail addresses are also indexed whole in the contact field (a prefix while typing).
            let email = text.lowercased()
            node = .or([node, .term(email, .contact, prefix: prefix)])
        }
        return node
    }

    private mutating func phrase(_ text: String, fields: FieldSet) -> QueryNode? {
        let words = Tokenizer.words(text)
        rememberPhrase(words)
        switch words.count {
        case 0: return nil
        case 1: return .term(words[0], fields, prefix: false)
        default: return .phrase(words, fields)
        }
    }

    /// A phrase's words are highlighted one by one; a one-letter word among longer ones (the `s` of
    /// `forum's decision`) would light up every such letter in the text, so it is left out.
    private mutating func rememberPhrase(_ words: [String]) {
        let long = words.contains { $0.count > 1 }
        for w in words where !long || w.count > 1 { remember(w, prefix: false) }
    }

    private mutating func remember(_ folded: String, prefix: Bool) {
        guard negated == 0 else { return }
        let term = HighlightTerm(folded, isPrefix: prefix)
        if !highlights.contains(term) { highlights.append(term) }
    }

    // MARK: - Phones

    /// The digits of a phone-like value (`+263`, `263788087050`, `(020)`), or nil.
    private func phoneDigits(_ text: String) -> String? {
        guard text.first == "+" || text.first?.isASCII == true && text.first?.isNumber == true,
              text.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.()/".contains($0)) })
        else { return nil }
        let digits = text.filter(\.isNumber)
        return digits.count >= 2 ? digits : nil
    }

    /// A phone prefix term; takes the number's following digit groups (`+263 78 808 7050`).
    private mutating func phoneTerm(_ digits: String, first: Lexeme) -> QueryNode {
        var all = digits
        while let l = peek, case .word(let text) = l.kind, text.first?.isNumber == true,
              text.allSatisfy({ $0.isASCII && ($0.isNumber || "-.()/".contains($0)) }) {
            all += text.filter(\.isNumber)
            next += 1
        }
        remember(all, prefix: true)
        return .term(all, .contact, prefix: true)
    }
}

/// Date conditions: `date:2021`, `date:2021-06`, `date:2021-06-28`, `date:A..B`, `after:D` (on or
/// after D), `before:D` (strictly before D).
enum DateQuery {
    static func parse(_ text: String, operator op: String, position: Int) throws -> QueryNode {
        if op == "date", let dots = text.range(of: "..") {
            let a = String(text[..<dots.lowerBound])
            let b = String(text[dots.upperBound...])
            let bOffset = position + a.count + 2
            let from = a.isEmpty ? (0, 0) : try bounds(a, position: position)
            let to = b.isEmpty ? (0, UInt32.max) : try bounds(b, position: bOffset)
            guard from.0 < to.1 else {
                throw QueryError(message: "date range ends before it starts", position: position)
            }
            return .date(from: from.0, to: to.1)
        }
        let (lower, upper) = try bounds(text, position: position)
        switch op {
        case "after": return .date(from: lower, to: UInt32.max)
        case "before": return .date(from: 0, to: lower)
        default: return .date(from: lower, to: upper)
        }
    }

    /// `[lower, upper)` in yyyymmdd numbers for `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    static func bounds(_ text: String, position: Int) throws -> (UInt32, UInt32) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let shape = "expected a date like 2021, 2021-06 or 2021-06-28, not '\(text)'"
        guard (1...3).contains(parts.count),
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count <= 2 })
        else { throw QueryError(message: shape, position: position) }
        let year = UInt32(parts[0])!
        if parts.count == 1 { return (year * 10000, (year + 1) * 10000) }
        let month = UInt32(parts[1])!
        guard (1...12).contains(month) else {
            throw QueryError(message: "no such month: \(text)", position: position + 5)
        }
        if parts.count == 2 { return (year * 10000 + month * 100, year * 10000 + (month + 1) * 100) }
        let day = UInt32(parts[2])!
        guard day >= 1, day <= daysIn(month: month, year: year) else {
            throw QueryError(message: "no such date: \(text)", position: position + 5 + parts[1].count + 1)
        }
        let value = year * 10000 + month * 100 + day
        return (value, value + 1)
    }

    static func daysIn(month: UInt32, year: UInt32) -> UInt32 {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// A record's `YYYY-MM-DD` as yyyymmdd; 0 when missing or malformed.
    static func number(_ date: String?) -> UInt32 {
        guard let date else { return 0 }
        var value: UInt32 = 0
        var digits = 0
        for b in date.utf8 {
            if b >= 48 && b <= 57 { value = value * 10 + UInt32(b - 48); digits += 1 } else if b != 45 { return 0 }
        }
        return digits == 8 ? value : 0
    }
}
