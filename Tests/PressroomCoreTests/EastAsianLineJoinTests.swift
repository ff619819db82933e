import Testing
@testable import PressroomCore

/// Chinese and Japanese paragraphs wrapped over printed lines: the line ends fall between characters of a text
/// written without word spaces, so joining the lines adds none (invented text).
@Suite struct EastAsianLineJoinTests {
    static func join(_ lines: [String]) -> String {
        Reflow.join(lines, evidence: HyphenationEvidence(), keepLineEndHyphens: false)
    }

    @Test func japaneseLinesJoinWithoutASpace() {
        #expect(Self.join(["市立図書館は来月から開館時間を延長し、平日は午後九時まで利用できるよう", "になります。"])
                == "市立図書館は来月から開館時間を延長し、平日は午後九時まで利用できるようになります。")
        // Kana after a full-width comma; an ideograph after kana; full-width brackets.
        #expect(Self.join(["新しい自習室も設けられ、", "学生の学習の場として", "（二階）活用されます。"])
                == "新しい自習室も設けられ、学生の学習の場として（二階）活用されます。")
        #expect(Self.join(["本市在推出新的夜间开放时间后，", "预计将吸引更多读者。"]) == "本市在推出新的夜间开放时间后，预计将吸引更多读者。")
    }

    @Test func aWrappedHeadlineJoinsTheSameWay() {
        #expect(Reflow.spaced(["市立図書館、夜間開館を", "始めます"]) == "市立図書館、夜間開館を始めます")
        #expect(Reflow.spaced(["Harbour Library opens", "at night", ""]) == ["Harbour Library opens", "at night", ""].joined(separator: " "))
        #expect(Reflow.spaced(["Lantern 図書館", "Project"]) == "Lantern 図書館 Project")
    }

    @Test func otherLineEndsKeepTheirSpace() {
        // Korean spaces its words; Latin text beside Japanese keeps the space the printed line end stood for.
        #expect(Self.join(["도서관은 다음 달부터", "야간 개관 시간을 늘린다."]) == "도서관은 다음 달부터 야간 개관 시간을 늘린다.")
        #expect(Self.join(["新しい Web", "アプリを公開します。"]) == "新しい Web アプリを公開します。")
        #expect(Self.join(["市立図書館の", "Lantern Project は"]) == "市立図書館の Lantern Project は")
        #expect(Self.join(["Café au lait", "à midi"]) == "Café au lait à midi")
        #expect(Self.join(["Gebühren für Ärzte:", "Übersicht"]) == "Gebühren für Ärzte: Übersicht")
    }

    @Test func aJapaneseReleaseReadsAsOneParagraph() {
        let r = IssueDateEvidenceTests.parseNormalized("""
            ナギサ市立図書館、夜間開館を始めます

            ナギサ市立図書館は、来月から夜間の開館時間を延長し、平日は午後九時まで利用できるよう
            になります。新しい自習室も二階に設けられ、
            学生や社会人の学習の場として活用されることが期待されています。

            夜間開館は平日のみで、土曜日と日曜日は
            これまでどおり午後五時に閉館します。

            Contact: Aoi Tanabe, press@nagisa-library.example
            """)
        #expect(r.paragraphs.last == "夜間開館は平日のみで、土曜日と日曜日はこれまでどおり午後五時に閉館します。")
        #expect(r.paragraphs.count + (r.subtitle == nil ? 0 : 1) == 2)
        #expect((r.subtitle ?? r.paragraphs.first) == "ナギサ市立図書館は、来月から夜間の開館時間を延長し、平日は午後九時まで利用できるようになります。新しい自習室も二階に設けられ、学生や社会人の学習の場として活用されることが期待されています。")
    }
}
