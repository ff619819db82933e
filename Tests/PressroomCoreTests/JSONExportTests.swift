import Testing
@testable import PressroomCore

@Suite struct JSONExportTests {
    @Test func everyKeyPresentInSpecOrderWithNulls() {
        let r = Release(id: "abc", source: "a.txt", format: .text, title: "T \"q\"",
                        contacts: [Contact(name: "N", emails: ["n@x.org"])])
        let json = ReleaseJSON.object(r)
        #expect(json.hasPrefix(#"{"id":"abc","source":"a.txt","format":"text","kind":null,"title":"T \"q\"","subtitle":null,"date":null"#))
        #expect(json.contains(#""contacts":[{"name":"N","role":null,"organization":null,"phones":[],"emails":["n@x.org"],"urls":[],"phone_details":[]}]"#))
        #expect(json.hasSuffix(#""links":[],"warnings":[]}"#))
    }

    /// The spec's optional `phone_details`: one object per phone, what was printed, the E.164 form where
    /// known, and the label.
    @Test func phoneDetailsFollowThePhones() {
        var c = Contact(name: "N", phones: ["+442079460123", "07700900555"])
        c.phoneDetails = [PhoneDetail(printed: "+44 (0)20 7946 0123 ext. 4", e164: "+442079460123", label: "Tel"),
                          PhoneDetail(printed: "07700 900555", label: "Out of hours")]
        let json = ReleaseJSON.object(Release(id: "abc", source: "a.txt", format: .text, title: "T", contacts: [c]))
        #expect(json.contains(#""urls":[],"phone_details":[{"printed":"+44 (0)20 7946 0123 ext. 4","e164":"+442079460123","label":"Tel"},{"printed":"07700 900555","e164":null,"label":"Out of hours"}]}]"#))
    }

    @Test func controlCharactersAreEscaped() {
        var out = ""
        ReleaseJSON.string("a\u{1}b\nc", into: &out)
        #expect(out == #""a\u0001b\nc""#)
    }

    /// The whole-string fast path agrees with the byte walk on strings that need escapes and strings that do not
    /// (ASCII, accents, a dash whose lead byte is 0xE2 like U+2028's, the line separators themselves).
    @Test func fastPathAgreesWithThePlainWalk() {
        let samples = ["", "plain words", "Genève – Zürich", "quote \" here", "back\\slash", "tab\there",
                       "line\u{2028}sep", "para\u{2029}sep", "dash \u{2013} and \u{2026}", "\u{7F}del", "日本語",
                       "end\r\n"]
        for s in samples {
            var fast = "", plain = ""
            ReleaseJSON.string(s, into: &fast)
            ReleaseJSON.stringPlain(s, into: &plain)
            #expect(fast == plain, "\(s.debugDescription)")
        }
        #expect(ReleaseJSON.needsNoEscape("Genève, 3 mai") == true)
        #expect(ReleaseJSON.needsNoEscape("a \u{2013} b") == false)
        #expect(ReleaseJSON.needsNoEscape("say \"hi\"") == false)
    }
}
