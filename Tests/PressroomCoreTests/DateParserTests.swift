import Foundation
import Testing
@testable import PressroomCore

/// One line as printed, the ISO date it must give, and the text the match must cover.
struct DateCase: CustomTestStringConvertible, Sendable {
    var line: String
    var iso: String?
    var matched: String?
    var monthFirst: Bool? = nil
    var testDescription: String { line }
}

let dateTable: [DateCase] = [
    // English
    DateCase(line: "28 June, 2021 ", iso: "2021-06-28", matched: "28 June, 2021"),
    DateCase(line: "June 28, 2021", iso: "2021-06-28", matched: "June 28, 2021"),
    DateCase(line: "March 3, 2025", iso: "2025-03-03", matched: "March 3, 2025"),
    DateCase(line: "Sept. 5, 2024", iso: "2024-09-05", matched: "Sept. 5, 2024"),
    DateCase(line: "SEOUL, South Korea, Jan. 9, 2024 — Haneul Motion", iso: "2024-01-09", matched: "Jan. 9, 2024"),
    DateCase(line: "Monday 3 March 2025", iso: "2025-03-03", matched: "Monday 3 March 2025"),
    DateCase(line: "Tuesday, 14 November 2023", iso: "2023-11-14", matched: "Tuesday, 14 November 2023"),
    DateCase(line: "3rd March 2025", iso: "2025-03-03", matched: "3rd March 2025"),
    DateCase(line: "Issued on 3rd March, 2025", iso: "2025-03-03", matched: "3rd March, 2025"),
    DateCase(line: "NAIROBI, Kenya, 14 May 2023 – The Jirani", iso: "2023-05-14", matched: "14 May 2023"),
    DateCase(line: "EMBARGOED UNTIL 00:01 BST, WEDNESDAY 3 JULY 2024", iso: "2024-07-03", matched: "WEDNESDAY 3 JULY 2024"),
    DateCase(line: "FROM 1ST JULY TO 31ST JULY 2025", iso: "2025-07-31", matched: "31ST JULY 2025"),
    DateCase(line: "Thursday, November 14th, 2024", iso: "2024-11-14", matched: "Thursday, November 14th, 2024"),
    DateCase(line: "22nd Feb 2024", iso: "2024-02-22", matched: "22nd Feb 2024"),
    // ISO and numeric
    DateCase(line: "2024-11-14", iso: "2024-11-14", matched: "2024-11-14"),
    DateCase(line: "Date: 2024-03-04", iso: "2024-03-04", matched: "2024-03-04", monthFirst: false),
    DateCase(line: "Date: 14.11.2023", iso: "2023-11-14", matched: "14.11.2023"),
    DateCase(line: "14.05.2023", iso: "2023-05-14", matched: "14.05.2023"),
    DateCase(line: "São Paulo, 17/04/2024 – Um levantamento", iso: "2024-04-17", matched: "17/04/2024"),
    DateCase(line: "5/23/2024", iso: "2024-05-23", matched: "5/23/2024"),
    DateCase(line: "03/04/2024", iso: "2024-03-04", matched: "03/04/2024", monthFirst: true),
    DateCase(line: "03/04/2024", iso: "2024-04-03", matched: "03/04/2024", monthFirst: false),
    DateCase(line: "14-05-2023", iso: "2023-05-14", matched: "14-05-2023"),
    // French
    DateCase(line: "Dakar, le 12 mars 2024", iso: "2024-03-12", matched: "le 12 mars 2024"),
    DateCase(line: "1er juin 2024", iso: "2024-06-01", matched: "1er juin 2024"),
    DateCase(line: "Paris, le mardi 1er août 2023", iso: "2023-08-01", matched: "le mardi 1er août 2023"),
    DateCase(line: "LE 5 FÉVRIER 2024", iso: "2024-02-05", matched: "LE 5 FÉVRIER 2024"),
    DateCase(line: "le 5 fevrier 2024", iso: "2024-02-05", matched: "le 5 fevrier 2024"),
    DateCase(line: "Genève, 9 déc. 2022", iso: "2022-12-09", matched: "9 déc. 2022"),
    // Spanish
    DateCase(line: "12 de marzo de 2024", iso: "2024-03-12", matched: "12 de marzo de 2024"),
    DateCase(line: "Santander, 23 de septiembre de 2024.– La Asociación", iso: "2024-09-23", matched: "23 de septiembre de 2024"),
    DateCase(line: "Miércoles, 2 de octubre del 2024", iso: "2024-10-02", matched: "Miércoles, 2 de octubre del 2024"),
    DateCase(line: "1.º de enero de 2025", iso: "2025-01-01", matched: "1.º de enero de 2025"),
    // Portuguese
    DateCase(line: "14 de maio de 2023", iso: "2023-05-14", matched: "14 de maio de 2023"),
    DateCase(line: "Lisboa, segunda-feira, 3 de março de 2025", iso: "2025-03-03", matched: "segunda-feira, 3 de março de 2025"),
    DateCase(line: "1º de dezembro de 2023", iso: "2023-12-01", matched: "1º de dezembro de 2023"),
    DateCase(line: "10 de marco de 2024", iso: "2024-03-10", matched: "10 de marco de 2024"),
    // German
    DateCase(line: "14. Mai 2023", iso: "2023-05-14", matched: "14. Mai 2023"),
    DateCase(line: "Hamburg, 5. September 2023", iso: "2023-09-05", matched: "5. September 2023"),
    DateCase(line: "Sperrfrist: 5. September 2023, 11:00 Uhr", iso: "2023-09-05", matched: "5. September 2023"),
    DateCase(line: "Berlin, Donnerstag, 7. März 2024", iso: "2024-03-07", matched: "Donnerstag, 7. März 2024"),
    DateCase(line: "7. Maerz 2024", iso: "2024-03-07", matched: "7. Maerz 2024"),
    DateCase(line: "am 2. Oktober 2023", iso: "2023-10-02", matched: "am 2. Oktober 2023"),
    // Leap years and impossible dates
    DateCase(line: "29 February 2024", iso: "2024-02-29", matched: "29 February 2024"),
    DateCase(line: "29 February 2023", iso: nil, matched: nil),
    DateCase(line: "29/02/1900", iso: nil, matched: nil),
    DateCase(line: "29/02/2000", iso: "2000-02-29", matched: "29/02/2000"),
    DateCase(line: "31 April 2024", iso: nil, matched: nil),
    DateCase(line: "2024-02-30", iso: nil, matched: nil),
    DateCase(line: "13/13/2024", iso: nil, matched: nil),
    // Not dates
    DateCase(line: "12 March", iso: nil, matched: nil),
    DateCase(line: "June 2024", iso: nil, matched: nil),
    DateCase(line: "on 25 May.", iso: nil, matched: nil),
    DateCase(line: "KSh 2.50 for a 20-litre jerrican", iso: nil, matched: nil),
    DateCase(line: "Tel: +254 (0)20 765 4410", iso: nil, matched: nil),
    DateCase(line: "version 1.2.3.2024", iso: nil, matched: nil),
    DateCase(line: "since 2015, at least 96", iso: nil, matched: nil),
    DateCase(line: "sold out 5, 2024", iso: nil, matched: nil),
]

