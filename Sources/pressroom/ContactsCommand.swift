import ArgumentParser
import Foundation
import PressroomCore

/// `pressroom contacts`: every contact in the releases, one row each with the release it is from, or
/// merged into one entry per person (`--merged`).
struct ContactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contacts",
        abstract: "List the contacts printed in the releases (text, JSON, CSV or vCard).",
        discussion: """
        One row per contact with the release's date, organisation, title and source file; with --merged, \
        one entry per person or desk across all releases (merged on a shared e-mail address, or a shared \
        phone number when the names agree), with every spelling, role, number and address seen and the \
        releases it appears in. --query takes the search language: contact: and plain words match names, \
        roles, organisations, phones (however printed) and e-mails.
        csv is RFC 4180 (for spreadsheets); vcard is vCard 4.0 (for address books).
        Exit status: 0; 1 when some file could not be read; 2 for a malformed query or a missing path.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv, vcard }

    @Option(help: "text (aligned for reading), json, csv or vcard.") var format: Format = .text
    @Option(help: "Only the contacts this query matches (the search language, e.g. 'contact:mtisi').")
    var query: String?
    @Flag(help: "One entry per person across all releases instead of one row per contact per release.")
    var merged = false
    @Argument(help: "Files and folders to read (default: the bundled releases).") var paths: [String] = []

    @OptionGroup var cacheOptions: CacheOptions

    func run() throws {
        let archive = try Inputs.load(paths, cacheOptions)
        let output: String
        if merged {
            let directory = ContactDirectory(archive.releases)
            let entries = try Self.filter(query) { directory.filtered($0) } ?? directory.entries
            switch format {
            case .text: output = ContactTable.text(entries)
            case .json: output = ContactTable.json(entries) + "\n"
            case .csv: output = ContactCSV.document(entries)
            case .vcard: output = ContactVCard.document(entries)
            }
        } else {
            let all = ContactRow.rows(archive.releases)
            let rows = try Self.filter(query) { q in
                ContactRow.matching(all, query: q).map { $0.map { all[$0] } }
            } ?? all
            switch format {
            case .text: output = ContactTable.text(rows)
            case .json: output = ContactTable.json(rows) + "\n"
            case .csv: output = ContactCSV.document(rows)
            case .vcard: output = ContactVCard.document(rows)
            }
        }
        Output.write(output)
        if !archive.problems.isEmpty { throw ExitCode(1) }
    }

    /// What `apply` gives for the query, nil without one; a malformed query exits 2 with the message.
    static func filter<T>(_ query: String?, _ apply: (String) -> Result<[T], QueryError>) throws -> [T]? {
        guard let query else { return nil }
        switch apply(query) {
        case .success(let found): return found
        case .failure(let error):
            Inputs.printBadQuery(query, error)
            throw ExitCode(2)
        }
    }
}
