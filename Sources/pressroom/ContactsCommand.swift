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

    @OptionGroup var inputs: InputPaths

    func run() throws {
        if merged {
            let archive = try Inputs.load(inputs.paths, inputs.cache)
            let directory = ContactDirectory(archive.releases)
            let entries = try Self.filter(query) { directory.filtered($0) } ?? directory.entries
            let output: String
            switch format {
            case .text: output = ContactTable.text(entries)
            case .json: output = ContactTable.json(entries) + "\n"
            case .csv: output = ContactCSV.document(entries)
            case .vcard: output = ContactVCard.document(entries)
            }
            Output.write(output)
            if !archive.problems.isEmpty { throw ExitCode(1) }
            return
        }
        // One row per contact: the releases stream past, only their rows are kept. CSV and vCard rows go
        // out as their releases come (in `source` order); the text table needs every row for its widths,
        // JSON is one array, and a query is answered over all the rows.
        var out = Output.Buffer()
        var rows: [ContactRow] = []
        var wroteHeader = false
        let direct = query == nil && (format == .csv || format == .vcard)
        let format = self.format
        let archive: Archive
        do {
            archive = try Inputs.load(inputs.paths, inputs.cache, stream: { release in
                let mine = ContactRow.rows([release])
                guard direct else { rows += mine; return }
                if format == .csv {
                    if !wroteHeader { out.append(CSV.line(ContactCSV.header)); wroteHeader = true }
                    for row in mine { out.append(CSV.line(ContactCSV.fields(row))) }
                } else {
                    out.append(ContactVCard.document(mine))
                }
            })
        } catch {
            out.flush()  // the rows already given stay whole
            throw error
        }
        if direct {
            if format == .csv && !wroteHeader { out.append(CSV.line(ContactCSV.header)) }
        } else {
            let chosen = try Self.filter(query) { q in
                ContactRow.matching(rows, query: q).map { $0.map { rows[$0] } }
            } ?? rows
            switch format {
            case .text: out.append(ContactTable.text(chosen))
            case .json: out.append(ContactTable.json(chosen) + "\n")
            case .csv: out.append(ContactCSV.document(chosen))
            case .vcard: out.append(ContactVCard.document(chosen))
            }
        }
        out.flush()
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
