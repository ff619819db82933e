import Foundation
import Testing
@testable import PressroomCore

/// German writes the day as an ordinal number with a full stop (`5. September 2023`): a date line, not
/// the fifth item of a numbered list.
@Suite struct GermanDateLineTests {
    @Test func aDayWithAFullStopBeforeAMonthIsNoListMarker() {
        #expect(ReleaseLexicon.listMarkerLength("5. September 2023") == nil)
        #expect(ReleaseLexicon.listMarkerLength("12. März 2024") == nil)
        #expect(ReleaseLexicon.listMarkerLength("5. Die Fähre fährt ab Montag alle zwanzig Minuten.") != nil)
    }

    @Test func aGermanDateLineUnderTheHeadlineIsTheIssueDate() {
        let text = """
            Grüne Hafenkante
            Pressemitteilung

            Neue Fähre verbindet beide Ufer der Elbe

            5. September 2023

            Die neue Fähre zwischen Finkenwerder und den Landungsbrücken fährt ab Montag alle zwanzig Minuten und bringt Pendler in einer Viertelstunde über den Fluss, teilte der Verein heute mit.

            „Wir haben zehn Jahre für diese Verbindung gekämpft“, sagte die Vorsitzende des Vereins.

            """
        let file = SourceFile(url: URL(fileURLWithPath: "/test/datum.txt"), source: "datum.txt", format: .text)
        let release = ReleaseParser.parse(LoadedDocument(file: file, text: TextNormalizer.normalize(text), id: "test"))
        #expect(release.date == "2023-09-05")
        #expect(release.title == "Neue Fähre verbindet beide Ufer der Elbe")
        #expect(release.paragraphs.count == 2)
    }

    /// German and French releases end the dateline with a full stop after the date (`Ort, Datum. Text`).
    @Test(arguments: [
        ("Kiel, 4. Juni 2025. Die Förde-Fähren fahren ab Montag im Halbstundentakt.", "Kiel", "2025-06-04", "Die Förde-Fähren"),
        ("Kassel, 17.02.2026. Der Verein Nordstadtgärten eröffnet drei neue Beete.", "Kassel", "2026-02-17", "Der Verein"),
        ("Freiburg im Breisgau, den 2. März 2026. Das Stadtteilzentrum lädt ein.", "Freiburg im Breisgau", "2026-03-02", "Das Stadtteilzentrum"),
        ("Rennes, le 12 janvier 2026. L'association Vélo Vilaine ouvre un atelier.", "Rennes", "2026-01-12", "L'association"),
    ] as [(String, String, String, String)])
    func aDatelineEndedByAFullStop(_ paragraph: String, place: String, date: String, restStart: String) throws {
        let found = try #require(Dateline.split(paragraph, hints: DateHints()), "\(paragraph)")
        #expect(found.location == place)
        #expect(found.date?.iso == date)
        #expect(found.rest.hasPrefix(restStart), "\(found.rest)")
    }

    /// A sentence that names places and a year before its full stop is no dateline; nor is a date alone.
    @Test(arguments: [
        "Kiel, Lübeck und Flensburg wuchsen 2025. Die Studie nennt drei Gründe.",
        "Am 4. Juni 2025. Die Fähren fahren.",
        "Die Zahl stieg, so der Bericht, bis 2025. Danach fiel sie.",
    ])
    func noDatelineBeforeAFullStop(_ paragraph: String) {
        #expect(Dateline.split(paragraph, hints: DateHints()) == nil, "\(paragraph)")
    }

    /// PDF text (pages cut by form feeds) prints the standfirst without a gap above the dateline's line, in
    /// one block with the body: the dateline ends the standfirst, even when its last word is a verb's
    /// particle that could carry a line on (`… aus`).
    @Test func theStandfirstAboveTheDatelineInPDFText() {
        let text = "Pressemitteilung\n\n"
            + "Radler wünschen sich breitere Wege\n\n"
            + "Umfrage: Pendler in Kiel und Lübeck vor allem über Engstellen verärgert / Flensburg\n"
            + "mit den besten Radwegen / Pendler geben im Monat zwölf Euro für Reparaturen aus\n"
            + "Kiel, 4. Juni 2025. Die Radwege in den Städten des Nordens werden von der Mehrheit der Pendler als\n"
            + "zu schmal beschrieben. Vor allem in Kiel stören sich die Befragten an Engstellen und an parkenden\n"
            + "Lieferwagen. Das sind Ergebnisse einer Umfrage des Vereins Nordrad unter 1.200 Radfahrern.\n\n"
            + "Engstellen stören am meisten\n"
            + "Insgesamt 58 Prozent der Befragten nennen Engstellen als größtes Ärgernis auf dem Weg zur Arbeit.\n"
            + "\u{0C}Pressemitteilung\n\n"
            + "Flensburg vorn\n"
            + "In Flensburg bewerten drei Viertel der Befragten die Radwege als gut oder sehr gut, mehr als anderswo.\n"
        let file = SourceFile(url: URL(fileURLWithPath: "/test/umfrage.txt"), source: "umfrage.txt", format: .text)
        let release = ReleaseParser.parse(LoadedDocument(file: file, text: TextNormalizer.normalize(text), id: "test"))
        #expect(release.title == "Radler wünschen sich breitere Wege")
        #expect(release.subtitle?.hasPrefix("Umfrage: Pendler in Kiel") == true, "\(release.subtitle ?? "nil")")
        #expect(release.subtitle?.hasSuffix("für Reparaturen aus") == true)
        #expect(release.location == "Kiel")
        #expect(release.date == "2025-06-04")
        #expect(release.paragraphs.first?.hasPrefix("Die Radwege") == true, "\(release.paragraphs.first ?? "")")
    }
}
