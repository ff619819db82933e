import Testing
@testable import PressroomCore

/// `NeedleSet.occurs` filters positions by the needles' first bytes (two, or four when every needle has
/// four): it must find exactly what a plain search finds, at the start, the end and in between.
@Suite struct NeedleSetTests {
    static func plainSearch(_ needles: [[UInt8]], _ hay: [UInt8]) -> Bool {
        needles.contains { w in hay.count >= w.count && (0...(hay.count - w.count)).contains { Array(hay[$0..<$0 + w.count]) == w } }
    }

    @Test func findsWhatAPlainSearchFinds() {
        let contact = ReleaseLexicon.contactHeadingNeedles.filter { !$0.prefixOnly }.map(\.bytes)
        let sets: [[[UInt8]]] = [contact, [Array("ab".utf8), Array("xyz".utf8)], [Array("rsvp".utf8), Array("press:".utf8)]]
        let hays = ["media contact", "contact", "contac", "For more information", "rsvp", "rsv", "xrsvp", "Media Relations",
                    "press office hours", "pressoffice", "abc", "xy", "a", "", "the council said", "weitere informationen",
                    "press: jane", "kontakt:", "our inquiries team", "ab", "zzxyz", "enquirie"]
        for needles in sets {
            let set = NeedleSet(needles)
            for hay in hays {
                let bytes = Array(hay.utf8)
                let got = bytes.withUnsafeBufferPointer { set.occurs(in: $0) }
                #expect(got == Self.plainSearch(needles, bytes), "\(hay)")
            }
        }
        // What a reader checks: contact headings hold a contact word, titles do not.
        let set = NeedleSet(contact)
        #expect(Array("media contacts".utf8).withUnsafeBufferPointer { set.occurs(in: $0) })
        #expect(!Array("council approves new budget".utf8).withUnsafeBufferPointer { set.occurs(in: $0) })
    }
}
