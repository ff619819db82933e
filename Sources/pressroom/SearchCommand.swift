import ArgumentParser
import Foundation
import PressroomCore
import PressroomUI

/// `pressroom search`: the releases a query matches, as lines, JSON records or a count. Exits like
/// grep: 0 with matches, 1 with none, 2 for a malformed query (or a path that does not exist).
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Print the releases that match a query.",
        discussion: """
        A word matches whole words, ignoring case and accents (Pérez = perez, Straße = strasse). \
        A hyphenated compound matches whole and by its parts (KP-certified, kp, certified); \
        forum's matches forum's and forum.

          diamond mine          both words (AND)
          diamond OR gold       either
          -gold, NOT gold       without
          (gold OR silver) mine parentheses group
          "diamond mine"        the words next to each other
          diam*                 words starting with diam
          title:WORD            headline and subtitle
          text:WORD             headline, subtitle, body and notes
          body:WORD             body paragraphs
          org:WORD              issuing organisation
          contact:WORD          contact names, roles, e-mails, phone numbers
                                (contact:263788087050, contact:+263 78 808 7050
                                or contact:"+263 78 808 7050"; a number matches
                                the numbers that start with it)
          place:WORD            the dateline's place
          kind:WORD             kind label (Press Release, Statement, ...)
          title:(a OR b)        a field for a whole group; also title:"a phrase"
          date:2021  date:2021-06  date:2021-06-28  date:2021-01..2021-06
          after:2021-01-01      on or after that day
          before:2022-01-01     before that day
                                (a release without a date matches no date filter)
          has:contacts  has:embargo  has:notes  has:warnings
          embargoed:now         under an embargo that has not lifted yet
          embargoed:2025-06-01  under embargo at the start of that day (UTC)

        A bare word searches every field. OR, AND and NOT are operators only in capitals.

        json and jsonl print each record followed by "matches": [{"path": "/paragraphs/2", \
        "start": 14, "end": 21}, ...], a JSON Pointer into the record and offsets in code points.

        Exit status: 0 when something matched, 1 when nothing did, 2 for a malformed query \
        (the message, with its column, on stderr) or a missing path.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, jsonl }
    enum Sort: String, ExpressibleByArgument, CaseIterable { case date, relevance }

    @Argument(help: "The query (quote it for the shell; one that starts with - works as it is, or after --).") var query: String
    @Flag(help: "Print only the number of matching releases.") var count = false
    @Option(help: "text (date, organisation, headline, source), json or jsonl (the records plus match positions).")
    var format: Format = .text
    @Option(help: "date (newest first) or relevance (BM25, headline above body).") var sort: Sort = .date
    @Option(parsing: .unconditional, help: "Print at most N releases.") var limit: Int?

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more (it was \(limit))") }
    }

    @OptionGroup var inputs: InputPaths

    func run() throws {
        // A malformed query is reported before anything is read.
        let parsed: Query
        switch Query.parse(query) {
        case .failure(let error):
            Inputs.printBadQuery(query, error)
            throw ExitCode(2)
        case .success(let query): parsed = query
        }
        // A count from the kept search index when nothing changed since the last load (the order and the
        // records do not matter then).
        if count, let matches = try Inputs.quickMatches(inputs.paths, inputs.cache, query: parsed) {
            Output.write("\(limit.map { min($0, matches.count) } ?? matches.count)\n")
            if matches.isEmpty { throw ExitCode(1) }
            return
        }
        // The list fields are enough for a count or the text lines, unless a phrase must be read in a
        // field's text; the search index comes from the persistent index when it holds one for these releases.
        let needsRecords = format != .text || query.contains("\"")
        let archive = try Inputs.load(inputs.paths, inputs.cache, records: needsRecords)
        let releases = archive.releases
        let index = inputs.cache.loader().searchIndex(paths: inputs.resolved, releases: releases) {
            needsRecords ? releases : inputs.cache.loader().load(inputs.resolved).archive.releases
        }
        let result = index.search(query)
        var order: [Int]
        switch sort {
        case .relevance: order = index.ranked(result)
        case .date: order = Catalog.newestFirst(result.matches, of: releases)
        }
        if let limit { order = Array(order.prefix(limit)) }

        let out: String
        if count {
            out = "\(order.count)\n"
        } else {
            let highlighter = Highlighter(result)
            let picked = order.map { releases[$0] }
            switch format {
            case .text: out = picked.map { Self.line($0, highlighter: highlighter) + "\n" }.joined()
            case .json: out = SearchJSON.array(picked, highlighter: highlighter) + "\n"
            case .jsonl: out = SearchJSON.lines(picked, highlighter: highlighter)
            }
        }
        Output.write(out)
        if result.matches.isEmpty { throw ExitCode(1) }
    }

    /// `list`'s line (`PlainList.line`), the headline's matched words bold when the output is a terminal
    /// (and NO_COLOR is not set).
    static func line(_ r: Release, highlighter: Highlighter) -> String {
        guard !r.title.isEmpty, isatty(STDOUT_FILENO) == 1, ProcessInfo.processInfo.environment["NO_COLOR"] == nil else {
            return PlainList.line(r)
        }
        // Release text and file names are untrusted: each piece is made visible (placeholders for control
        // characters and bidirectional overrides) before the bold marks go in.
        func clean<S: StringProtocol>(_ s: S) -> String { VisibleText.sanitized(String(s)) }
        let raw = r.title
        var marked = ""
        var at = raw.startIndex
        for range in highlighter.ranges(in: raw) {
            marked += clean(raw[at..<range.lowerBound]) + "\u{1B}[1m" + clean(raw[range]) + "\u{1B}[22m"
            at = range.upperBound
        }
        return PlainList.line(r, title: marked + clean(raw[at...]))
    }
}
