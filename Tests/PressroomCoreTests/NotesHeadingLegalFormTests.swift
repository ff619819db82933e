import Testing
@testable import PressroomCore

/// `About X (Pvt.) Ltd.`: a notes heading may end in a legal form with its full stop and hold a bracketed
/// part of the name; a sentence that opens with `About` is still no heading.
@Test func anAboutHeadingMayEndInALegalForm() {
    #expect(ReleaseLexicon.isNotesHeading("About Kestrel Cold Chain (Pvt.) Ltd."))
    #expect(ReleaseLexicon.isNotesHeading("About Marrow Valley Holdings Inc."))
    #expect(!ReleaseLexicon.isNotesHeading("About forty farmers joined the scheme last year."))
    #expect(!ReleaseLexicon.isNotesHeading("About Kestrel. The company was founded in 2019."))
}
