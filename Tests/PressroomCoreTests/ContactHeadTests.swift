import Foundation
import Testing
@testable import PressroomCore

/// A contact block printed above the headline (the date and `Contact:` on one line, then the person's title,
/// office, phone and e-mail) gives the release's contact, on fictional contacts.
@Suite struct ContactHeadTests {
    private static let release = """
    June 3, 2024 Contact: Marisol Kent
    Public Information Officer
    Harlow County Clerk’s Office
    555-201-3000 (office)
    Marisol.Kent@HarlowCounty.example.gov
    For Immediate Release: County Clerk Opens Two New Passport Counters
    (Harlow, Ohio) – The Harlow County Clerk’s Office will open two new passport counters on Monday, the clerk announced today.
    The counters will be staffed from 8 a.m. to 4 p.m. each weekday, and appointments can be made online.
    ###
    """

    @Test func linesFromTheContactLabel() {
        let lines = Self.release.components(separatedBy: "\n")
        #expect(ContactParser.headContactLines(lines) == [
            "Contact: Marisol Kent", "Public Information Officer", "Harlow County Clerk’s Office", "555-201-3000 (office)",
            "Marisol.Kent@HarlowCounty.example.gov",
        ])
        #expect(ContactParser.parse(lines: ContactParser.headContactLines(lines)) == [
            Contact(name: "Marisol Kent", role: "Public Information Officer", organization: "Harlow County Clerk’s Office",
                    phones: ["5552013000"], emails: ["marisol.kent@harlowcounty.example.gov"]),
        ])
    }

    @Test func headlinesAndBodyLinesHoldNone() {
        #expect(ContactParser.headContactLines(["Council approves the budget", "The council approved its budget on Monday."]).isEmpty)
        // A label with no number or address after it is no block.
        #expect(ContactParser.headContactLines(["Contact: Marisol Kent", "Council approves the budget"]).isEmpty)
    }

    @Test func releaseGivesTheContactOnce() {
        let file = SourceFile(url: URL(fileURLWithPath: "/test/head.txt"), source: "head.txt", format: .text)
        let r = ReleaseParser.parse(LoadedDocument(file: file, text: TextNormalizer.normalize(Self.release), id: "test"))
        #expect(r.contacts.map(\.name) == ["Marisol Kent"])
        #expect(r.contacts.first?.emails == ["marisol.kent@harlowcounty.example.gov"])
    }

    @Test func repeatedAtTheEndCountsOnce() {
        let head = [Contact(name: "Marisol Kent", phones: ["5552013000"])]
        let end = [Contact(name: "Marisol Kent", role: "Public Information Officer", phones: ["5552013000"])]
        #expect(ContactParser.headContacts(head, besides: end).isEmpty)
    }
}
