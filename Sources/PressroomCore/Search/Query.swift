import Foundation

/// The searchable parts of a release. Each is indexed separately; the query fields are sets of them.
public struct FieldSet: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Headline and subtitle.
    public static let title = FieldSet(rawValue: 1 << 0)
    /// Body paragraphs (quotations included).
    public static let body = FieldSet(rawValue: 1 << 1)
    /// Notes to editors.
    public static let notes = FieldSet(rawValue: 1 << 2)
    /// The issuing organisation.
    public static let org = FieldSet(rawValue: 1 << 3)
    /// Contacts: names, roles, organisations, e-mails (whole and by parts), phone digits.
    public static let contact = FieldSet(rawValue: 1 << 4)
    /// The dateline's place.
    public static let place = FieldSet(rawValue: 1 << 5)
    /// The kind label (`Press Release`, `Media Advisory`, …).
    public static let kind = FieldSet(rawValue: 1 << 6)

    /// `text:` — headline, subtitle, body and notes.
    public static let text: FieldSet = [.title, .body, .notes]
    /// A bare word searches every field.
    public static let all: FieldSet = [.title, .body, .notes, .org, .contact, .place, .kind]

    /// The fields one by one, in index order.
    static let each: [FieldSet] = [.title, .body, .notes, .org, .contact, .place, .kind]
    /// Index of a single field (0..<7).
    var index: Int { rawValue.trailingZeroBitCount }

    /// The query language's field names.
    static let names: [String: FieldSet] = [
        "title": .title, "text": .text, "body": .body, "org": .org, "contact": .contact,
        "place": .place, "kind": .kind,
    ]
}

/// A property a release has or lacks (`has:`).
public enum HasFlag: String, Sendable, Hashable, CaseIterable {
    case contacts, embargo, notes, warnings

    var bit: UInt8 {
        switch self {
        case .contacts: 1
        case .embargo: 2
        case .notes: 4
        case .warnings: 8
        }
    }
}

/// A word or prefix to highlight, folded as the tokenizer folds text.
public struct HighlightTerm: Sendable, Hashable {
    public var folded: String
    /// True when the word matches as a prefix (`diam*`, or the word being typed).
    public var isPrefix: Bool

    public init(_ folded: String, isPrefix: Bool = false) {
        self.folded = folded
        self.isPrefix = isPrefix
    }
}

/// A parsed query: a tree of conditions on one release.
public indirect enum QueryNode: Sendable, Hashable {
    /// Every release (the empty query).
    case all
    /// A folded token in any of the fields; `prefix` matches every token that starts with it.
    case term(String, FieldSet, prefix: Bool)
    /// Consecutive words (folded parts) in one of the fields.
    case phrase([String], FieldSet)
    /// Issue dates in `from..<to`, as `yyyymmdd` numbers (missing month/day counted as 00).
    case date(from: UInt32, to: UInt32)
    case has(HasFlag)
    /// Releases whose embargo (`Embargo`) still holds at this moment, in seconds since 1970 UTC.
    case embargoed(at: Int64)
    case and([QueryNode])
    case or([QueryNode])
    case not(QueryNode)
}

/// A query, parsed: its tree and what to highlight.
public struct Query: Sendable, Hashable, CustomStringConvertible {
    public var root: QueryNode
    /// Words and prefixes to highlight (the positive terms; never a negated one).
    public var highlights: [HighlightTerm]

    public init(root: QueryNode, highlights: [HighlightTerm]) {
        self.root = root
        self.highlights = highlights
    }

    /// Parses `text`; `typing` makes the last word a prefix and tolerates a dangling operator. `now` (seconds
    /// since 1970 UTC) is the moment `embargoed:now` means.
    public static func parse(_ text: String, typing: Bool = false,
                             now: Int64 = Int64(Date().timeIntervalSince1970)) -> Result<Query, QueryError> {
        QueryParser.parse(text, typing: typing, now: now)
    }

    /// A compact, stable rendering of the tree (for tests and debugging).
    public var description: String { Self.describe(root) }

    static func describe(_ node: QueryNode) -> String {
        func fields(_ f: FieldSet) -> String {
            if f == .all { return "" }
            if f == .text { return "text:" }
            let names = ["title", "body", "notes", "org", "contact", "place", "kind"]
            return FieldSet.each.enumerated().filter { f.contains($0.element) }.map { names[$0.offset] }
                .joined(separator: "|") + ":"
        }
        switch node {
        case .all: return "*"
        case let .term(t, f, prefix): return fields(f) + t + (prefix ? "*" : "")
        case let .phrase(words, f): return fields(f) + "\"" + words.joined(separator: " ") + "\""
        case let .date(from, to): return "date[\(from)..<\(to)]"
        case let .has(flag): return "has:\(flag.rawValue)"
        case let .embargoed(at): return "embargoed@\(at)"
        case let .and(nodes): return "(" + nodes.map(describe).joined(separator: " ") + ")"
        case let .or(nodes): return "(" + nodes.map(describe).joined(separator: " OR ") + ")"
        case let .not(n): return "-" + describe(n)
        }
    }
}
