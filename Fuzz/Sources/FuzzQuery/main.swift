import Foundation
import PressroomCore

/// The releases a query runs over: the bundled demos' kind of text, made once.
private let index: SearchIndex = {
    let texts = [
        "Harbour Trust Opens Its Archive\n\nPORTLEVEN, 4 May 2024 – The Harbour Trust opened its archive of ship plans today.\n\nContact: Ines Varga, +45 33 12 34 56, ines@harbour.example\n",
        "# Press release\n\nValley Fund backs new clinic\n\nThe Valley Fund (VF) will pay for a clinic in Ashford. \"Care near home\" said the director.\n",
    ]
    let releases = texts.enumerated().map { k, t in
        let name = "r\(k).txt"
        let file = SourceFile(url: URL(fileURLWithPath: "/fuzz/" + name), source: name, format: .text)
        return ReleaseParser.parse(LoadedDocument(file: file, text: t, id: "r\(k)"))
    }
    return SearchIndex(releases)
}()

/// libFuzzer entry: the bytes as a query, typed and submitted, parsed and run.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for typing in [false, true] {
        let result = index.search(text, typing: typing)
        if let error = result.error {
            precondition(error.position >= 0 && error.position <= text.count + 1, "caret outside the query")
        }
    }
    return 0
}


// libFuzzer's own `main` runs the program (the runtime is linked whole); this file has no top-level code.
