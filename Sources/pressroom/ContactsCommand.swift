import ArgumentParser
import Foundation
import PressroomCore

/// `pressroom contacts`: every contact in the releases, one row each, with the release it is from.
struct ContactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contacts",
        abstract: "List the contacts printed in the releases (text, JSON, CSV or vCard).",
        discussion: """
        One row per contact with the release's date, organisation, title and source file.
        csv is RFC 4180 (for spreadsheets); vcard is vCard 4.0 (for address books).
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv, vcard }

    @Option(help: "text (aligned for reading), json, csv or vcard.") var format: Format = .text
    @Argument(help: "Files and folders to read (default: the bundled releases).") var paths: [String] = []

    @OptionGroup var cacheOptions: CacheOptions

    func run() throws {
        let archive = try Inputs.load(paths, cacheOptions)
        let rows = ContactRow.rows(archive.releases)
        let output: String
        switch format {
        case .text: output = ContactTable.text(rows)
        case .json: output = ContactTable.json(rows) + "\n"
        case .csv: output = ContactCSV.document(rows)
        case .vcard: output = ContactVCard.document(rows)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
        if !archive.problems.isEmpty { throw ExitCode(1) }
    }
}
