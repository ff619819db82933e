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

    /// The lead-in sentence printed as the last line of the paragraph above the block (no blank line between)
    /// opens the contact block and leaves the body.
    @Test func leadInEndingTheParagraphAbove() {
        let text = """
        Dunleavy launches bid for harbour council seat

        Moira Dunleavy, a ferry engineer for twenty years, said on Monday that she will stand for the harbour
        council in the autumn election, and that her first aim is a second evening crossing.
        Moira Dunleavy can be contacted at:

        moira@dunleavy.example.ca | Phone: 250 555 0199 Website: http://www.dunleavy.example.ca
        """
        let file = SourceFile(url: URL(fileURLWithPath: "/test/leadin.txt"), source: "leadin.txt", format: .text)
        let r = ReleaseParser.parse(LoadedDocument(file: file, text: TextNormalizer.normalize(text), id: "test"))
        #expect(r.contacts.map(\.name) == ["Moira Dunleavy"])
        #expect(!r.paragraphs.contains { $0.contains("can be contacted") })
    }

    /// Markdown hard breaks keep a heading and its contact's lines in one block: the block is the contact
    /// block, not a note.
    @Test func headingAndContactInOneMarkdownBlock() {
        let text = """
        # Quillfeather Biosciences reports trial results

        Quillfeather Biosciences said on Tuesday that its inhaled treatment met its main goal in a trial of 240 patients.

        ## About Quillfeather Biosciences

        Quillfeather Biosciences is a company based in Lowell that develops inhaled medicines.

        Investor Contact:  
        Priya Anand-Holt  
        Quillfeather Biosciences  
        (617) 555-0177  
        ir@quillfeather.example.com

        Media Contact:  
        Tomasz Greer  
        Lantern Row Partners  
        (212) 555-0166  
        tgreer@lanternrow.example.com
        """
        let file = SourceFile(url: URL(fileURLWithPath: "/test/md.md"), source: "md.md", format: .markdown)
        let r = ReleaseParser.parse(LoadedDocument(file: file, text: TextNormalizer.normalize(text), id: "test"))
        #expect(r.contacts.map(\.name) == ["Priya Anand-Holt", "Tomasz Greer"])
        #expect(r.notes.count == 1)
    }
}

