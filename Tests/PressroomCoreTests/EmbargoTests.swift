import Testing
@testable import PressroomCore

/// Embargoes read from release instructions, and the `has:embargo` / `embargoed:` query terms.
@Suite struct EmbargoTests {
    /// Seconds since 1970 UTC of a UTC date and time.
    static func utc(_ y: Int, _ m: Int, _ d: Int, _ h: Int = 0, _ min: Int = 0) -> Int64 {
        Embargo.daysFromCivil(year: y, month: m, day: d) * 86400 + Int64(h * 3600 + min * 60)
    }

    @Test(arguments: [
        ("EMBARGOED UNTIL 00:01 BST, WEDNESDAY 3 JULY 2024", "2024-07-03 00:01 BST", utc(2024, 7, 2, 23, 1)),
        ("EMBARGOED UNTIL 00:01, WEDNESDAY 8 MAY 2024", "2024-05-08 00:01", utc(2024, 5, 8, 0, 1)),
        ("Sperrfrist: 5. September 2023, 11:00 Uhr", "2023-09-05 11:00", utc(2023, 9, 5, 11)),
        ("Sous embargo jusqu’au jeudi 6 juin 2024 à 11 h", "2024-06-06 11:00", utc(2024, 6, 6, 11)),
        ("Embargoed until 9:00 CET on June 3, 2025", "2025-06-03 09:00 CET", utc(2025, 6, 3, 8)),
        ("Embargo: not for publication before 10:00 12 March 2025", "2025-03-12 10:00", utc(2025, 3, 12, 10)),
        ("Embargoed until 3.30 pm EST, 1 December 2024", "2024-12-01 15:30 EST", utc(2024, 12, 1, 20, 30)),
        ("Embargoed until 11:00 GMT+2 on 4 April 2024", "2024-04-04 11:00 GMT+2", utc(2024, 4, 4, 9)),
        ("UNDER EMBARGO UNTIL 12 MARCH 2025", "2025-03-12", utc(2025, 3, 12)),
    ])
    func theTimeAnEmbargoLifts(instruction: String, printed: String, lifts: Int64) throws {
        let embargo = try #require(Embargo(instruction: instruction))
        #expect(embargo.description == printed)
        #expect(embargo.lifts == lifts)
    }

    @Test func instructionsThatAreNoEmbargoOrGiveNoDate() {
        #expect(Embargo(instruction: "FOR IMMEDIATE RELEASE 12 March 2025") == nil)
        #expect(Embargo(instruction: "Embargoed until further notice") == nil)
        #expect(Embargo.isEmbargo("Embargoed until further notice"))
        #expect(Embargo.isEmbargo("Sperrfrist: 5. September 2023"))
        #expect(!Embargo.isEmbargo("For immediate release"))
    }

    static let releases = [
        Release(id: "a", source: "a.txt", format: .text, title: "Lifted", release: "EMBARGOED UNTIL 00:01 GMT 3 March 2025"),
        Release(id: "b", source: "b.txt", format: .text, title: "Later", release: "Embargoed until 10:00 CET on June 3, 2025"),
        Release(id: "c", source: "c.txt", format: .text, title: "Open", release: "For immediate release"),
        Release(id: "d", source: "d.txt", format: .text, title: "Undated", release: "Embargoed until further notice"),
        Release(id: "e", source: "e.txt", format: .text, title: "German", release: "Sperrfrist: 5. Juni 2025, 11:00 Uhr"),
    ]

    @Test func embargoedNowIsTheMomentGiven() {
        let index = SearchIndex(Self.releases)
        #expect(index.search("has:embargo").matches == [0, 1, 3, 4])
        #expect(index.search("embargoed:now", typing: false, now: Self.utc(2025, 1, 1)).matches == [0, 1, 4])
        #expect(index.search("embargoed:now", typing: false, now: Self.utc(2025, 3, 3, 0, 1)).matches == [1, 4])
        #expect(index.search("embargoed:now", typing: false, now: Self.utc(2025, 6, 3, 8, 59)).matches == [1, 4])
        #expect(index.search("embargoed:now", typing: false, now: Self.utc(2025, 6, 3, 9)).matches == [4])
        #expect(index.search("embargoed:now", typing: false, now: Self.utc(2025, 6, 5, 11)).matches == [])
        #expect(index.search("embargoed:2025-06-01 -german").matches == [1])
        #expect(index.search("has:embargo -embargoed:now", typing: false, now: Self.utc(2025, 4, 1)).matches == [0, 3])
        #expect(index.search("embargoed:soon").error?.message == "embargoed: takes now or a date like 2024-06-12")
        #expect(index.search("embargoed:no", typing: true).error == nil)
    }

    @Test func theStoredIndexKeepsTheEmbargoes() throws {
        let index = SearchIndex(Self.releases)
        let bytes = index.storedBytes()
        let restored = try #require(bytes.withUnsafeBytes { SearchIndex.restore($0, releases: Self.releases) })
        #expect(restored.search("embargoed:now", typing: false, now: Self.utc(2025, 1, 1)).matches == [0, 1, 4])
    }
}
