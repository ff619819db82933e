import PressroomCore

/// The status line for a fault of the index (`Action.indexFault`): what happened, short enough for the bar
/// (no path but where the fault has no shorter wording), and that the browser runs from memory — the load
/// goes on without the index, so the line says it is not a failure of the archive.
enum IndexFault {
    static func line(_ fault: CacheFault) -> String {
        let what: String
        switch fault.kind {
        case .damaged(let detail): what = "The index is damaged (\(detail))"
        case .locked: what = "The index is locked by another process"
        case .diskFull: what = "The disk holding the index is full"
        case .notWritable(let detail): what = "The index cannot be written (\(detail))"
        case .cannotOpen(let reason): what = "Cannot open the index (\(reason))"
        case .readOrWrite(let detail): what = "Cannot read or write the index (\(detail))"
        case .unusable(let detail): what = "Cannot use the index (\(detail))"
        case .folderNotMade(let reason): what = "Cannot create the index's folder (\(reason))"
        case .anotherProgramsDatabase: what = "The index file is another program's database"
        case .newerSchema: what = "The index was written by a newer pressroom"
        case .noWriteAheadLog(let path, let mode):
            what = "the cache \(path) cannot use a write-ahead log (journal mode \(mode))"
        case .other(let path, let error, let opening):
            what = opening ? "cannot open the cache \(path) (\(error))" : "cannot use the cache \(path) (\(error))"
        }
        return what + ": running from memory"
    }
}