@Test("every printed date format gives its ISO date and range", arguments: dateTable)
func dateFormats(_ c: DateCase) {
    let match = DateParser.firstDate(in: c.line, hints: DateHints(monthFirst: c.monthFirst))
    #expect(match?.iso == c.iso)
    #expect(match.map { String(c.line[$0.range]) } == c.matched)
}

@Test func ambiguousNumericDateIsReadDayFirstWithAWarning() {
    let match = DateParser.firstDate(in: "Date: 03/04/2024", hints: DateHints())
    #expect(match?.iso == "2024-04-03")
    #expect(match?.warning == "date 03/04/2024 read as 3 April 2024 (day first)")
    // Resolved by evidence: no warning.
    #expect(DateParser.firstDate(in: "03/04/2024", hints: DateHints(monthFirst: false))?.warning == nil)
    // Unambiguous: no warning.
    #expect(DateParser.firstDate(in: "17/04/2024")?.warning == nil)
}

@Test func isoIsNeverReordered() {
    #expect(DateParser.firstDate(in: "2024-03-04", hints: DateHints(monthFirst: true))?.iso == "2024-03-04")
    #expect(DateParser.firstDate(in: "2024-03-04", hints: DateHints(monthFirst: false))?.iso == "2024-03-04")
    #expect(DateParser.firstDate(in: "2024-03-04")?.warning == nil)
}

@Test func allDatesListsEachOnce() {
    let dates = DateParser.allDates(in: "From 2 July 2024 to 3 July 2024, then 2024-08-01.")
    #expect(dates.map(\.iso) == ["2024-07-02", "2024-07-03", "2024-08-01"])
}

