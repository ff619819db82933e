import Testing
@testable import PressroomCore

@Suite struct JSONExportTests {
    @Test func everyKeyPresentInSpecOrderWithNulls() {
        let r = Release(id: "abc", source: "a.txt", format: .text, title: "T \"q\"",
                        contacts: [Contact(name: "N", emails: ["n@x.org"])])
        let json = ReleaseJSON.object(r)
        #expect(json.hasPrefix(#"{"id":"abc","source":"a.txt","format":"text","kind":null,"title":"T \"q\"","subtitle":null,"date":null"#))
        #expect(json.contains(#""contacts":[{"name":"N","role":null,"organization":null,"phones":[],"emails":["n@x.org"],"urls":[]}]"#))
        #expect(json.hasSuffix(#""links":[],"warnings":[]}"#))
    }

    @Test func controlCharactersAreEscaped() {
        var out = ""
        ReleaseJSON.string("a\u{1}b\nc", into: &out)
        #expect(out == #""a\u0001b\nc""#)
    }
}
