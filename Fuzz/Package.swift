// swift-tools-version:6.1
// libFuzzer targets for pressroom's parser and query parser. A package of its own so that the main
// build and `swift test` never compile them; `Scripts/fuzz.sh` builds and runs them.
import Foundation
import PackageDescription

/// The main package, named by its folder (SwiftPM names a path dependency after its last component).
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
    name: "pressroom-fuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(name: "FuzzParser", dependencies: [.product(name: "PressroomCore", package: root)]),
        .executableTarget(name: "FuzzQuery", dependencies: [.product(name: "PressroomCore", package: root)]),
    ]
)