@Test func rangeIsInTheLineItWasFoundIn() throws {
    let text = "Header line\nNAIROBI, Kenya, 14 May 2023 – The Jirani"
    let line = try #require(text.split(separator: "\n").last)
    let match = try #require(DateParser.firstDate(in: line))
    #expect(String(text[match.range]) == "14 May 2023")
    #expect(line[..<match.range.lowerBound] == "NAIROBI, Kenya, ")
}

@Suite struct DateHintsTests {
    @Test func anUnambiguousNumericDateSettlesTheOrder() {
        #expect(DateHints.infer(from: "Issued 5/23/2024.\nMeeting on 03/04/2024").monthFirst == true)
        #expect(DateHints.infer(from: "Issued 23/5/2024.\nMeeting on 03/04/2024").monthFirst == false)
    }

    @Test func aUSDatelineMeansMonthFirst() {
        #expect(DateHints.infer(from: "BOSTON, Mass. — The company said on 03/04/2024 that").monthFirst == true)
        #expect(DateHints.infer(from: "AUSTIN, Texas, 03/04/2024 – The company").monthFirst == true)
        #expect(DateHints.infer(from: "NEW YORK, N.Y., 03/04/2024 - The company").monthFirst == true)
    }

    @Test func otherLanguagesAreDayFirst() {
        let french = "Le réseau a publié le rapport pour les semences et les paysans dans la région du Sénégal. La date est 03/04/2024."
        #expect(DateHints.infer(from: french).language == "fr")
        #expect(DateHints.infer(from: french).monthFirst == false)
        let german = "Die Stiftung und der Verein haben mit den Jugendlichen in der Stadt eine neue Werkstatt für die Ausbildung eröffnet."
        #expect(DateHints.infer(from: german).language == "de")
        #expect(DateHints.infer(from: german).monthFirst == false)
        let spanish = "La asociación ha hecho balance de la temporada de su liga con los clubes y las regatas para el año que viene."
        #expect(DateHints.infer(from: spanish).language == "es")
        let portuguese = "O instituto publicou um levantamento com os dados das veredas do planalto para a região e os municípios."
        #expect(DateHints.infer(from: portuguese).language == "pt")
    }

    @Test func englishFollowsItsWrittenDates() {
        #expect(DateHints.infer(from: "LONDON, 14 May 2023 – The company said that on 03/04/2024 it will").monthFirst == false)
        #expect(DateHints.infer(from: "May 14, 2023 – The company said that on 03/04/2024 it will").monthFirst == true)
    }

    @Test func noEvidenceLeavesTheOrderOpen() {
        #expect(DateHints.infer(from: "The meeting is on 03/04/2024.").monthFirst == nil)
    }
}

/// The dev corpus, when the shared folder is beside the repository (it is not part of the package).
let dateDevCorpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../../shared/corpus/dev").standardized.path

/// Gold issue dates that no line of their file yields. A ratchet: lowered as the date grammar learns, never raised.
let goldDatesNotFoundCeiling = 0

@Test(.enabled(if: FileManager.default.fileExists(atPath: dateDevCorpus + "/gold")))
func goldIssueDatesAreAmongTheDatesFoundInTheirFiles() throws {
    let gold = try FileManager.default.contentsOfDirectory(atPath: dateDevCorpus + "/gold").filter { $0.hasSuffix(".json") }
    var checked = 0
    var missed: [String] = []
    for name in gold.sorted() {
        let record = try #require(JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: dateDevCorpus + "/gold/" + name))) as? [String: Any])
        guard let date = record["date"] as? String, let source = record["source"] as? String,
              !source.hasSuffix(".pdf") else { continue }
        let doc = try ArchiveReader.read(SourceFile(url: URL(fileURLWithPath: dateDevCorpus + "/releases/" + source),
                                                    source: source, format: .text)).get()
        let hints = DateHints.infer(from: doc.text)
        let found = doc.text.split(separator: "\n").flatMap { DateParser.allDates(in: String($0), hints: hints) }
        if !found.contains(where: { $0.iso == date }) { missed.append("\(source): \(date) not in \(found.map(\.iso))") }
        #expect(found.allSatisfy { $0.warning == nil }, "\(source): the dev set has only unambiguous dates")
        checked += 1
    }
    #expect(checked >= 20)
    #expect(missed.count <= goldDatesNotFoundCeiling, "\(missed.count) gold dates not found:\n\(missed.joined(separator: "\n"))")
}
