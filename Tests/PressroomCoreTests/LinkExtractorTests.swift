import Testing
@testable import PressroomCore

@Suite struct LinkExtractorTests {
    @Test func absoluteAddressesAsPrintedWithoutTrailingPunctuation() {
        #expect(LinkExtractor.links(in: "See https://crep.example.edu/four-day-week.") == ["https://crep.example.edu/four-day-week"])
        #expect(LinkExtractor.links(in: "(voir https://example.fr/rapport), «https://example.fr/a»;")
                == ["https://example.fr/rapport", "https://example.fr/a"])
        #expect(LinkExtractor.links(in: "“https://example.org/x”: done") == ["https://example.org/x"])
        #expect(LinkExtractor.links(in: "https://en.example.org/wiki/Foo_(bar)") == ["https://en.example.org/wiki/Foo_(bar)"])
    }

    @Test func bareWWWGetsHTTP() {
        #expect(LinkExtractor.links(in: "available at www.kioskwater.example.org/audit2023. The network")
                == ["http://www.kioskwater.example.org/audit2023"])
        #expect(LinkExtractor.links(in: "Plus d’informations : www.semences.sn") == ["http://www.semences.sn"])
    }

    @Test func bareDomainsWithAKnownTopLevelDomainOrAPath() {
        #expect(LinkExtractor.links(in: "Web: netball-reef.com.au | Instagram: @reefnetball") == ["http://netball-reef.com.au"])
        #expect(LinkExtractor.links(in: "Details: example.org/tickets") == ["http://example.org/tickets"])
        #expect(LinkExtractor.links(in: "brightline-pr.example/press") == ["http://brightline-pr.example/press"])
    }

    @Test func notLinks() {
        #expect(LinkExtractor.links(in: "e.g. the report.pdf, i.e. 4.2 MW, U.S. and Node.js") == [])
        #expect(LinkExtractor.links(in: "Follow @JiraniWater and @srna.netball") == [])
        #expect(LinkExtractor.links(in: "Haneul Motion Robotics Co., Ltd. grew 3.1%.") == [])
        #expect(LinkExtractor.links(in: "see annex.docx and photo.jpg/ in folder") == [])
        #expect(LinkExtractor.links(in: "available at noon at the museum") == [])
    }

    @Test func emailsLowerCasedWithMailto() {
        #expect(LinkExtractor.links(in: "Email: B.Odhiambo@KioskWater.example.org.") == ["mailto:b.odhiambo@kioskwater.example.org"])
        #expect(LinkExtractor.emails(in: "a@x.org, b@y.co.uk; mailto:c@z.de") == ["a@x.org", "b@y.co.uk", "c@z.de"])
        #expect(LinkExtractor.links(in: "[Write to us](mailto:press@example.org)") == ["mailto:press@example.org"])
        #expect(LinkExtractor.emails(in: "Kontakt: jörg.brückner@beispiel.de, «anna@beispiel.de»") == ["jörg.brückner@beispiel.de", "anna@beispiel.de"])
    }

    @Test func obfuscatedEmails() {
        #expect(LinkExtractor.emails(in: "jane.doe [at] example [dot] org") == ["jane.doe@example.org"])
        #expect(LinkExtractor.emails(in: "presse(at)stiftung-beispiel.de") == ["presse@stiftung-beispiel.de"])
        #expect(LinkExtractor.emails(in: "contact {at} example (dot) fr") == ["contact@example.fr"])
        #expect(LinkExtractor.emails(in: "write to press AT example DOT org today") == ["press@example.org"])
        #expect(LinkExtractor.emails(in: "prensa [arroba] ejemplo.es") == ["prensa@ejemplo.es"])
        #expect(LinkExtractor.emails(in: "presse@beispiel[dot]de") == ["presse@beispiel.de"])
        // A plain `at` without a spelt-out `dot` is a sentence.
        #expect(LinkExtractor.emails(in: "available at www.example.org and at example.org") == [])
    }

    @Test func distinctInOrderOfFirstAppearance() {
        let text = """
        Visit www.example.org. Contact press@example.org or PRESS@example.org.
        http://www.example.org/
        mailto:press@example.org
        https://other.example.com/a
        """
        #expect(LinkExtractor.links(in: text) == ["http://www.example.org", "mailto:press@example.org", "https://other.example.com/a"])
    }

    @Test func webAddressesLeaveEmailsOut() {
        #expect(LinkExtractor.webAddresses(in: "jane@example.org, www.example.org") == ["http://www.example.org"])
    }
}

/// An address cut at its own hyphen by a line break is one link, not a stray domain.
@Suite struct LinkWrapTests {
    @Test func anEmailCutAtItsHyphenIsOneLink() {
        let links = LinkExtractor.links(in: "Awa Sawadogo – awa.sawadogo@papillon-\n\nsavanes.org\n")
        #expect(links == ["mailto:awa.sawadogo@papillon-savanes.org"])
    }

    @Test func anOrdinaryLineEndHyphenIsLeftAlone() {
        #expect(LinkExtractor.links(in: "a long-\nterm plan, see www.example.org") == ["http://www.example.org"])
    }
}
