import Foundation
import PressroomCore

/// libFuzzer entry: the bytes as a release file, read as text and as markdown, through the decoder, the
/// normaliser and the parser. Besides crashing, a record breaks the fuzzer's checks when a field is longer
/// than the parser promises (`ReleaseParser.longestField`) or an id is empty.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard case .success(let decoded) = TextDecoder.decode(bytes) else { return 0 }
    let text = TextNormalizer.normalize(decoded.text)
    for format in [SourceFormat.text, .markdown] {
        let name = format == .markdown ? "fuzz.md" : "fuzz.txt"
        let file = SourceFile(url: URL(fileURLWithPath: "/fuzz/" + name), source: name, format: format)
        let release = ReleaseParser.parse(LoadedDocument(file: file, text: text, id: "fuzz"))
        precondition(release.title.count <= 500, "a headline of \(release.title.count) characters")
        precondition((release.subtitle ?? "").count <= 500, "a standfirst of \(release.subtitle!.count) characters")
        precondition((release.organization ?? "").count <= 500, "an organisation of \(release.organization!.count) characters")
        precondition(!release.id.isEmpty)
    }
    return 0
}


// libFuzzer's own `main` runs the program (the runtime is linked whole); this file has no top-level code.
