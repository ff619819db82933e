import Testing
@testable import PressroomCore

/// `ReleaseLexicon.LineKey.heading` is the folded line without its trailing colons and spaces, cut on bytes
/// when it can be: it must equal the character definition for headings as users type them.
@Suite struct LineKeyTests {
    static func byCharacters(_ folded: String) -> String {
        var h = Substring(folded)
        while let last = h.last, last == ":" || last == " " { h = h.dropLast() }
        return String(h)
    }

    @Test func headingDropsTrailingColonsAndSpaces() {
        let lines = ["Media contact:", "Contacts presse :", "NOTES TO EDITORS:", "Relations médias:", "Pressestelle 北京:",
                     "Kontakt: :", "**Press:**", "Notes", "Más información:", "Über uns :", "Contact\u{301}:", ":x:"]
        for line in lines {
            guard let key = ReleaseLexicon.LineKey(line) else { Issue.record("no key for \(line)"); continue }
            #expect(key.heading == Self.byCharacters(key.folded), "\(line)")
        }
        #expect(ReleaseLexicon.LineKey("Media contact:")?.heading == "media contact")
        #expect(ReleaseLexicon.LineKey("Contacts presse :")?.heading == "contacts presse")
        #expect(ReleaseLexicon.LineKey("Pressestelle 北京:")?.heading == "pressestelle 北京")
    }
}

/// `stripMarkupTrimmed` trims a line without markup once: the same text as trimming after `stripMarkup`.
@Suite struct StripMarkupTrimmedTests {
    @Test func sameAsTrimAfterStrip() {
        let lines = ["  Media contact:  ", "## Notes to editors ", "**About Acme** ", " __Hintergrund__", "\u{2003}Über uns\u{3000}",
                     " \u{2003} x \t", "#", "  ", "", "*", "_a_", "Plain", "\tTabbed\r\n", "\u{A0}Contacts presse :\u{A0}"]
        for line in lines {
            #expect(ReleaseLexicon.stripMarkupTrimmed(line) == TextScan.trim(ReleaseLexicon.stripMarkup(line)), "\(line)")
        }
        #expect(ReleaseLexicon.stripMarkupTrimmed("  ## Notes to editors  ") == "Notes to editors")
    }
}
