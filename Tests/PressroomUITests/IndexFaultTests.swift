import PressroomCore
import Testing
@testable import PressroomUI

/// A fault of the index reaches the browser as data (`Action.indexFault`) and `update` words the status line:
/// short (no path where a shorter wording exists), an error, and saying the browser runs from memory.
@Suite struct IndexFaultTests {
    func shown(_ kind: CacheFault.Kind) -> StatusMessage? {
        let fault = CacheFault("the long line for stderr; running from memory", kind: kind)
        return update(AppState(releases: Fixtures.archive), .indexFault(fault)).state.message
    }

    @Test func eachFaultIsWordedForTheStatusBar() {
        let cases: [(CacheFault.Kind, String)] = [
            (.damaged("file is not a database"), "The index is damaged (file is not a database): running from memory"),
            (.locked, "The index is locked by another process: running from memory"),
            (.diskFull, "The disk holding the index is full: running from memory"),
            (.notWritable("attempt to write a readonly database"),
             "The index cannot be written (attempt to write a readonly database): running from memory"),
            (.cannotOpen("Permission denied"), "Cannot open the index (Permission denied): running from memory"),
            (.readOrWrite("disk I/O error"), "Cannot read or write the index (disk I/O error): running from memory"),
            (.unusable("out of memory"), "Cannot use the index (out of memory): running from memory"),
            (.folderNotMade("Not a directory"), "Cannot create the index's folder (Not a directory): running from memory"),
            (.anotherProgramsDatabase, "The index file is another program's database: running from memory"),
            (.newerSchema, "The index was written by a newer pressroom: running from memory"),
            (.noWriteAheadLog(path: "/tmp/x.sqlite", mode: "memory"),
             "the cache /tmp/x.sqlite cannot use a write-ahead log (journal mode memory): running from memory"),
            (.other(path: "/tmp/x.sqlite", error: "gone", opening: true), "cannot open the cache /tmp/x.sqlite (gone): running from memory"),
            (.other(path: "/tmp/x.sqlite", error: "gone", opening: false), "cannot use the cache /tmp/x.sqlite (gone): running from memory"),
        ]
        for (kind, line) in cases {
            #expect(shown(kind) == StatusMessage(line, isError: true), "\(kind)")
        }
    }

    @Test func theLineShowsOnTheStatusBarUntilTheNextKey() {
        let fault = CacheFault("stderr", kind: .locked)
        var state = update(AppState(releases: Fixtures.archive), .indexFault(fault)).state
        #expect(render(state).line(state.size.rows - 1).contains("The index is locked by another process: running from memory"))
        state = update(state, .move(.lineDown)).state
        #expect(state.message == nil)
    }
}
